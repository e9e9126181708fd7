"""Step 1: what the event stages share about one document, built once per document: each
sentence's tokens as matching keys with the named spans and dates on them, plus the spans that
stand for a person named elsewhere (titles, office holders, subject pronouns)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cached_property
from dataclasses import dataclass, field
from typing import Any

from ...core.document import Document, Entity
from .lexicons import Roles, _ends_at, _match_at, _past_parenthesis, _word, key

NAMED = ("PER", "ORG", "LOC")
_COMMA = ","
# Characters back a bare title may reach a person whose title is bound to a place (about a paragraph).
PLACE_TITLE_REACH = 1500
FAR_TITLE_MENTIONS = 2  # ... and further back, the one person given that title, named this often
GUEST_SENTENCES_BACK = 4  # sentences back in which the guest met by "उनसे" may be the subject
UNION_PORTFOLIO_WORDS = 4  # words of a portfolio between "केंद्रीय" and "मंत्री" ("केंद्रीय जनजातीय कार्य मंत्री")
BOTH_SENTENCES_BACK = 2  # sentences before "दोनों देश" in which its two parties may be named
PROTAGONIST_MENTIONS = 3  # a person named this often is who the article is about (pronoun travellers)
PROTAGONIST_REACH = 4  # ... and named in one of the sentences this far back
STORY_LEAD = 3  # sentences at the top (headline, dateline, lead) that may say where the story is told from
RELATIVE_REACH = 4  # words from a person to the comma before "जो" that stands for them ("X भी मौजूद थे, जो")
QUOTE_SENTENCES = 6  # sentences a quotation may run on with its speaker ("सुधीर बताते हैं, ''... मैं ...")
# A verb may agree with another nominative than the name before it ("बाक तोक्यो ओलंपिक स्थगित करना जल्दबाजी होगी"):
# one verb is not enough to give a person a gender; a genitive or participle before a post held is.
MODIFIER_VOTE, GENDER_MARGIN = 2, 2
APPOSITION_WORDS = 2  # words of a noun between a gendered participle and the name it agrees with
BODY_SENTENCES = 6  # sentences after an organisation named in full in which its bare head word ("आयोग") is it
TEAM_SENTENCES = 3  # sentences after a team named with its body in which a bare "टीम" / "दल" is that team
TEAM_MODIFIERS = 3  # modifier tokens between a body's genitive and its team ("का एक अंतर-मंत्रालयी दल")


@dataclass
class Span:
    """A named participant in a sentence: token range [i, j) within the sentence."""
    i: int
    j: int
    entity: Entity
    part: dict[str, Any]
    title: bool = False  # a title standing for a person named elsewhere
    also: list[Entity] = field(default_factory=list)  # "दोनों देश": the second party it stands for
    office: bool = False  # an office standing for its country or body ("भारत के उच्चायुक्त"): acts like a person

    @property
    def label(self) -> str:
        return self.entity.label

    @property
    def parts(self) -> list[dict[str, Any]]:
        """The participants the span stands for: its entity, and for "दोनों देश" the other one."""
        return [self.part] + [e.participant() for e in self.also]


@dataclass
class SentView:
    """One sentence's tokens as matching keys, with the named spans and dates on them."""
    sent_id: int
    start: int  # offset of the sentence in norm_text
    text: str
    tokens: list  # core Tokens
    words: list[str]
    spans: list[Span] = field(default_factory=list)
    dates: list[tuple[int, int, Entity]] = field(default_factory=list)
    span_at: dict[int, Span] = field(default_factory=dict)  # first token -> span
    _tense: Any = None  # (cues, tense_at function) cached per sentence
    # The subject of one of the two sentences before, when it is also the last person named before
    # this sentence: who a bare "वह" / "वे" here most likely is (TravellerFinder._pronoun_traveller).
    recent_subject: Entity | None = None
    # The latest person of each known gender ("F", "M"), and the latest not known to be a woman ("not F"), named
    # before this sentence, for a pronoun whose verb agrees with another gender than the recent subject's
    # ("... । वे शुक्रवार को तुर्कमेनिस्तान पहुंचेंगी").
    by_gender: dict[str, Entity] = field(default_factory=dict)
    # The people the sentence before named, in order: the other party of a meeting told there is whom "उन्हें"
    # stands for when the recent subject invites ("X ने Y से मुलाक़ात की। X ने उन्हें ... आने का न्योता दिया").
    people_before: list[Entity] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # the document's people (canonical) -> "F" or "M"

    def named(self, k: int) -> bool:
        """Whether token k is inside one of the sentence's named spans."""
        return any(sp.i <= k < sp.j for sp in self.spans)


