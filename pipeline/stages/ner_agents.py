"""People named as the agent or the source of a sentence in words no Hindi word list has.

The model misses foreign names it never saw in training ("माइकेल हेडेन ने", "योआव मोर्देचाई ने
बताया"), and the gazetteer cannot list them all. Two to four words right before the agentive
"ने", a speaker's cue ("का कहना", "के मुताबिक", "के अनुसार", "कहते हैं", "बताती हैं"; not "कहते हैं" after "को", which
names a thing: `naming_cues`) or the other party's marker of a meeting ("से मुलाक़ात", "से मिले"; the stage's
`cues`), none of them
an ordinary Hindi word (wordfreq, Zipf >= 3: configs/ner/lexicon/hindi_words.txt), a title, a case marker, a common noun or a head word of an institution or place name
(configs/ner.toml, org_heads.txt, loc_heads.txt), and not already part of an entity, are a
person (source "agents"). One unknown word is not enough: "कोरोना ने", "वुहान ने" are no people.

After a post a name may hold a glued hyphen or a particle (ner.toml `name_particles`): "प्रधानमंत्री नूरी
अल-मालिकी", "अध्यक्ष नकोसाज़ाना ड्लामिनी-ज़ूमा"; its first word may then be a Hindi word (नूरी). A Hindi word
of middling frequency (in hindi_words.txt, not in common_words.txt) beside an unknown one makes up a two-word
name ("राष्ट्रपति हाइंत्स फ़िशर", "दूत यान कुबिश"); on the raw corpora 9 people, all right. A middle initial (one
English letter name, with or without its full stop) may stand between two name words: "राजदूत वाल्टर जे लिंडनर".

After a trade (ner.toml `name_trades`: निर्देशक, क्रिकेटर, डॉक्टर) two or three name words are a person as after a
post, but one word is not, since a trade's plural reads the same ("बल्लेबाज दहाई का"), and a common first word
only before a case marker ("निर्देशक मिलन लूथरिया ने", not "कलाकार बहुत हुनरमंद और"). Added 2026-12-06: 45 more
mentions on the raw corpora, 44 people (one takes a verb along: "ऐमेलू पूछती"); 15 on the blind articles, all
people; none on wide, dev or the seeds but one (an optional meeting's "ओटो वार्मबियर"). More trades (मॉडल, बॉक्सर,
समीक्षक, डांसर ...): 13 more on the raw corpora, all people. A title before the next name of a list after a post
is stepped over ("कार्डिनल ... और [आर्चबिशप] डोमिनीक मांबेर्ती").

Measured 2026-12-04 (pipeline/training/RESULTS.md): on the raw corpora 79 mentions before "ने",
about 89% people (misses: loanword phrases such as "इंफेक्शस डिसीज ने", words glued by scraping),
and 10 before the speaker's cues (8 people, 2 bodies); on wide 12 of 13 right. The present-tense speakers
("स्टैन शामु कहते हैं", added 2026-12-05): 7 more on the raw corpora, all people.
"""
from __future__ import annotations

import re

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.acronyms import read_letter_names, spells_letters
from ..hindi.normalise import fold
from ._covered import by_sentence
from ._lexicons import name_stop_words, setting_words

MIN_WORDS, MAX_WORDS = 2, 4
_LETTERS = re.compile(r"^[\u0900-\u0963\u0971-\u097F\u200c\u200d]+$")  # Devanagari letters, no digits
PLURAL_OBLIQUE = "ों"  # "पोल्ट्री प्रजनकों ने", "डिस्कस थ्रोअरों ने": a plural common noun, no name
HYPHENS = frozenset("-\u2010\u2011")  # a glued hyphen inside a name: "नूरी अल-मालिकी"
LIST_JOINS = frozenset((fold("और"), fold("व"), fold("तथा"), ","))  # between the names of a list


