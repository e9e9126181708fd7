"""Publication date, source and title from what real files carry.

Header lines (``date 2025-11-11``), footers (``Published: Nov 30, 2025, 04:07 IST``,
``Source: www.amarujala.com``), datelines, file names (``AU-2020-MAR-22.txt``) and
JSONL/CSV fields (which win: they were given explicitly). The lines stay in the
text and are recorded in ``doc.metadata_spans``.
"""
from __future__ import annotations

import re
import tomllib
from datetime import datetime
from pathlib import Path

from ..core.registry import stage

_MONTHS = {m: i for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                                       "NOV", "DEC"], start=1)}


def parse_english_date(text: str) -> str | None:
    """'Nov 30, 2025, 04:07 IST' / '30 November 2025' / '2025-11-30' -> '2025-11-30'."""
    text = text.strip()
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.search(r"([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})", text) or re.search(r"(\d{1,2}) ([A-Za-z]{3,9}),? (\d{4})", text)
    if not m:
        return None
    a, b, year = m.groups()
    month, day = (a, b) if a.isalpha() else (b, a)
    mon = _MONTHS.get(month[:3].upper())
    if not mon:
        return None
    try:
        return datetime(int(year), mon, int(day)).date().isoformat()
    except ValueError:
        return None


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
        for start, end, line in lines:
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
                        continue
                    found.setdefault(key, value)
                spans.append((start, end))
                break
        file_date = self._from_filename(doc.path or doc.doc_id)
        doc.published = doc.published and (parse_english_date(doc.published) or doc.published)
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

    def _from_filename(self, path: str) -> str | None:
        stem = Path(path).stem if path else ""
        for p in self.filename:
            m = p.search(stem)
            if not m:
                continue
            month = m.group("month").upper()
            month = self.month_typos.get(month, month)
            mon = int(month) if month.isdigit() else _MONTHS.get(month)
            try:
                return datetime(int(m.group("year")), mon, int(m.group("day"))).date().isoformat()
            except (TypeError, ValueError):
                continue
        return None


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
