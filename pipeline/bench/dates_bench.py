"""Compare the date engine (pipeline/hindi/dates.py) with dateparser on a table of cases.

    python -m pipeline.bench.dates_bench [--cases tests/hindi/date_cases.tsv]

Both systems see the same sentences and anchors. Reported per system: exact-value
accuracy (a case is right when the set of values found equals the expected set),
false dates (values found where the table expects none, or beyond the expected ones),
misses, and speed in sentences per second.
"""
from __future__ import annotations

import argparse
import csv
import time
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..hindi.dates import find_dates, load_lexicon
from ..hindi.tense import sentence_tense, tense_at

DEFAULT_CASES = Path(__file__).resolve().parents[2] / "tests" / "hindi" / "date_cases.tsv"


@dataclass
class Case:
    sentence: str
    anchor: date | None
    texts: list[str]
    values: list[str]
    source: str = ""
    note: str = ""

    @property
    def hard(self) -> bool:
        return self.note.startswith("hard")


def _split(cell: str) -> list[str]:
    cell = cell.strip()
    return [] if cell in ("", "-") else [c.strip() for c in cell.split(" | ")]


def load_cases(path: str | Path = DEFAULT_CASES) -> list[Case]:
    lines = [l for l in Path(path).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    out = []
    for row in rows:
        anchor = row["anchor"].strip()
        out.append(Case(row["sentence"], date.fromisoformat(anchor) if anchor not in ("", "-") else None,
                        _split(row["text"]), _split(row["value"]), row.get("source", ""), row.get("note", "") or ""))
    return out


def ours(case: Case) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(case.sentence, case.anchor, tense_at(case.sentence))]


def _dateparser_fn():
    from dateparser.search import search_dates

    def run(case: Case) -> list[tuple[str, str]]:
        settings = {"RETURN_AS_TIMEZONE_AWARE": False}
        if case.anchor:
            settings["RELATIVE_BASE"] = datetime(case.anchor.year, case.anchor.month, case.anchor.day)
        tense = sentence_tense(case.sentence)
        if tense == "past":
            settings["PREFER_DATES_FROM"] = "past"
        elif tense == "future":
            settings["PREFER_DATES_FROM"] = "future"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = search_dates(case.sentence, languages=["hi", "en"], settings=settings) or []
            except Exception:  # dateparser raises on some inputs; count as nothing found
                found = []
        return [(text, dt.date().isoformat()) for text, dt in found]

    return run


def interval(value: str) -> tuple[date, date] | None:
    """The days a TIMEX-style value covers ('2020-04' → 1..30 April), None for partial values."""
    if "X" in value:
        return None
    if "/" in value:
        a, b = (interval(v) for v in value.split("/", 1))
        return (a[0], b[1]) if a and b else None
    try:
        if "-W" in value:
            y, w = value.split("-W")
            start = date.fromisocalendar(int(y), int(w), 1)
            return start, date.fromisocalendar(int(y), int(w), 7)
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            d = date(*parts)
            return d, d
        if len(parts) == 2:
            y, m = parts
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None


def inside(got: str, gold: str) -> bool:
    """The scorer's rule: equal, or the system value lies inside the gold interval."""
    if got == gold:
        return True
    a, b = interval(got), interval(gold)
    return bool(a and b and b[0] <= a[0] and a[1] <= b[1])


def score(cases: list[Case], fn) -> dict:
    exact = false = missed = lenient = 0
    t0 = time.perf_counter()
    results = [fn(c) for c in cases]
    elapsed = time.perf_counter() - t0
    wrong = []
    for c, got in zip(cases, results):
        values = [v for _, v in got]
        if sorted(values) == sorted(c.values):
            exact += 1
        else:
            wrong.append((c, got))
        if len(values) == len(c.values) and all(any(inside(v, g) for v in values) for g in c.values):
            lenient += 1
        remaining = list(c.values)
        for v in values:
            if v in remaining:
                remaining.remove(v)
            elif not c.values or len(values) > len(c.values):
                false += 1
        missed += len(remaining)
    n = len(cases)
    return {"cases": n, "exact": exact, "accuracy": exact / n if n else 0.0,
            "within": lenient / n if n else 0.0, "false_dates": false,
            "missed": missed, "sentences_per_s": n / elapsed if elapsed else float("inf"), "wrong": wrong}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default=str(DEFAULT_CASES))
    ap.add_argument("--no-dateparser", action="store_true")
    ap.add_argument("--show", action="store_true", help="print the cases each system got wrong")
    args = ap.parse_args(argv)
    cases = load_cases(args.cases)
    load_lexicon()  # load once, outside the timing
    systems = [("ours", ours)]
    if not args.no_dateparser:
        systems.append(("dateparser", _dateparser_fn()))
        systems[-1][1](cases[0])  # warm up its language data outside the timing
    print("exact: the values found equal the expected ones; within: as many values, each inside an expected")
    print("interval (the scorer's rule); false: dates where none or no more are expected.")
    print(f"{'system':12} {'cases':>5} {'exact':>6} {'accuracy':>9} {'within':>7} {'false':>6} {'missed':>7} {'sent/s':>9}")
    reports = {}
    for name, fn in systems:
        r = score(cases, fn)
        reports[name] = r
        print(f"{name:12} {r['cases']:5d} {r['exact']:6d} {r['accuracy']:9.1%} {r['within']:7.1%} {r['false_dates']:6d} "
              f"{r['missed']:7d} {r['sentences_per_s']:9.0f}")
    if args.show:
        for name, r in reports.items():
            print(f"\n## {name}: wrong cases")
            for c, got in r["wrong"]:
                print(f"  [{c.anchor}] {c.sentence[:90]}\n     want {list(zip(c.texts, c.values))}\n     got  {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
