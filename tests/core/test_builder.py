import pytest

from pipeline.core import registry
from pipeline.core.builder import build, check
from pipeline.core.config import from_dict, load_config
from pipeline.core.errors import PipelineError
from tests.conftest import REPO


def cfg(stages, writers=()):
    return from_dict({"pipeline": {"stages": list(stages), "writers": list(writers)}}, REPO / "configs" / "x.toml")


def test_every_problem_reported_at_once():
    with pytest.raises(PipelineError) as err:
        build(cfg(["tokens", "normalise", "sentencs", "documents_jsonl"], ["entities_csv"]))
    msg = str(err.value)
    problems = err.value.problems
    assert len(problems) == 5, msg
    assert "[E002] Stage 'tokens' requires 'sentences'" in msg and "add a stage that provides it (sentences)" in msg.lower()
    assert "[E001] Unknown stage 'sentencs'" in msg and "Did you mean 'sentences'?" in msg
    assert "[E004] Stage 'documents_jsonl' is a writer stage" in msg
    assert "[E002] Stage 'entities_csv' requires 'entities'" in msg


def test_unknown_stage_lists_known_ones():
    problems = check(cfg(["nonsense_stage_xyz"]))
    assert any("Known stages:" in p and "normalise" in p and "tokens" in p for p in problems)


def test_duplicate_stage():
    assert any("[E008]" in p for p in check(cfg(["normalise", "normalise"])))


def test_factory_failure_is_a_coded_problem(tmp_path):
    c = cfg(["metadata"])
    c.settings["metadata"] = {"patterns": str(tmp_path / "missing.toml")}
    with pytest.raises(PipelineError) as err:
        build(c)
    assert "[E003] Stage 'metadata' could not be built" in str(err.value)


def test_default_config_names_only_registered_stages():
    config = load_config()
    known = registry.all_stages()
    assert all(name in known for name in config.stages + config.writers), \
        [n for n in config.stages + config.writers if n not in known]
    assert check(config) == []


def test_bad_config_file(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text("[pipeline\nstages=", encoding="utf-8")
    with pytest.raises(PipelineError, match="E006"):
        load_config(p)
    with pytest.raises(PipelineError, match="E005"):
        load_config(tmp_path / "absent.toml")
