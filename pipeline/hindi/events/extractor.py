"""Step 6: building events: for each trigger its clause, roles, dates and status make one event
per date; mentions that point back at an event already reported are marked for event_merge."""
from __future__ import annotations

import dataclasses
from typing import Any

from ...core.document import Document, Entity, Event, Mention
from .. import deproles
from ..tense import load_cues
from .dates import DateChooser, story_day
from .document_index import DocIndex, SentView, Span
from .lexicons import Lexicon, Roles, StatusCues, _ends_at, _match_at, _word, key
from .roles import ACTOR, LOCATION, MODIFIER_WORDS, TARGET, RoleFinder, RoleMap
from .status import StatusReader
from .triggers import TriggerFinder


class Extractor(TriggerFinder, RoleFinder, DateChooser, StatusReader):
    """Finds one type's events in a document."""

    def __init__(self, lexicon: Lexicon, roles: Roles, status: StatusCues, tense_cues=None):
        self.lex = lexicon
        self.roles = roles
        self.status = status
        self.tense = tense_cues or load_cues()
        self._deps_of: tuple[Document, bool] | None = None  # (document, has a parse) during extract()
        self._here: Entity | None = None  # where the story is told from ("यहां"), during extract()
        self._venue: Entity | None = None  # that, or where the lead puts its news, during extract()
        self._before: SentView | None = None  # the sentence before the one read, during extract() ("वहां")
        self._views: list[SentView] | None = None  # the document's sentences, during extract()
        self._visited: tuple[int, Entity] | None = None  # (sentence, place) of the last visit found, during extract()
        self._n_view = 0  # the sentence read, during extract()


    # -- events -----------------------------------------------------------
    def anaphoric(self, v: SentView, lo: int, trig) -> str | None:
        """Whether the mention points back at an event already reported, and how:
        "subject" when it tells of the event itself ("यह बैठक 11 अप्रैल को होगी", "इस पर हस्ताक्षर किए थे"),
        "setting" when the event is only the setting of what the clause tells ("इस बैठक में ... कहा")."""
        w = v.words
        setting = trig[1] < len(w) and w[trig[1]] in self.roles.markers
        kind = "setting" if setting else "subject"
        # (not before a verb, where "वह", "ये" are the subject: "बुधवार को वह त्रिंकोमाली जाएंगे")
        if w[trig[0]] not in self.lex.verbs and w[trig[0]] not in self.lex.verb_stems and any(
                x in self.roles.demonstratives for x in w[max(lo, trig[0] - 2):trig[0]]):
            return kind
        # "इस पर हस्ताक्षर किए": the object of the trigger is a demonstrative.
        if any(_match_at(w, k, self.roles.anaphor_phrases) for k in range(lo, trig[0])):
            return kind
        # "इस दस्तावेज़ पर दस्तख़त किए", "इस अनुबंध पर हस्ताक्षर": what is signed is one already told of
        if (w[trig[0]] in self.lex.signing and trig[0] - 3 >= lo and w[trig[0] - 1] == self._on
                and w[trig[0] - 3] in self.roles.demonstratives):
            return kind
        # "बैठक में ...", "बैठक के दौरान ..." opening a clause: the meeting already reported.
        if trig[0] == lo and setting:
            return kind
        # "सरकार की ओर से अपर मुख्य सचिव नवनीत सहगल ने करार पर दस्तखत किए": who signed for a side named by a common
        # noun signs the agreement just told, not one of their own
        if (self.lex.type == "AGREEMENT" and any(x in self.lex.signing for x in w[trig[0]:min(len(w), trig[1] + 3)])
                and any(_match_at(w, k, self.roles.side) and not any(sp.j == k and not sp.office for sp in v.spans)
                        and not any(x in self._own for x in w[max(lo, k - 2):k])  # "अपने-अपने देशों की ओर से"
                        # a person who signs, after the side and marked by ने (not "... की ओर से ... पर हस्ताक्षर
                        # किए जाने की उम्मीद है", signings still to come)
                        # (or an official: "राज्य सरकार की ओर से उद्योग विभाग के अतिरिक्त मुख्य सचिव ने एमओयू पर दस्तखत किए")
                        and any((sp.label == "PER" or sp.office or sp.title) and k < sp.i and sp.j < trig[0]
                                and sp.j < len(w) and w[sp.j] == self._agent for sp in v.spans)
                        for k in range(lo, trig[0]))):
            return kind
        return None

    _on = key("पर")
    _agent = key("ने")
    _own = frozenset(key(x) for x in ("अपने", "अपनी", "अपना", "अपने-अपने"))
    _purpose = (key("के"), key("लिए"))

    def _purposes_dropped(self, v: SentView, trigs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """"शिखर सम्मेलन के लिए आए पुतिन ने ... मनमोहन सिंह के साथ बातचीत की": a trigger named as the purpose
        of a motion participle describes the subject, and "बैठक के बाद ... भेंट की" the time of the meeting;
        the clause's event is the later trigger of the type."""
        w = v.words
        out = []
        for n, (i, j, kind) in enumerate(trigs):
            if (tuple(w[j:j + 2]) == self._purpose and j + 2 < len(w) and w[j + 2] in self.roles.motion_participles
                    and any(t[0] > j + 2 for t in trigs[n + 1:])):
                continue
            # "बैठक के बाद उन्होंने सुगा से भेंट की": a meeting told as the time of another, with no party of its
            # own before it, is not the clause's event; the later trigger of the type, in the same clause, is
            # (not "समकक्ष पौडेल से वार्ता के बाद ओली से मिले": two meetings)
            seq = _match_at(w, j, self.roles.sequence) if self.lex.type == "MEETING" and kind != "approval" else 0
            if seq:
                clause = self.clause(v, i, j)
                if not any(clause[0] <= sp.i < i for sp in v.spans) and any(
                        t[0] >= j + seq and self._told_as_done(w, t) and self.clause(v, t[0], t[1]) == clause
                        for t in trigs[n + 1:]):
                    continue
            out.append((i, j, kind))
        return out

    def _told_as_done(self, w: list[str], trig) -> bool:
        """The trigger is its clause's predicate: a verb ("मिले") or a noun before a light verb that is no
        genitive of another noun ("भेंट की", "बातचीत हुई", "चर्चा की और ... मांगी"; not "बैठक की जानकारी")."""
        if w[trig[0]] in self.lex.verbs:
            return True
        k = trig[1]
        if k >= len(w) or w[k] not in self.lex.light:
            return False
        return not (w[k] in self.roles.genitive and k + 1 < len(w) and any(c.isalnum() for c in w[k + 1])
                    and w[k + 1] not in self.roles.auxiliaries and w[k + 1] not in self.roles.joins)

    APPROVAL_REACH = 2  # sentences before an approval ("इसका अनुमोदन करेगी") that may name the agreement

    def _approvals(self, views: list[SentView], n: int, v: SentView) -> list[tuple[int, int, str]]:
        """An approval of an agreement told just before, by a pronoun as its object (agreement.toml
        approval_objects): "कोसोवो की संसद अगले हफ़्ते इसका अनुमोदन करेगी", "भारतीय संसद ने अब तक उसे
        मंज़ूरी नहीं दी है". Signing and ratifying are different events: kind "approval"."""
        if not self.lex.approval_objects:
            return []
        w = v.words
        out = []
        for i, x in enumerate(w):
            if x not in self.lex.ratify or not any(_ends_at(w, k, self.lex.approval_objects)
                                                   for k in range(max(0, i - 2), i + 1)):
                continue
            if any(_match_at(w, k, self.lex.strong) for k in range(max(0, i - 4), i)):
                continue  # "इस समझौते को मंज़ूरी": the agreement's own noun is the trigger
            told = [u.words for u in views[max(0, n - self.APPROVAL_REACH):n]] + [w[:max(0, i - 4)]]
            if any(_match_at(u, k, self.lex.strong) for u in told for k in range(len(u))):
                out.append((i, i + 1, "approval"))
        return out

    def _segment(self, v: SentView, trigs, clauses, n: int) -> tuple[int, int] | None:
        """The part of its clause a trigger reads its counterparts, date and status from, when the
        clause holds several triggers of the type each after counterparts of its own ("मोदी ने पुतिन से
        मुलाकात की और शी के साथ बैठक की"); None when the clause is one event."""
        same = [k for k, c in enumerate(clauses) if c == clauses[n]]
        if len(same) < 2:
            return None
        lo, hi = clauses[n]
        w = v.words
        if self.lex.type == "VISIT":
            return self._trip_segment(v, trigs, same, n, lo, hi)
        # Counterparts come before their trigger: a segment runs from the coordinator after the
        # previous trigger ("... मुलाकात की | और C से ...") to the one after its own.
        bounds = [lo]
        for a, b in zip(same, same[1:]):
            end, start = trigs[a][1], trigs[b][0]
            # (not a hyphen inside a name: "डिज़ानी एलिसन-मदुके")
            bounds.append(next((k for k in range(end, start) if w[k] in self.roles.coordinators
                                and not any(sp.i < k < sp.j for sp in v.spans)), end))
        bounds.append(hi)
        for m, k in enumerate(same):  # every trigger needs a counterpart of its own before it
            if not any(bounds[m] <= sp.i and sp.j <= trigs[k][0] and self.marker(
                    v, sp, hi, trigs[k][:2])[0] == "counterpart" for sp in v.spans):
                return None
        m = same.index(n)
        return bounds[m], bounds[m + 1]

    def _trip_segment(self, v: SentView, trigs, same: list[int], n: int, lo: int, hi: int) -> tuple[int, int] | None:
        """Two trips in one clause, one told as before or after the other by an infinitive or by the trip noun
        itself: "दिल्ली आने से पहले पुतिन ने ... तुर्की का दौरा किया था", "अमीरात की यात्रा पूरी करने के बाद बहरीन
        पहुंचीं", "नरवणे के दौरे से पहले ... गोयल भी काठमांडू गए थे" - each trip its own places and date (roles.toml
        sequence); or two motion verbs joined by a coordinator, each after a place of its own in another country:
        "वे अंगोला जाएंगे और ... शुक्रवार को केन्या पहुंचेंगे"."""
        bounds = self._sequence_bounds(v.words, trigs, same, lo) or self._coordinated_trips(v, trigs, same, lo)
        if bounds is None:
            return None
        bounds.append(hi)
        at = trigs[n][0]
        return next((a, b) for a, b in zip(bounds, bounds[1:]) if a <= at < b)

    def _sequence_bounds(self, w: list[str], trigs, same: list[int], lo: int) -> list[int] | None:
        """Where each trip of a clause begins when each is told as before or after the next (roles.toml sequence):
        [lo, after the sequence word, ...], else None."""
        bounds = [lo]
        for a, b in zip(same, same[1:]):
            end, start = trigs[a][1], trigs[b][0]
            k = next((k for k in range(end, min(start, end + 3)) if _match_at(w, k, self.roles.sequence)
                      and (w[k - 1].endswith(self._infinitive) or (k == end and self._time_of_next(w, k)))), None)
            if k is None:
                return None
            bounds.append(k + _match_at(w, k, self.roles.sequence))
        return bounds

    def _coordinated_trips(self, v: SentView, trigs, same: list[int], lo: int) -> list[int] | None:
        """Where each trip of a clause begins when its motion verbs are joined by coordinators, each after a named
        place of its own in another country ("वे अंगोला जाएंगे और ... शुक्रवार को केन्या पहुंचेंगे"): [lo,
        coordinator, ...], else None.
        Trip nouns between them belong to the part they are in ("... और दौरे के आख़िरी पड़ाव में ...")."""
        w = v.words
        # (finite verbs: "दिल्ली आए थे और ... मोदी को भूटान आने का न्योता दिया" invites, it tells no second trip)
        verbs = [trigs[k] for k in same if trigs[k][2] == "verb" and not w[trigs[k][0]].endswith(self._infinitives)]
        if len(verbs) < 2:
            return None
        bounds = [lo]
        for first, second in zip(verbs, verbs[1:]):
            k = first[1]
            while k < second[0] and (w[k] in self.roles.auxiliaries or w[k] in self.roles.particles):
                k += 1
            if k >= second[0] or w[k] not in self.roles.coordinators or any(sp.i < k < sp.j for sp in v.spans):
                return None
            here, there = self._motion_place(v, first[0]), self._motion_place(v, second[0])
            # (legs in one country are one trip: "लाहौर पहुंचे थे और वहां से इस्लामाबाद गए")
            if here is None or there is None or there.i <= k or not here.entity.country \
                    or not there.entity.country or here.entity.country == there.entity.country:
                return None
            bounds.append(k)
        return bounds

    _infinitive = key("ने")
    _infinitives = (key("ने"), key("ना"))
    _ordinals = frozenset({(key("के"), key("पहले")), (key("के"), key("पूर्व"))})

    def _time_of_next(self, w: list[str], k: int) -> bool:
        """The sequence phrase at k, right after a trip noun, tells the time of what follows ("दौरे से पहले",
        "दौरे के बाद"), not an ordinal before a noun ("यात्रा के पहले चरण में", "दौरे के पहले दिन")."""
        n = _match_at(w, k, self.roles.sequence)
        return bool(n) and not (tuple(w[k:k + n]) in self._ordinals and k + n < len(w)
                                and w[k + n] not in self.roles.markers and any(c.isalpha() for c in w[k + n]))

    def _dated_groups(self, v: SentView, lo: int, trig, roles) -> list[tuple[tuple, list]]:
        """(date, counterparts) for each date before the trigger that its own counterparts follow:
        "A ने सोमवार को B से और मंगलवार को C से मुलाकात की" -> (सोमवार, [B]), (मंगलवार, [C]). Empty unless
        there are two such groups with different dates."""
        if self.lex.type == "VISIT" or len(roles[TARGET]) < 2:
            return []
        dates = [d for d in v.dates if lo <= d[0] and d[1] <= trig[0]]
        if len(dates) < 2:
            return []
        groups: dict[int, tuple[tuple, list]] = {}
        for sp in roles[TARGET]:
            before = [d for d in dates if d[1] <= sp.i]
            if not before or sp.i >= trig[0]:
                return []
            d = before[-1]
            groups.setdefault(d[0], (d, []))[1].append(sp)
        values = {d[2].value for d, _ in groups.values()}
        return list(groups.values()) if len(groups) >= 2 and len(values) == len(groups) else []


    def _separate_groups(self, v: SentView, trig, roles, date) -> list[tuple[tuple | None, list]]:
        """"शेख़ हसीना और ख़ालिदा ज़िया से अलग-अलग मुलाक़ात की": one meeting with each counterpart."""
        w = v.words
        # "दोनों उम्मीदवारों से अलग-अलग": the pair in one word is two counterparts
        targets = [Span(sp.i, sp.j, e, e.participant(), title=True) if sp.also else sp
                   for sp in roles[TARGET] for e in ([sp.entity] + sp.also if sp.also else [sp.entity])]
        if self.lex.type == "VISIT" or len(targets) < 2 or trig[0] < 1:
            return []
        # one token or several ("अलग", "-", "अलग"), a modifier or two may follow ("अलग-अलग द्विपक्षीय बैठकें")
        ends = [trig[0] - skip for skip in range(3) if trig[0] - skip >= 1 and not any(
            x in self.roles.markers or k in v.span_at for k, x in enumerate(w[trig[0] - skip:trig[0]], trig[0] - skip))]
        if not any("".join(w[max(0, end - n):end]) in self.roles.separately
                   or " ".join(w[max(0, end - n):end]) in self.roles.separately for end in ends for n in (1, 2, 3)):
            return []
        return [(date, [sp]) for sp in targets]

    def _inspection(self, v: SentView, trig, hi: int, roles) -> bool:
        """"X ने <place> का दौरा किया/कर": a person or office marked by ने visits something named by a
        common noun (the genitive before the trigger, the trigger the predicate)."""
        w = v.words
        return (trig[0] > 0 and w[trig[0] - 1] in self.roles.genitive and trig[0] - 1 not in
                {sp.j for sp in v.spans} and self._predicate(w, trig, hi)
                and any((sp.label == "PER" and not sp.title) or sp.office for sp in roles[ACTOR])
                and self._has_agent(v, 0, trig))  # not "उन्होंने विदेश की यात्रा की": pronouns are too loose here

    def _inspected_in(self, v: SentView, lo: int, trig) -> list:
        """The named place or institution the inspected thing is in: "एम्स में ट्रॉमा सेंटर का दौरा"."""
        w = v.words
        for sp in v.spans:
            if lo <= sp.i and sp.j < trig[0] - 1 and sp.label in ("LOC", "ORG") and not sp.office:
                k = self._skip(w, sp.j, trig[0])
                if w[k] in self.roles.place and trig[0] - k <= MODIFIER_WORDS + 2:
                    return [sp]
        return []

    def _sender(self, v: SentView, lo: int, trig_at: int) -> list[Span]:
        """Who sends people to a place when case marking found nobody: a country as the subject
        ("भारत गुरुवार को डॉक्टरों की एक टीम इटली भेजेगा"), else a bare government word with nothing
        named that owns it ("सरकार ने ... दल ईरान भेजा"; "रूसी सरकार" is a named span): the government of
        the paper's country."""
        w = v.words
        place = self._motion_place(v, trig_at)
        for sp in v.spans:
            if lo <= sp.i and sp.j <= place.i and sp.label == "LOC" and sp is not place:
                k = self._skip(w, sp.j, trig_at)
                if w[k] == key("ने") or w[k] not in self.roles.markers:
                    return [sp]
        if not self.lex.home_country:
            return []
        for k in range(lo, trig_at):
            if w[k] in self.roles.government_words and not v.named(k) and not (
                    k > 0 and (w[k - 1] in self.roles.genitive or w[k - 1] in self.roles.demonyms)):
                canonical, country = self.lex.home_country
                tok = v.tokens[k]
                home = Entity(start=tok.start, end=tok.end, text=tok.text, label="LOC", sent_id=v.sent_id,
                              canonical=canonical, source="home_country", country=country)
                return [Span(k, k + 1, home, home.participant())]
        return []

    def extract(self, index: DocIndex) -> list[Event]:
        self._deps_of = (index.doc, index.has_deps)
        self._here = index.story_place
        self._venue = index.venue
        self._views = index.views
        try:
            return self._extract(index)
        finally:
            self._deps_of, self._here, self._before, self._views, self._visited = None, None, None, None, None
            self._venue = None  # (as the others: no document kept between calls)

    def _extract(self, index: DocIndex) -> list[Event]:
        doc = index.doc
        told_from = story_day(doc)  # the publication date, or the latest date a story without one tells
        events: list[Event] = []
        travellers: tuple[int, list[Entity]] = (-TOUR_REACH - 1, [])  # the people of the last visit found, and where
        for n_view, v in enumerate(index.views):
            self._before = index.views[n_view - 1] if n_view else None
            self._n_view = n_view
            used_clauses = set()
            trigs = self._purposes_dropped(v, self.triggers(v) + self._approvals(index.views, n_view, v))
            clauses = [self.clause(v, i, j) for i, j, _ in trigs]
            first_roles: dict[tuple[int, int], RoleMap] = {}
            for n, (i, j, kind) in enumerate(trigs):
                lo, hi = clauses[n]
                segment = self._segment(v, trigs, clauses, n)
                if (lo, hi) in used_clauses and segment is None:
                    continue  # one event of a type per clause ("वीडियो कॉन्फ्रेंसिंग के जरिए बैठक")
                if _match_at(v.words, j, self.roles.sidelines) and any(
                        clauses[m] == (lo, hi) for m in range(n + 1, len(trigs))):
                    continue  # "ब्रिक्स शिखर सम्मेलन के हाशिये पर ... मुलाक़ात हुई": the summit is the setting
                roles = self.roles_of(v, lo, hi, (i, j), doc)
                if segment is not None:
                    # "A ने B से मुलाकात की और C से मिलेंगे": one event per trigger with its own counterparts;
                    # the subject before the first trigger is every trigger's actor.
                    seg_lo, seg_hi = segment
                    if (lo, hi) in first_roles:
                        # (unless the first names no actor: "चीन से लौटने के बाद राष्ट्रपति पाकिस्तान जाएंगे")
                        roles[ACTOR] = list(first_roles[(lo, hi)][ACTOR]) or roles[ACTOR]
                    elif not (kind == "strong" and self._time_of_next(v.words, j)):
                        # (a trip noun told as the time of the next is its owner's alone: "नरवणे के दौरे से पहले
                        # ... गोयल भी काठमांडू गए थे")
                        first_roles[(lo, hi)] = roles
                    roles[TARGET] = [sp for sp in roles[TARGET] if seg_lo <= sp.i and sp.j <= seg_hi]
                    roles[LOCATION] = [sp for sp in roles[LOCATION] if seg_lo <= sp.i and sp.j <= seg_hi]
                    lo, hi = (lo if seg_lo == lo else seg_lo), seg_hi
                if kind == "return":
                    # "<place> से (भारत) लौटी": a visit to the place returned from, not to home
                    place = self._return_place(v, i)
                    home = [sp for sp in roles[TARGET] + roles[LOCATION] if place.i < sp.i < i]
                    roles[TARGET] = [sp for sp in roles[TARGET] if sp not in home and sp is not place] + [place]
                    roles[LOCATION] = [sp for sp in roles[LOCATION] if sp not in home and sp is not place]
                    roles[ACTOR] = [sp for sp in roles[ACTOR] if sp.label == "PER"]  # people come back
                    if not roles[ACTOR]:
                        continue
                if kind == "presence":
                    # "शी जिनपिंग मॉस्को में, ...": a headline puts the person there, on a visit now
                    guest, place = self._present_abroad(v)
                    roles[ACTOR], roles[TARGET], roles[LOCATION] = [guest], [place], []
                if kind == "present":
                    # "यिंगलक शिनावात्रा भी कुआलालंपुर में मौजूद थीं": a foreigner present in a place visits it
                    guests, place = next((g, p) for g, p, at in self._present_in(v) if at == i)
                    roles[ACTOR], roles[TARGET], roles[LOCATION] = guests, [place], []
                if kind == "welcome":
                    # "X का ... राष्ट्रपति भवन में औपचारिक स्वागत किया गया": X visits the place of the welcome
                    guest, place = self._welcomed(v, i), self._welcome_place(v, i)
                    roles[ACTOR] = [guest]
                    roles[TARGET] = [place]
                    roles[LOCATION] = [sp for sp in roles[LOCATION] if sp is not place]
                if kind == "attend":
                    # "... नोम पेन्ह में होने वाले आसियान सम्मेलन में हिस्सा लेंगे": people of another country than the
                    # gathering's place travel there
                    place = self._gathering_place(v, i)
                    there = place.entity.country
                    roles[ACTOR] = [sp for sp in roles[ACTOR] if sp.label == "PER" and there
                                    and (sp.entity.country or self._stated_country(v, sp)) not in (None, there)]
                    if not roles[ACTOR]:
                        continue
                    roles[TARGET], roles[LOCATION] = [place], []
                if kind == "leg":
                    # "दौरे का आख़िरी पड़ाव गबोन होगा": the leg's place; its traveller the genitive's ("केरी का अगला
                    # पड़ाव"), else whoever the trip just told was made by
                    places = self._leg_places(v, i)
                    roles[TARGET], roles[LOCATION] = places, [sp for sp in roles[LOCATION] if sp not in places]
                    recent = travellers[0] >= n_view - TOUR_REACH
                    # (a title is the last traveller's more often than whom the title resolver finds: "सिंगापुर के बाद
                    # विदेश मंत्री का अगला पड़ाव" is the visiting minister's, not Singapore's)
                    roles[ACTOR] = [sp for sp in roles[ACTOR] if sp.label in ("PER", "ORG") and sp not in places
                                    and not (sp.title and recent)]
                    if not roles[ACTOR] and recent:
                        roles[ACTOR] = self._travellers_at(v, i, j, travellers[1], "leg")
                    if not roles[ACTOR]:
                        continue
                if kind == "send" and not roles[ACTOR]:
                    roles[ACTOR] = self._sender(v, lo, i)
                purpose = False
                if self.lex.type == "VISIT" and kind in ("verb", "send"):
                    place = self._motion_place(v, i)
                    if place is None and kind == "verb":
                        place, purpose = self._purpose_place(v, i), True  # "जापान में ... हिस्सा लेने जाएंगे"
                        if place is None:
                            place, purpose = self._gathering_place(v, i, told=True), False  # "सोची ... समारोह में नहीं गए"
                            if place is None:
                                place = self._arrival_place(v, i)  # "ज़ूमा रविवार सुबह आए": where the last visit went
                            if place is not None and place.entity.source in ("gathering", "arrival"):
                                # a gathering held where a sentence before said: only who comes from another
                                # country travels to it ("वसुंधरा राजे इस बैठक में नहीं पहुंचीं" is no trip)
                                there = place.entity.country
                                roles[ACTOR] = [sp for sp in roles[ACTOR] if sp.label == "PER" and there and (
                                    sp.entity.country or self._stated_country(v, sp)) not in (None, there)]
                    if place not in roles[TARGET]:
                        roles[TARGET].append(place)
                    if place in roles[LOCATION]:
                        roles[LOCATION].remove(place)
                    if place is not None and place.label == "PER":
                        # the host of "<X> के घर गए" is whom the trip is to see, not a traveller
                        roles[ACTOR] = [sp for sp in roles[ACTOR] if sp is not place]
                    if not roles[ACTOR]:
                        continue  # "मामले 100 तक पहुंचे": a motion verb needs a named traveller
                first_leg = self._tour_start(v, lo, hi, (i, j)) if self.lex.type == "VISIT" and kind == "strong" else None
                if first_leg is not None:
                    # "इस दौरे की शुरुआत उन्होंने ओमान से की थी": the tour's first leg, a visit of its own
                    roles[TARGET] = [first_leg]
                    roles[LOCATION] = [sp for sp in roles[LOCATION] if sp is not first_leg]
                    if not roles[ACTOR]:
                        # who began it: the ने-subject of "शुरुआत की" ("उन्होंने", "आबे ने")
                        roles[ACTOR] = [sp for sp in v.spans if lo <= sp.i and sp.j <= hi and sp.label == "PER" and (
                            (sp.j < len(v.words) and v.words[sp.j] == self._ne) or v.words[sp.i] in self.roles.subject_pronouns)][:1]
                    if not roles[ACTOR] and travellers[0] >= n_view - TOUR_REACH:
                        # else whoever the trip just told was made by ("दौरे की शुरुआत मंगलवार को उरुग्वे से हुई")
                        roles[ACTOR] = self._travellers_at(v, i, j, travellers[1], "tour")
                ana = self.anaphoric(v, lo, (i, j)) if kind != "approval" and first_leg is None else None
                next_round = not roles[ACTOR] and not roles[TARGET] and bool(self.lex.next_round) and (any(
                    _match_at(v.words, k, self.lex.next_round) for k in range(max(lo, i - 3), min(hi, j + 3)))
                    or ("next" if self._next_of_kind(v.words, lo, i) else False))
                if next_round:
                    ana = None  # "वार्ता का अगला दौर": another round, with its own date, not the one told
                if self.lex.type == "MEETING" and self._named_by_speaker(v, j, hi):
                    continue  # "तालिबान के प्रवक्ता ने चेकर्स वार्ता को 'बेमानी' बताया": what a speaker calls talks
                if self.lex.type == "AGREEMENT" and not ana and self._reaction(v, j, hi):
                    # "बान की-मून ने समझौते का स्वागत किया", "... ने समझौते का विरोध किया": a reaction to an agreement
                    # told elsewhere, whose subject is no party to it
                    ana = "setting"
                if (ana == "setting" and self.lex.type == "AGREEMENT"
                        and any(x in self.roles.speech_verbs or x in self.lex.reactions for x in v.words[lo:hi]) and not any(
                        x in self.lex.signing or x in self.lex.ratify or x in self.lex.consent for x in v.words[lo:hi])):
                    # "कोइराला ने इस समझौते को 'ऐतिहासिक' बताया": who speaks of an agreement is no party to it
                    # (who signs it, approves it or agrees to it is: "इस पर X और Y ने दस्तख़त किए")
                    roles = roles.replaced(**{ACTOR: [], TARGET: []})
                if (kind == "weak" and self.lex.type == "AGREEMENT" and not ana and v.words[i] not in self.lex.self_standing
                        and not any(_match_at(v.words, k, self.lex.strong) for k in range(len(v.words)))
                        and not self._signed_document(v, i) and not self._joint_signers(v, i)):
                    continue  # "विधेयक ... जिस पर ट्रंप हस्ताक्षर कर सकते हैं": signing a bill, not a treaty
                if _match_at(v.words, i, self.lex.receptions) == j - i and not self._guest_received(v, i, roles):
                    # "उनका स्वागत करने के लिए ... चैंडी भी मौजूद हैं" names no host who met them yet, "मोहिलारी ने समझौते का
                    # स्वागत किया" no guest, "सीएम ने मोदी द्वारा लॉकडाउन ... बढ़ाने का स्वागत करते हुए" welcomes a deed
                    continue
                if _match_at(v.words, i, self.lex.needs_other_party) == j - i and not any(
                        sp.label == "PER" or sp.title for sp in roles[TARGET] + roles[ACTOR][1:]):
                    # "मोदी ने गरीबों के साथ भोजन किया": a meal with nobody named is no meeting; "भारत ने सम्मेलन की
                    # मेज़बानी की", "ओलंपिक की मेज़बानी": hosting a gathering is none, hosting a person is one
                    continue
                # A new event with nobody named ("कैबिनेट सचिव ने बैठक बुलायी") is kept as a placeholder:
                # "इस बैठक में ... शामिल थे" after it refers to it, not to an earlier meeting. event_merge
                # drops it unless such a mention names its participants.
                unnamed = not roles[ACTOR] and not roles[TARGET] and not ana
                # A visit with no named traveller ("चीन की यात्रा करने से बचें") only adds to a visit
                # reported elsewhere with the same place; event_merge drops it otherwise.
                # A meeting with only its other party named stands when that party is a person, a body
                # or an office ("कृषि मंत्री ने ... उपायुक्त नैंसी सहाय से बात की"): someone met them.
                weak = not roles[ACTOR] and not unnamed and (self.lex.type == "VISIT" or (
                    self.lex.type == "MEETING" and (ana or not any(sp.label != "LOC" or sp.office for sp in roles[TARGET]))))
                # A visit with no place or host named ("इंडिगो ने यात्रा की तिथि बदली", "पुतिन की यात्रा से
                # पहले") is travel in general or a re-mention: it only adds to a visit reported with its place.
                if self.lex.type == "VISIT" and not roles[TARGET] and roles[ACTOR] and (
                        self._inspection(v, (i, j), hi, roles) or roles[ACTOR][0] is self._traveller_after(v, (i, j), hi)):
                    # "प्रमुख सचिव रजनीश दुबे ने ... आइसोलेशन वार्ड का दौरा किया": a named visitor inspecting a
                    # place not named; "दिल्ली स्थित एम्स में ट्रॉमा सेंटर का दौरा कर": the named place it is in.
                    # "इलाके के दौरे पर गए ... आलम सईद": a named traveller to an unnamed place.
                    roles[TARGET] = self._inspected_in(v, lo, (i, j))
                    roles[LOCATION] = [sp for sp in roles[LOCATION] if sp not in roles[TARGET]]
                elif self.lex.type == "VISIT" and not roles[TARGET] and roles[ACTOR] and self._on_trip_in(v, (i, j), roles):
                    # "पुतिन उस समय सरकारी दौरे पर मंगोलिया की राजधानी उलानबाटर में थे": on a trip, in a place
                    roles[TARGET] = [sp for sp in roles[LOCATION] if sp.i >= j and sp.label == "LOC"]
                    roles[LOCATION] = []
                elif (self.lex.type == "VISIT" and not roles[TARGET] and roles[ACTOR]
                      and self._own_trip_place(v, (i, j), roles)):
                    # "मोदी को ... गुवाहाटी में ... के लिए अपना दौरा रद्द करना पड़ा": the place of one's own trip
                    roles[TARGET] = [sp for sp in roles[LOCATION] if sp.j <= i]
                    roles[LOCATION] = [sp for sp in roles[LOCATION] if sp.j > i]
                elif (self.lex.type == "VISIT" and not roles[TARGET] and roles[ACTOR]
                      and (called_off := self._own_trip_called_off(v, (i, j), hi, roles)) is not None):
                    # "गबोन के राष्ट्रपति ... ने आख़िरी समय पर अपनी यात्रा रद्द कर दी": the trip to where the story is
                    roles[TARGET] = [called_off]
                else:
                    weak = weak or (self.lex.type == "VISIT" and not roles[TARGET])
                if not weak or self.lex.type != "VISIT":
                    # A trip named in passing ("अपनी पहली विदेश यात्रा में सऊदी अरब का दौरा किया") or with
                    # nobody named as its traveller ("अपनी पहली विदेश यात्रा पर सुषमा स्वराज ... ढाका पहुंचीं")
                    # leaves the clause to the trigger that names the visit.
                    used_clauses.add((lo, hi))
                # The date of a clause set in an earlier event is the date of what happened there.
                own = self.dates_of(v, lo, hi, (i, j), told_from) if ana != "setting" else []
                # "... समिट रद्द कर दिया । इसका आयोजन 15-20 मार्च को होना था": a clause told after it dates it
                follow = self.follow_up_dates(index.views, n_view, hi) if ana != "setting" and not own else []
                if not own and not follow and ana != "setting":
                    own = self.main_clause_dates(v, lo, told_from)  # "रविवार को ... दिया, जहां ... बातचीत की"
                dates = own or follow or [None]
                groups = self._dated_groups(v, lo, (i, j), roles) if ana != "setting" else []
                if not groups and ana != "setting":
                    groups = self._separate_groups(v, (i, j), roles, dates[0])
                for d, targets in groups or [(d, None) for d in dates]:
                    if targets is not None:
                        # "A ने सोमवार को B से और मंगलवार को C से मुलाकात की": two meetings, one a day.
                        roles = roles.replaced(**{TARGET: targets})
                    event = self._event(doc, v, lo, hi, (i, j), kind, roles, d, ana, weak, status_by_date=not follow,
                                        previous=index.views[n_view - 1].words if n_view else [])
                    if unnamed:
                        event.attrs["unnamed"] = True
                    if next_round:
                        # "वार्ता का अगला दौर ... होगा": the talks go on; "अगली शिखर बैठक ...": the next of a kind (event_merge)
                        event.attrs["round"] = next_round
                    if kind == "presence":
                        event.status, event.attrs["status_from"] = "ongoing", "headline"
                    if kind == "leg" and i > 0 and v.words[i - 1] in self.lex.leg_next and event.status != "cancelled":
                        # "केरी का अगला पड़ाव बीजिंग है": the next leg is still to come
                        event.status, event.attrs["status_from"] = "planned", "next leg"
                    if kind == "present" and (v.words[i] in self.tense.present_aux or (
                            i + 1 < len(v.words) and v.words[i + 1] in self.tense.present_aux)):
                        event.status = "ongoing"  # "इन दिनों ब्रुनेई में हैं", "वहां मौजूद हैं": there now
                    if follow:
                        event.attrs["date_from"] = "follow-up clause"
                    if roles.source:
                        event.attrs["roles_from"] = roles.source
                    if roles.attendance:
                        event.attrs["attendance"] = True  # who attended joins the meeting (event_merge)
                    if roles.via:
                        event.attrs["visit_rule"] = roles.via
                    elif v.words[i] == key("आगमन"):
                        event.attrs["visit_rule"] = "arrival_noun"
                    elif kind in ("send", "return"):
                        event.attrs["visit_rule"] = kind
                    elif purpose:
                        event.attrs["visit_rule"] = "purpose"
                    elif kind == "verb" and i + 1 < len(v.words) and v.words[i + 1] in self.lex.stem_perfectives \
                            and v.words[i] in self.lex.verb_stems:
                        event.attrs["visit_rule"] = "compound"
                    events.append(event)
                    if self.lex.type == "VISIT" and roles[ACTOR] and all(sp.label == "PER" for sp in roles[ACTOR]):
                        travellers = (n_view, [sp.entity for sp in roles[ACTOR]])
                    places = [sp.entity for sp in roles[TARGET] if sp.label == "LOC" and not sp.office]
                    if self.lex.type == "VISIT" and places:
                        self._visited = (n_view, places[-1])
        return events

    _begun = key("शुरू")

    @staticmethod
    def _travellers_at(v: SentView, i: int, j: int, people: list[Entity], source: str) -> list[Span]:
        """The people of the last visit told, as participants standing at the trigger i..j."""
        tok = v.tokens[i]
        return [Span(i, j, e, e.participant()) for e in (dataclasses.replace(
            t, start=tok.start, end=tok.end, text=tok.text, sent_id=v.sent_id, source=source) for t in people)]

    def _beside_another(self, w: list[str], lo: int, trig) -> bool:
        """A noun of the trigger's kind told as the time before or after it, in its clause before it: "बैठक के बाद ... से
        भी मुलाक़ात की", "वार्ता से पहले ... अलग से बैठक की", "बैठक ख़त्म होने के बाद" (roles.toml ended, sequence)."""
        for k in range(lo, trig[0]):
            n = _match_at(w, k, self.lex.strong)
            if n and k + n < trig[0]:
                m = k + n + _match_at(w, k + n, self.roles.ended)
                if _match_at(w, m, self.roles.sequence):
                    return True
        return False

    _formal = frozenset(key(x) for x in ("औपचारिक", "भव्य", "शाही", "राजकीय"))

    def _guest_received(self, v: SentView, i: int, roles) -> bool:
        """A reception names its host and, in the genitive right before the word (a formal modifier between), a
        person as the guest: "पुतिन ने ओबामा की अगवानी की", "राजा ने रख़ोय का औपचारिक स्वागत किया"."""
        w = v.words
        k = i - 1
        while k > 0 and w[k] in self._formal:
            k -= 1
        guest = next((sp for sp in v.spans if sp.j == k and sp.label == "PER"), None) if w[k] in self.roles.genitive else None
        people = {sp.entity.canonical or sp.entity.text for sp in roles[ACTOR] + roles[TARGET] if sp.label == "PER"}
        return guest is not None and len(people) >= 2

    def _tour_start(self, v: SentView, lo: int, hi: int, trig) -> Span | None:
        """The named place a trip noun's tour began in (visit.toml tour_starts after the noun; the place marked by से
        in the clause, no person's country): "इस दौरे की शुरुआत उन्होंने ओमान से की थी"; None otherwise."""
        w = v.words
        if any(_match_at(w, k, self.lex.tour_starts) for k in range(trig[1], min(trig[1] + 2, hi))):
            return next((sp for sp in v.spans if lo <= sp.i and sp.j < hi and sp.label == "LOC" and not sp.title
                         and not sp.office and w[sp.j] == self._se and not self._persons_country(v, sp, hi)), None)
        # or told with the verb after the place: "अहमदीनेजाद का यह दौरा रविवार को बेनिन से शुरू हुआ था"
        return next((sp for sp in v.spans if trig[1] <= sp.i and sp.j + 1 < hi and sp.label == "LOC" and not sp.title
                     and not sp.office and w[sp.j] == self._se and w[sp.j + 1] == self._begun), None)

    def _named_by_speaker(self, v: SentView, j: int, hi: int) -> bool:
        """The event noun ending at j, with को, is what a speech verb after it calls something: "करार को ... कामयाबी
        बताया", "सम्मेलन को 'दिखावा' करार दिया" (roles.toml speech_verbs, meeting.toml naming_verbs)."""
        w = v.words
        if j + 1 >= len(w) or w[j] != self._to or w[j + 1] in self.roles.about:
            return False  # (not "बैठक को लेकर पीएमओ ने कहा": what is spoken about)
        after = w[j + 1:min(hi, j + 1 + NAMING_REACH)]
        return any(x in self.roles.speech_verbs or x in self.lex.naming_verbs for x in after) and not any(
            x in self.lex.signing or x in self.lex.ratify for x in w[j + 1:hi])

    def _reaction(self, v: SentView, j: int, hi: int) -> bool:
        """The agreement noun ending at j is what a reaction is to (agreement.toml reactions): "समझौते का स्वागत
        किया", "संघर्षविराम का पूरी तरह पालन करेंगे" (modifiers between, up to REACTION_REACH words); not when a
        name or its case stands between ("समझौते का इसराइल ने विरोध किया": Israel reacts to a deal told as
        made), nor when the clause agrees on it ("... संघर्ष विराम का सख़्ती से पालन करने पर सहमति जताई")."""
        w = v.words
        if self._named_by_speaker(v, j, hi):
            return True  # "मा यिंग-जियो ने करार को ताइवान की 'बड़ी कामयाबी' बताया"
        if j + 1 >= len(w) or (w[j] not in self.roles.genitive and w[j] != self._on):
            return False  # (also "समझौते पर अमल की समीक्षा करेंगे", "समझौते पर विरोध जताया")
        for k in range(j + 1, min(j + 1 + REACTION_REACH, len(w))):
            if v.named(k) or w[k] in self.roles.agent:
                return False
            if w[k] in self.lex.reactions:
                return k == j + 1 or not any(x in self.lex.self_standing for x in w[k + 1:hi])
        return False

    def _own_trip_place(self, v: SentView, trig, roles) -> bool:
        """"अपना दौरा", "अपनी यात्रा" (roles.toml own_trip) with a named place in the clause before it
        (with में) and the traveller named: the trip is to that place."""
        w, i = v.words, trig[0]
        return (i > 0 and w[i - 1] in self.roles.own_words and w[i] not in self.lex.verbs
                and any(sp.j <= i and sp.label == "LOC" and not sp.office for sp in roles[LOCATION]))

    def _next_of_kind(self, w: list[str], lo: int, i: int) -> bool:
        """"अगली शिखर बैठक", "अगला सम्मेलन", "अगली मंत्रिस्तरीय बैठक" (meeting.toml next_words, up to NEXT_MODIFIERS
        modifiers between): the next meeting of a kind already told."""
        for k in range(i - 1, max(lo, i - 1 - NEXT_MODIFIERS) - 1, -1):
            if w[k] in self.lex.next_words:
                return True
            if w[k] in self.roles.markers or not _word(w[k]):
                return False
        return False

    def _own_trip_called_off(self, v: SentView, trig, hi: int, roles) -> Span | None:
        """"अपनी यात्रा रद्द कर दी", "अपना दौरा टाल दिया" with no place in the clause, by people of another country than
        where it went: the trip whose place the sentence gave before ("लावरोव ... कीएव पहुँचे हैं, लेकिन ... केरी ने
        अपनी यात्रा रद्द कर दी"), else the trip to the story's venue (DocIndex.venue: its dateline, or the place its lead
        is in: "सम्मेलन ... यामुसुक्रो में ... । सेनेगल के राष्ट्रपति मैकी सॉल ने अपनी यात्रा रद्द कर दी")."""
        w, i = v.words, trig[0]
        if i == 0 or w[i - 1] not in self.roles.own_words or w[i] in self.lex.verbs or roles[LOCATION]:
            return None
        after = w[trig[1]:min(hi, trig[1] + 3)]
        if not any(x in self.status.cancel or x in self.status.postpone for x in after):
            return None
        told = self._trip_place_told(v, i)
        if told is not None:
            place = self._place_at(v, i, told.entity, "told trip")
        elif self._venue is not None:
            place = self._place_at(v, i, self._venue, "venue")
        else:
            return None
        there = place.entity.country
        if there and all(sp.label == "PER" and (sp.entity.country or self._stated_country(v, sp)) not in (None, there)
                         for sp in roles[ACTOR]):
            return place
        return None

    def _on_trip_in(self, v: SentView, trig, roles) -> bool:
        """A trip noun with "पर" ("दौरे पर", "यात्रा पर") and a named place after it where the traveller is
        ("... में थे", "... में हैं"): the place is the one visited."""
        w, j = v.words, trig[1]
        return (j < len(w) and w[j] in self.lex.on_trip and w[trig[0]] not in self.lex.verbs
                and any(sp.i >= j and sp.label == "LOC" for sp in roles[LOCATION]))

    def _event(self, doc, v, lo, hi, trig, kind, roles, d, ana, weak=False, status_by_date=True,
               previous: list[str] = ()) -> Event:
        toks = v.tokens
        t_start, t_end = toks[trig[0]].start, toks[trig[1] - 1].end
        trigger = doc.norm_text[t_start:t_end]
        # The light verb belongs to the trigger text ("हस्ताक्षर किए", "बात की").
        if kind == "weak" and trig[1] < len(toks) and v.words[trig[1]] in self.lex.light:
            trigger = doc.norm_text[t_start:toks[trig[1]].end]
        date = {"text": d[2].text, "value": d[2].value} if d else None
        # A date from a follow-up clause is told in that clause's tense ("होना था": the time it was to be),
        # so it does not decide the trigger's status ("टाल दी, जिसका आयोजन 18 मई को होना था" is called off).
        status, status_from = self.status_of(v, lo, hi, trig, d[2].value if d and status_by_date else None,
                                             doc.published, previous, date_at=d[0] if d else None)
        actor = _unique([p for sp in roles[ACTOR] for p in sp.parts])
        target = [p for p in _unique([p for sp in roles[TARGET] for p in sp.parts]) if p not in actor]
        location = roles[LOCATION][0].part if roles[LOCATION] else None
        if location and any(_same(location, p) for p in actor + target):
            location = None
        conf = 0.45 + 0.15 * bool(actor) + 0.15 * bool(target) + 0.1 * bool(date) + 0.1 * (kind == "strong")
        attrs: dict[str, Any] = {"trigger_kind": kind, "status_from": status_from}
        if ana:
            attrs["anaphoric"] = ana
        elif any(_match_at(v.words, k, self.roles.earlier_cues) for k in range(0, trig[0])):
            attrs["earlier"] = True  # "इससे पहले ... चर्चा की थी": an earlier event, not the one just reported
        if weak:
            attrs["weak"] = True
        if self.lex.type != "VISIT" and (
                any(_match_at(v.words, k, self.roles.apart) for k in range(max(lo, trig[0] - 4), trig[0])) or
                any(k + _match_at(v.words, k, self.roles.another) == trig[0] for k in range(max(lo, trig[0] - 2), trig[0]))
                or _match_at(v.words, trig[1], self.lex.also_after) or self._beside_another(v.words, lo, trig)):
            # "शी जिनपिंग के साथ उनकी अलग से बैठक", "आठ अन्य करारों पर", "बैठक के बाद ... से भी मुलाक़ात की": an event
            # of its own (event_merge)
            attrs["apart"] = True
        if self.lex.type == "MEETING" and not target and any(
                v.words[k] in self.lex.officials and _match_at(v.words, k + 1, self.roles.counterpart)
                for k in range(lo, trig[0])) and not any(
                sp.label == "PER" and sp not in roles[ACTOR] for sp in v.spans):
            # "अधिकारियों के साथ समीक्षा बैठक की": a meeting with unnamed officials, not one with a named person
            # (event_merge); not when the sentence names one of them ("विशेषज्ञों के साथ संवाद ... पहला संवाद राजन से")
            attrs["with_officials"] = True
        offices = sorted({key(p.get("canonical") or p.get("text", "")) for sp in roles[ACTOR] + roles[TARGET]
                          if sp.office and sp.label == "LOC" for p in sp.parts}
                         # "दोनों पक्षों ने ... हस्ताक्षर किए": the two sides' countries stay beside their leaders
                         | ({key(p.get("canonical") or "") for sp in roles[ACTOR] + roles[TARGET] if sp.also
                             for p in sp.parts if p.get("label") == "LOC"} if self.lex.type == "AGREEMENT" else set()))
        if offices:
            attrs["offices"] = offices  # "अमेरिका के राजदूत": the country acts through an unnamed envoy (event_merge)
        if self.lex.signing and any(x in self.lex.signing for x in v.words[lo:hi]):
            attrs["signed"] = True  # "... पर भी दस्तख़त हुए": a signing told (event_merge may find its parties)
        if self.lex.drafts and not attrs.get("signed") and any(x in self.lex.drafts for x in v.words[lo:hi]):
            # "करार का मसौदा तैयार है": drafted, still to be signed (a draft signed, "समझौते के मसौदे पर दस्तख़त
            # किए", is a signing)
            attrs["drafted"] = True
            if status != "cancelled":
                status = "planned"
        if self.lex.ratify and any(x in self.lex.ratify for x in v.words[lo:hi]):
            attrs["kind"] = "ratify"
            if status == "cancelled" and any(_match_at(v.words, k, self.lex.not_yet) for k in range(lo, hi)):
                status = "planned"  # "संसद ने अब तक इसका अनुमोदन नहीं किया है": an approval still to come
        return Event(type=self.lex.type, trigger=trigger, actor=actor, target=target, location=location, date=date,
                     status=status, mentions=[Mention(v.sent_id, t_start, t_end, v.text)],
                     confidence=round(min(conf, 0.95), 3), attrs=attrs)


NAMING_REACH = 12  # words after "<agreement> को" in which the speech verb naming it stands ("... को ताइवान की ... बताया")
NEXT_MODIFIERS = 2  # words between "अगली" and its meeting noun: "अगली त्रिपक्षीय शिखर बैठक"
REACTION_REACH = 3  # words after the genitive in which a reaction stands: "सौदे की कड़ी आलोचना", "का पूरी तरह पालन"
TOUR_REACH = 2  # sentences back the visit whose tour a bare "दौरे की शुरुआत ... से हुई" continues may be told


def _same(a: dict, b: dict) -> bool:
    return key(a.get("canonical") or a.get("text", "")) == key(b.get("canonical") or b.get("text", ""))


def _unique(parts: list[dict]) -> list[dict]:
    out: list[dict] = []
    for p in parts:
        if not any(_same(p, q) for q in out):
            out.append(p)
    return out
