"""The whole pipeline on eight blind BBC-style articles with gold (tests/hindi/articles): a loose
event recall and precision (an event of the gold's type naming one of its participants, by canonical
name or any Hindi form the gold gives), so the article-level figures cannot fall unnoticed. The full
scores come from ../shared/eval/score.py (tests/hindi/articles/README.md)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from pipeline.hindi.normalise import fold

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "tests" / "hindi" / "articles"


@pytest.fixture(scope="module")
def runs():
    pipe = build(load_config(REPO / "configs" / "default.toml"), writers=False)
    out = []
    for line in (ARTICLES / "input" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = json.loads((ARTICLES / "gold" / f"{record['id']}.json").read_text(encoding="utf-8"))
        doc = pipe(Document(doc_id=record["id"], text=record["text"], published=record["published"]))
        out.append((gold, doc))
    return out


def _keys(gold: dict) -> dict[str, set[str]]:
    """Each gold entity name -> its folded name and Hindi forms."""
    return {e["name"]: {fold(e["name"]).lower()} | {fold(a).lower() for a in e.get("aliases", [])}
            for ents in gold["entities"].values() for e in ents}


def _matches(event, gold_event, keys) -> bool:
    have = {fold(p.get("canonical") or p.get("text") or "").lower() for p in event.actor + event.target}
    wanted = set().union(*[keys.get(n, {fold(n).lower()}) for n in gold_event["actor"] + gold_event["target"]])
    return event.type == gold_event["type"] and bool(have & wanted)


def loose_counts(runs) -> tuple[int, int, int, int]:
    """(required gold events found, required gold events, system events matching no gold event, system
    events) over (gold, document) pairs."""
    required = found = extra = total = 0
    for gold, doc in runs:
        keys = _keys(gold)
        for g in gold["events"]:
            if not g.get("optional"):
                required += 1
                found += any(_matches(e, g, keys) for e in doc.events)
        for e in doc.events:
            total += 1
            extra += not any(_matches(e, g, keys) for g in gold["events"])
    return found, required, extra, total


def test_the_articles_events_are_found(runs):
    found, required, extra, total = loose_counts(runs)
    recall, precision = found / required, 1 - extra / total
    # 2026-12-04: 38 of 43 required events found, 1 of 43 events matching no gold event at first (loose matching;
    # score.py, which pairs events one to one: F1 0.779, P 0.882, R 0.698)
    assert recall >= 0.83 and precision >= 0.93, (found, required, extra, total)
