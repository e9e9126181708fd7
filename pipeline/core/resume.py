"""Resuming a killed run: which documents are done, and dropping half-written rows of the others.

documents.jsonl is written last for each document (it is the last writer in the
default config), so a document counts as done when its line there is complete,
or when errors.jsonl has its line. Rows of any other output that belong to
documents not done are removed before the run appends again.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..stages.writers import trim_torn_tail


def _jsonl_ids(path: Path) -> set[str]:
    ids = set()
    if path.exists():
        trim_torn_tail(path)
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    ids.add(json.loads(line)["doc_id"])
    return ids


def done_documents(outdir: Path) -> set[str]:
    return _jsonl_ids(outdir / "documents.jsonl") | _jsonl_ids(outdir / "errors.jsonl")


def prepare_resume(outdir: Path, done: set[str]) -> None:
    for path in outdir.glob("*.jsonl"):
        if path.name in ("documents.jsonl", "errors.jsonl"):
            continue
        trim_torn_tail(path)
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [l for l in lines if l.strip() and json.loads(l).get("doc_id") in done]
        if len(kept) != len(lines):
            path.write_text("".join(kept), encoding="utf-8")
    for path in outdir.glob("*.csv"):
        trim_torn_tail(path)
        text = path.read_text(encoding="utf-8")
        reader = csv.reader(io.StringIO(text, newline=""))
        rows = list(reader)
        if not rows or "doc_id" not in rows[0]:
            continue
        k = rows[0].index("doc_id")
        kept = [rows[0]] + [r for r in rows[1:] if len(r) == len(rows[0]) and r[k] in done]
        if len(kept) != len(rows):
            buf = io.StringIO()
            csv.writer(buf).writerows(kept)
            path.write_text(buf.getvalue(), encoding="utf-8")
