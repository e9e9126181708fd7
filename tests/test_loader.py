"""pipeline.load on real output folders: the real pipeline runs on small Hindi files written here."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline.core.config import load_config
from pipeline.core.runner import run
from pipeline.loader import Outputs, load_clusters, timex_bounds
from tests.conftest import BASIC_STAGES, make_config

# Short news items in the style of the corpus (written for these tests).
TEXTS = {
    "a_visit.txt": (
        "date 2025-11-11\n\n"
        "मोदी दिसंबर में मॉस्को की यात्रा करेंगे\n\n"
        "नई दिल्ली: प्रधानमंत्री नरेंद्र मोदी 4 दिसंबर को मॉस्को की यात्रा करेंगे। "
        "वहां वे राष्ट्रपति व्लादिमीर पुतिन से मुलाकात करेंगे। "
        "विदेश मंत्री एस. जयशंकर भी भारत के प्रतिनिधिमंडल में होंगे।\n"),
    "b_agreement.txt": (
        "date 2025-02-20\n\n"
        "भारत और रूस ने रक्षा समझौते पर हस्ताक्षर किए\n\n"
        "मॉस्को: 18 फरवरी, 2025 को भारत और रूस ने रक्षा समझौते पर हस्ताक्षर किए। "
        "क्रेमलिन ने कहा कि पुतिन और मोदी की बैठक सोमवार को हुई।\n"),
    "c_plain.txt": (
        "date 2025-03-01\n\n"
        "चीन में व्यापार मेला\n\n"
        "बीजिंग: चीन में इस सप्ताह एक बड़ा व्यापार मेला शुरू हुआ।\n"),
}

REAL_EVENT_STAGES = ["events_visit", "events_meeting", "events_agreement", "event_merge"]
EVENT_WRITERS = ["event_clusters_csv", "events_jsonl", "events_csv"]
def make_output(tmp_path: Path, texts: dict[str, str] = TEXTS, *, parquet: bool = False) -> Path:
    """Write `texts` as files and run the real pipeline on them; returns the output folder."""
    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    writers = ["errors_jsonl", "entities_csv", *EVENT_WRITERS, "run_json", "documents_jsonl"]
    config = make_config(tmp_path, BASIC_STAGES + ["dates"] + REAL_EVENT_STAGES, writers)
    out = tmp_path / "out"
    kwargs = {"parquet": True} if parquet else {}
    summary = run(corpus, out, load_config(config), quiet=True, **kwargs)
    assert summary.exit_code == 0, (out / "errors.jsonl").read_text(encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def outdir(tmp_path_factory):
    return make_output(tmp_path_factory.mktemp("loader"))


@pytest.fixture(scope="module")
def loaded(outdir):
    return pipeline.load(outdir)


def test_unpacks_and_counts_match_files(outdir, loaded):
    docs, ents, events = loaded
    assert isinstance(loaded, Outputs) and loaded.documents is docs
    lines = (outdir / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(docs) == len(lines) == len(TEXTS)
    assert len(ents) == len(pd.read_csv(outdir / "entities.csv"))
    assert len(events) == len((outdir / "events.jsonl").read_text(encoding="utf-8").splitlines()) > 0
    assert set(ents.doc_id) <= set(docs.doc_id) and set(events.doc_id) <= set(docs.doc_id)


def test_document_dtypes(loaded):
    docs = loaded.documents
    assert docs.published.dtype == "datetime64[ns]"
    assert sorted(docs.published.dt.strftime("%Y-%m-%d")) == ["2025-02-20", "2025-03-01", "2025-11-11"]
    assert docs.n_tokens.dtype == "Int64" and (docs.n_tokens > 0).all()
    assert docs.source.dtype == "category"
    sents = docs.sentences.iloc[0]
    assert isinstance(sents, list) and {"sent_id", "start", "end", "text"} <= set(sents[0])
    text = docs.text.iloc[0]
    assert all(text[s["start"]:s["end"]] == s["text"] for s in sents)


def test_entity_dtypes_and_offsets(loaded):
    docs, ents, _ = loaded
    assert isinstance(ents.label.dtype, pd.CategoricalDtype)
    assert list(ents.label.cat.categories[:4]) == ["PER", "ORG", "LOC", "DATE"]
    for col in ("sent_id", "start", "end"):
        assert ents[col].dtype == "Int64"
    assert ents.score.dtype == "float64"
    assert ents.text.dtype == "string" and ents.canonical.dtype == "string"
    # DATE rows: value set, canonical missing (NA, not "").
    dates = ents[ents.label == "DATE"]
    assert len(dates) and dates.value.notna().all() and dates.canonical.isna().all()
    assert (ents.canonical != "").fillna(True).all()
    texts = dict(zip(docs.doc_id, docs.text))
    for row in ents.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    assert "Narendra Modi" in set(ents[ents.label == "PER"].canonical)


def test_entity_knowledge_base_columns(loaded):
    # country a string, coordinates floats, GeoNames id a nullable integer; filled from the real tables
    _, ents, _ = loaded
    assert ents.country.dtype == "string" and ents.lat.dtype == "float64" and ents.lon.dtype == "float64"
    assert ents.geonames_id.dtype == "Int64"
    moscow = ents[ents.canonical == "Moscow"]
    assert len(moscow) and (moscow.country == "RUS").all() and (moscow.geonames_id == 524901).all()
    assert moscow.lat.between(55, 56).all()
    india = ents[ents.canonical == "India"]
    assert (india.country == "IND").all() and india.lat.between(20, 25).all()  # the middle of its outline
    assert ents[ents.label == "DATE"].country.isna().all()


def test_event_dtypes_and_participants(loaded):
    events = loaded.events
    assert isinstance(events.type.dtype, pd.CategoricalDtype) and isinstance(events.status.dtype, pd.CategoricalDtype)
    assert {"VISIT", "MEETING", "AGREEMENT"} <= set(events.type.cat.categories)
    assert events.published.dtype == "datetime64[ns]" and events.date.dtype == "datetime64[ns]"
    for col in ("actor", "target", "actor_full", "target_full", "mentions"):
        assert all(isinstance(v, list) for v in events[col]), col
    assert all(isinstance(n, str) for names in events.actor for n in names)
    for names, full in zip(events.actor, events.actor_full):
        assert names == [p["canonical"] for p in full]
    assert any(events.actor.map(len) > 0)
    assert (events.n_mentions == events.mentions.map(len)).all()
    assert events.evidence.notna().all()
    # Filtering by type and date works on the typed columns.
    dated = events[events.date.notna()]
    assert len(dated) and (dated.date <= dated.date_end).all()
    assert len(events[(events.type == "AGREEMENT") & (events.date < "2025-06-01")]) >= 1


def test_events_csv_fallback_splits_participants(outdir, loaded, tmp_path):
    """Without events.jsonl the loader reads events.csv: same names, still lists."""
    copy = tmp_path / "csv-only"
    copy.mkdir()
    for name in ("documents.jsonl", "entities.csv", "events.csv"):
        (copy / name).write_bytes((outdir / name).read_bytes())
    events = pipeline.load(copy).events
    assert list(events.event_id) == list(loaded.events.event_id)
    assert list(events.actor) == list(loaded.events.actor) and list(events.target) == list(loaded.events.target)
    assert list(events.date) == list(loaded.events.date)
    assert events.type.dtype == loaded.events.type.dtype


def test_parquet_round_trip(loaded, tmp_path):
    """Frames written to Parquet by pandas (one file or a folder of parts) load back equal."""
    pq_dir = tmp_path / "pq"
    pq_dir.mkdir()
    docs, ents, events = loaded
    docs.to_parquet(pq_dir / "documents.parquet")
    (pq_dir / "entities.parquet").mkdir()
    half = len(ents) // 2
    ents.iloc[:half].to_parquet(pq_dir / "entities.parquet" / "part.0.parquet")
    ents.iloc[half:].to_parquet(pq_dir / "entities.parquet" / "part.1.parquet")
    events.to_parquet(pq_dir / "events.parquet")
    again = pipeline.load(pq_dir)
    for before, after in zip(loaded, again):
        pd.testing.assert_frame_equal(before.reset_index(drop=True), after.reset_index(drop=True))


def test_pipeline_parquet_partitions(tmp_path, loaded):
    """The runner's own Parquet partitions (engines/parquet) load like the JSONL/CSV files."""
    pytest.importorskip("pipeline.engines.parquet", reason="Parquet writer not in this checkout")
    out = make_output(tmp_path, parquet=True)
    for name in ("documents", "entities", "events"):
        assert (out / f"{name}.parquet").is_dir()
    from_pq = pipeline.load(out)
    # Hide the Parquet folders: the same run read from JSONL/CSV.
    for name in ("documents", "entities", "events"):
        (out / f"{name}.parquet").rename(out / f"{name}.hidden")
    from_text = pipeline.load(out)
    for a, b in zip(from_pq, from_text):
        pd.testing.assert_frame_equal(a, b)