def _token_range(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The tokens (by their start and end offsets, in order) that [start, end) overlaps."""
    i = bisect_right(ends, start)  # the first token ending after start
    if i == len(ends):
        return None
    j = bisect_left(starts, end, i)  # the first token from i on starting at or after end
    return (i, j) if j > i else None


_QUOTES = frozenset("'\"")  # (the normalise stage has made curly quotes straight)


class DocIndex:
    """What the three event stages share about one document; built once per document."""

    def __init__(self, doc: Document, roles: Roles):
        self.doc = doc
        self.roles = roles
        self.views: list[SentView] = []
        by_sent: dict[int, list[Entity]] = {}
        for e in doc.entities:
            by_sent.setdefault(e.sent_id, []).append(e)
        for s in doc.sentences:
            toks = doc.tokens[s.tok_start:s.tok_end]
            v = SentView(s.sent_id, s.start, s.text, toks, [key(t.text) for t in toks])
            ents = by_sent.get(s.sent_id, [])
            starts, ends = ([t.start for t in toks], [t.end for t in toks]) if ents else ([], [])
            for e in sorted(ents, key=lambda e: (e.start, -(e.end - e.start))):
                r = _token_range(starts, ends, e.start, e.end)
                if r is None:
                    continue
                if e.label == "DATE":
                    v.dates.append((r[0], r[1], e))
                elif e.label in NAMED and not any(sp.i < r[1] and r[0] < sp.j for sp in v.spans) \
                        and not self._reporting(v, e, r[1]):
                    v.spans.append(Span(r[0], r[1], e, e.participant()))
            self.views.append(v)
        self._add_repeats()
        self.genders = self._genders()
        latest: dict[str, Entity] = {}
        for v in self.views:
            v.genders, v.by_gender = self.genders, dict(latest)
            for sp in v.spans:
                if sp.label != "PER":
                    continue
                gender = self.genders.get(sp.entity.canonical or sp.entity.text)
                if gender:
                    latest[gender] = sp.entity
                if gender != "F":
                    latest["not F"] = sp.entity  # a man, or a person whose gender nothing told
        self._named_times: dict[str, int] = {}  # person -> spans naming them in the document
        for v in self.views:
            for sp in v.spans:
                if sp.label == "PER":
                    name = sp.entity.canonical or sp.entity.text
                    self._named_times[name] = self._named_times.get(name, 0) + 1
        self._title_first = frozenset(p[0] for p in roles.title_phrases)
        self.place_bindings: list[tuple[int, str, Entity, str | None]] = []  # titles bound to a place
        self._former: set[int] = set()  # offsets of titles held before ("पूर्व राष्ट्रपति")
        # (offset, title key, person) of offices whose holder the table names ("आर्मीनिया के राष्ट्रपति"), for
        # "दोनों राष्ट्रपति" when the document never names them with the title
        self.office_people: list[tuple[int, str, Entity]] = []
        self.bindings = self._title_bindings()
        subjects: list[tuple[int, Entity]] = []  # (sentence number, person) of recent sentence subjects
        self.countries = roles.country_names
        self._last_team: tuple[int, Entity] | None = None  # (sentence, body or country) of the last team named
        last_person: Entity | None = None  # the last person named before the sentence
        actor: tuple[int, Entity] | None = None  # the last subject that did something other than speak
        seen: dict[str, tuple[int, int, Entity]] = {}  # person -> (mentions so far, last sentence, entity)
        quote: tuple[int, Entity | None] | None = None  # an open quotation: (sentence it opened in, its speaker)
        for n, v in enumerate(self.views):
            if actor and actor[0] >= n - 2 and (_same_person(actor[1], last_person) or actor[0] == n - 1):
                # the subject of the sentence before, even when it named another person after it ("X ने Y से
                # मुलाक़ात की। रविवार को वे शंघाई जाएंगे"); further back only if nobody was named since
                v.recent_subject = actor[1]
            elif seen:
                # else the person the article is about: named three times or more, and in the last two
                # sentences ("नीतीश कुमार का पेशावर जाने का भी कार्यक्रम था ... गुरुवार को वे इस्लामाबाद पहुंचेंगे")
                count, last, e = max(seen.values(), key=lambda t: (t[0], t[1]))
                if count >= PROTAGONIST_MENTIONS and last >= n - PROTAGONIST_REACH:
                    v.recent_subject = e
            if n:
                v.people_before = [sp.entity for sp in self.views[n - 1].spans if sp.label == "PER"]
            self._add_offices(v)
            self._add_state_government(v)
            self._add_titles(v)
            self._add_team(n, v)
            self._add_body(n, v)
            v.spans.sort(key=lambda sp: sp.i)
            last_person = next((sp.entity for sp in reversed(v.spans) if sp.label == "PER"), last_person)
            # (a title bound to the person counts: "शनिवार को भारतीय रक्षा मंत्री ... मिलेंगे। रविवार को वे शंघाई जाएंगे")
            mentioned = [sp.entity for sp in v.spans if sp.label == "PER"]
            if v.recent_subject is not None and any(x in roles.pronouns for x in v.words):
                # a pronoun standing for the person is a mention too: "... ने मैड्रिड से दौरे की शुरुआत की। वहां
                # वो राजा से मिले ... । मंगलवार को वो बर्लिन पहुंचे" keeps them the one the article is about
                mentioned.append(v.recent_subject)
            for e in mentioned:
                name = e.canonical or e.text
                count, _, first = seen.get(name, (0, n, e))
                seen[name] = (count + 1, n, first)
            self._add_pronouns(n, v, subjects)
            quote = self._add_first_person(n, v, quote)
            if subjects and subjects[-1][0] == n:
                # "एसडीएम विकास हिमांशु ने बताया कि ...": who reports is not who travels; a leader who speaks
                # still leads the story ("प्रधानमंत्री अंतोनिस समारास ने ... कहा कि ... । वे ... ब्रसेल्स जाएंगे")
                speaks = any(x in roles.speech_verbs for x in v.words) and not self._leader(subjects[-1][1])
                actor = None if speaks else subjects[-1]
            self._add_both(n, v)
            v.span_at = {sp.i: sp for sp in v.spans}
        self.story_place = self._story_place()
        self.venue = self.story_place or self._lead_place()

    def _story_place(self) -> Entity | None:
        """Where the story is told from, for "यहां पहुंचे": a dateline opening one of the first sentences
        ("अबू धाबी, एजेंसी।", "पटना :"), else the place the headline puts its news in ("ब्रुनेई में मिले ...")."""
        for v in self.views[:STORY_LEAD]:
            sp = v.spans[0] if v.spans else None
            if (sp is not None and sp.i == 0 and sp.label == "LOC" and not sp.office and not sp.title
                    and sp.j < len(v.words) and v.words[sp.j] in (",", ":")):
                return sp.entity
        for sp in self.views[0].spans if self.views else ():
            w = self.views[0].words
            if sp.label == "LOC" and not sp.office and not sp.title and sp.j < len(w) and w[sp.j] == self._in:
                return sp.entity
        return None

    def _lead_place(self) -> Entity | None:
        """Where the lead puts its news: the first place marked by में in the first sentence after the headline that
        names one ("... ने शुक्रवार को होंडुरास की राजधानी तेगुसिगाल्पा में ... दस्तख़त किए"), none in a hyphened name."""
        for v in self.views[1:STORY_LEAD]:
            w = v.words
            for sp in v.spans:
                if sp.label == "LOC" and not sp.office and not sp.title and sp.j < len(w) and w[sp.j] == self._in \
                        and not (sp.i > 0 and w[sp.i - 1] == "-") and not (sp.j + 1 < len(w) and w[sp.j + 1] == "-"):
                    return sp.entity
        return None

    _in = key("में")

    @cached_property
    def has_deps(self) -> bool:
        """Whether the tokens carry a dependency parse (asked by each of the three event stages)."""
        from .. import deproles

        return deproles.has_deps(self.doc)

    _fem_genitive, _masc_genitive = key("की"), key("के")
    _participle_gender = {key("वाली"): "F", key("वाले"): "M"}  # "सुर्खियां बटोरने वाली सिंगर कनिका कपूर"
    _adverbial_cases = frozenset(key(x) for x in ("में", "से", "पर", "को"))

    def _genders(self) -> dict[str, str]:
        """The gender of each person the document gives one, by agreement: the genitive or participle before a post
        held ("दक्षिण कोरिया की राष्ट्रपति पार्क ग्युन-हे", "भारत के प्रधानमंत्री", "... बटोरने वाली सिंगर कनिका कपूर"; worth
        two verbs) and a nominative subject's verb ("राष्ट्रपति पार्क ... लोगों से मिलीं"). A gender needs a margin of
        GENDER_MARGIN votes."""
        r = self.roles
        if not (r.feminine_verbs and r.masculine_verbs):
            return {}
        votes: dict[str, list[int]] = {}
        for v in self.views:
            named = {x for o in v.spans for x in range(o.i, o.j)}
            for n, sp in enumerate(v.spans):
                if sp.label != "PER" or sp.title:
                    continue
                name = sp.entity.canonical or sp.entity.text
                for gender, weight in ((self._modifier_gender(v, sp, named), MODIFIER_VOTE),
                                       (self._verb_agreement(v, n, sp, named), 1)):
                    if gender:
                        votes.setdefault(name, [0, 0])[gender == "M"] += weight
        return {name: ("F" if f > m else "M") for name, (f, m) in votes.items() if abs(f - m) >= GENDER_MARGIN}

    def _modifier_gender(self, v: SentView, sp: Span, named: set[int]) -> str | None:
        """The gender of the genitive before the post the person holds, after the name of a country or body
        ("पाकिस्तान की [विदेश मंत्री] हिना रब्बानी खार"), or of a participle before it ("वाली [सिंगर] कनिका कपूर")."""
        r, w = self.roles, v.words
        found = self._title_before(w, sp.i)
        k = found[1] if found else sp.i
        while k > 0 and w[k - 1] in r.title_words:
            k -= 1  # "भारत के [पूर्व] प्रधानमंत्री"
        if k == sp.i:
            # a participle agrees with a noun in apposition too: "वाली [सिंगर] कनिका कपूर" (a genitive not:
            # "पाकिस्तान की [नुमाइंदगी] सरताज अज़ीज़ कर रहे हैं" is the representation's)
            while k > 0 and sp.i - k < APPOSITION_WORDS and _word(w[k - 1]) and w[k - 1] not in r.markers \
                    and w[k - 1] not in self._participle_gender and (k - 1) not in named:
                k -= 1
            if k > 0 and w[k - 1] not in self._participle_gender:
                k = sp.i
        if k == sp.i or k < 1:
            return None
        if w[k - 1] in (self._fem_genitive, self._masc_genitive) and any(
                o.j == k - 1 and o.label in ("LOC", "ORG") for o in v.spans):
            return "F" if w[k - 1] == self._fem_genitive else "M"
        return self._participle_gender.get(w[k - 1])

    def _verb_agreement(self, v: SentView, n: int, sp: Span, named: set[int]) -> str | None:
        """The gender of the last gendered verb of the clause the person (the view's n-th span) is the nominative
        subject of: no case marker after the name, nor a coordinated name before it ("अभिषेक बच्चन और ऐश्वर्या राय
        बच्चन होंगे"), and the clause going on with a date, a name, an adverbial ("बैठक में") or the verb, not with a
        noun the name qualifies ("नरेंद्र मोदी सरकार ... कर रही है", "राजीव गांधी अस्पताल के")."""
        r, w = self.roles, v.words
        m = sp.j
        while m < len(w) and w[m] in r.particles:
            m += 1
        if (m >= len(w) or w[m] in r.markers or (sp.i > 0 and w[sp.i - 1] in r.coordinators) or not (
                m > sp.j or m in named or any(d[0] == m for d in v.dates) or verb_gender(w[m:m + 3], r)
                or (m + 1 < len(w) and w[m + 1] in self._adverbial_cases))):
            return None
        end = next((o.i for o in v.spans[n + 1:] if o.label == "PER"), len(w))
        m = sp.j
        while m < end and w[m] not in r.clause_breaks and w[m] not in r.relatives and w[m] != ",":
            m += 1
        return verb_gender(w[sp.j:m], r)

    def _add_repeats(self) -> None:
        """A person's full name (two words or more) that the NER found in one sentence stands for that
        person wherever else the document repeats it untagged: "केविन चेनाइस" after a run-on "पढें:
        <headline> से केविन चेनाइस ... अमरीका पहुंचे थे"."""
        names: dict[tuple[str, ...], Entity] = {}
        heads = self.roles.not_person_heads
        for v in self.views:
            for sp in v.spans:
                if sp.label == "PER" and sp.j - sp.i >= 2 and not any(x in heads for x in v.words[sp.i:sp.j]):
                    names.setdefault(tuple(v.words[sp.i:sp.j]), sp.entity)
        if not names:
            return
        # The last name alone, once the full name is known ("जेम्स क्लैपर ... क्लैपर शुक्रवार को प्योंगयांग
        # पहुंचे"), unless two people share it. One that is also an ordinary word ("पंकज राय" / राय, opinion)
        # stands for the person only before a case marker: "दिल्ली आकर शाह से मिले थे", "पासवान ने कहा" (688
        # times on the raw corpora, most already tagged; a sample of 25 all the person).
        r = self.roles
        surnames: dict[str, Entity | None] = {}
        marked_only: set[tuple[str, ...]] = set()

        def claim(word: str, e: Entity) -> None:  # None once two people share the word
            other = surnames.get(word, e)
            surnames[word] = e if other is e or (other is not None and other.canonical == e.canonical) else None

        for name, e in names.items():
            last = name[-1]
            if len(last) >= 3 and last not in r.title_words and _word(last):
                if last in r.ordinary_words:
                    marked_only.add((last,))
                claim(last, e)
        # Chinese names put the family name first ("शी जिनपिंग ... शी रविवार को उज़्बेकिस्तान के लिए रवाना
        # होंगे"): short, and often also a Hindi word, so only those not in roles.toml surname_not_alone
        for name, e in list(names.items()):
            if key(e.country or "") in r.surname_first_countries and name[0] not in r.surname_not_alone and _word(name[0]):
                claim(name[0], e)
        for last, e in surnames.items():
            if e is not None:
                names.setdefault((last,), e)
        firsts = {n[0] for n in names}
        for v in self.views:
            w, added = v.words, False
            for i, x in enumerate(w):
                if x not in firsts or v.named(i):
                    continue
                for name, e in names.items():
                    j = i + len(name)
                    if tuple(w[i:j]) == name and not any(sp.i < j and i < sp.j for sp in v.spans) and not (
                            j < len(w) and (w[j] in heads or w[j] in self.roles.place_nouns  # "राजीव गांधी पुरस्कार"
                                            or w[j] in self.roles.government_words)) and not (  # "बादल सरकार"
                            name in marked_only and not (j < len(w) and w[j] in self._surname_cases)):
                        v.spans.append(Span(i, j, e, e.participant()))
                        added = True
                        break
            if added:
                v.spans.sort(key=lambda sp: sp.i)

    def _title_before(self, words: list[str], end: int) -> tuple[tuple[str, ...], int] | None:
        """The title phrase ending at words[end-1] (skipping title words), and where it starts."""
        k = end
        while k > 0 and words[k - 1] in self.roles.title_words and not _ends_at(words, k, self.roles.title_phrases):
            k -= 1
        p = self.roles.title_phrases.ending_at(words, k)
        return (p, k - len(p)) if p is not None else None

    def _title_inside(self, words: list[str], sp: Span) -> tuple[tuple[str, ...], int] | None:
        """A title the NER kept at the front of the person's name ("बहरीन के [शाह हमद बिन ईसा अल ख़लीफ़ा]"), a name
        word after it: the title phrase and where it starts."""
        n = _match_at(words, sp.i, self.roles.title_phrases) if words[sp.i] in self._title_first else 0
        return (tuple(words[sp.i:sp.i + n]), sp.i) if n and sp.i + n < sp.j else None

    def _title_bindings(self) -> list[tuple[int, str, Entity, str | None]]:
        """(offset, title key, person, country) for every "<title> <name>" not bound to a place
        ("दिल्ली के मुख्यमंत्री"); country: of a nationality adjective before the title ("रूसी
        राष्ट्रपति पुतिन"), else None."""
        out, unions = [], []
        union = self.roles.titles.get((key("केंद्रीय"), key("मंत्री")))
        for v in self.views:
            for sp in v.spans:
                if sp.label != "PER":
                    continue
                found = self._title_before(v.words, sp.i) or self._title_inside(v.words, sp)
                offset = v.start + v.tokens[sp.i].start - v.tokens[0].start
                if union and self._union_minister(v.words, sp.i) and (not found or self.roles.titles[found[0]] != union):
                    # "केंद्रीय जनजातीय कार्य मंत्री अर्जुन मुंडा ... केंद्रीय मंत्री रविवार को खूंटी जाएंगे"
                    unions.append((offset, union, sp.entity, None))
                if not found:
                    continue
                phrase, k = found
                if k > 0 and v.words[k - 1] in self.roles.office_blockers:
                    self._former.add(offset)  # "दक्षिण अफ़्रीका के पूर्व राष्ट्रपति थाबो म्बेकी": no holder now
                if k > 0 and v.words[k - 1] in self.roles.genitive:
                    # "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल", "भारत के प्रधानमंत्री मोदी": bound to a place
                    owner = next((o for o in v.spans if o.j == k - 1 and o.label == "LOC"), None)
                    place = owner.entity.canonical if owner is not None else None
                    self.place_bindings.append((offset, self.roles.titles[phrase], sp.entity, place))
                    continue
                country = next((c for c in (self._demonym(v.words, m)[0] for m in range(max(0, k - 3), k)) if c),
                               None)
                out.append((offset, self.roles.titles[phrase], sp.entity, country))
        # a bare "केंद्रीय मंत्री" is the story's one Union minister; with two or more named it is none of them
        if len({e.canonical or e.text for _, _, e, _ in unions}) == 1:
            out = sorted(out + unions, key=lambda b: b[0])
        return out

    _union_first = frozenset(key(x) for x in ("केंद्रीय", "केन्द्रीय"))

    def _union_minister(self, words: list[str], i: int) -> bool:
        """The name at i follows "केंद्रीय <portfolio> मंत्री" (a few words of portfolio, no case marker between)."""
        if i < 2 or words[i - 1] != self._minister:
            return False
        for k in range(i - 2, max(-1, i - 2 - UNION_PORTFOLIO_WORDS), -1):
            if words[k] in self._union_first:
                return True
            if words[k] in self.roles.markers or words[k] in self.roles.clause_breaks:
                return False
        return False

    def _leader(self, e: Entity) -> bool:
        """e was named with a leader's title (roles.toml leader_titles) somewhere in the document."""
        name = e.canonical or e.text
        return any(t in self.roles.leader_titles and (p.canonical or p.text) == name
                   for _, t, p, _ in self.bindings + self.place_bindings)

    def resolve_title(self, title: str, offset: int, far: bool = False, land: str | None = None) -> Entity | None:
        """The person most recently named with this title before offset, else the one person given it bound to
        a place shortly before, else the first named with it after offset.
        far: also the story's one holder of a title bound to a place, named further back.
        land: only a person of that country (an adjective before the title: "भूटानी विदेश मंत्री" is not the Indian one
        named last)."""
        bindings = [(o, e) for o, t, e, _ in self.bindings if t == title and self._of_land(e, land)]
        place_bindings = [(o, e) for o, t, e, _ in self.place_bindings if t == title and self._of_land(e, land)]
        before = [e for o, e in bindings if o <= offset]
        if before:
            return before[-1]
        # Then a title bound to a place ("दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ... मुख्यमंत्री ने"): the
        # person, when the document gives that title to one person only, shortly before (digests of
        # many stories name other chief ministers far away); before one named with it later ("दक्षिण कोरिया
        # की राष्ट्रपति पार्क गुन-हे ... राष्ट्रपति बर्लिन पहुंचीं ... तत्कालीन राष्ट्रपति पार्क चुंग-ही").
        people = {e.canonical or e.text: e for o, e in place_bindings if 0 <= offset - o <= PLACE_TITLE_REACH}
        if len(people) == 1:
            return next(iter(people.values()))
        after = [e for o, e in bindings if o > offset]
        if after:
            return after[0]
        if people or not far:
            return None
        # Further back only the one the story is about: the only person given the title before, and named
        # often ("भारत में फ्रांस के राजदूत इमैनुएल लेनैं ... लेनैं ... राजदूत गुरुवार को ... रवाना होंगे")
        people = {e.canonical or e.text: e for o, e in place_bindings if o <= offset}
        if len(people) == 1:
            name, e = next(iter(people.items()))
            if self._named_times.get(name, 0) >= FAR_TITLE_MENTIONS:
                return e
        return None

    def _of_land(self, e: Entity, land: str | None) -> bool:
        """Whether the person is of that country (canonical name), or no country is asked for."""
        return land is None or self.roles.country_by_code.get(e.country or "") == land

    def _subject(self, v: SentView, before: int) -> Entity | None:
        """The sentence's subject among its people before token `before`: the first marked by ने,
        else a person opening the sentence (nothing named before it)."""
        people = [sp for sp in v.spans if sp.j <= before]
        for sp in people:
            if sp.label == "PER" and sp.j < len(v.words) and _match_at(v.words, sp.j, self.roles.agent):
                return sp.entity
        # Names in the genitive before it modify its title: "संयुक्त राष्ट्र के महासचिव बान की मून"; places
        # and bodies with a case marker are adverbials: "दिल्ली में अपने कार्यक्रम के बाद ली कचियांग ...".
        w = v.words
        glossed = 0  # "भारतीय उद्योग परिसंघ (सीआईआई) के साथ": the acronym glosses the name before it
        for sp in people:
            if sp.i < glossed:
                continue
            after = _past_parenthesis(w, sp.j)
            glossed = after if after > sp.j else glossed
            marked = after < len(w) and w[after] in self.roles.markers
            if sp.label == "PER" and sp.title and not marked and w[sp.i] not in self.roles.subject_pronouns \
                    and not self._countrys_holder(w, sp):
                continue  # a bare title is a subject only with ने: "प्रधानमंत्री बनने के बाद यह ... दौरा है"
            if sp.label == "PER":
                # not "साद के करीबी" nor "मोदी से मिलने के बाद": a person with a case marker is no subject, but for
                # the dative of what was to be ("ओर्टेगा को भी सम्मेलन में आना था, लेकिन उन्होंने ...")
                return None if marked and not self._obliged(w, after, before) else sp.entity
            if sp.label == "LOC" and after < len(w) and (w[after] in self.roles.motion_infinitives
                                                         or w[after] in self.roles.motion_participles):
                continue  # "किंशासा आने से पहले ओलांद ...", "वे सोमवार को काहिरा पहुंचे थे": where someone goes
            if sp.label != "PER" and after < len(w) and (w[after] in self._title_first or w[after] in self.roles.title_words
                                                         or w[after] in self.roles.role_nouns):
                # "संयुक्त राष्ट्र महासचिव बान की-मून भी ...", "कांग्रेस अध्यक्ष सोनिया गांधी भी उनसे मिलीं": the body
                # names the title of the person after it
                continue
            if not marked or _match_at(w, after, self.roles.agent):
                return None  # a place or body as the subject
        return None

    _dative = key("को")

    def _obliged(self, w: list[str], at: int, before: int) -> bool:
        """The dative at `at` is the subject of an infinitive with "था/है" in its clause, before token `before`
        (roles.toml obligation_auxiliaries): "मादुरो को भी सम्मेलन में आना था", "कीर को बैठक में शामिल होना था"."""
        if at >= len(w) or w[at] != self._dative:
            return False
        for k in range(at + 1, min(before, len(w)) - 1):
            if w[k] in self.roles.clause_breaks or w[k] == _COMMA:
                return False
            if len(w[k]) > 2 and to_be(w, k, self.roles, before):
                return True
        return False

    def _obliged_before(self, v: SentView, i: int) -> Entity | None:
        """The person before token i who was to do something (_obliged), the subject of the sentence there."""
        person = self._subject(v, i)
        sp = next((sp for sp in v.spans if sp.entity is person and sp.j < i), None)
        return person if sp is not None and self._obliged(v.words, sp.j, i) else None

    def _add_first_person(self, n: int, v: SentView, quote: tuple[int, Entity | None] | None):
        """Inside a quotation opened right after a speech verb ("सुधीर बताते हैं, ''... तब मैं साइकिल से
        मुंबई आया हुआ था ...''"), a first-person pronoun (roles.toml first_person) is the person who speaks:
        BBC Hindi's features tell trips and meetings in the words of those who made them. Returns the
        quotation still open after v, None once closed; its speaker is dropped after QUOTE_SENTENCES
        sentences (a closing mark the text lost does not carry the speaker far)."""
        r, w = self.roles, v.words
        if not r.quote_marks or (quote is None and not any(x in r.quote_marks for x in w)):
            return quote
        if quote is not None and quote[1] is not None and n - quote[0] > QUOTE_SENTENCES:
            quote = (quote[0], None)  # still open (its closing mark is to come), but too far to say who speaks
        added = False
        for k, x in enumerate(w):
            if x in r.quote_marks:
                if quote is not None:
                    quote = None  # it closes
                    continue
                # it opens: after "<speaker> <speech verb> ," the speaker is who says it
                opener = k >= 2 and w[k - 1] in (",", ":") and any(y in r.speech_verbs for y in w[max(0, k - 5):k - 1])
                speaker = self._subject(v, k) if opener else None
                quote = (n, speaker if speaker is not None and speaker.label == "PER" else None)
            elif x in r.first_person and quote is not None and quote[1] is not None and k not in v.span_at \
                    and not v.named(k):
                v.spans.append(Span(k, k + 1, quote[1], quote[1].participant(), title=True))
                added = True
        if added:
            v.spans.sort(key=lambda sp: sp.i)
        return quote

    def _add_pronouns(self, n: int, v: SentView, subjects: list[tuple[int, Entity]]) -> None:
        """An ergative pronoun (roles.toml subject_pronouns: उन्होंने, उसने) stands for the subject of
        the same or one of the two sentences before: "मोदी वाराणसी पहुंचे। उन्होंने वहां योगी के साथ
        बैठक की" - Modi met Yogi. """
        if any(x in self.roles.subject_pronouns or x in self.roles.clause_pronouns or x in self.roles.relative_pronouns
               or x in self.roles.counterpart_pronouns or x in self.roles.genitive_pronouns for x in v.words):
            taken = {k for sp in v.spans for k in range(sp.i, sp.j)}
            found = len(v.spans)
            for i, x in enumerate(v.words):
                if i in taken:
                    continue
                if x in self.roles.clause_pronouns and i > 0 and v.words[i - 1] in self.roles.clause_openers:
                    # "... चीन जाएंगे जहां वह ... बैठक में हिस्सा लेंगे": the subject of this sentence
                    person = self._subject(v, i)
                elif x in self.roles.relative_pronouns and i > 0 and v.words[i - 1] == _COMMA:
                    # "... एसएम कृष्णा इसमें शामिल हुए, जो बुधवार रात काबुल पहुंचे थे": the person just before
                    person = next((sp.entity for sp in reversed(v.spans) if sp.j < i and sp.label == "PER"
                                   and i - 1 - sp.j <= RELATIVE_REACH), None)
                elif x in self.roles.subject_pronouns:
                    person = self._subject(v, i)
                    if person is None and subjects and subjects[-1][0] >= n - 2:
                        person = subjects[-1][1]
                elif x in self.roles.genitive_pronouns and (obliged := self._obliged_before(v, i)) is not None:
                    # "सांतोस को भी बैठक में आना था, लेकिन ऐन वक़्त पर उनका भारत दौरा रद्द हो गया": the one who was to
                    person = obliged
                elif x in self.roles.counterpart_pronouns or (
                        x in self.roles.genitive_pronouns and _match_at(v.words, i + 1, self.roles.counterpart_after_pronoun)):
                    # "... और कयानी ने उनसे मुलाक़ात की": not the agent of its own clause; the agent may
                    # also be a nominative subject ("सोनिया गांधी ख़ुद उनसे मिलने होटल पहुंचीं")
                    agent = next((sp.entity for sp in reversed(v.spans) if sp.j < i and sp.label == "PER"
                                  and _match_at(v.words, sp.j, self.roles.agent)), None) or self._subject(v, i)
                    if agent is None:
                        continue  # "हम उनसे बातचीत करते हैं": only a named person meets "them"
                    # the person last named before it ("सू ची के घर जाकर उनसे मिले"), else the subject
                    # of a sentence just before
                    person = next((sp.entity for sp in reversed(v.spans) if sp.j <= i and sp.label == "PER"
                                   and (sp.entity.canonical or sp.entity.text) != (agent.canonical or agent.text)), None)
                    if person is None and subjects and subjects[-1][0] >= n - 2:
                        person = subjects[-1][1]
                        if agent.country and person.country in (None, agent.country):
                            # a host of the agent's own country met the guest just before ("कौर ने उनकी अगवानी की।
                            # कृष्णा ने उनसे मुलाक़ात की"): "them" is the guest, the recent subject of another country
                            person = next((p for m, p in reversed(subjects) if m >= n - GUEST_SENTENCES_BACK
                                           and p.country and p.country != agent.country), person)
                    if person is not None and (person.canonical or person.text) == (agent.canonical or agent.text):
                        person = None
                else:
                    continue
                if person is not None:
                    v.spans.append(Span(i, i + 1, person, person.participant(), title=True))
            if len(v.spans) > found:
                v.spans.sort(key=lambda sp: sp.i)
        person = self._subject(v, len(v.words))
        if person is not None:
            subjects.append((n, person))

    def _office_holder(self, v: SentView, i: int, j: int, title: str) -> Entity | None:
        """Who held the office on the publication date, when the document names nobody with the
        title: "प्रधानमंत्री ने ... मुलाकात की" in a 2025 article is Narendra Modi (office_holders.tsv); with no
        publication date, the one holder of the office the document names (_holder).
        Not after a word that makes it another office ("पूर्व प्रधानमंत्री", roles.toml office_blockers)
        or another country's ("अमेरिकी राष्ट्रपति")."""
        if not self.roles.office_holders:
            return None
        k, country = i, None
        while k > 0:  # the words before the title: "केंद्रीय", "पूर्व", "अमेरिकी" ...
            word = v.words[k - 1]
            if word in self.roles.office_blockers:
                return None
            country = country or self._demonym(v.words, k - 1)[0]
            if word not in self.roles.title_words:
                break
            k -= 1
        if country is None:
            country = self._story_country
            if country == "":
                return None  # a story set abroad, in a country the table has no holders of
        country = country or self.roles.home_country  # a bare title: the home country's holder, not the first listed
        return self._holder(title, country, v, i, j)

    def _holder(self, title: str, country: str, v: SentView, i: int, j: int) -> Entity | None:
        """The holder of a country's office (office_holders.tsv) as a person at tokens i..j: who held it on the
        publication date; with no publication date to look the holder up by, the one person the document names
        who ever held it ("भारत के उपराष्ट्रपति हामिद अंसारी ... उपराष्ट्रपति शनिवार को रवांडा रवाना होंगे" in BBC
        Hindi's undated copy); else None."""
        published = self.doc.published or ""
        if len(published) < 10:
            named = {e.canonical for e in self.doc.entities if e.label == "PER" and e.canonical}
            holders = {person for t, where, person, _, _ in self.roles.office_holders
                       if t == title and where == country and person in named}
            person = holders.pop() if len(holders) == 1 else None
        else:
            day = published[:10]
            person = next((person for t, where, person, start, end in self.roles.office_holders
                           if t == title and where == country and start <= day and (not end or day < end)), None)
        if person is None:
            return None
        a, b = v.tokens[i], v.tokens[j - 1]
        return Entity(a.start, b.end, self.doc.norm_text[a.start:b.end], "PER", v.sent_id,
                      canonical=person, source="office_holders")

    @cached_property
    def _story_country(self) -> str | None:
        """Whose bare title ("राष्ट्रपति ने") a story means: None (roles.toml home_country) when it names
        anything of India or no city or region abroad; in a story set abroad, the country of the table its
        places are most in ("" if none: Mogadishu's president is no Indian office holder)."""
        home = self.roles.home_code or None
        named = [e for e in self.doc.entities if e.label in NAMED]
        abroad = [e for e in named if e.label == "LOC" and e.country and e.country != home]
        # set abroad: a city or region abroad, not only a country ("प्रधानमंत्री ने ... दक्षिण अफ्रीका के
        # राष्ट्रपति से मुलाकात की" is India's prime minister meeting a foreign one)
        if home is None or any(e.country == home for e in named) or not any(
                e.canonical not in self.roles.country_names for e in abroad):
            return None
        holders = {where for _, where, _, _, _ in self.roles.office_holders}
        counts = Counter(self.roles.country_by_code.get(e.country) for e in abroad)  # Lahore: Pakistan
        counts = Counter({c: n for c, n in counts.items() if c in holders})
        return counts.most_common(1)[0][0] if counts else ""

    @cached_property
    def state_government(self) -> str | None:
        """The government of the home country's state the document names most (its first named on a tie):
        who "राज्य सरकार" is ("Government of Kerala"). A state's government named counts for the state, and
        a state named with its chief minister or government counts thrice ("मध्य प्रदेश के मुख्यमंत्री": the
        story is the state's, however often it names Delhi, where it happened)."""
        governments = self.roles.state_governments
        if not governments:
            return None
        named = set(governments.values())
        text = self.doc.norm_text
        counts: Counter[str] = Counter()
        for e in sorted(self.doc.entities, key=lambda e: e.start):
            if e.label == "LOC" and e.canonical in governments:
                after = text[e.end:e.end + 20].split()
                owns = any(key(x) in self.roles.state_heads for x in after[:2])
                counts[governments[e.canonical]] += 3 if owns else 1
            elif e.label == "ORG" and e.canonical in named:
                counts[e.canonical] += 3
        return counts.most_common(1)[0][0] if counts else None

    def _add_state_government(self, v: SentView) -> None:
        """"राज्य सरकार और सियाल के बीच ... सहमति बन गई": a state word before a government word, with nothing
        named before it and no quantifier ("सभी राज्य सरकार"), is the government of the state the document
        names most (roles.toml state_words); so is a state word as a side ("राज्य की ओर से मुख्य सचिव ने")."""
        r, w = self.roles, v.words
        if not r.state_words or not any(x in r.state_words for x in w):
            return
        for i in range(len(w) - 1):
            side = w[i] in r.state_words and _match_at(w, i + 1, r.side)  # "राज्य की ओर से मुख्य सचिव ने"
            if not side and not (w[i] in r.state_words and w[i + 1] in r.government_words and not w[i + 1].endswith("ों")):
                continue  # (not "राज्य सरकारों": all of them)
            if any(sp.i <= i + 1 and i < sp.j for sp in v.spans) or (i > 0 and (
                    w[i - 1] in r.quantifiers or w[i - 1] in r.genitive or w[i - 1] in r.place_nouns)):
                continue  # named already, many states, or "केरल की राज्य सरकार" (the genitive names it)
            government = self.state_government
            if government is None:
                return
            a, b = v.tokens[i], v.tokens[i if side else i + 1]
            body = Entity(a.start, b.end, self.doc.norm_text[a.start:b.end], "ORG", v.sent_id,
                          canonical=government, source="offices", country=r.home_code or None)
            v.spans.append(Span(i, i + 1 if side else i + 2, body, body.participant(), office=True))
        v.spans.sort(key=lambda sp: sp.i)

    def _reporting(self, v: SentView, e: Entity, j: int) -> bool:
        """A news agency, paper or broadcaster that reports (roles.toml reporters): "सुमंथिरन ने बीबीसी से कहा",
        "... ने बीबीसी को बताया कि दोनों पक्ष". In the genitive it may own an interview the gold counts as a meeting
        ("बाल ठाकरे से बीबीसी की बातचीत", "संक्रमित व्यक्ति से 'प्रभात खबर' की बातचीत")."""
        if e.canonical not in self.roles.reporters:
            return False
        while j < len(v.words) and v.words[j] in _QUOTES:
            j += 1  # the name's closing quote
        return not (j < len(v.words) and v.words[j] in self.roles.genitive)

    def _office_end(self, v: SentView, k: int, taken: set[int]) -> tuple[int, str | None, bool, bool]:
        """The office phrase from k ("उच्चायुक्त", "विदेश मंत्री", "वरिष्ठ अधिकारियों", "सरकार"): where it
        ends (k if none), its title key if it is one, whether it is a government word, and whether the
        title is plural ("विदेश मंत्रियों")."""
        r, w = self.roles, v.words
        m, end, title, government, plural = k, k, None, False, False
        while m < len(w) and m not in taken and m - k < 4 + TEAM_MODIFIERS:
            n = _match_at(w, m, r.title_phrases) if w[m] in self._title_first else 0
            p = 0 if n else _match_at(w, m, r.plural_title_phrases)
            if n:
                title, m = r.titles[tuple(w[m:m + n])], m + n
                end = m
            elif p:
                title, plural, m = r.plural_titles[tuple(w[m:m + p])], True, m + p
                end = m
            elif w[m] in r.role_nouns or w[m] in r.government_words or (
                    w[m] in r.teams and (m == k or w[m - 1] in r.team_modifiers)):
                government = government or w[m] in r.government_words
                m = end = m + 1
            elif end == k and m == k and (team := self._members_team(w, m, taken)):
                m = end = team  # "स्वीडन की कंपनियों का एक उच्चस्तरीय प्रतिनिधिमंडल": the team stands for Sweden
                break
            elif w[m] in r.title_words or (m == k and w[m] in self._office_modifiers):
                m += 1
            elif end == k and w[m] in r.team_modifiers and any(
                    w[n] in r.teams and n not in taken for n in range(m + 1, min(len(w), m + TEAM_MODIFIERS + 1))):
                m += 1  # "केंद्र सरकार के एक अंतर-मंत्रालयी दल ने" (the hyphen a token of its own)
            elif end == k and w[m] not in r.demonyms and w[m] not in r.markers and any(
                    n < len(w) and (w[n] in r.role_nouns or w[n] in r.government_words
                                    or (w[n] in r.teams and w[n - 1] in r.team_modifiers))
                    and n not in taken for n in (m + 1, m + 2)) \
                    and (m + 1 < len(w) and (w[m + 1] in r.role_nouns or w[m + 1] not in r.markers)):
                # a portfolio of a word or two before the office: "पाकिस्तान के विदेश सचिवों", "का एक संसदीय
                # प्रतिनिधिमंडल", "के सैन्य अभियान महानिदेशकों", "माली की अंतरिम सरकार"; not a nationality
                # ("भारत की ईरानी अधिकारियों से")
                m += 1
            else:
                break
        if k < end and end + 1 < len(w) and w[end] in r.genitive and w[end + 1] in r.teams and end + 1 not in taken:
            end += 2  # "... निरीक्षकों का दल"
        elif (k < end and end + 2 < len(w) and w[end] in r.genitive and w[end + 2] in r.teams and end + 2 not in taken
              and w[end + 1] in r.team_modifiers and end + 1 not in taken):
            end += 3  # "... निरीक्षकों का पहला दल"
        return end, title, government, plural

    def _members_team(self, w: list[str], k: int, taken: set[int]) -> int:
        """The end of "[count] [trade] <members> का [modifiers] <team>" from k (roles.toml team_members, team_counts:
        "करीब 20 कंपनियों का एक प्रतिनिधिमंडल", "30 से ज्यादा कंपनियों का दल", "स्वास्थ्य तकनीक कंपनियों का एक
        प्रतिनिधिमंडल"), 0 when the words there are not one."""
        r, m = self.roles, k
        while m < len(w) and m - k < 2 and (w[m] in r.team_counts or w[m].replace(",", "").isdigit()):
            m += 1
        if m > k and w[m - 1].replace(",", "").isdigit() and _match_at(w, m, self._more_than):
            m += 2  # "वियतनाम की 30 से ज्यादा कंपनियों का दल"
        if m + 2 < len(w) and w[m] not in r.team_members and w[m] not in r.markers and m not in taken:
            # a trade of a word or two before the members: "फिनलैंड की स्वास्थ्य तकनीक कंपनियों का एक प्रतिनिधिमंडल"
            m += 1 + (w[m + 1] not in r.team_members and w[m + 1] not in r.markers and m + 1 not in taken)
        if m + 2 >= len(w) or w[m] not in r.team_members or w[m + 1] not in r.genitive:
            return 0
        n = m + 2
        while n < len(w) and n - m - 2 < TEAM_MODIFIERS and w[n] in r.team_modifiers:
            n += 1
        if n < len(w) and w[n] in r.teams and not any(x in taken for x in range(k, n + 1)):
            return n + 1
        return 0

    _more_than = [tuple(key(x).split()) for x in ("से ज्यादा", "से ज़्यादा", "से अधिक")]

    _office_modifiers = frozenset(key(x) for x in ("वरिष्ठ", "शीर्ष", "आला", "उच्च", "सर्वोच्च", "विशेष", "एक", "दो", "कई", "तीन"))

    def _add_offices(self, v: SentView) -> None:
        """An office of a named country or body with nobody named for it stands for the country or
        body: "भारत के उच्चायुक्त ने", "आईएईए के निरीक्षक", "ईरानी अधिकारियों से", "पाकिस्तानी सरकार".
        A person named right after the office is the participant instead ("भारत के राजदूत X"), and so
        is the person the document names with that title and country, or who held it then."""
        r, w = self.roles, v.words
        taken = {k for sp in v.spans for k in range(sp.i, sp.j)}
        for i, x in enumerate(w):
            if i in taken or (x not in r.genitive and x not in r.demonyms and x not in r.national_teams
                              and not (i and (w[i - 1], x) in r.demonym_pairs)):
                continue  # (the owner's genitive or an adjective of a country opens an office; checked first, as cheap)
            demonym, start = self._demonym(w, i)
            if start < i and start in taken:
                demonym, start = r.demonyms.get(x), i
            if _match_at(w, i, r.source):
                continue  # "जापानी अधिकारियों के अनुसार राष्ट्रपति ...": a source, not "the officials' president"
            owner = next((sp for sp in v.spans if sp.j == i and not sp.title), None) if x in r.genitive else None
            if owner is not None and not (owner.label == "ORG" or (owner.label == "LOC"
                                                                    and owner.entity.canonical in self.countries)):
                continue
            if owner is None and demonym is None and x not in r.national_teams:
                continue
            end, title, government, plural = self._office_end(v, i + 1, taken)
            if end == i + 1:
                continue
            if owner is None and x in r.national_teams:
                if title is not None or not all(y in r.teams or y in r.team_modifiers for y in w[i + 1:end]):
                    continue  # "केंद्रीय मंत्री" is a post, not a team
                a, b = v.tokens[i], v.tokens[end - 1]
                body = Entity(a.start, b.end, self.doc.norm_text[a.start:b.end], "ORG", v.sent_id,
                              canonical=r.national_teams[x], source="offices")
                v.spans.append(Span(i, end, body, body.participant(), office=True))
                taken.update(range(i, end))
                continue
            after = end
            while after < len(w) and w[after] in r.title_words:
                after += 1
            if any(sp.label == "PER" and after <= sp.i <= after + 2
                   and not any(x in r.markers for x in w[after:sp.i]) for sp in v.spans):
                continue  # "भारत के राजदूत विक्रम मिसरी", "बीएचयू के निदेशक प्रो. रमेश चंद": the person is the participant
            country = owner.entity.canonical if owner is not None and owner.label == "LOC" else demonym
            a, b = v.tokens[owner.i if owner is not None else start], v.tokens[end - 1]
            if title is not None and not any(y in r.office_blockers for y in w[i + 1:end]):
                # (not "चीन के सहायक विदेश मंत्री": a lower rank of the post stands for the country, not its holder)
                offset = v.start + a.start - v.tokens[0].start
                listed = owner is not None and self._coordinated_holders(v, owner.i, title, offset, i + 1, end, taken)
                # in a list of countries ("भारत और पाकिस्तान के विदेश मंत्री ... मिले") each stands for the holder the
                # document names, else for itself; alone, for who held the title then (office_holders.tsv)
                person = self._titled(title, country, a.start, v, i + 1, end, table=not listed) \
                    if listed or not plural else None  # "अमरीका के राष्ट्रपतियों": the country's office
                if listed and person is None:
                    held = self._titled(title, country, a.start, v, i + 1, end)
                    if held is not None:
                        self.office_people.append((offset, title, held))  # for "दोनों राष्ट्रपति" after them
                elif listed:
                    self.office_people.append((offset, title, person))
                    v.spans.remove(owner)
                    v.spans.append(Span(owner.i, end, person, person.participant(), title=True))
                    taken.update(range(owner.i, end))
                    continue
                elif person is not None:
                    v.spans.append(Span(i + 1, end, person, person.participant(), title=True))
                    taken.update(range(i + 1, end))
                    self.office_people.append((offset, title, person))
                    continue
            if owner is not None:
                v.spans.remove(owner)
                v.spans.append(Span(owner.i, end, owner.entity, owner.part, office=True))
                taken.update(range(owner.i, end))
                self._coordinated_offices(v, owner.i, owner.label, taken)
                continue
            ruling = r.demonym_pair_governments.get((w[start], x)) if start < i else r.demonym_governments.get(x)
            if government and ruling:
                body = Entity(a.start, b.end, self.doc.norm_text[a.start:b.end], "ORG", v.sent_id,
                              canonical=ruling, source="offices")
            else:
                body = Entity(a.start, b.end, self.doc.norm_text[a.start:b.end], "LOC", v.sent_id,
                              canonical=country, source="offices")
            v.spans.append(Span(start, end, body, body.participant(), office=True))
            taken.update(range(start, end))
            self._coordinated_offices(v, start, body.label, taken)
        self._group_offices(v, taken)

    def _add_team(self, n: int, v: SentView) -> None:
        """A bare team word ("टीम", "दल", "प्रतिनिधिमंडल") opening its clause, or after a demonstrative or a date, is
        the team the story named with its body or country up to TEAM_SENTENCES before: "गृह मंत्रालय की एक केंद्रीय टीम
        अहमदाबाद पहुंची। ... सोमवार को टीम सूरत जाएगी". A team named here becomes the one later bare words stand for."""
        r, w = self.roles, v.words
        taken = {k for sp in v.spans for k in range(sp.i, sp.j)}
        named = next((sp for sp in reversed(v.spans) if sp.office and sp.j - sp.i > 1
                      and any(w[k] in r.teams for k in range(sp.i, sp.j))), None)
        last = self._last_team
        for k, x in enumerate(w):
            if x not in r.teams or k in taken or last is None or n - last[0] > TEAM_SENTENCES:
                continue
            before = w[k - 1] if k else ""
            if k and before not in self._team_openers and before not in r.clause_breaks \
                    and not any(d[1] == k - 1 for d in v.dates):
                continue  # "विपक्षी दल", "मेडिकल टीम": a team of its own kind
            if k + 1 < len(w) and (w[k + 1] in r.genitive or w[k + 1] in r.teams):
                continue  # "टीम के सदस्य", "दल का गठन": the team's own parts, or a compound
            entity = last[1]
            v.spans.append(Span(k, k + 1, entity, entity.participant(), office=True))
            taken.add(k)
        if named is not None:
            self._last_team = (n, named.entity)

    def _add_body(self, n: int, v: SentView) -> None:
        """A bare body word ("आयोग", "संगठन", "फ़ोरम"; roles.toml bodies) opening its clause or after a demonstrative,
        before a genitive, is the organisation named with that head word up to BODY_SENTENCES before (or earlier in its
        own sentence): "भारत-नेपाल संयुक्त आयोग की बैठक ... । आयोग की पिछली बैठक 1991 में हुई थी", "... शंघाई सहयोग
        संगठन ... । संगठन का अगला शिखर सम्मेलन अगले साल उफ़ा में होगा". An acronym names it too when the document
        spells it out with that head elsewhere (एससीओ)."""
        r, w = self.roles, v.words
        if not r.bodies or not any(x in r.bodies for x in w):
            return
        taken = {k for sp in v.spans for k in range(sp.i, sp.j)}
        for k, x in enumerate(w):
            if x not in r.bodies or k in taken or k + 1 >= len(w) or w[k + 1] not in r.genitive:
                continue
            if k and w[k - 1] not in self._team_openers and w[k - 1] not in r.clause_breaks:
                continue  # "चुनाव आयोग", "सुरक्षा परिषद": a body of its own name, not the bare word
            start = v.tokens[k].start
            body = next((e for e in reversed(self._bodies_by_head.get(x, ())) if e.start < start
                         and self._sentence_of.get(e.sent_id, -1) >= n - BODY_SENTENCES), None)
            if body is not None:
                v.spans.append(Span(k, k + 1, body, body.participant(), office=True))
                taken.add(k)

    @cached_property
    def _sentence_of(self) -> dict[int, int]:
        return {v.sent_id: n for n, v in enumerate(self.views)}

    @cached_property
    def _bodies_by_head(self) -> dict[str, list[Entity]]:
        """Head word -> the document's organisation mentions (in order) of a body some mention of which ends with it."""
        heads: dict[str, set[str]] = {}
        orgs = sorted((e for e in self.doc.entities if e.label == "ORG"), key=lambda e: e.start)
        for e in orgs:
            words = e.text.split()
            if len(words) > 1:
                heads.setdefault(e.canonical or e.text, set()).add(key(words[-1]))
        out: dict[str, list[Entity]] = {}
        for e in orgs:
            for head in heads.get(e.canonical or e.text, ()):
                out.setdefault(head, []).append(e)
        return out

    def _demonym(self, w: list[str], k: int) -> tuple[str | None, int]:
        """The country of the adjective ending at word k and where the adjective starts: "उत्तर कोरियाई" is North
        Korea from its first word, though "कोरियाई" alone is the South; (None, k) for no adjective of a country."""
        if k and (w[k - 1], w[k]) in self.roles.demonym_pairs:
            return self.roles.demonym_pairs[(w[k - 1], w[k])], k - 1
        return self.roles.demonyms.get(w[k]), k

    def _countrys_holder(self, w: list[str], sp: Span) -> bool:
        """A title after a country's adjective is its holder, the office's words no other noun's: "बुधवार को भूटानी
        विदेश मंत्री प्रधानमंत्री मनमोहन सिंह से मिलेंगे" (not "चीनी राष्ट्रपति पद", "... राष्ट्रपति भवन")."""
        after = w[sp.j] if sp.j < len(w) else ""
        return (sp.i > 0 and self._demonym(w, sp.i - 1)[0] is not None
                and after not in self.roles.office_words_after and after not in self.roles.title_buildings)

    _team_openers = frozenset(key(x) for x in ("यह", "ये", "इस", "उस", "वह", "वो", "यही", "वही"))

    def _group_offices(self, v: SentView, taken: set[int]) -> None:
        """An organisation named right before a plural word for its people, no genitive between, stands
        for them: "तालिबान प्रतिनिधियों के साथ", "कांग्रेस नेताओं से" (not before a person's name: "कांग्रेस
        नेता राहुल गांधी")."""
        r, w = self.roles, v.words
        for sp in list(v.spans):
            k = sp.j
            if (sp.label != "ORG" or sp.office or sp.title or k >= len(w) or k in taken
                    or w[k] not in r.group_nouns):
                continue
            if any(o.label == "PER" and k + 1 <= o.i <= k + 2 for o in v.spans):
                continue
            v.spans.remove(sp)
            v.spans.append(Span(sp.i, k + 1, sp.entity, sp.part, office=True))
            taken.update(range(sp.i, k + 1))

    def _coordinated_holders(self, v: SentView, start: int, title: str, offset: int, i: int, j: int,
                             taken: set[int]) -> bool:
        """Countries listed before the owner of a title ("अज़रबैजान और आर्मीनिया के राष्ट्रपति"): each stands for
        its holder of the title that the document names, else for itself, as in _coordinated_offices; who held
        the title then is kept for "दोनों राष्ट्रपति" after them (office_people). Whether any country was listed."""
        w = v.words
        listed = False
        while start >= 2 and w[start - 1] in self.roles.coordinators:
            prev = next((sp for sp in v.spans if sp.j == start - 1 and not sp.title and not sp.office), None)
            if prev is None or prev.label != "LOC" or prev.entity.canonical not in self.countries:
                break
            named = self._titled(title, prev.entity.canonical, offset, v, i, j, table=False)
            held = named or self._titled(title, prev.entity.canonical, offset, v, i, j)
            if held is not None:
                self.office_people.append((offset - 1, title, held))
            v.spans.remove(prev)
            if named is not None:
                v.spans.append(Span(prev.i, prev.j, named, named.participant(), title=True))
            else:
                v.spans.append(Span(prev.i, prev.j, prev.entity, prev.part, office=True))
            taken.update(range(prev.i, prev.j))
            listed = True
            start = prev.i
        return listed

    def _coordinated_offices(self, v: SentView, start: int, label: str, taken: set[int]) -> None:
        """Countries listed before an office's owner share the office: in "भारत और पाकिस्तान के सैन्य
        अभियान महानिदेशकों" and "भारतीय और चीनी सैन्य कमांडरों" each country stands for its officials."""
        r, w = self.roles, v.words
        while start >= 2 and w[start - 1] in r.coordinators:
            k = start - 2
            prev = next((sp for sp in v.spans if sp.j == k + 1 and not sp.office and not sp.title), None)
            if prev is not None and prev.label == "LOC" and prev.entity.canonical in self.countries:
                v.spans.remove(prev)
                v.spans.append(Span(prev.i, prev.j, prev.entity, prev.part, office=True))
                start = prev.i
            elif prev is None and k not in taken and w[k] in r.demonyms:
                t = v.tokens[k]
                body = Entity(t.start, t.end, self.doc.norm_text[t.start:t.end], "LOC", v.sent_id,
                              canonical=r.demonyms[w[k]], source="offices")
                v.spans.append(Span(k, k + 1, body, body.participant(), office=True))
                taken.add(k)
                start = k
            else:
                return

    def _titled(self, title: str, country: str | None, offset: int, v: SentView, i: int, j: int,
                table: bool = True) -> Entity | None:
        """The person holding a title qualified by a country ("चीनी प्रधानमंत्री", "भारत के प्रधानमंत्री"):
        the one the document names with that country and title, else who held it on the publication
        date (office_holders.tsv), or with none the one holder of it the document names; without table,
        only the one the document names with that country and title."""
        named = [e for o, t, e, c in self.bindings + self.place_bindings
                 if t == title and c == country and country is not None and o <= offset]
        if named:
            return named[-1]
        return self._holder(title, country, v, i, j) if country is not None and table else None

    def _add_both(self, n: int, v: SentView) -> None:
        """"दोनों देश", "दोनों पक्षों", "दोनों नेताओं": the last two parties of that kind named in the
        sentence before it or in the two sentences before ("ली कचियांग ... पहुंचे। ... । ... मनमोहन सिंह ने
        ... रात्रिभोज दिया, जहां दोनों नेताओं ने बातचीत की"); failing that, further back ("अप्रैल में दोनों नेताओं ने
        टेलीफोन पर बातचीत की थी" below a story of the two). "दोनों" right before a case marker ("दोनों के
        बीच", "दोनों ने") takes the kind configured for "" (any two parties)."""
        w = v.words
        for i in range(len(w) - 1):
            count = self._all_words.get(w[i])  # "तीनों देशों ने", "चारों नेताओं ने": three, four of them
            if count is None:
                continue
            # "दोनों अमेरिकी मंत्री": the two people of that country named last
            land = self.roles.demonyms.get(w[i + 1]) if i + 2 < len(w) else None
            at = i + 2 if land is not None and self.roles.both.get(w[i + 2]) == "person" else i + 1
            portfolio = None
            if at == i + 1:
                land = None
                if i + 2 < len(w) and self.roles.both.get(w[i + 2]) == "person":
                    # a portfolio before the office: "दोनों विदेश मंत्रियों ने", "दोनों गृह मंत्रियों के बीच" are the
                    # last two named with that title
                    portfolio = self.roles.titles.get((w[i + 1], w[i + 2])) or self.roles.titles.get(
                        (w[i + 1], self._minister))
                    if portfolio is not None:
                        at = i + 2
            noun = "" if w[at] in self._case_words else w[at]
            kind = self.roles.both.get(noun)
            if kind is None or v.named(i):
                continue
            earlier = self._mentions(v, i)[::-1]
            # not the speaker who reports it: "... मंत्रालय के प्रवक्ता X ने बताया कि ... दोनों पक्षों के बीच सहमति बनी"
            said = next((k for k in range(i - 1, 0, -1) if w[k] == self._that and w[k - 1] in self.roles.speech_verbs), None)
            speaker = next((sp for sp in reversed(v.spans) if said is not None and sp.j < said
                            and _match_at(w, sp.j, self.roles.agent)), None)
            if speaker is not None and speaker.label == "PER" and not speaker.also:
                earlier = [sp for sp in earlier if sp.i > said]  # one person speaking ("दोनों देशों ने कहा कि" stays)
            # two of one country may be named further back: its people are few; and so may two countries,
            # which are few in a story ("भारत और चीन ने ... दस्तख़त किए" five sentences before "दोनों देशों ने")
            for back in range(1, (n if land is not None or count == 2 else BOTH_SENTENCES_BACK) + 1):
                if n - back > 0 and _subheading(self.views[n - back]):
                    continue  # "चीन की चिंता" over a section: what it is about, not a party just named
                if n - back >= 0:
                    told = self._mentions(self.views[n - back], len(self.views[n - back].words))[::-1]
                    if back > BOTH_SENTENCES_BACK and land is None and kind != "country":
                        # "दोनों नेताओं ने ... फ़ोन पर बात की थी" far below them: the two the story is about, each
                        # named more than once, not a name from history told once on the way
                        told = [sp for sp in told if sp.entity.label != "PER"
                                or self._named_times.get(sp.entity.canonical or sp.entity.text, 0) > 1]
                    earlier += told
            # the last two named with the title of the noun ("दोनों प्रधानमंत्रियों के बीच ... बातचीत"), else the
            # last two parties of its kind named close by
            found: list[Entity] = self._both_titled(noun, v.tokens[i].start, portfolio) if count == 2 else []
            if portfolio is not None and len(found) < 2:
                continue  # "दोनों विदेश मंत्रियों" are two named with that title, or nobody
            # the subject of the clause is not one of the two it acts on ("उन्होंने दोनों उम्मीदवारों से"); when
            # the two are the subject they may include it ("मनमोहन सिंह ने भोज दिया, जहां दोनों नेताओं ने")
            after = at + (1 if noun else 0)
            object_of = after < len(w) and (w[after] in self._object_cases or _match_at(w, after, self.roles.counterpart))
            agents = {sp.entity.canonical or sp.entity.text for sp in v.spans
                      if sp.j <= i and ((sp.j < len(w) and w[sp.j] == self._agent)
                                        or w[sp.i] in self.roles.subject_pronouns)} if kind == "person" and object_of else set()
            if land is not None:
                found = [e for e in found if self.roles.country_by_code.get(e.country or "") == land]
            for sp in earlier if len(found) < count else ():
                e = sp.entity
                if (e.canonical or e.text) in agents or (
                        land is not None and self.roles.country_by_code.get(e.country or "") != land):
                    continue
                if kind == "country" and not sp.office and e.canonical not in self.countries:
                    if e.label == "LOC" and e.sent_id is not None and v.sent_id - e.sent_id > BOTH_SENTENCES_BACK:
                        continue  # a town far back says little of the pair ("वेलिंगटन स्थित ... कॉलेज" is no New Zealand)
                    e = self._country_of(e)  # "ली कचियांग की भारत यात्रा के दौरान दोनों देशों ने": China, India
                    if e is None:
                        continue
                fits = (e.label == "PER" if kind == "person" else
                        (e.label == "LOC" and e.canonical in self.countries) or (
                            e.label == "ORG" and e.canonical in self._governments) if kind == "country" else
                        # "दोनों राज्यों के मुख्य सचिवों": the last two states of the home country named
                        e.label == "LOC" and e.canonical in self.roles.state_governments if kind == "state" else
                        # "दोनों कंपनियों", "दोनों सेनाओं": the last two bodies named
                        e.label == "ORG" if kind == "body" else
                        e.label in ("PER", "ORG") or (e.label == "LOC" and e.canonical in self.countries))
                if fits and all((f.canonical or f.text) != (e.canonical or e.text) for f in found):
                    found.append(e)
                if len(found) == count:
                    break
            if len(found) == count:
                first, also = found[-1], found[-2::-1]  # found is most recent first
                if count == 2 and kind == "party" and all(e.label == "PER" for e in found):
                    # "दोनों पक्षों ने ... हस्ताक्षर किए" after two leaders: their countries too (an agreement keeps
                    # them, extractor; elsewhere people stand for their countries, event_merge)
                    lands = [self._country_of(e) for e in found[::-1]]
                    if all(lands) and lands[0].canonical != lands[1].canonical:
                        also += lands
                end = at + 1 if noun else at
                if end + 1 < len(w) and w[end] in self.roles.genitive:
                    k = end + 1
                    while k < len(w) - 1 and k - end <= 2 and (w[k] in self.roles.team_modifiers or (
                            w[k] not in self.roles.markers and w[k + 1] in self.roles.role_nouns)):
                        k += 1  # (a portfolio before the office: "दोनों देशों के वित्त मंत्रियों के बीच")
                    if (w[k] in self.roles.role_nouns or w[k] in self.roles.government_words
                            or w[k] in self.roles.legislatures or (w[k] in self.roles.teams and k > end + 1)):
                        # "दोनों देशों के अधिकारियों ने", "दोनों देशों की सरकारों के बीच", "दोनों देशों के तकनीकी
                        # दल", "दोनों देशों की संसदों से मंज़ूरी": they act for the two
                        end = k + 1
                # the title inside it is theirs, no bare title of its own ("दोनों राष्ट्रपति" is not the president)
                v.spans[:] = [sp for sp in v.spans if not (sp.title and i < sp.i and sp.j <= end)]
                v.spans.append(Span(i, end, first, first.participant(), title=True, also=also, office=end > at + 1))
        v.spans.sort(key=lambda sp: sp.i)

    _that = key("कि")

    def _mentions(self, v: SentView, before: int) -> list[Span]:
        """The parties named in v before token `before`, and a pronoun there standing for the sentence's
        recent subject ("मंगलवार को वो बर्लिन पहुंचे, जहां ... मर्केल उनकी मेज़बान थीं। दोनों के बीच ..."), in order."""
        spans = [sp for sp in v.spans if sp.j <= before]
        if v.recent_subject is not None:
            e = v.recent_subject
            k = next((k for k, x in enumerate(v.words[:before]) if x in self.roles.pronouns
                      and not v.named(k)), None)
            if k is not None:
                spans = sorted(spans + [Span(k, k + 1, e, e.participant(), title=True)], key=lambda sp: sp.i)
        return spans

    def _both_titled(self, noun: str, offset: int, title: str | None = None) -> list[Entity]:
        """The last two people named with the title of "दोनों <noun>" (or with `title`) before offset, most
        recent first; empty unless there are two."""
        if title is None:
            title = self.roles.both_titles.get(noun)
            if title is None:
                return []
            title = self.roles.titles.get((key(title),), title)
        people: list[Entity] = []
        holders = [(o, t, e, None) for o, t, e in self.office_people]
        for o, t, e, _ in sorted(self.bindings + self.place_bindings + holders, key=lambda b: b[0], reverse=True):
            if t == title and o < offset and o not in self._former and all(
                    (f.canonical or f.text) != (e.canonical or e.text) for f in people):
                people.append(e)
            if len(people) == 2:
                return people
        return []

    _minister = key("मंत्री")
    _surname_cases = frozenset(key(x) for x in ("ने", "से", "को", "के", "की", "का"))
    _all_words = {key(x): n for x, n in (("दोनों", 2), ("तीनों", 3), ("चारों", 4), ("पांचों", 5), ("पाँचों", 5))}
    _agent = key("ने")
    _object_cases = frozenset(key(x) for x in ("को", "से"))
    _case_words = frozenset(key(x) for x in ("ने", "के", "की", "का", "को", "से", "में"))

    def _country_of(self, e: Entity) -> Entity | None:
        """The country a person or a place belongs to (its knowledge-base country), as a party in
        its stead: "टोनी एबट की दिल्ली यात्रा के दौरान दोनों देशों ने" is Australia and India."""
        name = self.roles.country_by_code.get(e.country or "") if e.label in ("PER", "LOC") else None
        if name is None:
            return None
        return Entity(e.start, e.end, e.text, "LOC", e.sent_id, canonical=name, source="country_of", country=e.country)

    @property
    def _governments(self) -> frozenset[str]:
        return frozenset(self.roles.demonym_governments.values())

    def _add_titles(self, v: SentView) -> None:
        taken = set()
        for sp in v.spans:
            taken.update(range(sp.i, sp.j))
        titles = self.roles.title_phrases
        first = self._title_first
        resume = 0
        for i, x in enumerate(v.words):
            if i < resume or x not in first:
                continue  # no title starts here (one set lookup before any phrase matching)
            n = _match_at(v.words, i, titles) if i not in taken else 0
            if not n:
                continue
            j = i + n
            k = j
            while k < len(v.words) and v.words[k] in self.roles.title_words and k not in taken:
                k += 1
            # named right after, unless by a place: "शनिवार को मुख्यमंत्री मसलिया प्रखंड जायेंगे" is the CM going there
            named_next = any(sp.i <= k < sp.j and sp.label != "LOC" for sp in v.spans)
            modified = i > 0 and (v.words[i - 1] in self.roles.genitive or v.words[i - 1] in self.roles.quantifiers)
            office = j < len(v.words) and v.words[j] in self.roles.office_words_after  # "प्रधानमंत्री बनने के बाद"
            if not named_next and not modified and not office:
                title = self.roles.titles[tuple(v.words[i:j])]
                building = j < len(v.words) and v.words[j] in self.roles.title_buildings
                # (not "तत्कालीन राष्ट्रपति", "पूर्व प्रधानमंत्री": someone else than the story's holder)
                far = not (i > 0 and v.words[i - 1] in self.roles.office_blockers)
                land = self._demonym(v.words, i - 1)[0] if i > 0 else None  # "भूटानी विदेश मंत्री"
                person = self.resolve_title(title, v.tokens[i].start, far, land) or (
                    None if building else self._office_holder(v, i, j, title))
                if person is not None:
                    part = person.participant()
                    v.spans.append(Span(i, j, person, part, title=True))
            resume = j



_last_index: list = [None]  # (doc, signature, DocIndex) of the document the event stages are on


def index_of(doc: Document, roles: Roles) -> DocIndex:
    """One DocIndex per document for the three event stages that run on it one after another.

    Kept in this module (not on the document, which workers pickle) for the last document only."""
    sig = (roles, len(doc.entities), len(doc.tokens), len(doc.sentences))
    cached = _last_index[0]
    if cached is not None and cached[0] is doc and cached[1] == sig:
        return cached[2]
    index = DocIndex(doc, roles)
    _last_index[0] = (doc, sig, index)
    return index


SUBHEADING_WORDS = 5  # a line of this many words or fewer, with no full stop, inside an article is a subheading


def _subheading(v: SentView) -> bool:
    """A short line with no closing stop ("चीन की चिंता", "तमिलनाडु में नाराज़गी"): BBC Hindi's section titles."""
    text = v.text.strip()
    return len(v.words) <= SUBHEADING_WORDS and not text.endswith((".", "।", "?", "!", "\"", "'"))


_INFINITIVE = key("ना")


def to_be(w: list[str], k: int, roles: Roles, end: int | None = None) -> bool:
    """An infinitive at k before "था/है" (roles.toml obligation_auxiliaries), particles between, before token `end`:
    "जाना था", "आना भी था" - what was or is to be."""
    end = len(w) if end is None else end
    if not w[k].endswith(_INFINITIVE):
        return False
    m = k + 1
    while m < len(w) and w[m] in roles.particles:
        m += 1
    return m < end and w[m] in roles.obligation_auxiliaries


def verb_gender(words: list[str], roles: Roles) -> str | None:
    """The gender the last gendered verb among the words agrees with: "F" ("पहुंचेंगी", "जा रही हैं"), "M" or None."""
    for x in reversed(words):
        if x in roles.feminine_verbs:
            return "F"
        if x in roles.masculine_verbs:
            return "M"
    return None


def _same_person(a: Entity | None, b: Entity | None) -> bool:
    """The same person, named twice or once: by canonical name, else by text."""
    return a is b or (a is not None and b is not None and (a.canonical or a.text) == (b.canonical or b.text))
