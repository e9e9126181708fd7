"""Rule-based sentence splitting for Hindi news text.

Ends: danda (।), double danda (॥), ? and !, and the period that much Hindi web
text uses as a full stop (also with no space after it: ``हैं.वैज्ञानिकों``).
A line break ends a sentence too (headlines and datelines carry no danda).
No break after abbreviations and initials (``डॉ. एस. जयशंकर``, ``U.S.``), or
inside numbers, dates and times (``21.12.2023``, ``06:44``), or inside a domain name
(``नवभारतटाइम्स.कॉम``).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .normalise import fold

_TERMINAL = "।॥?!"
_CLOSERS = "\"')]}»’”"
# Candidate boundaries: a run of terminal punctuation or periods, or a line break.
_CANDIDATE = re.compile(r"[।॥?!.]+|\n")
_WORD_BEFORE = re.compile(r"([\w\u0900-\u097f.]+)$")
_WORD_AFTER = re.compile(r"[\w\u0900-\u097f]+")


@dataclass(frozen=True)
class SentenceRules:
    abbreviations: frozenset[str]
    letter_names: frozenset[str]
    domain_endings: frozenset[str] = frozenset()

    @classmethod
    def from_file(cls, path: str | Path) -> "SentenceRules":
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return cls(frozenset(fold(a) for a in data.get("abbreviations", [])),
                   frozenset(fold(a) for a in data.get("letter_names", [])),
                   frozenset(fold(a) for a in data.get("domain_endings", [])))


def _is_abbreviation(word: str, rules: SentenceRules) -> bool:
    w = fold(word.rstrip("."))
    last = w.rsplit(".", 1)[-1]
    if w in rules.abbreviations or last in rules.abbreviations or last in rules.letter_names:
        return True
    # A single Latin letter (U.S., J. K.) is an initial.
    return len(last) == 1 and last.isascii() and last.isalpha()


def split(text: str, rules: SentenceRules, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of sentences in text[start:end], stripped of surrounding white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sent_start = start
    for m in _CANDIDATE.finditer(text, start, end):
        punct = m.group()
        cut = m.end()
        if punct == "\n":
            cut = m.start()
        elif punct[-1] == "." and all(c == "." for c in punct) and len(punct) == 1:
            before = text[max(start, m.start() - 40):m.start()]
            after = text[m.end():m.end() + 1]
            prev = before[-1:] if before else ""
            # Inside numbers, dates and decimals: 21.12.2023, 3.5
            if prev.isdigit() and after.isdigit():
                continue
            wm = _WORD_BEFORE.search(before)
            if wm and _is_abbreviation(wm.group(1), rules):
                continue
            if after and (after.isascii() and after.isalnum() and after.islower()):
                continue  # "e.g" / domain names like amarujala.com
            wa = _WORD_AFTER.match(text, m.end(), end)
            if wa and fold(wa.group()) in rules.domain_endings:
                continue  # a domain name in Devanagari: नवभारतटाइम्स.कॉम
        if punct != "\n":
            # Keep closing quotes and brackets with the sentence they close.
            while cut < end and text[cut] in _CLOSERS:
                cut += 1
        _add(text, spans, sent_start, cut)
        sent_start = cut
    _add(text, spans, sent_start, end)
    return spans


def _add(text: str, spans: list, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and any(c.isalnum() for c in text[s:e]):
        spans.append((s, e))
    elif e > s and spans and spans[-1][1] <= s:
        # Stray punctuation (a lone quote) joins the sentence before it.
        spans[-1] = (spans[-1][0], e)
