"""Runs the real GeoNames / ISO 3166-2 place-table builder into a temp dir and checks its output."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GAZ = REPO / "configs" / "gazetteers"
GENERATED = ("places_world.tsv", "subdivisions_world.tsv", "places_india.tsv", "districts_india.tsv",
             "cities_world.tsv")


def read_table(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["canonical"]: r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("places")
    subprocess.run([sys.executable, "-m", "pipeline.tools.build_places", "--out-dir", str(out)],
                   cwd=REPO, capture_output=True, text=True, check=True)
    return out


def test_world_cities(built):
    cities = read_table(built / "places_world.tsv")
    assert len(cities) >= 6000
    # a city no hand table lists, with its GeoNames facts
    assert cities["Austin"]["country"] == "USA" and cities["Austin"]["geonames_id"] == "4671654"
    assert abs(float(cities["Austin"]["lat"]) - 30.27) < 0.05
    assert "ऑस्टिन" in cities["Austin"]["aliases"].split("|")
    assert cities["Deoband"]["country"] == "IND"
    assert all(r["source"].startswith("GeoNames") for r in cities.values())


def test_hand_rows_keep_their_aliases(built):
    # Moscow and Delhi are hand rows: the generated table neither repeats them nor takes their aliases
    cities = read_table(built / "places_world.tsv")
    subdivisions = read_table(built / "subdivisions_world.tsv")
    generated = {a for t in (cities, subdivisions) for r in t.values() for a in r["aliases"].split("|")}
    assert not {"मॉस्को", "मास्को", "दिल्ली", "पंजाब", "भारत"} & generated
    assert "Moscow" not in cities and "Delhi" not in cities
    hand = read_table(built / "cities_world.tsv")
    assert hand["Moscow"]["country"] == "RUS" and hand["Moscow"]["geonames_id"] == "524901"
    india = read_table(built / "places_india.tsv")
    assert india["Delhi"]["country"] == "IND" and india["Delhi"]["lat"]
    # a state takes no city's point but the population-weighted mean of its cities, and no GeoNames id
    assert india["Bihar"]["country"] == "IND" and not india["Bihar"]["geonames_id"]
    assert 24 < float(india["Bihar"]["lat"]) < 27 and 83 < float(india["Bihar"]["lon"]) < 88.5
    assert not india["Ganges"]["lat"]  # a river is no settlement
    # a country typed by hand stays when no city is matched: an agency, a square (no settlements)
    assert hand["Orakzai Agency"]["country"] == "PAK" and not hand["Orakzai Agency"]["lat"]
    assert hand["Tahrir Square"]["country"] == "EGY"
    # a hand row takes over the generated city it is ("बेनगाझी" was GeoNames' only Devanagari name)
    assert hand["Benghazi"]["geonames_id"] == "88319" and "Benghazi" not in cities


def test_hand_rows_gain_the_other_geonames_spellings(built):
    hand = read_table(built / "cities_world.tsv")
    # GeoNames spells Edinburgh and Damascus as BBC Hindi does; the hand rows had other spellings
    assert "एडिनबरा" in hand["Edinburgh"]["geonames_aliases"].split("|")
    assert "एडिनबरा" not in hand["Edinburgh"]["aliases"].split("|")
    assert "दमास्कस" in hand["Damascus"]["geonames_aliases"].split("|")
    # a spelling that is the name plus a kind of place ("पुणे शहर") would swallow the noun
    india = read_table(built / "places_india.tsv")
    assert "पुणे शहर" not in india["Pune"]["geonames_aliases"].split("|")
    # an alternate name that is no name of the place (Bern's "अथर्ववेद") is skipped by places_skip.txt
    assert "अथर्ववेद" not in hand["Bern"]["geonames_aliases"]
    # a hand row's spelling is its own: the generated Athens of Georgia no longer takes "अथेन्स"
    cities = read_table(built / "places_world.tsv")
    assert "अथेन्स" in hand["Athens"]["geonames_aliases"].split("|")
    assert "अथेन्स" not in cities["Athens, Georgia"]["aliases"].split("|")


def test_ordinary_words_left_out(built):
    cities = read_table(built / "places_world.tsv")
    aliases = {a for r in cities.values() for a in r["aliases"].split("|")}
    # Corona, California and Orange, Australia are the virus and the colour in Hindi news
    assert "कोरोना" not in aliases and "ऑरेंज" not in aliases
    assert not any(a.split()[0] in {"की", "के", "का"} or a.split()[-1] in {"की", "के", "का"} for a in aliases)


def test_subdivisions(built):
    subdivisions = read_table(built / "subdivisions_world.tsv")
    assert subdivisions["Guangdong"]["country"] == "CHN"  # iso-codes' "Guangdong Sheng"
    assert "गुआंग्डोंग" in subdivisions["Guangdong"]["aliases"].split("|")
    assert subdivisions["Arizona"]["country"] == "USA"
    assert "Uttar Pradesh" not in subdivisions  # a hand row of places_india.tsv


def test_committed_tables_up_to_date(built):
    # The generated tables and columns in configs/ are what the builder makes now.
    for name in GENERATED:
        assert (built / name).read_text(encoding="utf-8") == (GAZ / name).read_text(encoding="utf-8"), name


def test_states_and_provinces_have_points_inside_their_country(built):
    from pipeline.tools.build_countries import WORLD_MAP, inside, read_outlines

    outlines = read_outlines(WORLD_MAP)
    india = read_table(built / "places_india.tsv")
    for state in ("Uttar Pradesh", "Maharashtra", "Kerala", "West Bengal", "Punjab, India", "Rajasthan"):
        lat, lon = float(india[state]["lat"]), float(india[state]["lon"])
        assert any(inside(lon, lat, ring) for ring in outlines["IND"]), (state, lat, lon)
    up = india["Uttar Pradesh"]
    assert 26 < float(up["lat"]) < 29 and 78 < float(up["lon"]) < 82  # Lucknow 26.8 80.9, Agra 27.2 78.0
    world = read_table(built / "cities_world.tsv")
    assert 29 < float(world["Punjab, Pakistan"]["lat"]) < 33 and world["Punjab, Pakistan"]["country"] == "PAK"
    # ISO 3166-2 rows of the first level: Guangdong (iso-codes "Guangdong Sheng", GeoNames "Guangdong")
    subdivisions = read_table(built / "subdivisions_world.tsv")
    assert 21 < float(subdivisions["Guangdong"]["lat"]) < 25.5 and 110 < float(subdivisions["Guangdong"]["lon"]) < 117
    # the 1:110m outlines are coarse (coasts, small islands): most, not all, points fall inside
    points = [r for t in (subdivisions, india, world) for r in t.values() if r["lat"] and r["country"] in outlines]
    inside_share = sum(any(inside(float(r["lon"]), float(r["lat"]), ring) for ring in outlines[r["country"]])
                       for r in points) / len(points)
    assert len(points) > 1500 and inside_share > 0.9
