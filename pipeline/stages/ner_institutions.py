"""Organisations named by a company suffix, or by an acronym before an institution word, and
institutions and facilities named by their head word.

Three shapes of name the model misses because their first words are unseen:

- companies: the words before "प्राइवेट लिमिटेड", "लिमिटेड", "लि." (ner.toml `company_suffixes`)
  back to a case marker, punctuation, title or stop word, when a case marker, punctuation or
  joiner follows the suffix: "मुंबई की [मेरिल डायग्नोस्टिक्स प्राइवेट लिमिटेड] ने". Places and
  organisations found inside are part of the name ("भारत इलेक्ट्रॉनिक्स लिमिटेड");
- an acronym written as letter names right before an institution word (ner.toml
  `acronym_institutions`): "[एसआरएन अस्पताल]", "[जीएसवीएम मेडिकल कॉलेज]". A model span of the
  acronym alone grows to take the institution word in; common abbreviations (ner.toml
  `common_abbreviations`: पीएचसी, आईसीयू) name a kind of institution, not one;
- a name before a head word (configs/ner/lexicon/name_heads.tsv): "[शिव नाडर यूनिवर्सिटी]",
  "[कलिंगा स्टेडियम]", "[गुरदासपुर सिविल अस्पताल]", "[बीजू पटनायक अंतरराष्ट्रीय हवाई अड्डे]". The words
  before the head back to a case marker, punctuation or stop word, with modifiers ("सिविल") between,
  are the name when they are names: entities found there, given names or surnames, or words
  outside the commonest Hindi words ("निजी अस्पताल", "शेयर बाजार" name none). The whole takes the
  head's label (hospitals and colleges are ORG, airports and roads LOC) over a person or place read
  in the name part ("राम मनोहर लोहिया" is no PER mention in "राम मनोहर लोहिया अस्पताल"). A listed
  organisation there stands ("एम्स अस्पताल"), and a lone known person before a head and a verb, or
  after a title, went there ("मोदी अस्पताल पहुंचे", "अभिनेता अमिताभ बच्चन
  अस्पताल में भर्ती");
- a sports body: a qualifier (a nationality, place, "अंतरराष्ट्रीय", "एशियाई"), a sport and a body word
  (name_heads.tsv `qualifier`, `sport`, `body`): "[एशियाई एथलेटिक्स महासंघ]", "[इटेलियन फुटबॉल फेडरेशन]";
- a model span ending in a head takes the head's label ("मंडी चौक" PER -> LOC);
- model spans of a head and modifiers alone ("रेलवे स्टेशन", "जिला अस्पताल") name nothing and are dropped;
- model ORG spans of ordinary words before a generic head (name_heads.tsv `generic`) are dropped:
  "सर्विलांस टीम", "मेडिसिन विभाग" name a kind, "भारतीय टीम" and "वन विभाग" stay;
- "केंद्र" first in its clause before a case marker is the Union government (ner.toml central_government);
- a state department by its field alone (name_heads.tsv `alone`): "[नगर विकास विभाग]", "[मुख्यमंत्री कार्यालय]"
  are, in Indian news, the state's; gold names them so. A model span on a part of one ("मुख्यमंत्री
  [कार्यालय]") gives way to it.

- English "and" inside an organisation's name joins the words after it ("चैंबर ऑफ कॉमर्स एंड इंडस्ट्री";
  ner.toml `and_words`).

Entities found here have source "institutions".
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.acronyms import read_letter_names, spells_letters
from ..hindi.normalise import fold
from ..hindi.phrases import Phrases
from ._covered import by_sentence, covering
from ._lexicons import read_demonyms, setting_words

MAX_NAME_WORDS = 5
OF_NAME_WORDS = 6  # words of a name after its "ऑफ": "इंस्टीट्यूट ऑफ जेनोमिक्स एंड इंटिग्रेटिव बायोलॉजी"
NAMED = ("PER", "ORG", "LOC")
# Words before a common noun, not before a name ("एक किशोर", "इस बाजार"): one ordinary word after one of
# these is no name, though it is also a first name (किशोर).
DETERMINERS = ("एक", "इस", "उस", "हर", "कोई", "किसी", "यह", "वह", "ये", "वे", "इन", "उन", "हमारे", "उनके", "अपने",
               "नए", "नई", "नया", "पुराने", "पुरानी", "बड़े", "बड़ी", "छोटे", "छोटी", "सभी", "कई", "दो", "तीन")


@dataclass(frozen=True)
class NameHeads:
    """configs/ner/lexicon/name_heads.tsv, by role (the table's header comments say what each is for)."""
    heads: dict = field(default_factory=dict)  # head phrase -> label
    modifiers: Phrases = field(default_factory=Phrases)
    kinds: frozenset = frozenset()
    alone: dict = field(default_factory=dict)  # department phrase -> label
    generic: frozenset = frozenset()
    sports: Phrases = field(default_factory=Phrases)
    bodies: Phrases = field(default_factory=Phrases)
    qualifiers: Phrases = field(default_factory=Phrases)
    honorifics: frozenset = frozenset()


ROLES = "head, alone (with a label), modifier, kind, generic, honorific, sport, body, qualifier"


def _listed(e) -> bool:
    """A gazetteer row's name; not a place and institution word put together ("कोट्टायम मेडिकल कॉलेज",
    named by its surface)."""
    return e.source == "gazetteer" and bool(e.canonical) and e.canonical != e.text


class InstitutionNames:
    def __init__(self, suffixes: Phrases, institutions: Phrases, stop_words: set[str], boundaries: set[str],
                 joiners: set[str], letters: list[str], abbreviations: set[str],
                 table: NameHeads | None = None, ordinary_words: frozenset[str] = frozenset(),
                 person_words: frozenset[str] = frozenset(), demonyms: frozenset[str] = frozenset(),
                 org_words: frozenset[str] = frozenset(), centre: dict | None = None,
                 titles: frozenset[str] = frozenset(), clause_words: frozenset[str] = frozenset(),
                 body_suffixes: Phrases | None = None, kinds_before_name: dict[str, str] | None = None,
                 place_enders: frozenset[str] = frozenset(), acronym_members: frozenset[str] = frozenset(),
                 and_words: frozenset[str] = frozenset(), of_heads: frozenset[str] = frozenset(),
                 of_words: frozenset[str] = frozenset(), name_part_words: frozenset[str] = frozenset(),
                 place_body_suffixes: Phrases | None = None):
        table = table or NameHeads()
        centre = centre or {}
        self.centre_words = frozenset(fold(w) for w in centre.get("words", []))
        self.centre_before = frozenset(fold(w) for w in centre.get("before", []))
        self.centre_canonical = centre.get("canonical")
        self.suffixes = suffixes
        self.body_suffixes = body_suffixes or Phrases()
        self.place_body_suffixes = place_body_suffixes or Phrases()  # "कर्नाटक वक्फ बोर्ड": the name opens with a place
        self.kinds_before_name = kinds_before_name or {}  # kind word -> the label of the name after it
        self.place_enders = place_enders  # motion verbs a place's name may end at: "राजधानी [पुत्राजया] पहुंचे"
        self.acronym_members = acronym_members  # posts and people of a body after an acronym: "बीडीपी सांसदों"
        self.and_words = and_words  # English "and" inside a name: "चैंबर ऑफ कॉमर्स एंड इंडस्ट्री"
        self.of_heads = of_heads  # English heads of names written "<head> of <field>": "इंस्टीट्यूट ऑफ मेडिकल साइंसेज"
        self.of_words = of_words  # "ऑफ", "फॉर"
        self.genitives = frozenset(fold(w) for w in ("का", "की", "के"))
        self.institutions = institutions
        self.stop = stop_words
        self.boundaries = boundaries
        self.joiners = joiners
        self.letters = letters
        self.abbreviations = abbreviations
        self.titles = titles
        self.clause_words = clause_words  # words a clause's subject follows: कि, भी, तो, लेकिन...
        self.name_heads = table.heads
        self.heads = Phrases(self.name_heads)
        self.modifiers = Phrases(list(table.modifiers) + list(self.heads))  # a head may qualify a later one
        self.common = ordinary_words
        self.person_words = person_words
        self.kinds = table.kinds
        self.alone = table.alone
        self.alone_phrases = Phrases(self.alone)
        self.generic_heads = table.generic
        self.honorifics = table.honorifics
        self.demonyms = demonyms
        self.sports, self.bodies, self.qualifiers = table.sports, table.bodies, table.qualifiers
        self.org_words = org_words
        self.determiners = frozenset(fold(w) for w in DETERMINERS)
        # ordinary words that name bodies (in two or more organisation names of the knowledge base: मेडिकल,
        # रिसर्च, नेशनल, हाई): inside a name they belong to it ("हॉवर्ड मेडिकल स्कूल")
        self.name_part_words = name_part_words - self.stop - self.boundaries - self.joiners
        self.fields = frozenset(w for phrase in self.alone for w in phrase[:-1])  # स्वास्थ्य, नगर, विकास...

    def __call__(self, doc):
        if self.generic_heads or self.heads:
            doc.entities = [e for e in doc.entities if not self._kind_of_team(e) and not self._head_alone(e)]
            for e in doc.entities:
                self._person_with_a_head(e)
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            self._sentence(doc, sent, by_sent.get(sent.sent_id, []))
        if self.of_heads:
            self._names_with_of(doc)
        if self.and_words:
            self._names_with_and(doc)
        return doc

    def _names_with_of(self, doc) -> None:
        """"[यूनिवर्सिटी ऑफ पाविया] में", "[लंदन स्कूल ऑफ हाइजीन एंड ट्रोपिकल मेडिसिन] ने", "[डिपार्टमेंट ऑफ होमलैंड
        सिक्योरिटी] ने": an English head (ner.toml `of_heads`) before "ऑफ" or "फॉर" (`of_words`) names a body with
        the words after it, up to OF_NAME_WORDS and English "and", to a case marker, joiner or mark; and with the
        words before it that are no ordinary Hindi word ("लंदन", a name found there) or name bodies ("नेशनल",
        name_part_words). On the raw corpora the model missed 32 such names."""
        for sent in doc.sentences:
            tokens = doc.tokens[sent.tok_start:sent.tok_end]
            words = [fold(t.text) for t in tokens]
            n = len(words)
            for k in range(n - 2):
                if words[k] not in self.of_heads or words[k + 1] not in self.of_words:
                    continue
                covered = covering(tokens, [e for e in doc.entities if e.sent_id == sent.sent_id])
                j = k + 2
                while j < n and j - k - 2 < OF_NAME_WORDS and (self._name_word(words[j]) or words[j] in self.and_words):
                    if j > k + 2 and covered[j] is not None and covered[j].label == "LOC" and covered[j].source == "gazetteer" \
                            and covered[j].start == tokens[j].start:
                        break  # a place after the name is where it is: "नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी पुणे"
                    j += 1
                after = words[j] if j < n else "।"
                placed = j < n and covered[j] is not None and covered[j].label == "LOC"
                if j == k + 2 or words[j - 1] in self.and_words or not (
                        after in self.boundaries or after in self.joiners or after == "(" or placed
                        or not any(c.isalnum() for c in after)):
                    continue
                if any(e is not None and e.label == "ORG" and e.source != "model" and e.start <= tokens[k].start
                       and tokens[j - 1].end <= e.end for e in covered[k:j]):
                    continue  # named already, whole (the model's reading would lose to a place inside it)
                i = k
                while i > 0 and k - i < 3 and self._name_word(words[i - 1]) and (
                        self._proper(words[i - 1]) or words[i - 1] in self.name_part_words
                        or (covered[i - 1] is not None and covered[i - 1].label in NAMED)):
                    i -= 1  # "नेशनल इंस्टीट्यूट", "इंदिरा गांधी इंस्टीट्यूट"
                if any(e is not None and (e.start < tokens[i].start or e.end > tokens[j - 1].end) for e in covered[i:j]):
                    i = k  # a name reaching further left is another's ("नतीजे" stops it anyway)
                a, b = tokens[i].start, tokens[j - 1].end
                doc.entities[:] = [e for e in doc.entities if not (e.label in NAMED and a <= e.start and e.end <= b)
                                   and not (e.label in NAMED and e.start < b and a < e.end)]
                doc.entities.append(Entity(a, b, doc.norm_text[a:b], "ORG", sent.sent_id, source="institutions",
                                           score=None))

    def _names_with_and(self, doc) -> None:
        """"[कश्मीर चैंबर ऑफ कॉमर्स] एंड इंडस्ट्री के", "[सिल्चर मेडिकल कॉलेज] एंड हॉस्पिटल में": English "and"
        (ner.toml `and_words`) right after an organisation joins the words after it, up to three, to its name
        when a case marker, joiner or punctuation follows them (on the raw corpora: 3, all right)."""
        if not any(w in doc.norm_text for w in self.and_words):
            return  # (the folded forms are the written ones: no nukta in them)
        for sent in doc.sentences:
            tokens = doc.tokens[sent.tok_start:sent.tok_end]
            words = [fold(t.text) for t in tokens]
            if not any(w in self.and_words for w in words):
                continue
            ends = {t.end: k for k, t in enumerate(tokens)}
            for e in [e for e in doc.entities if e.sent_id == sent.sent_id and e.label == "ORG"]:
                k = ends.get(e.end)
                if k is None or k + 2 >= len(words) or words[k + 1] not in self.and_words:
                    continue
                j = k + 2
                while j < len(words) and j - k - 1 <= 3 and (self._name_word(words[j]) or (
                        words[j] in self.org_words and words[j] not in self.boundaries)) and not any(
                        o is not e and o.start < tokens[j].end and tokens[j].start < o.end
                        and o.label != "ORG" for o in doc.entities):
                    j += 1  # (other readings of the name, the model's, do not stop it: "कॉलेज एंड हॉस्पिटल")
                after = words[j] if j < len(words) else "।"
                if j == k + 2 or j - k - 2 > 3 or not (after in self.boundaries or after in self.joiners
                                                       or not any(c.isalnum() for c in after)):
                    continue
                end = tokens[j - 1].end
                doc.entities[:] = [o for o in doc.entities if o is not e and not (
                    o.label in NAMED and e.start <= o.start and o.end <= end) and not (
                    o.label == "ORG" and o.start < end and e.start < o.end)]  # other readings of the whole name
                doc.entities.append(Entity(e.start, end, doc.norm_text[e.start:end], "ORG", sent.sent_id,
                                           source="institutions", score=None))

    def _acronym(self, word: str) -> bool:
        return word not in self.abbreviations and spells_letters(word, self.letters) >= 2

    def _name_word(self, word: str) -> bool:
        return (word not in self.stop and word not in self.boundaries and word not in self.joiners
                and any(c.isalpha() for c in word))

    def _acting_acronyms(self, doc, sent, tokens, words, covered) -> None:
        """An acronym of letter names before the post or people of a body ("बीडीपी सांसदों", "सीएनआरपी के
        उपाध्यक्ष", "एडब्ल्यूएस के एक प्रतिनिधिमंडल"; ner.toml acronym_members) is an organisation. Posts
        written as letters (एसपी, डीएम) and common abbreviations (पीपीई) never are; before "ने" too many
        posts (सीडीओ, टीटीई) and things (टीवी) stand."""
        for k, word in enumerate(words[:-1]):
            if covered[k] is not None or word in self.titles:
                continue
            rest = words[k + 1:k + 5]
            if not (rest[0] in self.acronym_members or (
                    rest[0] in self.genitives and any(x in self.acronym_members for x in rest[1:3]))):
                continue
            if self._acronym(word):  # (spelling it out is the costly test: last)
                self._add(doc, sent, tokens, covered, k, k + 1)

    def _sentence(self, doc, sent, entities) -> None:
        tokens = doc.tokens[sent.tok_start:sent.tok_end]
        words = [fold(t.text) for t in tokens]
        n = len(words)
        if self.acronym_members:
            self._acting_acronyms(doc, sent, tokens, words, covering(tokens, entities))
        heads = [k for k in range(n) if words[k] in self.suffixes.by_first or words[k] in self.body_suffixes.by_first
                 or words[k] in self.institutions.by_first
                 or words[k] in self.heads.by_first or words[k] in self.alone_phrases.by_first
                 or words[k] in self.place_body_suffixes.by_first
                 or words[k] in self.sports.by_first or words[k] in self.centre_words
                 or words[k] in self.kinds_before_name]
        if not heads:
            return
        covered = covering(tokens, entities)
        for k in heads:
            length = self.suffixes.match_at(words, k)
            if length:
                self._company(doc, sent, tokens, words, covered, k, k + length)
            length = self.body_suffixes.match_at(words, k)
            if length:
                self._company(doc, sent, tokens, words, covered, k, k + length, needs_name=True)
            length = self.place_body_suffixes.match_at(words, k)
            if length:
                self._company(doc, sent, tokens, words, covered, k, k + length, needs_place=True)
            if words[k] in self.kinds_before_name:
                self._after_kind(doc, sent, tokens, words, covered, k)
            length = self.institutions.match_at(words, k)
            if length and k > 0 and self._acronym(words[k - 1]):
                self._acronym_institution(doc, sent, tokens, covered, k - 1, k + length)
            length = self.heads.match_at(words, k)
            if length:
                self._named(doc, sent, tokens, words, covered, k, k + length)
            if words[k] in self.centre_words:
                self._centre(doc, sent, tokens, words, covered, k)
            length = self.sports.match_at(words, k)
            if length:
                self._sports_body(doc, sent, tokens, words, covered, k, k + length)
            length = self.alone_phrases.match_at(words, k)
            if length and all(e is None or self._model_part(e, tokens[k], tokens[k + length - 1])
                              for e in covered[k:k + length]) \
                    and (k == 0 or covered[k - 1] is not None or not self._conjoined(words, k)):
                self._add(doc, sent, tokens, covered, k, k + length, self.alone[tuple(words[k:k + length])])

    def _centre(self, doc, sent, tokens, words, covered, k: int) -> None:
        """"केंद्र ने ...", "केंद्र की गाइडलाइन": the Union government, when the word begins its clause
        (after punctuation, a conjunction or a stop word) and a case marker follows it."""
        if covered[k] is not None or k + 1 >= len(words) or words[k + 1] not in self.centre_before:
            return
        before = words[k - 1] if k > 0 else "।"
        if any(c.isalnum() for c in before) and before not in self.joiners and before not in self.clause_words:
            return  # "जांच केंद्र के", "स्वास्थ्य केंद्र से", "क्वारंटाइन केंद्र से": a centre
        self._add(doc, sent, tokens, covered, k, k + 1, "ORG")
        covered[k].canonical = self.centre_canonical

    def _sports_body(self, doc, sent, tokens, words, covered, k: int, end: int) -> None:
        """A qualifier, a sport and a body word: "[एशियाई एथलेटिक्स महासंघ]", "[इटेलियन फुटबॉल फेडरेशन]",
        "[मुंबई क्रिकेट एसोसिएशन]". Without a qualifier ("फुटबॉल लीग", "खेल संघ") no one body is named."""
        length = self.bodies.match_at(words, end)
        if not length:
            return
        end += length
        start = k
        while start > 0:
            e = covered[start - 1]
            if e is not None and e.label == "LOC" and e.source == "gazetteer":
                start = next(x for x in range(start) if covered[x] is e)  # "[पाकिस्तान क्रिकेट बोर्ड]"
                continue
            q = self.qualifiers.ending_at(words, start)
            if q:
                start -= len(q)
            elif e is None and words[start - 1] in self.demonyms:
                start -= 1
            else:
                break
        if start == k:
            return
        if any(e is not None and (e.label not in ("LOC", "ORG") or (e.label == "ORG" and _listed(e)))
               for e in covered[start:end]):
            return  # a listed body ("भारतीय क्रिकेट कंट्रोल बोर्ड") stands
        self._add(doc, sent, tokens, covered, start, end, "ORG")

    def _person_with_a_head(self, e) -> None:
        """A model span that ends in a head word is the place or institution it names: "मंडी चौक" (PER),
        "सुपर स्पोर्ट्स पार्क" (ORG) take the head's label, LOC."""
        if e.label not in NAMED or e.source != "model":
            return
        words = fold(e.text).split()
        for n in range(1, len(words)):  # the longest head first: "पुलिस स्टेशन", not "स्टेशन"
            label = self.name_heads.get(tuple(words[n:]))
            if label:
                e.label = label
                return

    def _head_alone(self, e) -> bool:
        """A model ORG/LOC span of a head and its modifiers only names no place: "रेलवे स्टेशन",
        "मॉडल रेलवे स्टेशन", "जिला अस्पताल"."""
        if e.label not in ("ORG", "LOC") or e.source != "model":
            return False
        words = fold(e.text).split()
        j = len(words)
        while j > 0:
            m = self.modifiers.ending_at(words, j)  # heads are modifiers too
            if not m:
                return False
            j -= len(m)
        return True

    def _kind_of_team(self, e) -> bool:
        """A model ORG span of one ordinary word before a generic head names a kind of team or department,
        not one: "सर्विलांस टीम", "पुलिस टीम", "मेडिसिन विभाग", "नाइट क्लब". A nationality ("भारतीय टीम",
        "जर्मन दूतावास") or a government field ("वन विभाग") names one."""
        if e.label != "ORG" or e.source != "model":
            return False
        words = fold(e.text).split()
        if len(words) != 2 or words[-1] not in self.generic_heads:
            return False  # longer spans may hold a place or name ("कोलकाता नाइट राइडर्स टीम")
        return all(w in self.common and w not in self.person_words and w not in self.demonyms
                   and w not in self.fields for w in words[:-1])

    def _verb_after(self, words, end: int) -> bool:
        """A word, not a case marker, right after the head: "अस्पताल पहुंचे"."""
        return end < len(words) and self._name_word(words[end]) and any(c.isalpha() for c in words[end])

    def _after_title(self, words, start: int) -> bool:
        """The name follows a title or role: the known person there is the subject ("अभिनेता अमिताभ
        बच्चन अस्पताल में भर्ती"). (First in the sentence says nothing: "शिव नाडर यूनिवर्सिटी ने ...")"""
        return start > 0 and words[start - 1] in self.titles

    def _conjoined(self, words, k: int) -> bool:
        """The department's name goes on to the left: a field before "व", "एवं" ("[पंचायती राज व ग्राम्य
        विकास विभाग]"), or another word of it ("शारीरिक शिक्षा विभाग" is a university's)."""
        if k == 0:
            return False
        before = words[k - 1]
        if before in self.joiners and before != ",":
            return k > 1 and words[k - 2] != "विभाग"
        return self._name_word(before) and before not in self.determiners

    def _proper(self, word: str) -> bool:
        """A word of letters outside the ordinary Hindi words (wordfreq Zipf >= 3) and the words for a
        kind of institution ("डेडिकेटेड अस्पताल")."""
        return (word not in self.common and word not in self.kinds and word not in self.abbreviations
                and word.strip("-") == word
                and all(c.isalpha() or c == "-" or unicodedata.category(c) in ("Mn", "Mc") for c in word))

    def _named(self, doc, sent, tokens, words, covered, k: int, end: int) -> None:
        label = self.name_heads[tuple(words[k:end])]
        if end < len(words) and self.heads.match_at(words, end):
            return  # a later head ends the name: "कोट्टायम मेडिकल कॉलेज [अस्पताल]"
        if end < len(words) and words[end] in self.org_words:
            return  # the name of a body goes on: "इंडो-तिब्बतन बॉर्डर पुलिस"
        over_head = {id(e): e for e in covered[k:end] if e is not None}.values()
        if any(_listed(e) or e.source == "institutions" or e.label not in NAMED or e.end > tokens[end - 1].end
               for e in over_head):
            return  # a listed name ("दिल्ली विश्वविद्यालय"), a longer span, or one found here ("पुलिस स्टेशन") stands
        j, start, words_in, names, rare = k, None, 0, [], False
        pending = 0  # ordinary words passed since the last name word: kept only if a name word comes before them
        while j > 0 and words_in + pending < MAX_NAME_WORDS:
            e = covered[j - 1]
            if e is not None:
                if e.label not in NAMED or (e.label == "ORG" and _listed(e) and label == "ORG"):
                    break  # a listed organisation is no name part of another ("एम्स अस्पताल"); of a place it is ("डिजनी रिसॉर्ट")
                if e.label in ("LOC", "PER") and words_in:
                    break  # a place before a name says where it is: "दिल्ली [देवी रोड]", "अमृतसर [अटारी बॉर्डर]";
                    # a person before one is who: "टेरीज़ा [स्माइलम पार्क] में रहती थीं"
                if e.source != "gazetteer" and not any(self._proper(fold(w)) or fold(w) in self.person_words
                                                       for w in e.text.split()):
                    break  # a model span of ordinary words ("मरीज")
                if pending and e.label == "PER":
                    break  # a person before ordinary words is who, not the name: "मोदी मेडिकल सेंटर पहुंचे"
                j = next(x for x in range(j) if covered[x] is e)
                words_in += 1 + pending
                pending = 0
                start = j
                names.append(e)
                continue
            m = self.modifiers.ending_at(words, j)
            if m:
                j -= len(m)
                continue
            w = words[j - 1]
            if not self._name_word(w) or w in self.determiners:
                break
            if not (w in self.person_words or self._proper(w)):
                # a word that names bodies, inside a name ("वेक फॉरेस्ट बैपटिस्ट [मेडिकल] सेंटर", "ब्रिटिश
                # फ़र्टिलिटी [सोसायटी]"), belongs to it only with a name word before it
                if w not in self.name_part_words:
                    break
                pending += 1
                j -= 1
                continue
            rare = rare or self._proper(w)
            j -= 1
            words_in += 1 + pending
            pending = 0
            start = j
        if start is None:
            return
        while start > 0 and covered[start - 1] is None and words[start - 1] in self.honorifics:
            start -= 1  # "[सरदार वल्लभ भाई पटेल अस्पताल]", "[महारानी लक्ष्मीबाई मेडिकल कॉलेज]"
        if label == "ORG" and start > 0 and covered[start - 1] is None and words[start - 1] in self.demonyms:
            start -= 1  # a nationality opens the name of a body: "[ब्रिटिश फ़र्टिलिटी सोसायटी]"
        if not (names or rare or words_in > 1) and start > 0 and words[start - 1] in self.determiners:
            return  # one ordinary word after a determiner is no name: "एक किशोर हवाई अड्डे पर"
        if (len(names) == 1 and names[0].source == "gazetteer" and names[0].label == "PER" and covered[start] is names[0]
                and all(covered[x] is names[0] or self.modifiers.match_at(words, x) for x in range(start, k))
                and (self._verb_after(words, end) or self._after_title(words, start))):
            return  # "मोदी अस्पताल पहुंचे", "अभिनेता अमिताभ बच्चन अस्पताल में भर्ती": a known person went there
        if any(e is not None and (e.start < tokens[start].start) for e in covered[start:end]):
            return
        a, b = tokens[start].start, tokens[end - 1].end
        for e in [e for e in doc.entities if e.label in NAMED and a <= e.start and e.end <= b
                  and not any(c is e for c in covered[start:end])]:
            doc.entities.remove(e)  # a second reading of a name part ("गुरदासपुर" by the model and the gazetteer)
        self._add(doc, sent, tokens, covered, start, end, label)

    def _company(self, doc, sent, tokens, words, covered, k: int, end: int, needs_name: bool = False,
                 needs_place: bool = False) -> None:
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
            if e is not None or not self._name_word(words[start - 1]) or words[start - 1] in self.abbreviations:
                break  # (an abbreviation is no name word: "एमओयू इलेक्ट्रॉनिक्स")
            start -= 1
        if start == k or any(e is not None and e.label not in ("ORG", "LOC") for e in covered[start:end]):
            return
        if needs_name and not any(covered[x] is not None or self._proper(words[x]) for x in range(start, k)):
            return  # "विकास प्राधिकरण", "संबंधित स्थानीय प्राधिकरण": a kind of body, not one
        if needs_place:
            # the name opens with the first place found before the suffix ("वजह स्थगित हुई [उत्तराखंड बोर्ड]")
            start = next((x for x in range(start, k) if covered[x] is not None and covered[x].label == "LOC"), k)
            if start == k:
                return  # "एग्जीक्यूटिव बोर्ड", "सैनिटाइज करेगा निगम": no place's body
        self._add(doc, sent, tokens, covered, start, end)

    def _after_kind(self, doc, sent, tokens, words, covered, k: int) -> None:
        """"तेल कंपनी [पेमेक्स] और", "समाचार एजेंसी [शिन्हुआ] ने", "पश्चिमी शहर [तिलिमसान] जाएंगे": one to three
        unknown words or an acronym right after a kind of body or place, ending at a case marker, joiner or
        punctuation (a place also at a motion verb: ner.toml place_name_enders), name one of that kind. A model's person or place there is that one ("कंपनी [रेनो]" read as a
        person)."""
        end = k + 1
        while end < len(words) and end - k <= MAX_NAME_WORDS - 2 and self._name_word(words[end]) \
                and (self._proper(words[end]) or self._acronym(words[end])):
            end += 1
        after = words[end] if end < len(words) else "।"
        place_end = self.kinds_before_name[words[k]] == "LOC" and after in self.place_enders
        if end == k + 1 or not (after in self.boundaries or after in self.joiners or place_end
                                or not any(c.isalnum() for c in after)):
            return  # no name, or the words go on ("कंपनी वेंटिलेटर आदि बनाती है")
        inside = {id(e): e for e in covered[k + 1:end] if e is not None}.values()
        if any(e.source == "gazetteer" or e.label not in ("PER", "LOC") for e in inside):
            return  # a listed name or an organisation found already stands
        if any(e.start < tokens[k + 1].start or e.end > tokens[end - 1].end for e in inside):
            return
        self._add(doc, sent, tokens, covered, k + 1, end, self.kinds_before_name[words[k]])

    def _acronym_institution(self, doc, sent, tokens, covered, start: int, end: int) -> None:
        inside = {id(e): e for e in covered[start:end] if e is not None}.values()
        if any(e.source == "gazetteer" or e.label != "ORG" or covered[start] is not e for e in inside):
            return  # a listed name (एम्स), or something else tagged there, stands
        if any(e.start < tokens[start].start or (e.start, e.end) == (tokens[start].start, tokens[end - 1].end)
               for e in inside):
            return
        self._add(doc, sent, tokens, covered, start, end)

    @staticmethod
    def _model_part(e, first, last) -> bool:
        """A model span on a part of a department's name only: "मुख्यमंत्री [कार्यालय]"."""
        return e.source == "model" and e.start >= first.start and e.end <= last.end \
            and (e.start, e.end) != (first.start, last.end)

    def _add(self, doc, sent, tokens, covered, start: int, end: int, label: str = "ORG") -> None:
        for e in {id(e): e for e in covered[start:end] if e is not None}.values():
            if e.start < tokens[start].start or e.end > tokens[end - 1].end:
                return  # crosses the name's edge
        for e in {id(e): e for e in covered[start:end] if e is not None}.values():
            doc.entities.remove(e)
        a, b = tokens[start], tokens[end - 1]
        for e in [e for e in doc.entities if e.label in NAMED and a.start <= e.start and e.end <= b.end]:
            doc.entities.remove(e)  # a second reading of a name part (the model's and the gazetteer's "ओडिशा")
        e = Entity(a.start, b.end, doc.norm_text[a.start:b.end], label, sent.sent_id, source="institutions",
                   score=None)
        doc.entities.append(e)
        for x in range(start, end):
            covered[x] = e


@stage("ner_institutions", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "letter_names": "ner/lexicon/letter_names.txt",
                 "name_heads": "ner/lexicon/name_heads.tsv", "ordinary_words": "ner/lexicon/hindi_words.txt",
                 "given_names": "ner/lexicon/given_names.txt", "surnames": "ner/lexicon/surnames.txt",
                 "demonyms": "gazetteers/demonyms.tsv", "org_heads": "ner/lexicon/org_heads.txt",
                 "organisations": "gazetteers/organisations.tsv"})
