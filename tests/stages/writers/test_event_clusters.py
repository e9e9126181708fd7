"""event_clusters_csv: the same real-world event across documents gets one cluster_id.
The seeds report Putin's December visit to India in two articles; they must share a cluster."""
from __future__ import annotations

import csv
import json

import pytest

from pipeline.core.config import load_config
from pipeline.core.runner import run
from pipeline.stages.writers import WriteContext
from pipeline.stages.writers.event_clusters_csv import EventClusters
from tests.conftest import REPO, make_config

STAGES = ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "entity_linker", "dates",
          "events_visit", "events_meeting", "events_agreement", "event_merge"]
WRITERS = ["event_clusters_csv", "events_jsonl", "documents_jsonl"]


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("clusters")
    out = tmp / "out"
    run(REPO / "seeds", out, load_config(make_config(tmp, STAGES, WRITERS)), quiet=True)
    return out


def read_events(out):
    with (out / "events.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_putin_visit_in_both_seeds_shares_a_cluster(seeds_out):
    events = read_events(seeds_out)
    visits = [e for e in events if e["type"] == "VISIT"
              and "Vladimir Putin" in {p["canonical"] for p in e["actor"] + e["target"]}]
    assert len({e["doc_id"] for e in visits}) == 2
    assert len({e["cluster_id"] for e in visits}) == 1 and visits[0]["cluster_id"]
    # Every event has a cluster; other events of the seeds are clusters of their own.
    assert all(e["cluster_id"] for e in events)
    others = {e["cluster_id"] for e in events if e not in visits}
    assert visits[0]["cluster_id"] not in others


def test_clusters_csv_row(seeds_out):
    with (seeds_out / "event_clusters.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    visit = next(r for r in rows if r["type"] == "VISIT")
    assert visit["n_documents"] == "2"
    assert set(visit["participants"].split("; ")) == {"India", "Vladimir Putin"}
    assert visit["date"] == "2025-12-04/2025-12-05"  # the finer of 2025-12 and 4-5 December
    assert visit["status"] == "planned"
    assert (visit["first_published"], visit["last_published"]) == ("2025-11-11", "2025-11-30")
    ids = [r["cluster_id"] for r in rows]
    assert len(ids) == len(set(ids)) == len({e["cluster_id"] for e in read_events(seeds_out)})


def _event(etype, parts, date=None, status="occurred"):
    return {"type": etype, "actor": [{"text": p, "canonical": p, "label": "PER"} for p in parts[:1]],
            "target": [{"text": p, "canonical": p, "label": "PER"} for p in parts[1:]],
            "date": {"text": date, "value": date} if date else None, "status": status}


def test_assign_rules():
    c = EventClusters()
    a = c.assign("d1", "2020-04-08", _event("MEETING", ["Modi"], "2020-04-11", "planned"))
    assert c.assign("d2", "2020-04-27", _event("MEETING", ["Modi"], "2020-04-11")) == a  # same day
    assert c.assign("d3", "2020-04-27", _event("MEETING", ["Modi"], "2020-04-02")) != a  # another day
    assert c.assign("d4", "2020-04-10", _event("MEETING", ["Modi"], None, "planned")) == a  # undated, ahead
    assert c.assign("d5", "2020-06-30", _event("MEETING", ["Modi"])) not in (a,)  # undated, months later
    assert c.assign("d6", "2020-04-08", _event("VISIT", ["Modi"], "2020-04-11", "planned")) != a  # other type
    # Two-party meetings need both parties: Modi with Putin is not Modi with the chief ministers.
    b = c.assign("d7", "2020-04-09", _event("MEETING", ["Modi", "Putin"], "2020-04-11"))
    assert c.assign("d8", "2020-04-09", _event("MEETING", ["Modi", "Kejriwal"], "2020-04-11")) != b


def test_resume_keeps_cluster_ids(tmp_path, seeds_out):
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.jsonl").write_text((seeds_out / "events.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    old = {e["cluster_id"] for e in read_events(seeds_out) if e["type"] == "VISIT"}
    c = EventClusters()
    c.open(WriteContext(outdir=out, resume=True, done_ids={e["doc_id"] for e in read_events(seeds_out)}))
    again = c.assign("new", "2025-12-01", {"type": "VISIT", "status": "planned",
                                           "actor": [{"text": "पुतिन", "canonical": "Vladimir Putin", "label": "PER"}],
                                           "target": [{"text": "भारत", "canonical": "India", "label": "LOC"}],
                                           "date": None})
    assert {again} == old
