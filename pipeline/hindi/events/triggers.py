"""Step 2: finding triggers in a sentence (strong nouns, weak nouns with a light verb, verbs in
their frame) and the clause each trigger's participants and dates are read from."""
from __future__ import annotations

import dataclasses
from functools import cached_property

from ...core.document import Entity
from .document_index import SentView, Span
from .lexicons import _ends_at, _match_at, _past_parenthesis, _word, key

# Words a manner phrase may take between a counterpart and a weak trigger ("के साथ फोन पर बात",
# "के साथ वीडियो कॉन्फ्रेंस के जरिए बात की").
MANNER_WORDS = 5
# Words back from a purpose infinitive to the place marked by में ("जापान में शिखर सम्मेलन में हिस्सा लेने जाएंगे").
PURPOSE_WORDS = 8
# Words between "X और Y के बीच" and a weak meeting noun ("के बीच शनिवार शाम टेलीफ़ोन पर क़रीब 37 मिनट तक बात हुई").
BETWEEN_WORDS = 10
# Words after a trigger in which a ban or fare word makes it no event ("यात्रा पर लगाया बैन").
NOT_WITHIN = 4
LIST_ITEM_WORDS = 6  # words an item of such a list may have ("नशीले पदार्थों की तस्करी की रोकथाम")
LIST_ITEMS = 8  # items after a comma a list of words may run to before its joiner ("A, B, C और D")
# Words between a named place's genitive and a motion verb, naming a spot in it that no list has
# ("ब्राज़ील के रियो डी जेनेरो पहुँचे", "कीव के इंडिपेंडेंस स्क्वेयर पहुँचीं").
INNER_PLACE_WORDS = 3
PLACE_KIND_WORDS = 3  # words between a country's genitive and its place ("के सबसे बड़े शहर आबिदजान")
GATHERING_SENTENCES_BACK = 5  # sentences back in which a gathering named again may have been given its place
ARRIVAL_SENTENCES_BACK = 3  # sentences back the visit whose place a bare "X भी आए" comes to may be told
POST_WORDS = 4  # words of a post before a name, a portfolio's included ("उप विदेश मंत्री")
GATHERING_WORDS = 12  # words back from a gathering to the named place it is held in ("सोची शीतकालीन ओलंपिक के उद्घाटन समारोह")
POSSESSOR_WORDS = 4  # words from a country in the genitive to the person or office it is of ("अमरीका के उप विदेश मंत्री")