def make_ner_institutions(settings: dict, context):
    """Companies before a suffix ("मेरिल डायग्नोस्टिक्स प्राइवेट लिमिटेड") and acronyms before an
    institution word ("एसआरएन अस्पताल") are organisations."""
    rules = context.read_toml(settings.get("rules", "ner.toml"))

    def phrases(key):
        return Phrases(tuple(fold(w) for w in p.split()) for p in rules.get(key, []))

    stop = {fold(w) for w in rules.get("titles", []) + rules.get("not_names", []) + rules.get("list_stop_words", [])}
    letters = read_letter_names(context.resolve(settings.get("letter_names", "ner/lexicon/letter_names.txt")))
    table = read_name_heads(Path(context.resolve(settings.get("name_heads", "ner/lexicon/name_heads.tsv"))))

    def words(key: str, default: str) -> frozenset[str]:
        return setting_words(context, settings, key, default)

    return InstitutionNames(phrases("company_suffixes"), phrases("acronym_institutions"), stop,
                            {fold(w) for w in rules.get("case_markers", [])},
                            {fold(w) for w in rules.get("list_joiners", [])}, letters,
                            {fold(w) for w in rules.get("common_abbreviations", [])},
                            table, words("ordinary_words", "ner/lexicon/hindi_words.txt"),
                            words("given_names", "ner/lexicon/given_names.txt")
                            | words("surnames", "ner/lexicon/surnames.txt"),
                            read_demonyms(Path(context.resolve(settings.get("demonyms", "gazetteers/demonyms.tsv")))),
                            words("org_heads", "ner/lexicon/org_heads.txt"), rules.get("central_government"),
                            frozenset(fold(w) for w in rules.get("titles", []) + rules.get("person_roles", [])),
                            frozenset(fold(w) for w in rules.get("list_stop_words", [])),
                            phrases("body_suffixes"),
                            {**{fold(w): "ORG" for w in rules.get("kinds_before_org", [])},
                             **{fold(w): "LOC" for w in rules.get("kinds_before_place", [])}},
                            frozenset(fold(w) for w in rules.get("place_name_enders", [])),
                            frozenset(fold(w) for w in rules.get("acronym_members", [])),
                            frozenset(fold(w) for w in rules.get("and_words", [])),
                            frozenset(fold(w) for w in rules.get("of_heads", [])),
                            frozenset(fold(w) for w in rules.get("of_words", [])),
                            read_name_part_words(Path(context.resolve(settings.get("organisations",
                                                                                   "gazetteers/organisations.tsv")))),
                            phrases("place_body_suffixes"))


