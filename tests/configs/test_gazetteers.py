"""Checks every gazetteer table in configs/gazetteers/ is well formed and safe to match.

Runs on the real files: a row a user adds that breaks a rule fails here.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parents[2] / "configs" / "gazetteers"
HEADER = ["canonical", "label", "aliases", "wikidata"]
# Knowledge-base columns a table may add after HEADER (any subset; other columns are allowed and
# ignored by the loader): checked when present.
OPTIONAL = ["country", "lat", "lon", "geonames_id", "source"]
# Tables with a different layout, checked separately below.
SPECIAL = {"demonyms.tsv", "country_variants.tsv", "generic.tsv"}
TABLES = sorted(p for p in GAZ.glob("*.tsv") if p.name not in SPECIAL)

# A title is not part of a person's name (docs/events-and-entities.md).
TITLES = {
    "राष्ट्रपति", "उपराष्ट्रपति", "प्रधानमंत्री", "पीएम", "श्री", "श्रीमती", "सुश्री", "डॉ", "डॉ.",
    "डॉक्टर", "मंत्री", "मुख्यमंत्री", "सीएम", "राज्यपाल", "उपराज्यपाल", "महासचिव", "जनरल",
    "कैप्टन", "प्रोफेसर", "प्रो.", "जस्टिस", "न्यायमूर्ति", "महामहिम", "सांसद", "विधायक",
    "एडमिरल", "मेजर", "कर्नल", "राजदूत", "प्रवक्ता", "अध्यक्ष", "चांसलर", "किंग", "क्वीन",
    "प्रिंस", "महारानी", "PM", "Dr", "Dr.", "Mr", "Mr.", "President",
}
CASE_MARKERS = {"का", "की", "के", "ने", "को", "से", "में", "पर"}
NUKTA = "\u093c"
ZW = {"\u200b", "\u200c", "\u200d", "\ufeff"}


def fold(text: str) -> str:
    """The scorer's comparison form: NFC, nukta removed."""
    return unicodedata.normalize("NFC", text).replace(NUKTA, "")


def read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], rows[1:]


def all_rows():
    for path in TABLES:
        _, rows = read(path)
        for i, row in enumerate(rows, start=2):
            yield path.name, i, row[:4]


def test_tables_exist():
    names = {p.name for p in TABLES}
    for required in ["countries.tsv", "places_india.tsv", "cities_world.tsv", "people.tsv",
                     "organisations.tsv", "agencies.tsv"]:
        assert required in names
    assert (GAZ / "demonyms.tsv").exists() and (GAZ / "README.md").exists()


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_table_shape(path):
    header, rows = read(path)
    assert header[:4] == HEADER
    extra = header[4:]
    assert len(set(extra)) == len(extra), f"{path.name}: repeated columns {extra}"
    assert rows, f"{path.name} is empty"
    seen = set()
    for i, row in enumerate(rows, start=2):
        where = f"{path.name}:{i}"
        assert len(row) == len(header), f"{where}: {len(row)} columns: {row}"
        canonical, label, aliases, qid = row[:4]
        assert canonical and canonical == canonical.strip(), where
        assert label in {"PER", "ORG", "LOC"}, f"{where}: label {label!r}"
        assert re.fullmatch(r"(Q[1-9][0-9]*)?", qid), f"{where}: wikidata {qid!r}"
        assert canonical not in seen, f"{where}: canonical {canonical!r} repeated in file"
        seen.add(canonical)
        assert aliases, f"{where}: no aliases"
        kb = dict(zip(extra, row[4:]))
        assert re.fullmatch(r"([A-Z]{3})?", kb.get("country", "")), f"{where}: country {kb.get('country')!r}"
        if kb.get("lat") or kb.get("lon"):
            assert -90 <= float(kb["lat"]) <= 90 and -180 <= float(kb["lon"]) <= 180, f"{where}: {kb}"
        assert re.fullmatch(r"([1-9][0-9]*)?", kb.get("geonames_id", "")), f"{where}: geonames_id"


