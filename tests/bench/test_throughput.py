"""`hindi-events bench` runs the real pipeline and both baselines on a small corpus and reports
what the README's figures come from (no timing is asserted: speed lives in the benchmark itself)."""
import json

from tests.conftest import cli

TEXT = "प्रधानमंत्री नरेंद्र मोदी ने आज भारत में बैठक की। रूस के राष्ट्रपति पुतिन दिसंबर में भारत आएंगे।"


def test_bench_reports_runs_baselines_and_targets(tmp_path):
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(TEXT, encoding="utf-8")
    r = cli("bench", str(tmp_path), "--workers", "2", "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    runs = {run["workers"]: run for run in report["runs"]}
    assert set(runs) == {1, 2}
    for run in runs.values():
        assert run["documents"] == 3 and run["failed"] == 0
        assert run["tokens"] == runs[1]["tokens"] > 30
        assert abs(sum(run["stage_share"].values()) - 1) < 0.01
        assert {"ner_model", "tokens", "dates"} <= set(run["stage_share"])
        assert all(mb > 0 for mb in run["peak_rss_mb"].values())
    assert len(runs[2]["peak_rss_mb"]) == 2  # one figure per worker process
    assert set(report["baselines"]) == {"spacy_blank_hi_tokenizer", "ner_model_only"}
    assert [t["target"] for t in report["targets"]] == [
        "pipeline >= 70% of NER-only speed", "2 workers >= 1.8x one worker", "peak memory <= 1 GB a worker"]
