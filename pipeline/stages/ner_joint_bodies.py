"""Bodies two countries keep together, named by the pair: "भारत-नेपाल संयुक्त आयोग", "भारत-श्रीलंका संयुक्त कार्यदल",
"भारत-रूस अंतर-सरकारी आयोग".

News of foreign relations names such a commission or working group by the two countries joined with a hyphen and a
kind of body (ner.toml `joint_bodies`, with its English name). The gazetteer cannot list every pair and the model
reads the two countries alone, so the events told of it ("आयोग की अगली बैठक ...", pipeline/hindi/events
DocIndex._add_body) lost their party. Two places the gazetteer names as countries, a hyphen between them and the
kind right after are one organisation, "India–Nepal Joint Commission" (the pair in the order written; source
"joint_body"); the two country mentions give way to it. Blind articles: 36 mentions; raw corpora: none.
"""
from __future__ import annotations

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.normalise import fold
from ..hindi.phrases import Phrases
from ._covered import by_sentence, covering

_DASHES = frozenset(("-", "\u2013", "\u2014"))


class JointBodies:
    def __init__(self, kinds: dict[tuple[str, ...], str], countries: frozenset[str]):
        self.kinds = kinds  # folded words of a kind of body -> its English name ("Joint Commission")
        self.phrases = Phrases(kinds)
        self.countries = countries  # canonical names of countries

    def __call__(self, doc):
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            tokens = doc.tokens[sent.tok_start:sent.tok_end]
            words = [fold(t.text) for t in tokens]
            if not any(w in _DASHES for w in words):
                continue
            covered = covering(tokens, by_sent.get(sent.sent_id, []))
            for k in range(1, len(tokens) - 2):
                if words[k] not in _DASHES:
                    continue
                first, second = covered[k - 1], covered[k + 1]
                if not (self._country(first) and self._country(second)) or first is second:
                    continue
                end = next((m for m in range(k + 1, len(tokens)) if covered[m] is not second), len(tokens))
                length = self.phrases.match_at(words, end)
                if not length:
                    continue
                if any(covered[m] is not None for m in range(end, end + length)):
                    continue  # a listed or found name already takes the kind's words
                a, b = first, tokens[end + length - 1]
                name = f"{first.canonical}\u2013{second.canonical} {self.kinds[tuple(words[end:end + length])]}"
                doc.entities = [e for e in doc.entities if e is not first and e is not second
                                and not (a.start <= e.start and e.end <= b.end and e.label in ("LOC", "ORG", "PER"))]
                doc.entities.append(Entity(a.start, b.end, doc.norm_text[a.start:b.end], "ORG", sent.sent_id,
                                           canonical=name, source="joint_body", score=None))
        return doc

    def _country(self, e) -> bool:
        return e is not None and e.label == "LOC" and e.source == "gazetteer" and e.canonical in self.countries


@stage("ner_joint_bodies", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "countries": "gazetteers/countries.tsv"})
def make_ner_joint_bodies(settings: dict, context):
    """Two countries joined by a hyphen before a kind of joint body ("भारत-नेपाल संयुक्त आयोग") name that body."""
    import csv

    rules = context.read_toml(settings.get("rules", "ner.toml"))
    kinds = {tuple(fold(w) for w in phrase.split()): english for phrase, english in rules.get("joint_bodies", {}).items()}
    with open(context.resolve(settings.get("countries", "gazetteers/countries.tsv")), encoding="utf-8", newline="") as f:
        countries = frozenset(row["canonical"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return JointBodies(kinds, countries)
