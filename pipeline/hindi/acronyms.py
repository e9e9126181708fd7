"""Hindi writes English abbreviations as the names of their letters: एनसीटीई = एन सी टी ई.

One list of letter-name spellings (configs/ner/lexicon/letter_names.txt) serves the NER
model's acronym feature and the tokenizer's glued-title rule (पीएमओ is an acronym, not
पीएम + ओ).
"""
from __future__ import annotations

from pathlib import Path

from .normalise import fold


def read_letter_names(path: Path) -> list[str]:
    """Folded spellings, longest first; lines are `letter<TAB>spelling`, '#' starts a comment."""
    out: set[str] = set()
    if Path(path).exists():
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                spelling = fold(line.split("\t")[-1].strip())
                if spelling:
                    out.add(spelling)
    return sorted(out, key=len, reverse=True)


_SPELLED: dict[tuple[int, str], int] = {}  # (id of the letters list, word) -> count: the same words recur
_KEPT: dict[int, list[str]] = {}  # the letters lists keyed above, kept alive so their ids stay theirs
_SPELLED_MAX = 200_000


def spells_letters(word: str, letters: list[str]) -> int:
    """Number of letter names that spell word exactly (the most, if several splits); 0 if none."""
    k = (id(letters), word)
    n = _SPELLED.get(k)
    if n is None:
        if len(_SPELLED) >= _SPELLED_MAX:
            _SPELLED.clear()
        _KEPT.setdefault(id(letters), letters)
        n = _SPELLED[k] = _spell(word, letters)
    return n


def _spell(word: str, letters: list[str]) -> int:
    best: list[int] = [-1] * (len(word) + 1)  # best[i]: most letters spelling word[i:], -1 if none
    best[len(word)] = 0
    for i in range(len(word) - 1, -1, -1):
        for l in letters:
            if word.startswith(l, i) and best[i + len(l)] >= 0:
                best[i] = max(best[i], best[i + len(l)] + 1)
    return max(best[0], 0)
