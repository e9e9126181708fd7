"""Engines by name: where document stages run besides this process and the local process pool.

Engines build on core, never the reverse: core imports nothing from pipeline/engines/.
Built-in engines are named here as "module:attribute" references, loaded the first time a
run asks for them by name; other packages add engines through the entry-point group
``pipeline.engines`` (or ``register_engine`` at run time). An engine factory is called as
``factory(config, options, workers, scheduler)`` and returns an object with ``start()``,
``map(inputs)`` (yields (input, Result) pairs in input order; see core/runner.py),
``close()`` and a ``workers`` count.
"""
from __future__ import annotations

from importlib import import_module
from importlib.metadata import entry_points
from typing import Any, Callable

ENTRY_POINT_GROUP = "pipeline.engines"
LOCAL = "local"  # this process (workers=1) or a spawn pool of worker processes; lives in core/runner.py
BUILTIN = {"dask": "pipeline.engines.dask_engine:DaskEngine"}
# The Parquet partitions writer the runner adds with --parquet (an output, not a configured stage).
PARQUET_WRITER = "pipeline.engines.parquet:ParquetWriter"

_REGISTRY: dict[str, Callable[..., Any]] = {}


def register_engine(name: str, factory: Callable[..., Any] | None = None):
    """Register ``factory`` under ``name``; usable as a decorator."""
    def decorate(f):
        _REGISTRY[name] = f
        return f

    return decorate(factory) if factory is not None else decorate


def load_reference(ref: str) -> Any:
    """The object a "module:attribute" reference names."""
    module, _, attr = ref.partition(":")
    return getattr(import_module(module), attr)


def _entry_points() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def engine_names() -> list[str]:
    return [LOCAL] + sorted((set(_REGISTRY) | set(BUILTIN) | set(_entry_points())) - {LOCAL})


def get_engine(name: str) -> Callable[..., Any] | None:
    """The factory of engine ``name`` (not "local"), or None when no engine has that name."""
    if name in _REGISTRY:
        return _REGISTRY[name]
    ep = _entry_points().get(name)
    if ep is not None:
        return ep.load()
    if name in BUILTIN:
        return load_reference(BUILTIN[name])
    return None
