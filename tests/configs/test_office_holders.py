"""configs/events/office_holders.tsv: who held an office when (pipeline/hindi/events/)."""
from __future__ import annotations

import csv
import tomllib
from datetime import date
from itertools import groupby

from pipeline.stages.ner_gazetteer import load_gazetteer
from tests.conftest import CONFIGS

TABLE = CONFIGS / "events" / "office_holders.tsv"


def rows():
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_every_holder_is_a_gazetteer_person_with_iso_dates():
    gaz = load_gazetteer(CONFIGS / "gazetteers")
    for r in rows():
        entry = gaz.by_canonical.get(r["person"])
        assert entry is not None and entry.label == "PER", r["person"]
        start = date.fromisoformat(r["from"])
        assert not r["to"] or date.fromisoformat(r["to"]) > start, r


def test_terms_of_one_office_do_not_overlap():
    key = lambda r: (r["title"], r["country"])  # noqa: E731
    for _, terms in groupby(sorted(rows(), key=lambda r: (key(r), r["from"])), key=key):
        terms = list(terms)
        for a, b in zip(terms, terms[1:]):
            assert a["to"] and a["to"] <= b["from"], (a, b)


def test_titles_and_countries_are_known():
    # A row whose title is no title value of roles.toml, or whose country is no country of the
    # gazetteer, can never be chosen: the engine compares both as they are.
    titles = set(tomllib.loads((CONFIGS / "events" / "roles.toml").read_text(encoding="utf-8"))["titles"].values())
    gaz = load_gazetteer(CONFIGS / "gazetteers")
    for r in rows():
        assert r["title"] in titles, r
        assert r["country"] in gaz.countries, r


def test_bare_titles_resolve_by_date():
    # Spot checks across the decades, read the way the engine reads the table.
    def holder(title, country, day):
        for r in rows():
            if r["title"] == title and r["country"] == country and r["from"] <= day and (not r["to"] or day < r["to"]):
                return r["person"]
    assert holder("प्रधानमंत्री", "India", "2013-06-01") == "Manmohan Singh"
    assert holder("प्रधानमंत्री", "India", "2003-06-01") == "Atal Bihari Vajpayee"
    assert holder("विदेश मंत्री", "India", "2010-06-01") == "S. M. Krishna"
    assert holder("राष्ट्रपति", "United States", "2013-06-01") == "Barack Obama"
    assert holder("प्रधानमंत्री", "Pakistan", "2014-06-01") == "Nawaz Sharif"
    assert holder("मुख्य न्यायाधीश", "India", "2019-01-01") == "Ranjan Gogoi"
    # every country's heads and foreign ministers, 2005-2025 (the rows added on 2026-12-05)
    assert holder("राष्ट्रपति", "Armenia", "2013-11-20") == "Serzh Sargsyan"
    assert holder("अमीर", "Qatar", "2014-11-17") == "Tamim bin Hamad Al Thani"
    assert holder("विदेश मंत्री", "Philippines", "2014-06-19") == "Albert del Rosario"
