"""Localities named inside a known place: "<place> के X <place word>".

Local news names villages, wards and police-station areas no gazetteer lists and the model
has rarely seen: "बिजनौर के स्योहरा निवासी", "जम्मू के सतवारी और सरवाल क्षेत्रों में",
"कानपुर के जाजमऊ क्षेत्र". The shape is telling: a known place, the genitive के, one or two
words, then a word for a place or a resident (ner.toml `place_nouns`: क्षेत्र, गांव, मोहल्ले,
निवासी). Those words are a place when none of them is a common Hindi word
(configs/ner/lexicon/common_words.txt, from wordfreq: "बिहार के सभी 38 जिले", "नूंह के ग्रामीण
इलाके" name no place), a title, case marker or stop word (ner.toml), an adjective by its ending
(ner.toml `adjective_endings`: "तटीय क्षेत्रों"), or holds a digit; two such
names joined by और/व are two places. One or two words no word list has before the word for a village (ner.toml
`village_nouns`), then a case marker or "निवासी", are the village ("पतिसा गांव को सील", "करनपुर गांव निवासी"; raw
corpora 2026-12-06: 37 mentions, all villages; wide LOC +3, real news LOC recall 0.846 -> 0.867). A third rule takes one word no word list has right before a verb
of arriving or coming back, or "जाकर", for the place arrived at ("गांव रुकनपुर पहुंची", "बागजान जाकर"; ner.toml
`arrival_verbs`; "जाकर": blind articles 10 more events found, none false, raw corpora none), or before a trip
noun it makes a compound with ("प्रस्तावित कीलड़ी दौरा"; ner.toml `trip_nouns`). Entities
found here have source "places".
"""
from __future__ import annotations

import re

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.acronyms import read_letter_names, spells_letters
from ..hindi.normalise import fold
from ..hindi.phrases import Phrases
from ._covered import by_sentence, covering
from ._lexicons import setting_words

MAX_WORDS = 2
_LETTERS = re.compile(r"^[\u0900-\u0963\u0971-\u097F\u200c\u200d]+$")  # Devanagari letters only


