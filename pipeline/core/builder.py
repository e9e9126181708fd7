"""Build a pipeline from a config, checking every stage's requirements at once (as Stanza does).

Each entry of the stage list is an instance: its name is what errors.jsonl, run.json timings
and the events' ``extractor`` show; ``[stages.<name>] factory`` says which registered factory
makes it (default: the factory of the same name)."""
from __future__ import annotations

import dataclasses
import difflib
import gc
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
    instance: str = ""  # the name of the stage instance being built (events' `extractor` field, say)

    def for_instance(self, name: str) -> "BuildContext":
        return dataclasses.replace(self, instance=name)

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


def _unknown(name: str, factory: str) -> str:
    known = sorted(registry.all_stages())
    close = difflib.get_close_matches(factory, known, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else " Third-party stages must be installed (entry-point group 'pipeline.stages')."
    if factory != name:
        return error("E015", name=name, factory=factory, known=", ".join(known), hint=hint)
    return error("E001", name=name, known=", ".join(known), hint=hint)


def _setting_problems(name: str, spec: registry.StageSpec, table: dict) -> list[str]:
    """Keys the factory does not declare (typos) and declared ones without a default that are missing."""
    if spec.settings is None:  # a factory that declares nothing takes any table
        return []
    declared = spec.settings
    problems = []
    for key in table:
        if key not in declared:
            close = difflib.get_close_matches(key, list(declared), n=1)
            problems.append(error("E013", name=name, factory=spec.name, key=key,
                                  known=", ".join(declared) or "none",
                                  hint=f" Did you mean '{close[0]}'?" if close else ""))
    for key, default in declared.items():
        if default is registry.REQUIRED and key not in table:
            problems.append(error("E014", name=name, factory=spec.name, key=key))
    return problems


def settings_for(config: PipelineConfig, name: str, spec: registry.StageSpec) -> dict[str, Any]:
    """What the factory receives: its declared defaults, overridden by the instance's table."""
    defaults = {k: v for k, v in (spec.settings or {}).items() if v is not registry.REQUIRED}
    return {**defaults, **config.settings_of(name)}


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
            factory = config.factory_of(name)
            spec = specs.get(factory)
            if spec is None:
                problems.append(_unknown(name, factory))
                continue
            problems.extend(_setting_problems(name, spec, config.settings_of(name)))
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
    # Loading the models and tables makes hundreds of thousands of objects that live as long as the process;
    # the cyclic collector would walk the growing heap some 600 times meanwhile (0.4 s of a one-document run's
    # start-up). It is off while the stages are built (each factory in turn: srsly, which spaCy loads models
    # with, turns it back on), and left as the caller had it.
    collecting = gc.isenabled()
    try:
        return _build(config, options, writers)
    finally:
        (gc.enable if collecting else gc.disable)()


def _build(config: PipelineConfig, options: dict[str, Any] | None, writers: bool) -> Pipeline:
    problems = check(config)
    context = BuildContext(config, dict(options or {}))
    built: dict[str, list[BuiltStage]] = {"stages": [], "writers": []}
    specs = registry.all_stages()
    for where, names in (("stages", config.stages), ("writers", config.writers if writers else [])):
        for name in names:
            spec = specs.get(config.factory_of(name))
            if spec is None:
                continue
            gc.disable()
            try:
                run = spec.factory(settings_for(config, name, spec), context.for_instance(name))
            except Exception as exc:
                problems.append(error("E003", name=name, reason=f"{type(exc).__name__}: {exc}"))
                continue
            built[where].append(BuiltStage(name, spec, run))
    if problems:
        raise PipelineError(problems)
    return Pipeline(config, built["stages"], built["writers"])


StageFactory = Callable[[dict, BuildContext], Callable[[Document], Document]]
