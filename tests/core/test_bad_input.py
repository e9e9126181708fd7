"""Inputs that cannot corrupt a run: real files in tmp_path through the real runner and CLI.

Duplicate ids, dates that are no dates, stray NUL bytes, ids with path characters, and
--resume into a folder made with another config or corpus. Every problem leaves a row in
errors.jsonl whose `level` says whether the document was kept ("warning") or lost ("error").
"""
from __future__ import annotations

import json
import shutil
import tomllib

import pandas as pd
import pytest

import pipeline
from pipeline.core.config import load_config
from pipeline.core.errors import PipelineError
from pipeline.core.runner import run
from tests.conftest import CONFIGS, cli, make_config
from tests.core.test_resume import assert_same_outputs, parquet_rows
from tests.core.test_runner_workers import SENTENCES, make_test_config, plugin_path  # noqa: F401 (fixture)



def text(i: int) -> str:
    return "\n".join(SENTENCES[(i + j) % len(SENTENCES)].format(d="सोमवार") for j in range(3)) + "\n"


def jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def read_jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def bad_corpus(folder):
    """Every kind of bad input at once, next to good documents."""
    folder.mkdir(parents=True)
    (folder / "a.jsonl").write_text(jsonl([
        {"id": "dup", "text": text(0), "published": "2020-03-21"},
        {"id": "dup", "text": text(1), "published": "not a date"},
        {"id": "../../etc/x", "text": text(2), "published": "2025-13-45"},
        {"id": "/tmp/abs", "text": text(3)},
        {"id": "boom", "text": text(4) + "BOOM\n"},
    ]), encoding="utf-8")
    (folder / "b.csv").write_text(f'id,text,published\ndup,"{text(5)}",Nov 30 2025\n', encoding="utf-8")
    raw = text(6).encode("utf-8")
    (folder / "nul.txt").write_bytes(raw[:10] + b"\x00" + raw[10:])
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "dup.txt").write_text(text(7), encoding="utf-8")
    return folder


def files_under(root) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def test_bad_inputs_are_kept_apart_and_reported(tmp_path, plugin_path):
    config = load_config(make_test_config(tmp_path))
    corpus = bad_corpus(tmp_path / "corpus")
    out = tmp_path / "deep" / "er" / "out"  # '../../etc/x' taken as a path from here would land in tmp_path
    before = files_under(tmp_path)
    summary = run(corpus, out, config, quiet=True, parquet=True)
    assert (summary.documents_written, summary.documents_failed, summary.inputs_skipped) == (7, 1, 1)

    docs = {d["doc_id"]: d for d in read_jsonl(out / "documents.jsonl")}
    # Duplicate ids: each record its own document, nothing merged.
    assert set(docs) == {"dup", "dup~2", "../../etc/x", "/tmp/abs", "dup~3", "nul", "dup~4"}
    assert len({d["text"] for d in docs.values()}) == 7
    ents = pd.read_csv(out / "entities.csv", dtype=str, keep_default_na=False)
    assert set(ents.doc_id) <= set(docs) and {"dup", "dup~2", "dup~3", "dup~4"} <= set(ents.doc_id)
    # Dates that are no dates: published empty, the given value kept.
    assert (docs["dup"]["published"], docs["dup"]["published_raw"]) == ("2020-03-21", "2020-03-21")
    assert (docs["dup~2"]["published"], docs["dup~2"]["published_raw"]) == (None, "not a date")
    assert (docs["../../etc/x"]["published"], docs["../../etc/x"]["published_raw"]) == (None, "2025-13-45")
    assert docs["dup~3"]["published"] == "2025-11-30"
    # NUL bytes dropped, the text read.
    assert docs["nul"]["text"] == text(6)

    rows = read_jsonl(out / "errors.jsonl")
    assert all({"doc_id", "path", "stage", "error_type", "message", "level"} <= set(r) for r in rows)
    got = sorted((r["doc_id"], r["error_type"], r["level"]) for r in rows)
    assert got == sorted([("dup~2", "DuplicateId", "warning"), ("dup~2", "BadDate", "warning"),
                          ("../../etc/x", "BadDate", "warning"), ("boom", "ValueError", "error"),
                          ("dup~3", "DuplicateId", "warning"), ("image", "Skipped", "error"),
                          ("nul", "NulBytes", "warning"), ("dup~4", "DuplicateId", "warning")])

    # Ids with path characters named no file: everything new is inside the output folder.
    new = files_under(tmp_path) - before
    assert new and all(p == "deep" or p.startswith("deep/er") for p in new), new
    assert {r["doc_id"] for r in parquet_rows(out / "documents.parquet")} == set(docs)

    loaded = pipeline.load(out).documents.set_index("doc_id")
    assert loaded.loc["dup~2", "published_raw"] == "not a date" and pd.isna(loaded.loc["dup~2", "published"])