class AgentNames:
    def __init__(self, known: set[str], stop: set[str], letters: list[str], cues: list[str],
                 anchors: list[str] = (), given: frozenset[str] = frozenset(), particles: list[str] = (),
                 common: frozenset[str] = frozenset(), naming_cues: list[str] = (), verb_endings: list[str] = (),
                 days: frozenset[str] = frozenset(), trades: list[str] = (), titles: list[str] = ()):
        self.cues = [tuple(fold(w) for w in cue.split()) for cue in cues]
        # cues that also name a thing after "को": "इसी को हर्ड इम्यूनिटी कहते हैं" (this is called herd immunity)
        self.naming_cues = {tuple(fold(w) for w in cue.split()) for cue in naming_cues}
        self.anchors = frozenset(fold(w) for w in anchors)  # posts written right before a name
        # trades, whose plural reads the same: two or three name words after one, never one ("बल्लेबाज दहाई का")
        self.trades = frozenset(fold(w) for w in trades) - self.anchors
        self.posts = self.anchors | self.trades  # what two or three name words may follow
        self.titles = self.posts | frozenset(fold(w) for w in titles)  # before a listed name
        self.particles = frozenset(fold(w) for w in particles)  # inside a foreign name: "नूरी अल-मालिकी"
        self.common = common  # the commonest Hindi words (Zipf >= 4): never a name word after a post
        self.given = given  # first names, which may also be ordinary words ("देवयानी"), after a post
        self.known = known  # ordinary Hindi words (folded)
        self.stop = stop  # titles, case markers, common nouns, head words (folded)
        self.letters = list(letters)  # English letter names: "ईएमटी", "आरएमएल" are acronyms, no name words
        # what may follow a name listed beside a person: a case marker or another item
        self.case_markers = frozenset(fold(w) for w in ("का", "की", "के", "ने", "को", "से"))
        self.after_listed = self.case_markers | frozenset(fold(w) for w in ("और", "व", "तथा", ","))
        self.particles_after = frozenset(fold(w) for w in ("भी", "ही"))  # "गृह मंत्री लालचमलियाना भी"
        # the day of what the person did, right after a one-word name: "गृह मंत्री लालचमलियाना सोमवार दोपहर ... पहुंचे"
        # (the weekdays of dates.toml, folded)
        self.days_after = days
        self.verb_endings = tuple(verb_endings)

    _dative = fold("को")
    _agentive = fold("ने")

    def _name_shaped(self, text: str) -> bool:
        """Devanagari letters, no title, case marker or head word, no plural noun, no acronym of letter names."""
        return (len(text) > 1 and bool(_LETTERS.match(text)) and fold(text) not in self.stop
                and not text.endswith(PLURAL_OBLIQUE) and not (self.letters and spells_letters(text, self.letters) >= 2))

    def _rare(self, text: str) -> bool:
        """A Hindi word, but none of the commonest (common_words.txt, Zipf >= 4): फ़िशर, यान; not जोश."""
        return bool(self.common) and fold(text) not in self.common and self._name_shaped(text)

    def _unknown(self, text: str) -> bool:
        return fold(text) not in self.known and self._name_shaped(text)

    def __call__(self, doc):
        by_sent = by_sentence(e for e in doc.entities)
        firsts = {cue[0] for cue in self.cues}
        for sent in doc.sentences:
            tokens = doc.tokens[sent.tok_start:sent.tok_end]
            words = [fold(t.text) for t in tokens]
            taken = [(e.start, e.end) for e in by_sent.get(sent.sent_id, ())]
            for k, word in enumerate(words):
                cue = next((cue for cue in self.cues if tuple(words[k:k + len(cue)]) == cue), None) \
                    if word in firsts else None
                if cue is None:
                    continue
                i, n_words = k, 0
                while i > 0 and n_words < MAX_WORDS:
                    if self._unknown(tokens[i - 1].text):
                        i, n_words = i - 1, n_words + 1
                    elif n_words and i > 1 and words[i - 1] in self.particles and self._unknown(tokens[i - 2].text):
                        i -= 1  # "मार्सेलो रेबेलो डे सूसा ने": a particle inside the name
                    else:
                        break
                if n_words < MIN_WORDS or (i > 0 and self._unknown(tokens[i - 1].text)):
                    continue  # too short, or longer than a name
                if cue in self.naming_cues and i > 0 and words[i - 1] == self._dative:
                    continue  # "इसी बदलाव को जीनोम सीक्वेंस कहते हैं": what a thing is called, no speaker
                self._add_person(doc, sent, tokens[i], tokens[k - 1], taken)
            if self.posts:
                self._after_anchors(doc, sent, tokens, words, taken)
                self._rare_pair_after_anchor(doc, sent, tokens, words, taken)
                self._one_word_after_anchor(doc, sent, tokens, words, taken)
            self._beside_people(doc, sent, tokens, words, taken)
        return doc

    def _name_at(self, tokens, i: int, taken) -> int:
        """The end (exclusive) of two or three unknown words from i that no entity covers, or i: a name's words
        ("सेर्ज़ सर्गस्यान"); a word of middling frequency may make up the two beside an unknown one."""
        j = i
        while j < len(tokens) and j - i < 3 and not any(s < tokens[j].end and tokens[j].start < e for s, e in taken) \
                and (self._unknown(tokens[j].text) or (j - i < MIN_WORDS and self._rare(tokens[j].text) and any(
                    self._unknown(t.text) for t in tokens[i:j + 2] if t is not tokens[j]))):
            j += 1
        if j - i < MIN_WORDS or (j < len(tokens) and self._unknown(tokens[j].text)):
            return i  # too short, or longer than a name
        return j

    def _beside_people(self, doc, sent, tokens, words, taken) -> None:
        """"इल्हाम अलीयेव और सेर्ज़ सर्गस्यान की मुलाक़ात", "अमरीका के जेम्स वॉरलिक, रूस के इगोर पोपोव और फ़्रांस के
        ज़ाक फ़ोर": two or three unknown words listed (और, व, a comma) right after a person found already, or
        after "<country> के" in such a list, are a person too."""
        joins = LIST_JOINS
        genitive = fold("के")
        here = [e for e in doc.entities if e.sent_id == sent.sent_id]
        places: dict[int, Entity] = {}
        for e in here:
            if e.label == "LOC":
                places.setdefault(e.start, e)  # the first listed, as a scan of the entities finds it
        for person in sorted((e for e in here if e.label == "PER"), key=lambda e: e.start):
            k = next((m for m, t in enumerate(tokens) if t.start >= person.end), len(tokens))
            while k + 2 < len(tokens) and words[k] in joins:
                i = k + 1
                place = places.get(tokens[i].start)
                if place is not None:  # "रूस के इगोर पोपोव": the person's country before the name
                    i = next((m for m in range(i, len(tokens)) if tokens[m].start >= place.end), len(tokens))
                    if i >= len(tokens) or words[i] != genitive:
                        break
                    i += 1
                j = self._name_at(tokens, i, taken)
                if j == i or j + 1 >= len(tokens) or not (words[j] in self.after_listed or words[j] in self.particles_after or (
                        words[j] in joins and words[j + 1] not in self.after_listed)):
                    # no name here; or its words go on ("डॉ. सतीश वर्मा और रैपिड रिस्पॉन्स टीम ने"); or it ends the
                    # line in apposition, what the person is ("जय अग्रवाल, मिष्ठान विक्रेता")
                    break
                self._add_person(doc, sent, tokens[i], tokens[j - 1], taken)
                k = j

    def _joins_name(self, tokens, words, j: int) -> bool:
        """Is tokens[j] a hyphen glued between two name words, or a name particle (ner.toml
        `name_particles`: अल, बिन) before an unknown word or such a hyphen?"""
        if j + 1 >= len(tokens):
            return False
        if tokens[j].text in HYPHENS:
            # (the word after may be a Hindi one, not among the commonest: "चो रयोंग-हे", "र्यू किल-जे"; not
            # "आमने-सामने", "एक-दूसरे")
            return (tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start
                    and (self._unknown(tokens[j + 1].text) or self._rare(tokens[j + 1].text)))
        return words[j] in self.particles and (self._unknown(tokens[j + 1].text) or tokens[j + 1].text in HYPHENS)

    def _middle_initial(self, tokens, j: int) -> bool:
        """Is tokens[j] one English letter name (ner/lexicon/letter_names.txt: जे, एम), glued to a full stop or
        not, with a word no Hindi word list has right after it?"""
        k = j + 2 if j + 1 < len(tokens) and tokens[j + 1].text == "." else j + 1
        return k < len(tokens) and tokens[j].text in self.letters and self._unknown(tokens[k].text)

    @staticmethod
    def _add_person(doc, sent, a, b, taken) -> bool:
        """A person from token a to token b, unless it overlaps something found already."""
        if any(s < b.end and a.start < e for s, e in taken):
            return False
        doc.entities.append(Entity(a.start, b.end, doc.norm_text[a.start:b.end], "PER", sent.sent_id,
                                   source="agents", score=None))
        taken.append((a.start, b.end))
        return True

    def _one_word_after_anchor(self, doc, sent, tokens, words, taken) -> None:
        """"गृह मंत्री [लालचमलियाना] भी", "राजदूत [जस्टर] ने", "महारानी [मिचिको] से": one word no Hindi word
        list has, right after a post and before a case marker, joiner, particle, weekday ("गृह मंत्री [लालचमलियाना]
        सोमवार दोपहर ... पहुंचे") or punctuation, is a person (a
        single name, or a surname that the model missed). Not a verb form ("नया अध्यक्ष [चुनेगी]": ner.toml
        `verb_endings`)."""
        for k in range(len(words) - 2):
            if words[k] not in self.anchors:
                continue
            w, after = tokens[k + 1], words[k + 2]
            if not self._unknown(w.text) or any(s <= w.start < e for s, e in taken) or w.text.endswith(self.verb_endings):
                continue
            if (after in self.after_listed or after in self.particles_after or after in self.days_after
                    or not any(c.isalnum() for c in after)):
                self._add_person(doc, sent, w, w, taken)

    def _rare_pair_after_anchor(self, doc, sent, tokens, words, taken) -> None:
        """"व्यापार मंत्री [साइमन बर्मिंघम] ने", "राज्य सचिव [मिगेल बर्गर] से": right after a post, two words of
        which neither is among the commonest Hindi words (Zipf >= 4), then a case marker, joiner or
        punctuation, are a person. Foreign names that news
        writes often are in the broad word list (साइमन, बर्मिंघम), so _after_anchors, which needs an unknown
        word, misses them; a model's place or body read there (not a listed one) gives way to the person. The
        first word may be a common one when the second is in no list ("राजदूत क्लास मोलिन ने", "सचिव नीला मोहनन
        को", "प्रवक्ता मी फेंग ने": raw corpora 7 more, 6 people, one misspelt noun "नागरिक सहयता"). After a post
        and before the agentive ने, either word may be a common one beside a rarer one ("उप उच्चायुक्त [निक लो] ने",
        "दूत [डोनाल्ड बूथ] ने"): raw corpora 1 more, a person; blind articles 9 more, all people (added 2026-12-06)."""
        for k in range(len(words) - 3):
            if words[k] not in self.posts:
                continue
            a, b, after = tokens[k + 1], tokens[k + 2], words[k + 3]
            if words[k] in self.trades and not (self._rare(a.text) or self._unknown(a.text) or fold(a.text) in self.given
                                                or after in self.case_markers or not any(c.isalnum() for c in after)):
                continue  # after a trade a common word starts a name only before a case marker: "निर्देशक [मिलन
                # लूथरिया] ने", not "कलाकार [बहुत हुनरमंद] और मेहनती"
            named = self._rare(a.text) or self._unknown(a.text)
            if not (named or (self._name_shaped(a.text) and self._unknown(b.text))) or not (
                    self._rare(b.text) or self._unknown(b.text)):
                # before the agentive ने, one of the commonest words beside a rarer one makes a name too ("व्यापार
                # मंत्री [एड फ़ास्ट] ने", "उप उच्चायुक्त [निक लो] ने")
                if not (after == self._agentive and words[k] in self.anchors and (
                        (named and self._name_shaped(b.text)) or (self._name_shaped(a.text) and self._rare(b.text)))):
                    continue
            if k + 4 < len(words) and self._joins_name(tokens, words, k + 3):
                # "राजदूत शिन बोंग-किल ने": the name goes on over a glued hyphen
                b, after = tokens[k + 4], words[k + 5] if k + 5 < len(words) else ""
            if not (after in self.after_listed or not any(c.isalnum() for c in after)):
                continue
            inside = [e for e in doc.entities if e.sent_id == sent.sent_id and e.start < b.end and a.start < e.end]
            if any(e.label == "PER" or e.start < a.start or e.end > b.end or (e.source != "model" and not (
                    e.label == "LOC" and e.start == tokens[k + 2].start)) for e in inside):
                # a person found already, or a listed name (सुजुकी the company is the gazetteer's); a listed
                # place as the surname yields ("मंत्री साइमन [बर्मिंघम] ने")
                continue
            for e in inside:
                doc.entities.remove(e)
                taken.remove((e.start, e.end))
            self._add_person(doc, sent, a, b, taken)

    def _after_anchors(self, doc, sent, tokens, words, taken) -> None:
        """"राजनयिक देवयानी खोबरागड़े शुक्रवार ...", "विपक्षी नेताओं विताली क्लिच्को, आर्सेनी यात्सेन्युक और
        ...": two or three unknown words right after a post, the list going on after a comma or और."""
        joins = LIST_JOINS
        k = 0
        while k < len(words):
            if words[k] not in self.posts:
                k += 1
                continue
            i = k + 1
            while i < len(words):
                named = next((e for s, e in taken if s == tokens[i].start), None)
                if named is not None:  # a name already found goes on the list: "..., आर्सेनी यात्सेन्युक और"
                    j = next((m + 1 for m in range(i, len(tokens)) if tokens[m].end >= named), len(tokens))
                else:
                    j, n_words = i, 0
                    while j < len(words) and n_words < 3 and not any(s <= tokens[j].start < e for s, e in taken):
                        # (a name found already ends it: "नेता दरविश एरोग्लू [निकोसिया] हवाई अड्डे")
                        if self._unknown(tokens[j].text) or (j == i and (
                                words[j] in self.given or self._joins_name(tokens, words, j + 1))) or (
                                n_words < MIN_WORDS and self._rare(tokens[j].text) and (any(
                                    self._unknown(t.text) for t in tokens[i:j + 2] if t is not tokens[j])
                                    or self._middle_initial(tokens, j + 1))):
                            # (a word of middling frequency beside one no list has, to make up the two words of a
                            # name: "हाइंत्स फ़िशर", "यान कुबिश"; never a third: "फ़िलिप गोल्डबर्ग [दस्तख़त]")
                            j, n_words = j + 1, n_words + 1
                        elif j > i and n_words and self._middle_initial(tokens, j):
                            # "राजदूत वाल्टर जे लिंडनर", "वाल्टर जे. लिंडनर": a letter name between two name words
                            j += 2 if tokens[j + 1].text == "." else 1
                        elif j > i and self._joins_name(tokens, words, j):
                            # "नूरी अल-मालिकी", "ड्लामिनी-ज़ूमा": a glued hyphen or a particle inside a name; past a
                            # hyphen a Hindi word is the name's too ("चो रयोंग-हे")
                            j += 2 if tokens[j].text in HYPHENS and not self._unknown(tokens[j + 1].text) else 1
                        else:
                            break
                    ended = j < len(words) and any(s <= tokens[j].start < e for s, e in taken)
                    stopper = next((e for e in doc.entities if ended and e.start == tokens[j].start
                                    and e.sent_id == sent.sent_id), None)
                    if ended and tokens[j - 1].text in HYPHENS and (stopper is None or stopper.label != "PER"):
                        break  # cut at a hyphen by a place or body found after it: "रूपर्ट विंगफ़ील्ड-[हेस]"
                    if stopper is not None and stopper.label == "PER" and stopper.source != "model":
                        break  # a listed person's surname ("फीफा के अध्यक्ष सेप्प [ब्लैटर]"): the list knows better
                    person = stopper if stopper is not None and stopper.label == "PER" else None
                    if person is not None and j > i:
                        # the rest of the name was found as a person: "प्रधानमंत्री लार्स लोके [रासमुसेन]" is one
                        end = next(m for m in range(j, len(tokens)) if tokens[m].end >= person.end)
                        doc.entities.remove(person)
                        taken.remove((person.start, person.end))
                        if not self._add_person(doc, sent, tokens[i], tokens[end], taken):
                            doc.entities.append(person)
                            taken.append((person.start, person.end))
                            break
                        j = end + 1
                    elif j - i < MIN_WORDS or (j < len(words) and self._unknown(tokens[j].text) and not ended):
                        break  # too short, or longer than a name
                    elif not self._add_person(doc, sent, tokens[i], tokens[j - 1], taken):
                        break
                if not (j + 1 < len(words) and words[j] in joins):
                    break
                i = j + 1
                while i + 1 < len(words) and words[i] in self.titles:
                    i += 1  # the next name's own title: "कार्डिनल ... और [आर्चबिशप] डोमिनीक मांबेर्ती"
            k = max(k + 1, i)


