"""Read documents from a corpus folder: .txt (one document a file), .jsonl (one a line), .csv (one a row).

Yields Documents, or Skipped records for input that cannot become a document;
nothing is dropped silently.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from charset_normalizer import from_bytes

from ..core.document import Document
from ..core.errors import PipelineError, error

EXTENSIONS = (".txt", ".jsonl", ".csv")
META_FIELDS = ("published", "title", "source", "url")


@dataclass(slots=True)
class Skipped:
    """Input that became no document; goes to errors.jsonl with stage 'read'."""

    doc_id: str
    path: str
    reason: str
    error_type: str = "Skipped"
    line: int | None = None

    def to_record(self) -> dict:
        return {"doc_id": self.doc_id, "path": self.path, "stage": "read", "error_type": self.error_type,
                "message": self.reason, "line": self.line}


class DecodeError(ValueError):
    pass


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with a BOM, else charset-normalizer when it is confident."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    best = from_bytes(data).best()
    # chaos is charset-normalizer's measure of how garbled the decoded text looks.
    if best is not None and best.chaos <= 0.1:
        return str(best)
    raise DecodeError(f"not UTF-8 ({first_error.reason} at byte {first_error.start}) and no confident "
                      f"encoding detected; re-save the file as UTF-8")


def _looks_binary(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in data[:8192]


def iter_files(corpus: Path) -> list[Path]:
    if not corpus.exists():
        raise PipelineError([error("E009", path=corpus)])
    if corpus.is_file():
        return [corpus]
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS
                  and not any(part.startswith(".") for part in p.relative_to(corpus).parts))


def read_corpus(corpus: str | Path) -> Iterator[Document | Skipped]:
    corpus = Path(corpus)
    root = corpus if corpus.is_dir() else corpus.parent
    for path in iter_files(corpus):
        yield from read_file(path, root)


def read_file(path: Path, root: Path) -> Iterator[Document | Skipped]:
    rel = path.relative_to(root)
    base_id = rel.with_suffix("").as_posix()
    data = path.read_bytes()
    if not data.strip():
        yield Skipped(base_id, str(path), "empty file")
        return
    if _looks_binary(data):
        yield Skipped(base_id, str(path), "binary file (NUL bytes); not text")
        return
    try:
        text = decode(data)
    except DecodeError as exc:
        yield Skipped(base_id, str(path), str(exc), "DecodeError")
        return
    suffix = path.suffix.lower()
    if suffix == ".txt":
        if not text.strip():
            yield Skipped(base_id, str(path), "no text after decoding")
        else:
            yield Document(doc_id=base_id, text=text, path=str(path))
    elif suffix == ".jsonl":
        yield from _read_jsonl(text, path, base_id)
    elif suffix == ".csv":
        yield from _read_csv(text, path, base_id)


def _from_record(record: dict, path: Path, base_id: str, n: int) -> Document | Skipped:
    doc_id = str(record.get("id") or record.get("doc_id") or f"{base_id}#{n}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(doc_id, str(path), "record has no 'text'", line=n)
    meta = {k: (str(record[k]).strip() or None) if record.get(k) not in (None, "") else None for k in META_FIELDS}
    return Document(doc_id=doc_id, text=text, path=str(path), **meta)


def _read_jsonl(text: str, path: Path, base_id: str) -> Iterator[Document | Skipped]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            yield Skipped(f"{base_id}#{n}", str(path), "empty line", line=n)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(f"{base_id}#{n}", str(path), f"malformed JSON on line {n}: {exc.msg} (column {exc.colno})",
                          "JSONDecodeError", line=n)
            continue
        if not isinstance(record, dict):
            yield Skipped(f"{base_id}#{n}", str(path), f"line {n} is not a JSON object", "JSONDecodeError", line=n)
            continue
        yield _from_record(record, path, base_id, n)


def _read_csv(text: str, path: Path, base_id: str) -> Iterator[Document | Skipped]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles are longer than csv's 128 KB default
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield Skipped(base_id, str(path), f"CSV has no 'text' column (columns: {reader.fieldnames})", "CSVError")
        return
    try:
        for n, row in enumerate(reader, start=2):  # line 1 is the header
            yield _from_record(row, path, base_id, n)
    except csv.Error as exc:
        yield Skipped(base_id, str(path), f"CSV error near line {reader.line_num}: {exc}", "CSVError",
                      line=reader.line_num)
