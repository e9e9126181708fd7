"""Rule-based event extraction for Hindi news: VISIT, MEETING, AGREEMENT.

One engine, three lexicons (configs/events/<type>.toml). For each sentence:

1. Triggers: whole-token matches of a lexicon's words and phrases. *Strong* nouns
   (बैठक, यात्रा, समझौता) are events by themselves; *weak* nouns (बात, चर्चा,
   हस्ताक्षर) only with a light verb after them (बात की, हस्ताक्षर किए); *verbs*
   only in their frame: मिलना after "X से / X के साथ", motion verbs (गया, आएंगे,
   पहुंचे) right after a named place.
2. Clause: participants and dates are read from the trigger's clause only; a
   clause ends at punctuation and at clause words such as कि, so in
   "मंत्रालय ने कहा कि पुतिन भारत आएंगे" the ministry is not a visitor.
3. Roles from case marking: the postposition after a named entity, or after a
   list "X, Y और Z", says its role: ने/द्वारा -> actor; से, के साथ -> the other
   party; "X और Y के बीच" -> both; "X की (भारत) यात्रा" -> X's visit, and a place
   right before or in the genitive of a visit trigger is the place visited;
   "X में" -> location; a bare person or organisation before the trigger is the
   subject. A genitive before a title or another name ("दिल्ली के मुख्यमंत्री
   केजरीवाल") only modifies that name. A bare title ("प्रधानमंत्री ने") stands for
   the person the document names with that title ("प्रधानमंत्री नरेंद्र मोदी"), and
   "X ने कहा कि वह / उनकी ..." for the speaker X.
   With a dependency parse (the optional ``stanza`` stage), which names are the trigger's
   arguments, and with which marker, comes from the parse instead (pipeline/hindi/deproles.py):
   a name in another clause or modifying another noun is no participant. Where the parse gives
   the trigger no arguments, the rules above apply. Such events carry attrs["roles_from"]
   ("parse" or "rules"); without a parse nothing changes.
4. Date: the DATE entity of the clause nearest the trigger, unless it is the
   reference point of "के बाद / से पहले / तक"; dates listed together ("20 मार्च,
   दो और 11 अप्रैल") give one event each.
5. Status, in this order: a cancellation or refusal word near the trigger, or a
   negation in its verb group -> cancelled; postponement to a new time -> planned
   (still expected), with no new time -> cancelled; "यात्रा पर हैं" -> ongoing; an expectation word near
   the trigger (उम्मीद, प्रस्तावित, तैयारी, चाहते) or a prospective participle
   ("होने वाली बातचीत") -> planned; "बैठक बुलाई है" -> planned; else the tense of
   the trigger's clause (pipeline/hindi/tense.py, cues in configs/tense.toml):
   future -> planned, past -> occurred, progressive -> ongoing ("आ रहे हैं" after a
   visit: planned); a date after the publication date makes it planned; with no
   verb at all, the date against the publication date, else occurred.

Filters: an event needs a named participant. A mention that points back with a
demonstrative ("इस बैठक में", "यह बैठक 11 अप्रैल को होगी", "इस पर हस्ताक्षर") is
kept without one, and so is a new event nobody is named for (a placeholder that
"इस बैठक में X शामिल थे" can attach to); a visit with no place named, or a visit
or meeting with no actor, is kept as *weak*. event_merge joins these to the
event they belong to and drops what is left over. All word lists are data in
configs/events/.
"""
from __future__ import annotations

import calendar
import dataclasses
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..core.document import Document, Entity, Event, Mention
from . import deproles
from .normalise import fold
from .phrases import Phrases
from .tense import load_cues, tense_at, verb_group_tense

CONFIG_DIR = Path(__file__).resolve().parents[2] / "configs" / "events"
NAMED = ("PER", "ORG", "LOC")
# Words after a trigger in which a status word (expected, called off, postponed) still speaks of it:
# "हस्ताक्षर किए जाने की उम्मीद है", "दौरे की क्रेमलिन ने शुरू की तैयारी", "बैठक को तीन महीने के लिए टाल
# दिया"; further on it belongs to something else ("... तैयारी पैकेज").
PLANNED_WINDOW = 6
# Words a manner phrase may take between a counterpart and a weak trigger ("के साथ फोन पर बात",
# "के साथ वीडियो कॉन्फ्रेंस के जरिए बात की").
MANNER_WORDS = 5
# Words after a trigger in which a ban or fare word makes it no event ("यात्रा पर लगाया बैन").
NOT_WITHIN = 4
# Modifiers allowed between a genitive and its trigger ("का तीन दिवसीय भारत दौरा").
MODIFIER_WORDS = 3


@lru_cache(maxsize=1 << 17)  # every token of every sentence goes through it
def key(text: str) -> str:
    """Matching key: fold() (which holds chandrabindu as anusvara: पहुँचे = पहुंचे)."""
    return fold(text)


def _phrases(words) -> Phrases:
    return Phrases(tuple(key(w).split()) for w in words if key(w))


def _set(words) -> frozenset[str]:
    return frozenset(key(w) for w in words)


# How a TOML list becomes a field of a lexicon dataclass, by the field's type.
_READERS = {"frozenset[str]": _set, "list[tuple[str, ...]]": _phrases}


def _from_raw(cls, raw: dict, required: tuple[str, ...] = (), **given):
    """cls with each word-list field read from the TOML key of the same name (missing: empty,
    unless required), and the other fields as given."""
    kwargs = dict(given)
    for f in dataclasses.fields(cls):
        read = _READERS.get(f.type)
        if f.name not in kwargs and read is not None:
            kwargs[f.name] = read(raw[f.name] if f.name in required else raw.get(f.name, []))
    return cls(**kwargs)


