"""Seats of government named as places: "व्हाइट हाउस में मुलाक़ात हुई" is a building, "व्हाइट हाउस ने कहा" the office.

The tables list the White House, 10 Downing Street, the Blue House and the like as organisations, as news mostly
speaks of them ("व्हाइट हाउस के प्रवक्ता", "व्हाइट हाउस ने बयान जारी किया"). A story that names one as where
people meet or go ("राष्ट्रपति ओबामा से व्हाइट हाउस में मिले", "ब्लू हाउस पहुंचे") uses it as a place, which the
scheme calls a LOC ("building used as a place": ../shared/docs/events-and-entities.md). Per document, the mentions
of a seat listed in ner.toml `[seats] names` become places when the words after them (`place_words`, or words
starting with `place_prefixes`) mark more of them as a place than as anything else. Blind articles: the White House
is a place in 28 of its 84 stories; the stories labelled as their gold does go from 56 to 77 of 84 (the Blue House 8 to
14 of 16, 10 Downing Street 3 to 7 of 8); raw corpora: 3 stories of 2020, all "ट्रंप ने व्हाइट हाउस में ...".
"""
from __future__ import annotations

from ..core.registry import stage
from ..hindi.normalise import fold


class Seats:
    def __init__(self, names: frozenset[str], place_words: frozenset[str], place_prefixes: tuple[str, ...]):
        self.names = names  # canonical names of seats of government listed as organisations
        self.place_words = place_words  # folded words after a mention that make it a place: "में", "पहुंचे"
        self.place_prefixes = place_prefixes

    def __call__(self, doc):
        mentions: dict[str, list] = {}
        for e in doc.entities:
            if e.label == "ORG" and e.canonical in self.names:
                mentions.setdefault(e.canonical, []).append(e)
        for found in mentions.values():
            places = sum(self._as_place(doc.norm_text, e.end) for e in found)
            if places > len(found) - places:
                for e in found:
                    e.label = "LOC"
        return doc

    def _as_place(self, text: str, end: int) -> bool:
        after = text[end:end + 40].split()
        word = fold(after[0].strip(".,;:'\"।")) if after else ""
        return word in self.place_words or word.startswith(self.place_prefixes)


@stage("ner_seats", requires=("entities",), provides=("entities",), settings={"rules": "ner.toml"})
def make_ner_seats(settings: dict, context):
    """Seats of government a story names as where people meet or go are places there, not offices."""
    rules = context.read_toml(settings.get("rules", "ner.toml")).get("seats", {})
    return Seats(frozenset(rules.get("names", ())), frozenset(fold(w) for w in rules.get("place_words", ())),
                 tuple(fold(w) for w in rules.get("place_prefixes", ())))
