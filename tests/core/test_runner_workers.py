"""--workers N: same outputs as one worker, stages built once per worker and never pickled, bounded memory.

The corpus is generated here (short sentences written for the tests); the
config points at a snapshot of the repo's configs/ so that a gazetteer edited
while the tests run cannot make two runs differ.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from pipeline.core.config import load_config
from pipeline.core.errors import PipelineError
from pipeline.core.runner import IN_FLIGHT_PER_WORKER, run
from tests.conftest import CONFIGS, REPO

STAGES = ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "entity_linker"]
WRITERS = ["errors_jsonl", "entities_csv", "run_json", "documents_jsonl"]

SENTENCES = [
    "प्रधानमंत्री नरेंद्र मोदी ने {d} को दिल्ली में बैठक की।",
    "व्लादिमीर पुतिन {d} को मॉस्को से भारत आएंगे।",
    "संयुक्त राष्ट्र ने भारत सरकार की योजना की सराहना की।",
    "केंद्र सरकार ने {d} को नई नीति की घोषणा की।",
    "मुंबई और कोलकाता में बारिश से जनजीवन प्रभावित हुआ।",
    "रूस और भारत के बीच {d} को एक समझौता हुआ।",
    "अमेरिका के विदेश मंत्री ने चीन की यात्रा की।",
    "लखनऊ में आज स्कूल बंद रहे।",
]
DAYS = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "15 मार्च", "2 अप्रैल"]

# Test-only stages, imported through [pipeline].imports by every process (workers included).
PLUGIN = '''
"""Stages for the runner tests."""
import os
import time
from pathlib import Path

from pipeline.core import Entity, stage


class NeverPickled:
    """A stand-in for a loaded model: pickling it (instead of building it in the worker) fails the test."""

    def __init__(self, settings):
        self.delay = float(settings.get("delay", 0))
        log = settings.get("build_log")
        if log:
            with open(log, "a") as f:
                f.write(f"{os.getpid()}\\n")

    def __reduce__(self):
        raise TypeError("a built stage must never be pickled")

    def __call__(self, doc):
        if "BOOM" in doc.norm_text:
            raise ValueError("test stage refuses BOOM")
        if "DIE" in doc.norm_text:
            os._exit(3)  # a worker killed mid-document
        if self.delay:
            time.sleep(self.delay)
        for t in doc.tokens:
            if t.text == "बैठक":
                doc.entities.append(Entity(t.start, t.end, t.text, "MEET", t.sent_id, source="test", score=0.5))
        return doc


@stage("scale_test", requires=("tokens",), provides=("entities",))
def make_scale_test(settings, context):
    """Test stage: slow on demand, logs builds, refuses BOOM, kills its process on DIE."""
    return NeverPickled(settings)
'''


def write_plugin(folder: Path) -> str:
    (folder / "scale_test_stages.py").write_text(PLUGIN, encoding="utf-8")
    return "scale_test_stages"


def snapshot_configs(tmp_path: Path) -> Path:
    dest = tmp_path / "configs"
    if not dest.exists():
        shutil.copytree(CONFIGS, dest)
    return dest


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


def make_test_config(tmp_path: Path, *, delay: float = 0.0, build_log: Path | None = None,
                     writers: list[str] | None = None, name: str = "test.toml",
                     stages: list[str] | None = None) -> Path:
    """The test stage after the basic stages, with the [stages.*] settings of default.toml.

    The config sits in a snapshot of configs/ (resource paths are relative to it).
    """
    folder = snapshot_configs(tmp_path)
    module = write_plugin(tmp_path)
    settings = tomllib.loads((folder / "default.toml").read_text(encoding="utf-8")).get("stages", {})
    settings["scale_test"] = {"delay": delay, **({"build_log": str(build_log)} if build_log else {})}
    lines = ["[pipeline]", f"stages = {_toml((stages or STAGES) + ['scale_test'])}",
             f"writers = {_toml(writers or WRITERS)}",
             f"imports = {_toml([module])}"]
    for stage_name, table in settings.items():
        lines.append(f"[stages.{stage_name}]")
        lines += [f"{k} = {_toml(v)}" for k, v in table.items()]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_corpus(folder: Path, n: int, *, boom: int | None = None, empty: int | None = None,
                die: int | None = None) -> Path:
    """n generated news files named like the real corpus (the date comes from the name)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        name = folder / f"TS-{i:03d}-2020-MAR-{i % 28 + 1:02d}.txt"
        if i == empty:
            name.write_text("   \n", encoding="utf-8")
            continue
        lines = [f"समाचार संख्या {i}"]
        for j in range(6 + i % 5):
            lines.append(SENTENCES[(i + j) % len(SENTENCES)].format(d=DAYS[(i * 3 + j) % len(DAYS)]))
        if i == boom:
            lines.append("BOOM")
        if i == die:
            lines.append("DIE")
        name.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def plugin_path(tmp_path, monkeypatch):
    """Make the test stage importable here and in spawned workers."""
    monkeypatch.syspath_prepend(str(tmp_path))
    # This checkout first: Dask workers start from the environment, not from this process's sys.path.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path), str(REPO), os.environ.get("PYTHONPATH", "")]))
    yield tmp_path
    sys.modules.pop("scale_test_stages", None)


