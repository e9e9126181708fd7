"""Hindi (and English) date expressions, normalised to TIMEX3-style values.

``find_dates(text, anchor, tense)`` finds every date expression in a sentence
and gives it a value relative to ``anchor`` (the publication date):

- full dates: ``18 फरवरी, 2025``, ``१८ फरवरी २०२५``, ``26/01/2024``, ``2025-11-11``, ``Nov 30, 2025``
- day and month without a year, placed by tense (``5 जनवरी को होगी`` → the next 5 January)
- ranges and lists: ``4-5 दिसंबर``, ``16 से 22 मई के बीच``, ``20 मार्च, दो और 11 अप्रैल``
- months, years, decades: ``दिसंबर में``, ``वर्ष 2030 तक``, ``1950-60 के दशक``
- relative: ``आज``, ``कल``, ``परसों``, ``दो दिन पहले``, weekdays, ``पिछले हफ्ते``, ``इस साल के अंत``

The span is the date itself, never the postposition after it (को, में, से, तक).
Without an anchor a relative date keeps a partial value (``XXXX-12-04``).

Year placement. Candidates one year either side of the anchor are tried. A date
tied to the clause's event by को/में follows the tense strictly (future: on or
after the anchor; past: on or before); a date with another postposition (तक, से,
के) is often a deadline or a start point of something else ("25 मार्च से जारी
लॉकडाउन 3 मई तक चलेगा"), so there the nearer candidate wins when it lies within
a short window on the other side. No tense: the nearest candidate.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .tense import load_cues, nonfinite_after

DEFAULT_LEXICON = Path(__file__).resolve().parents[2] / "configs" / "dates.toml"

_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_HAS_DEVANAGARI_DIGIT = re.compile("[०-९]")  # translate() is slow on long strings; most have no such digit
# Letters and signs that continue a word (Python's \w misses Devanagari vowel signs).
_WORDCH = r"\w\u0900-\u0963\u0971-\u097F"
L = rf"(?<![{_WORDCH}])"
R = rf"(?![{_WORDCH}])"
# A number does not continue another number ("1,250", "मिग-21", "3.5").
NL = rf"(?<![{_WORDCH}.,/:\-–])"
NR = rf"(?![{_WORDCH}]|[.,:/][0-9])"

# Window in which a date on the "wrong" side of the anchor still wins (days / months).
TOLERANCE_DAYS = 45
TOLERANCE_MONTHS = 1
# Postpositions that tie a date to the clause's own event, so tense decides strictly.
STRICT_POSTPOSITIONS = ("को", "में")


@dataclass(slots=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: str
    granularity: str  # day, week, month, year, decade
    kind: str = ""  # which rule found it
    score: float = 0.9
    mod: str | None = None  # START, MID, END for "की शुरुआत", "के मध्य", "के अंत"
    attrs: dict = field(default_factory=dict)


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


class DateLexicon:
    """Words from configs/dates.toml and the regular expressions built from them."""

    def __init__(self, raw: dict):
        self.raw = raw
        self.months: dict[str, int] = {}
        for num, forms in raw["months"].items():
            for f in forms:
                self.months[f] = int(num)
                self.months[f.upper()] = int(num)
        self.weekdays = {f: int(n) for n, forms in raw["weekdays"].items() for f in forms}
        self.weekdays.update({f.upper(): n for f, n in list(self.weekdays.items())})
        self.numbers = {f: int(n) for n, forms in raw["numbers"].items() for f in forms}
        rel = raw["relative"]
        self.rel = rel
        self.decade_words = {k: int(v) for k, v in rel.get("decade_words", {}).items()}
        self.units: dict[str, str] = {}
        for unit in ("day", "week", "month", "year", "decade"):
            for f in rel.get(unit, []):
                self.units[f] = unit
        self.counted_units = dict(self.units)
        for unit in ("day", "week", "month", "year"):
            for f in rel.get(unit + "_plural", []):
                self.counted_units[f] = unit
        self.relword: dict[str, str] = {}
        for key in ("last", "next", "this"):
            for f in rel.get(key, []):
                self.relword[f] = key
        self.day_words = {f: 0 for f in rel.get("today", [])}
        self.day_words.update({f: 1 for f in rel.get("one_day", [])})
        self.day_words.update({f: 2 for f in rel.get("two_days", [])})
        self.mods = {m: ("END" if any(x in m for x in ("अंत", "आखिर", "आख़िर")) else
                         "START" if any(x in m for x in ("शुरु", "शुरू", "पहले")) else "MID")
                     for m in rel.get("period_mod", []) if m != "के बीच"}
        self._compile()

    @classmethod
    def from_file(cls, path: str | Path) -> "DateLexicon":
        return cls(tomllib.loads(Path(path).read_text(encoding="utf-8")))

    def _compile(self) -> None:
        rel = self.rel
        MON = _alt(self.months)
        WD = _alt(self.weekdays)
        NUMW = _alt(self.numbers)
        DAY = rf"(?:{NL}[0-9]{{1,2}}{NR}|{L}{NUMW}{R})"
        # The second day of a range comes after the joiner ("4-5 दिसंबर"), so a hyphen may precede it.
        DAY2 = rf"(?:(?<![{_WORDCH}.,/:])[0-9]{{1,2}}{NR}|{L}{NUMW}{R})"
        YEAR = rf"{NL}[12][0-9]{{3}}{NR}"
        # Dates never run across a tab or a line break (tables: "1 अप्रैल<TAB>1834").
        SP, OSP = r"[ \u00a0]+", r"[ \u00a0]*"
        COMMA = rf"{OSP},?{OSP}"
        JOIN = rf"{OSP}(?:-|–|—|से|to){OSP}"
        LATIN_MON = _alt(f for f in self.months if f.isascii())
        LISTJ = _alt(rel.get("list_join", ["और"]))
        LAST_NEXT_THIS = _alt(self.relword)
        UNIT = _alt(self.units)
        CUNIT = _alt(self.counted_units)
        MOD = _alt(self.mods) if self.mods else "(?!)"
        YW = _alt(rel.get("year_words", []))
        CNT = rf"(?:{NL}[0-9]{{1,3}}{NR}|{L}{NUMW}{R}|{L}डेढ़?{R})"
        self.patterns: list[tuple[str, re.Pattern]] = [(name, re.compile(p)) for name, p in [
            ("iso", rf"{NL}(?P<y>[12][0-9]{{3}})-(?P<m>[0-9]{{1,2}})-(?P<d>[0-9]{{1,2}}){NR}"),
            ("numeric", rf"{NL}(?P<d>[0-9]{{1,2}})(?P<sep>[/.\-])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<y>[12][0-9]{{3}}|(?<=/)[0-9]{{2}}){NR}"),
            ("range_dm", rf"(?P<d1>{DAY}){JOIN}(?P<d2>{DAY2}){SP}(?P<m>{MON}){R}(?:{COMMA}(?P<y>{YEAR}))?"),
            ("range_dmdm", rf"(?P<d1>{DAY}){SP}(?P<m1>{MON}){R}(?:{COMMA}(?P<y1>{YEAR}))?{JOIN}(?P<d2>{DAY2}){SP}(?P<m2>{MON}){R}(?:{COMMA}(?P<y2>{YEAR}))?"),
            ("list_dm", rf"(?P<days>{DAY}(?:{OSP},{OSP}{DAY})*){OSP},?{OSP}{LISTJ}{SP}(?P<d>{DAY}){SP}(?P<m>{MON}){R}(?:{COMMA}(?P<y>{YEAR}))?"),
            ("dmy", rf"(?P<d>{DAY}){SP}(?P<m>{MON}){R}(?:{COMMA}(?P<y>{YEAR}))?(?:{OSP},?{OSP}(?P<wd>{L}{WD}{R}))?"),
            ("mdy", rf"{L}(?P<m>{LATIN_MON})\.?{SP}(?P<d>{NL}[0-9]{{1,2}})(?:st|nd|rd|th)?{NR}(?:{OSP},?{OSP}(?P<y>{YEAR}))?"),
            ("my", rf"{L}(?P<m>{MON}){R}{OSP},?{OSP}(?P<y>{YEAR})"),
            ("rel_year_month", rf"{L}(?P<rel>{LAST_NEXT_THIS}){SP}(?P<unit>{_alt(rel.get('year', []))}){SP}(?P<m>{MON}){R}"),
            ("month_range", rf"{L}(?P<m1>{MON}){R}{OSP}(?:-|–|से){OSP}(?P<m2>{MON}){R}(?:{COMMA}(?P<y>{YEAR}))?"),
            ("month", rf"{L}(?:(?P<rel>{LAST_NEXT_THIS}){SP})?(?P<m>{MON}){R}(?P<mod>{SP}{MOD}{R})?"),
            ("year_word", rf"{L}(?P<kw>{YW}){SP}(?P<y>{YEAR})(?:{OSP}-{OSP}(?P<y2>[0-9]{{2}}|[12][0-9]{{3}}){NR})?"),
            ("decade", rf"(?:(?P<y>{NL}[0-9]{{2,4}}{NR})(?:{OSP}-{OSP}(?P<y2>[0-9]{{2,4}}){NR})?|{L}(?P<w>{_alt(self.decade_words) if self.decade_words else '(?!)'}){R}){SP}(?:के|का|की){SP}(?:{_alt(rel.get('decade', ['दशक']))}){R}"),
            ("decade_en", rf"{NL}(?P<y>[12][0-9]{{2}}0)'?s{R}"),
            ("year", rf"(?P<y>{NL}(?:19|20)[0-9]{{2}}{NR})(?:{OSP}-{OSP}(?P<y2>[0-9]{{2}}|[12][0-9]{{3}}){NR})?"),
            ("rel_unit", rf"{L}(?P<rel>{LAST_NEXT_THIS}){SP}(?P<unit>{UNIT}){R}(?P<mod>{SP}{MOD}{R})?"),
            ("ago", rf"(?P<n>{CNT}){SP}(?P<unit>{CUNIT}){SP}(?P<dir>{_alt(rel.get('before', []) + rel.get('after', []))}){R}"),
            ("dayword", rf"{L}(?P<w>{_alt(self.day_words)}){R}"),
            ("weekday", rf"{L}(?:(?P<rel>{LAST_NEXT_THIS}){SP})?(?P<wd>{WD}){R}"),
        ]]
        self.month_re = re.compile(MON)
        # Every pattern needs a digit, or a month, weekday, unit or day word standing as a word of
        # its own (the "cue" it is gated on below). Most sentences have no such cue, and those
        # that have one have few: only the patterns whose cue is in the sentence are run.
        self.cues: dict[str, re.Pattern] = {
            "digit": re.compile(r"[0-9]"),
            "month": re.compile(rf"{L}{MON}{R}"),
            "weekday": re.compile(rf"{L}{WD}{R}"),
            "unit": re.compile(rf"{L}{_alt([*self.counted_units, *rel.get('decade', ['दशक'])])}{R}"),
            "day": re.compile(rf"{L}{_alt(self.day_words)}{R}"),
        }
        cue_of = {"iso": "digit", "numeric": "digit", "year_word": "digit", "decade_en": "digit", "year": "digit",
                  "range_dm": "month", "range_dmdm": "month", "list_dm": "month", "dmy": "month", "mdy": "month",
                  "my": "month", "rel_year_month": "month", "month_range": "month", "month": "month",
                  "decade": "unit", "rel_unit": "unit", "ago": "unit", "dayword": "day", "weekday": "weekday"}
        self.gated = [(name, pat, cue_of[name]) for name, pat in self.patterns]  # a new pattern needs its cue
        self.postpone = frozenset(rel.get("postpone_words", []))


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> DateLexicon:
    return DateLexicon.from_file(path or DEFAULT_LEXICON)


# ---------------------------------------------------------------- calendar helpers

def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_index(y: int, m: int) -> int:
    return y * 12 + (m - 1)


def _place_day(m: int, d: int, anchor: date, tense: str | None, strict: bool) -> date | None:
    """The year for a day and month without one (see the module docstring)."""
    cands = [c for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (c := _day(y, m, d))]
    if not cands:
        return None
    before = max((c for c in cands if c <= anchor), default=None)
    after = min((c for c in cands if c >= anchor), default=None)
    if before is None or after is None:
        return before or after
    if before == after:
        return before
    db, da = (anchor - before).days, (after - anchor).days
    if tense == "past":
        return after if (not strict and da <= TOLERANCE_DAYS and da < db) else before
    if tense == "future":
        return before if (not strict and db <= TOLERANCE_DAYS and db < da) else after
    return before if db <= da else after


def _place_month(m: int, anchor: date, tense: str | None, strict: bool) -> tuple[int, int]:
    a = _month_index(anchor.year, anchor.month)
    cands = [_month_index(y, m) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    before = max(c for c in cands if c <= a)
    after = min(c for c in cands if c >= a)
    db, da = a - before, after - a
    if tense == "past":
        pick = after if (not strict and da <= TOLERANCE_MONTHS and da < db) else before
    elif tense == "future":
        pick = before if (not strict and db <= TOLERANCE_MONTHS and db < da) else after
    else:
        pick = before if db <= da else after
    return divmod(pick, 12)[0], divmod(pick, 12)[1] + 1


def _place_weekday(wd: int, anchor: date, tense: str | None, rel: str | None) -> date:
    back = (anchor.isoweekday() - wd) % 7
    fwd = (wd - anchor.isoweekday()) % 7
    if rel == "last":
        return anchor - timedelta(days=back or 7)
    if rel == "next":
        return anchor + timedelta(days=fwd or 7)
    if tense == "past":
        return anchor - timedelta(days=back)
    if tense == "future":
        return anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)


# "<this / next / last month> की <N> तारीख़": a day of that month
_DAY_OF_MONTH = re.compile("[ \u00a0]+की[ \u00a0]+([0-9]{1,2})[ \u00a0]*तारी(?:ख\u093c?|\u0959)")  # ख़ either way


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    y2, m2 = divmod(_month_index(y, m) + k, 12)
    return y2, m2 + 1


def _week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def shifted(d: date, k: int, unit: str) -> str:
    """The TIMEX value of the day, week, month or year k units from d ("दो दिन बाद", "एक सप्ताह पहले")."""
    if unit == "day":
        return (d + timedelta(days=k)).isoformat()
    if unit == "week":
        return _week_value(d + timedelta(weeks=k))
    if unit == "month":
        return "%d-%02d" % _add_months(d.year, d.month, k)
    return str(d.year + k)


# ---------------------------------------------------------------- the engine

class _Ctx:
    def __init__(self, text: str, norm: str, anchor: date | None, tense, lex: DateLexicon):
        self.text, self.norm, self.anchor, self.lex = text, norm, anchor, lex
        self._tense = tense

    def tense(self, offset: int, end: int | None = None) -> str | None:
        """The tense a date at [offset, end) follows: its clause's, unless a nonfinite verb
        right after it takes the date ("रविवार को होने वाले", "तीन मई को खत्म होने पर")."""
        clause = self._tense(offset) if callable(self._tense) else self._tense
        if end is None:
            return clause
        # A new deadline: "18 अक्तूबर तक स्थगित", "तारीख बढ़ाकर 30 जून कर दी".
        if ((self.next_word(end) == "तक" and set(self.next_words(end, 9).split()) & self.lex.postpone)
                or set(self.prev_words(offset, 3)) & self.lex.postpone):
            return "future"
        cues = load_cues()
        if cues.planned_participles and (
                self.next_word(end) in cues.planned_participles
                or (self.next_word(end) == "को" and self.next_words(end, 2).split()[-1] in cues.planned_participles)):
            return "future"  # "सोमवार को प्रस्तावित वाराणसी दौरा टल गया": proposed for the Monday ahead
        nf = nonfinite_after(self.norm, end, cues)
        if nf == "nonfinite":
            return None
        if nf == "prospective" and self.strict(end):
            return "future"
        return clause

    def next_word(self, end: int) -> str:
        m = re.match(r"\s*([^\s,।|.?!:;()]+)", self.norm[end:])
        return m.group(1) if m else ""

    def next_words(self, end: int, n: int = 2) -> str:
        return " ".join(re.findall(r"[^\s,।|.?!:;()]+", self.norm[end:end + 60])[:n])

    def prev_words(self, start: int, n: int = 2) -> list[str]:
        return re.findall(r"[^\s,।|.?!:;()]+", self.norm[max(0, start - 80):start])[-n:]

    def prev_word(self, start: int) -> str:
        m = re.search(r"([^\s,।|.?!:;()]+)\s*$", self.norm[:start])
        return m.group(1) if m else ""

    def strict(self, end: int) -> bool:
        return self.next_word(end) in STRICT_POSTPOSITIONS

    def num(self, s: str) -> int | None:
        s = s.strip()
        if s.isdigit():
            return int(s)
        return self.lex.numbers.get(s)


def _resolve_dm(ctx: _Ctx, m: int, d: int, y: int | None, at: int, end: int) -> tuple[str, float]:
    if y:
        dd = _day(y, m, d)
        return (dd.isoformat(), 0.95) if dd else ("", 0.0)
    if not (1 <= d <= 31) or _day(2000, m, d) is None:  # 2000 is a leap year: 29 Feb is valid
        return "", 0.0
    if ctx.anchor is None:
        return f"XXXX-{m:02d}-{d:02d}", 0.6
    dd = _place_day(m, d, ctx.anchor, ctx.tense(at, end), ctx.strict(end))
    return (dd.isoformat(), 0.85) if dd else ("", 0.0)


def _span(ctx: _Ctx, start: int, end: int) -> tuple[int, int, str]:
    while end > start and ctx.text[end - 1] in " ,":
        end -= 1
    return start, end, ctx.text[start:end]


def _handle(name: str, mt: re.Match, ctx: _Ctx) -> list[DateMatch]:
    lex, anchor = ctx.lex, ctx.anchor
    g = mt.groupdict()
    s, e = mt.start(), mt.end()
    out: list[DateMatch] = []

    def emit(start, end, value, gran, score, mod=None, **attrs):
        if value:
            a, b, t = _span(ctx, start, end)
            out.append(DateMatch(a, b, t, value, gran, name, score, mod, attrs))

    if name in ("iso", "numeric"):
        y = int(g["y"]) if len(g["y"]) == 4 else 2000 + int(g["y"])
        dd = _day(y, int(g["m"]), int(g["d"]))
        if dd:
            emit(s, e, dd.isoformat(), "day", 0.95)
    elif name in ("dmy", "mdy"):
        m, d = lex.months[g["m"]], ctx.num(g["d"])
        y = int(g["y"]) if g.get("y") else None
        value, score = _resolve_dm(ctx, m, d, y, s, e)
        if value and not y and g.get("wd") and anchor:
            # "11 अप्रैल शनिवार": the weekday confirms the year when one candidate agrees.
            for yy in (anchor.year, anchor.year + 1, anchor.year - 1):
                dd = _day(yy, m, d)
                if dd and dd.isoweekday() == lex.weekdays[g["wd"]] and abs((dd - anchor).days) < 200:
                    value, score = dd.isoformat(), 0.9
                    break
        emit(s, e, value, "day", score)
    elif name in ("range_dm", "range_dmdm"):
        m1 = lex.months[g.get("m") or g["m1"]]
        m2 = lex.months[g.get("m") or g["m2"]]
        d1, d2 = ctx.num(g["d1"]), ctx.num(g["d2"])
        y2 = g.get("y") or g.get("y2")
        y1 = g.get("y1") or y2
        if d1 is None or d2 is None:
            return out
        if y1:
            a, b = _day(int(y1), m1, d1), _day(int(y2), m2, d2)
        elif anchor is None:
            if _day(2000, m1, d1) and _day(2000, m2, d2):
                emit(s, e, f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", "day", 0.6, range=True)
            return out
        else:
            a = _place_day(m1, d1, anchor, ctx.tense(s, e), ctx.strict(e))
            b = _day(a.year, m2, d2) if a else None
            if a and b and b < a:
                b = _day(a.year + 1, m2, d2)
        if a and b and a <= b and (b - a).days < 370:
            emit(s, e, f"{a.isoformat()}/{b.isoformat()}", "day", 0.9, range=True)
    elif name == "list_dm":
        m = lex.months[g["m"]]
        y = int(g["y"]) if g.get("y") else None
        days_text = g["days"]
        base = mt.start("days")
        DAY = re.compile(rf"{NL}[0-9]{{1,2}}{NR}|{L}{_alt(lex.numbers)}{R}")
        last_value, _ = _resolve_dm(ctx, m, ctx.num(g["d"]), y, mt.start("d"), e)
        if not last_value:
            return out
        last_year = None if last_value.startswith("X") else int(last_value[:4])
        for dm in DAY.finditer(days_text):
            d = ctx.num(dm.group())
            if d is None:
                continue
            yy = y or last_year
            if yy:
                dd = _day(yy, m, d)
                value = dd.isoformat() if dd else ""
            else:
                value = f"XXXX-{m:02d}-{d:02d}" if _day(2000, m, d) else ""
            emit(base + dm.start(), base + dm.end(), value, "day", 0.85, list=True)
        emit(mt.start("d"), e, last_value, "day", 0.85, list=True)
    elif name == "my":
        emit(s, e, f"{int(g['y']):04d}-{lex.months[g['m']]:02d}", "month", 0.95)
    elif name == "rel_year_month":
        m = lex.months[g["m"]]
        if anchor is None:
            emit(s, e, f"XXXX-{m:02d}", "month", 0.5)
        else:
            y = anchor.year + {"last": -1, "next": 1, "this": 0}[lex.relword[g["rel"]]]
            emit(s, e, f"{y}-{m:02d}", "month", 0.9)
    elif name == "month_range":
        m1, m2 = lex.months[g["m1"]], lex.months[g["m2"]]
        if g.get("y"):  # "अक्टूबर-नवंबर 2018": the year told is the second month's
            y2 = int(g["y"])
            y1 = y2 if m1 <= m2 else y2 - 1
            emit(s, e, f"{y1}-{m1:02d}/{y2}-{m2:02d}", "month", 0.95, range=True)
        elif anchor is None:
            emit(s, e, f"XXXX-{m1:02d}/XXXX-{m2:02d}", "month", 0.5, range=True)
        else:
            y1, _ = _place_month(m1, anchor, ctx.tense(s, e), ctx.strict(e))
            y2 = y1 if m2 >= m1 else y1 + 1
            emit(s, e, f"{y1}-{m1:02d}/{y2}-{m2:02d}", "month", 0.8, range=True)
    elif name == "month":
        m = lex.months[g["m"]]
        follows = ctx.next_word(e)
        posts = lex.rel.get("month_postpositions", [])
        ok = bool(g.get("mod")) or bool(g.get("rel")) or follows in posts or bool(
            re.match(rf"\s*(?:,|{_alt(lex.rel.get('list_join', ['और']))}\s)\s*{lex.month_re.pattern}", ctx.norm[e:]))
        if not ok or ctx.prev_word(s) in lex.rel.get("month_blockers_before", []):
            return out
        mod = lex.mods.get(g["mod"].strip()) if g.get("mod") else None
        if g.get("rel") and anchor is not None:
            # "इसी मार्च", "पिछले मार्च", "अगले मार्च"
            r = lex.relword[g["rel"]]
            a = _month_index(anchor.year, anchor.month)
            cands = [_month_index(y, m) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
            pick = (max(c for c in cands if c < a) if r == "last" else min(c for c in cands if c > a)
                    if r == "next" else min(cands, key=lambda c: abs(c - a)))
            y, mm = divmod(pick, 12)
            emit(s, e, f"{y}-{mm + 1:02d}", "month", 0.8, mod)
        elif anchor is None:
            emit(s, e, f"XXXX-{m:02d}", "month", 0.5, mod)
        else:
            y, mm = _place_month(m, anchor, ctx.tense(s, e), ctx.strict(e))
            emit(s, e, f"{y}-{mm:02d}", "month", 0.8, mod)
    elif name == "year_word":
        y = int(g["y"])
        if g.get("y2"):
            if (y2 := _range_end_year(y, g["y2"])) is not None:
                emit(s, e, f"{y}/{y2}", "year", 0.9, range=True)
            return out
        emit(s, e, str(y), "year", 0.95)
    elif name == "year":
        y = int(g["y"])
        follow2 = ctx.next_words(e, 2)
        follows = ctx.next_word(e)
        if follows not in lex.rel.get("year_postpositions", []):
            return out
        if any(follow2.startswith(w) for w in lex.rel.get("count_after", [])):
            return out
        if ctx.prev_word(s) in lex.rel.get("count_before", []) or " ".join(ctx.prev_words(s, 2)).endswith(
                tuple(lex.rel.get("count_before_phrases", [])) or ("\0",)):
            return out
        if anchor and not (anchor.year - 150 <= y <= anchor.year + 30):
            return out
        if g.get("y2"):
            if (y2 := _range_end_year(y, g["y2"])) is not None:
                emit(s, e, f"{y}/{y2}", "year", 0.85, range=True)
            return out
        emit(s, e, str(y), "year", 0.85)
    elif name in ("decade", "decade_en"):
        if g.get("w"):
            y, y2 = lex.decade_words[g["w"]], None
        else:
            y, y2 = int(g["y"]), g.get("y2")
        if y < 100:
            if y % 10:
                return out
            century = 1900
            if anchor and 2000 + y <= anchor.year:
                century = 2000
            y += century
        if y % 10 or y < 1000:
            return out
        end = y + 9
        if y2:
            v2 = int(y2)
            v2 = v2 + (y // 100) * 100 if v2 < 100 else v2
            if v2 % 10 or v2 <= y:
                return out
            end = v2 + 9
        emit(s, e, f"{y}/{end}", "decade", 0.9)
    elif name == "rel_unit":
        r, unit = lex.relword[g["rel"]], lex.units[g["unit"]]
        if unit == "day":
            return out
        if re.match(r"\s*[0-9]", ctx.norm[e:]):
            return out  # "पिछले साल 2019 में": the year itself is the date
        if lex.month_re.match(ctx.norm[e:].lstrip()) and unit == "year":
            return out
        k = {"last": -1, "next": 1, "this": 0}[r]
        mod = lex.mods.get(g["mod"].strip()) if g.get("mod") else None
        if anchor is None:
            partial = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXXX"}[unit]
            emit(s, e, partial, unit, 0.5, mod)
        elif unit == "week":
            emit(s, e, _week_value(anchor + timedelta(weeks=k)), "week", 0.85, mod)
        elif unit == "month":
            y, m = _add_months(anchor.year, anchor.month, k)
            day = _DAY_OF_MONTH.match(ctx.norm, e)
            if day and _day(y, m, int(day.group(1))) is not None:
                # "इसी महीने की 11 तारीख़ को": that day of the month
                emit(s, day.end(), f"{y}-{m:02d}-{int(day.group(1)):02d}", "day", 0.85)
            else:
                emit(s, e, f"{y}-{m:02d}", "month", 0.85, mod)
        elif unit == "year":
            emit(s, e, str(anchor.year + k), "year", 0.85, mod)
        elif unit == "decade":
            dec = (anchor.year // 10) * 10 + 10 * k
            emit(s, e, f"{dec}/{dec + 9}", "decade", 0.8, mod)
    elif name == "ago":
        n = ctx.num(g["n"]) if not g["n"].startswith("डेढ") else None
        unit = lex.counted_units[g["unit"]]
        back = g["dir"] in lex.rel.get("before", [])
        prev = ctx.prev_word(s)
        tense = ctx.tense(s)
        # "लौटने के दो दिन बाद", "यात्रा से एक दिन पहले" count from another event, not the anchor;
        # so do "एक सप्ताह पहले बुकिंग होगी" (future) and "दो दिन बाद मौत हो गई" (past);
        # "N दिन बाद" counts from the anchor only in a future clause.
        k = (-n if back else n) if n is not None else 0
        if n is not None and prev in lex.rel.get("told_openers", []) and unit in ("day", "week", "month"):
            # "इससे एक दिन पहले", "उसके तीन दिन बाद": from the day told before, not from publication; the
            # dates stage counts from it (DatesStage._from_told). Without one, a date from the anchor as below.
            fallback = anchor is not None and not ((back and tense == "future") or (not back and tense != "future"))
            emit(s, e, shifted(anchor, k, unit) if fallback else "XXXX-XX-XX", unit, 0.7 if fallback else 0.5,
                 from_told=[k, unit])
            return out
        if n is None or prev in ("के", "से", "की", "का") or (back and tense == "future") or (
                not back and tense != "future") or unit == "decade":
            return out
        if anchor is None:
            partial = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit]
            emit(s, e, partial, unit, 0.5)
        elif unit in ("day", "week", "month", "year"):
            emit(s, e, shifted(anchor, k, unit), unit, 0.8 if unit == "day" else 0.7)
    elif name == "dayword":
        w = g["w"]
        off = lex.day_words[w]
        after_ch = ctx.norm[e:e + 1]
        before_ch = ctx.norm[s - 1:s] if s else ""
        nxt = ctx.next_word(e)
        # "आज-कल"/"आजकल" (nowadays), "कल-पुर्जे", "कल-कारखाने" are no dates.
        if after_ch == "-" or before_ch == "-" or nxt in lex.day_words:
            return out
        if ctx.prev_word(s) in lex.day_words:
            return out
        if off == 0:
            emit(s, e, anchor.isoformat() if anchor else "XXXX-XX-XX", "day", 0.9 if anchor else 0.5)
        else:
            tense = ctx.tense(s, e)
            sign = 1 if tense in ("future", "present") else -1
            if w in ("yesterday",):
                sign = -1
            elif w in ("tomorrow",):
                sign = 1
            value = (anchor + timedelta(days=sign * off)).isoformat() if anchor else "XXXX-XX-XX"
            emit(s, e, value, "day", 0.75 if anchor else 0.5)
    elif name == "weekday":
        if ctx.prev_word(s) in lex.rel.get("set_words", []):
            return out
        wd = lex.weekdays[g["wd"]]
        r = lex.relword.get(g["rel"]) if g.get("rel") else None
        if anchor is None:
            emit(s, e, f"XXXX-WXX-{wd}", "day", 0.5)
        else:
            emit(s, e, _place_weekday(wd, anchor, ctx.tense(s, e), r).isoformat(), "day", 0.8)
    return out


def find_dates(text: str, anchor: date | None, tense: str | None | Callable[[int], str | None] = None,
               lexicon: DateLexicon | None = None) -> list[DateMatch]:
    """Every date expression in ``text`` with its normalised value.

    ``tense`` is the sentence's tense ('past', 'future', 'present' or None), or a
    function from an offset of ``text`` to the tense of the clause there
    (``pipeline.hindi.tense.tense_at``). Matches never overlap; the longest wins.
    """
    lex = lexicon or load_lexicon()
    if isinstance(anchor, str):
        anchor = date.fromisoformat(anchor[:10])
    # Same length: offsets are kept.
    norm = text.translate(_DEVANAGARI_DIGITS) if _HAS_DEVANAGARI_DIGIT.search(text) else text
    present = [name for name, cue in lex.cues.items() if cue.search(norm)]
    if not present:
        return []
    ctx = _Ctx(text, norm, anchor, tense, lex)
    cands: list[tuple[int, int, int, str, re.Match]] = []
    for prio, (name, pat, cue) in enumerate(lex.gated):
        if cue not in present:
            continue
        for mt in pat.finditer(norm):
            if mt.end() > mt.start():
                cands.append((mt.start(), mt.end(), prio, name, mt))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[DateMatch] = []
    for s, e, _, name, mt in cands:
        if any(s < b and a < e for a, b in taken):
            continue
        found = _handle(name, mt, ctx)
        if found:
            taken.append((s, e))
            out.extend(found)
    out.sort(key=lambda m: m.start)
    return out


def _range_end_year(y: int, y2_text: str) -> int | None:
    """The end of a year range "2019-20" / "2019-2020", or None when it is no plausible range."""
    y2 = int(y2_text) if len(y2_text) == 4 else (y // 100) * 100 + int(y2_text)
    return y2 if y < y2 <= y + 20 else None
