"""Shared fixtures: the repo's paths and a config built from configs/default.toml."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CONFIGS = REPO / "configs"


def make_config(tmp_path: Path, stages: list[str], writers: list[str], extra: str = "") -> Path:
    """A config file in tmp_path whose resource paths point at the repo's configs/."""
    text = f"""
[pipeline]
stages = {stages!r}
writers = {writers!r}
[stages.metadata]
patterns = "{CONFIGS / 'metadata.toml'}"
[stages.sentences]
rules = "{CONFIGS / 'sentences.toml'}"
[stages.tokens]
rules = "{CONFIGS / 'tokenizer.toml'}"
[stages.ner_gazetteer]
gazetteers = "{CONFIGS / 'gazetteers'}"
rules = "{CONFIGS / 'ner.toml'}"
[stages.ner_model]
rules = "{CONFIGS / 'ner.toml'}"
org_heads = "{CONFIGS / 'ner' / 'lexicon' / 'org_heads.txt'}"
[stages.ner_lists]
rules = "{CONFIGS / 'ner.toml'}"
[stages.ner_places]
rules = "{CONFIGS / 'ner.toml'}"
common_words = "{CONFIGS / 'ner' / 'lexicon' / 'common_words.txt'}"
[stages.ner_titles]
rules = "{CONFIGS / 'ner.toml'}"
letter_names = "{CONFIGS / 'ner' / 'lexicon' / 'letter_names.txt'}"
surnames = "{CONFIGS / 'ner' / 'lexicon' / 'surnames.txt'}"
common_words = "{CONFIGS / 'ner' / 'lexicon' / 'common_words.txt'}"
[stages.ner_first_names]
rules = "{CONFIGS / 'ner.toml'}"
letter_names = "{CONFIGS / 'ner' / 'lexicon' / 'letter_names.txt'}"
surnames = "{CONFIGS / 'ner' / 'lexicon' / 'surnames.txt'}"
corpus_surnames = "{CONFIGS / 'ner' / 'lexicon' / 'corpus_surnames.txt'}"
hindi_words = "{CONFIGS / 'ner' / 'lexicon' / 'hindi_words.txt'}"
given_names = "{CONFIGS / 'ner' / 'lexicon' / 'given_names.txt'}"
corpus_given_names = "{CONFIGS / 'ner' / 'lexicon' / 'corpus_given_names.txt'}"
common_words = "{CONFIGS / 'ner' / 'lexicon' / 'common_words.txt'}"
org_heads = "{CONFIGS / 'ner' / 'lexicon' / 'org_heads.txt'}"
loc_heads = "{CONFIGS / 'ner' / 'lexicon' / 'loc_heads.txt'}"
[stages.ner_institutions]
rules = "{CONFIGS / 'ner.toml'}"
letter_names = "{CONFIGS / 'ner' / 'lexicon' / 'letter_names.txt'}"
[stages.entity_linker]
gazetteers = "{CONFIGS / 'gazetteers'}"
rules = "{CONFIGS / 'ner.toml'}"
letter_names = "{CONFIGS / 'ner' / 'lexicon' / 'letter_names.txt'}"
[stages.dates]
lexicon = "{CONFIGS / 'dates.toml'}"
[stages.events_visit]
factory = "events_rules"
lexicon = "{CONFIGS / 'events' / 'visit.toml'}"
[stages.events_meeting]
factory = "events_rules"
lexicon = "{CONFIGS / 'events' / 'meeting.toml'}"
[stages.events_agreement]
factory = "events_rules"
lexicon = "{CONFIGS / 'events' / 'agreement.toml'}"
{extra}
"""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def stage_pipeline(tmp_path_factory, stages: list[str]):
    """The real stages listed, built from a config like configs/default.toml, without writers."""
    from pipeline.core.builder import build
    from pipeline.core.config import load_config

    return build(load_config(make_config(tmp_path_factory.mktemp("cfg"), stages, [])))


BASIC_STAGES = ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "entity_linker"]
BASIC_WRITERS = ["errors_jsonl", "entities_csv", "run_json", "documents_jsonl"]


@pytest.fixture
def basic_config(tmp_path):
    return make_config(tmp_path, BASIC_STAGES, BASIC_WRITERS)


def cli(*args: str, env=None, cwd=None):
    """Run the real console entry point in a subprocess."""
    import subprocess

    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          env=env, cwd=cwd or REPO, timeout=600)
