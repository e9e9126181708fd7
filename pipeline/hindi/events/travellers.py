"""Step 3b: who travels when case marking names no traveller for a visit: a person named after a
motion participle, a pronoun standing for the last subject, the owner of a plane or ship, the
subject of an own trip ("अपना ... दौरा")."""
from __future__ import annotations

from ...core.document import Entity
from .document_index import SentView, Span, to_be, verb_gender
from .lexicons import _match_at, key

# Modifiers allowed between a reflexive possessive and its trigger ("अपना तीन दिवसीय भारत दौरा"), and
# between an owner's genitive and its vehicle ("भारत का एक विशेष विमान").
POSSESSIVE_REACH = 3
VERB_AFTER_NOUN = 8  # words from a trip noun to the motion verb that tells it ("यात्रा पर शुक्रवार को ... पहुंचे")
# Words from a motion participle to the traveller it describes ("दौरे पर गए पाकिस्तान के राष्ट्रीय
# आपदा एजेंसी के प्रमुख मेजर जनरल आलम सईद").
TRAVELLER_WORDS = 12
INVITER_WORDS = 4  # words of an inviter's name between an infinitive's case and the invitation ("आने का पुतिन का न्योता")
CONJUNCTIVE = key("कर")  # "जाकर", "पहुंचकर": a conjunctive participle, which describes no noun after it


