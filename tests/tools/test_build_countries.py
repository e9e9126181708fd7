"""Runs the real CLDR country-table builder into a temp dir and checks its output."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GAZ = REPO / "configs" / "gazetteers"


def read_table(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["canonical"]: r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


def run_builder(out_dir: Path, variants: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "pipeline.tools.build_countries", "--out-dir", str(out_dir)]
    if variants is not None:
        cmd += ["--variants", str(variants)]
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gaz")
    run_builder(out)
    return out


def aliases(row: dict) -> list[str]:
    return row["aliases"].split("|")


def test_core_countries(built):
    countries = read_table(built / "countries.tsv")
    assert len(countries) >= 240
    assert "भारत" in aliases(countries["India"])
    assert "रूस" in aliases(countries["Russia"])
    assert "चीन" in aliases(countries["China"])
    assert countries["India"]["label"] == "LOC"
    # knowledge-base columns from GeoNames: ISO alpha-3 and id
    assert countries["India"]["country"] == "IND" and countries["India"]["geonames_id"] == "1269750"
    assert countries["Russia"]["country"] == "RUS" and countries["Russia"]["geonames_id"] == "2017370"
    regions = read_table(built / "regions.tsv")
    assert regions["Asia"]["geonames_id"] == "6255147" and regions["Asia"]["lat"]


def test_variants_merged(built):
    countries = read_table(built / "countries.tsv")
    # from country_variants.tsv: extra spellings, Wikipedia titles, Q-ids
    assert {"अमेरिका", "अमरीका"} <= set(aliases(countries["United States"]))
    assert "कजाकिस्तान" in aliases(countries["Kazakhstan"])
    assert "Turkey" in countries and "Türkiye" not in countries
    assert "Georgia (country)" in countries
    assert countries["India"]["wikidata"] == "Q668"
    assert "सोवियत संघ" in aliases(countries["Soviet Union"])  # a row with no CLDR code
    # CLDR's parenthesised alternative becomes its own alias
    assert {"म्यांमार", "बर्मा"} <= set(aliases(countries["Myanmar"]))


def test_every_variant_row_lands(built):
    countries = read_table(built / "countries.tsv")
    regions = read_table(built / "regions.tsv")
    by_alias = {}
    for table in (countries, regions):
        for canonical, row in table.items():
            for a in aliases(row):
                by_alias[a] = canonical
    with (GAZ / "country_variants.tsv").open(encoding="utf-8") as fh:
        for v in csv.DictReader(fh, delimiter="\t"):
            for a in filter(None, v["aliases"].split("|")):
                assert a.replace("\u093c", "") in {k.replace("\u093c", "") for k in by_alias}, v


def test_non_countries_split_off(built):
    countries = read_table(built / "countries.tsv")
    regions = read_table(built / "regions.tsv")
    names = set(countries) | set(regions)
    assert "world" not in names and "European Union" not in names and "United Nations" not in names
    assert "Asia" in regions and "Asia" not in countries
    assert all(not any(x in a for x in ("Pseudo", "Unknown")) for a in names)


def test_custom_variants_file(tmp_path):
    variants = tmp_path / "v.tsv"
    variants.write_text(
        "code\tcanonical\taliases\twikidata\n"
        "FR\tFrench Republic\tफ्रांस गणराज्य\tQ142\n"
        "\tAtlantis\tअटलांटिस\t\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run_builder(out, variants)
    countries = read_table(out / "countries.tsv")
    assert "France" not in countries
    assert "फ्रांस गणराज्य" in aliases(countries["French Republic"])
    assert countries["French Republic"]["wikidata"] == "Q142"
    assert aliases(countries["Atlantis"]) == ["अटलांटिस"]


def test_unknown_code_rejected(tmp_path):
    variants = tmp_path / "v.tsv"
    variants.write_text("code\tcanonical\taliases\twikidata\nQQ\tNowhere\tकहीं\t\n", encoding="utf-8")
    with pytest.raises(subprocess.CalledProcessError):
        run_builder(tmp_path / "out", variants)


def test_committed_tables_up_to_date(built):
    # countries.tsv / regions.tsv in configs/ must be what the builder makes now,
    # i.e. nobody hand-edited them (hand additions go in country_variants.tsv).
    for name in ("countries.tsv", "regions.tsv"):
        assert (built / name).read_text(encoding="utf-8") == (GAZ / name).read_text(encoding="utf-8"), name


def test_country_points_lie_inside_their_outline(built):
    # The point of a country is inside the outline report.html draws for it: India's in India (not
    # on Delhi: the middle of the largest polygon), Russia's in Siberia, Chile's inside its strip,
    # the United States' in the contiguous states (not pulled to Alaska).
    from pipeline.tools.build_countries import WORLD_MAP, inside, read_outlines

    outlines = read_outlines(WORLD_MAP)
    countries = read_table(built / "countries.tsv")
    for name in ("India", "Russia", "China", "Chile", "Norway", "Croatia", "Vietnam", "Indonesia", "France",
                 "United States", "United Kingdom", "Japan", "South Sudan", "Kosovo", "State of Palestine"):
        row = countries[name]
        lat, lon = float(row["lat"]), float(row["lon"])
        assert any(inside(lon, lat, ring) for ring in outlines[row["country"]]), (name, lat, lon)
    assert 20 < float(countries["India"]["lat"]) < 25 and 75 < float(countries["India"]["lon"]) < 85
    assert float(countries["Russia"]["lon"]) > 80 and 30 < float(countries["United States"]["lat"]) < 45
    # too small for the 1:110m outlines: the capital's GeoNames point
    assert abs(float(countries["Singapore"]["lat"]) - 1.29) < 0.1
    assert countries["Soviet Union"]["lat"] == ""  # no outline, no capital of today


def test_every_outline_has_an_interior_point_inside_it():
    from pipeline.tools.build_countries import WORLD_MAP, inside, interior_point, read_outlines

    for code, rings in read_outlines(WORLD_MAP).items():
        lat, lon = interior_point(rings)
        assert any(inside(lon, lat, ring) for ring in rings), code


def test_an_archipelago_is_also_its_islands(built):
    # CLDR's "<X> द्वीपसमूह" is written "<X> द्वीप", "<X> द्वीपों" and "<X> आइलैंड्स" too; never the bare "<X>"
    rows = read_table(built / "countries.tsv")
    falklands, cook = aliases(rows["Falkland Islands"]), aliases(rows["Cook Islands"])
    assert {"फ़ॉकलैंड द्वीपसमूह", "फ़ॉकलैंड द्वीप", "फ़ॉकलैंड द्वीपों", "फ़ॉकलैंड आइलैंड्स"} <= set(falklands)
    assert "कुक आइलैंड्स" in cook and "कुक" not in cook
    assert "मालदीव" in aliases(rows["Maldives"]) and "मालदीव द्वीप" not in aliases(rows["Maldives"])