def test_same_ids_with_two_workers_and_on_resume(tmp_path, plugin_path):
    config = load_config(make_test_config(tmp_path))
    corpus = bad_corpus(tmp_path / "corpus")
    run(corpus, tmp_path / "one", config, quiet=True)
    run(corpus, tmp_path / "two", config, quiet=True, workers=2)
    assert_same_outputs(tmp_path / "one", tmp_path / "two")
    # Killed in b.csv: its document's warning written, its line in documents.jsonl not yet.
    killed = tmp_path / "killed"
    shutil.copytree(tmp_path / "one", killed)
    lines = (killed / "documents.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (killed / "documents.jsonl").write_text("".join(lines[:4]), encoding="utf-8")  # all of a.jsonl
    rows = read_jsonl(killed / "errors.jsonl")
    upto = next(i for i, r in enumerate(rows) if r["doc_id"] == "dup~3") + 1
    (killed / "errors.jsonl").write_text(jsonl(rows[:upto]), encoding="utf-8")
    summary = run(corpus, killed, config, quiet=True, resume=True)
    assert summary.documents_resumed == 4 + 1  # a.jsonl's four documents and its lost 'boom'
    assert_same_outputs(tmp_path / "one", killed)  # no warning twice, no document twice


def test_dask_engine_gives_the_same_ids(tmp_path, plugin_path):
    pytest.importorskip("distributed", reason='needs pip install "hindi-news-events[dask]"')
    config = load_config(make_test_config(tmp_path))
    corpus = bad_corpus(tmp_path / "corpus")
    run(corpus, tmp_path / "local", config, quiet=True, parquet=True)
    out = tmp_path / "dask"
    run(corpus, out, config, quiet=True, workers=2, engine="dask")
    assert_same_outputs(tmp_path / "local", out)


def _config_without_events(tmp_path):
    """default.toml without every stage and writer that makes or needs events."""
    from pipeline.core import registry

    raw = tomllib.loads((CONFIGS / "default.toml").read_text(encoding="utf-8"))
    def events(name: str) -> bool:
        spec = registry.get(raw.get("stages", {}).get(name, {}).get("factory", name))
        return "events" in {*spec.requires, *spec.provides}

    stages = [s for s in raw["pipeline"]["stages"] if not events(s)]
    writers = [w for w in raw["pipeline"]["writers"] if not events(w)]
    assert len(stages) < len(raw["pipeline"]["stages"]) and len(writers) < len(raw["pipeline"]["writers"])
    return make_config(tmp_path, stages, writers)


def test_resume_with_another_config_or_corpus_is_refused_unless_forced(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(2):
        (corpus / f"n{i}.txt").write_text(text(i), encoding="utf-8")
    out = tmp_path / "out"
    r = cli("run", str(corpus), "-o", str(out), "--config", str(_config_without_events(tmp_path)), "--quiet")
    assert r.returncode == 0, r.stderr
    made = json.loads((out / "run.json").read_text(encoding="utf-8"))["made_with"]
    assert made["corpus"] == str(corpus.resolve()) and made["models"]["ner_model.model"]["name"] == "ner_hi"
    snapshot = {p.name: p.read_bytes() for p in out.iterdir()}

    r = cli("run", str(corpus), "-o", str(out), "--resume", "--quiet")  # the default config: with events
    assert r.returncode == 2
    assert "[E016]" in r.stderr and "another config" in r.stderr and "--force" in r.stderr, r.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == snapshot  # nothing touched

    r = cli("run", str(corpus), "-o", str(out), "--resume", "--force", "--quiet")
    assert r.returncode == 0, r.stderr
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert record["resumed_over"] == [made] and record["made_with"]["config_digest"] != made["config_digest"]


def test_resume_from_another_corpus_or_an_unknown_folder_is_refused(tmp_path, plugin_path):
    config = load_config(make_test_config(tmp_path))
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        (folder / "n.txt").write_text(text(0), encoding="utf-8")
    out = tmp_path / "out"
    run(first, out, config, quiet=True)
    run(first, out, config, quiet=True, resume=True)  # the same corpus and config: fine
    with pytest.raises(PipelineError, match=r"E016.*another corpus folder"):
        run(second, out, config, quiet=True, resume=True)
    (out / "run.json").unlink()  # e.g. a folder written by an older version
    with pytest.raises(PipelineError, match="E017"):
        run(first, out, config, quiet=True, resume=True)
    assert run(first, out, config, quiet=True, resume=True, force=True).documents_resumed == 1
