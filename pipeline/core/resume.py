"""Resuming a killed run: which documents are done, and dropping half-written rows of the others.

The runner writes each finished document to every writer in turn, in input
order, with documents.jsonl last (and the Parquet partitions after it when
--parquet is on). So a document is done when the last output has it:
- its line in documents.jsonl is complete (a torn last line is dropped), and,
  with Parquet, its row is in a documents.parquet/ partition (partitions appear
  whole: written to a temporary name, then renamed);
- or errors.jsonl has its line (failed or skipped inputs write nothing else).
Rows of every other output (*.jsonl, *.csv with a doc_id column, *.parquet/
partitions) that belong to documents not done are removed before the run
appends again; writers then open in append mode. A writer that keeps state
across documents rebuilds it in ``open(context)`` from the outputs, which at
that point hold exactly the done documents (``context.resume``, ``context.outdir``,
``context.done_ids``).
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..stages.writers import trim_torn_tail

ERRORS = "errors.jsonl"
DOCUMENTS = "documents.jsonl"
PARQUET_DOCUMENTS = "documents.parquet"


def commit_markers(writer_names: list[str]) -> list[str]:
    """The outputs whose presence marks a document done, given the run's writers (in order)."""
    out = []
    if "documents_jsonl" in writer_names:
        out.append(DOCUMENTS)
    if "parquet" in writer_names:
        out.append(PARQUET_DOCUMENTS)
    return out


def _jsonl_ids(path: Path) -> set[str]:
    ids = set()
    if path.exists():
        trim_torn_tail(path)
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    ids.add(json.loads(line)["doc_id"])
    return ids


def _parquet_ids(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    import pyarrow.parquet as pq

    ids: set[str] = set()
    for part in sorted(folder.glob("part-*.parquet")):
        ids.update(pq.read_table(part, columns=["doc_id"]).column("doc_id").to_pylist())
    return ids


def done_documents(outdir: Path, markers: list[str] | tuple[str, ...] = (DOCUMENTS,)) -> set[str]:
    """Documents every marker output has complete, plus those errors.jsonl has."""
    sets = [_parquet_ids(outdir / m) if m.endswith(".parquet") else _jsonl_ids(outdir / m) for m in markers]
    done = set.intersection(*sets) if sets else set()
    return done | _jsonl_ids(outdir / ERRORS)


def _keep_line(line: str, done: set[str]) -> bool:
    if not line.strip():
        return False
    rec = json.loads(line)
    return not isinstance(rec, dict) or "doc_id" not in rec or rec["doc_id"] in done


def prepare_resume(outdir: Path, done: set[str]) -> None:
    for path in sorted(outdir.glob("*.jsonl")):
        trim_torn_tail(path)
        if path.name == ERRORS:  # every complete line in it is a done input
            continue
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [l for l in lines if _keep_line(l, done)]
        if len(kept) != len(lines):
            path.write_text("".join(kept), encoding="utf-8")
    for path in sorted(outdir.glob("*.csv")):
        trim_torn_tail(path)
        text = path.read_text(encoding="utf-8")
        rows = []
        try:
            for row in csv.reader(io.StringIO(text, newline="")):
                rows.append(row)
        except csv.Error:  # a torn quoted field at the end; its document is not done anyway
            pass
        if not rows or "doc_id" not in rows[0]:
            continue
        k = rows[0].index("doc_id")
        kept = [rows[0]] + [r for r in rows[1:] if len(r) == len(rows[0]) and r[k] in done]
        if len(kept) != len(rows):
            buf = io.StringIO(newline="")
            csv.writer(buf).writerows(kept)
            with path.open("w", encoding="utf-8", newline="") as f:
                f.write(buf.getvalue())
    for folder in sorted(outdir.glob("*.parquet")):
        if folder.is_dir():
            _prepare_parquet(folder, done)


def _prepare_parquet(folder: Path, done: set[str]) -> None:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    for tmp in folder.glob(".*.tmp"):  # a partition the kill caught half-written
        tmp.unlink()
    for part in sorted(folder.glob("part-*.parquet")):
        table = pq.read_table(part)
        mask = pc.is_in(table.column("doc_id"), value_set=pa.array(sorted(done), pa.string()))
        kept = table.filter(mask)
        if kept.num_rows == table.num_rows:
            continue
        if kept.num_rows == 0:
            part.unlink()
        else:
            tmp = part.with_name(f".{part.name}.tmp")
            pq.write_table(kept, tmp)
            tmp.replace(part)