def test_missing_events_and_bad_folder(tmp_path, outdir):
    only_docs = tmp_path / "only-docs"
    only_docs.mkdir()
    (only_docs / "documents.jsonl").write_bytes((outdir / "documents.jsonl").read_bytes())
    docs, ents, events = pipeline.load(only_docs)
    assert len(docs) == len(TEXTS) and len(ents) == 0 and len(events) == 0
    assert ents.label.dtype == "category" and events.date.dtype == "datetime64[ns]" and "actor" in events
    with pytest.raises(FileNotFoundError):
        pipeline.load(tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError, match="documents"):
        pipeline.load(tmp_path)  # a folder, but not an output folder


def test_clusters(outdir, loaded):
    if not (outdir / "event_clusters.csv").exists():
        pytest.skip("event_clusters_csv writer not registered in this checkout")
    clusters = load_clusters(outdir)
    events = loaded.events
    assert len(clusters) and set(clusters.cluster_id) == set(events.cluster_id.dropna())
    assert isinstance(clusters.type.dtype, pd.CategoricalDtype)
    assert clusters.first_published.dtype == "datetime64[ns]" and clusters.date.dtype == "datetime64[ns]"
    for row in clusters.itertuples():
        mine = events[events.cluster_id == row.cluster_id]
        assert row.n_events == len(mine) and sorted(row.doc_ids) == sorted(set(mine.doc_id))
        named = {n for names in list(mine.actor) + list(mine.target) for n in names}
        assert isinstance(row.participants, list) and set(row.participants) <= named | set(mine.location.dropna())
    assert len(load_clusters(outdir / "nowhere")) == 0


@pytest.mark.parametrize("value, start, end", [
    ("2025-02-18", "2025-02-18", "2025-02-18"),
    ("2025-12", "2025-12-01", "2025-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2025", "2025-01-01", "2025-12-31"),
    ("2025-12-04/2025-12-05", "2025-12-04", "2025-12-05"),
    ("1950/1969", "1950-01-01", "1969-12-31"),
    ("195X", "1950-01-01", "1959-12-31"),
])
def test_timex_bounds(value, start, end):
    assert timex_bounds(value) == (pd.Timestamp(start), pd.Timestamp(end))


@pytest.mark.parametrize("value", ["XXXX-12-04", "", None, "PRESENT_REF"])
def test_timex_bounds_unknown(value):
    assert timex_bounds(value) == (None, None)