NAME_PART_MIN_NAMES = 2  # a word inside this many organisation names of the knowledge base names bodies


def read_name_part_words(path: Path) -> frozenset[str]:
    """Words before the last word of multi-word aliases in the organisations table, each counted once per
    organisation, kept when NAME_PART_MIN_NAMES organisations or more have them (मेडिकल, रिसर्च, नेशनल)."""
    if not path.exists():
        return frozenset()
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 3:
            continue
        words = {fold(w) for alias in cells[2].split("|") for w in alias.split()[:-1]}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= NAME_PART_MIN_NAMES)


def read_name_heads(path: Path) -> NameHeads:
    """The rows of configs/ner/lexicon/name_heads.tsv: `phrase<TAB>head<TAB>LABEL`,
    `phrase<TAB>alone<TAB>LABEL` or `phrase<TAB>ROLE` for the other roles; '#' starts a comment."""
    if not path.exists():
        raise FileNotFoundError(f"name heads table not found: {path}")
    labelled: dict[str, dict] = {"head": {}, "alone": {}}
    phrases: dict[str, list] = {r: [] for r in ("modifier", "sport", "body", "qualifier")}
    words: dict[str, set] = {r: set() for r in ("kind", "generic", "honorific")}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        phrase = tuple(fold(w) for w in cells[0].split())
        role = cells[1] if len(cells) >= 2 else ""
        if role in labelled and len(cells) >= 3 and cells[2] in NAMED:
            labelled[role][phrase] = cells[2]
        elif role in phrases and phrase:
            phrases[role].append(phrase)
        elif role in words and len(phrase) == 1:
            words[role].add(phrase[0])
        else:
            raise ValueError(f"{path}:{n}: expected phrase<TAB>role[<TAB>LABEL] (roles: {ROLES}), got {line!r}")
    return NameHeads(labelled["head"], Phrases(phrases["modifier"]), frozenset(words["kind"]), labelled["alone"],
                     frozenset(words["generic"]), Phrases(phrases["sport"]), Phrases(phrases["body"]),
                     Phrases(phrases["qualifier"]), frozenset(words["honorific"]))
