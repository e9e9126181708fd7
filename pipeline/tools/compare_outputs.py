"""Compare two output folders of `hindi-events run`: are they the same, file by file?

Every file is compared byte for byte, except run.json, whose timings, memory figures and paths
(the output folder, the config file's location) differ from run to run: those keys are dropped
before comparing. For each text file that differs, the first differing lines are shown.

Run:  python -m pipeline.tools.compare_outputs DIR_A DIR_B [--lines N]
Exit status: 0 same, 1 different, 2 a folder is missing.
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

# run.json keys that say how long or where a run went, not what it produced.
VOLATILE_RUN_KEYS = frozenset({"outdir", "config_path", "seconds", "startup_seconds", "stage_seconds",
                               "cpu_seconds", "worker_peak_rss_mb"})


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def _run_json(path: Path) -> bytes:
    data = json.loads(path.read_text(encoding="utf-8"))
    kept = {k: v for k, v in data.items() if k not in VOLATILE_RUN_KEYS}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _content(path: Path) -> bytes:
    return _run_json(path) if path.name == "run.json" else path.read_bytes()


def compare(a: Path, b: Path, lines: int = 6) -> list[str]:
    """Differences between output folders a and b, one report line each (empty: the same)."""
    fa, fb = _files(a), _files(b)
    report = [f"only in {a}: {name}" for name in sorted(fa - fb)]
    report += [f"only in {b}: {name}" for name in sorted(fb - fa)]
    for name in sorted(fa & fb):
        x, y = _content(a / name), _content(b / name)
        if x == y:
            continue
        report.append(f"differs: {name}")
        try:
            diff = difflib.unified_diff(x.decode("utf-8").splitlines(), y.decode("utf-8").splitlines(),
                                        str(a / name), str(b / name), lineterm="", n=0)
            report += ["    " + d[:200] for d in list(diff)[:lines + 2]]
        except UnicodeDecodeError:
            report.append("    (binary)")
    return report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pipeline.tools.compare_outputs", description=__doc__.split("\n")[0])
    p.add_argument("dir_a", type=Path)
    p.add_argument("dir_b", type=Path)
    p.add_argument("--lines", type=int, default=6, help="diff lines shown per differing file (default 6)")
    args = p.parse_args(argv)
    for d in (args.dir_a, args.dir_b):
        if not d.is_dir():
            print(f"error: {d} is not a folder", file=sys.stderr)
            return 2
    report = compare(args.dir_a, args.dir_b, args.lines)
    n = len(_files(args.dir_a) | _files(args.dir_b))
    for line in report:
        print(line)
    print(f"{args.dir_a} vs {args.dir_b}: " + ("same" if not report else "DIFFERENT") + f" ({n} files)")
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main())
