"""Entities from the gazetteers in configs/gazetteers/ (longest token match), with canonical names."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.gazetteer import GOVERNMENT_PREFIX, Gazetteer, GazetteerEntry
from ..hindi.tokenizer import hindi_tokenizer
from ..hindi.normalise import fold


def load_gazetteer(folder: Path) -> Gazetteer:
    """Loaded once per process and folder; the linker and tagger share it."""
    return _load(str(Path(folder).resolve()))


@lru_cache(maxsize=8)
def _load(folder: str) -> Gazetteer:
    tokenizer = hindi_tokenizer(None)  # aliases carry no dash runs: the default rules suffice
    gaz = Gazetteer(lambda s: [t.text for t in tokenizer(s) if not t.is_space])
    if gaz.load_dir(folder) == 0:
        raise FileNotFoundError(f"no gazetteer tables (TSV with columns canonical, label, aliases) in {folder}")
    return gaz


class GazetteerTagger:
    def __init__(self, gazetteer: Gazetteer, government_words: set[str], possessives: set[str] = frozenset()):
        self.gaz = gazetteer
        self.government_words = government_words
        self.possessives = possessives

    def __call__(self, doc):
        tokens = doc.tokens
        folded = [fold(t.text) for t in tokens]
        text = doc.norm_text
        found: list[Entity] = []
        for sent in doc.sentences:
            lo, hi = sent.tok_start, sent.tok_end
            matches = self._qualify_generic(folded[lo:hi], self.gaz.match(folded[lo:hi]))
            for i, j, entry in matches:
                a, b = tokens[lo + i], tokens[lo + j - 1]
                canonical = entry.canonical if entry.canonical is not None else text[a.start:b.end]
                found.append(Entity(a.start, b.end, text[a.start:b.end], entry.label, sent.sent_id,
                                    canonical=canonical, source="gazetteer", wikidata=entry.wikidata))
            found.extend(self._governments(doc, sent, folded, found))
        doc.entities.extend(found)
        return doc

    def _qualify_generic(self, folded, matches):
        """A generic alias (generic.tsv: संसद, सुप्रीम कोर्ट, विदेश मंत्रालय...) names its home
        country's institution only when no other country qualifies it. Qualified by a
        demonym ("रूसी संसद") or a country with or without a possessive ("पाकिस्तान की संसद",
        "नेपाल संसद"), the span takes in the qualifier (as "भारत सरकार" does) and becomes
        that country's institution:
        - an entity the tables already have under another wording ("अमेरिका की संसद" ->
          the row of "अमेरिकी संसद", United States Congress);
        - else the row's template filled from the country's government ("Government of
          the United States" -> "Supreme Court of the United States"): one stable English
          name, so "पाकिस्तानी संसद" and "पाकिस्तान की संसद" count as one organisation,
          and plainly not India's — what a data journalist grouping by canonical expects;
        - else (a country with no government row) the surface text: unlinked is better
          than an English title built without knowing how the country is named.
        The qualifying LOC is not kept as a separate mention (as with "भारत सरकार")."""
        if not self.gaz.generic:
            return matches
        out = []
        for i, j, entry in matches:
            rule = self.gaz.generic.get(tuple(folded[i:j]))
            country, start = (self._qualifier(folded, i, out) if rule is not None else (None, i))
            if country is None or country == rule.home or (out and out[-1][0] < start < out[-1][1]):
                out.append((i, j, entry))  # unqualified, home-qualified, or the qualifier is inside another match
                continue
            if out and out[-1][0] >= start:  # the qualifying country's LOC match
                out.pop()
            out.append((start, j, self._qualified_entry(country, tuple(folded[i:j]), rule, entry.label)))
        return out

    def _qualifier(self, folded, i, previous):
        """(country, first token) of what qualifies the match starting at token i, or (None, i)."""
        if i > 0 and folded[i - 1] in self.gaz.demonyms:
            return self.gaz.demonyms[folded[i - 1]][0], i - 1
        if previous:
            pi, pj, prev = previous[-1]
            if prev.label == "LOC" and prev.canonical in self.gaz.countries and (
                    pj == i or (pj == i - 1 and folded[pj] in self.possessives)):
                return prev.canonical, pi
        return None, i

    def _qualified_entry(self, country, key, rule, label):
        for other in self._wordings(country, key):
            entry = self.gaz.index.get(other)
            if entry is not None and entry.label == label:
                return entry
        government = self.gaz.government_of(country)
        if rule.qualified and government and government.startswith(GOVERNMENT_PREFIX):
            canonical = rule.qualified.replace("{of}", government[len(GOVERNMENT_PREFIX):])
            known = self.gaz.by_canonical.get(canonical)
            return GazetteerEntry(canonical, label, known.wikidata if known else None, "")
        return GazetteerEntry(None, label, None, "")  # canonical: the surface text

    def _wordings(self, country, key):
        """Other ways of writing "<country's> <key>": "रूसी संसद", "रूस की संसद", "रूस संसद"."""
        for adj, (c, _) in self.gaz.demonyms.items():
            if c == country:
                yield (adj,) + key
        for loc in self.gaz.aliases_of(country):
            yield loc + key
            for p in sorted(self.possessives):
                yield loc + (p,) + key

    def _governments(self, doc, sent, folded, found):
        """"रूसी सरकार" / "भारत सरकार" -> ORG Government of <country>."""
        out = []
        by_end = {e.end: e for e in found if e.sent_id == sent.sent_id and e.label == "LOC"}
        for k in range(sent.tok_start + 1, sent.tok_end):
            if folded[k] not in self.government_words:
                continue
            prev = doc.tokens[k - 1]
            gov = None
            if folded[k - 1] in self.gaz.demonyms:
                gov = self.gaz.demonyms[folded[k - 1]][1]
                start = prev.start
            elif prev.end in by_end:
                loc = by_end.pop(prev.end)
                gov, start = f"Government of {loc.canonical}", loc.start
                found.remove(loc)  # "भारत सरकार" is the government, not the place
            if gov:
                end = doc.tokens[k].end
                out.append(Entity(start, end, doc.norm_text[start:end], "ORG", sent.sent_id, canonical=gov,
                                  source="gazetteer"))
        return out


@stage("ner_gazetteer", requires=("tokens",), provides=("entities",))
def make_ner_gazetteer(settings: dict, context):
    """Gazetteer matches: people, organisations and places with their canonical English names."""
    gaz = load_gazetteer(context.resolve(settings.get("gazetteers", "gazetteers")))
    rules = tomllib.loads(Path(context.resolve(settings.get("rules", "ner.toml"))).read_text(encoding="utf-8"))
    return GazetteerTagger(gaz, {fold(w) for w in rules.get("government_words", [])},
                           {fold(w) for w in rules.get("possessives", [])})
