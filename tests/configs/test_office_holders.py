"""configs/events/office_holders.tsv: who held an office when (pipeline/hindi/events/)."""
from __future__ import annotations

import csv
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
