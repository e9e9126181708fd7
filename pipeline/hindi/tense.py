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

    @classmethod
    def from_dict(cls, raw: dict) -> "TenseCues":
        get = lambda k: [str(x) for x in raw.get(k, [])]
        return cls(tuple(sorted(get("future_suffixes"), key=len, reverse=True)), frozenset(get("future_exceptions")),
                   tuple(get("future_phrases")), frozenset(get("past_aux")), frozenset(get("past_verbs")),
                   frozenset(get("past_verbs_final")), frozenset(get("present_aux")), frozenset(get("progressive")),
                   frozenset(get("prospective")), frozenset(get("clause_breaks")))

    @classmethod
    def from_file(cls, path: str | Path) -> "TenseCues":
        return cls.from_dict(tomllib.loads(Path(path).read_text(encoding="utf-8")))

    def is_future_form(self, word: str) -> bool:
        return word not in self.future_exceptions and len(word) > 2 and word.endswith(self.future_suffixes)


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> TenseCues:
    return TenseCues.from_file(path or DEFAULT_CUES)


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    tense: str | None


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _clauses(text: str, cues: TenseCues) -> list[list[tuple[int, int, str]]]:
    """Words grouped into clauses; a clause word starts the next clause."""
    out: list[list[tuple[int, int, str]]] = [[]]
    prev_end = 0
    for w in _words(text):
        gap = text[prev_end:w[0]]
        if out[-1] and (any(c in _BREAK_CHARS for c in gap) or w[2] in cues.clause_breaks):
            out.append([])
        out[-1].append(w)
        prev_end = w[1]
    return [c for c in out if c]


def verb_group_tense(words: list[str], cues: TenseCues | None = None) -> str | None:
    """Tense of the last verb group in a clause's words, or None when it has no verb cue."""
    cues = cues or load_cues()
    last = len(words) - 1
    for i in range(last, -1, -1):
        w = words[i]
        if w in cues.past_aux:
            return "past"
        if cues.is_future_form(w):
            return "future"
        if w in cues.present_aux:
            prev = words[i - 1] if i > 0 else ""
            tail = " ".join(words[max(0, i - 3):i + 1])
            if prev in cues.prospective or any(tail.endswith(p) for p in cues.future_phrases):
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


def clause_tenses(text: str, cues: TenseCues | None = None) -> list[Clause]:
    """The clauses of a sentence with their own tense; a clause without a verb
    takes the tense of the next clause to its right that has one (its verb
    comes later in verb-final Hindi), else of the nearest one to its left."""
    cues = cues or load_cues()
    groups = _clauses(text, cues)
    own = [verb_group_tense([w[2] for w in g], cues) for g in groups]
    out = []
    for i, g in enumerate(groups):
        tense = own[i]
        if tense is None:
            tense = next((t for t in own[i + 1:] if t), None) or next((t for t in reversed(own[:i]) if t), None)
        out.append(Clause(g[0][0], g[-1][1], tense))
    return out


def sentence_tense(text: str, cues: TenseCues | None = None) -> str | None:
    """'past', 'future', 'present' or None: the tense of the sentence's last verb group."""
    cues = cues or load_cues()
    for group in reversed(_clauses(text, cues)):
        tense = verb_group_tense([w[2] for w in group], cues)
        if tense:
            return tense
    return None


def tense_at(text: str, cues: TenseCues | None = None) -> Callable[[int], str | None]:
    """A function giving the tense of the clause around an offset of ``text``."""
    clauses = clause_tenses(text, cues)
    fallback = sentence_tense(text, cues)

    def at(offset: int) -> str | None:
        for c in clauses:
            if offset < c.end:
                return c.tense if offset >= c.start or c.tense else fallback
        return clauses[-1].tense if clauses else fallback

    return at
