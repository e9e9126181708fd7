"""The knowledge-base columns of the gazetteer tables (configs/gazetteers/README.md): every
PER/ORG row says which country it belongs to and where it comes from, and no alias is an ordinary
Hindi word unless common_word_aliases.tsv says why it may be.

Runs on the real files, with the country codes of Unicode CLDR (shipped with Babel)."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from babel import Locale
from babel.core import get_global

from pipeline.hindi.normalise import fold

GAZ = Path(__file__).resolve().parents[2] / "configs" / "gazetteers"
COMMON_WORDS = GAZ.parent / "ner" / "lexicon" / "common_words.txt"
WHITELIST = COMMON_WORDS.with_name("common_word_aliases.tsv")
INTERNATIONAL = "INT"  # international bodies (UN, NATO, FIFA...)


def entity_tables() -> list[Path]:
    out = []
    for path in sorted(GAZ.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            header = next(csv.reader(f, delimiter="\t"))
        if header[:3] == ["canonical", "label", "aliases"]:
            out.append(path)
    return out


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def alpha3_codes() -> set[str]:
    """ISO 3166-1 alpha-3 codes: CLDR's aliases from alpha-3 to a current alpha-2 territory."""
    territories = set(Locale("en").territories)
    return {code for code, target in get_global("territory_aliases").items()
            if re.fullmatch(r"[A-Z]{3}", code) and len(target) == 1 and target[0] in territories}


def per_org_tables() -> list[Path]:
    return [p for p in entity_tables() if any(r["label"] in ("PER", "ORG") for r in rows(p))]


def test_codes_from_cldr_look_right():
    codes = alpha3_codes()
    assert {"IND", "RUS", "USA", "GBR", "PAK", "CHN", "NPL", "PSE", "TWN"} <= codes
    assert "XYZ" not in codes and "INT" not in codes and len(codes) > 240


@pytest.mark.parametrize("path", per_org_tables(), ids=lambda p: p.name)
def test_per_org_rows_have_country_and_source(path):
    # XKX: Kosovo, which has no ISO code; GeoNames and the EU use this user-assigned one
    codes = alpha3_codes() | {INTERNATIONAL, "XKX"}
    table = rows(path)
    assert {"country", "source"} <= set(table[0]), f"{path.name}: no country/source columns"
    for i, r in enumerate(table, start=2):
        where = f"{path.name}:{i} {r['canonical']!r}"
        assert r["country"] == "" or r["country"] in codes, f"{where}: country {r['country']!r}"
        assert r["source"].strip(), f"{where}: no source"
        assert re.fullmatch(r"(Q[1-9][0-9]*)?", r["wikidata"]), f"{where}: wikidata {r['wikidata']!r}"


@pytest.mark.parametrize("path", entity_tables(), ids=lambda p: p.name)
def test_country_column_is_valid_wherever_present(path):
    # XKX: Kosovo, which has no ISO code; GeoNames and the EU use this user-assigned one
    codes = alpha3_codes() | {INTERNATIONAL, "XKX"}
    for i, r in enumerate(rows(path), start=2):
        if r.get("country"):
            assert r["country"] in codes, f"{path.name}:{i} {r['canonical']!r}: country {r['country']!r}"


def test_every_country_code_is_a_country_of_the_knowledge_base():
    # A code CLDR knows is not enough: FXX (Metropolitan France, an exceptionally reserved code)
    # passed it, and the events of "फ्रांस सरकार" were not counted with France's (FRA).
    countries = {r["country"] for r in rows(GAZ / "countries.tsv") if r["country"]} | {INTERNATIONAL}
    assert {"IND", "RUS", "FRA", "XKX"} <= countries
    for path in entity_tables():
        for i, r in enumerate(rows(path), start=2):
            if r.get("country"):
                assert r["country"] in countries, f"{path.name}:{i} {r['canonical']!r}: country {r['country']!r}"


def test_canonical_unique_and_labels_valid_across_tables():
    seen: dict[str, str] = {}
    for path in entity_tables():
        for i, r in enumerate(rows(path), start=2):
            assert r["label"] in {"PER", "ORG", "LOC"}, f"{path.name}:{i}: label {r['label']!r}"
            assert r["canonical"] not in seen, f"{r['canonical']!r} in {seen.get(r['canonical'])} and {path.name}"
            seen[r["canonical"]] = path.name


def whitelist() -> dict[str, str]:
    table = rows(WHITELIST)
    assert table and set(table[0]) == {"alias", "reason"}
    return {fold(r["alias"]): r["reason"] for r in table}


def common_words() -> set[str]:
    lines = COMMON_WORDS.read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}


def test_no_per_org_alias_is_a_common_word_unless_whitelisted():
    # "गया", "सेना", "आप" would fire on every page. A name that is itself among the commonest
    # words (मोदी, भाजपा, कांग्रेस) is allowed with a reason in common_word_aliases.tsv.
    common, allowed = common_words(), whitelist()
    problems = []
    for path in per_org_tables():
        for r in rows(path):
            if r["label"] not in ("PER", "ORG"):
                continue
            for alias in r["aliases"].split("|"):
                if len(alias.split()) == 1 and fold(alias) in common and fold(alias) not in allowed:
                    problems.append(f"{path.name} {r['canonical']!r}: {alias!r}")
    assert not problems, "common Hindi words as aliases:\n" + "\n".join(problems)


def test_whitelist_entries_are_used_and_explained():
    common = common_words()
    aliases = {fold(a) for path in per_org_tables() for r in rows(path) if r["label"] in ("PER", "ORG")
               for a in r["aliases"].split("|")}
    for alias, reason in whitelist().items():
        assert reason.strip(), f"{alias}: no reason"
        assert alias in aliases, f"{alias}: whitelisted but no PER/ORG row has it"
        assert alias in common, f"{alias}: whitelisted but not a common word"
