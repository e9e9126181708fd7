"""Name words the model or the gazetteer left out around a person.

Three rules, each taking one untagged word written in Devanagari that is no title, case marker,
stop word or institution word (ner.toml, configs/ner/lexicon/org_heads.txt and loc_heads.txt):

- a first name before a one-word model person that is a known surname
  (configs/ner/lexicon/surnames.txt): "पंचानंद [पासवान] ने", "सीओ शशिकांत [कुमार] ने". The word
  must not be a common Hindi word (configs/ner/lexicon/common_words.txt: "वहीं [कुमार]").
  Without it, the linker would take "पासवान" for another Paswan named earlier in the document;
- a first name between a title or role and a model person: "सचिव पुण्य [सलिल श्रीवास्तव] ने".
  The word is a known given name (given_names.txt, and corpus_given_names.txt, grown from corpus
  counts) or no common word: "स्वास्थ्य अधिकारी [सुधीर देहरिया]", "सचिव कृषि [देवेश
  चतुर्वेदी]" take neither the post nor the department (and so miss "एसडीएम विकास [हिमांशु]");
- a surname after a person, right before a case marker or punctuation: "डॉ. [अमिता] उप्रेती ने",
  "[हीरा सिंह] बोनाल के". After a model person the word is a known surname (surnames.txt, and
  corpus_surnames.txt, grown from corpus counts by pipeline/tools/build_name_lexicons.py) or a
  word no Hindi word list has (configs/ner/lexicon/hindi_words.txt, wordfreq Zipf >= 3: "[नील
  क्रूज] बोट पर" is a boat);
  after a listed one it must be a known surname ("[कपिल देव] अग्रवाल," is not the cricketer
  Kapil Dev): the longer name is then another, unlisted person.

And a middle initial joins the two parts of one person it stands between: "[कॉनराड] के. [संगमा]",
"[रमन आर]. [गंगाखेडकर]" are one person (the part the gazetteer lists gives the name): an English letter's
name (configs/ner/lexicon/letter_names.txt) and a full stop, with a person right after. "के." with its
stop is no genitive.
"""
from __future__ import annotations

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.acronyms import read_letter_names
from ..hindi.normalise import fold
from ._covered import by_sentence, covering, join_left
from ._lexicons import setting_words


def _devanagari(word: str) -> bool:
    return bool(word) and all("\u0900" <= c <= "\u097f" for c in word)


