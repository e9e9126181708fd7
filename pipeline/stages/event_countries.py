"""Who did what to whom, by country: every event gets actor_country, target_country (ISO 3166-1
alpha-3; "INT" for international bodies), a CAMEO code and a PLOVER type (configs/events/cameo.toml).

A participant's country is its entity's ``country`` (the knowledge base, pipeline/core/document.py
Entity.country). A participant without one whose canonical name is an entity of the knowledge base
(a country, a government, a person or body named by a role: "भारत के उच्चायुक्त" -> India) gets
that entity's country; a person the knowledge base lacks, the country the text gives them
(Nationality below: "रूसी विदेश मंत्री ...").

- actor_country: the first actor with a country.
- target_country: VISIT: the place visited (target, else location); MEETING and AGREEMENT: the
  first target with a country other than the actor's, else (a symmetric "X और Y के बीच" event,
  all parties in actor) the first other actor country.
"""
from __future__ import annotations

import csv
import tomllib
from functools import lru_cache
from pathlib import Path

from ..core.document import Event
from ..core.registry import stage
from ..hindi.events import CONFIG_DIR, key
from .ner_gazetteer import load_gazetteer

GAZETTEERS = CONFIG_DIR.parent / "gazetteers"


def gazetteer_countries(folder: str | Path = GAZETTEERS) -> dict[str, str]:
    """Canonical name -> ISO 3166-1 alpha-3 ("INT" for international bodies) of every entity of the
    knowledge base that has a country: its tables' ``country`` column (configs/gazetteers/README.md),
    read from the index the linker uses. Countries (India -> IND), governments (Government of
    Russia -> RUS), office holders (Narendra Modi -> IND: configs/events/office_holders.tsv names
    people of people.tsv), bodies and places alike."""
    gaz = load_gazetteer(Path(folder))
    return {canonical: entry.country for canonical, entry in gaz.by_canonical.items() if entry.country}


class Nationality:
    """A person's country from the words before a mention in the text (cameo.toml [nationality]):
    a nationality adjective or "<country> के", then office words, then the name."""

    def __init__(self, table: dict, base: Path, countries: dict[str, str]):
        self.countries = countries
        self.office = {key(w) for w in table.get("office_words", [])}
        self.genitive = {key(w) for w in table.get("genitive", [])}
        self.reach = int(table.get("max_office_words", 5))
        self.adjectives: dict[str, str] = {}
        if table.get("demonyms"):
            with (base / table["demonyms"]).open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                    code = countries.get((row.get("country") or "").strip())
                    if code:
                        self.adjectives[key(row["adjective"].strip())] = code

    def of_people(self, doc) -> dict[str, str]:
        """Canonical name -> country for the people of a document the text gives a nationality."""
        out: dict[str, str] = {}
        places = {}  # index of the token a place ends on -> its country
        for e in doc.entities:
            if e.label == "LOC":
                code = e.country or self.countries.get(e.canonical or "")
                t = doc.token_at(e.end - 1)
                if code and t >= 0:
                    places[t] = code
        for e in doc.entities:
            name = e.canonical or e.text
            if e.label != "PER" or e.country or name in out:
                continue
            k = doc.token_at(e.start) - 1
            if k < 0:
                continue
            steps = 0
            while k >= 0 and steps < self.reach and key(doc.tokens[k].text) in self.office:
                k, steps = k - 1, steps + 1
            if k < 0 or not steps:
                continue  # no office words: "भारत के मोदी" says nothing of nationality
            word = key(doc.tokens[k].text)
            code = self.adjectives.get(word)
            if code is None and word in self.genitive and k - 1 in places:
                code = places[k - 1]
            if code:
                out[name] = code
        return out


@lru_cache(maxsize=4)
def load_codes(path: str) -> dict:
    """cameo.toml as {type: {status: (cameo, plover)}, (type, "triggers"): {trigger key: (cameo, plover|None)}}."""
    raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out: dict = {}
    out["nationality"] = raw.get("nationality", {})
    for etype, table in raw.items():
        if etype == "nationality":
            continue
        out[etype] = {s: (v["cameo"], v["plover"]) for s, v in table.items() if isinstance(v, dict)
                      and "cameo" in v}
        out[etype, "host"] = table.get("host")
        out[etype, "triggers"] = {key(t): (v, None) if isinstance(v, str) else (v["cameo"], v.get("plover"))
                                  for t, v in table.get("triggers", {}).items()}
    return out


def participant_country(p: dict | None, countries: dict[str, str]) -> str | None:
    if not p:
        return None
    return p.get("country") or countries.get(p.get("canonical") or "")


def event_countries(e: Event, countries: dict[str, str]) -> tuple[str | None, str | None]:
    actors = [c for c in (participant_country(p, countries) for p in e.actor) if c]
    targets = [c for c in (participant_country(p, countries) for p in e.target) if c]
    actor = actors[0] if actors else None
    if e.type == "VISIT":
        place = targets[0] if targets else participant_country(e.location, countries)
        return actor, place
    other = [c for c in targets if c != actor] or [c for c in actors[1:] if c != actor]
    return actor, (other[0] if other else (targets[0] if targets else None))


def codes_for(e: Event, codes: dict) -> tuple[str | None, str | None]:
    by_status = codes.get(e.type, {})
    cameo, plover = by_status.get(e.status, (None, None))
    if e.status in ("occurred", "ongoing"):
        special = codes.get((e.type, "triggers"), {}).get(key(e.trigger))
        if special:
            cameo, plover = special[0], special[1] or plover
    return cameo, plover


@stage("event_countries", requires=("events",), provides=("event_countries",),
       settings={"codes": None, "gazetteers": "gazetteers"})
def make_event_countries(settings: dict, context):
    """actor_country, target_country, CAMEO code and PLOVER type of every event (configs/events/cameo.toml)."""
    # codes: the CAMEO/PLOVER table, relative to the config file (none: configs/events/cameo.toml)
    path = str(Path(context.resolve(settings["codes"])).resolve()) if settings.get("codes") \
        else str(CONFIG_DIR / "cameo.toml")
    codes = load_codes(path)
    # gazetteers: the knowledge base folder, as the linker's (relative to the config file)
    countries = gazetteer_countries(context.resolve(settings.get("gazetteers") or "gazetteers"))
    nationality = Nationality(codes["nationality"], Path(path).parent, countries)

    def run(doc):
        people = nationality.of_people(doc) if doc.events else {}
        for e in doc.events:
            for p in [*e.actor, *e.target, e.location]:
                if p is not None and not p.get("country"):
                    name = p.get("canonical") or ""
                    p["country"] = countries.get(name) or (people.get(name) if p.get("label") == "PER" else None)
            e.actor_country, e.target_country = event_countries(e, countries)
            e.cameo, e.plover = codes_for(e, codes)
        return doc

    return run
