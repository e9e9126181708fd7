"""The date engine on a table of real sentences (tests/hindi/date_cases.tsv) and on the rules
the issue names: year placement by tense, ranges, lists, decades, relative dates, partial values."""
from __future__ import annotations

import re
from datetime import date

import pytest

from pipeline.bench.dates_bench import load_cases, score
from pipeline.hindi.dates import DEFAULT_LEXICON, DateLexicon, find_dates, load_lexicon
from pipeline.hindi.tense import tense_at

CASES = load_cases()
TIMEX = re.compile(r"^(?:[0-9X]{4}(?:-[0-9X]{2}(?:-[0-9X]{2})?|-W[0-9X]{2}(?:-[1-7])?)?)(?:/[0-9X]{4}(?:-[0-9X]{2}(?:-[0-9X]{2})?|-W[0-9X]{2})?)?$")


def run(sentence, anchor, tense="clause"):
    a = date.fromisoformat(anchor) if isinstance(anchor, str) else anchor
    t = tense_at(sentence) if tense == "clause" else tense
    return [(m.text, m.value) for m in find_dates(sentence, a, t)]


def test_table_is_big_and_well_formed():
    assert len(CASES) >= 80
    real = [c for c in CASES if c.source.startswith(("dev/", "seeds/", "news-2020"))]
    assert len(real) > len(CASES) * 0.8
    for c in CASES:
        assert len(c.texts) == len(c.values), c.sentence
        assert all(TIMEX.match(v) for v in c.values), c.values
        assert all(t in c.sentence for t in c.texts), (c.texts, c.sentence)


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_case(case):
    if case.hard:
        pytest.xfail(case.note)
    assert run(case.sentence, case.anchor) == list(zip(case.texts, case.values))


def test_table_accuracy_and_no_false_dates():
    r = score(CASES, lambda c: run(c.sentence, c.anchor))
    assert r["accuracy"] >= 0.95, r["wrong"]
    assert r["false_dates"] == 0


@pytest.mark.parametrize("tense,value", [("future", "2026-01-05"), (None, "2026-01-05"), ("past", "2025-01-05")])
def test_day_month_placed_by_tense_across_year_end(tense, value):
    assert run("बैठक 5 जनवरी को", "2025-11-30", tense) == [("5 जनवरी", value)]


def test_past_and_future_around_the_anchor():
    assert run("बैठक 20 नवंबर को हुई थी", "2025-11-11") == [("20 नवंबर", "2024-11-20")]
    assert run("बैठक 5 नवंबर को होगी", "2025-11-11") == [("5 नवंबर", "2026-11-05")]
    # A deadline with तक after a past verb still lies ahead ("extended until").
    assert run("लॉकडाउन 3 मई तक बढ़ा दिया गया था", "2020-04-14") == [("3 मई", "2020-05-03")]


@pytest.mark.parametrize("sentence,anchor,value", [
    ("मोदी ने सोमवार को कहा", "2025-11-11", "2025-11-10"),      # Tuesday anchor: the day before
    ("मोदी ने सोमवार को कहा", "2020-04-27", "2020-04-27"),      # the anchor is a Monday: same day
    ("मोदी सोमवार को जाएंगे", "2025-11-11", "2025-11-17"),      # future: the next Monday
    ("पिछले सोमवार को बैठक हुई", "2020-04-27", "2020-04-20"),
    ("अगले सोमवार को बैठक होगी", "2020-04-27", "2020-05-04"),
])
def test_weekdays(sentence, anchor, value):
    assert [v for _, v in run(sentence, anchor)] == [value]


def test_relative_units_and_iso_weeks():
    got = run("पिछले हफ्ते, इस सप्ताह, अगले सप्ताह, पिछले महीने, अगले साल, इस साल के अंत", "2025-11-11", None)
    assert [v for _, v in got] == ["2025-W45", "2025-W46", "2025-W47", "2025-10", "2026", "2025"]
    assert run("दो दिन पहले हादसा हुआ था", "2025-01-01") == [("दो दिन पहले", "2024-12-30")]


def test_no_anchor_gives_partial_values_never_a_guess():
    got = run("4-5 दिसंबर, 18 फरवरी, दिसंबर में, सोमवार को, आज, पिछले साल", None, None)
    assert [v for _, v in got] == ["XXXX-12-04/XXXX-12-05", "XXXX-02-18", "XXXX-12", "XXXX-WXX-1",
                                   "XXXX-XX-XX", "XXXX"]
    # Explicit dates need no anchor.
    assert run("18 फरवरी, 2025 को", None, None) == [("18 फरवरी, 2025", "2025-02-18")]


@pytest.mark.parametrize("text,value", [
    ("१८ फरवरी २०२५", "2025-02-18"), ("18 फ़रवरी 2025", "2025-02-18"), ("26/01/2024", "2024-01-26"),
    ("2025-11-11", "2025-11-11"), ("Nov 30, 2025", "2025-11-30"), ("30 November 2025", "2025-11-30"),
    ("5 सितम्बर 2021", "2021-09-05"), ("5 अक्टूबर 2021", "2021-10-05"), ("5 नवम्बर 2021", "2021-11-05"),
    ("1950-60 के दशक", "1950/1969"), ("1990 के दशक", "1990/1999"), ("80 के दशक", "1980/1989"),
    ("2019-20", "2019/2020"), ("1990s", "1990/1999"),
])
def test_explicit_forms(text, value):
    got = run(f"यह {text} में हुआ था", "2025-11-30")
    assert got == [(text, value)]


@pytest.mark.parametrize("sentence", [
    "उनकी 80 साल की मां", "2 लाख रुपये", "1,250 पाउंड", "21 दिनों का लॉकडाउन", "मिग-21 विमान", "एस-400 प्रणाली",
    "टी-90 टैंक", "COVID-19 से", "23वां सम्मेलन", "23वें दिन", "8,848 मीटर ऊंचा", "सुबह 10 बजे", "2000 से अधिक लोग",
    "करीब 2020 लोगों में", "पैदल मार्च में हिस्सा लिया", "कल्याण मंत्रालय", "आजकल", "हर सोमवार को", "3.5 लाख",
])
def test_never_a_date(sentence):
    assert run(sentence, "2025-11-30") == []


def test_span_excludes_postpositions():
    for m in find_dates("10 से 12 मार्च तक, वर्ष 2030 तक, दिसंबर में, 2019 में", date(2025, 1, 1), "future"):
        assert not m.text.endswith(("को", "में", "से", "तक", " ")), m.text
        assert m.start < m.end


def test_lexicon_comes_from_config():
    lex = DateLexicon.from_file(DEFAULT_LEXICON)
    for forms, month in (("फरवरी फ़रवरी Feb February", 2), ("सितंबर सितम्बर Sep", 9), ("अक्टूबर अक्तूबर", 10),
                         ("नवंबर नवम्बर Nov", 11), ("जनवरी Jan", 1), ("जुलाई", 7), ("अगस्त", 8)):
        assert all(lex.months[f] == month for f in forms.split())
    assert all(lex.numbers[w] == n for w, n in (("एक", 1), ("दो", 2), ("सात", 7), ("इकतीस", 31)))
    assert load_lexicon() is load_lexicon()
