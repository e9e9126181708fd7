"""The shipped pipeline configs: configs/stanza.toml is configs/default.toml plus the Stanza
stage. Read without Stanza installed, so the two cannot drift apart unnoticed."""
from __future__ import annotations

import tomllib

from tests.conftest import CONFIGS


def test_stanza_config_is_the_default_pipeline_plus_stanza():
    default = tomllib.loads((CONFIGS / "default.toml").read_text(encoding="utf-8"))
    with_stanza = tomllib.loads((CONFIGS / "stanza.toml").read_text(encoding="utf-8"))
    stages = list(default["pipeline"]["stages"])
    stages.insert(stages.index("tokens") + 1, "stanza")
    assert with_stanza["pipeline"]["stages"] == stages
    assert with_stanza["pipeline"]["writers"] == default["pipeline"]["writers"]
    other = {k: v for k, v in with_stanza["stages"].items() if k != "stanza"}
    assert other == default["stages"]
