"""--engine dask: the same stages on a 2-worker LocalCluster give the local engine's outputs, plus Parquet."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.core.config import load_config
from pipeline.core.runner import run
from tests.conftest import REPO
from tests.core.test_resume import assert_same_outputs, parquet_rows
from tests.core.test_runner_workers import make_corpus, make_test_config, plugin_path  # noqa: F401 (fixture)

distributed = pytest.importorskip("distributed", reason='needs pip install "hindi-news-events[dask]"')


def test_dask_cluster_gives_the_local_outputs(tmp_path, plugin_path):
    log = tmp_path / "builds.txt"
    config = load_config(make_test_config(tmp_path, build_log=log))
    corpus = make_corpus(tmp_path / "corpus", 20, boom=4, empty=11)
    opts = {"parquet_partition_docs": 6}
    local = run(corpus, tmp_path / "local", config, workers=1, quiet=True, parquet=True, options=opts)
    n_local_builds = len(log.read_text().split())
    # A real cluster as the README describes it (scheduler + worker processes), here in one machine.
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        summary = run(corpus, tmp_path / "dask", config, workers=2, quiet=True, engine="dask",
                      scheduler=cluster.scheduler_address, options=opts)
        worker_pids = set(cluster.scheduler_info["workers"])
    assert (summary.documents_written, summary.documents_failed, summary.inputs_skipped) == (18, 1, 1)
    assert (local.documents_written, local.documents_failed, local.inputs_skipped) == (18, 1, 1)
    assert_same_outputs(tmp_path / "local", tmp_path / "dask")
    # The stages were built once on each of the two workers (plus once here, validating the config).
    builds = log.read_text().split()[n_local_builds:]
    assert len(builds) == 3 and len(set(builds)) == 3
    assert set(summary.worker_peak_rss) == worker_pids

    docs = parquet_rows(tmp_path / "dask" / "documents.parquet")
    lines = [json.loads(l) for l in (tmp_path / "dask" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in docs] == sorted(l["doc_id"] for l in lines)
    by_id = {l["doc_id"]: l for l in lines}
    assert all(d["n_tokens"] == by_id[d["doc_id"]]["n_tokens"] > 0 for d in docs)
    assert all(d["sentences"] == by_id[d["doc_id"]]["sentences"] for d in docs)
    ents = parquet_rows(tmp_path / "dask" / "entities.parquet")
    assert len(ents) == sum(l["n_entities"] for l in lines) > 0
    assert len(list((tmp_path / "dask" / "documents.parquet").glob("part-*.parquet"))) == 3  # 18 docs / 6


def test_cli_dask_engine_starts_its_own_local_cluster(tmp_path, plugin_path):
    config = make_test_config(tmp_path)
    corpus = make_corpus(tmp_path / "corpus", 6)
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out), "--config",
                           str(config), "--engine", "dask", "--workers", "2", "--quiet"],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "6 documents written" in done.stderr
    for kind in ("documents", "entities", "events"):
        assert (out / f"{kind}.parquet").is_dir()
    assert len(parquet_rows(out / "documents.parquet")) == 6
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert record["engine"] == "dask" and len(record["worker_peak_rss_mb"]) == 2


def test_without_dask_the_error_says_how_to_install_it(tmp_path, plugin_path):
    config = make_test_config(tmp_path)
    corpus = make_corpus(tmp_path / "corpus", 2)
    # Python treats a None entry in sys.modules as "not installed".
    code = ("import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None; "
            "from pipeline.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, "run", str(corpus), "-o", str(tmp_path / "out"),
                           "--config", str(config), "--engine", "dask", "--quiet"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert 'pip install "hindi-news-events[dask]"' in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