def test_places_have_countries_and_coordinates():
    # The knowledge base: India's tables name India; the big cities carry GeoNames coordinates.
    rows = {}
    for path in TABLES:
        header, body = read(path)
        for row in body:
            rows[row[0]] = dict(zip(header, row))
    assert rows["India"]["country"] == "IND" and rows["Russia"]["country"] == "RUS"
    assert rows["Moscow"]["country"] == "RUS" and rows["Moscow"]["geonames_id"] == "524901"
    assert abs(float(rows["Moscow"]["lat"]) - 55.75) < 0.1
    assert rows["Patna"]["country"] == "IND" and rows["Patna"]["geonames_id"]
    assert rows["Bihar"]["country"] == "IND" and rows["Bihar"]["lat"] and not rows["Bihar"]["geonames_id"]
    assert rows["India"]["lat"] and rows["Russia"]["lon"]  # a country's point (build_countries)
    assert rows["Arizona"]["country"] == "USA"
    # seas and oceans are no country's: "तीनों देशों" in a story of the Indian Ocean search is not India's
    assert rows["Indian Ocean"]["country"] == rows["Bay of Bengal"]["country"] == rows["Arabian Sea"]["country"] == ""


def test_indian_landmarks_keep_their_hand_coordinates():
    # Landmarks live in a hand table build_places does not rewrite, so their typed points survive a rebuild
    # (in places_india.tsv the builder blanked 194 of 204 and moved Dandi to a Dandi 170 km south).
    header, body = read(GAZ / "places_india_landmarks.tsv")
    rows = {r[0]: dict(zip(header, r)) for r in body}
    assert all(r["country"] == "IND" for r in rows.values())
    points = [(float(r["lat"]), float(r["lon"])) for r in rows.values() if r["lat"]]
    assert len(points) >= 200
    assert all(6 < lat < 37.5 and 68 < lon < 97.5 for lat, lon in points)  # India's bounding box
    assert abs(float(rows["Vidhana Soudha"]["lat"]) - 12.98) < 0.05  # Bengaluru
    assert abs(float(rows["Dandi, Gujarat"]["lat"]) - 21.33) < 0.05
    assert not {r[0] for r in read(GAZ / "places_india.tsv")[1]} & set(rows)


# Names whose last word is written as a case marker: John Key's surname is "की". "जॉन" alone, whose genitive it would
# also be, is seldom anyone's name in news (raw corpora: "जॉन की" never; blind articles: 41 times, all John Key).
CASE_WORD_NAMES = {"जॉन की"}


def test_aliases_clean():
    problems = []
    for name, i, (canonical, label, aliases, _) in all_rows():
        folded = set()
        for alias in aliases.split("|"):
            where = f"{name}:{i} {canonical!r} alias {alias!r}"
            if not alias or alias != alias.strip() or "  " in alias:
                problems.append(f"{where}: empty or stray spaces")
                continue
            if alias != unicodedata.normalize("NFC", alias) or ZW & set(alias):
                problems.append(f"{where}: not NFC or has zero-width chars")
            if fold(alias) in folded:
                problems.append(f"{where}: repeated in row")
            folded.add(fold(alias))
            tokens = alias.split()
            if alias in CASE_WORD_NAMES:
                continue
            if tokens[0] in CASE_MARKERS or tokens[-1] in CASE_MARKERS:
                problems.append(f"{where}: starts/ends with a case marker")
            if alias in TITLES:
                problems.append(f"{where}: a bare title")
            if label == "PER":
                if TITLES & set(tokens):
                    problems.append(f"{where}: contains a title")
                if CASE_MARKERS & set(tokens):
                    problems.append(f"{where}: contains a case marker")
    assert not problems, "\n".join(problems)


def test_alias_unambiguous():
    # One surface naming two canonicals (of any label) across all tables: the
    # loader keys on the folded alias alone and silently keeps the first table's.
    # Add it to neither, or make the alias longer.
    owners = defaultdict(set)
    for name, _, (canonical, label, aliases, _) in all_rows():
        for alias in aliases.split("|"):
            owners[fold(alias).lower()].add((canonical, label))
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


