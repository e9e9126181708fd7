"""The command line, end to end, on real files (subprocesses, as users run it)."""
import json
import os

import pandas as pd

from tests.conftest import BASIC_STAGES, BASIC_WRITERS, REPO, cli, make_config

GOOD = "प्रधानमंत्री नरेंद्र मोदी ने भारत में बैठक की।"


def _plugin_env(tmp_path):
    """Install tests/plugins/toy_stage.py as a distribution with an entry point in group pipeline.stages."""
    site = tmp_path / "site"
    dist = site / "toy_plugin-0.1.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: toy-plugin\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[pipeline.stages]\ntoy_exclaim = toy_stage:make_toy_exclaim\n",
                                           encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(REPO / "tests" / "plugins"), str(REPO)])
    return env


def test_third_party_stage_through_entry_point_and_config(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("वाह भारत ! यह अच्छा है।", encoding="utf-8")
    (corpus / "b.txt").write_text("BOOM भारत !", encoding="utf-8")
    config = make_config(tmp_path, BASIC_STAGES + ["toy_exclaim"], BASIC_WRITERS,
                         extra='[stages.toy_exclaim]\nlabel = "SHOUT"\n')
    env = _plugin_env(tmp_path)
    listed = cli("stages", env=env)
    assert "toy_exclaim" in listed.stdout
    out = tmp_path / "out"
    r = cli("run", str(corpus), "-o", str(out), "--config", str(config), "--quiet", env=env)
    assert r.returncode == 0, r.stderr
    ents = pd.read_csv(out / "entities.csv")
    shouts = ents[ents.label == "SHOUT"]
    assert list(shouts.text) == ["भारत"] and set(shouts.doc_id) == {"a"}
    errors = [json.loads(l) for l in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["doc_id"], e["stage"], e["error_type"]) for e in errors] == [("b", "toy_exclaim", "ValueError")]
    assert "1 failed" in r.stderr
    # Without the plugin installed the same config fails at once, naming the stage.
    r = cli("run", str(corpus), "-o", str(tmp_path / "out2"), "--config", str(config), "--quiet")
    assert r.returncode == 2 and "Unknown stage 'toy_exclaim'" in r.stderr
    assert not (tmp_path / "out2").exists()


def test_outputs_load_in_pandas_with_no_options(tmp_path, basic_config):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "x.jsonl").write_text(json.dumps({"id": "x1", "text": GOOD, "published": "2020-04-08"},
                                               ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "out"
    r = cli("run", str(corpus), "-o", str(out), "--config", str(basic_config), "--quiet")
    assert r.returncode == 0, r.stderr
    docs = pd.read_json(out / "documents.jsonl", lines=True)
    assert list(docs.doc_id) == ["x1"] and docs.n_tokens[0] > 5
    ents = pd.read_csv(out / "entities.csv")
    assert {"doc_id", "sent_id", "start", "end", "text", "label", "canonical", "value", "source", "score"} <= set(ents.columns)
    assert "Narendra Modi" in set(ents.canonical)
    errs = pd.read_json(out / "errors.jsonl", lines=True)
    assert list(errs.stage) == ["read"] and errs.line[0] == 2
    run = json.loads((out / "run.json").read_text())
    assert run["documents"]["written"] == 1 and run["documents"]["skipped"] == 1
    assert set(run["stage_seconds"]) >= set(BASIC_STAGES)
    assert run["packages"]["spacy"]


def test_exit_status_2_when_nothing_written(tmp_path, basic_config):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    r = cli("run", str(corpus), "-o", str(tmp_path / "out"), "--config", str(basic_config), "--quiet")
    assert r.returncode == 2
    assert "0 documents written" in r.stderr and "1 inputs skipped" in r.stderr


def test_progress_bar_on_stderr_unless_quiet(tmp_path, basic_config):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    loud = cli("run", str(corpus), "-o", str(tmp_path / "o1"), "--config", str(basic_config))
    quiet = cli("run", str(corpus), "-o", str(tmp_path / "o2"), "--config", str(basic_config), "--quiet")
    assert "doc/s" in loud.stderr and "doc/s" not in quiet.stderr


def test_stages_lists_factories_with_their_settings():
    r = cli("stages")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("events_rules "))
    assert "settings: lexicon (required), roles = (unset), status = (unset)" in lines[at + 1]
    at = next(i for i, line in enumerate(lines) if line.startswith("ner_lists "))
    assert 'settings: rules = "ner.toml", min_places = 2' in lines[at + 1]
    at = next(i for i, line in enumerate(lines) if line.startswith("dates "))
    assert "skip_metadata = true" in lines[at + 1]


def test_force_without_resume_is_an_error_that_says_so(tmp_path, basic_config):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("नई दिल्ली में बैठक हुई।\n", encoding="utf-8")
    out = tmp_path / "out"
    r = cli("run", str(corpus), "-o", str(out), "--config", str(basic_config), "--force", "--quiet")
    assert r.returncode == 2 and "[E018]" in r.stderr and "--resume" in r.stderr, r.stderr
    assert not out.exists()  # nothing ran, nothing was replaced


def test_output_cut_short_by_its_reader_ends_quietly():
    # `hindi-events stages | head -1`: the reader closes the pipe before the listing is written
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "stages"], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # before the command (a second of imports) writes a line
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert proc.returncode == 1


def test_run_exits_without_teardown_and_every_output_is_complete(tmp_path, basic_config):
    # `run` ends with os._exit (cli.console): worker processes must be joined and every writer closed by then,
    # or the last lines of a file, the Parquet footers or run.json would be lost
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"d{i}.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    r = cli("run", str(corpus), "-o", str(out), "--config", str(basic_config), "--quiet", "--workers", "2",
            "--parquet")
    assert r.returncode == 0 and "6 documents written" in r.stderr, r.stderr
    assert len((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 6
    assert set(pd.read_csv(out / "entities.csv").doc_id) == {f"d{i}" for i in range(6)}
    assert json.loads((out / "run.json").read_text())["finished"] is True
    assert len(pd.read_parquet(out / "documents.parquet")) == 6  # a folder of parts, each with its footer
