"""pipeline/tools/compare_outputs.py on a real output folder (outputs/seeds, committed)."""
import json
import shutil
from pathlib import Path

from pipeline.tools.compare_outputs import compare, main

SEEDS_OUT = Path(__file__).resolve().parents[2] / "outputs" / "seeds"


def _copy(tmp_path, name):
    return Path(shutil.copytree(SEEDS_OUT, tmp_path / name))


def test_same_folders_and_run_timings_ignored(tmp_path):
    a, b = _copy(tmp_path, "a"), _copy(tmp_path, "b")
    run = json.loads((b / "run.json").read_text(encoding="utf-8"))
    run["seconds"], run["outdir"] = 123.4, "/elsewhere"
    (b / "run.json").write_text(json.dumps(run), encoding="utf-8")
    assert compare(a, b) == []
    assert main([str(a), str(b)]) == 0


def test_a_changed_event_is_reported(tmp_path):
    a, b = _copy(tmp_path, "a"), _copy(tmp_path, "b")
    text = (b / "events.csv").read_text(encoding="utf-8")
    changed = text.replace("occurred", "planned", 1)
    assert changed != text
    (b / "events.csv").write_text(changed, encoding="utf-8")
    (b / "extra.txt").write_text("x", encoding="utf-8")
    report = compare(a, b)
    assert "differs: events.csv" in report
    assert any(line.startswith("only in") and line.endswith("extra.txt") for line in report)
    assert any("planned" in line for line in report)
    assert main([str(a), str(b)]) == 1


def test_a_changed_result_in_run_json_is_reported(tmp_path):
    a, b = _copy(tmp_path, "a"), _copy(tmp_path, "b")
    run = json.loads((b / "run.json").read_text(encoding="utf-8"))
    run["documents"]["written"] += 1
    (b / "run.json").write_text(json.dumps(run), encoding="utf-8")
    assert compare(a, b)[0] == "differs: run.json"


def test_missing_folder(tmp_path):
    assert main([str(tmp_path / "nope"), str(tmp_path)]) == 2
