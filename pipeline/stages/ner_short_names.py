"""A person named in full, then by one of the name's words alone.

News names a person in full once ("राष्ट्रपति पार्क ग्वेन-हे", "ग्रेग चैपल") and then by the surname
or, for East Asian names, by the family name that comes first ("पार्क ने", "शी ने कहा", "ली के साथ").
The model misses many of these one-word mentions, most of all when the word is also a Hindi word
(पार्क "park", ली "took"), and the events then lose their participant. An untagged word equal to the
first or last word of a person of two or more words found earlier in the document (the last without a glued
article: "अल-सीसी" is "सीसी", ner.toml `short_name_prefixes`) is that person
(source "short_name"; the linker gives it the canonical of the person found at the full name, attrs
"short_of"), wherever it stands ("मुखर्जी रविवार को इस्तांबुल जाएंगे"; raw corpora: 187 more firings than
before case markers alone, about 85% of a sample right, the rest words of a wrong full name). A common
Hindi word (configs/ner/lexicon/common_words.txt) counts only right before the agentive "ने" (ner.toml
`short_name_agentive`), a speech word (`short_name_cues`: "सुधीर बताते हैं", where सुधीर is also "patient") or
first in its sentence ("ऋषि उनका ध्यान खींचने के लिए ...": raw corpora 7 more, all right; blind articles 5, 4 right;
before a day too, "मा बुधवार शाम ... पहुंचे": raw corpora 1, blind articles 9, 8 right);
titles and case markers never do, and head words of institutions and places only before ने or first in their
sentence ("पार्क ने" after "पार्क ग्युन-हे", not "पार्क में"). When two people named before share the
word ("महिंदा राजपक्षे", "गोटाभाया राजपक्षे"), it is the one named in full more often, else the one named first: the
person the story is about. A first word right before another person's name is a title of that one ("पोप जॉन पॉल
द्वितीय" after "पोप बेनेडिक्ट").
A one-word place that is a word of a listed person's full name named before it is that person ("विलियम हेग ...
पातिन्यो और हेग ... मिले थे"), unless a word of place follows it ("हेग में"); so is the first word of a model place
that runs on into a direction adjective, which never ends a name ("[राजपक्षे दक्षिणी] शहर ग्वांगझू जाएंगे").
A one-word place or body the model found and no table lists, the last word of a person named in full before it
by any stage, is that person ("अल-जाबेर शुक्रवार को काहिरा पहुंचे थे", "गेल ने मैच का रुख पलट दिया": raw corpora
5, all right; blind articles 17, all right).
"""
from __future__ import annotations

import re

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.normalise import fold
from ._covered import by_sentence, covering
from ._lexicons import head_words, rule_stop_words, setting_words

_LETTERS = re.compile(r"^[\u0900-\u0963\u0971-\u097F\u200c\u200d]{2,}$"
                      r"|^[\u0900-\u0963\u0971-\u097F\u200c\u200d]+['\u2019][\u0900-\u0963\u0971-\u097F\u200c\u200d]+$")  # ओ'नील