class TravellerFinder:
    """RoleFinder's traveller fallbacks for the VISIT frame (uses self.lex, self.roles, self.tense, self._skip)."""

    def _own_trip(self, w, at: int, trig) -> bool:
        """A reflexive possessive before the trigger makes the ने-subject at `at` its traveller, whatever
        the verb: "मनमोहन सिंह ने अपना अमरीका दौरा रद्द कर दिया", "X ने अपनी भारत यात्रा टाल दी"."""
        return any(x in self.lex.reflexives for x in w[max(at + 1, trig[0] - POSSESSIVE_REACH - 1):trig[0]])

    _in = key("में")

    def _during_trip(self, v: SentView, sp: Span, trig) -> bool:
        """"मोदी ने जापान यात्रा के दौरान आबे से मुलाकात की", "बैनीमरामा ने फ़रवरी में किरिबाती की यात्रा के दौरान कहा":
        a trip noun told as the time of its clause (trip_during) after the ने-subject sp, with only places between
        them, one in a country: sp made the trip, whatever the verb."""
        w = v.words
        n = _match_at(w, trig[1], self.lex.trip_during)
        if not n or w[trig[1]] == self._in or w[trig[0]] in self.lex.verbs:
            return False
        between = [p for p in v.spans if sp.j <= p.i and p.j <= trig[0]]
        return all(p.label == "LOC" and not p.office for p in between) and any(p.entity.country for p in between)

    def _controlled_trip(self, w, trig, hi: int) -> bool:
        """The trigger is an infinitive ("जाने") governed by a noun of deciding, announcing, refusing or
        promising, or an invitation accepted: "ढाका जाने से भी इनकार कर दिया", "कोलंबो न जाने का एलान", "दिल्ली आने
        का न्योता स्वीकार कर लिया": the ने-subject is the traveller."""
        if not w[trig[0]].endswith(key("ने")) or trig[1] >= hi or w[trig[1]] not in self._infinitive_cases:
            return False
        k = self._skip(w, trig[1] + 1, hi)
        # (an inviter's genitive before the invitation: "सोची ... खेलों में आने का पुतिन का न्योता स्वीकार कर लिया")
        inviter = next((m + 1 for m in range(k, min(hi - 1, k + INVITER_WORDS)) if w[m] in self._infinitive_cases
                        and w[m + 1] in self.lex.invitations), None)
        k = inviter if inviter is not None and k < hi and w[k] not in self.lex.control_nouns else k
        if k < hi and w[k] in self.lex.invitations:
            return any(x in self.lex.accept_verbs for x in w[k + 1:min(hi, k + 3)])  # accepted, not given
        return k < hi and w[k] in self.lex.control_nouns

    _infinitive_cases = frozenset(key(x) for x in ("से", "का", "की", "के"))
    _agent = key("ने")

    def _invitee_pronoun(self, v: SentView, lo: int, hi: int, trig) -> Span | None:
        """"हसीना ने उन्हें ढाका आने का न्योता दिया": a dative pronoun (roles.toml obligation_pronouns) before a motion
        infinitive that an invitation governs stands for the sentence's recent subject, when a named inviter (the
        ने-subject before it) is someone else and no other person is named between; when the recent subject invites,
        for the one other person the sentence before named. (An invitation accepted is the subject's own trip:
        _controlled_trip.)"""
        person, w = v.recent_subject, v.words
        if person is None or not w[trig[0]].endswith(self._infinitive_ending_ne) or trig[1] >= hi \
                or w[trig[1]] not in self._infinitive_cases:
            return None
        k = self._skip(w, trig[1] + 1, hi)
        if not (k < hi and w[k] in self.lex.invitations) or any(x in self.lex.accept_verbs for x in w[k + 1:min(hi, k + 3)]):
            return None
        at = next((m for m in range(lo, trig[0]) if w[m] in self.roles.obligation_pronouns
                   and not v.named(m)), None)
        if at is None:
            return None
        inviter = next((sp for sp in v.spans if lo <= sp.i and sp.j <= at and sp.j < len(w) and (
            w[sp.j] == self._agent or w[sp.i] in self.roles.ergative_pronouns)), None)  # (or "उन्होंने", read as who)
        if any(sp.label == "PER" and sp is not inviter for sp in v.spans if lo <= sp.i and sp.j <= at):
            return None  # "... से मुलाक़ात कर उन्हें": the person just named, not the recent subject
        if any(x in self.roles.ergative_pronouns for x in w[lo:at]) or (
                inviter is not None and _name(inviter.entity) == _name(person)):
            # "उन्होंने उन्हें", "X ने उन्हें" with X the recent subject: who invites is not the one invited, who is
            # the one other person the sentence before named ("X ने Y से मुलाक़ात की। X ने उन्हें ... आने का न्योता दिया")
            others = {_name(e): e for e in v.people_before if _name(e) != _name(person)}
            if len(others) != 1:
                return None
            person = next(iter(others.values()))
        elif inviter is None:
            return None
        return Span(at, at + 1, person, person.participant(), title=True)

    def _vehicle_owner(self, v: SentView, lo: int, trig) -> Span | None:
        """"भारत का विशेष विमान ... मुंबई पहुंचा", "पुतिन का विमान ... मनागुआ में उतरा": the named owner (a country, body
        or person) of a plane or ship that is the subject (no case marker after it) of a motion verb."""
        w = v.words
        if w[trig[0]] not in self.lex.verbs and w[trig[0]] not in self.lex.verb_stems and not any(
                x in self.lex.verbs for x in w[trig[1]:trig[1] + VERB_AFTER_NOUN]):
            return None  # a motion verb, or a trip noun with one after it ("सद्भावना यात्रा पर ... पहुंचे")
        for k in range(lo, trig[0]):
            if w[k] not in self.lex.vehicles or (k + 1 < len(w) and w[k + 1] in self.roles.markers):
                continue
            m = anchor = k
            for _ in range(2):  # "भारतीय नौसेना के पूर्वी बेड़े के चार युद्धपोत": the owner of the owner
                while m > lo and anchor - m < POSSESSIVE_REACH and w[m - 1] not in self.roles.genitive:
                    m -= 1  # "का एक विशेष विमान"
                if m <= lo or w[m - 1] not in self.roles.genitive:
                    break
                # (a person's plane carries the person: "पुतिन का विमान ... मनागुआ में उतरा")
                # (named: "उनका विमान" may be the host's word for the guest's plane)
                owner = next((sp for sp in v.spans if sp.j == m - 1 and (sp.label in ("LOC", "ORG") or (
                    sp.label == "PER" and not sp.title))), None)
                if owner is not None:
                    return owner
                m = anchor = m - 1
        return None

    def _pronoun_traveller(self, v: SentView, lo: int, hi: int, trig) -> Span | None:
        """"हाल ही में वह सऊदी अरब की यात्रा से वापस लौटे हैं": a nominative pronoun (no case marker
        after it) before the trigger in its clause, with an honorific verb, stands for the sentence's
        recent subject."""
        person, w, r = v.recent_subject, v.words, self.roles
        if person is None:
            return None
        for k in range(lo, trig[0]):
            # (a source is no subject: "पाकिस्तानी अधिकारियों के मुताबिक़ वह सोमवार को लंदन जाएंगे"; nor a place
        # told as where from or after: "नाइजीरिया से वे अंगोला जाएंगे")
            # (nor a place gone to before or after: "मलाबो जाने से पहले बुधवार को वे अल्जीरिया गए थे")
            # (nor a list of such places: "कुवैत, ओमान और क़तर के बाद वे ... पहुंचे")
            if any(sp.i <= k < sp.j and not _match_at(w, sp.j, r.source)
                   and not (sp.label == "LOC" and not sp.office and (
                       _match_at(w, self._places_end(v, sp), r.place_adverbials) or (
                           sp.j + 1 < len(w) and w[sp.j] in r.motion_infinitives and _match_at(w, sp.j + 1, r.sequence))))
                   for sp in v.spans) \
                    or any(x in r.relatives for x in w[:k]):
                return None  # somebody or something named first: the pronoun is not the subject
            if w[k] in r.obligation_pronouns and self._obligation(w, trig):
                return Span(k, k + 1, person, person.participant(), title=True)
            if w[k] in r.traveller_pronouns and not (k + 1 < len(w) and w[k + 1] in r.markers):
                verbs = w[trig[0]:hi]  # the trigger may be the verb itself: "वे बंगलौर भी जाएंगी"
                # (a feminine participle before a plural auxiliary is no singular: "वे जुलाई में काठमांडू गई थीं")
                if any(x in r.honorific_verbs for x in verbs) and not any(
                        x in r.singular_verbs and not (m + 1 < len(verbs) and verbs[m + 1] in r.plural_auxiliaries)
                        for m, x in enumerate(verbs)):
                    # the verb's gender names the person when the recent subject is of the other one: "करीमोव
                    # ... । वे शुक्रवार को तुर्कमेनिस्तान पहुंचेंगी" is the woman named before
                    # (news names more men than women: a person of unknown gender is taken for a man, whom a
                    # feminine verb only leaves when a woman was named before)
                    gender = verb_gender(verbs, r)
                    known = v.genders.get(person.canonical or person.text)
                    if gender == "F" and known != "F" and "F" in v.by_gender:
                        person = v.by_gender["F"]
                    elif gender == "M" and known == "F":
                        person = v.by_gender.get("M") or v.by_gender.get("not F")
                        if person is None:
                            return None
                    return Span(k, k + 1, person, person.participant(), title=True)
                return None
        return None

    @staticmethod
    def _places_end(v: SentView, sp: Span) -> int:
        """Where the list of places sp opens ends: "[कुवैत, ओमान और क़तर] के बाद"."""
        w, k = v.words, sp.j
        while k + 1 < len(w) and w[k] in (",", key("और")) and k + 1 in v.span_at and v.span_at[k + 1].label == "LOC":
            k = v.span_at[k + 1].j
        return k

    _infinitive_ending_ne = key("ने")

    def _obligation(self, w: list[str], trig) -> bool:
        """The trigger is a motion infinitive before "था/है" (roles.toml obligation_auxiliaries), particles between:
        "जाना था", "आना है", "जाना भी था"; or a conjunctive participle of such a clause ("उन्हें कोन्या जाकर ...
        दरगाह पर भी जाना था"), up to the clause's end."""
        if w[trig[0]] not in self.lex.verbs:
            return False
        if not w[trig[0]].endswith(CONJUNCTIVE):
            return to_be(w, trig[0], self.roles)
        for m in range(trig[1], len(w)):
            if w[m] in self.roles.clause_breaks or w[m] in (",", "।", "."):
                return False
            if to_be(w, m, self.roles):
                return True
        return False

    def _traveller_after(self, v: SentView, trig, hi: int) -> Span | None:
        """"<place> के दौरे पर गए/पहुंचे <X>": a motion participle after the trigger describes the
        traveller named after it ("... दौरे पर गए पाकिस्तान के ... प्रमुख मेजर जनरल आलम सईद का हेलीकॉप्टर",
        "पाकिस्तान के दौरे पर पहुंचे चीनी प्रधानमंत्री को"): the first person, or office of a country,
        within a few words, with no verb or clause break between."""
        w = v.words
        if w[trig[0]] in self.lex.verbs and w[trig[0]].endswith(CONJUNCTIVE):
            return None  # "वे दिल्ली जाकर प्रधानमंत्री मोदी से मिलेंगे": who is after it is met, not travelling
        if w[trig[0]] in self.lex.verbs:
            k = trig[1]  # a headline opening with the verb: "काबुल पहुँचे अमरीकी रक्षा मंत्री चक हेगल"
        else:
            k = self._skip(w, trig[1], hi)
            if k < hi and w[k] == key("से"):
                # "जापान और चीन की यात्रा से स्वदेश लौटीं प्रधानमंत्री शेख़ हसीना ने"
                k += 1 + (k + 1 < hi and w[k + 1] in self.lex.return_homes)
                if not (k < hi and w[k] in self.lex.return_verbs):
                    return None
            else:
                k += 1 if k < hi and w[k] in self.roles.place else 0
                if not (k < hi and w[k] in self.lex.verbs):
                    return None
            k += 1
        if k >= hi or w[k] in self.roles.auxiliaries or w[k] in self.roles.copulas or w[k] in self.tense.progressive \
                or not any(c.isalpha() for c in w[k]) or w[k] in self.roles.coordinators:
            # "दौरे पर गए हैं", "दौरे पर पहुंचे।", "जॉर्डन रवाना होंगे": the verb is the predicate; "वे पेरिस जाएंगे और
            # प्रधानमंत्री एरो से मिलेंगे": who follows "और" is met, not travelling
            return None
        for m in range(k, min(k + TRAVELLER_WORDS, hi)):
            sp = v.span_at.get(m)
            if sp is not None and (sp.label == "PER" or sp.office or (
                    sp.label == "ORG" and w[sp.j - 1] in self.roles.teams)):
                # (a team or delegation travels too: "दक्षिण अफ्रीका पहुंची भारतीय क्रिकेट टीम")
                return sp
            if w[m] in self.roles.genitive and any(o.j == m and o.label in ("LOC", "ORG") for o in v.spans):
                continue  # the country or body of the post: "दौरे पर गईं पाकिस्तान की विदेश मंत्री हिना रब्बानी खार"
            if w[m] in self.roles.agent or w[m] in self.lex.light or w[m] in self.lex.verbs:
                return None
        return None

    def _returner_after(self, v: SentView, trig, hi: int) -> Span | None:
        """"अमरीका की यात्रा के बाद प्रधानमंत्री नरेंद्र मोदी बुधवार सुबह स्वदेश वापस लौटे": after the end of
        a trip (trip_ends), the first person or office named, with no case marker after it, who then comes
        home (a return verb and a home word later in the clause) made the trip; during it (trip_during),
        the first one named, as the ने-subject ("यात्रा के दौरान राष्ट्रपति प्रणब मुखर्जी ने ... कहा")."""
        w, r = v.words, self.roles
        during = _match_at(w, trig[1], self.lex.trip_during)
        n = during or _match_at(w, trig[1], self.lex.trip_ends)
        if not n:
            return None
        for m in range(trig[1] + n, min(trig[1] + n + TRAVELLER_WORDS, hi)):
            sp = v.span_at.get(m)
            if sp is not None:
                if not (sp.label == "PER" or sp.office):
                    return None
                if during:  # "यात्रा के दौरान राष्ट्रपति प्रणब मुखर्जी ने ..."
                    # to a country or a place in one: "अपनी एशिया यात्रा के दौरान ओबामा ने उत्तर कोरिया को
                    # चेतावनी दी" tells the warning, and a continent is no party to a visit
                    to_country = any(p.label == "LOC" and p.entity.country and p.j <= trig[0] for p in v.spans)
                    return sp if sp.j < hi and w[sp.j] == key("ने") and to_country else None
                if sp.j < hi and w[sp.j] in r.markers:
                    return None
                after = w[sp.j:hi]
                home = any(x in self.lex.return_homes for x in after)
                return sp if home and any(x in self.lex.return_verbs for x in after) else None
            if w[m] in r.markers or w[m] in self.lex.verbs or w[m] in self.lex.light:
                return None
        return None

    def _relative_antecedent(self, v: SentView, lo: int) -> Span | None:
        """"मुख्य अतिथि जापान के प्रधानमंत्री शिंज़ो आबे होंगे, जो ... भारत दौरे पर आएंगे": a clause opened by
        ", जो" tells of the person (or office) named right before the comma, a copula between."""
        w, r = v.words, self.roles
        if lo < 3 or w[lo - 1] != key("जो") or w[lo - 2] != ",":
            return None
        k = lo - 2
        while k > 0 and (w[k - 1] in r.auxiliaries or w[k - 1] in r.copulas or w[k - 1] in self.tense.progressive
                         or w[k - 1] in self.lex.light or w[k - 1] in self.lex.presence or w[k - 1] in r.particles):
            # "आबे होंगे, जो", "... की अगुआई विदेश मंत्री वलीद मुअल्लिम करेंगे, जो", "सह-अध्यक्षता ... हुन सेन कर रहे हैं,
            # जो", "मुराद इब्राहिम भी मौजूद थे, जो": the verb group of the main clause, its subject before it
            k -= 1
        return next((sp for sp in v.spans if sp.j == k and (sp.label == "PER" or sp.office)), None)


def _name(e: Entity) -> str:
    return e.canonical or e.text
