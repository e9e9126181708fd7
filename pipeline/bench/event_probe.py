"""The event stages on sentences written in BBC Hindi's style (tests/hindi/bbc_style_event_cases.tsv).

    python -m pipeline.bench.event_probe [--cases FILE] [--config configs/default.toml] [--misses]

The held-out articles the project is scored on are BBC Hindi of 2012-2014, international politics;
the raw corpora at hand are 2020 newspapers and BBC sport and entertainment. This table of 100
sentences (visits, meetings, agreements, and words that look like triggers but are no event) checks
the language of the held-out set. A case is right when an event of its type names one of the expected
participants (a loose match on canonical names) with an accepted status, or, for NONE, when no event is
found. Every sentence runs alone through the whole pipeline, published 2013-11-25.
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..core.builder import build
from ..core.config import load_config
from ..core.document import Document

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CASES = REPO / "tests" / "hindi" / "bbc_style_event_cases.tsv"
PUBLISHED = "2013-11-25"


@dataclass
class Case:
    id: str
    type: str
    participants: list[str]
    statuses: list[str]
    sentence: str


def load_cases(path: str | Path = DEFAULT_CASES) -> list[Case]:
    lines = [l for l in Path(path).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    split = lambda cell, sep: [] if cell.strip() in ("", "-") else [c.strip() for c in cell.split(sep) if c.strip()]
    return [Case(r["id"], r["type"], split(r["participants"], ";"), split(r["status"], "|"), r["sentence"])
            for r in csv.DictReader(lines, delimiter="\t")]


def _named(event, names: list[str]) -> bool:
    wanted = [n.lower() for n in names]
    have = [(p.get("canonical") or p.get("text") or "").lower() for p in event.actor + event.target]
    return any(w in h or h in w for w in wanted for h in have if h)


def right(case: Case, events) -> bool:
    if case.type == "NONE":
        return not events
    return any(e.type == case.type and _named(e, case.participants)
               and (not case.statuses or e.status in case.statuses) for e in events)


def run(cases: list[Case], config: str | Path) -> list[tuple[Case, bool, list]]:
    pipe = build(load_config(config), writers=False)
    out = []
    for case in cases:
        doc = pipe(Document(doc_id=case.id, text=case.sentence, published=PUBLISHED))
        out.append((case, right(case, doc.events), doc.events))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default=str(DEFAULT_CASES))
    ap.add_argument("--config", default=str(REPO / "configs" / "default.toml"))
    ap.add_argument("--misses", action="store_true", help="print every case that is not right")
    args = ap.parse_args(argv)
    results = run(load_cases(args.cases), args.config)
    total, good = Counter(), Counter()
    for case, ok, events in results:
        total[case.type] += 1
        good[case.type] += ok
        if args.misses and not ok:
            found = [(e.type, [p["canonical"] for p in e.actor], [p["canonical"] for p in e.target], e.status)
                     for e in events]
            print(f"{case.id} {case.type} {'; '.join(case.participants)} {'|'.join(case.statuses)}: {case.sentence}")
            print(f"    found {found}")
    by_type = ", ".join(f"{t} {good[t]}/{total[t]}" for t in ("VISIT", "MEETING", "AGREEMENT", "NONE") if total[t])
    print(f"{sum(good.values())} of {sum(total.values())} right ({by_type})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