class ShortNames:
    def __init__(self, agentive: str, common: frozenset[str], surnames: frozenset[str], stop: frozenset[str],
                 openers: frozenset[str] = frozenset(), countries: frozenset[str] = frozenset(),
                 place_after: frozenset[str] = frozenset(), cues: tuple[tuple[str, ...], ...] = (),
                 directions: frozenset[str] = frozenset(), prefixes: tuple[str, ...] = (),
                 days: frozenset[str] = frozenset(), dative: str = "", heads: frozenset[str] = frozenset()):
        self.days = days  # "शनिवार को सिन्हा ... जाएंगे": a day and its को end a phrase before the subject too
        self.dative = dative
        self.agentive = agentive  # "ने": the marker a common word may stand before ...
        self.cues = cues  # ... and the speech words ("सुधीर बताते हैं", "विजय के मुताबिक")
        self.openers = openers  # words that end a phrase before a clause's subject ("के मुताबिक़ स्मिथ")
        self.countries = countries  # countries, by canonical and Hindi name: never a person's word ("मदर इंडिया")
        self.place_after = place_after  # words after a place: "हेग में" is the city
        self.directions = directions  # "दक्षिणी": an adjective of the next word, never a name's last word
        self.prefixes = prefixes  # "अल-": glued to a name's last word, dropped in its short form ("सीसी")
        self.common = common
        self.surnames = surnames
        self.stop = stop
        self.heads = heads  # head words of places and bodies that are no title or case marker ("पार्क")

    def _head_stands(self, tokens, k: int) -> bool:
        """A head word of places or bodies that is also a word of a person named in full ("पार्क" of "पार्क ग्युन-हे")
        is the person only right before ने or first in its sentence before no head word or word of place: "पार्क ने
        कहा", "पार्क ... बीजिंग पहुंची थीं"; not "पार्क में सुबह की सैर"."""
        return fold(tokens[k + 1].text) == self.agentive or (k == 0 and self._opens_sentence(tokens))

    def _opens_sentence(self, tokens) -> bool:
        """The sentence's first word may be a name: the word after it is no stop word or word of place ("नवीन फरवरी
        में ...", not "विजय कालोनी"), or is a day ("मा बुधवार शाम ... पहुंचे")."""
        nxt = fold(tokens[1].text)
        return (nxt not in self.stop and nxt not in self.place_after) or nxt in self.days

    def _stands(self, tokens, k: int, word: str) -> bool:
        """Whether the word at k may be a short name where it stands. A common word only before ने ("ली ने",
        not "जानकारी ली") or first in its sentence, before no head word or word of place ("नवीन फरवरी में ...",
        not "विजय कालोनी क्षेत्र"); a listed surname that is a common word (मुखर्जी, सिंह) also first in its clause
        ("मुखर्जी रविवार को ... जाएंगे", "के मुताबिक़ स्मिथ ... गए थे", "शनिवार को सिन्हा ... जाएंगे"), not after
        another word ("जागृति सिंह" is someone else)."""
        if word not in self.common or fold(tokens[k + 1].text) == self.agentive or any(
                tuple(fold(t.text) for t in tokens[k + 1:k + 1 + len(cue)]) == cue for cue in self.cues):
            return True
        if k == 0 and self._opens_sentence(tokens):
            # the first word of a sentence ("नवीन फरवरी में राउरकेला जाएंगे", "ऋषि उनका ध्यान खींचने ...", "मा बुधवार
            # शाम बांजुल पहुंचे")
            return True
        return word in self.surnames and (k == 0 or not _LETTERS.match(tokens[k - 1].text)
                                          or fold(tokens[k - 1].text) in self.openers
                                          or (k >= 2 and fold(tokens[k - 1].text) == self.dative
                                              and fold(tokens[k - 2].text) in self.days))

    def __call__(self, doc):
        # the full names (two words or more) by their first and last words folded, in text order
        people: dict[str, list[Entity]] = {}
        surnames: dict[str, list[Entity]] = {}  # the same by their last words only
        for e in sorted((e for e in doc.entities if e.label == "PER" and len(e.text.split()) >= 2), key=lambda e: e.start):
            first, last = fold(e.text.split()[0]), fold(e.text.split()[-1])
            # (the last word without a glued article: "अल-सीसी" is "सीसी" for short)
            bare = next((last[len(p):] for p in self.prefixes if last.startswith(p) and len(last) > len(p) + 1), None)
            for word in {first, last} | ({bare} if bare else set()):
                people.setdefault(word, []).append(e)
            for word in {last} | ({bare} if bare else set()):
                surnames.setdefault(word, []).append(e)
        if not people:
            return doc
        tokens_at = {t.start: k for k, t in enumerate(doc.tokens)}
        self._pairs_named_as_one(doc, people)
        self._places_named_as_people(doc, people, tokens_at)
        self._surnames_read_as_bodies(doc, surnames, tokens_at)
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            tokens = doc.tokens[sent.tok_start:sent.tok_end]
            covered = covering(tokens, by_sent.get(sent.sent_id, []))
            for k, t in enumerate(tokens[:-1]):
                word = fold(t.text)
                if (word not in people or covered[k] is not None or not _LETTERS.match(t.text)
                        or (word in self.stop and not (word in self.heads and self._head_stands(tokens, k)))
                        or not self._stands(tokens, k, word)):
                    continue
                full = self._most_named([p for p in people[word] if p.end <= t.start])
                after = covered[k + 1]
                if (full is not None and fold(full.text.split()[0]) == word and after is not None and after.label == "PER"
                        and after.start == tokens[k + 1].start and fold(after.text.split()[0]) not in map(fold, full.text.split())):
                    continue  # the first word before another person's name is a title of that one ("पोप जॉन पॉल")
                if full is not None:
                    doc.entities.append(Entity(t.start, t.end, doc.norm_text[t.start:t.end], "PER", sent.sent_id,
                                               source="short_name", score=None,
                                               attrs={"short_of": [full.start, full.end]}))
        return doc


    def _pairs_named_as_one(self, doc, people: dict[str, list[Entity]]) -> None:
        """"[मनमोहन-ओबामा] वार्ता", "[शाह-केजरीवाल] की बैठक": a name the model found that is two words joined by a
        hyphen, each a word of another person named in full anywhere in the story (a headline names the pair before
        the report names them), is those two people (blind articles 12 such, all pairs; raw corpora 1, सलीम-जावेद)."""
        for e in [e for e in doc.entities if e.label in ("PER", "ORG", "LOC") and e.text.count("-") == 1
                  and " " not in e.text and not e.canonical]:
            first, second = e.text.split("-")
            fulls = [self._most_named([p for p in people.get(fold(w), []) if not p.start <= e.start < p.end])
                     if fold(w) not in self.stop else None for w in (first, second)]
            if None in fulls or fulls[0] is fulls[1]:
                continue
            doc.entities.remove(e)
            for start, text, full in ((e.start, first, fulls[0]), (e.end - len(second), second, fulls[1])):
                doc.entities.append(Entity(start, start + len(text), text, "PER", e.sent_id, source="short_name",
                                           score=None, attrs={"short_of": [full.start, full.end]}))

    @staticmethod
    def _most_named(named: list[Entity]) -> Entity | None:
        """Of the people named in full who share a word, the one named most often, else the first (max keeps the
        first of a tie): the person the story is about."""
        return max(named, key=lambda p: sum(q.text == p.text for q in named)) if named else None

    def _places_named_as_people(self, doc, people: dict[str, list[Entity]], tokens_at: dict[int, int]) -> None:
        """"पातिन्यो और [हेग] इससे पहले ... मिले थे" after "विलियम हेग": a one-word place (not a country) that is
        a word of a listed person's full name (the gazetteer's) named before it is that person, unless a case or
        word of place follows it (ner.toml `place_after_words`: "हेग में" is the city). Full names the model
        found are too often places misread ("नीतीश कुमार बिहार" made Bihar a person: 12 of 21 right on the raw
        corpora with them)."""
        named = [e for e in doc.entities if e.label == "LOC" and not self._runs_into_direction(e)]
        places = {fold(w) for e in named for w in e.text.split()}
        in_longer = {fold(w) for e in named if " " in e.text for w in e.text.split()}
        for e in [e for e in doc.entities if e.label == "LOC" and (" " not in e.text or self._runs_into_direction(e))]:
            # ("[राजपक्षे दक्षिणी] शहर ग्वांगझू जाएंगे": the model ran a short name on into the adjective of the place
            # after it and called the two a place; the name is its first word)
            text = e.text.split()[0]
            word = fold(text)
            if e.canonical in self.countries or word in self.countries:
                continue
            full = next((p for p in reversed(people.get(word, [])) if p.end <= e.start and p.source == "gazetteer"), None)
            k = tokens_at.get(e.start)
            if full is None or k is None or word in self.stop or any(
                    fold(w) in places for w in full.text.split() if fold(w) != word) or word in in_longer:
                # (a "person" of place words is a place misread: "निजामुद्दीन मरकज"; a word of a longer place's
                # name is that place for short: "रियो" after "रियो डी जनेरियो")
                continue
            self._as_person(doc, e, text, k, full)

    def _as_person(self, doc, e: Entity, text: str, k: int, full: Entity) -> None:
        """The place or body e (at token k) is the person named in full as `full`, by its word `text`, unless a
        case or word of place follows it ("हेग में" is the city)."""
        after = fold(doc.tokens[k + 1].text) if k + 1 < len(doc.tokens) else ""
        if after not in self.place_after:
            doc.entities.remove(e)
            doc.entities.append(Entity(e.start, e.start + len(text), text, "PER", e.sent_id, source="short_name",
                                       score=None, attrs={"short_of": [full.start, full.end]}))

    def _surnames_read_as_bodies(self, doc, surnames: dict[str, list[Entity]], tokens_at: dict[int, int]) -> None:
        """"[अल-जाबेर] शुक्रवार को काहिरा पहुंचे थे" after "सुल्तान अहमद अल-जाबेर", "[तोबगे] ने" after "शेरिंग
        तोबगे": a one-word place or organisation the model found and no table lists, that is the last word of a
        person named in full before it, is that person. Unlike _places_named_as_people, the full name may be the
        model's too: a listed place ("नीतीश कुमार बिहार") never comes here."""
        for e in [e for e in doc.entities if e.label in ("LOC", "ORG") and e.source == "model" and " " not in e.text]:
            word = fold(e.text)
            full = next((p for p in reversed(surnames.get(word, [])) if p.end <= e.start), None)
            k = tokens_at.get(e.start)
            if full is None or k is None or word in self.stop or word in self.countries or any(
                    x is not e and x.label in ("LOC", "ORG") and x.source != "model" and fold(x.text) == word
                    for x in doc.entities):
                continue  # (a word the tables list as a place or body elsewhere in the story is that)
            self._as_person(doc, e, e.text, k, full)

    def _runs_into_direction(self, e: Entity) -> bool:
        """A model place of two words, the second a direction adjective: "राजपक्षे दक्षिणी"."""
        words = e.text.split()
        return e.source == "model" and len(words) == 2 and fold(words[1]) in self.directions