class TriggerFinder:
    """Extractor's trigger and clause steps (uses self.lex, self.roles, and self._here: where the story is told from)."""

    # -- triggers ---------------------------------------------------------
    def triggers(self, v: SentView) -> list[tuple[int, int, str]]:
        """(i, j, kind) token ranges of triggers in a sentence; kind is strong, weak or verb."""
        w = v.words
        out = []
        resume = 0  # after a trigger the scan goes on behind it
        for i in self._trigger_starts(w):
            if i < resume:
                continue
            kind, n = None, _match_at(w, i, self.lex.strong)
            if n:
                kind = "strong"
            else:
                n = _match_at(w, i, self.lex.weak)
                after = i + n
                while n and after < len(w) - 1 and w[after] in self.roles.particles:
                    after += 1  # "... की द्विपक्षीय भेंट भी प्रस्तावित है"
                if n and after < len(w) and w[after] in self.lex.light:
                    kind = "weak"
                elif n and self._counterpart_after(v, i + n):
                    kind = "weak"  # "उनकी भेंट ... आंग सान सू ची से होगी"
                elif n and ((i > 0 and w[i - 1] in self.lex.light_before)
                            or _match_at(w, i + n, self.lex.light_after)):
                    kind = "weak"  # "अमरीका और रूस के बीच बनी सहमति", "चार सूत्री सहमति का एलान किया"
                elif self._motion_verb(w, i):
                    kind, n = "verb", 1
                elif w[i] in self.lex.return_verbs:
                    kind, n = "return", 1
                elif w[i] in self.lex.send_verbs:
                    kind, n = "send", 1
                elif w[i] in self.lex.welcome and self._welcomed(v, i) is not None:
                    kind, n = "welcome", 1
                elif w[i] in self.lex.attend_gathering and self._attends_abroad(v, i):
                    kind, n = "attend", 1
            if (kind and (not self._blocked(w, i, i + n) or self._joint_means(v, i, i + n))
                    and not self._generic(w, i + n) and self._frame_ok(v, i, i + n, kind)):
                out.append((i, i + n, kind))
                resume = i + n
        out.extend((i, i + 1, "leg") for i, x in enumerate(w) if x in self.lex.legs and self._leg_places(v, i))
        present = self._present_abroad(v) if self.lex.type == "VISIT" else None
        if present is not None:
            out.append((present[1].j, present[1].j + 1, "presence"))
        elif self.lex.type == "VISIT" and self.lex.presence:
            out.extend((at, at + 1, "present") for _, _, at in self._present_in(v))
        return out

    def _person_listed_first(self, v: SentView, end: int) -> bool:
        """A named person (or office) first in a list that goes on with common nouns up to `end`: "यानुकोविच और
        विपक्षी नेताओं [से मिलेंगी]" (up to LIST_ITEM_WORDS words after the joiner, no name or marker among them)."""
        w, k = v.words, end
        while k > 0 and end - k < LIST_ITEM_WORDS and w[k - 1] not in self.roles.markers \
                and not v.named(k - 1):
            k -= 1
        return k < end and k >= 2 and w[k - 1] in self.roles.joins and any(
            sp.j == k - 1 and (sp.label == "PER" or sp.office) for sp in v.spans)

    def _officials_of_named(self, v: SentView, end: int) -> bool:
        """Unnamed officials of a named body or place up to `end`: "फिक्की के प्रतिनिधियों [से मिलेंगे]", "भारतीय उद्योग
        परिसंघ (सीआईआई) के प्रतिनिधियों", "जर्मन उद्योग परिसंघ (बीडीआई) के वरिष्ठ सदस्यों" (meeting.toml officials; up
        to LIST_ITEM_WORDS modifiers after the genitive, no name or marker among them)."""
        w, k = v.words, end - 1
        if k < 2 or w[k] not in self.lex.officials:
            return False
        while k > 0 and end - k <= LIST_ITEM_WORDS and w[k - 1] not in self.roles.genitive:
            if w[k - 1] in self.roles.markers or v.named(k - 1):
                return False
            k -= 1
        if k < 2 or w[k - 1] not in self.roles.genitive:
            return False
        owner_end = k - 2 if w[k - 2] == ")" else k - 1  # "भारतीय उद्योग परिसंघ (सीआईआई) के": the acronym's
        return any(sp.j == owner_end and sp.label in ("ORG", "LOC") for sp in v.spans)

    def _verb_is_predicate(self, v: SentView, i: int) -> bool:
        """The verb at i is no participle before a common noun with its case: not "मोदी से मिली जानकारी के अनुसार",
        "अधिकारियों से मिले आंकड़ों के मुताबिक" (what was got from them), but "मोदी से मिले राजपक्षे", a headline's
        subject after its verb, and "... से मिले और", "... से मिलेंगे।"."""
        w = v.words
        if i + 2 >= len(w) or not w[i].endswith(self._finite_past):
            return True
        case = w[i + 2] in self.roles.markers and w[i + 2] not in self.roles.joins and any(c.isalpha() for c in w[i + 2])
        return not (case and w[i + 1] not in self.roles.title_words and not v.named(i + 1))

    _finite_past = tuple(key(x) for x in ("मिले", "मिली", "मिलीं", "मिला"))

    def _leg_places(self, v: SentView, i: int) -> list[Span]:
        """The named places after the leg word at i (visit.toml legs), particles before them, a genitive or kind of
        place between them, and a copula after (leg_copulas): "पड़ाव [गबोन] होगा", "पड़ाव [केरल] का [कोच्चि] होगा",
        "पड़ाव [मॉरिटानिया] की राजधानी [नुआकशॉट] होना था"; [] otherwise."""
        w, k, places = v.words, i + 1, []
        while k < len(w) and w[k] in self.roles.particles:
            k += 1
        while k < len(w):
            sp = next((sp for sp in v.spans if sp.i == k), None)
            if sp is not None and sp.label == "LOC" and not sp.title and not sp.office:
                places.append(sp)
                k = sp.j
            elif places and (w[k] in self.roles.genitive or w[k] in self.roles.place_nouns):
                k += 1
            else:
                break
        return places if places and k < len(w) and w[k] in self.lex.leg_copulas else []

    _place_modifiers = frozenset(key(x) for x in ("सबसे", "बड़े", "बड़ा", "बड़ी", "दूसरे", "दूसरा", "प्रमुख", "पुरानी", "नई"))

    def _kind_of_place(self, words: list[str]) -> bool:
        """Nothing, or the kind of place with a modifier or two, between a country's genitive and its place: "जर्मनी के
        [हैनोवर]", "नीजेर की राजधानी [नियामे]", "आइवरी कोस्ट के सबसे बड़े शहर [आबिदजान]"."""
        return not words or (len(words) <= PLACE_KIND_WORDS and words[-1] in self.roles.place_nouns
                             and all(x in self._place_modifiers for x in words[:-1]))

    def _present_in(self, v: SentView) -> list[tuple[list[Span], Span, int]]:
        """(people, place, index of the word of presence) for "<person> (भी) ... <place> में (भी) मौजूद थे / रहेंगे",
        "<person> भी इन दिनों <place> में हैं" (visit.toml presence, presence_copulas): the person nominative (no
        case marker after the name) with nothing but particles, dates and time words (presence_times) before the
        place, and of another country than the place's: a visitor there, with anyone listed before with और."""
        w, r, out = v.words, self.roles, []
        for place in v.spans:
            # (the kind of place may follow its name: "जर्मनी के हैनोवर शहर में थे")
            at_in = place.j + (place.j < len(w) and w[place.j] in r.place_nouns)
            if place.label != "LOC" or place.office or at_in + 1 >= len(w) or w[at_in] != self._in:
                continue
            k = at_in + 1
            while k < len(w) and w[k] in r.particles:
                k += 1
            if k >= len(w):
                continue
            if w[k] in self.lex.presence:
                at = k
            elif w[k] in self.lex.presence_copulas and (k + 1 == len(w) or not _word(w[k + 1])):
                at = k  # "... ब्रुनेई में हैं।"
            else:
                continue
            guest = next((sp for sp in reversed(v.spans) if sp.j <= place.i and (sp.label == "PER" or sp.office)), None)
            if guest is None or guest.entity.label != "PER":
                continue
            # the place's own country in the genitive before it ("जर्मनी के हैनोवर शहर में") is part of it
            outer = next((sp for sp in v.spans if sp.label == "LOC" and sp.i >= guest.j and sp.j < place.i
                          and w[sp.j] in r.genitive and self._kind_of_place(w[sp.j + 1:place.i])), None)
            start = outer.i if outer is not None else place.i
            # a date's own case marker ("मंगलवार को", "शनिवार से") is part of the time, not of another role
            between = [m for m in range(guest.j, start) if m not in v.span_at and not any(
                d[0] <= m < d[1] or (d[1] == m and w[m] in r.markers) for d in v.dates)]
            if any(w[m] in r.markers or w[m] in r.clause_breaks or w[m] in self.lex.verbs for m in between
                   if w[m] not in r.particles and w[m] not in self.lex.presence_times):
                continue  # "X ने कहा कि ... दिल्ली में मौजूद ...": another clause, or X is no subject
            if any(x in self.lex.presence_not_titles for x in w[max(0, guest.i - POSSESSOR_WORDS):guest.i]):
                continue  # an envoy may live where he is posted
            home, there = guest.entity.country or self._stated_country(v, guest), place.entity.country
            if home and there and home != there:
                guests = [guest]  # "सुशील कुमार और योगेश्वर दत्त भी हंगरी में ही मौजूद हैं": all of a list
                while guests[0].i > 1 and w[guests[0].i - 1] in r.coordinators:
                    before = next((sp for sp in v.spans if sp.j == guests[0].i - 1 and sp.label == "PER"), None)
                    if before is None:
                        break
                    guests.insert(0, before)
                out.append((guests, place, at))
        return out

    def _counterpart_after(self, v: SentView, j: int) -> bool:
        """A meeting noun whose other party follows it as the subject of होना: "<X की> भेंट <Y> से होगी / होनी
        है / तय है" (meeting.toml `be_after`): a person or office marked by से within a few words, then one of
        those verbs, with no clause break between."""
        w = v.words
        if not self.lex.be_after or self.lex.type != "MEETING":
            return False
        for k in range(j, min(j + 2 * MANNER_WORDS, len(w) - 1)):
            if self._is_break(v, k):
                return False
            if w[k] == key("से") and any(sp.j == k and (sp.label == "PER" or sp.office) for sp in v.spans):
                m = k + 1
                while m < len(w) and w[m] in self.roles.particles:
                    m += 1
                return m < len(w) and w[m] in self.lex.be_after
        return False

    def _present_abroad(self, v: SentView) -> tuple[Span, Span] | None:
        """A headline with no verb that puts a named person in a named place of another country:
        "शी जिनपिंग मॉस्को में, राष्ट्रपति बनने के बाद पहला विदेश दौरा", "पहली भारत यात्रा पर हिना रब्बानी
        खर दिल्ली में" (the person, the place and में right after, then a comma or the end)."""
        w = v.words
        first = next((sp for sp in v.spans if (sp.label == "PER" or sp.office) and sp.j in v.span_at), None)
        if first is None:
            return None
        place = v.span_at.get(first.j)
        if place is None or place.label != "LOC" or place.j >= len(w) or w[place.j] != self._in:
            return None
        if place.j + 1 < len(w) and w[place.j + 1] not in (",", "।", ":", "|"):
            return None
        home, there = first.entity.country, place.entity.country
        return (first, place) if home and there and home != there else None

    @cached_property
    def _first_words(self) -> frozenset[str]:
        """Words a trigger can start with."""
        return frozenset([p[0] for p in (*self.lex.strong, *self.lex.weak)] + list(self.lex.verbs)
                         + list(self.lex.verb_stems) + list(self.lex.return_verbs) + list(self.lex.send_verbs)
                         + list(self.lex.welcome) + list(self.lex.attend_gathering))

    def _motion_verb(self, w: list[str], k: int) -> bool:
        """A motion verb at k: a listed form ("आएंगे"), or a bare stem before a modal or
        progressive ("भारत आ सकते हैं", "ढाका जा रहे हैं")."""
        return w[k] in self.lex.verbs or (w[k] in self.lex.verb_stems and k + 1 < len(w) and (
            w[k + 1] in self.lex.stem_followers or w[k + 1] in self.lex.stem_perfectives))

    def _trigger_starts(self, w: list[str]) -> list[int]:
        """Positions where a trigger may start: one set lookup a word instead of matching every phrase there."""
        first = self._first_words
        return [i for i, x in enumerate(w) if x in first]

    def _generic(self, w, j) -> bool:
        """"विदेश यात्रा करने वाले लोग", "भारत आने वाले लोग": a participle describing people, not an event.
        "भारत की यात्रा पर आने वाले हैं" stays an event: an auxiliary follows the participle."""
        for k in range(j, min(j + 3, len(w))):
            if w[k] in self.roles.participle:
                # "नेपाल जाने वाले पहले भारतीय प्रधानमंत्री": the first to go is a visit of the one named
                return not (k + 1 < len(w) and (w[k + 1] in self.roles.auxiliaries or w[k + 1] in self.roles.first))
        return False

    def _blocked(self, w, i, j) -> bool:
        if _match_at(w, i, self.lex.not_phrases):
            return True  # "दोषी करार दिया", "दिल का दौरा पड़ा"
        if any(k + _match_at(w, k, self.roles.chair) >= j for k in range(max(0, i - 2), i)):
            return True  # "ओबामा की मेज़बानी में ... बैठे": a word of a chair phrase names who hosted, not a meeting
        k = _past_parenthesis(w, j)  # "सम्मेलन (अंकटाड) ने"
        if k < len(w) and w[k] == key("ने"):
            return True  # "संयुक्त राष्ट्र के सम्मेलन (अंकटाड) ने प्रकाशित की": a body that acts
        nxt = [x for x in w[j:j + 4] if x not in self.roles.particles]  # "यात्राओं पर भी पाबंदी"
        if _ends_at(w, i, self.lex.not_before) or _match_at(nxt, 0, self.lex.not_after) > 0:
            return True
        if any(x in self.lex.not_within for x in w[j:j + NOT_WITHIN]):
            return True  # "सात देशों की यात्रा पर लगाया बैन"
        # "वीडियो कॉन्फ्रेंस के माध्यम से प्रशिक्षण आयोजित किए": a means, not a meeting (a meeting word
        # later in the clause, "... के जरिए बैठक की", is a trigger of its own).
        return self._means(w, i, j)

    def _means(self, w: list[str], i: int, j: int) -> bool:
        """A video link told as the means of something else: "वीडियो कॉन्फ्रेंस के माध्यम से प्रशिक्षण"."""
        return tuple(w[i:j]) in self.lex.instruments and _match_at(w, j, self.lex.instrument_after) > 0

    def _joint_means(self, v: SentView, i: int, j: int) -> bool:
        """"शेख़ हसीना और मनमोहन सिंह ने वीडियो कॉन्फ़्रेंस के ज़रिए इसका उद्घाटन किया": two people joined by और as the
        ने-subject of what they did together by video are in a meeting, though a video link is otherwise a means."""
        w = v.words
        return (self._means(w, i, j) and not _match_at(w, i, self.lex.not_phrases)
                and self._joint_people(v, i, agent=True) is not None)

    def _frame_ok(self, v: SentView, i: int, j: int, kind: str) -> bool:
        w = v.words
        if self.lex.type == "MEETING" and kind in ("strong", "weak") and self._media_agent(v, i):
            return False  # "बीबीसी ने उनसे ख़ास बातचीत की": the press talking to someone is an interview
        if self.lex.type == "MEETING" and kind == "strong":
            # "न्यूज चैनल से बातचीत में बताया": an interview, not a meeting.
            k = i
            for back in range(MANNER_WORDS + 1):
                end = k - back
                if end < 2 or (back and (self._is_break(v, end) or end in v.span_at)):
                    break
                n = next((len(p) for p in self.roles.counterpart if end - len(p) >= 1
                          and tuple(w[end - len(p):end]) == p), 0)
                if n:
                    return not self._media_before(w, end - n)
            return True
        if kind == "strong":
            return True
        if self.lex.type == "MEETING":
            # "X से / X के साथ बात की", "X से मिले": the counterpart marker right before the trigger.
            if kind == "weak" and self._counterpart_after(v, j):
                return True  # "खुर्शीद की भेंट ... सईद जलीली से होगी": the other party after the noun
            k = i
            # (particles, and the genitive of who meets: "राष्ट्रपति जॉयस बांडा से उसकी भेंट तय है"; a verb's negation:
            # "पुतिन से नहीं मिलेंगे", a meeting called off)
            while k > 0 and (w[k - 1] in self.roles.particles or (k == i and w[k - 1] in self.roles.genitive_pronouns)
                             or (kind == "verb" and k == i and w[k - 1] in self.status.negation)):
                k -= 1
            adverb = next((len(p) for p in self.roles.manner_adverbs if k - len(p) >= 1 and tuple(w[k - len(p):k]) == p),
                          0) if k == i else 0
            if adverb:  # "ग्यावली से भी [अलग से] मिलेंगे": step over the manner, then its particles
                k -= adverb
                while k > 0 and w[k - 1] in self.roles.particles:
                    k -= 1
            # A weak noun may have a manner phrase between: "X के साथ फोन पर बात की"; a verb a place:
            # "सू ची से उनके घर पर मिलेंगे", "शरीफ़ से दिल्ली में मिले".
            reach = MANNER_WORDS if kind != "verb" or (k >= 1 and w[k - 1] in self._setting_cases) else 0
            n = 0
            for back in range(reach + 1):
                end = k - back
                if back and (end < 1 or self._is_break(v, end) or (end in v.span_at and not (
                        kind == "verb" and self._place_setting(v, end)))):
                    break  # (a named place in the setting is crossed: "शरीफ़ से दिल्ली में मिले")
                n = next((len(p) for p in self.roles.counterpart if end - len(p) >= 1
                          and tuple(w[end - len(p):end]) == p), 0)
                if not n and w[i] in self.lex.dative and end >= 2 and w[end - 1] == key("को"):
                    n = 1  # "हसन रूहानी को फ़ोन किया"
                if not n and end >= 1 and w[end - 1] in self.roles.counterpart_pronouns and (end - 1) in v.span_at:
                    return True  # "सोनिया गांधी ने उनसे भेंट की": the pronoun carries its से
                if n:
                    k = end
                    break
            if not n and kind == "weak" and self._between_before(v, k):
                return True  # "हसीना और ख़ालिदा ज़िया के बीच शनिवार शाम टेलीफ़ोन पर बात हुई"
            if not n and self._joint_people(v, i, agent=kind == "weak"):
                return True  # "शी जिनपिंग और ओबामा कैलिफ़ोर्निया में मिले", "मिले मोदी और ओबामा", "A और B ने ... बात की"
            if not n or self._media_before(w, k - n):
                return False  # "मीडिया से बात करते हुए कहा" is a statement, not a meeting
            if kind == "verb" and w[i] in self.lex.se_verbs and tuple(w[k - n:k]) != (key("से"),):
                return False  # "X के साथ मिलकर काम करेंगे": jointly
            if kind == "verb":
                # "मोदी से मिले" is a meeting, "केंद्र से मिली मदद" is not: a person before the marker.
                # An unnamed official counts as a person: "इसराइली नेताओं से मिलेंगे", "विदेश सचिव से मिले".
                return self._verb_is_predicate(v, i) and (
                    any(sp.j == k - n and (sp.label == "PER" or sp.office) for sp in v.spans)
                    or self._person_listed_first(v, k - n) or self._officials_of_named(v, k - n))
            return True
        expressed = i + 1 < len(w) and w[i + 1] in self.lex.expressed
        if self.lex.type == "AGREEMENT" and kind == "weak" and (w[i] in self.lex.consent or expressed):
            # "अमरीका और रूस ... नष्ट करने पर सहमत हो गए हैं": parties joined by और agree on a matter (पर).
            k = i
            while k > 0 and w[k - 1] in self.roles.particles:
                k -= 1  # "इस बात पर भी राज़ी हुए"
            return k >= 1 and w[k - 1] == key("पर") and self._joint_parties(v, i, agentive=expressed)
        if self.lex.type == "VISIT" and kind == "verb":
            # "<place> गया / आएंगे / पहुंचे": a named place right before the verb; or before its purpose
            return (self._motion_place(v, i) is not None or self._purpose_place(v, i) is not None
                    or self._gathering_place(v, i, told=True) is not None or self._arrival_place(v, i) is not None)
        if kind == "return":
            return self._return_place(v, i) is not None
        if kind == "welcome":
            return self._welcome_place(v, i) is not None
        if kind == "send":
            # "<place> भेजा" with people or a plane sent in the same clause; not the sender ("स्वास्थ्य
            # विभाग की टीम ने ... स्वाब ... गोरखपुर भेजा").
            lo, hi = self.clause(v, i, i + 1)
            return self._motion_place(v, i) is not None and any(
                x in self.lex.sent_groups and not (k + 1 < hi and w[k + 1] == key("ने")) for k, x in enumerate(w[lo:hi], lo))
        return True

    def _welcomed(self, v: SentView, i: int) -> Span | None:
        """The person (or office) welcomed by the welcome word at i, whose genitive stands before it with
        only a date, a named place with में/पर, and manner words (welcome_manner) between:
        "X का बुधवार को राष्ट्रपति भवन में औपचारिक स्वागत किया गया"."""
        w, k = v.words, i
        while k > 0:
            date = next((d for d in v.dates if d[1] == k or (d[1] + 1 == k and w[k - 1] == key("को"))), None)
            place = next((sp for sp in v.spans if sp.j + 1 == k and w[k - 1] in self.roles.place
                          and sp.label == "LOC"), None)
            if date is not None:
                k = date[0]
            elif place is not None:
                k = place.i
            elif w[k - 1] in self.lex.welcome_manner:
                k -= 1
            else:
                break
        if k < 2 or w[k - 1] not in self.roles.genitive:
            return None
        return next((sp for sp in v.spans if sp.j == k - 1 and (sp.label == "PER" or sp.office)), None)

    def _welcome_place(self, v: SentView, i: int) -> Span | None:
        """The named place of a welcome: with में/पर in its clause ("राष्ट्रपति भवन में", "एथेंस में"), or a
        body named by its building ("व्हाइट हाउस में")."""
        lo, hi = self.clause(v, i, i + 1)
        w = v.words

        def at_place(j: int) -> bool:  # "राष्ट्रपति भवन में", "राष्ट्रपति भवन के प्रांगण में"
            return w[j] in self.roles.place or (j + 2 < hi and w[j] in self.roles.genitive and w[j + 2] in self.roles.place)
        return next((sp for sp in v.spans if lo <= sp.i and sp.j < hi and not sp.office and at_place(sp.j)
                     and (sp.label == "LOC" or (sp.label == "ORG" and sp.entity.country))), None)

    _to = key("को")

    def _return_place(self, v: SentView, i: int) -> Span | None:
        """The named place returned from before a return verb at i: "अम्मान से भारत लौटी", "अमेरिका
        से लौट आए" (a named or listed home between, lexicon return_homes, is skipped, and so is the time:
        "अमेरिका से 22 मार्च को वापस लौटी", "अमेरिका से सोमवार को दिल्ली लौटे")."""
        w = v.words
        k, home_seen = i, False
        while k > 0:
            date = next((d for d in v.dates if d[1] == k or (d[1] + 1 == k and w[k - 1] == self._to)), None)
            home = None if home_seen else next((sp for sp in v.spans if sp.j == k and sp.label == "LOC"), None)
            if w[k - 1] in self.roles.particles or w[k - 1] in self.lex.return_homes:
                k -= 1
            elif date is not None:
                k = date[0]
            elif home is not None:
                k, home_seen = home.i, True
            else:
                break
        if k < 2 or w[k - 1] != key("से"):
            return None
        return next((sp for sp in v.spans if sp.j == k - 1 and sp.label == "LOC" and not sp.title), None)

    def _between_before(self, v: SentView, k: int) -> bool:
        """A named party, or "दोनों नेताओं", with "के बीच" before token k, nothing named between: a weak
        noun there is their talk."""
        w = v.words
        for back in range(BETWEEN_WORDS + 1):
            end = k - back
            if end < 2 or (back and (self._is_break(v, end) or (end in v.span_at and not self._matter(v, end, k)))):
                return False
            for p in self.roles.between:
                if end - len(p) >= 1 and tuple(w[end - len(p):end]) == p:
                    return any(sp.j == end - len(p) for sp in v.spans)
        return False

    def _matter(self, v: SentView, at: int, k: int) -> bool:
        """The place or body named at `at` is what the talk at k is about: a matter word (meeting.toml matters)
        after it before k ("सीरिया और ईरान के परमाणु कार्यक्रम पर")."""
        return v.span_at[at].label != "PER" and any(_match_at(v.words, m, self.lex.matters)
                                                    for m in range(v.span_at[at].j, k))

    def _joint_people(self, v: SentView, i: int, agent: bool = False) -> Span | None:
        """Two named people joined by और, the subject of the meeting verb at i: before it with no case
        marker after them ("A और B ... जिनेवा में मिले"), or right after a verb that opens a headline
        ("मिले A और B"); with agent, the ने-subject of a weak noun ("A और B ने हॉटलाइन पर बात की").
        Returns the first of them."""
        w = v.words
        people = [sp for sp in v.spans if sp.label == "PER" or sp.office]
        pair = lambda a: self._joined_person(v, a)
        dated = {d[1] for d in v.dates}  # "सोमवार को": the को after a date marks when, nobody met
        if agent:
            for a in people:
                # ("दोनों नेताओं ने ... फ़ोन पर बात की": the two the story named, as one ने-subject)
                b = a if a.also and a.entity.label == "PER" and any(e.label == "PER" for e in a.also) else pair(a)
                if b is not None and b.j < i and w[b.j] == key("ने") and i - b.j <= 3 * MANNER_WORDS \
                        and not any(x in self.roles.others_cases and k not in dated
                                    for k, x in enumerate(w[b.j + 1:i], b.j + 1)) \
                        and not any(self._is_break(v, k) for k in range(b.j, i)):
                    return a
            return None
        if i <= 1:
            first = next((a for a in people if a.i == i + 1), None)
            return first if first is not None and pair(first) else None
        # (a manner between is no other party's case: "A और B बुधवार शाम अलग से मिलेंगे")
        manner = {m for k in range(i) for p in self.roles.manner_adverbs if tuple(w[k:k + len(p)]) == p
                  for m in range(k, k + len(p))}
        for a in people + [sp for sp in v.spans if sp.also and sp not in people and w[i] not in self.lex.se_verbs]:
            # "दोनों नेता सोमवार को ... मिले": two people the story named, standing as one subject; "दोनों पक्ष
            # अगले साल इस्लामाबाद में फिर मिलेंगे": two parties (not "दोनों देश मिलकर", jointly)
            b = a if a.also and (a.office or a.entity.label != "PER" or any(e.label == "PER" for e in a.also)) \
                else pair(a)  # (or two countries' officials: "दोनों देशों के ऊर्जा मंत्री ... मिलेंगे")
            if b is None or b.j > i or i - b.j > 3 * MANNER_WORDS:
                continue
            if a not in people and any(x in self.roles.genitive for x in w[b.j:i]):
                continue  # "दोनों देशों के बीच ... संकेत मिलने लगे": the two own what is found
            if not any(x in self.roles.others_cases and k not in dated and k not in manner
                       for k, x in enumerate(w[b.j:i], b.j)) \
                    and not any(self._is_break(v, k) for k in range(b.j, i)):
                return a  # a topic or a place may stand between: "सीरिया के मुद्दे पर जिनेवा में मिले"
        return None

    def _joint_parties(self, v: SentView, i: int, agentive: bool = False) -> bool:
        """Two parties (people, bodies, offices, countries) joined by और are the subject of the word at i,
        with nobody else's case between ("उत्तर और दक्षिण कोरिया" counts as a pair); marked by ने when
        agentive ("भारत और म्यांमार ने ... पर सहमति जताई")."""
        w = v.words
        agent = key("ने") if agentive else None
        for a in v.spans:
            if not self._party(a) or a.j >= i:
                continue
            b = self._joined_person(v, a, parties=True)
            if b is None and a.i >= 2 and w[a.i - 1] in self.roles.joins and w[a.i - 2] in self.roles.place_qualifiers:
                b = a  # "उत्तर और दक्षिण कोरिया"
            if b is None and a.also:
                b = a  # "दोनों पक्ष ... लौटाने पर राज़ी हो गए": a pair in one word
            # the matter may hold an object ("हथियारों को नष्ट करने पर"), not an agent or a partner (ने, से)
            in_date = {k for d in v.dates for k in range(d[0], d[1] + 1)}  # "15 अप्रैल से पहले"
            # (a से after no named party is "from": "सीमा से सैनिक वापस बुलाने पर राजी हुए")
            ablative = {k for k in range(b.j, i) if w[k] == self._se and not any(
                sp.j == k and self._party(sp) for sp in v.spans)} if b is not None else set()
            if b is not None and b.j <= i and not any(w[k] in self.roles.others_cases and w[k] != key("को")
                                                      and k not in in_date and k not in ablative
                                                      and not (k == b.j and w[k] == agent)
                                                      for k in range(b.j, i)) \
                    and not any(self._is_break(v, k) for k in range(b.j, i)):
                return True
        return False

    def _signed_document(self, v: SentView, i: int) -> bool:
        """The signing word at i signs a document that names an agreement when signed ("प्रोटोकॉल पर
        दस्तख़त किए", "घोषणापत्र पर भी हस्ताक्षर हुए"; agreement.toml signed_documents)."""
        if v.words[i] not in self.lex.signing:
            return False
        k = i - 1
        while k > 0 and v.words[k] in self._also_words:
            k -= 1
        if k < 1 or v.words[k] != self._on_word:
            return False
        k -= 1
        if k > 0 and v.words[k] in self._quotes:
            k -= 1  # a name in quotes: "'अंकारा घोषणापत्र' पर दस्तख़त किए"
        return v.words[k] in self.lex.signed_documents

    _on_word = key("पर")
    _quotes = frozenset(("'", '"', "\u2019", "\u201d"))
    _also_words = frozenset(key(x) for x in ("भी", "ही"))

    def _joint_signers(self, v: SentView, i: int) -> bool:
        """Two parties are the ने-subject of the signing at i, as a pair ("ईरान और अंतरराष्ट्रीय परमाणु
        ऊर्जा एजेंसी ने ... रूपरेखा पर हस्ताक्षर किए") or as "दोनों देशों/पक्षों ने": whatever they signed
        binds them both, as a bill signed by one never does."""
        w, agent = v.words, key("ने")
        for a in v.spans:
            if a.j >= i or not self._party(a):
                continue
            last = a if a.also else self._joined_person(v, a, parties=True)
            if last is None or last.j >= i:
                continue
            at = last.j
            if w[at] in self.roles.genitive and at + 2 < i and w[at + 1] in self.roles.role_nouns:
                at += 2  # "दोनों देशों के अधिकारियों ने": their officials signed for them
            if w[at] == agent and not any(self._is_break(v, k) for k in range(last.j, i)):
                return True
        return False

    @property
    def _countries(self) -> frozenset[str]:
        """Canonical names of countries (Roles.country_names), shared with the role step."""
        return self.roles.country_names

    def _party(self, sp: Span) -> bool:
        return sp.label in ("PER", "ORG") or sp.office or sp.entity.canonical in self._countries

    def _joined_person(self, v: SentView, a: Span, parties: bool = False) -> Span | None:
        """The person joined to a by और, titles between: "शी जिनपिंग और अमरीकी राष्ट्रपति ओबामा"; with
        parties, any party ("अमरीका और रूस")."""
        w = v.words
        if a.j >= len(w) or w[a.j] not in self.roles.joins:
            return None
        k = a.j + 1
        if k < len(w) and w[k] in self.roles.genitive_pronouns and k + 1 < len(w) and k + 1 not in v.span_at:
            k += 1  # "राहुल खुल्लर और उनके पाकिस्तानी समकक्ष ज़फ़र महमूद": his counterpart, by title
        while k < len(w):
            owner = v.span_at.get(k)
            if owner is not None:
                # "A और जापान के प्रधानमंत्री शिंजो आबे": a country owning the title, then the person
                if not (owner.label == "LOC" and owner.j + 1 < len(w) and w[owner.j] in self.roles.genitive
                        and owner.j + 1 not in v.span_at):
                    break
                k = owner.j + 1
                continue
            n = 1 if (w[k] in self.roles.title_words or w[k] in self.roles.demonyms
                      or w[k] in self.roles.role_nouns) else _match_at(w, k, self.roles.title_phrases)
            if not n:
                return None
            k += n
        b = v.span_at.get(k)
        return b if b is not None and (b.label == "PER" or b.office or (parties and self._party(b))) else None

    def _media_agent(self, v: SentView, i: int) -> bool:
        """The ने-subject of the clause before the trigger at i is the press or a news outlet (not_counterpart):
        "बीबीसी ने उनसे ख़ास बातचीत की", "रावण की कास्ट से बीबीसी एशियन नेटवर्क ने एक ख़ास बातचीत की"."""
        w = v.words
        for k in range(i - 1, 0, -1):
            if self._is_break(v, k):
                return False
            if w[k] == self._ne:
                named = next((sp for sp in v.spans if sp.j == k), None)
                # (or a reporter named after the post: "हमारे विशेष संवाददाता अमित शर्मा ने ... से बात की")
                return w[k - 1] in self.lex.not_counterpart or (
                    named is not None and named.i > 0 and w[named.i - 1] in self.lex.not_counterpart)
        return False

    def _media_before(self, w: list[str], at: int) -> bool:
        """The word before a counterpart marker at `at` (quotes skipped) is the press or a news
        agency (not_counterpart), or the nation (audiences): "मीडिया से बात करते हुए", "'भाषा' से बातचीत में", "देश से
        संवाद किया"."""
        k = at - 1
        while k >= 0 and w[k] in ("'", '"'):
            k -= 1
        return k >= 0 and (w[k] in self.lex.not_counterpart or w[k] in self.lex.audiences)

    @cached_property
    def _place_links(self) -> list[tuple[str, ...]]:
        """visit.toml place_links, longest first (sorted once, not per motion verb)."""
        return sorted(self.lex.place_links, key=len, reverse=True)

    @cached_property
    def _landing_links(self) -> list[tuple[str, ...]]:
        """place_links and landing_links, longest first: what may stand between a place and a landing verb."""
        return sorted(self.lex.place_links + self.lex.landing_links, key=len, reverse=True)

    def _motion_place(self, v: SentView, i: int) -> Span | None:
        """The named place right before a motion verb at i ("ढाका पहुंचे", "कतर के लिए रवाना"), or the person whose
        home or side it is ("लालू प्रसाद के घर गए")."""
        w = v.words
        k = i
        while k > 0 and w[k - 1] in self.roles.particles:
            k -= 1
        for p in self._landing_links if w[i] in self.lex.landing else self._place_links:
            if k - len(p) >= 0 and tuple(w[k - len(p):k]) == p:
                k -= len(p)
                break
        if k > 1 and w[k - 1] in self.roles.place_nouns and not any(sp.i < k <= sp.j for sp in v.spans):
            k -= 1  # "मसलिया प्रखंड जायेंगे", "भद्रबिला गांव जाएंगे": the kind of place after its name
        if k > 2 and w[k - 1] in self.lex.host_places and w[k - 2] in self.roles.genitive:
            # "लालू प्रसाद के घर गए", "रणबीर कपूर के पास गए": a trip to see a person, who is its target
            host = next((sp for sp in v.spans if sp.j == k - 2 and sp.label == "PER" and not sp.title), None)
            if host is not None:
                return host
        if any(sp.j == k for sp in v.spans):
            return next((sp for sp in v.spans if sp.j == k and sp.label == "LOC" and not sp.title), None)
        here = self._here
        if here is not None and k > 0 and w[k - 1] in self.roles.here_words:
            # "जयशंकर बुधवार शाम दो दिवसीय दौरे पर यहां पहुंचे थे": here is where the story is told from
            tok = v.tokens[k - 1]
            place = Entity(start=tok.start, end=tok.end, text=tok.text, label="LOC", sent_id=v.sent_id,
                           canonical=here.canonical or here.text, source="story_place", country=here.country,
                           lat=here.lat, lon=here.lon, geonames_id=here.geonames_id, wikidata=here.wikidata)
            return Span(k - 1, k, place, place.participant())
        if k > 0 and w[k - 1] in self.roles.there_words:
            return self._there(v, k - 1)
        return self._outer_place(v, k)

    def _there(self, v: SentView, at: int) -> Span | None:
        """"वहां" at `at` before a motion verb: the place named last before it, in its sentence or else in the one
        before, that is no place travelled from ("टोक्यो से वहां पहुंचे"), no sender ("इसराइल ने ... टीम वहां भेजी") and
        no person's country ("अमरीका के उप विदेश मंत्री ... वहां पहुंचे"); None when there is none."""
        def last_place(view: SentView, before: int) -> Entity | None:
            return next((sp.entity for sp in reversed(view.spans) if sp.j <= before and sp.label == "LOC"
                         and not sp.title and not sp.office and not self._persons_country(view, sp, len(view.words))
                         and not (sp.j < len(view.words) and view.words[sp.j] in (self._se, self._ne))), None)
        place = last_place(v, at)
        if place is None and self._before is not None:
            place = last_place(self._before, len(self._before.words))
        if place is None:
            return None
        return self._place_at(v, at, place, "there")

    @staticmethod
    def _place_at(v: SentView, at: int, place: Entity, source: str) -> Span:
        """A place named elsewhere, standing at the word `at` of v ("वहां", a gathering's word, a verb of coming)."""
        tok = v.tokens[at]
        here = dataclasses.replace(place, start=tok.start, end=tok.end, text=tok.text, sent_id=v.sent_id, source=source)
        return Span(at, at + 1, here, here.participant())

    def _stated_country(self, v: SentView, person: Span) -> str | None:
        """The country the text gives a person the knowledge base lacks: a place in the genitive a few words before
        the name ("मलेशिया के परिवहन मंत्री लियो तियोंग लाई") - that place's country."""
        owner = next((sp for sp in v.spans if sp.label == "LOC" and self._persons_country(v, sp, person.j)
                      and 0 < person.i - sp.j <= POSSESSOR_WORDS), None)
        return owner.entity.country if owner is not None else None

    def _persons_country(self, v: SentView, sp: Span, before: int) -> bool:
        """The place sp stands in the genitive before a person or office a few words on (and before token `before`):
        "अमरीका के उप विदेश मंत्री विलियम बर्न्स", "भारत के नए प्रधानमंत्री नरेंद्र मोदी" - whose, not where."""
        return sp.j < len(v.words) and v.words[sp.j] in self.roles.genitive and any(
            0 < o.i - sp.j <= POSSESSOR_WORDS and o.i < before and (o.label == "PER" or o.title or o.office)
            for o in v.spans)

    def _purpose_place(self, v: SentView, i: int) -> Span | None:
        """The named place, marked by में, before a purpose infinitive right before the motion verb at i:
        "जापान में शिखर सम्मेलन में हिस्सा लेने जाएंगे", "कोरिया के हंकूक विश्वविद्यालय में हिंदी पढ़ाने जा ..."
        (a body's place in the genitive before it): the nearest named span marked by में within PURPOSE_WORDS
        words back, with no clause break between; None when that span is no place. With none marked, a named
        place with no case after it is where the trip goes (_purpose_destination)."""
        w, ne = v.words, self._ne
        k = i
        while k > 0 and w[k - 1] in self.roles.particles:
            k -= 1
        if k < 3 or not (w[k - 1].endswith(ne) and len(w[k - 1]) > len(ne) + 1) or w[k - 1] in self.lex.purpose_not:
            return None
        m, reach = k - 2, max(k - 2 - PURPOSE_WORDS, 0)
        destination = None
        while m > reach:
            if self._is_break(v, m):
                return destination
            if destination is None:
                destination = self._purpose_destination(v, i, m, k - 1)
            sp = next((sp for sp in v.spans if sp.j == m), None) if w[m] == self._in else None
            m -= 1
            if sp is None:
                continue  # "शिखर सम्मेलन में": an unnamed setting; the place may be before it
            if sp.label == "ORG" and sp.i >= 2 and w[sp.i - 1] in self.roles.genitive:
                sp = next((o for o in v.spans if o.j == sp.i - 1), None)  # "कोरिया के हंकूक विश्वविद्यालय में"
            elif sp.label == "ORG" and w[sp.j - 1] in self.lex.gatherings:
                # "नोम पेन्ह में होने वाले [पूर्वी एशिया शिखर सम्मेलन] में": the gathering named (its words count as
                # one); its place is before it
                reach = max(reach - (sp.j - sp.i - 1), 0)
                continue
            return sp if sp is not None and sp.label == "LOC" and not sp.title and not sp.office else destination
        return destination

    def _purpose_destination(self, v: SentView, i: int, m: int, infinitive: int) -> Span | None:
        """The named place ending at word m with no case after it, before the purpose infinitive of the motion verb
        at i: "अमरीका छुट्टियां मनाने जाने वाली हैं", "काबुल राष्ट्रपति करज़ई से बातचीत करने गए", "पेट्रा देखने
        जाएंगे". Not a place that names a gathering ("भारत-अफ़्रीका सम्मेलन में हिस्सा लेने", "भारत अंतरराष्ट्रीय
        व्यापार मेले में"), nor before "<infinitive> जा रहा है", which is what is about to be done ("बिजलीघर बनाने जा
        रही है")."""
        w = v.words
        sp = next((sp for sp in v.spans if sp.j == m + 1 and sp.label == "LOC"), None)
        if (sp is None or sp.title or sp.office or w[sp.j] in self.roles.markers
                or any(x in self.lex.gatherings for x in w[sp.j:infinitive])
                or (i + 1 < len(w) and w[i] in self.lex.verb_stems and w[i + 1] in self._progressive)):
            return None
        return sp

    def _gathering_place(self, v: SentView, i: int, told: bool = False) -> Span | None:
        """A gathering marked by में right before the motion verb at i (particles and a negation between), and the
        named place nearest before it in the clause, no place travelled from nor a person's country: "सोची
        शीतकालीन ओलंपिक के उद्घाटन समारोह में नहीं गए", "दिल्ली में ... शपथ ग्रहण समारोह में नहीं जा सकीं". With told and no
        place in the sentence, the place a sentence before gave the gathering (_told_gathering_place)."""
        w = v.words
        k = i
        while k > 0 and (w[k - 1] in self.roles.particles or w[k - 1] in self.status.negation):
            k -= 1
        verb_at, k = k, self._before_subject(v, k)
        if k < 3 or w[k - 1] != self._in or w[k - 2] not in self.lex.gatherings:
            return None
        for m in range(k - 3, max(k - 3 - GATHERING_WORDS, -1), -1):
            if self._is_break(v, m):
                return None
            sp = next((sp for sp in v.spans if sp.j == m + 1), None)
            if sp is None or sp.label != "LOC" or sp.title or sp.office:
                continue  # (whose gathering it is: "नरेंद्र मोदी के शपथ ग्रहण समारोह")
            after = w[sp.j] if sp.j < len(w) else ""
            if after in (self._se, self._ne):
                return None  # a place travelled from, or one that acts ("इसराइल ने ... सम्मेलन में न जाने की अपील की")
            if self._persons_country(v, sp, k):
                continue  # "भारत के नए प्रधानमंत्री ...": a person's country, not where
            if after == "-" or (sp.i > 0 and w[sp.i - 1] == "-"):
                continue  # "वॉशिंगटन में होने वाले अमरीका-अफ़्रीका शिखर सम्मेलन": a place in the gathering's name
            if k < verb_at:
                # the one named after the gathering came to it: a trip for one of another country only
                # ("लखनऊ में हुए समारोह में मुख्यमंत्री योगी आदित्यनाथ भी पहुंचे" is none)
                here = dataclasses.replace(sp.entity, source="gathering")
                return Span(sp.i, sp.j, here, here.participant())
            return sp
        if not told or any(sp.label == "LOC" and sp.i < k and not self._persons_country(v, sp, k) for sp in v.spans):
            return None  # (with told, a place named before it in the sentence, but not as where it is held)
        return self._told_gathering_place(v, frozenset({w[k - 2]}), k - 2)

    _stand_in = key("जगह")

    def _before_subject(self, v: SentView, k: int) -> int:
        """Where the person named right before k starts, with the posts, the country's genitive and the stand-in
        ("उनकी जगह") before the name: "बाली में हुए एपेक सम्मेलन में [उनकी जगह विदेश मंत्री जॉन केरी] पहुँचे",
        "सम्मेलन में [मेडागास्कर के राष्ट्रपति हेरी राजाओनारिमाम्पियानिना] भी पहुंचे". k itself with no person there."""
        w, r = v.words, self.roles
        person = next((sp for sp in v.spans if sp.j == k and sp.label == "PER"), None)
        if person is None:
            return k
        m = person.i
        while m > 0:
            if w[m - 1] in r.title_words or w[m - 1] in r.role_nouns:
                m -= 1
                # (a portfolio or two before the post: "विदेश मंत्री", "उप विदेश मंत्री")
                while m > 0 and m - 1 not in v.span_at and not any(sp.i < m <= sp.j for sp in v.spans) and w[m - 1] \
                        not in r.markers and w[m - 1] not in r.particles and _word(w[m - 1]) and w[m - 1] != self._stand_in \
                        and person.i - m < POST_WORDS:
                    m -= 1
            elif m > 1 and w[m - 1] in r.genitive and any(sp.j == m - 1 and sp.label in ("LOC", "ORG") for sp in v.spans):
                m = next(sp.i for sp in v.spans if sp.j == m - 1)  # "मेडागास्कर के राष्ट्रपति"
            elif w[m - 1] == self._stand_in and m > 1 and (w[m - 2] in r.genitive_pronouns or w[m - 2] in r.genitive):
                m -= 2  # "उनकी जगह", "ओबामा की जगह" (the name before the genitive is the one replaced)
                if w[m] in r.genitive and m > 0 and any(sp.j == m for sp in v.spans):
                    m = next(sp.i for sp in v.spans if sp.j == m)
            else:
                break
        return m

    def _told_gathering_place(self, v: SentView, gatherings: frozenset[str], at: int) -> Span | None:
        """"उनकी जगह विदेश मंत्री एलियास हाउआ समारोह में पहुंचे": a gathering with no place in its sentence is the one a
        sentence before held in a named place, with one of the words `gatherings` (the same word: "वालपाराइसो में हुए समारोह
        में ..."): the place marked by में nearest before that word there, up to GATHERING_SENTENCES_BACK sentences back."""
        views, n = self._views or [], self._n_view  # (the sentence read, during extract())
        for back in views[max(0, n - GATHERING_SENTENCES_BACK):n][::-1]:
            bw = back.words
            for g in [m for m, x in enumerate(bw) if x in gatherings][::-1]:
                # before it ("वालपाराइसो में हुए समारोह") or after it ("शिखर सम्मेलन सोमवार को मलाबो में शुरू हुआ")
                sp = next((sp for sp in reversed(back.spans) if sp.label == "LOC" and not sp.title and not sp.office
                           and sp.j < len(bw) and bw[sp.j] == self._in and not (sp.i > 0 and bw[sp.i - 1] == "-") and (
                               (sp.j < g and g - sp.j <= GATHERING_WORDS
                                and not any(self._is_break(back, m) for m in range(sp.j, g)))
                               or (g < sp.i and sp.i - g <= GATHERING_WORDS
                                   and not any(self._is_break(back, m) for m in range(g, sp.i))))), None)
                if sp is not None:
                    return self._place_at(v, at, sp.entity, "gathering")
        return None

    _dative = key("को")
    _with = (key("के"), key("साथ"))

    def _arrival_place(self, v: SentView, i: int) -> Span | None:
        """Coming with no place in its clause (visit.toml arrivals), right after who comes, a time or a companion:
        "दक्षिण अफ़्रीका के राष्ट्रपति जैकब ज़ूमा रविवार सुबह आए", "मुर्सी को भी आना था", "... प्रतिनिधिमंडल के साथ आए" -
        the place the last visit went to, told up to ARRIVAL_SENTENCES_BACK sentences before (its token the verb's).
        With no such visit, a gathering or a trip that was to be ("ओर्टेगा को भी सम्मेलन में आना था") comes to where
        the story's gathering was held (_told_gathering_place, any gathering word) or else where the story is (its
        dateline, or the place its lead is in)."""
        w = v.words
        if w[i] not in self.lex.arrivals and not (w[i] in self.lex.verb_stems and self._motion_verb(w, i)):
            return None
        recent = self._visited is not None and self._visited[0] >= self._n_view - ARRIVAL_SENTENCES_BACK
        k = i
        while k > 0 and (w[k - 1] in self.roles.particles or w[k - 1] in self.status.negation):
            k -= 1  # "फ़हमी बैठक में नहीं आ सके"
        gathering = None
        marker = 1 if k > 1 and w[k - 1] == self._in else 2 if k >= 2 and _match_at(w, k - 2, self.roles.purpose) == 2 else 0
        if marker and k > marker + 1 and w[k - marker - 1] in self.lex.gatherings:
            # "गिलार्ड को भी समारोह में आना था", "... को भी इस बैठक के लिए आना था"
            gathering = k - marker - 1
            k = gathering
            while k > 0 and (w[k - 1] in self.roles.particles or w[k - 1] in self.roles.demonstratives):
                k -= 1
        if w[i] not in self.lex.arrivals and gathering is None:
            return None  # a stem comes only to a gathering: "फ़हमी बैठक में नहीं आ सके"
        obliged = k > 1 and w[k - 1] == self._dative
        if obliged:
            k -= 1  # "मुर्सी को भी आना था"
        timed = k
        while timed > 0 and w[timed - 1] in self.lex.times_of_day:
            timed -= 1  # "रविवार सुबह आए"
        if not (any(d[1] in (k, timed) for d in v.dates) or tuple(w[max(k - 2, 0):k]) == self._with
                or any(sp.j == k and sp.label == "PER" for sp in v.spans)):
            return None
        lo, hi = self.clause(v, i, i + 1)
        if self._trip_place_told(v) is not None or any(
                sp.label == "LOC" and lo <= sp.i < hi and not self._persons_country(v, sp, len(w)) for sp in v.spans):
            # a place named in the clause is where, or whence, they came; so is one the sentence gives the trip
            # ("... को भी बैठक में आना था, लेकिन ... उनका भारत दौरा रद्द हो गया"), not one in another clause ("लेकिन
            # उनकी जगह उपराष्ट्रपति ... ने दक्षिण अफ़्रीका की नुमाइंदगी की")
            return None
        if recent:
            return self._place_at(v, i, self._visited[1], "arrival")
        if gathering is None and not obliged:
            return None
        if gathering is not None:
            told = self._told_gathering_place(v, self.lex.gatherings, gathering)
            if told is not None:
                return told
        return self._place_at(v, i, self._venue, "arrival") if self._venue is not None else None

    def _trip_place_told(self, v: SentView, before: int | None = None) -> Span | None:
        """The last place the sentence names right before a motion verb or a trip noun ("काबुल आना था", "भारत दौरा"),
        before token `before`, no person's country."""
        w = v.words
        end = len(w) if before is None else before
        return next((sp for sp in reversed(v.spans) if sp.label == "LOC" and sp.j < end
                     and not self._persons_country(v, sp, len(w))
                     and (self._motion_verb(w, sp.j) or _match_at(w, sp.j, self.lex.strong))), None)

    def _attends_abroad(self, v: SentView, i: int) -> bool:
        """A word of taking part at i after a gathering held in a named place ("नोम पेन्ह में होने वाले आसियान
        सम्मेलन में हिस्सा लेंगे"), told as what the subject does there, not the purpose of a motion verb after it
        ("... सम्मेलन में हिस्सा लेने तेहरान पहुंचे" is that verb's trip)."""
        place = self._gathering_place(v, i)
        w = v.words
        return (place is not None and place.j < len(w) and w[place.j] == self._in
                and not any(self._motion_verb(w, k) for k in range(i + 1, min(i + 4, len(w)))))

    _ne = key("ने")
    _in = key("में")
    _se = key("से")
    _progressive = frozenset(key(x) for x in ("रहा", "रही", "रहे"))  # "बनाने जा रही है": about to build

    def _outer_place(self, v: SentView, k: int) -> Span | None:
        """The named place a few words before k, or whose genitive stands there, when those words name
        a spot in it that no list has ("कीव के इंडिपेंडेंस स्क्वेयर पहुँचीं"): words that are no ordinary
        Hindi word, office or title ("भारत के प्रधानमंत्री पहुंचे", "धनबाद भेजा गया"), number or mark."""
        w, r = v.words, self.roles
        for m in range(k - 1, max(k - 2 - INNER_PLACE_WORDS, -1), -1):
            if w[m] in r.genitive:
                if m == k - 1:
                    return None
                return next((sp for sp in v.spans if sp.j == m and sp.label == "LOC" and not sp.title
                             and not sp.office), None)
            sp = next((sp for sp in v.spans if sp.i <= m < sp.j), None)
            if sp is not None:
                # "रियो डी जेनेरो पहुँचे": a named place the unnamed words only continue
                return sp if sp.label == "LOC" and not sp.title and not sp.office else None
            if w[m] in r.ordinary_words or w[m] in r.title_words or w[m] in r.role_nouns or not _word(w[m]):
                return None  # "धनबाद भेजा गया", "भारत वर्ल्ड कप जीत गया": ordinary words are no place's name
        return None

    # -- clauses ----------------------------------------------------------
    def clause(self, v: SentView, i: int, j: int) -> tuple[int, int]:
        lo = i
        while lo > 0 and not self._is_break(v, lo - 1):
            lo -= 1
        hi = j
        while hi < len(v.words) and not self._is_break(v, hi):
            hi += 1
        return lo, hi

    def _is_break(self, v: SentView, k: int) -> bool:
        """Clause words and punctuation; a comma only when it does not separate names or dates in a list."""
        w = v.words
        if w[k] in self.roles.clause_breaks:
            if w[k] in self.roles.subject_clause_openers and any(sp.j == k and sp.label == "PER" for sp in v.spans):
                return False  # "मनमोहन सिंह जब अस्ताना गए थे": the person before जब is its subject
            return not v.named(k)  # "जो" of "जो बाइडन" is a name
        if w[k] != ",":
            return False
        if any(i < k < j for i, j, _ in v.dates) or any(sp.i < k < sp.j for sp in v.spans):
            return False  # "18 फरवरी, 2025"
        p = k - 1
        if p >= 0 and w[p] == ")":  # "अरविंद केजरीवाल (दिल्ली),"
            while p >= 0 and w[p] != "(":
                p -= 1
            p -= 1
        after_name = p >= 0 and (any(sp.j == p + 1 for sp in v.spans) or any(d[1] == p + 1 for d in v.dates))
        # A list goes on when another name or date starts within a few words ("हर्षवर्धन, स्वास्थ्य राज्य
        # मंत्री अश्विनी कुमार चौबे"); "दिल्ली सरकार तैयार, हर्षवर्धन के साथ" is two clauses.
        before_name = any(k < sp.i <= k + 5 for sp in v.spans) or any(k < d[0] <= k + 2 for d in v.dates)
        return not (after_name and before_name) and not self._office_list(w, k) and not self._word_list(v, k)

    _joiners = frozenset(key(x) for x in ("और", "व", "एवं", "तथा"))
    _setting_cases = frozenset(key(x) for x in ("में", "पर"))

    def _place_setting(self, v: SentView, i: int) -> bool:
        """A named place starting at i that is where something happens: "दिल्ली में", "काबुल में"."""
        sp = v.span_at[i]
        return sp.label == "LOC" and not sp.office and sp.j < len(v.words) and v.words[sp.j] in self._setting_cases

    def _word_list(self, v: SentView, k: int) -> bool:
        """The comma at k joins single words in a list closed by और: "दोनों देश व्यापार, कृषि और सीमा
        से जुड़े ... समझौतों पर हस्ताक्षर करेंगे" is one clause. Not after a verb ("कहा, भारत और चीन")."""
        w, r = v.words, self.roles

        def plain(i: int, genitive: bool = False) -> bool:
            x = w[i]
            if genitive and (x in r.genitive or x == "-"):
                return True  # "हाथियों के संरक्षण", "विज्ञान-प्रौद्योगिकी": an item may hold a genitive or a hyphen
            return (_word(x) and x not in r.markers and x not in r.particles and x not in r.auxiliaries
                    and x not in r.clause_breaks and x not in self.lex.light and x not in r.speech_verbs
                    and not v.named(i))

        if k == 0 or not plain(k - 1):
            return False
        # "व्यापार, कृषि और सीमा"; "आर्थिक गलियारे, समुद्री सहयोग और उपग्रह नेविगेशन"; "हाइड्रोकार्बन, कृषि,
        # हाथियों के संरक्षण और सामुदायिक विकास", "सज़ायाफ़्ता क़ैदियों के हस्तांतरण, नशीले पदार्थों की तस्करी की रोकथाम,
        # पर्यटन और ...": items of one to six words up to the joiner that closes the list
        # (an item of more than three words is a noun phrase of genitives, no compound postposition: "रॉक फॉस्फेट के
        # लिए आरएसएमएमएल और ..." after a headline's "... से की मुलाकात," is a clause of its own)
        at = k
        for _ in range(LIST_ITEMS):
            n = next((n for n in range(2, LIST_ITEM_WORDS + 2) if at + n < len(w) and w[at + n] in (self._joiners | {","})
                      and all(plain(i, genitive=0 < i - at - 1 < n - 2) for i in range(at + 1, at + n))
                      and (n <= 4 or not any(x in r.postposition_heads for x in w[at + 1:at + n]))), 0)
            if not n:
                return False
            if w[at + n] in self._joiners:
                return True
            at += n
        return False

    def _office_list(self, w: list[str], k: int) -> bool:
        """The comma at k joins a list of offices that ends in "और/व <office> <marker>": "चीफ सेक्रेटरी,
        हेल्थ सेक्रेटरी व अन्य वरिष्ठ अधिकारियों के साथ बैठक" is one clause."""
        r = self.roles
        if k == 0 or w[k - 1] not in r.role_nouns:
            return False
        m, joined = k + 1, False
        while m < len(w) and m - k <= 8:
            x = w[m]
            if x in r.clause_breaks or x == ",":
                return False
            if x in r.coordinators:
                joined = True
            elif x in r.markers:
                return joined and w[m - 1] in r.role_nouns
            m += 1
        return False
