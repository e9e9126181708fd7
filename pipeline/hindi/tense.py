"""Tense of a Hindi clause or sentence, read from its verb group.

Hindi is verb-final, so the last verb group of a clause says its tense:
``करेंगे`` / ``होगी`` / ``आने वाले हैं`` are future, ``था`` / ``किया`` / ``हुई`` /
``कर चुके हैं`` past, ``हो रही है`` present. A sentence is cut into clauses at
punctuation and at clause words (``कि``, ``जबकि``, ``और`` ...), so in
"मोदी ने सोमवार को कहा कि बैठक होगी" the date sits in a past clause.

The cue lists live in configs/tense.toml and are exposed as ``TenseCues`` so the
events stages can read status from the same words.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

DEFAULT_CUES = Path(__file__).resolve().parents[2] / "configs" / "tense.toml"

# A word: Devanagari letters and signs (not the danda U+0964/U+0965) or Latin/digits.
_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097F\w]+")
# Characters between two words that end a clause.
_BREAK_CHARS = set(",;:।॥?!()[]\"|")

TENSES = ("past", "present", "future")


@dataclass(frozen=True)
class TenseCues:
    future_suffixes: tuple[str, ...]
    future_exceptions: frozenset[str]
    future_phrases: tuple[str, ...]
    past_aux: frozenset[str]
    past_verbs: frozenset[str]
    past_verbs_final: frozenset[str]
    present_aux: frozenset[str]
    progressive: frozenset[str]
    prospective: frozenset[str]
    clause_breaks: frozenset[str]
    nonfinite_ending: str = "ने"
    nonfinite_not: frozenset[str] = frozenset()
    nonfinite_after: frozenset[str] = frozenset()
    infinitive_endings: tuple[str, ...] = ("ना", "नी", "ने")
    expectation_nouns: frozenset[str] = frozenset()
    planned_participles: frozenset[str] = frozenset()  # "सोमवार को प्रस्तावित दौरा": the date is ahead
    prospective_verbs: frozenset[str] = frozenset()  # "होने वाले": the verbs a "-ने वाला" participle looks ahead with

    @classmethod
    def from_dict(cls, raw: dict) -> "TenseCues":
        get = lambda k: [_nasal(str(x)) for x in raw.get(k, [])]
        return cls(tuple(sorted(get("future_suffixes"), key=len, reverse=True)), frozenset(get("future_exceptions")),
                   tuple(get("future_phrases")), frozenset(get("past_aux")), frozenset(get("past_verbs")),
                   frozenset(get("past_verbs_final")), frozenset(get("present_aux")), frozenset(get("progressive")),
                   frozenset(get("prospective")), frozenset(get("clause_breaks")),
                   str(raw.get("nonfinite_ending", "ने")), frozenset(get("nonfinite_not")),
                   frozenset(get("nonfinite_after")), tuple(get("infinitive_endings")) or ("ना", "नी", "ने"),
                   frozenset(get("expectation_nouns")), frozenset(get("planned_participles")),
                   frozenset(get("prospective_verbs")))

    @classmethod
    def from_file(cls, path: str | Path) -> "TenseCues":
        return cls.from_dict(tomllib.loads(Path(path).read_text(encoding="utf-8")))

    def is_future_form(self, word: str) -> bool:
        return word not in self.future_exceptions and len(word) > 2 and word.endswith(self.future_suffixes)

    def is_finite(self, word: str) -> bool:
        return (word in self.past_aux or word in self.present_aux or word in self.past_verbs
                or self.is_future_form(word))

    def is_nonfinite(self, word: str) -> bool:
        return len(word) > 2 and word.endswith(self.nonfinite_ending) and word not in self.nonfinite_not

    def is_infinitive(self, word: str) -> bool:
        return (len(word) > 2 and word.endswith(self.infinitive_endings) and word not in self.nonfinite_not
                and word not in self.past_verbs and word not in self.past_verbs_final)


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> TenseCues:
    return TenseCues.from_file(path or DEFAULT_CUES)


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    tense: str | None


def _nasal(word: str) -> str:
    """Candrabindu as anusvara, as the matching key has it: BBC Hindi writes "जाएँगी", papers "जाएंगी".
    One character for one: offsets stay."""
    return word.replace("\u0901", "\u0902")


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _nasal(m.group())) for m in _WORD.finditer(text)]


def _clauses(text: str, cues: TenseCues) -> list[list[tuple[int, int, str]]]:
    """Words grouped into clauses; a clause word starts the next clause."""
    out: list[list[tuple[int, int, str]]] = [[]]
    prev_end = 0
    for w in _words(text):
        if out[-1] and (not _BREAK_CHARS.isdisjoint(text[prev_end:w[0]]) or w[2] in cues.clause_breaks):
            out.append([])
        out[-1].append(w)
        prev_end = w[1]
    return [c for c in out if c]


# A verb group whose time is open: "होना था" (was to happen), "होने वाला था" (was about to).
# It ends the search for a verb but gives no tense.
_OPEN = "open"


def _verb_group(words: list[str], cues: TenseCues) -> str | None:
    last = len(words) - 1
    for i in range(last, -1, -1):
        w = words[i]
        if w in cues.past_aux:
            prev = words[i - 1] if i > 0 else ""
            if prev in cues.prospective or cues.is_infinitive(prev):
                return _OPEN
            return "past"
        if cues.is_future_form(w):
            return "future"
        if w in cues.present_aux:
            prev = words[i - 1] if i > 0 else ""
            tail = " ".join(words[max(0, i - 3):i + 1])
            if (prev in cues.prospective or cues.is_infinitive(prev)
                    or any(tail.endswith(p) for p in cues.future_phrases)):
                return "future"
            if prev in cues.progressive:
                return "present"
            if prev in cues.past_verbs or prev in cues.past_verbs_final:
                return "past"  # present perfect (किया है, की है) reports a past event
            return "present"
        if w in cues.past_verbs:
            return "past"
        if w in cues.past_verbs_final and i == last:
            return "past"
    return None


def verb_group_tense(words: list[str], cues: TenseCues | None = None) -> str | None:
    """Tense of the last verb group in a clause's words, or None when it has no verb cue
    or its time is open ("होना था")."""
    tense = _verb_group(words, cues or load_cues())
    return None if tense == _OPEN else tense


def clause_tenses(text: str, cues: TenseCues | None = None) -> list[Clause]:
    """The clauses of a sentence with their own tense; a clause without a verb
    takes the tense of the next clause to its right that has one (its verb
    comes later in verb-final Hindi), else of the nearest one to its left."""
    return _clause_tenses(text, cues or load_cues())[0]


def _clause_tenses(text: str, cues: TenseCues) -> tuple[list[Clause], str | None]:
    """clause_tenses() and sentence_tense() from one pass over the clauses."""
    groups = _clauses(text, cues)
    own = [_verb_group([w[2] for w in g], cues) for g in groups]
    out = []
    for i, g in enumerate(groups):
        tense = own[i]
        if tense is None:
            tense = next((t for t in own[i + 1:] if t), None) or next((t for t in reversed(own[:i]) if t), None)
        out.append(Clause(g[0][0], g[-1][1], None if tense == _OPEN else tense))
    last = next((t for t in reversed(own) if t), None)
    return out, (None if last == _OPEN else last)


def sentence_tense(text: str, cues: TenseCues | None = None) -> str | None:
    """'past', 'future', 'present' or None: the tense of the sentence's last verb group."""
    cues = cues or load_cues()
    for group in reversed(_clauses(text, cues)):
        tense = _verb_group([w[2] for w in group], cues)
        if tense:
            return None if tense == _OPEN else tense
    return None


