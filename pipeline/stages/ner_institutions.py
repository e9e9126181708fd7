"""Organisations named by a company suffix, or by an acronym before an institution word.

Two shapes of organisation name the model misses because their first words are unseen:

- companies: the words before "प्राइवेट लिमिटेड", "लिमिटेड", "लि." (ner.toml `company_suffixes`)
  back to a case marker, punctuation, title or stop word, when a case marker, punctuation or
  joiner follows the suffix: "मुंबई की [मेरिल डायग्नोस्टिक्स प्राइवेट लिमिटेड] ने". Places and
  organisations found inside are part of the name ("भारत इलेक्ट्रॉनिक्स लिमिटेड");
- an acronym written as letter names right before an institution word (ner.toml
  `acronym_institutions`): "[एसआरएन अस्पताल]", "[जीएसवीएम मेडिकल कॉलेज]". A model span of the
  acronym alone grows to take the institution word in; common abbreviations (ner.toml
  `common_abbreviations`: पीएचसी, आईसीयू) name a kind of institution, not one.

Entities found here have source "institutions".
"""
from __future__ import annotations

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.acronyms import read_letter_names, spells_letters
from ..hindi.normalise import fold
from ..hindi.phrases import Phrases
from ._covered import by_sentence, covering

MAX_NAME_WORDS = 5


class InstitutionNames:
    def __init__(self, suffixes: Phrases, institutions: Phrases, stop_words: set[str], boundaries: set[str],
                 joiners: set[str], letters: list[str], abbreviations: set[str]):
        self.suffixes = suffixes
        self.institutions = institutions
        self.stop = stop_words
        self.boundaries = boundaries
        self.joiners = joiners
        self.letters = letters
        self.abbreviations = abbreviations

    def __call__(self, doc):
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            self._sentence(doc, sent, by_sent.get(sent.sent_id, []))
        return doc

    def _acronym(self, word: str) -> bool:
        return word not in self.abbreviations and spells_letters(word, self.letters) >= 2

    def _name_word(self, word: str) -> bool:
        return (word not in self.stop and word not in self.boundaries and word not in self.joiners
                and any(c.isalpha() for c in word))

    def _sentence(self, doc, sent, entities) -> None:
        tokens = doc.tokens[sent.tok_start:sent.tok_end]
        words = [fold(t.text) for t in tokens]
        n = len(words)
        heads = [k for k in range(n) if words[k] in self.suffixes.by_first or words[k] in self.institutions.by_first]
        if not heads:
            return
        covered = covering(tokens, entities)
        for k in heads:
            length = self.suffixes.match_at(words, k)
            if length:
                self._company(doc, sent, tokens, words, covered, k, k + length)
            length = self.institutions.match_at(words, k)
            if length and k > 0 and self._acronym(words[k - 1]):
                self._acronym_institution(doc, sent, tokens, covered, k - 1, k + length)

    def _company(self, doc, sent, tokens, words, covered, k: int, end: int) -> None:
        if end < len(words) and words[end] == ".":
            end += 1
        if covered[k] is not None:
            return  # the suffix is in a name found already ("भारत बायोटेक इंटरनेशनल लिमिटेड")
        after = words[end] if end < len(words) else "।"
        if not (after in self.boundaries or after in self.joiners or not any(c.isalnum() for c in after)):
            return  # "समझ काफी लिमिटेड है": an adjective, not a company
        start = k
        while start > 0 and k - start < MAX_NAME_WORDS:
            e = covered[start - 1]
            if e is not None and e.label in ("ORG", "LOC"):
                start = next(x for x in range(start) if covered[x] is e)  # a place or body inside the name
                continue
            if e is not None or not self._name_word(words[start - 1]):
                break
            start -= 1
        if start == k or any(e is not None and e.label not in ("ORG", "LOC") for e in covered[start:end]):
            return
        self._add(doc, sent, tokens, covered, start, end)

    def _acronym_institution(self, doc, sent, tokens, covered, start: int, end: int) -> None:
        inside = {id(e): e for e in covered[start:end] if e is not None}.values()
        if any(e.source == "gazetteer" or e.label != "ORG" or covered[start] is not e for e in inside):
            return  # a listed name (एम्स), or something else tagged there, stands
        if any(e.start < tokens[start].start or (e.start, e.end) == (tokens[start].start, tokens[end - 1].end)
               for e in inside):
            return
        self._add(doc, sent, tokens, covered, start, end)

    def _add(self, doc, sent, tokens, covered, start: int, end: int) -> None:
        for e in {id(e): e for e in covered[start:end] if e is not None}.values():
            if e.start < tokens[start].start or e.end > tokens[end - 1].end:
                return  # crosses the name's edge
        for e in {id(e): e for e in covered[start:end] if e is not None}.values():
            doc.entities.remove(e)
        a, b = tokens[start], tokens[end - 1]
        e = Entity(a.start, b.end, doc.norm_text[a.start:b.end], "ORG", sent.sent_id, source="institutions",
                   score=None)
        doc.entities.append(e)
        for x in range(start, end):
            covered[x] = e


@stage("ner_institutions", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "letter_names": "ner/lexicon/letter_names.txt"})
def make_ner_institutions(settings: dict, context):
    """Companies before a suffix ("मेरिल डायग्नोस्टिक्स प्राइवेट लिमिटेड") and acronyms before an
    institution word ("एसआरएन अस्पताल") are organisations."""
    rules = context.read_toml(settings.get("rules", "ner.toml"))

    def phrases(key):
        return Phrases(tuple(fold(w) for w in p.split()) for p in rules.get(key, []))

    stop = {fold(w) for w in rules.get("titles", []) + rules.get("not_names", []) + rules.get("list_stop_words", [])}
    letters = read_letter_names(context.resolve(settings.get("letter_names", "ner/lexicon/letter_names.txt")))
    return InstitutionNames(phrases("company_suffixes"), phrases("acronym_institutions"), stop,
                            {fold(w) for w in rules.get("case_markers", [])},
                            {fold(w) for w in rules.get("list_joiners", [])}, letters,
                            {fold(w) for w in rules.get("common_abbreviations", [])})
