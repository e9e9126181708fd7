"""Publication date, source and title from what real files carry.

Header lines (``date 2025-11-11``), footers (``Published: Nov 30, 2025, 04:07 IST``,
``Source: www.amarujala.com``), datelines, file names (``AU-2020-MAR-22.txt``) and
JSONL/CSV fields (which win: they were given explicitly). The lines stay in the
text and are recorded in ``doc.metadata_spans``.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from ..core.registry import stage
from ..io.published import MONTHS, calendar_date, parse_english_date  # noqa: F401 (parse_english_date: API)

class MetadataReader:
    def __init__(self, patterns: dict):
        comp = lambda key: [re.compile(p, re.IGNORECASE if key != "dateline" else 0) for p in patterns.get(key, [])]
        self.header_date, self.published, self.source = comp("header_date"), comp("published"), comp("source")
        self.dateline, self.filename, self.title_skip = comp("dateline"), comp("filename"), comp("title_skip")
        self.month_typos = {k.upper(): v.upper() for k, v in patterns.get("month_typos", {}).items()}

    def __call__(self, doc):
        found: dict[str, str] = {}
        spans = []
        lines = list(_lines(doc.text))
        for n, (start, end, line) in enumerate(lines, start=1):
            for key, pats in (("header", self.header_date), ("published", self.published),
                              ("source", self.source), ("dateline", self.dateline)):
                m = next((m for p in pats if (m := p.search(line))), None)
                if not m:
                    continue
                if key == "source":
                    found.setdefault("source", m.group("source"))
                else:
                    value = parse_english_date(m.group("date"))
                    if not value:
                        if _DIGIT.search(m.group("date")):  # date-shaped but no calendar date ("2025-13-45")
                            _warn(doc, f"{key} line {n}: {m.group('date')!r} is not a valid date; ignored", n)
                        continue
                    found.setdefault(key, value)
                spans.append((start, end))
                break
        file_date = self._from_filename(doc)
        if doc.published and parse_english_date(doc.published) != doc.published:  # not from the reader (API)
            given = doc.published
            doc.published = parse_english_date(given)
            if doc.published is None:
                doc.published_raw = doc.published_raw or given
                _warn(doc, f"published {given!r} is not a date; left empty (kept in published_raw)")
        doc.published = (doc.published or found.get("published") or found.get("header")
                         or found.get("dateline") or file_date)
        doc.source = doc.source or found.get("source")
        if not doc.title:
            meta = set(spans)
            for start, end, line in lines:
                if (start, end) in meta or not line.strip() or any(p.search(line) for p in self.title_skip):
                    continue
                doc.title = line.strip()
                break
        doc.metadata_spans = sorted(spans)
        return doc

    def _from_filename(self, doc) -> str | None:
        path = doc.path or doc.doc_id
        stem = Path(path).stem if path else ""
        for p in self.filename:
            m = p.search(stem)
            if not m:
                continue
            month = m.group("month").upper()
            month = self.month_typos.get(month, month)
            value = calendar_date(m.group("year"), int(month) if month.isdigit() else MONTHS.get(month),
                                  m.group("day"))
            if value:
                return value
            _warn(doc, f"file name {stem!r} has no valid date ({m.group(0)!r}); ignored")
        return None


_DIGIT = re.compile(r"\d")


def _warn(doc, message: str, line: int | None = None) -> None:
    doc.warnings.append({"stage": "metadata", "error_type": "BadDate", "message": message,
                         **({"line": line} if line else {})})


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, pos + len(body), body
        pos += len(line)


@stage("metadata", requires=("text",), provides=("metadata",), settings={"patterns": "metadata.toml"})
def make_metadata(settings: dict, context):
    """Publication date, source and title from headers, footers, file names and record fields."""
    path = context.resolve(settings.get("patterns", "metadata.toml"))
    return MetadataReader(tomllib.loads(Path(path).read_text(encoding="utf-8")))
