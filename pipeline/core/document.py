"""The one document type every stage reads and writes.

Plain dataclasses with slots: cheap to pickle across worker processes, easy to
turn into rows. Offsets (``start``/``end``) are always into ``Document.norm_text``;
``Document.to_original`` maps them back to ``Document.text`` (the text as read).
"""
from __future__ import annotations

from array import array
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Sentence:
    sent_id: int
    start: int
    end: int
    text: str
    # Range of Document.tokens in this sentence (set by the tokens stage).
    tok_start: int = 0
    tok_end: int = 0


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    sent_id: int = -1
    # Filled by optional parser stages (e.g. ``stanza``); None when absent.
    upos: str | None = None
    lemma: str | None = None
    head: int | None = None  # index into Document.tokens, -1 for the root
    deprel: str | None = None


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # PER, ORG, LOC, DATE (extensions may add more)
    sent_id: int = -1
    canonical: str | None = None  # one name per entity per document (entity_linker)
    value: str | None = None  # normalised TIMEX-style value for DATE
    source: str = ""  # which stage/resource found it: "gazetteer", "model", "dates", ...
    score: float = 1.0
    wikidata: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)  # e.g. {"granularity": "day"}
    # From the knowledge base (configs/gazetteers/), where the entity is known there.
    country: str | None = None  # ISO 3166-1 alpha-3 ("RUS"); "INT" for international bodies
    lat: float | None = None  # places only
    lon: float | None = None
    geonames_id: int | None = None

    def participant(self) -> dict[str, Any]:
        """The shape events use for actor/target/location."""
        return {"text": self.text, "canonical": self.canonical or self.text, "label": self.label,
                "country": self.country}


@dataclass(slots=True)
class Mention:
    sent_id: int
    trigger_start: int
    trigger_end: int
    sentence: str


@dataclass(slots=True)
class Event:
    type: str  # VISIT, MEETING, AGREEMENT, or a type a lexicon adds (docs/extending.md)
    trigger: str
    actor: list[dict[str, Any]] = field(default_factory=list)
    target: list[dict[str, Any]] = field(default_factory=list)
    location: dict[str, Any] | None = None
    date: dict[str, Any] | None = None  # {"text": ..., "value": ...}
    status: str = "occurred"  # occurred, planned, ongoing, cancelled
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 0.5
    extractor: str = ""
    event_id: str = ""  # set by event_merge: "<doc_id>#<n>"
    cluster_id: str = ""  # set across the corpus by the event_clusters writer
    attrs: dict[str, Any] = field(default_factory=dict)
    # Who did what to whom (set by the event_countries stage, configs/events/cameo.toml): ISO 3166-1
    # alpha-3 of the actor's and the target's side, the CAMEO code and the PLOVER type.
    actor_country: str | None = None
    target_country: str | None = None
    cameo: str | None = None
    plover: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def frame(self) -> str:
        return event_frame(self.type, self.attrs)


def event_frame(event_type: str, attrs: dict[str, Any] | None) -> str:
    """The role frame an event was read with: its type, or attrs["frame"] when its lexicon
    borrows one (a TOUR lexicon with frame = "VISIT"). Merging and clustering follow the frame."""
    return (attrs or {}).get("frame") or event_type


@dataclass(slots=True)
class Document:
    doc_id: str
    text: str  # the text as read, never modified
    path: str = ""
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    norm_text: str = ""
    # For each character of norm_text, the span of text it came from.
    orig_starts: array = field(default_factory=lambda: array("i"))
    orig_ends: array = field(default_factory=lambda: array("i"))
    # Header/footer lines that carry metadata: (start, end) in text; they stay in
    # the text but stages may skip them.
    metadata_spans: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    provided: set[str] = field(default_factory=set)  # what the stages run so far provide
    extras: dict[str, Any] = field(default_factory=dict)  # room for third-party stages

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of norm_text to the span of text it came from."""
        if not self.orig_starts:  # not normalised: offsets are already original
            return start, end
        if start >= end:
            pos = self.orig_starts[start] if start < len(self.orig_starts) else len(self.text)
            return pos, pos
        return self.orig_starts[start], self.orig_ends[end - 1]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing a norm_text offset, -1 if none."""
        return _index_containing(self.sentences, offset)

    def token_at(self, offset: int) -> int:
        """Index of the token containing a norm_text offset, -1 if none."""
        return _index_containing(self.tokens, offset)

    def sentence_tokens(self, sent_id: int) -> list[Token]:
        s = self.sentences[sent_id]
        return self.tokens[s.tok_start:s.tok_end]

    def entities_in(self, sent_id: int, label: str | None = None) -> list[Entity]:
        return [e for e in self.entities if e.sent_id == sent_id and (label is None or e.label == label)]


def _index_containing(spans, offset: int) -> int:
    """Binary search over sorted, non-overlapping items with start/end."""
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        item = spans[mid]
        if offset < item.start:
            hi = mid - 1
        elif offset >= item.end:
            lo = mid + 1
        else:
            return mid
    return -1