def test_canonical_unique_across_tables():
    # One entity lives in one table, so users extend it in one place.
    where = defaultdict(list)
    for name, _, (canonical, label, _, _) in all_rows():
        where[(canonical, label)].append(name)
    dups = {k: v for k, v in where.items() if len(v) > 1}
    assert not dups, dups


def test_demonyms():
    header, rows = read(GAZ / "demonyms.tsv")
    assert header == ["adjective", "country", "government"]
    canon = defaultdict(set)
    loc_aliases = set()
    for name, _, (canonical, label, aliases, _) in all_rows():
        canon[label].add(canonical)
        if label == "LOC":
            loc_aliases |= {fold(a) for a in aliases.split("|")}
    adjectives = set()
    for i, row in enumerate(rows, start=2):
        assert len(row) == 3, f"demonyms.tsv:{i}: {row}"
        adjective, country, government = row
        assert fold(adjective) not in adjectives, f"demonyms.tsv:{i}: repeated {adjective}"
        adjectives.add(fold(adjective))
        assert country in canon["LOC"], f"demonyms.tsv:{i}: unknown country {country!r}"
        assert government in canon["ORG"], f"demonyms.tsv:{i}: unknown government {government!r}"
        # The point of the table: the adjective alone must not be tagged LOC.
        assert fold(adjective) not in loc_aliases, f"demonyms.tsv:{i}: {adjective} is also a LOC alias"


def test_generic_aliases():
    # generic.tsv: alias, country (its home), qualified (template with {of}, or empty).
    header, rows = read(GAZ / "generic.tsv")
    assert header == ["alias", "country", "qualified"]
    owners = defaultdict(set)
    locs = set()
    for _, _, (canonical, label, aliases, _) in all_rows():
        for alias in aliases.split("|"):
            owners[fold(alias)].add(label)
        if label == "LOC":
            locs.add(canonical)
    seen = set()
    for i, row in enumerate(rows, start=2):
        assert len(row) == 3, f"generic.tsv:{i}: {row}"
        alias, country, template = row
        assert fold(alias) not in seen, f"generic.tsv:{i}: repeated {alias}"
        seen.add(fold(alias))
        assert owners.get(fold(alias)), f"generic.tsv:{i}: {alias} is no alias of any table"
        assert country in locs, f"generic.tsv:{i}: unknown country {country!r}"
        assert template == "" or template.count("{of}") == 1, f"generic.tsv:{i}: template {template!r}"


def test_known_entries():
    # A few entries the scorer's canonical style depends on.
    index = {}
    for _, _, (canonical, label, aliases, _) in all_rows():
        for alias in aliases.split("|"):
            index[(fold(alias), label)] = canonical
    expected = {
        ("भारत", "LOC"): "India", ("रूस", "LOC"): "Russia", ("अमरीका", "LOC"): "United States",
        ("मास्को", "LOC"): "Moscow", ("नई दिल्ली", "LOC"): "New Delhi",
        ("पुतिन", "PER"): "Vladimir Putin", ("जयशंकर", "PER"): "S. Jaishankar",
        ("मोदी", "PER"): "Narendra Modi", ("टीएएसएस", "ORG"): "TASS",
        ("स्टेट ड्यूमा", "ORG"): "State Duma", ("क्रेमलिन", "ORG"): "Kremlin",
        ("रूसी विदेश मंत्रालय", "ORG"): "Ministry of Foreign Affairs of Russia",
        ("आईसीएमआर", "ORG"): "Indian Council of Medical Research",
        ("रूसी सरकार", "ORG"): "Government of Russia", ("दिल्ली सरकार", "ORG"): "Government of Delhi",
        ("भाजपा", "ORG"): "Bharatiya Janata Party",
    }
    for key, canonical in expected.items():
        assert index.get((fold(key[0]), key[1])) == canonical, key