class FirstNames:
    def __init__(self, surnames: set[str], not_first: set[str], common: set[str] = frozenset(),
                 known: set[str] = frozenset(), titles: set[str] = frozenset(),
                 boundaries: set[str] = frozenset(), not_name: set[str] = frozenset(),
                 given: set[str] = frozenset(), letters: frozenset[str] = frozenset()):
        self.letters = letters  # English letters' names: a middle initial ("के.", "जे.")
        self.surnames = surnames
        self.given = given
        self.not_first = not_first  # common words, titles, case markers, stop words
        self.common = common  # the commonest Hindi words (Zipf >= 4)
        self.known = known  # every Hindi word of wordfreq's list (Zipf >= 3)
        self.titles = titles  # titles, roles and honorifics: a first name may follow one
        self.boundaries = boundaries  # case markers: a name ends before one
        self.not_name = not_name  # titles, case markers, stop words, institution and place words

    def __call__(self, doc):
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            entities = by_sent.get(sent.sent_id, ())
            if any(e.label == "PER" for e in entities):
                self._sentence(doc, sent, entities)
        return doc

    def _name_word(self, word: str, lexicon: set[str], words: set[str]) -> bool:
        """A word that may be part of a name: in lexicon, or in none of words."""
        return (_devanagari(word) and word not in self.not_name and not word.endswith("ों")
                and (word in lexicon or word not in words))

    def _sentence(self, doc, sent, entities) -> None:
        tokens = doc.tokens[sent.tok_start:sent.tok_end]
        words = [fold(t.text) for t in tokens]
        covered = covering(tokens, entities)
        first = {t.start: k for k, t in enumerate(tokens)}
        last = {t.end: k for k, t in enumerate(tokens)}
        listed = {(e.start, e.end) for e in entities if e.source == "gazetteer" and e.label == "PER"}
        dropped: set[int] = set()  # ids of people joined into another by a middle initial
        for e in [e for e in entities if e.label == "PER"]:
            if e.start not in first or e.end not in last or id(e) in dropped:
                continue
            i, j = first[e.start], last[e.end]
            if self.letters:
                gone = self._middle_initial(doc, tokens, words, covered, e, i, j, last)
                if gone is not None:
                    dropped.add(id(gone))
                    continue
            gazetteer = (e.start, e.end) in listed
            self._right(doc, sent, tokens, words, covered, e, i, j, gazetteer)
            if gazetteer:
                continue  # a listed person ("मोदी"): the linker knows the full name
            k = i - 1
            if k < 0 or covered[k] is not None:
                continue
            word = words[k]
            if i == j and word not in self.not_first and fold(e.text) in self.surnames and _devanagari(word):
                joined = join_left(doc, e, tokens[k])  # "पंचानंद [पासवान]"
            elif k >= 1 and words[k - 1] in self.titles and self._name_word(word, self.given, self.common):
                joined = join_left(doc, e, tokens[k])  # "एसडीएम विकास [हिमांशु]"
            else:
                joined = False
            if joined:
                covered[k] = e

    def _middle_initial(self, doc, tokens, words, covered, e, i, j, last) -> Entity | None:
        """Person e (tokens i..j), a middle initial and its full stop ("के .", or the initial already e's
        last word: "रमन आर"), then a person: one person, kept under the part the gazetteer lists. Returns
        the part dropped, None when nothing was joined."""
        k = j + 1 if j + 1 < len(tokens) and covered[j + 1] is None and words[j + 1] in self.letters else j
        if k == j and (i == j or words[j] not in self.letters):
            return None
        if k + 2 >= len(tokens) or tokens[k + 1].text != ".":
            return None
        other = covered[k + 2]
        if other is None or other is e or other.label != "PER" or other.start != tokens[k + 2].start:
            return None
        keep, drop = (other, e) if other.source == "gazetteer" or e.source != "gazetteer" else (e, other)
        start, end = e.start, other.end
        doc.entities.remove(drop)
        keep.start, keep.end = start, end
        keep.text = doc.norm_text[start:end]
        for x in range(i, last[end] + 1):
            covered[x] = keep
        return drop

    def _right(self, doc, sent, tokens, words, covered, e, i, j, gazetteer) -> None:
        """A surname right after person e (tokens i..j), before a case marker or punctuation."""
        k = j + 1
        if k >= len(tokens) or doc.norm_text[e.end:tokens[k].start].strip():
            return
        if covered[k] is not None:
            other = covered[k]
            if (gazetteer and other.label == "PER" and other.source == "model" and other.start == e.start
                    and other.end == tokens[k].end and words[k] in self.surnames):
                doc.entities.remove(e)  # the model's "कपिल देव अग्रवाल" stands, not the listed "कपिल देव"
            return
        if not (k + 1 == len(tokens) or words[k + 1] in self.boundaries
                or not any(c.isalnum() for c in words[k + 1])):
            return
        word = words[k]
        if not (word in self.surnames if gazetteer else self._name_word(word, self.surnames, self.known)):
            return
        if gazetteer:  # another person than the listed one: "[कपिल देव] अग्रवाल"
            doc.entities.remove(e)
            e = Entity(e.start, tokens[k].end, doc.norm_text[e.start:tokens[k].end], "PER", sent.sent_id,
                       source="names", score=None)
            doc.entities.append(e)
            for x in range(i, k):
                covered[x] = e
        else:
            e.end = tokens[k].end
            e.text = doc.norm_text[e.start:e.end]
        covered[k] = e


@stage("ner_first_names", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "surnames": "ner/lexicon/surnames.txt",
                 "corpus_surnames": "ner/lexicon/corpus_surnames.txt",
                 "common_words": "ner/lexicon/common_words.txt", "hindi_words": "ner/lexicon/hindi_words.txt",
                 "given_names": "ner/lexicon/given_names.txt", "corpus_given_names": "ner/lexicon/corpus_given_names.txt",
                 "org_heads": "ner/lexicon/org_heads.txt", "loc_heads": "ner/lexicon/loc_heads.txt",
                 "letter_names": "ner/lexicon/letter_names.txt"})
def make_ner_first_names(settings: dict, context):
    """Name words the model left out around a person ("पंचानंद [पासवान]", "एसडीएम विकास [हिमांशु]")."""
    def words(key: str, default: str) -> frozenset[str]:
        return setting_words(context, settings, key, default)

    rules = context.read_toml(settings.get("rules", "ner.toml"))
    surnames = words("surnames", "ner/lexicon/surnames.txt") | words("corpus_surnames", "ner/lexicon/corpus_surnames.txt")
    common = words("common_words", "ner/lexicon/common_words.txt")
    known = words("hindi_words", "ner/lexicon/hindi_words.txt")
    given = words("given_names", "ner/lexicon/given_names.txt") | words("corpus_given_names",
                                                                         "ner/lexicon/corpus_given_names.txt")
    titles = {fold(w) for key in ("titles", "person_roles", "honorifics") for w in rules.get(key, [])}
    boundaries = {fold(w) for w in rules.get("case_markers", [])}
    stop = {fold(w) for key in ("case_markers", "not_names", "list_stop_words") for w in rules.get(key, [])}
    heads = words("org_heads", "ner/lexicon/org_heads.txt") | words("loc_heads", "ner/lexicon/loc_heads.txt")
    heads |= {fold(phrase.split()[-1]) for phrase in rules.get("named_after_heads", []) + rules.get("place_org_heads", [])}
    not_first = common | titles | stop
    letters = frozenset(read_letter_names(context.resolve(settings.get("letter_names", "ner/lexicon/letter_names.txt"))))
    return FirstNames(surnames, not_first, common, known, titles, boundaries, titles | stop | heads, given, letters)