@stage("ner_agents", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "hindi_words": "ner/lexicon/hindi_words.txt",
                 "letter_names": "ner/lexicon/letter_names.txt", "given_names": "ner/lexicon/given_names.txt",
                 "cues": ["ने", "का कहना", "के मुताबिक", "के मुताबिक़", "के अनुसार", "से मुलाकात", "से मुलाक़ात",
                          "से मिले", "से मिलीं", "से मिलेंगे", "से भेंट", "कहते हैं", "कहती हैं", "बताते हैं",
                          "बताती हैं"],
                 "naming_cues": ["कहते हैं", "कहती हैं"],
                 "org_heads": "ner/lexicon/org_heads.txt", "loc_heads": "ner/lexicon/loc_heads.txt",
                 "common_words": "ner/lexicon/common_words.txt", "dates": "dates.toml"})
def make_ner_agents(settings: dict, context):
    """Two to four unknown words before "ने" or a speaker's cue are a person ("माइकेल हेडेन ने"), and two or
    three after a post (ner.toml name_anchors: "राजनयिक देवयानी खोबरागड़े")."""
    def words(key: str, default: str) -> frozenset[str]:
        return setting_words(context, settings, key, default)

    rules = context.read_toml(settings.get("rules", "ner.toml"))
    stop = name_stop_words(context, settings, rules)
    stop |= {fold(w) for phrase in rules.get("named_after_heads", []) + rules.get("place_org_heads", [])
             for w in phrase.split()}
    letters = read_letter_names(context.resolve(settings.get("letter_names", "ner/lexicon/letter_names.txt")))
    weekdays = context.read_toml(settings.get("dates", "dates.toml")).get("weekdays", {})
    return AgentNames(words("hindi_words", "ner/lexicon/hindi_words.txt"), stop, letters,
                      settings.get("cues") or ["ने"], rules.get("name_anchors", []),
                      words("given_names", "ner/lexicon/given_names.txt"), rules.get("name_particles", []),
                      words("common_words", "ner/lexicon/common_words.txt"), settings.get("naming_cues") or [],
                      rules.get("verb_endings", []),
                      frozenset(fold(w) for forms in weekdays.values() for w in forms), rules.get("name_trades", []),
                      rules.get("titles", []))
