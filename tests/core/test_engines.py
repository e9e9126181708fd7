"""Engines are found by name through core/engines.py; core never imports pipeline/engines."""
from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from pipeline.core import engines
from pipeline.core.config import load_config
from pipeline.core.errors import PipelineError
from pipeline.core.runner import InProcessEngine, run
from tests.conftest import REPO
from tests.core.test_resume import assert_same_outputs
from tests.core.test_runner_workers import make_corpus, make_test_config, plugin_path  # noqa: F401 (fixture)


def test_core_imports_without_the_engines():
    code = ("import sys, pipeline.core, pipeline.core.runner, pipeline.core.resume, pipeline.core.engines; "
            "print(sorted(m for m in sys.modules if m.startswith('pipeline.engines')))")
    r = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_no_module_of_core_imports_from_the_engines_package():
    for path in (REPO / "pipeline" / "core").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):  # `from .engines` is core/engines.py, the registry
                absolute = node.module or "" if node.level == 0 else "pipeline." + (node.module or "") \
                    if node.level == 2 else "pipeline.core." + (node.module or "")
                assert not absolute.startswith("pipeline.engines"), (path.name, node.lineno)
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("pipeline.engines") for a in node.names), (path.name, node.lineno)


def test_built_in_engines_are_found_by_name():
    from pipeline.engines.dask_engine import DaskEngine
    from pipeline.engines.parquet import ParquetWriter

    assert engines.get_engine("dask") is DaskEngine
    assert engines.load_reference(engines.PARQUET_WRITER) is ParquetWriter
    assert engines.get_engine("no-such-engine") is None
    assert engines.engine_names()[:2] == ["local", "dask"]


def test_an_engine_registered_by_name_runs_the_pipeline(tmp_path, plugin_path):
    config = load_config(make_test_config(tmp_path))
    corpus = make_corpus(tmp_path / "corpus", 5, boom=2)
    made = []

    def serial(config, options, workers, scheduler):  # the in-process engine, built by the runner's caller
        from pipeline.core.builder import build

        made.append(workers)
        return InProcessEngine(build(config, options, writers=False))

    engines.register_engine("serial-test", serial)
    try:
        run(corpus, tmp_path / "local", config, quiet=True)
        run(corpus, tmp_path / "serial", config, quiet=True, engine="serial-test", workers=3)
    finally:
        engines._REGISTRY.pop("serial-test")
    assert made == [3]
    assert_same_outputs(tmp_path / "local", tmp_path / "serial")
    with pytest.raises(PipelineError, match="Unknown engine 'serial-test'. Choose one of: local, dask"):
        run(corpus, tmp_path / "x", config, quiet=True, engine="serial-test")