@dataclass(frozen=True)
class Lexicon:
    type: str
    strong: list[tuple[str, ...]]
    weak: list[tuple[str, ...]]
    verbs: frozenset[str]
    light: frozenset[str]
    not_before: list[tuple[str, ...]]
    not_after: list[tuple[str, ...]]
    attend: frozenset[str]
    ratify: frozenset[str]
    not_counterpart: frozenset[str] = frozenset()
    not_within: frozenset[str] = frozenset()
    instruments: frozenset[tuple[str, ...]] = frozenset()
    instrument_after: list[tuple[str, ...]] = field(default_factory=list)
    place_links: list[tuple[str, ...]] = field(default_factory=list)
    not_phrases: list[tuple[str, ...]] = field(default_factory=list)
    attend_participles: frozenset[str] = frozenset()
    verb_stems: frozenset[str] = frozenset()
    stem_followers: frozenset[str] = frozenset()
    self_standing: frozenset[str] = frozenset()
    officials: frozenset[str] = frozenset()
    return_verbs: frozenset[str] = frozenset()
    return_homes: frozenset[str] = frozenset()

    @classmethod
    def from_file(cls, path) -> "Lexicon":
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return _from_raw(cls, raw, type=raw["type"], instruments=frozenset(_phrases(raw.get("instruments", []))))


@dataclass(frozen=True)
class Roles:
    agent: list[tuple[str, ...]]
    counterpart: list[tuple[str, ...]]
    between: list[tuple[str, ...]]
    genitive: frozenset[str]
    side: list[tuple[str, ...]]
    chair: list[tuple[str, ...]]
    place: frozenset[str]
    coordinators: frozenset[str]
    particles: frozenset[str]
    demonstratives: frozenset[str]
    clause_breaks: frozenset[str]
    titles: dict[tuple[str, ...], str]
    title_words: frozenset[str]
    role_nouns: frozenset[str]
    anaphor_phrases: list[tuple[str, ...]]
    date_reference: list[tuple[str, ...]]
    markers: frozenset[str]
    pronouns: frozenset[str]
    participle: frozenset[str]
    auxiliaries: frozenset[str]
    title_phrases: Phrases = field(default_factory=Phrases)  # the keys of titles, indexed
    subject_pronouns: frozenset[str] = frozenset()
    earlier_cues: list[tuple[str, ...]] = field(default_factory=list)
    # (title key, country, person, from, to): who held an office when (office_holders.tsv)
    office_holders: tuple[tuple[str, str, str, str, str], ...] = ()
    office_blockers: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)  # folded adjective -> country
    clause_pronouns: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()

    @classmethod
    def from_file(cls, path) -> "Roles":
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        here = Path(path).parent
        holders = _read_tsv(here / raw["office_holders"]) if raw.get("office_holders") else []
        demonyms = _read_tsv(here / raw["demonyms"]) if raw.get("demonyms") else []
        titles = {tuple(key(k).split()): key(v) for k, v in raw.get("titles", {}).items()}
        return _from_raw(
            cls, raw, required=("agent", "counterpart", "between", "genitive", "side", "chair", "place",
                                "coordinators", "particles", "clause_breaks"),
            titles=titles, title_phrases=Phrases(titles), title_words=_set(raw.get("title_words", {}).get("words", [])),
            office_holders=tuple((key(r["title"]), r["country"], r["person"], r.get("from") or "", r.get("to") or "")
                                 for r in holders),
            demonyms={key(r["adjective"]): r["country"] for r in demonyms})


def _read_tsv(path: Path) -> list[dict[str, str]]:
    import csv

    with Path(path).open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()}
                for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


@dataclass(frozen=True)
class StatusCues:
    cancel: frozenset[str]
    negation: frozenset[str]
    postpone: frozenset[str]
    planned: frozenset[str]
    prospective: list[tuple[str, ...]]
    ongoing: frozenset[str]
    arriving: frozenset[str] = frozenset()
    convene: frozenset[str] = frozenset()
    ongoing_phrases: list[tuple[str, ...]] = field(default_factory=list)
    decision: frozenset[str] = frozenset()
    reschedule: frozenset[str] = frozenset()
    new_time_clause: frozenset[str] = frozenset()

    @classmethod
    def from_file(cls, path) -> "StatusCues":
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return _from_raw(cls, raw, required=("cancel", "negation", "postpone", "planned"))


@lru_cache(maxsize=16)
def load_lexicon(path: str) -> Lexicon:
    return Lexicon.from_file(path)


@lru_cache(maxsize=4)
def load_roles(path: str) -> Roles:
    return Roles.from_file(path)


@lru_cache(maxsize=4)
def load_status(path: str) -> StatusCues:
    return StatusCues.from_file(path)


def _match_at(words: list[str], i: int, phrases) -> int:
    """Length of the longest phrase starting at words[i], 0 if none (phrases: a Phrases, or
    a list of word tuples longest first)."""
    if isinstance(phrases, Phrases):
        return phrases.match_at(words, i)
    for p in phrases:
        if tuple(words[i:i + len(p)]) == p:
            return len(p)
    return 0


def _ends_at(words: list[str], j: int, phrases) -> bool:
    """A phrase ends right before words[j]."""
    if isinstance(phrases, Phrases):
        return phrases.ends_at(words, j)
    return any(j - len(p) >= 0 and tuple(words[j - len(p):j]) == p for p in phrases)


@dataclass
class Span:
    """A named participant in a sentence: token range [i, j) within the sentence."""
    i: int
    j: int
    entity: Entity
    part: dict[str, Any]
    title: bool = False  # a title standing for a person named elsewhere

    @property
    def label(self) -> str:
        return self.entity.label


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


