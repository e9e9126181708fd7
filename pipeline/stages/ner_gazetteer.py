"""Entities from the gazetteers in configs/gazetteers/ (longest token match), with canonical names."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.gazetteer import Gazetteer
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
    def __init__(self, gazetteer: Gazetteer, government_words: set[str]):
        self.gaz = gazetteer
        self.government_words = government_words

    def __call__(self, doc):
        tokens = doc.tokens
        folded = [fold(t.text) for t in tokens]
        text = doc.norm_text
        found: list[Entity] = []
        for sent in doc.sentences:
            lo, hi = sent.tok_start, sent.tok_end
            for i, j, entry in self.gaz.match(folded[lo:hi]):
                a, b = tokens[lo + i], tokens[lo + j - 1]
                found.append(Entity(a.start, b.end, text[a.start:b.end], entry.label, sent.sent_id,
                                    canonical=entry.canonical, source="gazetteer", wikidata=entry.wikidata))
            found.extend(self._governments(doc, sent, folded, found))
        doc.entities.extend(found)
        return doc

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
    return GazetteerTagger(gaz, {fold(w) for w in rules.get("government_words", [])})
