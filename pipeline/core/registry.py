"""Stages are plain callables registered by name.

Built-in stages live one per file under ``pipeline/stages/`` (writers under
``pipeline/stages/writers/``) and register themselves with ``@stage``.
Third-party stages arrive through the entry-point group ``pipeline.stages``:
each entry point names a factory decorated with ``@stage``. Which stages run,
and in what order, is decided by the config file, never by import order.

What is registered is a *factory*; the config lists *instances*. As in spaCy's
``[components.x] factory = "ner"``, ``[stages.NAME] factory = "..."`` makes NAME
an instance of that factory (``events_visit`` of ``events_rules``); without
``factory``, NAME is the factory's own name. A factory declares its settings and
their defaults (``settings={...}``); the builder fills in the defaults, and
reports settings that are missing or unknown.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, Callable

from .errors import error

ENTRY_POINT_GROUP = "pipeline.stages"

# What the reader gives every document before any stage runs.
INITIAL_PROVIDES = frozenset({"text"})


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Callable[..., Any]
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    kind: str  # "document" (runs per document, in workers) or "writer" (runs in the main process)
    description: str
    # setting -> default (REQUIRED: the config must give it); None: the factory reads no declared settings
    settings: dict[str, Any] | None = None


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED = _Required()  # a setting without a default


_REGISTRY: dict[str, StageSpec] = {}
_loaded = False
_load_problems: list[str] = []


def stage(name: str, *, requires=(), provides=(), kind: str = "document", settings: dict[str, Any] | None = None):
    """Register ``factory(settings: dict, context: BuildContext) -> callable`` under ``name``.

    ``settings`` declares the keys a ``[stages.<instance>]`` table may hold, with their
    defaults (``REQUIRED`` for none): the factory then receives every declared key, and
    the builder rejects a table with a key the factory does not declare (a typo).

    A document stage's callable takes a Document and returns it. A writer's
    callable is an object with ``open(context)``, ``write(doc)``,
    ``write_error(record)`` and ``close(summary)`` (see pipeline/stages/writers).
    """
    if kind not in ("document", "writer"):
        raise ValueError(f"kind must be 'document' or 'writer', not {kind!r}")

    def decorate(factory):
        doc = (factory.__doc__ or "").strip().splitlines()
        spec = StageSpec(name, factory, tuple(requires), tuple(provides), kind, doc[0] if doc else "",
                         dict(settings) if settings is not None else None)
        _REGISTRY[name] = spec
        factory.stage_spec = spec
        return factory

    return decorate


def _load_builtins() -> None:
    from .. import stages
    from ..stages import writers

    for package in (stages, writers):
        for info in pkgutil.iter_modules(package.__path__):
            if not info.ispkg:
                importlib.import_module(f"{package.__name__}.{info.name}")


def _load_entry_points() -> None:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not break the built-ins
            _load_problems.append(error("E010", name=ep.name, reason=f"{type(exc).__name__}: {exc}"))
            continue
        spec = getattr(obj, "stage_spec", None)
        if spec is not None and ep.name not in _REGISTRY:
            _REGISTRY[ep.name] = StageSpec(ep.name, spec.factory, spec.requires, spec.provides,
                                           spec.kind, spec.description, spec.settings)


def load_all() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        _load_builtins()
        _load_entry_points()


def get(name: str) -> StageSpec | None:
    load_all()
    return _REGISTRY.get(name)


def all_stages() -> dict[str, StageSpec]:
    load_all()
    return dict(sorted(_REGISTRY.items()))


def load_problems() -> list[str]:
    load_all()
    return list(_load_problems)
