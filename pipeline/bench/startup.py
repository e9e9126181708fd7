"""Start-up of a one-document run: `python -m pipeline.bench.startup [FILE] [--runs 5]`.

Runs `python -m pipeline run FILE -o TMP --quiet` in fresh processes, as a user does, and
prints the wall-clock and CPU seconds (user + system) of each: the first with an empty index
cache (the gazetteer built from the tables, then cached), the others with the cache. Target
(issue 14): at most 1.5 s for a run with the cache. CPU seconds are the fairer figure on a
shared machine; wall seconds are what a user waits.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_FILE = REPO / "seeds" / "000_a3f71ad3c41c7043.txt"
TARGET_SECONDS = 1.5


def _one_run(path: Path, out: Path, env: dict) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(path), "-o", str(out), "--quiet"],
                   cwd=REPO, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    ap.add_argument("--runs", type=int, default=5, help="runs with the cache (after one without)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.file.is_file():
        raise SystemExit(f"no such file: {args.file}")
    with tempfile.TemporaryDirectory(prefix="hindi-events-startup-") as tmp:
        env = dict(os.environ, HINDI_EVENTS_CACHE=str(Path(tmp) / "cache"))
        cold = _one_run(args.file, Path(tmp) / "out", env)
        warm = [_one_run(args.file, Path(tmp) / "out", env) for _ in range(max(args.runs, 1))]
    result = {"file": str(args.file), "cold_wall": round(cold[0], 3), "cold_cpu": round(cold[1], 3),
              "wall": round(statistics.median(w for w, _ in warm), 3),
              "cpu": round(statistics.median(c for _, c in warm), 3), "target": TARGET_SECONDS}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"one-document run, empty cache: {result['cold_wall']} s wall, {result['cold_cpu']} s CPU")
        print(f"one-document run, median of {len(warm)} with the cache: {result['wall']} s wall, "
              f"{result['cpu']} s CPU (target <= {TARGET_SECONDS} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
