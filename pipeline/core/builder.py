"""Build a pipeline from a config, checking every stage's requirements at once (as Stanza does)."""
from __future__ import annotations

import difflib
import importlib
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import registry
from .config import PipelineConfig
from .document import Document
from .errors import PipelineError, error


@dataclass
class BuildContext:
    """What a stage factory may use besides its own settings."""

    config: PipelineConfig
    options: dict[str, Any] = field(default_factory=dict)  # run options, e.g. {"allow_download": False}

    def resolve(self, relative):
        return self.config.resolve(relative)

    def read_toml(self, relative) -> dict:
        """A TOML data file named relative to the config (a stage's rules, say)."""
        return tomllib.loads(Path(self.resolve(relative)).read_text(encoding="utf-8"))


@dataclass
class BuiltStage:
    name: str
    spec: registry.StageSpec
    run: Any


class StageFailed(Exception):
    """A document stage raised; carries which stage, for errors.jsonl."""

    def __init__(self, stage: str, exc: BaseException):
        super().__init__(f"{stage}: {type(exc).__name__}: {exc}")
        self.stage, self.exc = stage, exc


@dataclass
class Pipeline:
    config: PipelineConfig
    stages: list[BuiltStage]
    writers: list[BuiltStage]
    timings: dict[str, float] = field(default_factory=dict)

    def __call__(self, doc: Document) -> Document:
        for st in self.stages:
            t0 = time.perf_counter()
            try:
                doc = st.run(doc)
            except Exception as exc:
                raise StageFailed(st.name, exc) from exc
            finally:
                self.timings[st.name] = self.timings.get(st.name, 0.0) + time.perf_counter() - t0
            doc.provided.update(st.spec.provides)
        return doc

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]


def _unknown(name: str) -> str:
    known = sorted(registry.all_stages())
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else " Third-party stages must be installed (entry-point group 'pipeline.stages')."
    return error("E001", name=name, known=", ".join(known), hint=hint)


def check(config: PipelineConfig) -> list[str]:
    """Every problem with the config's stage list, without building anything."""
    problems = list(registry.load_problems())
    for module in config.imports:  # like spaCy's --code: modules that register stages
        try:
            importlib.import_module(module)
        except Exception as exc:
            problems.append(error("E011", module=module, reason=f"{type(exc).__name__}: {exc}"))
    specs = registry.all_stages()
    providers: dict[str, list[str]] = {}
    for spec in specs.values():
        for p in spec.provides:
            providers.setdefault(p, []).append(spec.name)
    available = set(registry.INITIAL_PROVIDES)
    seen = set()
    for where, names, kind in (("stages", config.stages, "document"), ("writers", config.writers, "writer")):
        for name in names:
            if name in seen:
                problems.append(error("E008", name=name))
                continue
            seen.add(name)
            spec = specs.get(name)
            if spec is None:
                problems.append(_unknown(name))
                continue
            if spec.kind != kind:
                problems.append(error("E004", name=name, kind=spec.kind,
                                      where="writers" if spec.kind == "writer" else "stages"))
            for req in spec.requires:
                if req not in available:
                    problems.append(error("E002", name=name, what=req,
                                          providers=", ".join(providers.get(req, ["none registered"]))))
            available.update(spec.provides)
    return problems


def build(config: PipelineConfig, options: dict[str, Any] | None = None, writers: bool = True) -> Pipeline:
    """Build every stage; raise one PipelineError listing all problems."""
    problems = check(config)
    context = BuildContext(config, dict(options or {}))
    built: dict[str, list[BuiltStage]] = {"stages": [], "writers": []}
    specs = registry.all_stages()
    for where, names in (("stages", config.stages), ("writers", config.writers if writers else [])):
        for name in names:
            spec = specs.get(name)
            if spec is None:
                continue
            try:
                run = spec.factory(dict(config.settings.get(name, {})), context)
            except Exception as exc:
                problems.append(error("E003", name=name, reason=f"{type(exc).__name__}: {exc}"))
                continue
            built[where].append(BuiltStage(name, spec, run))
    if problems:
        raise PipelineError(problems)
    return Pipeline(config, built["stages"], built["writers"])


StageFactory = Callable[[dict, BuildContext], Callable[[Document], Document]]
