"""Word sequences to find in token lists: event triggers and titles (events.py), phrases that
name nothing and institution words (the NER stages)."""
from __future__ import annotations


class Phrases(list):
    """Word tuples, longest first, indexed by first and last word: a lookup at a position
    tries only the phrases that start (or end) with the word there, because callers scan
    every word of every sentence."""

    def __init__(self, phrases=()):
        super().__init__(sorted(set(phrases), key=lambda p: (-len(p), p)))  # ties in a stable order
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for p in self:
            self.by_first.setdefault(p[0], []).append(p)
            self.by_last.setdefault(p[-1], []).append(p)

    def match_at(self, words: list[str], i: int) -> int:
        """Length of the longest phrase starting at words[i], 0 if none."""
        for p in self.by_first.get(words[i], ()) if 0 <= i < len(words) else ():
            if tuple(words[i:i + len(p)]) == p:
                return len(p)
        return 0

    def ending_at(self, words: list[str], j: int) -> tuple[str, ...] | None:
        """The longest phrase that ends right before words[j], None if none."""
        for p in self.by_last.get(words[j - 1], ()) if 0 < j <= len(words) else ():
            if j - len(p) >= 0 and tuple(words[j - len(p):j]) == p:
                return p
        return None

    def ends_at(self, words: list[str], j: int) -> bool:
        """A phrase ends right before words[j]."""
        return self.ending_at(words, j) is not None

    def ends_name(self, words: list[str]) -> bool:
        """A phrase ends words, after at least one word of name before it: "गंगा राम अस्पताल"
        ends in अस्पताल, "अस्पताल" alone does not."""
        return any(len(p) < len(words) and tuple(words[-len(p):]) == p for p in self.by_last.get(words[-1], ())) \
            if words else False
