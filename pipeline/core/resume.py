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
    """Drop rows of documents not done from every output; files are streamed, not loaded whole."""
    for path in sorted(outdir.glob("*.jsonl")):
        trim_torn_tail(path)
        if path.name == ERRORS:  # every complete line in it is a done input
            continue
        with path.open(encoding="utf-8", newline="") as src:
            _rewrite(path, (line for line in src if _keep_line(line, done)))
    for path in sorted(outdir.glob("*.csv")):
        trim_torn_tail(path)
        with path.open(encoding="utf-8", newline="") as src:
            header = next(csv.reader(src), None)
        if not header or "doc_id" not in header:  # not per-document rows (e.g. rewritten whole at close)
            continue
        k = header.index("doc_id")
        with path.open(encoding="utf-8", newline="") as src:
            rows = _csv_rows(src)
            next(rows, None)
            _rewrite_csv(path, header, (r for r in rows if len(r) == len(header) and r[k] in done))
    for folder in sorted(outdir.glob("*.parquet")):
        if folder.is_dir():
            _prepare_parquet(folder, done)


def _csv_rows(src):
    try:
        yield from csv.reader(src)
    except csv.Error:  # a torn quoted field at the end; its document is not done anyway
        return


def _rewrite(path: Path, lines) -> None:
    tmp = path.with_name(f".{path.name}.resume.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        out.writelines(lines)
    tmp.replace(path)


def _rewrite_csv(path: Path, header: list[str], rows) -> None:
    tmp = path.with_name(f".{path.name}.resume.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)  # the writers' dialect (excel: \r\n, minimal quoting), so rows come back byte-equal
        w.writerow(header)
        w.writerows(rows)
    tmp.replace(path)


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
