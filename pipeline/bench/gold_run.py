"""Run the pipeline on a folder written for scoring (OUT/input, OUT/gold) and print the scorer's summary lines:
the step pipeline.bench.undated and pipeline.bench.real_text share."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_and_score(out: Path, score: Path | None, lines: tuple[str, ...]) -> None:
    """`python -m pipeline run OUT/input -o OUT/output`, then, given score.py, its lines starting with `lines`."""
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(out / "input"), "-o", str(out / "output"), "--quiet"],
                   cwd=REPO, check=True)
    if score:
        scored = subprocess.run([sys.executable, str(score), str(out / "gold"), str(out / "output")],
                                capture_output=True, text=True, check=True).stdout
        print("\n".join(line for line in scored.splitlines() if line.startswith(lines)))
