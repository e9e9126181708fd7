"""Pipeline configs are TOML files under configs/; resource paths in them are relative to the file."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PipelineError, error

# configs/ sits beside the package in the repository (editable install).
CONFIG_DIR = Path(__file__).resolve().parents[2] / "configs"
DEFAULT_CONFIG = CONFIG_DIR / "default.toml"


@dataclass
class PipelineConfig:
    stages: list[str]
    writers: list[str]
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)  # [stages.<name>] tables
    imports: list[str] = field(default_factory=list)
    path: Path | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else CONFIG_DIR

    def factory_of(self, name: str) -> str:
        """The registered factory a stage instance is made by: its table's ``factory``, else its own name."""
        return self.settings.get(name, {}).get("factory", name)

    def settings_of(self, name: str) -> dict[str, Any]:
        """The instance's ``[stages.<name>]`` table without the ``factory`` key."""
        return {k: v for k, v in self.settings.get(name, {}).items() if k != "factory"}

    def resolve(self, relative: str | Path) -> Path:
        """A resource path from the config, relative to the config file's folder; a relative path
        that is not there is looked up in the built-in configs/, so a copy of configs/default.toml
        in another folder keeps the shipped resources (files beside the copy come first)."""
        p = Path(relative)
        if p.is_absolute():
            return p
        here = self.base_dir / p
        if not here.exists() and (CONFIG_DIR / p).exists():
            return CONFIG_DIR / p
        return here


def load_config(path: str | Path | None = None) -> PipelineConfig:
    path = Path(path) if path else DEFAULT_CONFIG
    if not path.exists():
        raise PipelineError([error("E005", path=path)])
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PipelineError([error("E006", path=path, reason=exc)]) from None
    return from_dict(raw, path.resolve())


def from_dict(raw: dict[str, Any], path: Path | None = None) -> PipelineConfig:
    section = raw.get("pipeline", {})
    problems = []
    for key in ("stages", "writers"):
        value = section.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(error("E007", got=value).replace("stages", key, 1))
    tables = raw.get("stages", {})
    for name, table in (tables.items() if isinstance(tables, dict) else ()):
        if isinstance(table, dict) and "factory" in table and not isinstance(table["factory"], str):
            problems.append(error("E012", name=name, got=table["factory"]))
    if problems:
        raise PipelineError(problems)
    return PipelineConfig(stages=list(section.get("stages", [])), writers=list(section.get("writers", [])),
                          settings=dict(raw.get("stages", {})), imports=list(section.get("imports", [])),
                          path=path, raw=raw)
