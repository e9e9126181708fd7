"""Who did what to whom, by country: every event gets actor_country, target_country (ISO 3166-1
alpha-3; "INT" for international bodies), a CAMEO code and a PLOVER type (configs/events/cameo.toml).

A participant's country is its entity's ``country`` (the knowledge base, pipeline/core/document.py
Entity.country). A participant the knowledge base leaves without one, but whose canonical name is
a country or a country's government in the gazetteers (India, Government of Russia), gets that
country's code, so that the countries named in the text count before the knowledge base covers
them.

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

GAZETTEERS = CONFIG_DIR.parent / "gazetteers"


@lru_cache(maxsize=2)
def gazetteer_countries(folder: str = str(GAZETTEERS)) -> dict[str, str]:
    """Canonical name -> alpha-3 for the countries and governments of the gazetteers: CLDR's
    territory codes (babel, which countries.tsv is generated from; names overridden as in
    country_variants.tsv), alpha-3 from ISO 3166 (pycountry)."""
    import babel
    import pycountry

    folder = Path(folder)
    by_code = dict(babel.Locale("en").territories)  # "RU" -> "Russia"
    variants = folder / "country_variants.tsv"
    if variants.exists():
        with variants.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if (row.get("code") or "").strip() and (row.get("canonical") or "").strip():
                    by_code[row["code"].strip()] = row["canonical"].strip()
    names: dict[str, str] = {}
    for code, name in by_code.items():
        c = pycountry.countries.get(alpha_2=code) if len(code) == 2 and code.isalpha() else None
        if c is not None:
            names.setdefault(name, c.alpha_3)
    demonyms = folder / "demonyms.tsv"
    if demonyms.exists():  # "Government of Russia" -> RUS
        with demonyms.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                code = names.get((row.get("country") or "").strip())
                if code and (row.get("government") or "").strip():
                    names.setdefault(row["government"].strip(), code)
    return names


@lru_cache(maxsize=4)
def load_codes(path: str) -> dict:
    """cameo.toml as {type: {status: (cameo, plover)}, (type, "triggers"): {trigger key: (cameo, plover|None)}}."""
    raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out: dict = {}
    for etype, table in raw.items():
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


@stage("event_countries", requires=("events",), provides=("event_countries",))
def make_event_countries(settings: dict, context):
    """actor_country, target_country, CAMEO code and PLOVER type of every event (configs/events/cameo.toml)."""
    path = str(Path(context.resolve(settings["codes"])).resolve()) if settings.get("codes") \
        else str(CONFIG_DIR / "cameo.toml")
    codes = load_codes(path)
    countries = gazetteer_countries()

    def run(doc):
        for e in doc.events:
            for p in [*e.actor, *e.target, e.location]:
                if p is not None and not p.get("country"):
                    p["country"] = countries.get(p.get("canonical") or "")
            e.actor_country, e.target_country = event_countries(e, countries)
            e.cameo, e.plover = codes_for(e, codes)
        return doc

    return run
