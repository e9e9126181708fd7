"""Entities on sentences written in BBC Hindi's style (tests/hindi/bbc_style_entity_cases.tsv).

    python -m pipeline.bench.entity_probe [--cases FILE] [--config configs/default.toml] [--misses]

The held-out articles the project is scored on are BBC Hindi of 2012-2014, international politics,
a world the raw corpora at hand (2020 Indian newspapers, BBC sport and entertainment) hardly show.
This table of sentences, each with its named entities (label, English canonical name, the Hindi words
that name it), checks the recogniser and the knowledge base on that world. Matching is the scorer's
(../shared/eval/score.py): a found entity matches a gold one of its label when its canonical name or
its text, folded, equals the gold canonical name or the gold Hindi form. Every sentence runs alone
through the whole pipeline, published 2013-11-25. Prints precision, recall and F1 by label.
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
from ..hindi.normalise import fold

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CASES = REPO / "tests" / "hindi" / "bbc_style_entity_cases.tsv"
PUBLISHED = "2013-11-25"
LABELS = ("PER", "ORG", "LOC")


@dataclass
class Gold:
    label: str
    canonical: str
    surface: str

    @property
    def keys(self) -> set[str]:
        return {fold(self.canonical).lower(), fold(self.surface).lower()}


@dataclass
class Case:
    id: str
    entities: list[Gold]
    sentence: str


def _gold(cell: str) -> Gold:
    label, _, rest = cell.strip().partition(":")
    canonical, _, surface = rest.partition("=")
    return Gold(label.strip(), canonical.strip(), surface.strip())


def load_cases(path: str | Path = DEFAULT_CASES) -> list[Case]:
    lines = [l for l in Path(path).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    return [Case(r["id"], [_gold(c) for c in r["entities"].split(";") if c.strip()], r["sentence"])
            for r in csv.DictReader(lines, delimiter="\t")]


def _keys(entity) -> set[str]:
    return {fold(entity.canonical or "").lower(), fold(entity.text).lower()} - {""}


def score(case: Case, entities) -> tuple[Counter, list[str]]:
    """(tp/fp/fn counts by label, what went wrong) for one sentence."""
    counts: Counter = Counter()
    notes = []
    found = [e for e in entities if e.label in LABELS]
    matched: set[int] = set()
    for g in case.entities:
        hit = next((n for n, e in enumerate(found) if n not in matched and e.label == g.label and _keys(e) & g.keys), None)
        if hit is None:
            counts[(g.label, "fn")] += 1
            other = next((e for e in found if _keys(e) & g.keys), None)
            notes.append(f"FN {g.label}:{g.canonical}={g.surface}" + (f" (found as {other.label})" if other else ""))
        else:
            matched.add(hit)
            counts[(g.label, "tp")] += 1
    for n, e in enumerate(found):
        if n not in matched:
            counts[(e.label, "fp")] += 1
            notes.append(f"FP {e.label}:{e.canonical or '-'}={e.text}")
    return counts, notes


def run(cases: list[Case], config: str | Path):
    pipe = build(load_config(config), writers=False)
    for case in cases:
        doc = pipe(Document(doc_id=case.id, text=case.sentence, published=PUBLISHED))
        yield case, *score(case, doc.entities)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default=str(DEFAULT_CASES))
    ap.add_argument("--config", default=str(REPO / "configs" / "default.toml"))
    ap.add_argument("--misses", action="store_true", help="print every sentence's misses")
    args = ap.parse_args(argv)
    total: Counter = Counter()
    for case, counts, notes in run(load_cases(args.cases), args.config):
        total.update(counts)
        if args.misses and notes:
            print(f"{case.id}: {case.sentence}")
            for note in notes:
                print(f"    {note}")
    for label in (*LABELS, "all"):
        pick = LABELS if label == "all" else (label,)
        tp, fp, fn = (sum(total[(l, k)] for l in pick) for k in ("tp", "fp", "fn"))
        p, r, f = prf(tp, fp, fn)
        print(f"entities  {label:<4} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp} fp {fp} fn {fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
