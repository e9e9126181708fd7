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
    names = config.stages + config.writers
    assert all(config.factory_of(n) in known for n in names), [n for n in names if config.factory_of(n) not in known]
    assert check(config) == []
    assert {config.factory_of(n) for n in ("events_visit", "events_meeting", "events_agreement")} == {"events_rules"}


def test_instance_of_a_factory_is_built_under_its_own_name():
    c = cfg(["metadata", "normalise", "split_sentences", "tokens"])
    c.settings["split_sentences"] = {"factory": "sentences"}
    pipe = build(c, writers=False)
    assert pipe.stage_names == ["metadata", "normalise", "split_sentences", "tokens"]
    assert pipe.stages[2].spec.name == "sentences"


def test_unknown_factory_and_bad_settings_reported_at_once():
    c = cfg(["normalise", "sentences", "tokens", "events_x", "events_y", "events_z"])
    c.settings["events_x"] = {"factory": "events_rulez", "lexicon": "x.toml"}
    c.settings["events_y"] = {"factory": "events_rules"}  # no lexicon
    c.settings["events_z"] = {"factory": "events_rules", "lexicon": "events/visit.toml", "lexikon": "x"}
    with pytest.raises(PipelineError) as err:
        build(c)
    msg = str(err.value)
    assert "[E015] Stage 'events_x' names an unknown factory 'events_rulez'" in msg
    assert "Did you mean 'events_rules'?" in msg
    assert "[E014] Stage 'events_y' (factory 'events_rules') needs the setting 'lexicon'" in msg
    assert "[E013] Stage 'events_z' (factory 'events_rules') has no setting 'lexikon'" in msg
    assert "Did you mean 'lexicon'?" in msg
    assert sum("[E01" in p for p in err.value.problems) == 3


def test_factory_must_be_a_string():
    with pytest.raises(PipelineError, match="E012"):
        from_dict({"pipeline": {"stages": ["x"]}, "stages": {"x": {"factory": 3}}})


def test_declared_defaults_reach_the_factory():
    from pipeline.core.builder import settings_for

    config = cfg(["ner_lists"])
    config.settings["ner_lists"] = {"min_places": 3}
    spec = registry.get("ner_lists")
    assert settings_for(config, "ner_lists", spec) == {"rules": "ner.toml", "min_places": 3}


def test_bad_config_file(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text("[pipeline\nstages=", encoding="utf-8")
    with pytest.raises(PipelineError, match="E006"):
        load_config(p)
    with pytest.raises(PipelineError, match="E005"):
        load_config(tmp_path / "absent.toml")


def test_a_failing_instance_is_named_by_its_instance(tmp_path):
    """Build errors, timings, run.json and the events' extractor field show the instance's name, not its factory's."""
    from pipeline.core.document import Document
    from pipeline.core.runner import run

    c = cfg(["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "dates", "events_broken"],
            ["errors_jsonl", "run_json", "documents_jsonl"])
    lexicon = tmp_path / "broken.toml"
    lexicon.write_text('type = "BROKEN"\nstrong = ["बैठक"]\n', encoding="utf-8")
    c.settings["events_broken"] = {"factory": "events_rules", "lexicon": str(lexicon), "roles": str(tmp_path / "no.toml")}
    with pytest.raises(PipelineError, match=r"\[E003\] Stage 'events_broken' could not be built"):
        build(c)
    c.settings["events_broken"].pop("roles")
    pipe = build(c, writers=False)
    doc = pipe(Document("d", "मोदी ने पुतिन के साथ बैठक की।"))
    assert "events_broken" in pipe.timings and all(e.extractor == "events_broken" for e in doc.events)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("मोदी ने पुतिन के साथ बैठक की।", encoding="utf-8")
    run(corpus, tmp_path / "out", c, quiet=True)
    import json

    assert "events_broken" in json.loads((tmp_path / "out" / "run.json").read_text())["stage_seconds"]


def test_a_copy_of_the_default_config_elsewhere_keeps_the_shipped_resources(tmp_path):
    """Relative paths are looked up beside the config first, then in the built-in configs/."""
    copy = tmp_path / "my-config.toml"
    copy.write_text((REPO / "configs" / "default.toml").read_text(encoding="utf-8"), encoding="utf-8")
    config = load_config(copy)
    assert config.resolve("metadata.toml") == REPO / "configs" / "metadata.toml"
    (tmp_path / "metadata.toml").write_text("", encoding="utf-8")
    assert config.resolve("metadata.toml") == tmp_path / "metadata.toml"
    assert config.resolve("absent.toml") == tmp_path / "absent.toml"  # errors name the path the user meant
    assert check(config) == []
