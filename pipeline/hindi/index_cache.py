"""Indexes built from the gazetteer tables, kept on disk so that a one-document run starts fast.

A cached index is keyed by the digest of the tables (every *.tsv and *.toml of the folder), of
the code that builds it and of the Python and spaCy versions, so a changed table or builder is
built again. Where: $HINDI_EVENTS_CACHE, else ~/.cache/hindi-news-events; "" or "off" = no cache.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parents[1]


def cache_dir() -> Path | None:
    """Where built indexes are kept: $HINDI_EVENTS_CACHE, else ~/.cache/hindi-news-events; "" or "off" = none."""
    where = os.environ.get("HINDI_EVENTS_CACHE")
    if where is not None and where.strip().lower() in ("", "off", "0", "none"):
        return None
    return Path(where) if where else Path.home() / ".cache" / "hindi-news-events"


def _tables_digest(folder: str) -> bytes:
    """sha256 over the names and bytes of the folder's tables."""
    digest = hashlib.sha256()
    path = Path(folder)
    for table in sorted(path.glob("*.tsv")) + sorted(path.glob("*.toml")):
        digest.update(table.name.encode() + b"\0" + table.read_bytes())
    return digest.digest()


def cache_path(kind: str, folder: Path, code: Iterable[str]) -> Path | None:
    """The cache file of index `kind` built from `folder` by the package modules `code`
    (paths relative to pipeline/), or None when caching is off."""
    where = cache_dir()
    if where is None:
        return None
    import spacy  # its version is part of the key (the tokenizer comes from it)

    digest = hashlib.sha256(f"{sys.version_info[:2]} spacy {spacy.__version__}".encode())
    for path in (PACKAGE / name for name in code):
        if path.exists():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(_tables_digest(str(Path(folder).resolve())))
    return where / f"{kind}-{digest.hexdigest()[:24]}.pickle"


def read(path: Path | None):
    """The cached object, or None when there is none (or it is unreadable: built again)."""
    if path is None or not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # a cache from another version or cut short: build again
        return None


def write(path: Path | None, value) -> None:
    """Best effort: a read-only home only costs the next run the build."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


def cached(kind: str, folder: Path, code: Iterable[str], build: Callable[[], T]) -> T:
    """build(), or its result kept from an earlier run over the same tables and code."""
    path = cache_path(kind, folder, code)
    value = read(path)
    if value is None:
        value = build()
        write(path, value)
    return value
