"""Step 3: the participants of a trigger by role, from case marking (the postposition after a
name or a list of names) or, when the document carries a dependency parse, from the parse."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ...core.document import Document
from .. import deproles
from .document_index import SentView, Span
from .lexicons import _match_at, _word, key
from .travellers import TravellerFinder

TALKS_REACH = 4  # words from a counterpart's marker to the noun of the talks it belongs to
HOLDER_WORDS = 3  # words of an untagged name after an office ("... के विदेश सचिव जयनाथ कोलंबेज से")

# Modifiers allowed between a genitive and its trigger ("का तीन दिवसीय भारत दौरा").
MODIFIER_WORDS = 3

# Role names used internally.
ACTOR, TARGET, LOCATION = "actor", "target", "location"


class RoleMap(dict):
    """roles_of's result (role -> spans) and what the roles were read from: "parse" (dependency
    relations), "rules" (case markers, in a parsed document), None (no parse in the document)."""
    source: str | None = None
    via: str | None = None  # the visit rule that found the traveller or place, when not case marking
    attendance: bool = False  # the clause tells who attended ("बैठक में X भी मौजूद थे")

    def replaced(self, **roles) -> "RoleMap":
        """A copy with some roles replaced, keeping what they were read from."""
        out = RoleMap({**self, **roles})
        out.source, out.via, out.attendance = self.source, self.via, self.attendance
        return out


@dataclass
class DepRoles:
    """A trigger's argument candidates from the parse (pipeline/hindi/deproles.py)."""
    cands: list  # deproles.RoleCandidate, token indices into the sentence
    trigger: int  # the trigger's head token, index into the sentence
    offset: int  # Sentence.tok_start: the sentence's tokens' heads index Document.tokens