def output_files(outdir: Path) -> list[str]:
    return sorted(p.name for p in outdir.iterdir() if p.is_file() and p.name != "run.json")


def sorted_rows(path: Path) -> list:
    """Rows of a jsonl/csv output sorted by doc_id (stable within a document)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in text.splitlines()]
        return sorted(rows, key=lambda r: r["doc_id"])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    k = rows[0].index("doc_id")
    return [rows[0]] + sorted(rows[1:], key=lambda r: r[k])


def test_two_workers_same_outputs_as_one(tmp_path, plugin_path):
    log = tmp_path / "builds.txt"
    config = load_config(make_test_config(tmp_path, build_log=log))
    corpus = make_corpus(tmp_path / "corpus", 24, boom=5, empty=9)
    one = run(corpus, tmp_path / "one", config, workers=1, quiet=True)
    builds_main = log.read_text().split()
    two = run(corpus, tmp_path / "two", config, workers=2, quiet=True)
    builds = log.read_text().split()[len(builds_main):]

    assert (one.documents_written, one.documents_failed, one.inputs_skipped) == (22, 1, 1)
    assert (two.documents_written, two.documents_failed, two.inputs_skipped) == (22, 1, 1)
    files = output_files(tmp_path / "one")
    assert files == output_files(tmp_path / "two") == ["documents.jsonl", "entities.csv", "errors.jsonl"]
    for name in files:
        a, b = tmp_path / "one" / name, tmp_path / "two" / name
        assert sorted_rows(a) == sorted_rows(b), name
        assert a.read_bytes() == b.read_bytes(), name  # written in input order, so even the bytes agree
    ents = sorted_rows(tmp_path / "two" / "entities.csv")
    assert any(r[ents[0].index("label")] == "MEET" for r in ents[1:])  # the test stage ran in the workers
    assert any(r[ents[0].index("label")] == "LOC" for r in ents[1:])  # and so did the gazetteer
    errors = [json.loads(l) for l in (tmp_path / "two" / "errors.jsonl").read_text().splitlines()]
    assert {e["stage"] for e in errors} == {"read", "scale_test"}
    # One build in this process (validation) and exactly one in each of the two workers.
    assert len(builds) == 3 and len(set(builds)) == 3 and str(os.getpid()) in builds
    workers = [b for b in builds if b != str(os.getpid())]
    assert len(two.worker_peak_rss) == 2 and {k.removeprefix("pid") for k in two.worker_peak_rss} == set(workers)
    assert all(v > 10 * 2**20 for v in two.worker_peak_rss.values())
    assert two.tokens == one.tokens > 0


def test_documents_stream_through_a_bounded_window(tmp_path, plugin_path):
    config = load_config(make_test_config(tmp_path))
    corpus = make_corpus(tmp_path / "corpus", 60)
    one = run(corpus, tmp_path / "one", config, workers=1, quiet=True)
    assert one.max_in_flight == 1
    two = run(corpus, tmp_path / "two", config, workers=2, quiet=True)
    assert two.documents_written == 60
    # The reader is never ahead of the writers by more than the window, whatever the corpus size.
    assert 2 <= two.max_in_flight <= 2 * IN_FLIGHT_PER_WORKER
    lines = (tmp_path / "two" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 60


def test_a_dying_worker_stops_the_run_cleanly(tmp_path, plugin_path):
    config = load_config(make_test_config(tmp_path))
    corpus = make_corpus(tmp_path / "corpus", 30, die=20)
    with pytest.raises(RuntimeError, match="--resume"):
        run(corpus, tmp_path / "out", config, workers=2, quiet=True)
    lines = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) <= 20 and all(json.loads(l)["doc_id"] for l in lines)


def test_a_worker_that_cannot_build_is_a_clear_error(tmp_path, plugin_path):
    path = make_test_config(tmp_path)
    config = load_config(path)
    config.settings["scale_test"] = {"delay": "not a number"}
    with pytest.raises(PipelineError, match="scale_test"):
        run(make_corpus(tmp_path / "corpus", 3), tmp_path / "out", config, workers=2, quiet=True)


def test_documents_cross_processes_unchanged(tmp_path, plugin_path):
    """The runner pickles documents by columns; every field must come back equal."""
    import pickle

    from pipeline.core.builder import build
    from pipeline.io.readers import read_corpus

    config = load_config(make_test_config(tmp_path))
    config.stages.remove("scale_test")
    pipe = build(config, writers=False)
    docs = [pipe(d) for d in read_corpus(make_corpus(tmp_path / "corpus", 3))]
    assert all(d.tokens and d.entities and d.sentences for d in docs)
    docs[0].tokens[0].upos, docs[0].tokens[0].head = "PROPN", -1
    for doc in docs:
        back = pickle.loads(pickle.dumps(doc))
        assert back == doc and back.tokens[0] is not doc.tokens[0]
        assert type(back.tokens[0]) is type(doc.tokens[0])
    assert pickle.loads(pickle.dumps(type(docs[0])("x", "y"))).tokens == []