def _token_range(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The tokens (by their start and end offsets, in order) that [start, end) overlaps."""
    i = bisect_right(ends, start)  # the first token ending after start
    if i == len(ends):
        return None
    j = bisect_left(starts, end, i)  # the first token from i on starting at or after end
    return (i, j) if j > i else None


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
                elif e.label in NAMED and not any(sp.i < r[1] and r[0] < sp.j for sp in v.spans):
                    v.spans.append(Span(r[0], r[1], e, e.participant()))
            self.views.append(v)
        self._title_first = frozenset(p[0] for p in roles.title_phrases)
        self.bindings = self._title_bindings()
        subjects: list[tuple[int, Entity]] = []  # (sentence number, person) of recent sentence subjects
        for n, v in enumerate(self.views):
            self._add_titles(v)
            v.spans.sort(key=lambda sp: sp.i)
            self._add_pronouns(n, v, subjects)
            v.span_at = {sp.i: sp for sp in v.spans}

    def _title_before(self, words: list[str], end: int) -> tuple[tuple[str, ...], int] | None:
        """The title phrase ending at words[end-1] (skipping title words), and where it starts."""
        k = end
        while k > 0 and words[k - 1] in self.roles.title_words and not _ends_at(words, k, self.roles.title_phrases):
            k -= 1
        p = self.roles.title_phrases.ending_at(words, k)
        return (p, k - len(p)) if p is not None else None

    def _title_bindings(self) -> list[tuple[int, str, Entity]]:
        """(offset, title key, person) for every "<title> <name>" not bound to a place ("दिल्ली के मुख्यमंत्री")."""
        out = []
        for v in self.views:
            for sp in v.spans:
                if sp.label != "PER":
                    continue
                found = self._title_before(v.words, sp.i)
                if not found:
                    continue
                phrase, k = found
                if k > 0 and v.words[k - 1] in self.roles.genitive:
                    continue
                out.append((v.start + v.tokens[sp.i].start - v.tokens[0].start, self.roles.titles[phrase], sp.entity))
        return out

    def resolve_title(self, title: str, offset: int) -> Entity | None:
        """The person most recently named with this title before offset, else the first after it."""
        before = [e for o, t, e in self.bindings if t == title and o <= offset]
        if before:
            return before[-1]
        after = [e for o, t, e in self.bindings if t == title and o > offset]
        return after[0] if after else None

    def _subject(self, v: SentView, before: int) -> Entity | None:
        """The sentence's subject among its people before token `before`: the first marked by ने,
        else a person opening the sentence (nothing named before it)."""
        people = [sp for sp in v.spans if sp.j <= before]
        for sp in people:
            if sp.label == "PER" and sp.j < len(v.words) and _match_at(v.words, sp.j, self.roles.agent):
                return sp.entity
        if people and people[0].label == "PER" and not (
                people[0].j < len(v.words) and v.words[people[0].j] in self.roles.markers):
            return people[0].entity  # not "साद के करीबी": a genitive is no subject
        return None

    def _add_pronouns(self, n: int, v: SentView, subjects: list[tuple[int, Entity]]) -> None:
        """An ergative pronoun (roles.toml subject_pronouns: उन्होंने, उसने) stands for the subject of
        the same or one of the two sentences before: "मोदी वाराणसी पहुंचे। उन्होंने वहां योगी के साथ
        बैठक की" - Modi met Yogi. """
        if any(x in self.roles.subject_pronouns or x in self.roles.clause_pronouns for x in v.words):
            taken = {k for sp in v.spans for k in range(sp.i, sp.j)}
            found = len(v.spans)
            for i, x in enumerate(v.words):
                if i in taken:
                    continue
                if x in self.roles.clause_pronouns and i > 0 and v.words[i - 1] in self.roles.clause_openers:
                    # "... चीन जाएंगे जहां वह ... बैठक में हिस्सा लेंगे": the subject of this sentence
                    person = self._subject(v, i)
                elif x in self.roles.subject_pronouns:
                    person = self._subject(v, i)
                    if person is None and subjects and subjects[-1][0] >= n - 2:
                        person = subjects[-1][1]
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
        title: "प्रधानमंत्री ने ... मुलाकात की" in a 2025 article is Narendra Modi (office_holders.tsv).
        Not after a word that makes it another office ("पूर्व प्रधानमंत्री", roles.toml office_blockers)
        or another country's ("अमेरिकी राष्ट्रपति")."""
        published = self.doc.published or ""
        if not self.roles.office_holders or len(published) < 10:
            return None
        k, country = i, None
        while k > 0:  # the words before the title: "केंद्रीय", "पूर्व", "अमेरिकी" ...
            word = v.words[k - 1]
            if word in self.roles.office_blockers:
                return None
            country = country or self.roles.demonyms.get(word)
            if word not in self.roles.title_words:
                break
            k -= 1
        day = published[:10]
        for t, where, person, start, end in self.roles.office_holders:
            if t == title and (country is None or country == where) and start <= day and (not end or day < end):
                a, b = v.tokens[i], v.tokens[j - 1]
                return Entity(a.start, b.end, self.doc.norm_text[a.start:b.end], "PER", v.sent_id,
                              canonical=person, source="office_holders")
        return None

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
            named_next = k in taken or (k < len(v.words) and k in {sp.i for sp in v.spans})
            modified = i > 0 and v.words[i - 1] in self.roles.genitive
            if not named_next and not modified:
                title = self.roles.titles[tuple(v.words[i:j])]
                person = self.resolve_title(title, v.tokens[i].start) or self._office_holder(v, i, j, title)
                if person is not None:
                    part = person.participant()
                    v.spans.append(Span(i, j, person, part, title=True))
            resume = j


# Role names used internally.
ACTOR, TARGET, LOCATION = "actor", "target", "location"


class RoleMap(dict):
    """roles_of's result (role -> spans) and what the roles were read from: "parse" (dependency
    relations), "rules" (case markers, in a parsed document), None (no parse in the document)."""
    source: str | None = None


@dataclass
class DepRoles:
    """A trigger's argument candidates from the parse (pipeline/hindi/deproles.py)."""
    cands: list  # deproles.RoleCandidate, token indices into the sentence
    trigger: int  # the trigger's head token, index into the sentence
    offset: int  # Sentence.tok_start: the sentence's tokens' heads index Document.tokens


class Extractor:
    """Finds one type's events in a document."""

    def __init__(self, lexicon: Lexicon, roles: Roles, status: StatusCues, tense_cues=None):
        self.lex = lexicon
        self.roles = roles
        self.status = status
        self.tense = tense_cues or load_cues()
        self._deps_of: tuple[Document, bool] | None = None  # (document, has a parse) during extract()

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
                if n and i + n < len(w) and w[i + n] in self.lex.light:
                    kind = "weak"
                elif self._motion_verb(w, i):
                    kind, n = "verb", 1
                elif w[i] in self.lex.return_verbs:
                    kind, n = "return", 1
            if (kind and not self._blocked(w, i, i + n) and not self._generic(w, i + n)
                    and self._frame_ok(v, i, i + n, kind)):
                out.append((i, i + n, kind))
                resume = i + n
        return out

    @cached_property
    def _first_words(self) -> frozenset[str]:
        """Words a trigger can start with."""
        return frozenset([p[0] for p in (*self.lex.strong, *self.lex.weak)] + list(self.lex.verbs)
                         + list(self.lex.verb_stems) + list(self.lex.return_verbs))

    def _motion_verb(self, w: list[str], k: int) -> bool:
        """A motion verb at k: a listed form ("आएंगे"), or a bare stem before a modal or
        progressive ("भारत आ सकते हैं", "ढाका जा रहे हैं")."""
        return w[k] in self.lex.verbs or (w[k] in self.lex.verb_stems and k + 1 < len(w)
                                          and w[k + 1] in self.lex.stem_followers)

    def _trigger_starts(self, w: list[str]) -> list[int]:
        """Positions where a trigger may start: one set lookup a word instead of matching every phrase there."""
        first = self._first_words
        return [i for i, x in enumerate(w) if x in first]

    def _generic(self, w, j) -> bool:
        """"विदेश यात्रा करने वाले लोग", "भारत आने वाले लोग": a participle describing people, not an event.
        "भारत की यात्रा पर आने वाले हैं" stays an event: an auxiliary follows the participle."""
        for k in range(j, min(j + 3, len(w))):
            if w[k] in self.roles.participle:
                return not (k + 1 < len(w) and w[k + 1] in self.roles.auxiliaries)
        return False

    def _blocked(self, w, i, j) -> bool:
        if _match_at(w, i, self.lex.not_phrases):
            return True  # "दोषी करार दिया", "दिल का दौरा पड़ा"
        k = j
        if k < len(w) and w[k] == "(" and ")" in w[k:k + 8]:
            k = w.index(")", k) + 1  # "सम्मेलन (अंकटाड) ने"
        if k < len(w) and w[k] == key("ने"):
            return True  # "संयुक्त राष्ट्र के सम्मेलन (अंकटाड) ने प्रकाशित की": a body that acts
        nxt = [x for x in w[j:j + 4] if x not in self.roles.particles]  # "यात्राओं पर भी पाबंदी"
        if _ends_at(w, i, self.lex.not_before) or _match_at(nxt, 0, self.lex.not_after) > 0:
            return True
        if any(x in self.lex.not_within for x in w[j:j + NOT_WITHIN]):
            return True  # "सात देशों की यात्रा पर लगाया बैन"
        # "वीडियो कॉन्फ्रेंस के माध्यम से प्रशिक्षण आयोजित किए": a means, not a meeting (a meeting word
        # later in the clause, "... के जरिए बैठक की", is a trigger of its own).
        return tuple(w[i:j]) in self.lex.instruments and _match_at(w, j, self.lex.instrument_after) > 0

    def _frame_ok(self, v: SentView, i: int, j: int, kind: str) -> bool:
        w = v.words
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
            k = i
            while k > 0 and w[k - 1] in self.roles.particles:
                k -= 1
            # A weak noun may have a manner phrase between: "X के साथ फोन पर बात की".
            reach = 0 if kind == "verb" else MANNER_WORDS
            n = 0
            for back in range(reach + 1):
                end = k - back
                if back and (end < 1 or self._is_break(v, end) or end in v.span_at):
                    break
                n = next((len(p) for p in self.roles.counterpart if end - len(p) >= 1
                          and tuple(w[end - len(p):end]) == p), 0)
                if n:
                    k = end
                    break
            if not n or self._media_before(w, k - n):
                return False  # "मीडिया से बात करते हुए कहा" is a statement, not a meeting
            if kind == "verb":
                # "मोदी से मिले" is a meeting, "केंद्र से मिली मदद" is not: a person before the marker.
                return any(sp.j == k - n and sp.label == "PER" for sp in v.spans)
            return True
        if self.lex.type == "VISIT" and kind == "verb":
            # "<place> गया / आएंगे / पहुंचे": a named place right before the verb.
            return self._motion_place(v, i) is not None
        if kind == "return":
            return self._return_place(v, i) is not None
        return True

    def _return_place(self, v: SentView, i: int) -> Span | None:
        """The named place returned from before a return verb at i: "अम्मान से भारत लौटी", "अमेरिका
        से लौट आए" (a named or listed home between, lexicon return_homes, is skipped)."""
        w = v.words
        k = i
        while k > 0 and w[k - 1] in self.roles.particles:
            k -= 1
        home = next((sp for sp in v.spans if sp.j == k and sp.label == "LOC"), None)
        if home is not None:
            k = home.i
        elif k > 0 and w[k - 1] in self.lex.return_homes:
            k -= 1
        if k < 2 or w[k - 1] != key("से"):
            return None
        return next((sp for sp in v.spans if sp.j == k - 1 and sp.label == "LOC" and not sp.title), None)

    def _media_before(self, w: list[str], at: int) -> bool:
        """The word before a counterpart marker at `at` (quotes skipped) is the press or a news
        agency (not_counterpart): "मीडिया से बात करते हुए", "'भाषा' से बातचीत में"."""
        k = at - 1
        while k >= 0 and w[k] in ("'", '"'):
            k -= 1
        return k >= 0 and w[k] in self.lex.not_counterpart

    def _motion_place(self, v: SentView, i: int) -> Span | None:
        """The named place right before a motion verb at i ("ढाका पहुंचे", "कतर के लिए रवाना")."""
        w = v.words
        k = i
        while k > 0 and w[k - 1] in self.roles.particles:
            k -= 1
        for p in self.lex.place_links:
            if k - len(p) >= 0 and tuple(w[k - len(p):k]) == p:
                k -= len(p)
                break
        return next((sp for sp in v.spans if sp.j == k and sp.label == "LOC" and not sp.title), None)

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
            return True
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
        return not (after_name and before_name)

    # -- roles ------------------------------------------------------------
    def _skip(self, w, k, hi, extra=frozenset()) -> int:
        while k < hi and (w[k] in self.roles.particles or w[k] in extra):
            k += 1
        return k

    def marker(self, v: SentView, sp: Span, hi: int, trig: tuple[int, int]) -> tuple[str, int]:
        """The role marker after a span (or after the list it ends), and where it starts."""
        w = v.words
        k = sp.j
        seen_coord = False
        for _ in range(12):
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
                kind, at = self._marker_here(v, self._skip(w, nxt.j, hi), hi, trig)
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
                    seen_coord = False
                    continue
                k = nxt.j
                seen_coord = False
                continue
            if seen_coord:
                # "X और <noun>" – a list going on with common nouns ("मोदी और अन्य नेता"): keep going.
                k += 1
                continue
            if k < trig[0] and self._modifiers_to(v, k, trig):
                return "trigger", k  # "भारत-ब्रिटेन मुक्त व्यापार समझौता": the pair names the agreement
            return self._marker_here(v, k, hi, trig)
        return "end", k

    def _modifiers_to(self, v: SentView, k: int, trig) -> bool:
        """Only a few modifying words (no marker, name or punctuation) from k to the trigger."""
        w = v.words
        if trig[0] - k > MODIFIER_WORDS:
            return False
        return all(w[m] not in self.roles.markers and w[m] not in self.HARD_BREAKS and m not in v.span_at
                   and w[m] not in self.roles.particles and any(c.isalpha() for c in w[m]) for m in range(k, trig[0]))

    def _own_marker(self, v, sp, hi):
        k = self._skip(v.words, sp.j, hi)
        return self._marker_here(v, k, hi)

    def _after_marker(self, v, at, hi):
        w = v.words
        for phrases in (self.roles.side, self.roles.chair, self.roles.between, self.roles.counterpart, self.roles.agent):
            n = _match_at(w, at, phrases)
            if n:
                return at + n
        return at + 1

    def _marker_here(self, v: SentView, k: int, hi: int, trig=None) -> tuple[str, int]:
        w = v.words
        if k >= hi:
            return "end", k
        for name, phrases in (("side", self.roles.side), ("chair", self.roles.chair), ("between", self.roles.between),
                              ("counterpart", self.roles.counterpart), ("agent", self.roles.agent)):
            if _match_at(w, k, phrases):
                return name, k
        if w[k] in self.roles.genitive:
            # Genitive before a title or a name modifies that name ("दिल्ली के मुख्यमंत्री केजरीवाल").
            m = k + 1
            while m < hi and w[m] in self.roles.title_words:
                m += 1
            if m in v.span_at and trig is not None and (v.span_at[m].j == trig[0]
                                                        or self._place_of_coming(v, v.span_at[m], trig)):
                return "genitive", k  # "पुतिन की भारत यात्रा", "शरीफ की बीजिंग में होने वाली बैठक"
            if m < hi and (m in v.span_at or _match_at(w, m, self.roles.title_phrases)):
                return "modifier", k
            return "genitive", k
        if w[k] in self.roles.place:
            return "place", k
        return "bare", k

    def _place_of_coming(self, v: SentView, sp: Span, trig) -> bool:
        """The place where the trigger's event is to be held sits between a genitive and it:
        "<X> की [बीजिंग] में होने वाली बैठक"."""
        w, j = v.words, sp.j
        if sp.label != "LOC" or j >= trig[0] or w[j] != key("में"):
            return False
        n = _match_at(w, j + 1, self.status.prospective)
        return bool(n) and j + 1 + n == trig[0]

    def _predicate(self, w, trig, hi) -> bool:
        """The trigger is the clause's predicate: a light verb follows it ("जापान की यात्रा की")."""
        k = self._skip(w, trig[1], hi)
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
            if kind == "between":
                # "भारत और रूस के बीच वार्ता"; for a visit the pair names the summit, not the traveller.
                role = ACTOR if t != "VISIT" else None
            elif kind in ("agent", "chair"):
                role = ACTOR if before or kind != "agent" else None
                if t == "VISIT" and kind == "agent" and not parsed and not self._predicate(w, trig, hi):
                    # "शाह ने ... टीम के बंगाल दौरे के बारे में जानकारी दी": the agent of another verb.
                    role = None
            elif kind == "counterpart":
                if t != "VISIT" and (sp.label != "LOC" or _match_at(w, at, [("के", "साथ")])):
                    role = TARGET
            elif kind == "genitive" and gen_of_trigger:
                if t == "VISIT" and sp.label == "LOC":
                    role = TARGET
                elif sp.label != "LOC" or t == "AGREEMENT":
                    role = ACTOR
            elif kind == "trigger":
                # Right before the trigger: "भारत यात्रा", "मोदी-पुतिन वार्ता", "भारत-रूस समझौता".
                if t == "VISIT":
                    role = TARGET if sp.label == "LOC" else ACTOR
                elif sp.label != "LOC" or t == "AGREEMENT":
                    role = ACTOR
            elif kind == "place":
                if sp.label == "LOC" and (before or sp.i - trig[1] <= 4):
                    role = LOCATION  # "मास्को में", "बैठक दिल्ली में होगी"; not a place further on
                elif t == "MEETING" and before and w[at] == key("में") and attendees:
                    role = TARGET
            elif kind in ("bare", "end"):
                if before and sp.label in ("PER", "ORG"):
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
        if not out[ACTOR]:
            speaker = self._speaker(v, lo)
            if speaker is not None:
                out[ACTOR].append(speaker)
        return out

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
            if m in v.span_at:
                m = v.span_at[m].j
            elif _match_at(w, m, self.status.prospective):
                m += _match_at(w, m, self.status.prospective)
            elif ahead and m > at + 1 and (m - 1) in {sp.j - 1 for sp in v.spans if sp.label == "LOC"}:
                m += 1 + ahead
            elif w[m] in self.roles.title_words:
                m += 1
            elif free and w[m] not in self.roles.markers and any(c.isalpha() for c in w[m]):
                m, free = m + 1, free - 1
            else:
                break
        return m == trig[0]

    def _before_motion(self, v: SentView, sp: Span, hi: int) -> bool:
        k = self._skip(v.words, sp.j, hi)
        k += _match_at(v.words, k, self.lex.place_links)
        return k < hi and self._motion_verb(v.words, k)

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

    # -- dates ------------------------------------------------------------

    def dates_of(self, v: SentView, lo: int, hi: int, trig) -> list[tuple[int, int, Entity]]:
        w = v.words
        cands = []
        cues = [k for k in range(trig[1], hi) if w[k] in self.status.postpone]
        cue = cues[-1] if cues else None
        end = hi
        if cue is not None and hi < len(w) and w[hi] in self.status.new_time_clause:
            # "... टाल दिया जो अब जून में होगी": the relative clause after a postponement tells the new time
            end = self.clause(v, hi + 1, hi + 1)[1]
        for i, j, e in v.dates:
            if i < lo or j > end or (j > hi and i <= hi):
                continue
            if _match_at(w, j, self.roles.date_reference):
                continue
            cands.append((i, j, e))
        if not cands:
            return []
        # Put off to a new time: the event's date is the new time, not the day it was put off
        # ("बैठक को बुधवार को तीन महीने के लिए टाल दिया जो अब जून में होगी" is in June).
        if cue is not None and any(d[0] > cue for d in cands):
            cands = [d for d in cands if d[0] > cue]
        best = min(cands, key=lambda d: min(abs(d[0] - trig[1]), abs(trig[0] - d[1])))
        # Dates listed together ("20 मार्च, दो और 11 अप्रैल को") are one event each.
        ordered = sorted(cands, key=lambda d: d[0])
        k = ordered.index(best)

        def listed(a, b):  # only a comma or "और" between two dates
            gap = w[a[1]:b[0]]
            return len(gap) <= 2 and all(g in self.roles.coordinators for g in gap)

        lo_k, hi_k = k, k
        while lo_k > 0 and listed(ordered[lo_k - 1], ordered[lo_k]):
            lo_k -= 1
        while hi_k + 1 < len(ordered) and listed(ordered[hi_k], ordered[hi_k + 1]):
            hi_k += 1
        return ordered[lo_k:hi_k + 1]

    # -- status -----------------------------------------------------------
    def status_of(self, v: SentView, lo: int, hi: int, trig, date_value: str | None,
                  published: str | None) -> tuple[str, str]:
        """(status, what it was read from: cue, tense, date or default)."""
        w = v.words
        s = self.status
        after = w[trig[1]:hi]
        near_before = w[max(lo, trig[0] - 3):trig[0]]
        # a cue before a postposition is the topic ("तैयारियों पर बैठक की"), not the event's status
        marked = [k for k, x in enumerate(near_before) if x in self.roles.markers]
        if marked:
            near_before = near_before[marked[-1] + 1:]
        if any(x in s.cancel for x in after[:PLANNED_WINDOW] + near_before):
            return "cancelled", "cue"
        if any(x in s.negation for x in after[:5]):
            return "cancelled", "cue"
        cues = [k for k, x in enumerate(after[:PLANNED_WINDOW]) if x in s.postpone]
        if cues:
            # Put off to a new time ("तीन महीने के लिए टाल दिया", "अगले महीने तक स्थगित"): still expected.
            # Put off with no new time ("यात्रा टल गई"): called off for now.
            # The new time may follow the cue too: "... टाला; ... तीन महीने के लिए टाल दिया जो अब जून में होगी".
            rest = after[max(0, cues[0] - 4):]
            rescheduled = (_is_future(date_value, published) or any(x in s.reschedule for x in rest)
                           or any(self.tense.is_future_form(x) for x in rest))
            return ("planned", "rescheduled") if rescheduled else ("cancelled", "postponed")
        if _match_at([x for x in after if x not in self.roles.particles], 0, s.ongoing_phrases):
            # "इन दिनों भारत के दौरे पर हैं": on the trip now (or, with a later date, still to come).
            return ("planned" if _is_future(date_value, published) else "ongoing"), "cue"
        if any(x in s.planned for x in after[:PLANNED_WINDOW] + near_before) or _ends_at(w, trig[0], s.prospective):
            return "planned", "cue"
        if self._decided(after):
            return "planned", "cue"
        if any(len(a) > 2 and a.endswith((key("ना"), key("नी"))) and b in self.tense.past_aux
               for a, b in zip(after, after[1:])):
            return "planned", "cue"  # "सम्मेलन में हिस्सा लेना था": was to, not did
        # The tense of the trigger's own clause (tense.py cuts at "और", "कि" ...; a clause without
        # a verb takes the next one's): "इस बैठक में ... चर्चा की जाएगी और ... सकते हैं" is future.
        offset = v.tokens[trig[0]].start - v.start
        tense = self._tense_at(v)(offset)
        # "बैठक बुलाई है": the meeting has been called, it is still to come (unless dated in the past or
        # told in the pluperfect: "शुक्रवार को बैठक बुलाई थी" reports a meeting held).
        if (any(x in s.convene for x in after[:2]) and not any(x in self.tense.past_aux for x in after[:4])
                and not _is_past(date_value, published)):
            return "planned", "cue"
        if tense is None:
            verbs = [x for x in after if any(c.isalpha() for c in x)]  # "की अध्यक्षता की ." ends in a verb
            tense = verb_group_tense(verbs, self.tense) if verbs else None
        if tense is None:
            # Headlines put the verb first: "रूस मंजूर करेगा बड़ा रक्षा समझौता".
            # Only a future form counts there: a "की" before the trigger is a genitive, not a verb.
            before_words = [x for x in w[lo:trig[0]] if any(c.isalpha() for c in x)]
            if any(self.tense.is_future_form(x) for x in before_words):
                tense = "future"
        if tense in ("future", None) and self._has_agent(v, lo, trig):
            # "ने" marks the subject of a perfective verb only: "योगी ने बैठक के दौरान ... बंद रहेंगे" tells
            # a decision taken at a meeting held, whatever the tense of the rest.
            return "occurred", "tense"
        if tense == "future":
            return "planned", "tense"
        if tense == "present" and any(x in self.tense.progressive or x in s.ongoing for x in after):
            # "भारत की यात्रा पर आ रहे हैं" is a visit on its way; a progressive with a later date too.
            coming = any(a in s.arriving and b in self.tense.progressive for a, b in zip(after, after[1:]))
            if coming or _is_future(date_value, published):
                return "planned", "tense"
            return "ongoing", "tense"
        if _is_future(date_value, published):
            return "planned", "date"
        if tense in ("past", "present"):
            return "occurred", "tense"
        if _is_past(date_value, published):
            return "occurred", "date"
        return "occurred", "default"

    def _decided(self, after: list[str]) -> bool:
        """"बैठक करने का फैसला किया", "यात्रा पर जाने की घोषणा की": an event decided or announced."""
        for k, x in enumerate(after[:3]):
            if len(x) > 2 and x.endswith(key("ने")) and k + 2 < len(after) + 1:
                nxt = after[k + 1:k + 3]
                if len(nxt) == 2 and nxt[0] in self.roles.genitive and nxt[1] in self.status.decision:
                    return True
        return False

    def _has_agent(self, v: SentView, lo: int, trig) -> bool:
        for sp in v.spans:
            if lo <= sp.i and sp.j <= trig[0]:
                kind, at = self._own_marker(v, sp, trig[0])
                if kind == "agent" and v.words[at] == key("ने"):
                    return True
        return False

    def _tense_at(self, v: SentView):
        if getattr(v, "_tense", None) is None or v._tense[0] is not self.tense:
            v._tense = (self.tense, tense_at(v.text, self.tense))
        return v._tense[1]

    # -- events -----------------------------------------------------------
    def anaphoric(self, v: SentView, lo: int, trig) -> str | None:
        """Whether the mention points back at an event already reported, and how:
        "subject" when it tells of the event itself ("यह बैठक 11 अप्रैल को होगी", "इस पर हस्ताक्षर किए थे"),
        "setting" when the event is only the setting of what the clause tells ("इस बैठक में ... कहा")."""
        w = v.words
        setting = trig[1] < len(w) and w[trig[1]] in self.roles.markers
        kind = "setting" if setting else "subject"
        if any(x in self.roles.demonstratives for x in w[max(lo, trig[0] - 2):trig[0]]):
            return kind
        # "इस पर हस्ताक्षर किए": the object of the trigger is a demonstrative.
        if any(_match_at(w, k, self.roles.anaphor_phrases) for k in range(lo, trig[0])):
            return kind
        # "बैठक में ...", "बैठक के दौरान ..." opening a clause: the meeting already reported.
        if trig[0] == lo and setting:
            return kind
        return None

    def extract(self, index: DocIndex) -> list[Event]:
        self._deps_of = (index.doc, deproles.has_deps(index.doc))
        try:
            return self._extract(index)
        finally:
            self._deps_of = None

    def _extract(self, index: DocIndex) -> list[Event]:
        doc = index.doc
        events: list[Event] = []
        for v in index.views:
            used_clauses = set()
            for i, j, kind in self.triggers(v):
                lo, hi = self.clause(v, i, j)
                if (lo, hi) in used_clauses:
                    continue  # one event of a type per clause ("वीडियो कॉन्फ्रेंसिंग के जरिए बैठक")
                roles = self.roles_of(v, lo, hi, (i, j), doc)
                if kind == "return":
                    # "<place> से (भारत) लौटी": a visit to the place returned from, not to home
                    place = self._return_place(v, i)
                    home = [sp for sp in roles[TARGET] + roles[LOCATION] if place.i < sp.i < i]
                    roles[TARGET] = [sp for sp in roles[TARGET] if sp not in home and sp is not place] + [place]
                    roles[LOCATION] = [sp for sp in roles[LOCATION] if sp not in home and sp is not place]
                    roles[ACTOR] = [sp for sp in roles[ACTOR] if sp.label == "PER"]  # people come back
                    if not roles[ACTOR]:
                        continue
                if self.lex.type == "VISIT" and kind == "verb":
                    place = self._motion_place(v, i)
                    if place not in roles[TARGET]:
                        roles[TARGET].append(place)
                    if place in roles[LOCATION]:
                        roles[LOCATION].remove(place)
                    if not roles[ACTOR]:
                        continue  # "मामले 100 तक पहुंचे": a motion verb needs a named traveller
                ana = self.anaphoric(v, lo, (i, j))
                if (kind == "weak" and self.lex.type == "AGREEMENT" and not ana and v.words[i] not in self.lex.self_standing
                        and not any(_match_at(v.words, k, self.lex.strong) for k in range(len(v.words)))):
                    continue  # "विधेयक ... जिस पर ट्रंप हस्ताक्षर कर सकते हैं": signing a bill, not a treaty
                # A new event with nobody named ("कैबिनेट सचिव ने बैठक बुलायी") is kept as a placeholder:
                # "इस बैठक में ... शामिल थे" after it refers to it, not to an earlier meeting. event_merge
                # drops it unless such a mention names its participants.
                unnamed = not roles[ACTOR] and not roles[TARGET] and not ana
                # A visit with no named traveller ("चीन की यात्रा करने से बचें") only adds to a visit
                # reported elsewhere with the same place; event_merge drops it otherwise.
                # Likewise a meeting with only its other party named ("जागरण से बातचीत में").
                weak = not roles[ACTOR] and self.lex.type in ("VISIT", "MEETING") and not unnamed
                # A visit with no place or host named ("इंडिगो ने यात्रा की तिथि बदली", "पुतिन की यात्रा से
                # पहले") is travel in general or a re-mention: it only adds to a visit reported with its place.
                weak = weak or (self.lex.type == "VISIT" and not roles[TARGET])
                used_clauses.add((lo, hi))
                # The date of a clause set in an earlier event is the date of what happened there.
                dates = (self.dates_of(v, lo, hi, (i, j)) if ana != "setting" else []) or [None]
                for d in dates:
                    event = self._event(doc, v, lo, hi, (i, j), kind, roles, d, ana, weak)
                    if unnamed:
                        event.attrs["unnamed"] = True
                    if roles.source:
                        event.attrs["roles_from"] = roles.source
                    events.append(event)
        return events

    def _event(self, doc, v, lo, hi, trig, kind, roles, d, ana, weak=False) -> Event:
        toks = v.tokens
        t_start, t_end = toks[trig[0]].start, toks[trig[1] - 1].end
        trigger = doc.norm_text[t_start:t_end]
        # The light verb belongs to the trigger text ("हस्ताक्षर किए", "बात की").
        if kind == "weak" and trig[1] < len(toks):
            trigger = doc.norm_text[t_start:toks[trig[1]].end]
        date = {"text": d[2].text, "value": d[2].value} if d else None
        status, status_from = self.status_of(v, lo, hi, trig, d[2].value if d else None, doc.published)
        actor = _unique([sp.part for sp in roles[ACTOR]])
        target = [p for p in _unique([sp.part for sp in roles[TARGET]]) if p not in actor]
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
        if self.lex.ratify and any(x in self.lex.ratify for x in v.words[lo:hi]):
            attrs["kind"] = "ratify"
        return Event(type=self.lex.type, trigger=trigger, actor=actor, target=target, location=location, date=date,
                     status=status, mentions=[Mention(v.sent_id, t_start, t_end, v.text)],
                     confidence=round(min(conf, 0.95), 3), attrs=attrs)


def _same(a: dict, b: dict) -> bool:
    return key(a.get("canonical") or a.get("text", "")) == key(b.get("canonical") or b.get("text", ""))


def _unique(parts: list[dict]) -> list[dict]:
    out: list[dict] = []
    for p in parts:
        if not any(_same(p, q) for q in out):
            out.append(p)
    return out


def timex_interval(value: str | None) -> tuple[date, date] | None:
    """A TIMEX-style value as (first day, last day): 2025-12-04, 2025-12, 2025, 2020-W15, a/b; None if partial."""
    if not value or value.startswith("X"):
        return None
    lo, _, hi = value.partition("/")
    a, b = _point(lo, False), _point(hi or lo, True)
    if a is None or b is None or b < a:
        return None
    return a, b


def _point(text: str, end: bool) -> date | None:
    try:
        if "-W" in text:
            y, wk = text.split("-W")
            monday = date.fromisocalendar(int(y), int(wk[:2]), 1)
            return monday + timedelta(days=6) if end else monday
        parts = text.split("-")
        y = int(parts[0])
        if len(parts) == 1:
            return date(y, 12, 31) if end else date(y, 1, 1)
        m = int(parts[1])
        if len(parts) == 2:
            return date(y, m, calendar.monthrange(y, m)[1]) if end else date(y, m, 1)
        return date(y, m, int(parts[2][:2]))
    except (ValueError, IndexError):
        return None


def _published(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _is_future(value: str | None, published: str | None) -> bool:
    """The date lies wholly after the publication date."""
    iv, pub = timex_interval(value), _published(published)
    return bool(iv and pub and iv[0] > pub)


def _is_past(value: str | None, published: str | None) -> bool:
    """The date lies wholly before the publication date."""
    iv, pub = timex_interval(value), _published(published)
    return bool(iv and pub and iv[1] < pub)


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
