"""Every built-in factory declares the settings its module reads, with the defaults its code falls back to,
so `hindi-events stages` and the builder's setting checks tell the truth."""
from __future__ import annotations

import ast
import inspect
import sys

import pytest

from pipeline.core import registry
from pipeline.core.registry import REQUIRED

BUILTIN = {name: spec for name, spec in registry.all_stages().items()
           if spec.factory.__module__.startswith("pipeline.stages")}


def settings_read(module) -> dict[str, object]:
    """Keys a module reads as settings.get("k", default) or settings["k"]; the literal default if any."""
    found: dict[str, object] = {}
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "settings"
                and node.args and isinstance(node.args[0], ast.Constant)):
            default = ast.literal_eval(node.args[1]) if len(node.args) > 1 else None
            found.setdefault(node.args[0].value, default)
        elif (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "settings"
              and isinstance(node.slice, ast.Constant)):
            found.setdefault(node.slice.value, REQUIRED)
    return found


def test_builtins_found():
    assert {"tokens", "ner_model", "events_rules", "event_merge", "events_csv"} <= set(BUILTIN)


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_declared_settings_match_what_the_code_reads(name):
    spec = BUILTIN[name]
    assert spec.settings is not None, f"{name} declares no settings: add settings={{...}} to its @stage"
    read = settings_read(sys.modules[spec.factory.__module__])
    assert set(read) <= set(spec.settings), f"{name} reads undeclared settings {set(read) - set(spec.settings)}"
    for key, default in read.items():
        if default is not REQUIRED and default is not None:
            assert spec.settings[key] == default, f"{name}.{key}: declared {spec.settings[key]!r}, code {default!r}"


def test_settings_read_sees_reads():
    from pipeline.stages import dates

    assert settings_read(dates) == {"lexicon": "dates.toml", "tense": None, "skip_metadata": True}