class RoleFinder(TravellerFinder):
    """Extractor's role step (uses self.lex, self.roles, self.status and the clause step)."""

    # -- roles ------------------------------------------------------------
    def _skip(self, w, k, hi, extra=frozenset()) -> int:
        while k < hi and (w[k] in self.roles.particles or w[k] in extra):
            k += 1
        return k

    def marker(self, v: SentView, sp: Span, hi: int, trig: tuple[int, int]) -> tuple[str, int]:
        """The role marker after a span (or after the list it ends), and where it starts."""
        w = v.words
        k = sp.j
        if sp.title and sp.j - sp.i == 1 and (w[sp.i] in self.roles.counterpart_pronouns or (
                w[sp.i] in self.roles.genitive_pronouns and _match_at(w, sp.j, self.roles.counterpart_after_pronoun))):
            return "counterpart", sp.i  # "उनसे": the pronoun carries its से; "उनके साथ"
        if sp.title and sp.j - sp.i == 1 and w[sp.i] in self.roles.ergative_pronouns:
            return "agent", sp.j  # "उन्होंने", "मैंने": the pronoun carries its ने
        if sp.label != "LOC" and _match_at(w, sp.j, self.roles.purpose):
            return "purpose", sp.j  # "संयुक्त राष्ट्र महासभा के लिए न्यूयॉर्क जाएंगे": what the trip is for
        if sp.label == "LOC":
            k = self._skip(w, k, hi, self.roles.place_nouns)  # "वुहान शहर का दौरा"
        if sp.office:
            k = self._unnamed_holder(w, k, hi, trig)  # "श्रीलंका के विदेश सचिव जयनाथ कोलंबेज से": a name no list has
        seen_coord = False
        for _ in range(12):
            if sp.label == "ORG" and not seen_coord and self._post_of_person(v, k, hi):
                return "modifier", k  # "भाजपा अध्यक्ष अमित शाह से": the body of the person's post, no party
            k = self._skip(w, k, hi, self.roles.title_words)
            if k >= hi:
                return "end", k
            if k == trig[0]:
                return "trigger", k
            if w[k] in self.roles.coordinators:
                seen_coord = True
                k += 1
                continue
            nxt = v.span_at.get(k)
            if nxt is not None and seen_coord:
                # Coordinated with the next name, unless that name is only a modifier ("रूस की ओर से B").
                after = self._skip(w, nxt.j, hi, self.roles.place_nouns if nxt.label in ("LOC", "ORG") else frozenset())
                kind, at = self._marker_here(v, after, hi, trig)  # "बिहार और झारखंड राज्यों का दौरा"
                if kind in ("side", "modifier"):
                    k = self._after_marker(v, at, hi)
                    continue
                if kind == "genitive" and self._genitive_reaches(v, kind, at, trig):
                    return kind, at  # "शी जिनपिंग और ... शहबाज शरीफ की बीजिंग में होने वाली बैठक"
                if kind == "genitive" and at + 1 < hi and at + 1 != trig[0]:
                    # "हर्षवर्धन और पीएमओ के वरिष्ठ अधिकारी भी मौजूद रहे": the list goes on with
                    # "<name>'s <people>"; step over the common nouns to the list's own marker.
                    k, free = at + 1, MODIFIER_WORDS
                    while k < hi and free and k != trig[0] and w[k] not in self.roles.markers \
                            and w[k] not in self.roles.particles and k not in v.span_at:
                        k, free = k + 1, free - 1
                    if k > at + 1 and k in v.span_at and v.span_at[k].label == "PER":
                        k = v.span_at[k].j  # "A और संसद के स्पीकर अली लारीजानी से": the nouns are the post of the name
                    seen_coord = False
                    continue
                k = after  # (past its place noun: "भारत और आसियान देशों के बीच")
                seen_coord = False
                continue
            if seen_coord:
                # "X और <noun>" – a list going on with common nouns ("मोदी और अन्य नेता"): keep going,
                # up to the list's own marker ("ईरान और छह विश्व शक्तियों के बीच").
                kind, at = self._marker_here(v, k, hi, trig)
                if kind not in ("bare", "end", "modifier", "genitive", "dative"):
                    return kind, at
                k += 1
                continue
            if k < trig[0] and self._modifiers_to(v, k, trig):
                return "trigger", k  # "भारत-ब्रिटेन मुक्त व्यापार समझौता": the pair names the agreement
            n = _match_at(w, k, self.lex.strong) if k != trig[0] else 0
            if n and _match_at(w, k + n, self.roles.sidelines):
                return "side", k  # "ब्रिक्स शिखर सम्मेलन के हाशिये पर ... मुलाक़ात": BRICS names the setting
            return self._marker_here(v, k, hi, trig)
        return "end", k

    def _post_of_person(self, v: SentView, k: int, hi: int) -> bool:
        """A post (role nouns, titles, title words) starts at k and a person's name follows it."""
        w, m = v.words, k
        while m < hi:
            n = _match_at(w, m, self.roles.title_phrases) or int(w[m] in self.roles.role_nouns or w[m] in self.roles.title_words)
            if not n:
                break
            m += n
        return m > k and m in v.span_at and v.span_at[m].label == "PER"

    def _later_agent(self, v: SentView, sp: Span, trig) -> bool:
        """Another ने-subject stands between sp and the trigger, after a coordinator: sp is the subject of
        an earlier verb ("ली कचियांग ने ... संबोधित किया और कयानी ने उनसे मुलाक़ात की")."""
        w = v.words
        if sp.j >= len(w) or w[sp.j] != key("ने"):
            return False  # "A और B ने": one ने for both
        for o in v.spans:
            if sp.j < o.i and o.j < trig[0] and o.label in ("PER", "ORG") and o.j < len(w) and w[o.j] == key("ने") \
                    and any(x in self.roles.coordinators and x not in (",", "-") for x in w[sp.j:o.i]):
                return True
        return False

    def _modifiers_to(self, v: SentView, k: int, trig) -> bool:
        """Only a few modifying words (no marker, name or punctuation) from k to the trigger."""
        w = v.words
        # "भारत-पाकिस्तान विदेश सचिव स्तर की वार्ता": a level's genitive is part of the modifiers
        level = {m for m in range(k + 1, trig[0]) if w[m] in self.roles.genitive and w[m - 1] in self.roles.levels}
        # ... and so is a word of sequence right before the trigger: "भारत-म्यांमार संयुक्त परामर्श आयोग की अगली बैठक"
        if level and w[trig[0] - 1] in self.roles.sequence_words:
            level.add(trig[0] - 1)
        if trig[0] - k - len(level) > MODIFIER_WORDS:
            return False
        return all(m in level or (w[m] not in self.roles.markers and w[m] not in self.HARD_BREAKS and m not in v.span_at
                                  and w[m] not in self.roles.particles and any(c.isalpha() for c in w[m]))
                   for m in range(k, trig[0]))

    def _own_marker(self, v, sp, hi):
        k = self._skip(v.words, sp.j, hi)
        return self._marker_here(v, k, hi)

    def _after_marker(self, v, at, hi):
        w = v.words
        for phrases in (self.roles.side, self.roles.sidelines, self.roles.chair, self.roles.between, self.roles.counterpart,
                        self.roles.agent):
            n = _match_at(w, at, phrases)
            if n:
                return at + n
        return at + 1

    def _marker_here(self, v: SentView, k: int, hi: int, trig=None) -> tuple[str, int]:
        w = v.words
        if k >= hi:
            return "end", k
        # A name on whose sidelines something happens is no party to it: "संयुक्त राष्ट्र महासभा से इतर".
        for name, phrases in (("source", self.roles.source), ("topic", self.roles.topic),
                              ("side", self.roles.side), ("side", self.roles.sidelines),
                              ("chair", self.roles.chair),
                              ("between", self.roles.between), ("counterpart", self.roles.counterpart),
                              ("agent", self.roles.agent)):
            if _match_at(w, k, phrases):
                return name, k
        if _match_at(w, k, self._after) and k - 1 in {sp.j - 1 for sp in v.spans if sp.label == "LOC"}:
            return "sequence", k  # "कुवैत, ओमान और क़तर के बाद वे ... अमीरात पहुंचे": the legs before, no goal now
        if w[k] in self.roles.genitive:
            # Genitive before a title or a name modifies that name ("दिल्ली के मुख्यमंत्री केजरीवाल").
            m = k + 1
            while m < hi and w[m] in self.roles.title_words:
                m += 1
            if m in v.span_at and trig is not None and (
                    v.span_at[m].j == trig[0] or self._place_of_coming(v, v.span_at[m], trig)
                    or (self.lex.type == "VISIT" and self._outer_place(v, trig[0]) is v.span_at[m])
                    or (m == k + 1 and v.span_at[m].j < hi and w[v.span_at[m].j] in self.SETTING_CASES
                        and self._genitive_reaches(v, "genitive", k, trig))
                    or (m == k + 1 and self._place_in_place(v, v.span_at[m].j)
                        and self._genitive_reaches(v, "genitive", k, trig))
                    or (m == k + 1 and self._places_to(v, v.span_at[m], trig)
                        and self._genitive_reaches(v, "genitive", k, trig))):
                # "पुतिन की भारत यात्रा", "शरीफ की बीजिंग में होने वाली बैठक", "राजपक्षे का आंध्र प्रदेश के तिरुपति
                # जाने का कार्यक्रम"
                return "genitive", k
            if m == k + 1 and trig is not None and self._over_counterpart(v, m, trig) \
                    and self._genitive_reaches(v, "genitive", k, trig):
                return "genitive", k  # "ब्राहिमी की असद से मुलाक़ात": the genitive is the other party
            if trig is not None and self._person_before(v, k) and self._over_counterpart(v, k + 1, trig, by_person=True) \
                    and self._genitive_reaches(v, "genitive", k, trig):
                return "genitive", k  # "सू ची की प्रधानमंत्री यिंगलक शिनावात्रा से भेंट": a person's, over a title
            if m < hi and (m in v.span_at or _match_at(w, m, self.roles.title_phrases) or (
                    w[m] in self.roles.role_nouns and m + 1 in v.span_at and v.span_at[m + 1].label == "PER")):
                return "modifier", k  # "भारत के [विशेष] दूत एम गणपति": the country of the envoy named
            return "genitive", k
        if w[k] in self.roles.place:
            return "place", k
        if w[k] == self._dative:
            return "dative", k
        return "bare", k

    _dative = key("को")
    # (only "के बाद": "ब्रिटेन के पूर्व प्रधानमंत्री", "भारत के पहले राष्ट्रपति" are former and first, not before)
    _after = [tuple(key("के बाद").split())]

    def _places_to(self, v: SentView, sp: Span, trig) -> bool:
        """sp opens a list of places joined by और or commas that ends right before a trip's trigger: "अंसारी का
        [कुस्को] और माचू पिच्चू जाने का कार्यक्रम" (the places visited, not the person's)."""
        w, at = v.words, sp
        if self.lex.type != "VISIT" or sp.label != "LOC" or sp.j >= trig[0]:
            return False
        while at.j < trig[0]:
            nxt = v.span_at.get(at.j + 1)
            if (w[at.j] not in self.roles.joins and w[at.j] != ",") or nxt is None or nxt.label != "LOC":
                return False
            at = nxt
        return at.j == trig[0]

    def _place_of_coming(self, v: SentView, sp: Span, trig) -> bool:
        """The place where the trigger's event is held sits between a genitive and it:
        "<X> की [बीजिंग] में होने वाली बैठक", "<X> और <Y> की [न्यूयॉर्क] में मुलाक़ात"."""
        w, j = v.words, sp.j
        if sp.label != "LOC" or j >= trig[0] or w[j] != key("में"):
            return False
        return j + 1 + _match_at(w, j + 1, self.status.prospective) == trig[0]

    def _predicate(self, w, trig, hi) -> bool:
        """The trigger is the clause's predicate: a light verb follows it ("जापान की यात्रा की"), or it
        is a verb of sending, whose ने-subject is the sender ("केंद्र सरकार ने एक दल केरल भेजा")."""
        if w[trig[0]] in self.lex.send_verbs:
            return True
        k = self._skip(w, trig[1], hi)
        # called off or put off by its subject: "ओबामा ने मलेशिया ... का दौरा रद्द कर दिया", "यात्रा स्थगित कर दी"
        if k < hi and (w[k] in self.status.cancel or w[k] in self.status.postpone):
            return k + 1 < hi and (w[k + 1] in self.lex.light or w[k + 1] in self.roles.give)
        return k < hi and w[k] in self.lex.light

    def _office_of_unnamed(self, v: SentView, sp: Span, hi: int) -> bool:
        """"कैबिनेट सचिव ने", "रूसी विदेश मंत्रालय प्रवक्ता": an office of an unnamed person, not the body."""
        w = v.words
        if sp.label == "PER" or sp.j >= hi or w[sp.j] not in self.roles.role_nouns:
            return False
        m = sp.j
        while m < hi and (w[m] in self.roles.role_nouns or w[m] in self.roles.title_words):
            m += 1
        return not (m in v.span_at and v.span_at[m].label == "PER")

    HARD_BREAKS = frozenset({"।", "?", "!", ";", "|", ":", "कि", "लेकिन", "जबकि"})

    @cached_property
    def _marker_lists(self) -> dict[str, list[str]]:
        """The case-marker lists by kind, in the order _marker_here tries them, as strings for deproles.case_kind."""
        r = self.roles
        lists = {name: [" ".join(p) for p in phrases] for name, phrases in (
            ("side", r.side), ("chair", r.chair), ("between", r.between), ("counterpart", r.counterpart),
            ("agent", r.agent))}
        lists.update(genitive=sorted(r.genitive), place=sorted(r.place))
        return lists

    def _dep_roles(self, doc: Document | None, v: SentView, trig, attendees: bool) -> DepRoles | None:
        """The trigger's arguments from the parse; None when the document carries no parse."""
        if doc is None or not self._has_deps(doc):
            return None
        sent = doc.sentences[v.sent_id] if v.sent_id < len(doc.sentences) else None
        if sent is None or sent.sent_id != v.sent_id:
            sent = next(s for s in doc.sentences if s.sent_id == v.sent_id)
        off, toks = sent.tok_start, v.tokens
        # A multi-word trigger ("शिखर सम्मेलन") by its head word; a noun climbs to its light verb in deproles.
        th = deproles.phrase_head(toks, trig[0], trig[1], off)
        cands = deproles.roles(toks, th, off)
        gov = deproles.head_of(toks, th, off)
        if attendees and gov is not None and deproles.base(toks[th].deprel) == "obl":
            # "बैठक में A और B शामिल हुए": the attendees are the subjects of the verb the meeting is set in.
            cands += [c for c in deproles.roles(toks, gov, off) if c.head != th]
        return DepRoles(cands, th, off)

    def _has_deps(self, doc: Document) -> bool:
        # deproles.has_deps looks at every token of the document: once per extract(), not per trigger.
        if self._deps_of is not None and self._deps_of[0] is doc:
            return self._deps_of[1]
        return deproles.has_deps(doc)

    def _dep_kind(self, v: SentView, sp: Span, dep: DepRoles) -> tuple[str | None, int, bool] | None:
        """(marker kind, index of the marker, genitive of the trigger) for a span from the parse, in
        _marker_here's terms; None when the span is no argument of the trigger (another clause, or a
        modifier: "भारत" in "भारत के प्रधानमंत्री ने")."""
        toks, off = v.tokens, dep.offset
        cand, is_head = deproles.candidate_for(dep.cands, toks[sp.i].start, toks[sp.j - 1].end)
        if cand is not None and is_head:
            kind = deproles.case_kind(cand.case, self._marker_lists, norm=key)
            at = cand.case_tokens[0] if cand.case_tokens else sp.j
            return kind, at, cand.deprel.startswith("nmod") and cand.predicate == dep.trigger
        h = deproles.first_conjunct(toks, deproles.phrase_head(toks, sp.i, sp.j, off), off)
        gov = deproles.head_of(toks, h, off)
        case, case_tokens = deproles.own_case(toks, h, off)
        if cand is not None and gov == cand.head and case is not None and cand.case is not None:
            # A name inside a relational noun: "X की अध्यक्षता में", "X के नेतृत्व में", "X की ओर से".
            kind = deproles.case_kind(f"{case} {cand.text} {cand.case}", self._marker_lists, norm=key)
            if kind in ("chair", "side"):
                return kind, case_tokens[0], False
        if gov == dep.trigger and case is None and sp.j <= dep.trigger:
            return "trigger", sp.j, False  # "भारत यात्रा", "भारत-रूस समझौता": a bare modifier of the trigger
        return None

    def roles_of(self, v: SentView, lo: int, hi: int, trig: tuple[int, int],
                 doc: Document | None = None) -> RoleMap:
        """Participants of the trigger by role. With a dependency parse in ``doc`` (the ``stanza``
        stage), the trigger's arguments and their case markers come from the parse; without one, or
        when the parse gives the trigger no arguments, from the case-marker rules (marker())."""
        t = self.lex.type
        w = v.words
        out = RoleMap({ACTOR: [], TARGET: [], LOCATION: []})
        bare: list[Span] = []
        attendees = self.lex.attend and any(w[k] in self.lex.attend for k in range(trig[1], hi))
        # "बैठक में A, B, ... और C शामिल थे": the list of attendees may run over commas to the verb.
        list_end = hi
        named_attendees: set[tuple[int, int]] = set()
        if self.lex.attend and trig[1] < len(w) and w[trig[1]] == key("में"):
            k = trig[1]
            while k < len(w) and w[k] not in self.lex.attend and w[k] not in self.HARD_BREAKS:
                k += 1
            if k < len(w) and w[k] in self.lex.attend:
                attendees, list_end = True, max(hi, k)
                if k == trig[1] + 1:
                    named_attendees = self._named_after_attend(v, k + 1)
                    list_end = max([list_end] + [j for _, j in named_attendees])
        out.attendance = bool(attendees)
        dep = self._dep_roles(doc, v, trig, attendees)
        parsed = dep is not None and bool(dep.cands)
        if dep is not None:
            out.source = "parse" if parsed else "rules"
        for sp in v.spans:
            end = list_end if sp.i >= trig[1] else hi
            if sp.i < lo or sp.j > end or (sp.i < trig[1] and sp.j > trig[0]):
                continue
            if self._office_of_unnamed(v, sp, end):
                continue
            if t == "VISIT" and sp.label == "LOC" and not sp.office and _match_at(w, sp.j, self.roles.sequence):
                continue  # "दिल्ली के बाद वे पाकिस्तान जाएंगे": the leg before, not where this one goes
            before = sp.j <= trig[0]
            if parsed:
                found = self._dep_kind(v, sp, dep)
                if found is None:
                    continue
                kind, at, gen_of_trigger = found
            else:
                kind, at = self.marker(v, sp, end, trig)
                gen_of_trigger = self._genitive_reaches(v, kind, at, trig) and before
            role = None
            if t == "AGREEMENT" and not before and self._approver_after(w, trig, kind, at, hi):
                # "समझौते को अभी दोनों देशों की संसदों से मंज़ूरी मिलनी है", "करार को संसद ने मंज़ूरी दे दी": the
                # agreement noun is the object of an approval told after it, and sp gives it
                out[ACTOR].append(sp)
                continue
            if kind == "between":
                # "भारत और रूस के बीच वार्ता"; for a visit the pair names the summit, not the traveller.
                role = ACTOR if t != "VISIT" and (before or not self._pair_of_later_noun(w, at, hi)) else None
            elif kind in ("agent", "chair"):
                role = ACTOR if before or kind != "agent" else None
                if role is None and t == "VISIT" and self._chosen_for(w, trig, hi):
                    role = ACTOR  # "पहली विदेश यात्रा के लिए उन्होंने भारत को चुना था": who chose went
                if role is None and (self._agent_of_setting(v, trig, sp) or (attendees and t == "MEETING")):
                    # who spoke at the meeting attended it, and so did each of a list that took part in it
                    # ("शिखर सम्मेलन में ओबामा, कैमरन और मनमोहन सिंह ने हिस्सा लिया")
                    role, out.attendance = ACTOR, True
                if role and kind == "agent" and self._later_agent(v, sp, trig):
                    role = None  # "A ने सीनेट को संबोधित किया और B ने उनसे मुलाक़ात की": A is another verb's
                if role is None and _match_at(w, trig[1], self.roles.chair_after):
                    role = ACTOR  # "बैठक की अध्यक्षता X ने की": X chaired it
                if role is None and kind == "agent" and self._signer_after(w, trig, at, hi):
                    role = ACTOR  # "समझौते पर 1974 में इंदिरा गांधी और शेख़ मुजीबुर रहमान ने हस्ताक्षर किए थे"
                if t == "VISIT" and kind == "agent" and not parsed and not self._predicate(w, trig, hi) and not (
                        before and w[trig[0]].endswith(self._conjunctive)):
                    # "शाह ने ... टीम के बंगाल दौरे के बारे में जानकारी दी": the agent of another verb (but "फ़ुकुदा
                    # ने बीजिंग जाकर शी से मुलाक़ात की": the subject of the main verb went there first).
                    role = None
                    if self._own_trip(w, at, trig):
                        role, out.via = ACTOR, "own_trip"
                    elif self._chosen_for(w, trig, hi):
                        role, out.via = ACTOR, "chosen"  # "मुर्सी ने ... पहली विदेश यात्रा के लिए सऊदी अरब को चुना"
                    elif self._controlled_trip(w, trig, hi):
                        role, out.via = ACTOR, "control"
                    elif self._during_trip(v, sp, trig):
                        role, out.via = ACTOR, "during"
            elif kind == "counterpart":
                # a country with से is a party ("भारत ने रूस से समझौता किया", "अमरीका से ... ख़रीदने के सौदे");
                # another place with से is where from ("दिल्ली से बात की"); one before another event's noun is
                # that event's ("X से बातचीत के बाद दोनों देशों ने ... दस्तख़त किए")
                if t != "VISIT" and not (before and self._governed_by_talks(w, at, trig)) \
                        and (sp.label != "LOC" or sp.office or _match_at(w, at, [("के", "साथ")])
                             or sp.entity.canonical in self._countries) \
                        and not (not before and self._next_verb_after(w, trig, sp.i)):
                    # not one after "और" behind the trigger: "थेन सेन से बातचीत करेंगे और फिर सू ची से ...
                    # मिलेंगे" is another verb's
                    role = TARGET
            elif t == "VISIT" and kind == "genitive" and not before and self._trip_is_of(v, sp, at, trig):
                role = TARGET  # "उनकी पहली विदेश यात्रा अल सल्वाडोर की होगी": the trip is one to that place
            elif kind == "genitive" and gen_of_trigger:
                if t == "VISIT" and sp.label == "LOC" and not sp.office:
                    role = TARGET
                elif (t == "VISIT" and sp.label == "ORG" and not sp.office and self._predicate(w, trig, hi)
                      and any(o.j <= sp.i and o.j < len(w) and _match_at(w, o.j, self.roles.agent) for o in v.spans)):
                    role = TARGET  # "टोपे ने ... सेवनहिल्स अस्पताल का दौरा किया": the body's premises visited
                elif sp.label != "LOC" or sp.office or (sp.entity.canonical in self._countries and (
                        t == "AGREEMENT" or (not parsed and self._over_counterpart(v, at + 1, trig))
                        or (t == "MEETING" and self._paired(v, sp, at)))):
                    # "भारतीय और चीनी सैन्य कमांडरों की बैठक": the officials' countries met; "भारत और
                    # पाकिस्तान की संधि"; "भारत की ईरानी अधिकारियों से बातचीत"; two countries' meeting ("भारत
                    # और चीन की बैठक", "दोनों देशों की अगली शिखर बैठक"); a town's treaty is named after it
                    # ("सालबाई की संधि"), a city's meeting is held there
                    role = ACTOR
            elif kind == "trigger":
                # Right before the trigger: "भारत यात्रा", "मोदी-पुतिन वार्ता", "भारत-रूस समझौता".
                if t == "VISIT":
                    role = TARGET if sp.label == "LOC" else ACTOR
                elif (sp.label != "LOC" or self._country_pair(v, sp) or sp.also
                      or (t == "AGREEMENT" and (sp.office or sp.entity.canonical in self._countries))):
                    # "भारत-पाकिस्तान वार्ता", "भारत-रूस समझौता"; alone a city names where ("दिल्ली बैठक") or
                    # names the agreement ("शिमला समझौता")
                    role = ACTOR
            elif kind == "place":
                if t == "VISIT" and before and self._in_cause(v, at, trig):
                    # "इस्लामाबाद में विपक्ष के धरने के कारण उन्होंने अपना दौरा रद्द कर दिया": what kept them home
                    pass
                elif t != "VISIT" and before and w[at] == key("में") and at + 1 == trig[0] and self._paired(v, sp, at):
                    role = ACTOR  # "तहरीके तालिबान और पाकिस्तानी सरकार में बातचीत": between the two
                elif sp.label == "LOC" and (before or sp.i - trig[1] <= 4) and not (
                        t != "VISIT" and w[at] == self._on and sp.entity.canonical in self._countries):
                    # "मास्को में", "बैठक दिल्ली में होगी"; not a place further on, nor a country talked about
                    # ("सीरिया पर चर्चा हुई")
                    role = LOCATION
                elif t == "MEETING" and before and w[at] == key("में") and attendees:
                    role = TARGET
            elif (kind == "side" and t == "AGREEMENT" and _match_at(w, at, self.roles.side) and self.lex.signing
                  and any(x in self.lex.signing for x in w[trig[0]:hi])
                  and (sp.label == "ORG" or sp.office or sp.entity.canonical in self._countries)):
                # "केंद्र की ओर से ... और राज्य की ओर से मुख्य सचिव ... ने करार पर दस्तखत किए": each side a
                # signatory acts for is a party
                role = ACTOR
            elif kind == "dative" and t == "VISIT" and not before and sp.label == "LOC" and not sp.office \
                    and self._chosen(w, at, hi):
                role = TARGET  # "अपनी पहली विदेश यात्रा के लिए भारत को चुना": the place chosen for it
            elif kind == "dative" and t == "MEETING":
                # "रूहानी को फ़ोन किया": the one called; "मोदी को ... सम्मेलन में हिस्सा लेना था": who was to
                # attend; "सीनेट को संबोधित किया": no party to a meeting
                if before and any(x in self.lex.dative for x in w[trig[0]:trig[1]]):
                    role = TARGET
                elif before and any(x in self.lex.attend for x in w[trig[1]:hi]):
                    role = ACTOR
            elif kind in ("bare", "end", "dative"):
                if before and (sp.label in ("PER", "ORG") or sp.office  # "चीन के रक्षा मंत्री ... भारत आएंगे"
                               # "दोनों देश ... समझौते को अंतिम रूप देने के लिए प्रतिबद्ध हैं": the two as the subject
                               or (sp.also and t != "VISIT")
                               or (self.lex.consent and sp.entity.canonical in self._countries
                                   and any(x in self.lex.consent for x in w[trig[0]:hi]))
                               or (self.lex.signing and sp.entity.canonical in self._countries
                                   and any(x in self.lex.signing for x in w[trig[0]:hi]) and self._paired(v, sp, at))):
                    # "अमरीका और रूस ... पर सहमत हो गए हैं": countries as the subject of agreeing; "भारत और
                    # रूस ... अनुबंध पर ... दस्तख़त करेंगे": a pair of them as the subject of signing
                    role = ACTOR
                    bare.append(sp)
                elif not before and attendees and sp.label in ("PER", "ORG"):
                    role = TARGET  # "बैठक में X भी शामिल हुईं"
            if (sp.i, sp.j) in named_attendees:
                role = TARGET  # "बैठक में मौजूद स्वास्थ्य सचिव प्रीति सूदन ने ..."
            elif (role is None and attendees and not before and sp.label in ("ORG", "LOC")
                  and kind in ("genitive", "modifier") and self._officials_after(w, at, end)):
                role = TARGET  # "बैठक में ... पीएमओ के वरिष्ठ अधिकारी भी मौजूद रहे": the office took part
            if t == "VISIT" and sp.label == "LOC" and role in (None, LOCATION) and self._before_motion(v, sp, end):
                role = TARGET  # "यात्रा पर जापान पहुंचे": the place the traveller reaches
                if sp in out[LOCATION]:
                    out[LOCATION].remove(sp)
            if role:
                out[role].append(sp)
        if t == "VISIT" and any(sp.label == "PER" for sp in out[ACTOR]):
            # The traveller is the person: in "मोदी जी-20 सम्मेलन में ... ओसाका पहुंचे" G20 names the summit.
            out[ACTOR] = [sp for sp in out[ACTOR] if sp.label == "PER" or sp not in bare]
        if not out[ACTOR] and t == "MEETING" and trig[0] <= 1 and w[trig[0]] in self.lex.verbs:
            first = self._joint_people(v, trig[0])  # a headline: "मिले मोदी और ओबामा, ..."
            while first is not None:
                out[ACTOR].append(first)
                first = self._joined_person(v, first)
        if not out[ACTOR] and lo > 0 and t != "AGREEMENT" and self._headline(v):
            first = self._headline_subject(v, lo)
            if first is not None:
                out[ACTOR].append(first)  # "श्रृंगला ... नेपाल पहुंचे, समकक्ष से वार्ता के बाद ओली से मिले"
        if not out[ACTOR] and t != "VISIT":
            last = self._subject_after_verb(v, trig)
            if last is not None:
                out[ACTOR].append(last)  # a headline: "रघुराम राजन से अर्थव्यवस्था पर चर्चा करेंगे राहुल गांधी"
        if not out[ACTOR] and t == "VISIT":
            traveller = (self._traveller_after(v, trig, hi) or self._returner_after(v, trig, hi)
                         or self._relative_antecedent(v, lo))
            if traveller is not None:
                out[ACTOR].append(traveller)
        if not out[ACTOR]:
            speaker = self._speaker(v, lo)
            if speaker is not None:
                out[ACTOR].append(speaker)
        if not out[ACTOR] and out[TARGET] and t == "MEETING":
            owner = self._genitive_pronoun_subject(v, lo, trig)
            if owner is not None:
                out[ACTOR].append(owner)  # "ताशकंद में उनकी राष्ट्रपति इस्लाम करीमोव से मुलाक़ात होनी है"
        if not out[ACTOR] and t == "VISIT":
            # "प्रस्तावित उनकी जापान यात्रा ... टाल दी गई": the pronoun's owner travels (the place between at most)
            owner = self._genitive_pronoun_subject(v, max(lo, self._trip_owner_at(v, trig)), trig)
            if owner is not None and not any(x in self.roles.demonstratives for x in w[max(lo, owner.i - 3):owner.i]):
                # (not "यह उनका पहला दौरा है": the visit already told)
                out[ACTOR].append(owner)
                out.via = "pronoun"
        if not out[ACTOR] and t == "MEETING" and out[TARGET]:
            subject = self._pronoun_traveller(v, lo, hi, trig)
            if subject is not None:
                out[ACTOR].append(subject)  # "वे सोमवार को व्हाइट हाउस में ओबामा से मिलने वाले हैं"
                out.via = "pronoun"
        if not out[ACTOR] and t == "VISIT":
            traveller = self._pronoun_traveller(v, lo, hi, trig)
            if traveller is not None:
                out[ACTOR].append(traveller)
                out.via = "pronoun"
        if not out[ACTOR] and t == "VISIT":
            invitee = self._invitee_pronoun(v, lo, hi, trig)
            if invitee is not None:
                out[ACTOR].append(invitee)
                out.via = "pronoun"
        if not out[ACTOR] and t == "VISIT":
            owner = self._vehicle_owner(v, lo, trig)
            if owner is not None:
                out[ACTOR].append(owner)
                out.via = "vehicle"
        return out

    def _unnamed_holder(self, w: list[str], k: int, hi: int, trig) -> int:
        """After an office, up to HOLDER_WORDS words that are no ordinary Hindi word (the holder's name,
        untagged) and the marker after them: where the office's marker is to be read."""
        m = k
        while m < min(hi, k + HOLDER_WORDS) and m != trig[0] and _word(w[m]) and w[m] not in self.roles.ordinary_words \
                and w[m] not in self.roles.markers and w[m] not in self.roles.title_words:
            m += 1
        return m if m > k and m < hi and w[m] in self.roles.markers else k

    def _signer_after(self, w: list[str], trig, at: int, hi: int) -> bool:
        """The agreement noun is the object of signing ("<noun> पर ... X ने हस्ताक्षर किए") and X's ने (at)
        stands right before the signing word, an adverb between at most."""
        if not self.lex.signing or trig[1] >= len(w) or w[trig[1]] != self._on:
            return False
        return any(x in self.lex.signing for x in w[at + 1:min(hi, at + 4)])

    def _approver_after(self, w: list[str], trig, kind: str, at: int, hi: int) -> bool:
        """The agreement noun, with को, is what an approval word (agreement.toml ratify) after sp is given to:
        "<noun> को X ने मंज़ूरी दी" (sp's ने at `at`), "<noun> को X की/से (औपचारिक) मंज़ूरी मिलनी है" (a form of
        receiving after it: approval_received); an adverb, an adjective or a day between at most."""
        if not self.lex.ratify or trig[1] >= len(w) or w[trig[1]] != self._to:
            return False
        if kind == "agent":
            return any(x in self.lex.ratify for x in w[at + 1:min(hi, at + 4)])  # "ने बुधवार को मंज़ूरी दी"
        if kind not in ("genitive", "counterpart") or w[at] not in (self._of_f, self._from):
            return False
        k = next((m for m in range(at + 1, min(hi, at + 3)) if w[m] in self.lex.ratify), None)
        return k is not None and k + 1 < len(w) and w[k + 1] in self.lex.approval_received

    _on = key("पर")
    _to, _of_f, _from = key("को"), key("की"), key("से")
    _conjunctive = key("कर")  # "जाकर", "पहुंचकर": a conjunctive participle shares the main verb's subject

    def _governed_by_talks(self, w: list[str], at: int, trig) -> bool:
        """The word after the counterpart marker at `at` is a noun of talks (agreement.toml talks_nouns)
        other than the trigger: "राष्ट्रपति X से बातचीत के बाद ... हस्ताक्षर किए"."""
        k = at + _match_at(w, at, self.roles.counterpart)
        # a few modifiers may stand between: "थिन सेन के साथ प्रतिनिधिमंडल स्तर की वार्ता के बाद"
        for m in range(k, min(trig[0], k + TALKS_REACH)):
            if w[m] in self.lex.talks_nouns:
                return True
            if w[m] in self.roles.markers and w[m] not in self.roles.genitive or not _word(w[m]):
                return False
        return False

    @staticmethod
    def _headline(v: SentView) -> bool:
        """A headline: no full stop at its end."""
        return not v.text.rstrip().endswith(("।", ".", "?", "!", "|", "॥", '"', "'"))

    def _headline_subject(self, v: SentView, lo: int) -> Span | None:
        """The person opening a headline, unmarked or with ने: the subject of its later comma clauses too."""
        w = v.words
        sp = next((sp for sp in v.spans if sp.j <= lo), None)
        if sp is None or sp.label != "PER" or any(x == "," or _word(x) and x in self.roles.markers for x in w[:sp.i]):
            return None
        return sp if sp.j >= len(w) or w[sp.j] not in self.roles.markers or _match_at(w, sp.j, self.roles.agent) else None

    def _subject_after_verb(self, v: SentView, trig) -> Span | None:
        """A person that ends the sentence right after the trigger's verb group: the subject of a headline
        told verb first ("... से चर्चा करेंगे राहुल गांधी", "... से मिले मोदी")."""
        w = v.words
        k = trig[1]
        while k < len(w) and (w[k] in self.lex.light or w[k] in self.roles.auxiliaries or w[k] in self.roles.copulas):
            k += 1
        sp = v.span_at.get(k)
        if sp is None or k == trig[1] and not (w[trig[0]] in self.lex.verbs) or sp.label != "PER" or sp.title:
            return None
        return sp if all(not _word(x) for x in w[sp.j:]) else None

    def _trip_owner_at(self, v: SentView, trig) -> int:
        """Where the owner of a trip may stand before its trigger: two words back ("उनकी जापान यात्रा"), or further
        across the places, dates, particles and words of the trip ("उनका शुक्रवार को बेंगलुरु जाने का कार्यक्रम", "उनका बंगलौर
        और हैदराबाद जाने का", "उनका प्रस्तावित जापान दौरा": roles.toml sequence_words, trip_modifiers)."""
        w, k = v.words, trig[0]
        dated = {d[1] for d in v.dates}
        while k > 0:
            m = k - 1
            if any(sp.i <= m < sp.j and sp.label == "LOC" for sp in v.spans) or any(d[0] <= m < d[1] for d in v.dates) \
                    or (m in dated and w[m] == self._to) or w[m] in self.roles.particles or w[m] in self.roles.joins \
                    or w[m] in self.roles.sequence_words or w[m] in self.roles.trip_modifiers or self._place_in_place(v, m):
                k = m
                continue
            break
        return min(k - 1, trig[0] - 2)

    def _place_in_place(self, v: SentView, m: int) -> bool:
        """A genitive at m between two named places, the first holding the second: "आंध्र प्रदेश के तिरुपति",
        "चमोली की नीती घाटी" - where a trip goes, not whose it is."""
        w = v.words
        if m >= len(w) or w[m] not in self.roles.genitive or m + 1 not in v.span_at:
            return False
        before = next((sp for sp in v.spans if sp.j == m), None)
        return before is not None and before.label == "LOC" and v.span_at[m + 1].label == "LOC" \
            and not before.title and not before.office

    def _trip_is_of(self, v: SentView, sp: Span, at: int, trig) -> bool:
        """A place in the genitive right after the trip noun, then a copula: "पहली विदेश यात्रा अल सल्वाडोर की होगी",
        "उनका पहला विदेश दौरा हैती का होगा"."""
        w = v.words
        if sp.label != "LOC" or sp.office or at + 1 >= len(w) or not (
                w[at + 1] in self.roles.copulas or w[at + 1] in self.roles.auxiliaries):
            return False
        k = trig[1]
        date_end = next((d[1] for d in v.dates if d[0] == k), None)
        if date_end is not None and date_end < len(w) and w[date_end] in self.SETTING_CASES:
            k = date_end + 1  # "यात्रा फ़रवरी में न्यूज़ीलैंड और ऑस्ट्रेलिया की होगी"
        first = v.span_at.get(k)  # places only, joined: "न्यूज़ीलैंड और ऑस्ट्रेलिया की"
        return first is not None and first.label == "LOC" and self._places_end(v, first) == at

    def _in_cause(self, v: SentView, at: int, trig) -> bool:
        """The place whose marker is at `at` lies in a cause told before the trigger, in its clause (roles.toml
        causes): "बिश्केक में नई सरकार के गठन की व्यस्तता के चलते ... अपनी यात्रा रद्द कर दी"."""
        w = v.words
        for k in range(at + 1, trig[0]):
            if self._is_break(v, k):
                return False
            if _match_at(w, k, self.roles.causes):
                return True
        return False

    def _genitive_pronoun_subject(self, v: SentView, lo: int, trig) -> Span | None:
        """"उनकी उपराष्ट्रपति हामिद अंसारी से भी भेंट होनी है": a genitive pronoun over the meeting noun,
        the other party between, is the subject of the clause before ("ओबामा ... बीजिंग पहुंचेंगे, जहां
        शी जिनपिंग के साथ उनकी अलग से बैठक भी तय है"), else whom the text is about (its recent subject)."""
        w = v.words
        subjects = [sp for sp in v.spans if sp.j <= lo and sp.label == "PER"
                    and (sp.j >= len(w) or w[sp.j] not in self.roles.markers or _match_at(w, sp.j, self.roles.agent))]
        person = subjects[0].entity if subjects else v.recent_subject
        if person is None:
            return None
        for k in range(lo, trig[0]):
            if w[k] in self.roles.genitive_pronouns and k + 1 < len(w) and w[k + 1] not in self.roles.markers \
                    and not _match_at(w, k + 1, self.roles.counterpart):
                return Span(k, k + 1, person, person.participant(), title=True)
        return None

    def _pair_of_later_noun(self, w: list[str], at: int, hi: int) -> bool:
        """"ये करार A और B के बीच ग्रेट हॉल में हुई बातचीत के बाद हुए": after the trigger, a perfect
        participle followed by a noun (not an auxiliary) ties the pair to that noun."""
        r = self.roles
        for k in range(at + 2, min(hi, at + 10)):
            if w[k] in r.perfect_participles:
                nxt = w[k + 1] if k + 1 < len(w) else ""
                return _word(nxt) and nxt not in r.auxiliaries and nxt not in r.copulas and nxt not in r.markers
            if w[k] in r.clause_breaks:
                return False
        return False

    def _officials_after(self, w: list[str], at: int, end: int) -> bool:
        """Officials of the name follow its genitive at `at`, a modifier or two between ("पीएमओ के
        वरिष्ठ अधिकारी")."""
        for k in range(at + 1, min(at + 4, end)):
            if w[k] in self.lex.officials:
                return True
            if w[k] in self.roles.markers:
                return False
        return False

    ATTENDEE_STOPS = frozenset(key(x) for x in ("ने", "का", "की", "के", "को", "से", "में", "पर", "तक"))

    def _named_after_attend(self, v: SentView, k: int) -> set[tuple[int, int]]:
        """People and bodies named right after "<trigger> में <attend word> [participle]": "बैठक
        में शामिल रहे बीजद सांसद पिनाकी मिश्रा ने", "बैठक में मौजूद स्वास्थ्य सचिव प्रीति सूदन ने" -
        up to the first case marker; a list joined by commas or और runs on."""
        w = v.words
        while k < len(w) and w[k] in self.lex.attend_participles:
            k += 1
        stop = k
        while stop < len(w) and w[stop] not in self.ATTENDEE_STOPS and w[stop] not in self.HARD_BREAKS:
            stop += 1
        return {(sp.i, sp.j) for sp in v.spans if sp.label in ("PER", "ORG") and k <= sp.i and sp.j <= stop}

    def _genitive_reaches(self, v: SentView, kind: str, at: int, trig) -> bool:
        """A genitive that reaches the trigger: "पुतिन की यात्रा", "पुतिन की भारत यात्रा"."""
        if kind != "genitive":
            return False
        w = v.words
        # Names, titles and a few modifiers may stand between: "शी जिनपिंग का तीन दिवसीय भारत दौरा".
        # So may a place and a prospective participle: "शरीफ की बीजिंग में होने वाली बैठक".
        m, free = at + 1, MODIFIER_WORDS
        while m < trig[0]:
            ahead = _match_at(w, m + 1, self.status.prospective) if w[m] == key("में") else 0
            date_end = next((d[1] for d in v.dates if d[0] == m), None)
            over = self._over_counterpart(v, m, trig, by_person=self._person_before(v, at)) if m == at + 1 else 0
            if over:
                m += over  # "ब्राहिमी की असद से मुलाक़ात"
            elif m in v.span_at:
                if v.span_at[m].label == "PER" and self.lex.type == "VISIT" and any(
                        sp.j == at and sp.label == "LOC" and not sp.office for sp in v.spans):
                    return False  # "कनाडा के गवर्नर जनरल डेविड जॉन्स्टन ... दिल्ली पहुंचे": the person's country, no goal
                m = v.span_at[m].j
            elif w[m] in self.roles.joins and m > at + 1 and (m - 1) in {sp.j - 1 for sp in v.spans} and m + 1 in v.span_at:
                m += 1  # "टोपे का बुधवार को औरंगाबाद और जालना जाने का कार्यक्रम": a list of places
            elif m > at + 1 and self._place_in_place(v, m):
                m += 1  # "राजपक्षे का आंध्र प्रदेश के तिरुपति जाने का कार्यक्रम": a place and the place it lies in
            elif date_end is not None and (case := self._date_case(w, date_end, trig)) is not None:
                # "मोदी और शरीफ़ की मंगलवार को बैठक", "रूपाणी की अप्रैल में प्रस्तावित जापान यात्रा", "आयर का बुधवार
                # शाम को अमृतसर जाने का कार्यक्रम"
                m = case + 1
            elif _match_at(w, m, self.status.prospective):
                m += _match_at(w, m, self.status.prospective)
            elif (w[m] == key("में") and (ahead or m + 1 == trig[0]) and m > at + 1
                  and (m - 1) in {sp.j - 1 for sp in v.spans if sp.label == "LOC"}):
                m += 1 + ahead  # "<X> की बीजिंग में (होने वाली) बैठक"
            elif (w[m] in self.SETTING_CASES and m > at + 1 and self.lex.type == "MEETING"
                  and any(sp.j == m for sp in v.spans)):
                m += 1  # "सुरक्षा परिषद की सीरिया पर आपात बैठक", "... मंत्रियों की ब्रसेल्स में आपात बैठक"
            elif w[m] in self.roles.title_words:
                m += 1
            elif w[m] in self.roles.genitive and m > at + 1 and (w[m - 1] in self.roles.durations
                                                                   or w[m - 1] in self.roles.levels):
                m += 1  # "भारत की तीन दिन की यात्रा": the length's own genitive; "... के संयुक्त आयोग की बैठक"
                if w[m - 2] in self.roles.levels and m + 1 == trig[0] and w[m] in self.roles.sequence_words:
                    m += 1  # "दोनों देशों की संयुक्त व्यापार समिति की अगली बैठक": which of the body's meetings
            elif ((body_end := self._body_end(w, m, trig)) or free) and (w[m] not in self.roles.markers
                                                                         or w[m].isdigit()) \
                    and any(c.isalnum() for c in w[m]):
                # (a body's own word before its genitive ends its name, no modifier: "दोनों देशों की संयुक्त रक्षा
                # सहयोग समिति की अगली बैठक")
                m, free = m + 1, free - (not body_end)
            elif (w[m] == "-" and free and m > at + 1 and m + 1 < trig[0] and m + 1 not in v.span_at
                  and (m - 1) not in v.span_at and w[m + 1][0].isalpha()
                  and any(self._body_end(w, x, trig) for x in range(m + 1, trig[0]))):
                m += 1  # a hyphen inside a body's name: "दोनों देशों के अंतर-सरकारी आयोग की अगली बैठक"
            else:
                break
        return m == trig[0]

    def _chosen_for(self, w, trig, hi: int) -> bool:
        """The trip is one a place was chosen for: "के लिए" after the trigger, a place, "को" and a verb of choosing
        (visit.toml choose_verbs) in the clause."""
        n = _match_at(w, trig[1], self.roles.purpose)
        return bool(n) and any(w[k] == self._to and self._chosen(w, k, hi) for k in range(trig[1] + n, hi))

    def _chosen(self, w, at: int, hi: int) -> bool:
        """A verb of choosing after the dative marker at `at`, particles between (visit.toml choose_verbs)."""
        k = at + 1
        while k < hi and w[k] in self.roles.particles:
            k += 1
        return k < hi and w[k] in self.lex.choose_verbs

    def _date_case(self, w, end: int, trig) -> int | None:
        """The case marker of a date ending at `end`, past the parts of the day after it, before the trigger."""
        while end < trig[0] and w[end] in self.roles.times_of_day:
            end += 1
        return end if end < trig[0] and w[end] in self._date_cases else None

    def _body_end(self, w, m: int, trig) -> bool:
        """A joint body's own word (roles.toml levels) before its genitive, ahead of the trigger."""
        return w[m] in self.roles.levels and m + 1 < trig[0] and w[m + 1] in self.roles.genitive

    _date_cases = frozenset(key(x) for x in ("को", "में", "का", "की", "के", "तक"))  # "... का 25 अगस्त का प्रस्तावित दौरा",
    # "करज़ई के इस साल के अंत तक भारत आने की संभावना"
    SETTING_CASES = frozenset(key(x) for x in ("में", "पर"))  # where, or on what, a meeting is held
    _and_words = frozenset(key(x) for x in ("और", "तथा", "एवं"))
    _settings = [tuple(key(x).split()) for x in ("के बाद", "के दौरान", "में")]

    def _agent_of_setting(self, v: SentView, trig, sp: Span) -> bool:
        """"<X> के साथ शिखर बैठक के बाद पुतिन ने कहा", "वार्ता के दौरान Y ने ...": the ने-subject right after
        a meeting told as the time or setting of what was said took part in it (a title or two between)."""
        if self.lex.type != "MEETING":
            return False
        w = v.words
        n = _match_at(w, trig[1], self._settings)
        if not n:
            return False
        k = self._skip(w, trig[1] + n, sp.i, self.roles.title_words | self.roles.role_nouns)
        return k == sp.i and sp.label == "PER"

    def _next_verb_after(self, w, trig, k: int) -> bool:
        """Between the trigger and k its verb group ends and "और" opens another: "थेन सेन से बातचीत करेंगे
        और फिर सू ची से ... मिलेंगे" (not a list of names after the trigger: "बैठक ... अमरीका और रूस के")."""
        j = self._skip(w, trig[1], k)
        light = j < k and w[j] in self.lex.light and not (
            w[j] in self.roles.genitive and j + 1 < k and w[j + 1] not in self.roles.auxiliaries
            and w[j + 1] not in self._and_words)  # "सम्मेलन की तारीख़": a genitive, not "बात की और"
        if not (w[trig[0]] in self.lex.verbs or light):
            return False  # the trigger is no predicate: "सम्मेलन की तारीख़ तय करने के लिए"
        return any(x in self._and_words for x in w[j:k])

    def _person_before(self, v: SentView, at: int) -> bool:
        """Whether the genitive marker at `at` follows a person's name."""
        return any(sp.j == at and sp.label == "PER" and not sp.office for sp in v.spans)

    def _over_counterpart(self, v: SentView, m: int, trig, by_person: bool = False) -> int:
        """A name at m marked as the counterpart of a meeting or agreement ("<X> की [असद] से मुलाक़ात",
        "<X> का [जापान] के साथ समझौता"): the length of name and marker, 0 if not. A title before the
        name makes the genitive its modifier instead ("भारत की विदेश मंत्री X से"), so none may stand between,
        unless the genitive is a person's, who holds no other's office: "सू ची की प्रधानमंत्री यिंगलक
        शिनावात्रा से भेंट"."""
        if self.lex.type not in ("MEETING", "AGREEMENT") or v.words[trig[0]] in self.lex.verbs:
            return 0  # a verb takes no possessor: "भारत के प्रधानमंत्री से मिलना"
        start = m
        while by_person and m not in v.span_at and m < trig[0] and (
                v.words[m] in self.roles.title_words or v.words[m] in self.roles.role_nouns):
            m += 1
        if m not in v.span_at:
            return 0
        sp = v.span_at[m]
        if sp.title or (sp.office and (v.words[m] in self.roles.title_words or v.words[m] in self.roles.role_nouns)):
            return 0  # "भारत के प्रधानमंत्री से मुलाक़ात": the genitive is the office's country (not so
            # "भारत की ईरानी अधिकारियों से", whose officials carry their own)
        j = sp.j
        n = _match_at(v.words, j, self.roles.counterpart)
        return (j - start) + n if n and j + n < trig[0] + 1 else 0

    def _before_motion(self, v: SentView, sp: Span, hi: int) -> bool:
        k = self._skip(v.words, sp.j, hi)
        k += _match_at(v.words, k, self.lex.place_links)
        return k < hi and self._motion_verb(v.words, k)

    def _country_pair(self, v: SentView, sp: Span) -> bool:
        """sp is a country joined to another country right next to it: "भारत-पाकिस्तान", "भारत और चीन"."""
        def country(o: Span) -> bool:
            return o.label == "LOC" and (o.office or o.entity.canonical in self._countries)
        w = v.words
        return country(sp) and any(
            country(o) and o is not sp and ((o.j + 1 == sp.i and w[o.j] in self.roles.coordinators)
                                            or (sp.j + 1 == o.i and w[sp.j] in self.roles.coordinators))
            for o in v.spans)

    def _paired(self, v: SentView, sp: Span, at: int) -> bool:
        """sp is one of two or more names joined by और/व/तथा/एवं that the marker at `at` closes."""
        w, joins = v.words, self.roles.coordinators - {",", "-"}
        if sp.also:
            return True  # "दोनों देश": a pair in one word
        if sp.label == "LOC" and not sp.office and sp.entity.canonical not in self._countries:
            return False  # "दिल्ली और मुंबई में बैठक": where, not between whom (countries are parties)
        if any(x in joins for x in w[sp.j:at]) and any(o.i >= sp.j and o.j <= at for o in v.spans):
            return True
        return sp.i > 0 and w[sp.i - 1] in joins and any(o.j == sp.i - 1 for o in v.spans)

    def _speaker(self, v: SentView, lo: int) -> Span | None:
        """"X ने कहा कि वह ...": the pronoun opening the reported clause is the speaker X."""
        w = v.words
        if lo < 2 or lo >= len(w) or w[lo] not in self.roles.pronouns or w[lo - 1] != key("कि"):
            return None
        start = lo - 1
        while start > 0 and not self._is_break(v, start - 1):
            start -= 1
        for sp in v.spans:
            if start <= sp.i and sp.j <= lo - 1 and sp.label in ("PER", "ORG"):
                kind, _ = self._own_marker(v, sp, lo - 1)
                if kind == "agent" or (sp.j - sp.i == 1 and w[sp.i] in self.roles.subject_pronouns):
                    return sp  # "उन्होंने कहा कि वह ...": the ergative is in the pronoun
        return None
