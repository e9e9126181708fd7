"""The BBC-style event probe runs the whole pipeline on its real case table (the trained NER model
included) and prints its score."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.bench import event_probe
from pipeline.bench.event_probe import Case, load_cases, right


def _event(etype, status, *names):
    return SimpleNamespace(type=etype, status=status, actor=[{"canonical": n} for n in names], target=[])


def test_the_scoring_rule():
    case = Case("x", "VISIT", ["Chuck Hagel", "Kabul"], ["occurred"], "")
    assert right(case, [_event("VISIT", "occurred", "Kabul")])
    assert not right(case, [_event("VISIT", "planned", "Kabul")])
    assert not right(case, [_event("MEETING", "occurred", "Kabul")])
    assert right(Case("y", "NONE", [], [], ""), []) and not right(Case("y", "NONE", [], [], ""), [_event("VISIT", "")])


def test_the_table_covers_every_type():
    cases = load_cases()
    assert len(cases) == 100 and len({c.id for c in cases}) == 100
    assert {c.type for c in cases} == {"VISIT", "MEETING", "AGREEMENT", "NONE"}


def test_main_prints_the_score_and_no_false_event(capsys):
    assert event_probe.main([]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    right_cases = int(last.split()[0])
    assert right_cases >= 88, last  # 92 on 2026-12-04
    assert "NONE 10/10" in last


# (table, floor, look-alikes that must stay right): each was written by a helper session that saw
# neither the pipeline nor the other tables. First runs: table 2 91 of 120, table 3 82, table 4 80 (two of
# its look-alikes, a cricket tour and a book of conversations, are still taken for events), table 5 98
# (95 with the morning's code), table 6 103 (98). Figures of 2026-12-04: 114, 105, 100, 111, 106.
TABLES = [("bbc_style_event_cases_2.tsv", 107, 15), ("bbc_style_event_cases_3.tsv", 98, 15),
          ("bbc_style_event_cases_4.tsv", 94, 13), ("bbc_style_event_cases_5.tsv", 106, 15),
          ("bbc_style_event_cases_6.tsv", 102, 15)]


@pytest.mark.parametrize("table, floor, none_right", TABLES, ids=[t[0] for t in TABLES])
def test_the_blind_tables_score_and_keep_their_look_alikes(capsys, table, floor, none_right):
    assert event_probe.main(["--cases", str(event_probe.DEFAULT_CASES.with_name(table))]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert int(last.split()[0]) >= floor, last
    assert int(last.split("NONE ")[1].split("/")[0]) >= none_right, last
