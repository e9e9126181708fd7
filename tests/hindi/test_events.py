"""The event engine (pipeline/hindi/events/) on a table of sentences (tests/hindi/event_cases.tsv),
run through the real stages: metadata, normalise, sentences, tokens, gazetteer NER, linker, dates,
the three event stages and event_merge."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from pipeline.hindi.events import (CONFIG_DIR, Extractor, Lexicon, _is_future, key, load_roles, load_status,
                                   timex_interval)
from tests.conftest import make_config

CASES_FILE = Path(__file__).with_name("event_cases.tsv")
STAGES = ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "entity_linker", "dates",
          "events_visit", "events_meeting", "events_agreement", "event_merge"]


@dataclass
class Case:
    id: str
    type: str
    published: str
    expect: str
    participants: list[str]
    date: str
    status: str
    sentence: str
    location: str
    note: str


def load_cases() -> list[Case]:
    with CASES_FILE.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return [Case(r["id"], r["type"], r["published"], r["expect"],
                     [p.strip() for p in r["participants"].split(";") if p.strip()], r["date"], r["status"],
                     r["sentence"], r["location"], r["note"]) for r in rows]


CASES = load_cases()


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return build(load_config(make_config(tmp_path_factory.mktemp("events"), STAGES, [])), writers=False)


def run(pipe, text: str, published: str) -> Document:
    return pipe(Document(doc_id="case", text=text, published=published))


def names(event) -> set[str]:
    return {p["canonical"] for p in event.actor + event.target}


def test_table_covers_every_type_status_and_negatives():
    assert {c.type for c in CASES} == {"VISIT", "MEETING", "AGREEMENT"}
    for etype in ("VISIT", "MEETING", "AGREEMENT"):
        mine = [c for c in CASES if c.type == etype]
        assert any(c.expect == "none" for c in mine), etype
        assert {"planned", "occurred", "cancelled"} <= {c.status for c in mine}, etype
    assert "ongoing" in {c.status for c in CASES}
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(pipe, case):
    doc = run(pipe, case.sentence, case.published)
    found = [e for e in doc.events if e.type == case.type]
    if case.expect == "none":
        assert not found, f"{case.note}: {[(e.trigger, names(e)) for e in found]}"
        return
    assert len(found) == 1, f"{case.note}: {[(e.trigger, names(e)) for e in found]}"
    event = found[0]
    assert set(case.participants) <= names(event), case.note
    got_date = (event.date or {}).get("value") or "-"
    assert got_date == case.date, case.note
    assert event.status == case.status, case.note
    if case.location != "-":
        assert event.location and event.location["canonical"] == case.location, case.note
    # The contract's shapes: participant dicts, mentions with offsets into norm_text.
    for p in event.actor + event.target:
        assert set(p) == {"text", "canonical", "label", "country"} and p["label"] in ("PER", "ORG", "LOC")
    for m in event.mentions:
        assert doc.norm_text[m.trigger_start:m.trigger_end] in event.trigger or event.trigger.startswith(
            doc.norm_text[m.trigger_start:m.trigger_end])
    assert event.extractor == f"events_{case.type.lower()}"
    assert event.event_id == "case#1"
    assert 0 < event.confidence <= 1


def test_dauran_is_not_a_visit_trigger():
    lex = Lexicon.from_file(CONFIG_DIR / "visit.toml")
    ex = Extractor(lex, load_roles(str(CONFIG_DIR / "roles.toml")), load_status(str(CONFIG_DIR / "status.toml")))
    from pipeline.hindi.events import SentView
    words = [key(w) for w in "बैठक के दौरान दौरे की बात".split()]
    view = SentView(0, 0, "", [None] * len(words), words)
    assert [(i, j) for i, j, _ in ex.triggers(view)] == [(3, 4)]  # दौरे only


def test_timex_intervals_and_future():
    assert timex_interval("2025-12") == timex_interval("2025-12-01/2025-12-31")
    assert timex_interval("2020-W15")[0].isoformat() == "2020-04-06"
    assert timex_interval("XXXX-12-04") is None
    assert _is_future("2025-12-04/2025-12-05", "2025-11-30")
    assert not _is_future("2020-W15", "2020-04-13")  # last week is not the future
    assert not _is_future("2025-11", "2025-11-11")  # this month is not wholly ahead
