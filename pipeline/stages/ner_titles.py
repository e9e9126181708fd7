"""People named right after a title or role word.

News introduces people by their post or trade: "न्यायमूर्ति पीबी वराले ने", "वकील डीआर काले ने",
"डॉ. एनके कुट्टप्पन ने", "इंजीनियर आरके को", "डॉ विज़ोली जेड सुखरी ने". The model misses
names it has never seen, most often when they start with initials written as letter names
(पीबी = P. B.). Two rules, both anchored on a title or role word (ner.toml `titles` and
`person_roles`):

- initials after the title, then at most two words (the second a known surname or no common
  word: "सचिव [आरके तिवारी] मौजूद"), then a case marker or punctuation, are a
  person when nothing but model pieces of it is tagged there ("वकील [डीआर काले] ने", "सचिव
  [सी] के [मिश्रा]" -> "सी के मिश्रा"); initials alone only when they
  are at least two letters and a case marker follows ("इंजीनियर [आरके] को");
- one untagged word between an honorific (ner.toml `honorifics`: डॉ, श्री, न्यायमूर्ति) and a
  model person joins the person ("डॉ [विज़ोली] [जेड सुखरी]" -> "विज़ोली जेड सुखरी"); not after
  posts, which other words follow ("स्वास्थ्य अधिकारी [सुधीर देहरिया]");
- one to three name words after an honorific that only ever comes before a person's name (ner.toml
  `name_honorifics`: डॉ., श्रीमती), then a case marker, punctuation or another entity, are a person
  when the model found none there or read it as a place or body ("डॉ. [सीमा राय] ने बताया", "डॉ.
  [रोमेल टिक्कू]" the model's ORG). The first word may be a common one (सीमा, लाल: given names).

Words that are titles, case markers, common nouns, list stop words (ner.toml), organisation
head words (एसोसिएशन) or oblique plurals (कर्मचारियों) are never taken as name words, and
common abbreviations (ner.toml `common_abbreviations`: पीपीई, ओबीसी) are not initials. Entities found here have source "titles".
"""
from __future__ import annotations

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.acronyms import read_letter_names, spells_letters
from ..hindi.normalise import fold
from ._covered import by_sentence, covering, join_left
from ._lexicons import setting_words
from .ner_model import org_head_words

MAX_NAME_WORDS = 2
MAX_HONORIFIC_NAME_WORDS = 3  # "डॉ. मोहम्मद अता उल्ला"


