"""--resume: a run killed with SIGKILL part way, then resumed, gives exactly an uninterrupted run's outputs."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.core.config import load_config
from pipeline.core.errors import PipelineError
from pipeline.core.builder import build
from pipeline.core.runner import run
from tests.conftest import REPO
from tests.core.test_runner_workers import make_corpus, make_test_config, plugin_path  # noqa: F401 (fixture)

N_DOCS = 40
API = ("import sys; from pipeline.core.config import load_config; from pipeline.core.runner import run; "
       "run(sys.argv[1], sys.argv[2], load_config(sys.argv[3]), workers=int(sys.argv[4]), quiet=True, "
       "resume=sys.argv[5] == '1', parquet=True, options={'parquet_partition_docs': 4})")


def command(variant: str, corpus: Path, out: Path, config: Path, resume: bool) -> list[str]:
    if variant == "cli-1-worker":
        return [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out), "--config", str(config),
                "--quiet"] + (["--resume"] if resume else [])
    return [sys.executable, "-c", API, str(corpus), str(out), str(config), "2", "1" if resume else "0"]


def count_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def parquet_rows(folder: Path) -> list[dict]:
    import pyarrow.parquet as pq

    rows = []
    for part in sorted(folder.glob("part-*.parquet")):
        rows += pq.read_table(part).to_pylist()
    return sorted(rows, key=lambda r: r["doc_id"])  # stable: keeps the order within a document


def assert_same_outputs(full: Path, other: Path) -> None:
    names = sorted(p.name for p in full.iterdir() if p.name != "run.json")
    assert names == sorted(p.name for p in other.iterdir() if p.name != "run.json")
    for name in names:
        a, b = full / name, other / name
        if a.is_dir():  # Parquet: partition boundaries may differ, rows may not
            assert parquet_rows(a) == parquet_rows(b), name
            assert not list(b.glob(".*")), f"leftover temporary files in {name}"
        else:
            assert a.read_bytes() == b.read_bytes(), name


def default_pipeline_config(tmp_path: Path, **kw) -> Path:
    """default.toml's stages and writers (without the NER model: slow to load, maybe not trained yet)."""
    import tomllib

    default = tomllib.loads((REPO / "configs" / "default.toml").read_text(encoding="utf-8"))["pipeline"]
    path = make_test_config(tmp_path, stages=[s for s in default["stages"] if s != "ner_model"],
                            writers=default["writers"], **kw)
    try:
        build(load_config(path), writers=True)
    except PipelineError as exc:
        pytest.skip(f"the default stages do not build yet: {exc}")
    return path


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # an exited process nobody has reaped yet is gone


def children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


@pytest.mark.parametrize("variant", ["cli-1-worker", "api-2-workers-parquet", "default-stages-2-workers"])
def test_sigkill_then_resume_gives_the_uninterrupted_outputs(tmp_path, plugin_path, variant):
    if variant.startswith("default"):  # events and event_clusters.csv (state across documents) included
        config = default_pipeline_config(tmp_path, delay=0.1)
    else:
        config = make_test_config(tmp_path, delay=0.1)
    corpus = make_corpus(tmp_path / "corpus", N_DOCS, boom=7, empty=12)
    env = dict(os.environ)
    full, killed = tmp_path / "full", tmp_path / "killed"

    done = subprocess.run(command(variant, corpus, full, config, False), env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert count_lines(full / "documents.jsonl") == N_DOCS - 2

    proc = subprocess.Popen(command(variant, corpus, killed, config, False), env=env, cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while count_lines(killed / "documents.jsonl") < 10:
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the run made no progress"
            time.sleep(0.02)
        workers = children(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        # Pool workers notice that the main process is gone and leave too.
        deadline = time.monotonic() + 20
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if alive(w)], "orphaned workers"
    finally:
        try:  # the run's own workers (its session), should any outlive it
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    written = count_lines(killed / "documents.jsonl")
    assert 10 <= written < N_DOCS - 2, "not killed part way"

    resumed = subprocess.run(command(variant, corpus, killed, config, True), env=env, cwd=REPO,
                             capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    record = json.loads((killed / "run.json").read_text(encoding="utf-8"))
    assert record["resume"] is True and record["documents"]["resumed"] > 0
    if variant == "cli-1-worker":  # with Parquet, done means in a written partition too
        assert record["documents"]["resumed"] >= written
    assert_same_outputs(full, killed)


def test_torn_lines_and_partial_partitions_are_dropped(tmp_path, plugin_path):
    """What a kill can leave behind, made by hand: torn last lines, rows past the last done document,
    a half-written Parquet partition, an entities partition without its documents partition."""
    config = load_config(make_test_config(tmp_path))
    corpus = make_corpus(tmp_path / "corpus", 24, boom=3, empty=8)
    opts = {"parquet_partition_docs": 4}
    run(corpus, tmp_path / "full", config, quiet=True, parquet=True, options=opts)
    torn = tmp_path / "torn"
    shutil.copytree(tmp_path / "full", torn)

    docs = (torn / "documents.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (torn / "documents.jsonl").write_text("".join(docs[:13]) + docs[13][:57], encoding="utf-8")
    ents = (torn / "entities.csv").read_bytes()
    (torn / "entities.csv").write_bytes(ents[: len(ents) - 301])  # rows of later documents and a torn one
    errors = (torn / "errors.jsonl").read_text(encoding="utf-8")
    (torn / "errors.jsonl").write_text(errors + '{"doc_id": "TS-0', encoding="utf-8")
    # Partitions 0-2 hold 12 of the 13 done documents; 3 is half-written; entities of 4 came before a kill.
    for kind in ("documents", "entities", "events"):
        for part in (torn / f"{kind}.parquet").glob("part-*.parquet"):
            if int(part.stem.split("-")[1]) >= 3 and not (kind == "entities" and part.stem.endswith("4")):
                part.unlink()
    (torn / "documents.parquet" / ".part-00003.parquet.tmp").write_bytes(b"PAR1 half")

    summary = run(corpus, torn, config, quiet=True, resume=True, parquet=True, options=opts)
    assert summary.documents_resumed >= 12 and summary.documents_written > 0
    assert_same_outputs(tmp_path / "full", torn)
    lines = (torn / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 22 and len({json.loads(l)["doc_id"] for l in lines}) == 22  # nothing twice


def test_resume_of_a_finished_run_writes_nothing_new(tmp_path, plugin_path):
    config = load_config(make_test_config(tmp_path))
    corpus = make_corpus(tmp_path / "corpus", 6)
    run(corpus, tmp_path / "out", config, quiet=True)
    before = (tmp_path / "out" / "entities.csv").read_bytes()
    summary = run(corpus, tmp_path / "out", config, quiet=True, resume=True)
    assert (summary.documents_resumed, summary.documents_written) == (6, 0) and summary.exit_code == 0
    assert (tmp_path / "out" / "entities.csv").read_bytes() == before


def test_resume_needs_a_writer_that_marks_documents_done(tmp_path, plugin_path):
    config = load_config(make_test_config(tmp_path, writers=["errors_jsonl", "entities_csv"]))
    with pytest.raises(PipelineError, match="documents_jsonl"):
        run(make_corpus(tmp_path / "corpus", 2), tmp_path / "out", config, quiet=True, resume=True)
