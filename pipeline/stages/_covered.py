"""Shared by the rule stages that add entities (ner_lists, ner_places, ner_titles, ner_institutions)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right


def covering(tokens, entities) -> list:
    """For each token, the entity over it, or None; where entities overlap, a gazetteer match
    wins (listed names show through)."""
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    out = [None] * len(tokens)
    for e in sorted(entities, key=lambda e: e.source == "gazetteer"):
        i = bisect_right(ends, e.start)  # the first token ending after the entity starts
        for k in range(i, bisect_left(starts, e.end, i)):
            out[k] = e
    return out


def by_sentence(entities) -> dict[int, list]:
    """The entities of each sentence (sent_id -> entities, in document order)."""
    out: dict[int, list] = {}
    for e in entities:
        out.setdefault(e.sent_id, []).append(e)
    return out


def join_left(doc, e, token) -> bool:
    """Extend entity e to start at token, when only white space lies between them."""
    if doc.norm_text[token.end:e.start].strip():
        return False
    e.start = token.start
    e.text = doc.norm_text[e.start:e.end]
    return True
