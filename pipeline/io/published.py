"""What a publication date may be: a real calendar date, written ISO-style or in English.

Used wherever ``published`` enters a document: JSONL/CSV fields (pipeline/io/readers.py)
and header lines, footers and datelines (pipeline/stages/metadata.py). Anything that is
not a real date ("not a date", "2025-13-45", "2020") gives None, never a made-up value.
"""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                                      "NOV", "DEC"], start=1)}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2}) ([A-Za-z]{3,9}),? (\d{4})")


def calendar_date(year: int, month: int | None, day: int) -> str | None:
    """'YYYY-MM-DD' when year-month-day exists on the calendar, else None."""
    try:
        return date(int(year), int(month), int(day)).isoformat() if month else None
    except (TypeError, ValueError):
        return None


def parse_english_date(text: str) -> str | None:
    """'Nov 30, 2025, 04:07 IST' / '30 November 2025' / '2025-11-30T10:00+05:30' -> '2025-11-30'; else None."""
    text = text.strip()
    m = _ISO.search(text)
    if m:
        return calendar_date(*m.groups())
    m = _MONTH_DAY_YEAR.search(text) or _DAY_MONTH_YEAR.search(text)
    if not m:
        return None
    a, b, year = m.groups()
    month, day = (a, b) if a.isalpha() else (b, a)
    return calendar_date(year, MONTHS.get(month[:3].upper()), day)