class TitledPeople:
    def __init__(self, titles: set[str], stop_words: set[str], boundaries: set[str], letters: list[str],
                 honorifics: set[str] = frozenset(), org_heads: frozenset[str] = frozenset(),
                 abbreviations: set[str] = frozenset(), common: set[str] = frozenset(),
                 surnames: set[str] = frozenset(), time_words: frozenset[str] = frozenset(),
                 name_honorifics: frozenset[str] = frozenset()):
        self.titles = titles
        self.name_honorifics = name_honorifics
        self.time_words = time_words  # a weekday after a name ends it: "दूत [एम गणपति] गुरुवार को"
        self.common = common  # a second name word is a known surname or no common word:
        self.surnames = surnames  # "सचिव [आरके तिवारी] मौजूद" (मौजूद, "present")
        self.org_heads = org_heads
        self.abbreviations = abbreviations
        self.honorifics = honorifics
        self.stop = stop_words
        self.boundaries = boundaries
        self.letters = letters

    def initials(self, word: str) -> int:
        """Letters spelled by a token of initials ("आरके" 2, "एच.सी" 2); 0 if it is not one."""
        if word in self.titles or word in self.abbreviations:
            return 0
        total = 0
        for piece in word.split("."):
            if piece:
                n = spells_letters(piece, self.letters)
                if not 1 <= n <= 3:
                    return 0
                total += n
        return total

    def _name_word(self, word: str) -> bool:
        # an oblique plural (कर्मचारियों, "employees") is never a name
        return (word not in self.stop and word not in self.titles and word not in self.boundaries
                and word not in self.org_heads and not word.endswith("ों")
                and any(c.isalpha() for c in word) and not self.initials(word))

    def _boundary(self, words: list[str], k: int) -> bool:
        return (k >= len(words) or words[k] in self.boundaries or words[k] in self.time_words
                or not any(c.isalnum() for c in words[k]))

    def __call__(self, doc):
        if not self.letters:
            return doc
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            self._sentence(doc, sent, by_sent.get(sent.sent_id, []))
        return doc

    def _sentence(self, doc, sent, entities) -> None:
        tokens = doc.tokens[sent.tok_start:sent.tok_end]
        if not tokens:
            return
        words = [fold(t.text) for t in tokens]
        if not any(w in self.titles for w in words):
            return
        covered = covering(tokens, entities)  # token -> entity over it
        index = {t.start: k for k, t in enumerate(tokens)}
        starts_at = {index[e.start]: e for e in entities
                     if e.label == "PER" and e.source == "model" and e.start in index}
        n = len(tokens)
        for k, w in enumerate(words):
            if w not in self.titles:
                continue
            i = k + 1
            while i < n and words[i] == ".":
                i += 1
            # initials, dots allowed between and after them; not starting with a case marker
            # that spells a letter too (के = K: "मंत्री के बेटे ने")
            # ("ए के सिंह" yes, "एसी के फ्लो" no: के after a single letter only)
            j, letters, last = i, 0, 0
            if i < n and words[i] in self.boundaries:
                continue
            while j < n:
                if words[j] != ".":
                    spelled = self.initials(words[j])
                    if not spelled or (words[j] in self.boundaries and last != 1):
                        break
                    letters, last = letters + spelled, spelled
                j += 1
            if letters:
                found = starts_at.get(i)  # the model found the name from the first initial on: it stands
                if found is not None and found.end > tokens[j - 1].end:
                    continue
                m = j
                while (m < n and m - j < MAX_NAME_WORDS and self._name_word(words[m])
                       and (m == j or words[m] in self.surnames or words[m] not in self.common)):
                    m += 1
                if not self._boundary(words, m):
                    continue
                if m == j and (letters < 2 or m >= n or words[m] not in self.boundaries):
                    continue
                while m > i and words[m - 1] == ".":
                    m -= 1
                a, b = tokens[i], tokens[m - 1]
                # model people inside the name are pieces of it ("[सी] के [मिश्रा]"); anything else there stands
                pieces = {id(e): e for e in covered[i:m] if e is not None}.values()
                if any(e.label != "PER" or e.source != "model" or e.start < a.start or e.end > b.end
                       for e in pieces) or any(e.start == a.start and e.end == b.end for e in pieces):
                    continue
                _person_over(doc, sent, tokens, covered, i, m, pieces)
            elif (w in self.honorifics and i + 1 < n and covered[i] is None and self._name_word(words[i])
                  and i + 1 in starts_at):
                e = starts_at[i + 1]
                if join_left(doc, e, tokens[i]):
                    covered[i] = e
            elif w in self.name_honorifics and i < n and i not in starts_at:
                self._named_after_honorific(doc, sent, tokens, words, covered, i)

    def _named_after_honorific(self, doc, sent, tokens, words, covered, i) -> None:
        n, m = len(tokens), i
        while (m < n and m - i < MAX_HONORIFIC_NAME_WORDS and self._name_word(words[m])
               and (covered[m] is None or covered[m].source == "model")
               and (m == i or words[m] in self.surnames or words[m] not in self.common)):
            m += 1
        if m == i or not (self._boundary(words, m) or covered[m] is not None):
            return
        pieces = {id(e): e for e in covered[i:m] if e is not None}.values()
        if any(e.start < tokens[i].start or e.end > tokens[m - 1].end for e in pieces):
            return  # a model span running on past the name is the model's reading
        _person_over(doc, sent, tokens, covered, i, m, pieces)


def _person_over(doc, sent, tokens, covered, i: int, m: int, pieces) -> None:
    """A person (source "titles") over tokens i..m-1, in place of the model's pieces of it."""
    for e in pieces:
        doc.entities.remove(e)
    a, b = tokens[i], tokens[m - 1]
    e = Entity(a.start, b.end, doc.norm_text[a.start:b.end], "PER", sent.sent_id, source="titles", score=None)
    doc.entities.append(e)
    for x in range(i, m):
        covered[x] = e


@stage("ner_titles", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "letter_names": "ner/lexicon/letter_names.txt",
                 "surnames": "ner/lexicon/surnames.txt", "common_words": "ner/lexicon/common_words.txt",
                 "dates": "dates.toml"})
def make_ner_titles(settings: dict, context):
    """People named right after a title or role ("वकील डीआर काले ने", "डॉ विज़ोली जेड सुखरी")."""
    rules = context.read_toml(settings.get("rules", "ner.toml"))
    titles = {fold(w) for w in rules.get("titles", []) + rules.get("person_roles", [])}
    boundaries = {fold(w) for w in rules.get("case_markers", [])}
    stop = {fold(w) for w in rules.get("not_names", []) + rules.get("list_stop_words", [])}
    letters = read_letter_names(context.resolve(settings.get("letter_names", "ner/lexicon/letter_names.txt")))
    honorifics = {fold(w) for w in rules.get("honorifics", [])}
    abbreviations = {fold(w) for w in rules.get("common_abbreviations", [])}
    def words(key: str, default: str) -> frozenset[str]:
        return setting_words(context, settings, key, default)

    weekdays = context.read_toml(settings.get("dates", "dates.toml")).get("weekdays", {})
    time_words = frozenset(fold(w) for forms in weekdays.values() for w in forms)
    return TitledPeople(titles | honorifics, stop, boundaries, letters, honorifics,
                        org_head_words(context, settings, rules), abbreviations,
                        words("common_words", "ner/lexicon/common_words.txt"), words("surnames", "ner/lexicon/surnames.txt"),
                        time_words, frozenset(fold(w) for w in rules.get("name_honorifics", [])))