class PlacesInPlaces:
    def __init__(self, place_nouns: Phrases, genitives: set[str], joiners: set[str], not_name: set[str],
                 adjective_endings: tuple[str, ...] = (), arrivals: frozenset[str] = frozenset(),
                 known: frozenset[str] = frozenset(), letters: list[str] = (),
                 participle_endings: tuple[str, ...] = (), villages: frozenset[str] = frozenset(),
                 village_followers: frozenset[str] = frozenset()):
        self.villages = villages  # "गांव": the unknown words before one are its name
        self.village_texts = tuple(villages)
        self.village_followers = village_followers
        self.arrivals = arrivals  # verbs of arriving: the unknown word before one is where (ner.toml arrival_verbs)
        self.arrival_starts = frozenset(w[:2] for w in arrivals)  # a cheap look at a sentence before folding its words
        self.known = known  # words of the broad Hindi word list: not a place name no list has
        self.letters = letters
        self.participle_endings = participle_endings
        self.place_nouns = place_nouns
        self.adjective_endings = adjective_endings
        self.genitives = genitives
        self.joiners = joiners
        self.not_name = not_name

    def _name_word(self, word: str) -> bool:
        return (word not in self.not_name and any(c.isalpha() for c in word)
                and not any(c.isdigit() for c in word) and not word.endswith(self.adjective_endings))

    def __call__(self, doc):
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            ents = by_sent.get(sent.sent_id, [])
            if any(e.label == "LOC" for e in ents):
                self._sentence(doc, sent, ents)
        if self.arrivals:
            self._before_arrivals(doc)
        if self.villages:
            self._before_villages(doc)
        return doc

    def _before_villages(self, doc) -> None:
        """"पतिसा गांव को सील", "बखिरा क्षेत्र के परतिया गांव का", "पिपरा मदनगोपाल गांव निवासी": one or two words no
        word list has right before "गांव" (ner.toml `village_nouns`), then a case marker, "निवासी", a verb of
        arriving or punctuation, are the village's name. Raw corpora 2026-12-06: 30 of 30 sampled firings villages."""
        surnames = {fold(w) for e in doc.entities if e.label == "PER" for w in e.text.split()}
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            if not any(v in sent.text for v in self.village_texts):
                continue
            tokens = doc.tokens[sent.tok_start:sent.tok_end]
            words = [fold(t.text) for t in tokens]
            covered = None
            for k in range(1, len(words) - 1):
                if words[k] not in self.villages:
                    continue
                after = words[k + 1]
                if not (after in self.village_followers or after in self.arrivals
                        or not any(c.isalnum() for c in after)):
                    continue
                if covered is None:
                    covered = covering(tokens, by_sent.get(sent.sent_id, []))
                i = k
                while i > 0 and k - i < 2 and self._unknown_name(tokens[i - 1], words[i - 1], covered[i - 1], surnames):
                    i -= 1
                if i == k or (i > 0 and self._unknown_name(tokens[i - 1], words[i - 1], covered[i - 1], surnames)):
                    continue  # no name, or longer than one
                a, b = tokens[i], tokens[k - 1]
                doc.entities.append(Entity(a.start, b.end, doc.norm_text[a.start:b.end], "LOC", sent.sent_id,
                                           source="places", score=None))

    def _unknown_name(self, token, word: str, covered, surnames) -> bool:
        """A word of letters no word list has, found by no stage and no word of a person named: a place name's."""
        return (covered is None and word not in self.known and word not in surnames and self._name_word(word)
                and len(word) >= 3 and bool(_LETTERS.match(token.text))
                and not (self.letters and spells_letters(token.text, self.letters) >= 2))

    def _before_arrivals(self, doc) -> None:
        """"स्वास्थ्य विभाग की टीम बुधवार रात युवक के गांव [रुकनपुर] पहुंची", "कोलकाता से [चकुलिया] लौटे थे": one
        word no word list has (configs/ner/lexicon/hindi_words.txt) right before a verb of arriving or coming
        back (ner.toml `arrival_verbs`) is the place arrived at; not a word of a person named before it (a
        surname: "क्लैपर पहुंचे"), an acronym of letter names (पीएचसी), a conjunctive participle (ner.toml
        `participle_endings`: "छुट्टियां बिताकर लौटा") or a word after another unknown one."""
        surnames = {fold(w) for e in doc.entities if e.label == "PER" for w in e.text.split()}
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            if not any(x in sent.text for x in self.arrival_starts):
                continue
            tokens = doc.tokens[sent.tok_start:sent.tok_end]
            words = [fold(t.text) for t in tokens]
            if not any(w in self.arrivals for w in words):
                continue
            covered = covering(tokens, by_sent.get(sent.sent_id, []))
            for k in range(len(words) - 1):
                w = words[k]
                if (words[k + 1] not in self.arrivals or not self._unknown_name(tokens[k], w, covered[k], surnames)
                        or w.endswith(self.participle_endings)
                        or (k > 0 and covered[k - 1] is None and words[k - 1] not in self.known
                            and self._name_word(words[k - 1]))):
                    continue
                t = tokens[k]
                doc.entities.append(Entity(t.start, t.end, doc.norm_text[t.start:t.end], "LOC", sent.sent_id,
                                           source="places", score=None))

    def _sentence(self, doc, sent, entities) -> None:
        tokens = doc.tokens[sent.tok_start:sent.tok_end]
        words = [fold(t.text) for t in tokens]
        n = len(words)
        if not any(w in self.place_nouns.by_first for w in words):
            return
        covered = [e is not None for e in covering(tokens, entities)]
        ends = {t.end: k + 1 for k, t in enumerate(tokens)}
        place_ends = {ends[e.end] for e in entities if e.label == "LOC" and e.end in ends}  # token after a place
        for g in sorted(place_ends):
            if g >= n or words[g] not in self.genitives:
                continue
            names = self._names_before_noun(words, covered, g + 1)
            for i, j in names:
                a, b = tokens[i], tokens[j - 1]
                doc.entities.append(Entity(a.start, b.end, doc.norm_text[a.start:b.end], "LOC", sent.sent_id,
                                           source="places", score=None))
                for k in range(i, j):
                    covered[k] = True

    def _names_before_noun(self, words, covered, k: int) -> list[tuple[int, int]]:
        """Name spans from k on: "X", "X Y", "X और Y" (one word each then), followed by a place noun."""
        n = len(words)
        for shape in ((1, 0), (2, 0), (1, 1)):  # one word; two words; word और word
            width = shape[0] + (2 if shape[1] else 0)
            end = k + width
            if end > n or not self.place_nouns.match_at(words, end):
                continue
            if any(covered[k:end]):
                return []
            if shape[1]:
                if words[k + 1] not in self.joiners or not (self._name_word(words[k])
                                                            and self._name_word(words[k + 2])):
                    continue
                return [(k, k + 1), (k + 2, k + 3)]
            if all(self._name_word(w) for w in words[k:end]):
                return [(k, end)]
        return []


@stage("ner_places", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "common_words": "ner/lexicon/common_words.txt",
                 "hindi_words": "ner/lexicon/hindi_words.txt", "letter_names": "ner/lexicon/letter_names.txt"})
def make_ner_places(settings: dict, context):
    """Localities inside a known place ("बिजनौर के स्योहरा निवासी", "जम्मू के सतवारी और सरवाल क्षेत्रों")."""
    rules = context.read_toml(settings.get("rules", "ner.toml"))
    from ..hindi.ner_features import read_word_list

    common = read_word_list(context.resolve(settings.get("common_words", "ner/lexicon/common_words.txt")))
    not_name = {fold(w) for w in rules.get("titles", []) + rules.get("case_markers", []) + rules.get("not_names", [])
                + rules.get("list_stop_words", [])}
    not_name |= set(common)
    nouns = Phrases(tuple(fold(w) for w in p.split()) for p in rules.get("place_nouns", []))
    not_name |= {w for p in nouns for w in p}
    known = setting_words(context, settings, "hindi_words", "ner/lexicon/hindi_words.txt")  # folded, read once
    letters = read_letter_names(context.resolve(settings.get("letter_names", "ner/lexicon/letter_names.txt")))
    return PlacesInPlaces(nouns, {fold(w) for w in rules.get("possessives", ["का", "की", "के"])},
                          {fold(w) for w in ("और", "व", "एवं", "तथा")}, not_name,
                          tuple(fold(w) for w in rules.get("adjective_endings", [])),
                          frozenset(fold(w) for w in rules.get("arrival_verbs", []) + rules.get("trip_nouns", [])),
                          known, letters,
                          tuple(fold(w) for w in rules.get("participle_endings", [])),
                          frozenset(fold(w) for w in rules.get("village_nouns", [])),
                          frozenset(fold(w) for w in rules.get("village_followers", [])))
