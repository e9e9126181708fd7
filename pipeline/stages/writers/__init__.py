"""Output formats, registered as writer stages through the same registry as every other stage.

A writer factory returns an object with four methods, called in the main process:
``open(context)`` once with a WriteContext (outdir, resume), ``write(doc)`` per finished
document, ``write_error(record)`` per failed or skipped input and per warning about a document that is
kept (``record["level"]`` is "error" or "warning"; warnings come before the document's ``write``),
``close(summary)`` at the end.
``Writer`` below gives no-op defaults; subclass it. On resume, ``open(context)`` runs after the
runner has removed rows of unfinished documents from every output; a writer with cross-document
state rebuilds it there from the outputs and ``context.done_ids``.
"""
from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class WriteContext:
    outdir: Path
    resume: bool = False
    done_ids: set[str] = field(default_factory=set)  # documents already written (resume)


class Writer:
    def open(self, context: WriteContext) -> None:
        pass

    def write(self, doc) -> None:
        pass

    def write_error(self, record: dict[str, Any]) -> None:
        pass

    def close(self, summary: dict[str, Any]) -> None:
        pass


def _open_append(path: Path, resume: bool):
    """Open for appending on resume (after trimming a torn last line), else truncate."""
    if resume and path.exists():
        trim_torn_tail(path)
        return path.open("a", encoding="utf-8", newline="")
    return path.open("w", encoding="utf-8", newline="")


def trim_torn_tail(path: Path) -> None:
    """Drop a last line that a killed run left without its newline."""
    with path.open("rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        if size == 0:
            return
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return
        pos = size - 1
        while pos > 0:
            step = min(65536, pos)
            f.seek(pos - step)
            chunk = f.read(step)
            i = chunk.rfind(b"\n")
            if i >= 0:
                f.truncate(pos - step + i + 1)
                return
            pos -= step
        f.truncate(0)


class JsonlWriter(Writer):
    """One JSON object a line; subclasses say which records a document gives."""

    filename = ""

    def open(self, context: WriteContext) -> None:
        self.file = _open_append(context.outdir / self.filename, context.resume)

    def records(self, doc):
        return []

    def write(self, doc) -> None:
        for rec in self.records(doc):
            self.file.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self.file.flush()

    def close(self, summary) -> None:
        self.file.close()


class CsvWriter(Writer):
    """A CSV with a fixed header; subclasses give columns and rows."""

    filename = ""
    columns: tuple[str, ...] = ()

    def open(self, context: WriteContext) -> None:
        path = context.outdir / self.filename
        fresh = not (context.resume and path.exists() and path.stat().st_size > 0)
        self.file = _open_append(path, context.resume)
        self.csv = csv.DictWriter(self.file, fieldnames=self.columns, extrasaction="ignore")
        if fresh:
            self.csv.writeheader()

    def rows(self, doc):
        return []

    def write(self, doc) -> None:
        self.csv.writerows(self.rows(doc))
        self.file.flush()

    def close(self, summary) -> None:
        self.file.close()
