"""The trigger families added to configs/events/*.toml from corpus concordances (hindi-events triggers),
each on Hindi sentences (tests/hindi/event_lexicon_cases.tsv) run through the real stages, from
normalisation to event_countries: ceasefires, contracts, MoUs, deals, ratification; phone and video
calls, rounds of talks; arrival and return forms; denial and postponement."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from tests.conftest import make_config

CASES_FILE = Path(__file__).with_name("event_lexicon_cases.tsv")
STAGES = ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "entity_linker", "dates",
          "events_visit", "events_meeting", "events_agreement", "event_merge", "event_countries"]


def load_cases() -> list[dict]:
    with CASES_FILE.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


CASES = load_cases()


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return build(load_config(make_config(tmp_path_factory.mktemp("lex"), STAGES, [])), writers=False)


def test_every_family_has_cases():
    ids = {c["id"].rsplit("-", 1)[0] for c in CASES}
    for family in ("agr-ceasefire", "agr-contract", "agr", "meet-phone", "meet", "visit-arrive", "visit-return"):
        assert any(i == family or i.startswith(family) for i in ids), family
    assert {c["expect"] for c in CASES} == {"event", "none", "cancelled"}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(pipe, case):
    doc = pipe(Document(doc_id="case", text=case["sentence"], published=case["published"]))
    found = [e for e in doc.events if e.type == case["type"]]
    if case["expect"] == "none":
        assert not found, f"{case['note']}: {[(e.trigger, e.actor) for e in found]}"
        return
    want = {p.strip() for p in case["participants"].split(";") if p.strip()}
    match = [e for e in found if want <= {p["canonical"] for p in e.actor + e.target}]
    assert match, f"{case['note']}: {[(e.trigger, [p['canonical'] for p in e.actor + e.target]) for e in found]}"
    event = match[0]
    assert (event.status == "cancelled") == (case["expect"] == "cancelled"), event.status
    assert event.cameo and event.plover  # every event is coded (configs/events/cameo.toml)


def test_a_phrase_of_several_words_matches_spelt_with_spaces_or_hyphens():
    """"सहमति पत्रों" in a list finds "सहमति-पत्रों" (the tokenizer makes the hyphen a token), and "विचार-विमर्श"
    finds "विचार विमर्श"; a hyphen inside a word of a phrase stays where it is ("की सह-अध्यक्षता")."""
    from pipeline.hindi.events.lexicons import _match_at, _phrases
    phrases = _phrases(["सहमति पत्रों", "विचार-विमर्श", "की सह-अध्यक्षता"])
    assert _match_at(["आठ", "सहमति", "-", "पत्रों", "पर"], 1, phrases) == 3
    assert _match_at(["पर", "विचार", "विमर्श", "किया"], 1, phrases) == 2
    assert _match_at(["की", "सह", "-", "अध्यक्षता"], 0, phrases) == 4
    assert _match_at(["की", "-", "सह", "-", "अध्यक्षता"], 0, phrases) == 0
