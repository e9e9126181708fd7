"""Read documents from a corpus folder: .txt (one document a file), .jsonl (one a line), .csv (one a row).

Yields Documents, or Skipped records for input that cannot become a document;
nothing is dropped silently. Problems in a document that is kept go in
``Document.warnings`` (errors.jsonl rows with level "warning"):
- a doc id used before (in any file of the corpus) gets a suffix: ``dup``, ``dup~2``, ``dup~3``;
- a ``published`` field that is not a date is left empty, its value kept in ``published_raw``;
- a text file with a few stray NUL bytes is read without them (a file with many is binary: skipped).
Ids are data, never paths: nothing here or downstream names a file after a doc id.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..core.document import Document
from ..core.errors import PipelineError, error
from .published import parse_english_date

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
                "message": self.reason, "line": self.line, "level": "error"}


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
    from charset_normalizer import from_bytes  # only for the rare file that is not UTF-8 (~35 ms to import)

    best = from_bytes(data).best()
    # chaos is charset-normalizer's measure of how garbled the decoded text looks.
    if best is not None and best.chaos <= 0.1:
        return str(best)
    raise DecodeError(f"not UTF-8 ({first_error.reason} at byte {first_error.start}) and no confident "
                      f"encoding detected; re-save the file as UTF-8")


# A text file may carry a few NUL bytes (a bad copy, a broken export); a file with more than
# this share of them, or whose other bytes are not UTF-8 text, is binary.
STRAY_NUL_SHARE = 0.1
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")


def _utf16_or_32(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _text_with_stray_nuls(data: bytes) -> str | None:
    """The text of UTF-8 data that is clean but for a few NUL bytes (kept as \\x00, dropped per record by
    _drop_nuls); None when the data is binary."""
    nuls = data.count(b"\x00")
    if nuls > STRAY_NUL_SHARE * len(data):
        return None
    try:
        clean = data.replace(b"\x00", b"").decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if not clean.strip() or _CONTROL.search(clean):
        return None
    # surrogateescape keeps a NUL that fell inside a multi-byte character decodable once it is dropped.
    return data.decode("utf-8-sig", "surrogateescape")


def _drop_nuls(text: str) -> tuple[str, int]:
    if "\x00" not in text:
        return text, 0
    n = text.count("\x00")
    return text.replace("\x00", "").encode("utf-8", "surrogateescape").decode("utf-8"), n


def _nul_warning(n: int, line: int | None = None) -> dict:
    where = f" on line {line}" if line else ""
    return {"stage": "read", "error_type": "NulBytes", "message": f"{n} NUL byte{'s' if n > 1 else ''}{where} "
            f"dropped; the rest is text", **({"line": line} if line else {})}


def iter_files(corpus: Path) -> list[Path]:
    if not corpus.exists():
        raise PipelineError([error("E009", path=corpus)])
    if corpus.is_file():
        return [corpus]
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS
                  and not any(part.startswith(".") for part in p.relative_to(corpus).parts))


def read_corpus(corpus: str | Path) -> Iterator[Document | Skipped]:
    """Every input of the corpus in a fixed order (sorted paths), each with an id no other input has."""
    corpus = Path(corpus)
    root = corpus if corpus.is_dir() else corpus.parent
    ids = UniqueIds()
    for path in iter_files(corpus):
        for item in read_file(path, root):
            yield ids.assign(item)


class UniqueIds:
    """Gives an id seen before the first free suffix: 'dup', 'dup~2', 'dup~3' (the same on every read of a
    corpus, so --resume and any number of workers see the same ids)."""

    def __init__(self):
        self.seen: dict[str, str] = {}  # id -> where it was first used

    def assign(self, item: Document | Skipped) -> Document | Skipped:
        given = item.doc_id
        where = item.path + (f" line {item.line}" if isinstance(item, Skipped) and item.line else "")
        if given in self.seen:
            k = 2
            while f"{given}~{k}" in self.seen:
                k += 1
            item.doc_id = f"{given}~{k}"
            message = f"id {given!r} is used before (by {self.seen[given]}); this one is {item.doc_id!r}"
            if isinstance(item, Skipped):
                item.reason += f" ({message})"
            else:
                item.warnings.append({"stage": "read", "error_type": "DuplicateId", "message": message})
        self.seen[item.doc_id] = where
        return item


def read_file(path: Path, root: Path) -> Iterator[Document | Skipped]:
    rel = path.relative_to(root)
    base_id = rel.with_suffix("").as_posix()
    data = path.read_bytes()
    if not data.strip():
        yield Skipped(base_id, str(path), "empty file")
        return
    if b"\x00" in data and not _utf16_or_32(data):
        text = _text_with_stray_nuls(data)
        if text is None:
            yield Skipped(base_id, str(path), "binary file (NUL bytes); not text")
            return
    else:
        try:
            text = decode(data)
        except DecodeError as exc:
            yield Skipped(base_id, str(path), str(exc), "DecodeError")
            return
    suffix = path.suffix.lower()
    if suffix == ".txt":
        text, nuls = _drop_nuls(text)
        if not text.strip():
            yield Skipped(base_id, str(path), "no text after decoding")
        else:
            doc = Document(doc_id=base_id, text=text, path=str(path))
            if nuls:
                doc.warnings.append(_nul_warning(nuls))
            yield doc
    elif suffix == ".jsonl":
        yield from _read_jsonl(text, path, base_id)
    elif suffix == ".csv":
        yield from _read_csv(text, path, base_id)


def _from_record(record: dict, path: Path, base_id: str, n: int, nuls: int = 0) -> Document | Skipped:
    given = record.get("id") if record.get("id") not in (None, "") else record.get("doc_id")
    doc_id = str(given).strip() if given not in (None, "") else ""
    doc_id = doc_id or f"{base_id}#{n}"
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(doc_id, str(path), "record has no 'text'", line=n)
    meta = {k: (str(record[k]).strip() or None) if record.get(k) not in (None, "") else None for k in META_FIELDS}
    doc = Document(doc_id=doc_id, text=text, path=str(path), **meta)
    if nuls:
        doc.warnings.append(_nul_warning(nuls, n))
    if doc.published is not None:
        doc.published_raw = doc.published
        doc.published = parse_english_date(doc.published_raw)
        if doc.published is None:
            doc.warnings.append({"stage": "read", "error_type": "BadDate", "line": n,
                                 "message": f"published {doc.published_raw!r} on line {n} is not a date; "
                                            f"left empty (kept in published_raw)"})
    return doc


def _read_jsonl(text: str, path: Path, base_id: str) -> Iterator[Document | Skipped]:
    # JSON Lines ends lines with \n (or \r\n) only: str.splitlines would also split inside a record at
    # U+2028, U+0085 or \x1c, which json.dumps(ensure_ascii=False) leaves unescaped in strings.
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate((line.removesuffix("\r") for line in lines), start=1):
        line, nuls = _drop_nuls(line)
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
        yield _from_record(record, path, base_id, n, nuls)


def _read_csv(text: str, path: Path, base_id: str) -> Iterator[Document | Skipped]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles are longer than csv's 128 KB default
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield Skipped(base_id, str(path), f"CSV has no 'text' column (columns: {reader.fieldnames})", "CSVError")
        return
    try:
        for n, row in enumerate(reader, start=2):  # line 1 is the header
            nuls = 0
            for k, v in row.items():
                if isinstance(v, str) and "\x00" in v:
                    row[k], dropped = _drop_nuls(v)
                    nuls += dropped
            yield _from_record(row, path, base_id, n, nuls)
    except csv.Error as exc:
        yield Skipped(base_id, str(path), f"CSV error near line {reader.line_num}: {exc}", "CSVError",
                      line=reader.line_num)
