"""One canonical name per entity per document, after combining gazetteer and model spans.

Combination rule: a gazetteer match is kept as it is (it carries a known
canonical name); a model span is dropped where it overlaps a gazetteer match,
unless it is longer and has the same label (the model saw a fuller name, e.g.
"अलेक्जेंडर फोमिन" around a gazetteer "फोमिन"). Linking: a span whose text is a
gazetteer alias gets that canonical name; a shorter name contained in a longer
one of the same label in the same document (पुतिन in व्लादिमीर पुतिन) shares its
canonical; otherwise the canonical is the fullest form seen.
"""
from __future__ import annotations

from ..core.registry import stage
from ..hindi.normalise import fold
from .ner_gazetteer import load_gazetteer

NAMED = ("PER", "ORG", "LOC")


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def combine(entities):
    gaz = [e for e in entities if e.source == "gazetteer" and e.label in NAMED]
    others = [e for e in entities if e.label not in NAMED]
    kept = list(gaz)
    for e in entities:
        if e.source == "gazetteer" or e.label not in NAMED:
            continue
        clash = [g for g in gaz if _overlaps(e, g)]
        if all(g.label == e.label and e.start <= g.start and g.end <= e.end and (e.end - e.start) > (g.end - g.start)
               for g in clash):
            for g in clash:
                kept.remove(g)
            kept.append(e)
    # Identical spans found twice (two model passes, say) are one entity.
    unique = {}
    for e in kept:
        unique.setdefault((e.start, e.end, e.label), e)
    return sorted(list(unique.values()) + others, key=lambda e: (e.start, e.end))


class EntityLinker:
    def __init__(self, gazetteer):
        self.gaz = gazetteer

    def __call__(self, doc):
        doc.entities = combine(doc.entities)
        for label in NAMED:
            ents = [e for e in doc.entities if e.label == label]
            # Longest names first, so short forms can borrow their canonical.
            forms: dict[str, str] = {}
            for e in sorted(ents, key=lambda e: -len(e.text)):
                key = fold(e.text)
                if not e.canonical:
                    entry = self.gaz.lookup(e.text)
                    if entry is not None and entry.label == label:
                        e.canonical, e.wikidata = entry.canonical, entry.wikidata
                if not e.canonical:
                    e.canonical = forms.get(key) or self._contained_in(key, forms) or e.text
                forms.setdefault(key, e.canonical)
        return doc

    @staticmethod
    def _contained_in(key: str, forms: dict[str, str]) -> str | None:
        words = key.split()
        n = len(words)
        for longer, canonical in forms.items():
            lw = longer.split()
            if len(lw) > n and any(lw[i:i + n] == words for i in range(len(lw) - n + 1)):
                return canonical
        return None


@stage("entity_linker", requires=("entities",), provides=("entity_links",))
def make_entity_linker(settings: dict, context):
    """Combine gazetteer and model entities; link every mention to one canonical name per document."""
    return EntityLinker(load_gazetteer(context.resolve(settings.get("gazetteers", "gazetteers"))))
