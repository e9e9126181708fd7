"""The BBC-style event probe runs the whole pipeline on its real case table (the trained NER model
included) and prints its score."""
from __future__ import annotations

from types import SimpleNamespace

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


def test_the_fresh_table_scores_and_no_false_event(capsys):
    # Written by a session that saw neither the pipeline nor the first table: 91 of 120 on its first run.
    assert event_probe.main(["--cases", str(event_probe.DEFAULT_CASES.with_name("bbc_style_event_cases_2.tsv"))]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert int(last.split()[0]) >= 107, last  # 112 on 2026-12-04
    assert "NONE 15/15" in last


def test_the_third_table_scores_and_no_false_event(capsys):
    # Written by a third session on other stories: 82 of 120 on its first run.
    assert event_probe.main(["--cases", str(event_probe.DEFAULT_CASES.with_name("bbc_style_event_cases_3.tsv"))]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert int(last.split()[0]) >= 98, last  # 103 on 2026-12-04
    assert "NONE 15/15" in last


def test_the_fourth_table_scores(capsys):
    # Written by a fourth session, heavier on visits (45 of 120): 80 of 120 on its first run. Two of its
    # look-alikes are still taken for events (a cricket tour, a book of conversations), so the floor is
    # on the look-alikes too, not a clean sheet.
    assert event_probe.main(["--cases", str(event_probe.DEFAULT_CASES.with_name("bbc_style_event_cases_4.tsv"))]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert int(last.split()[0]) >= 94, last  # 99 on 2026-12-04 (90 before the knowledge-base additions)
    assert int(last.split("NONE ")[1].split("/")[0]) >= 13, last


def test_the_fifth_table_scores_and_no_false_event(capsys):
    # Written by a fifth session on other stories: 98 of 120 on its first run (95 with the morning's code).
    assert event_probe.main(["--cases", str(event_probe.DEFAULT_CASES.with_name("bbc_style_event_cases_5.tsv"))]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert int(last.split()[0]) >= 106, last  # 111 on 2026-12-04
    assert "NONE 15/15" in last


def test_the_sixth_table_scores_and_no_false_event(capsys):
    # Written by a sixth session at the end of the day: 103 of 120 on its first run (98 with the morning's code).
    assert event_probe.main(["--cases", str(event_probe.DEFAULT_CASES.with_name("bbc_style_event_cases_6.tsv"))]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert int(last.split()[0]) >= 102, last  # 106 on 2026-12-04
    assert "NONE 15/15" in last
