"""Write configs/gazetteers/missions.tsv: every country's embassy, high commission and consulates.

News names a diplomatic mission by the country it speaks for: "भारतीय उच्चायोग", "यमनी दूतावास",
"पाकिस्तान उच्चायोग", "जापान के दूतावास", "इटली के महावाणिज्य दूतावास". The model finds some of them
("अमेरिकी दूतावास") and misses most, reading only the country inside as a place; the knowledge base
already knows every country's Hindi names (countries.tsv) and nationality adjectives (demonyms.tsv),
so it can spell them all instead of a hand list per mission.

For each country and each kind of mission (KINDS), the aliases are the kind after each of the
country's adjectives ("भारतीय उच्चायोग"), after each of its Devanagari names ("भारत उच्चायोग") and after
the name with the genitive ("भारत के उच्चायोग", "भारत का उच्चायोग"). The row's country is the country the
mission represents (the linker puts it on every mention, and event_countries codes the mission's events
by it). Which city the mission is in is not in the name, so the canonical leaves it out ("Embassy of
India", where Wikipedia would say "Embassy of India, Dhaka"). Left out: an alias another table names,
and an alias two countries would share.

Run:  python -m pipeline.tools.build_missions [--table FILE]
and check the table with the gazetteer tests (tests/configs/); tests/tools/test_build_missions.py
checks the committed table is what this writes.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from ..hindi.gazetteer import row_aliases
from ..hindi.normalise import fold

REPO = Path(__file__).resolve().parents[2]
GAZ_DIR = REPO / "configs" / "gazetteers"
TABLE = GAZ_DIR / "missions.tsv"
SOURCE = "generated: build_missions from countries.tsv and demonyms.tsv"
COLUMNS = ["canonical", "label", "aliases", "wikidata", "country", "source"]

# The mission word -> the English name of the mission of country X (the longer words first, so that
# "वाणिज्य दूतावास" is a consulate, not an embassy).
KINDS = {
    "महावाणिज्य दूतावास": "Consulate General of {}",
    "वाणिज्य दूतावास": "Consulate of {}",
    "दूतावास": "Embassy of {}",
    "उप उच्चायोग": "Deputy High Commission of {}",
    "सहायक उच्चायोग": "Assistant High Commission of {}",
    "उच्चायोग": "High Commission of {}",
}
GENITIVES = ("के", "का")  # दूतावास and उच्चायोग are masculine: "भारत के दूतावास में", "भारत का दूतावास"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _devanagari(text: str) -> bool:
    return any("\u0900" <= c <= "\u097f" for c in text)


def _english_name(country: str, government: str) -> str:
    """"United States" -> "the United States", as its government is "Government of the United States"."""
    return f"the {country}" if government.startswith("Government of the ") else country


def missions(gaz_dir: Path = GAZ_DIR) -> list[dict]:
    """The rows of missions.tsv, country by country in countries.tsv's order."""
    countries = _rows(gaz_dir / "countries.tsv")
    adjectives: dict[str, list[str]] = defaultdict(list)
    governments: dict[str, str] = {}
    for r in _rows(gaz_dir / "demonyms.tsv"):
        adjectives[r["country"]].append(r["adjective"].strip())
        governments.setdefault(r["country"], (r.get("government") or "").strip())
    taken = {fold(a.strip()) for path in sorted(gaz_dir.glob("*.tsv")) if path.name != TABLE.name
             for r in _rows(path) for a in row_aliases(r) if a.strip()}  # aliases other tables name keep their rows
    rows = []
    for c in countries:
        names = [a.strip() for a in c["aliases"].split("|") if a.strip() and _devanagari(a)]
        if not names:
            continue
        english = _english_name(c["canonical"], governments.get(c["canonical"], ""))
        for word, template in KINDS.items():
            aliases = [f"{adj} {word}" for adj in adjectives.get(c["canonical"], [])]
            for name in names:
                aliases += [f"{name} {word}"] + [f"{name} {g} {word}" for g in GENITIVES]
            rows.append({"canonical": template.format(english), "label": "ORG", "aliases": aliases,
                         "wikidata": "", "country": c["country"], "source": SOURCE})
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for a in r["aliases"]:
            owners[fold(a)].add(r["canonical"])
    out = []
    for r in rows:
        seen, kept = set(), []
        for a in r["aliases"]:
            k = fold(a)
            if k not in taken and len(owners[k]) == 1 and k not in seen:
                seen.add(k)
                kept.append(a)
        if kept:
            out.append({**r, "aliases": "|".join(kept)})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=TABLE, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    rows = missions()
    with args.table.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{args.table}: {len(rows)} missions, {sum(r['aliases'].count('|') + 1 for r in rows)} aliases",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
