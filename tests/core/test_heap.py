"""core/heap.py: the collector settled while documents are processed, and put back after a run in the caller's process."""
import gc

from pipeline.core import heap
from pipeline.core.config import load_config
from pipeline.core.runner import run
from tests.conftest import REPO


def test_settle_freezes_what_exists_and_restore_puts_the_collector_back():
    before = gc.get_threshold()
    kept = heap.settle()
    try:
        assert kept == before
        assert gc.get_freeze_count() > 0 and gc.get_threshold()[0] == heap.YOUNG_THRESHOLD
    finally:
        heap.restore(kept)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_a_one_worker_run_settles_the_collector_and_leaves_it_as_it_was(tmp_path, monkeypatch):
    from pipeline.core import runner

    before = gc.get_threshold()
    seen = []
    real = runner.process_with

    def process_with(pipe, doc, worker=""):  # the real stages; only what the collector is set to is noted
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))
        return real(pipe, doc, worker)

    monkeypatch.setattr(runner, "process_with", process_with)
    summary = run(REPO / "seeds", tmp_path / "out", load_config(REPO / "configs" / "default.toml"), quiet=True)
    assert summary.documents_written == 2
    assert seen == [(heap.YOUNG_THRESHOLD, True)] * 2  # settled while documents are processed
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0  # and put back after


def test_the_collector_is_off_while_stages_are_built_and_on_again_after(monkeypatch):
    from pipeline.core import builder

    states = []
    real = builder.settings_for

    def settings_for(*args):  # the real settings, handed to each real factory; only the collector is noted
        states.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(builder, "settings_for", settings_for)
    builder.build(load_config(REPO / "configs" / "default.toml"), writers=False)
    # off for every factory, the NER model's too (srsly turns it back on while spaCy loads a model)
    assert len(states) > 10 and not any(states) and gc.isenabled()
    gc.disable()  # a caller that keeps it off keeps it off
    try:
        builder.build(load_config(REPO / "configs" / "default.toml"), writers=False)
        assert not gc.isenabled()
    finally:
        gc.enable()
