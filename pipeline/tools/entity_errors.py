"""Entity errors of a run against gold files, counted by label and kind.

    python -m pipeline.tools.entity_errors GOLD_DIR OUTPUT_DIR [--examples 3]

Matching is the scorer's (eval/score.py): per document, a system (label, canonical) matches a
gold entity of the label whose name or aliases share a folded key with the canonical or a
surface. Each miss (FN) and false entity (FP) is then given one kind, the first that applies:

- label: the text is found, under another label (FN), or is a gold entity of another label (FP);
- boundary: a system span of the label and a gold alias overlap as text, one inside the other
  ("राष्ट्रपति पुतिन" / "पुतिन"), but are not the same;
- spelling (FN): the knowledge base knows the entity under another spelling of the same
  consonant skeleton (gazetteer.skeleton: vowel signs, nasals, spacing), not this one;
- missing from KB (FN): no gazetteer alias names it, and the model did not find it either;
- in KB, not found (FN): the gazetteer knows the alias, yet the run has no such entity (a rule
  dropped it, or tokens split it otherwise);
- spurious (FP): none of the above: a span that names nothing the gold names.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ..hindi.gazetteer import skeleton
from ..hindi.normalise import fold_nukta as fold  # the scorer's key
from ..stages.ner_gazetteer import load_gazetteer

REPO = Path(__file__).resolve().parents[2]
LABELS = ("PER", "ORG", "LOC")
FN_KINDS = ("label", "boundary", "spelling", "missing from KB", "in KB, not found")
FP_KINDS = ("label", "boundary", "spurious")


def read_gold(folder: Path) -> dict[str, dict[str, tuple[str, set[str]]]]:
    out = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        ents = {}
        for label, items in data.get("entities", {}).items():
            for item in items:
                ents[item["name"]] = (label, {fold(item["name"])} | {fold(a) for a in item.get("aliases", [])},
                                      list(item.get("aliases", [])))
        out[data["doc_id"]] = ents
    return out


def read_system(folder: Path) -> dict[str, dict[tuple[str, str], set[str]]]:
    out: dict = defaultdict(lambda: defaultdict(set))
    with (folder / "entities.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["label"] in LABELS:
                out[row["doc_id"]][(row["label"], row["canonical"] or row["text"])].add(row["text"])
    return out


def _overlap(a: str, b: str) -> bool:
    return a != b and bool(a) and bool(b) and (a in b or b in a)


def classify(gold_dir: Path, out_dir: Path, gaz) -> tuple[Counter, dict]:
    gold, system = read_gold(gold_dir), read_system(out_dir)
    skeletons: dict[str, set[str]] = defaultdict(set)  # skeleton -> labels the KB knows it under
    for key, entry in gaz.index.items():
        skeletons[skeleton(" ".join(key))].add(entry.label)
    counts: Counter = Counter()
    examples: dict = defaultdict(list)
    for doc_id, gold_ents in gold.items():
        sys_ents = system.get(doc_id, {})
        matched: set[str] = set()
        for label in LABELS:
            names = {n for n, (l, _, _) in gold_ents.items() if l == label}
            for (sl, canonical), surfaces in sys_ents.items():
                if sl != label:
                    continue
                keys = {fold(canonical)} | {fold(s) for s in surfaces}
                hit = next((n for n in names - matched if keys & gold_ents[n][1]), None)
                if hit is not None:
                    matched.add(hit)
                    continue
                if any(keys & k for n, (l, k, _) in gold_ents.items() if l != label):
                    kind = "label"
                elif any(_overlap(s, a) for s in map(fold, surfaces) for n in names for a in gold_ents[n][1]):
                    kind = "boundary"
                else:
                    kind = "spurious"
                counts[("FP", label, kind)] += 1
                examples[("FP", label, kind)].append(f"{canonical} {sorted(surfaces)[:2]}")
        for name, (label, keys, aliases) in gold_ents.items():
            if name in matched:
                continue
            surfaces_by_label = defaultdict(set)
            for (sl, canonical), surfaces in sys_ents.items():
                surfaces_by_label[sl] |= {fold(canonical)} | {fold(s) for s in surfaces}
            if any(keys & surfaces_by_label[other] for other in LABELS if other != label):
                kind = "label"
            elif any(_overlap(s, a) for s in surfaces_by_label[label] for a in keys):
                kind = "boundary"
            elif any(gaz.lookup(a) is not None for a in aliases):
                kind = "in KB, not found"
            elif any(label in skeletons.get(skeleton(a), ()) for a in aliases):
                kind = "spelling"
            else:
                kind = "missing from KB"
            counts[("FN", label, kind)] += 1
            examples[("FN", label, kind)].append(f"{name} {aliases[:2]}")
    return counts, examples


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("output", type=Path)
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args(argv)
    gaz = load_gazetteer(REPO / "configs" / "gazetteers")
    counts, examples = classify(args.gold, args.output, gaz)
    print("| | " + " | ".join(LABELS) + " | all |")
    print("|---|" + "---|" * (len(LABELS) + 1))
    for side, kinds in (("FN", FN_KINDS), ("FP", FP_KINDS)):
        for kind in kinds:
            row = [counts[(side, label, kind)] for label in LABELS]
            print(f"| {side} {kind} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    if args.examples:
        for (side, label, kind), items in sorted(examples.items()):
            print(f"{side} {label} {kind}: " + "; ".join(items[:args.examples]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