@stage("ner_short_names", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "common_words": "ner/lexicon/common_words.txt",
                 "surnames": "ner/lexicon/surnames.txt", "countries": "gazetteers/countries.tsv",
                 "org_heads": "ner/lexicon/org_heads.txt", "loc_heads": "ner/lexicon/loc_heads.txt"})
def make_ner_short_names(settings: dict, context):
    """One word of a person's full name named earlier is that person ("पार्क ने", "मुखर्जी रविवार को")."""
    rules = context.read_toml(settings.get("rules", "ner.toml"))
    rule_stop, all_heads = rule_stop_words(rules), head_words(context, settings)
    stop = rule_stop | all_heads  # (name_stop_words, read once)
    heads = all_heads - rule_stop
    return ShortNames(fold(rules.get("short_name_agentive", "ने")),
                      setting_words(context, settings, "common_words", "ner/lexicon/common_words.txt"),
                      setting_words(context, settings, "surnames", "ner/lexicon/surnames.txt"), frozenset(stop),
                      frozenset(fold(w) for w in rules.get("short_name_openers", [])),
                      _country_names(context, settings),
                      frozenset(fold(w) for w in rules.get("place_after_words", [])),
                      tuple(tuple(fold(w) for w in cue.split()) for cue in rules.get("short_name_cues", [])),
                      frozenset(fold(w) for w in rules.get("direction_adjectives", [])),
                      tuple(fold(w) for w in rules.get("short_name_prefixes", [])),
                      days=frozenset(fold(w) for w in rules.get("short_name_days", [])),
                      dative=fold(rules.get("short_name_dative", "को")), heads=frozenset(heads))


def _country_names(context, settings: dict) -> frozenset[str]:
    """The countries' canonical names and their Hindi names folded (gazetteers/countries.tsv)."""
    import csv
    path = context.resolve(settings.get("countries", "gazetteers/countries.tsv"))
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return frozenset([r["canonical"] for r in rows] + [fold(a) for r in rows for a in (r.get("aliases") or "").split("|") if a])