def nonfinite_after(text: str, offset: int, cues: TenseCues | None = None, window: int = 8) -> str | None:
    """What verb a phrase ending at ``offset`` hangs on, when it is not the clause's finite verb:
    'prospective' ("रविवार को होने वाले कर्फ्यू"), 'nonfinite' ("तीन मई को खत्म होने पर"),
    or None when the next verb seen is finite (or none is seen)."""
    cues = cues or load_cues()
    words = []
    prev = offset
    for m in _WORD.finditer(text, offset):
        if any(c in _BREAK_CHARS for c in text[prev:m.start()]):
            break
        words.append(_nasal(m.group()))
        prev = m.end()
        if len(words) > window:
            break
    for i, w in enumerate(words[:window]):
        if cues.is_finite(w):
            return None
        if cues.is_nonfinite(w) and i + 1 < len(words):
            nxt = words[i + 1]
            if nxt in cues.prospective:
                if cues.prospective_verbs and w not in cues.prospective_verbs:
                    return None  # a doer, not a time ahead: "रविवार को ... कोरिया को बांटने वाले क्षेत्र का दौरा किया"
                return "prospective"
            if nxt in cues.nonfinite_after:
                if i + 2 < len(words) and words[i + 2] in cues.expectation_nouns:
                    return "prospective"  # "कल होने की संभावना है"
                return "nonfinite"
    return None


def tense_at(text: str, cues: TenseCues | None = None) -> Callable[[int], str | None]:
    """A function giving the tense of the clause around an offset of ``text``.

    The clauses are read on the first call only: most sentences handed to the date
    finder have no date, so their tense is never asked for."""
    cues = cues or load_cues()
    cache: list = []

    def at(offset: int) -> str | None:
        if not cache:
            cache.extend(_clause_tenses(text, cues))
        clauses, fallback = cache
        for c in clauses:
            if offset < c.end:
                return c.tense if offset >= c.start or c.tense else fallback
        return clauses[-1].tense if clauses else fallback

    return at
