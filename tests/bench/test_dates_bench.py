"""The dates benchmark runs both systems on the real case table and prints comparable figures."""
from __future__ import annotations

from datetime import date

from pipeline.bench import dates_bench
from pipeline.bench.dates_bench import inside, interval


def test_interval_and_scorer_rule():
    assert interval("2020-04") == (date(2020, 4, 1), date(2020, 4, 30))
    assert interval("2025-W47") == (date(2025, 11, 17), date(2025, 11, 23))
    assert interval("1950/1969") == (date(1950, 1, 1), date(1969, 12, 31))
    assert interval("XXXX-12-04") is None
    assert inside("2025-12-04", "2025-12-04/2025-12-05") and inside("2025-12-05", "2025-12")
    assert not inside("2025-12", "2025-12-04") and not inside("2025-11-30", "2025-12")


def test_main_prints_both_systems(capsys):
    assert dates_bench.main([]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.startswith(("ours", "dateparser"))}
    assert set(rows) == {"ours", "dateparser"}
    ours_acc = float(rows["ours"][3].rstrip("%"))
    assert ours_acc >= 95.0 and rows["ours"][5] == "0"  # accuracy, false dates
