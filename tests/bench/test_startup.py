"""The start-up benchmark runs the real CLI twice (empty cache, then cached) and reports both."""
import json
import subprocess
import sys

from tests.conftest import REPO


def test_startup_bench_reports_cold_and_cached_runs():
    done = subprocess.run([sys.executable, "-m", "pipeline.bench.startup", "--runs", "1", "--json"],
                          cwd=REPO, capture_output=True, text=True, check=True, timeout=600)
    result = json.loads(done.stdout)
    assert result["cold_cpu"] > 0 and result["cpu"] > 0 and result["wall"] > 0
    assert result["target"] == 1.5 and result["file"].endswith(".txt")
