"""The events_rules factory: a new event type from a TOML file alone, end to end on the seed articles.

A copy of configs/events/visit.toml with ``type = "TOUR"``, named by a config instance
``[stages.events_tour] factory = "events_rules"``, runs through the command line with the whole
default pipeline; events.csv, event_merge, the clusters, the loader and the report carry TOUR.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest

import pipeline
from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.errors import PipelineError
from pipeline.loader import load_clusters
from tests.conftest import CONFIGS, REPO, cli, make_config

KEYS = ["doc_id", "status", "actor", "target", "location", "date", "trigger", "n_mentions"]


def tour_lexicon(folder):
    """configs/events/visit.toml with type = "TOUR" (and its frame = "VISIT" kept)."""
    text = (CONFIGS / "events" / "visit.toml").read_text(encoding="utf-8")
    assert 'type = "VISIT"' in text
    path = folder / "tour.toml"
    path.write_text(text.replace('type = "VISIT"', 'type = "TOUR"', 1), encoding="utf-8")
    return path


def tour_config(tmp_path, lexicon: str):
    stages = load_config().stages
    at = stages.index("event_merge")
    stages = stages[:at] + ["events_tour"] + stages[at:]
    writers = load_config().writers
    extra = f'[stages.events_tour]\nfactory = "events_rules"\nlexicon = "{lexicon}"\n'
    return make_config(tmp_path, stages, writers, extra=extra)


@pytest.fixture(scope="module")
def tour_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tour")
    tour_lexicon(tmp)
    config = tour_config(tmp, "tour.toml")  # relative to the config file
    out = tmp / "out"
    r = cli("run", str(REPO / "seeds"), "-o", str(out), "--config", str(config), "--quiet")
    assert r.returncode == 0, r.stderr
    return out


def test_tour_events_mirror_visits(tour_run):
    events = pd.read_csv(tour_run / "events.csv", dtype=str, keep_default_na=False)
    visits, tours = events[events.type == "VISIT"], events[events.type == "TOUR"]
    assert len(visits) >= 2 and set(tours.extractor) == {"events_tour"}
    # The same triggers read with the same frame: every visit has its TOUR twin.
    assert sorted(map(tuple, tours[KEYS].values)) == sorted(map(tuple, visits[KEYS].values))
    putin = tours[tours.actor.str.contains("Vladimir Putin")]
    assert set(putin.target) == {"India"} and set(putin.status) == {"planned"}
    # The other types are untouched by the new instance.
    assert {"MEETING", "AGREEMENT"} <= set(events.type)


def test_tour_events_carry_their_frame_and_cluster_as_visits(tour_run):
    records = [json.loads(line) for line in (tour_run / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    tours = [r for r in records if r["type"] == "TOUR"]
    assert tours and all(r["attrs"]["frame"] == "VISIT" for r in tours)
    assert all("frame" not in r.get("attrs", {}) for r in records if r["type"] != "TOUR")
    clusters = pd.read_csv(tour_run / "event_clusters.csv", dtype=str, keep_default_na=False)
    tour_clusters = clusters[clusters.type == "TOUR"]
    # Putin's visit reported by both seed articles (11 and 30 Nov) is one real-world TOUR, as it is one VISIT.
    both = tour_clusters[tour_clusters.participants.str.contains("Vladimir Putin")]
    assert len(both) == 1 and both.iloc[0].n_documents == "2"
    visit_clusters = clusters[clusters.type == "VISIT"]
    assert len(tour_clusters) == len(visit_clusters)


def test_run_json_times_the_instance(tour_run):
    run_info = json.loads((tour_run / "run.json").read_text(encoding="utf-8"))
    assert {"events_visit", "events_tour"} <= set(run_info["stage_seconds"])


def test_loader_and_report_know_the_new_type(tour_run, tmp_path):
    docs, ents, events = pipeline.load(tour_run)
    assert "TOUR" in events.type.cat.categories and (events.type == "TOUR").sum() >= 2
    clusters = load_clusters(tour_run)
    assert "TOUR" in clusters.type.cat.categories
    html_path = tmp_path / "report.html"
    r = cli("report", str(tour_run), "-o", str(html_path))
    assert r.returncode == 0, r.stderr
    html = html_path.read_text(encoding="utf-8")
    assert "TOUR events" in html
    from pipeline.report import OTHER_COLOUR, _colour

    assert _colour("TOUR") != OTHER_COLOUR and f'background:{_colour("TOUR")}">TOUR<' in html


def test_absolute_lexicon_path_in_another_folder(tmp_path):
    elsewhere = tmp_path / "lexicons"
    elsewhere.mkdir()
    path = tour_lexicon(elsewhere)
    stages = ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "entity_linker", "dates",
              "events_tour", "event_merge"]
    extra = f'[stages.events_tour]\nfactory = "events_rules"\nlexicon = "{path}"\n'
    pipe = build(load_config(make_config(tmp_path, stages, [], extra=extra)), writers=False)
    from pipeline.core.document import Document

    doc = pipe(Document("d", "प्रधानमंत्री नरेंद्र मोदी अगले सप्ताह जापान की यात्रा पर जाएंगे।", published="2025-03-01"))
    assert [(e.type, e.extractor, e.status) for e in doc.events] == [("TOUR", "events_tour", "planned")]
    assert {p["canonical"] for p in doc.events[0].actor} == {"Narendra Modi"}
    assert {p["canonical"] for p in doc.events[0].target} == {"Japan"}


def test_bad_lexicons_are_clear_build_errors(tmp_path):
    no_type = tmp_path / "no_type.toml"
    no_type.write_text('strong = ["धरना"]\n', encoding="utf-8")
    bad_frame = tmp_path / "bad_frame.toml"
    bad_frame.write_text('type = "PROTEST"\nframe = "VISITS"\nstrong = ["धरना"]\n', encoding="utf-8")
    stages = ["normalise", "sentences", "tokens", "ner_gazetteer", "metadata", "dates", "ev_a", "ev_b", "ev_c"]
    extra = "".join(f'[stages.{n}]\nfactory = "events_rules"\nlexicon = "{p}"\n'
                    for n, p in (("ev_a", no_type), ("ev_b", bad_frame), ("ev_c", tmp_path / "absent.toml")))
    with pytest.raises(PipelineError) as err:
        build(load_config(make_config(tmp_path, stages, [], extra=extra)), writers=False)
    msg = str(err.value)
    assert "[E003] Stage 'ev_a' could not be built" in msg and 'needs `type = "NAME"`' in msg
    assert "[E003] Stage 'ev_b'" in msg and "frame = 'VISITS' is not one of VISIT, MEETING, AGREEMENT" in msg
    assert "[E003] Stage 'ev_c'" in msg and "absent.toml not found" in msg


def test_builtin_lexicons_name_their_frames():
    import tomllib

    for name in ("visit", "meeting", "agreement"):
        raw = tomllib.loads((CONFIGS / "events" / f"{name}.toml").read_text(encoding="utf-8"))
        assert raw["type"] == raw["frame"] == name.upper()
