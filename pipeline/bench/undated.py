"""The blind articles run as BBC Hindi's copy comes: without a publication date.

    python -m pipeline.bench.undated [SETS] [--years 2012 2013 2014] [--out DIR] [--score ../shared/eval/score.py]

The held-out BBC Hindi articles (2012-2014) carry no date, while every blind article with gold in
tests/hindi/blind_articles has one. This copies the articles of the given years without their date (and their gold)
to DIR, runs the pipeline on them and, given the scorer, prints its event lines. Dates are not comparable this way
(the gold resolved "मंगलवार" against the publication date), but events, participants and status are.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from .gold_run import run_and_score

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SETS = REPO / "tests" / "hindi" / "blind_articles"


def write_undated(sets: Path, years: set[str], out: Path) -> int:
    """OUT/input/articles.jsonl (no "published") and OUT/gold for the articles published in `years`; their count."""
    (out / "input").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    n = 0
    with (out / "input" / "articles.jsonl").open("w", encoding="utf-8") as dst:
        for folder in sorted(sets.glob("set*")):
            for line in (folder / "input" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if (record.get("published") or "")[:4] not in years:
                    continue
                record.pop("published", None)
                dst.write(json.dumps(record, ensure_ascii=False) + "\n")
                for suffix in (".json", ".txt"):
                    shutil.copy(folder / "gold" / f"{record['id']}{suffix}", out / "gold")
                n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="?", type=Path, default=DEFAULT_SETS, help="folder of set*/input and set*/gold")
    ap.add_argument("--years", nargs="+", default=["2012", "2013", "2014"])
    ap.add_argument("--out", type=Path, default=None, help="where to write (default: a temporary folder)")
    ap.add_argument("--score", type=Path, default=None, help="path to score.py, to print its event lines")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hindi-events-undated-") as tmp:
        out = args.out or Path(tmp)
        n = write_undated(args.sets, set(args.years), out)
        print(f"{n} articles of {', '.join(args.years)} without their publication date in {out}")
        run_and_score(out, args.score, ("events", "participants", "status"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
