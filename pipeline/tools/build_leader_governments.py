"""Fill the leader_aliases column of configs/gazetteers/governments.tsv: a government named after its leader.

News names a government by the head it has: "करज़ई सरकार" (the Government of Afghanistan under
Karzai), "असद सरकार", "ओबामा प्रशासन". The knowledge base knows every country's presidents, prime
ministers, chancellors and monarchs 2005-2025 (configs/events/office_holders.tsv) and their Hindi
names (people.tsv), so it can spell these itself instead of a hand list per leader.

For each head of state or government, the last word of each of their aliases (the surname news
uses: करज़ई, असद; a one-word alias itself) followed by सरकार or प्रशासन becomes an alias of the
government of their country (governments.tsv, by ISO code). Left out:

- a surname of heads of two countries (मादुरो: Honduras and Venezuela) or a common Hindi word
  (configs/ner/lexicon/common_words.txt: सिंह, ओबामा's "ओबामा" is listed there too);
- a surname of one letter and its vowel sign (ली, शी: many people of one name) or not in Devanagari;
- the given name after a royal title (ROYAL_TITLES: "शाह अब्दुल्लाह" is no surname);
- an alias a table already names by hand (governments.tsv keeps "मोदी सरकार" and the others it lists);
- an alias that two governments would share.

The hand columns of governments.tsv are left as they are; the generated aliases go to its
leader_aliases column (read by pipeline/hindi/gazetteer.py row_aliases), rewritten on every run.

Run:  python -m pipeline.tools.build_leader_governments [--table FILE]
and check the table with the gazetteer tests (tests/configs/).
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from ..hindi.gazetteer import LEADER_ALIASES
from ..hindi.normalise import fold

REPO = Path(__file__).resolve().parents[2]
GAZ_DIR = REPO / "configs" / "gazetteers"
OFFICE_HOLDERS = REPO / "configs" / "events" / "office_holders.tsv"
COMMON_WORDS = REPO / "configs" / "ner" / "lexicon" / "common_words.txt"
TABLE = GAZ_DIR / "governments.tsv"

HEAD_TITLES = {"प्रधानमंत्री", "राष्ट्रपति", "चांसलर", "राजा", "अमीर", "सुल्तान", "सम्राट"}
SUFFIXES = ("सरकार", "प्रशासन")
MIN_SURNAME_LETTERS = 2


# Titles a monarch is named by before the given name alone: "शाह अब्दुल्लाह", "किंग अब्दुल्लाह"
ROYAL_TITLES = frozenset({"शाह", "किंग", "राजा", "सुल्तान", "अमीर", "शेख़", "शेख", "क्वीन", "रानी", "महारानी"})


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _letters(word: str) -> int:
    """Consonants and vowel letters (not vowel signs): ली 1, आबे 2, किम 2."""
    return sum(1 for c in word if "\u0905" <= c <= "\u0939" or "\u0958" <= c <= "\u0961")


def leader_aliases(gaz_dir: Path = GAZ_DIR, holders_path: Path = OFFICE_HOLDERS,
                   common_path: Path = COMMON_WORDS) -> dict[str, list[str]]:
    """Government canonical -> the aliases "<leader's surname> सरकार/प्रशासन" of its heads."""
    countries = {r["canonical"]: r["country"] for r in _rows(gaz_dir / "countries.tsv")}
    # a country's national government is its first row; the rows after it are its states' ("Government of
    # Bihar" is IND too, and the last of them once took the prime ministers' "बाजपेयी सरकार")
    governments: dict[str, str] = {}
    for r in _rows(gaz_dir / "governments.tsv"):
        if r.get("country"):
            governments.setdefault(r["country"], r["canonical"])
    people = _rows(gaz_dir / "people.tsv")
    aliases_of = {r["canonical"]: [a.strip() for a in r["aliases"].split("|") if a.strip()] for r in people}
    common = {fold(w.strip()) for w in common_path.read_text(encoding="utf-8").splitlines()
              if w.strip() and not w.startswith("#")}
    # every alias a table names in its other alias columns: those keep their rows
    taken = set()
    for path in sorted(gaz_dir.glob("*.tsv")):
        for r in _rows(path):
            for col in (c for c in r if c and c.endswith("aliases") and c != LEADER_ALIASES):
                taken.update(fold(a.strip()) for a in (r.get(col) or "").split("|") if a.strip())
    heads = [h for h in _rows(holders_path) if h["title"] in HEAD_TITLES]
    # the countries of the heads each surname names: one country, or it says nothing ("मादुरो" led
    # Honduras and Venezuela); people who led no country do not count (a foreign minister "शरीफ़" of Chad)
    surname_countries: dict[str, set[str]] = defaultdict(set)
    for h in heads:
        for alias in aliases_of.get(h["person"], []):
            surname_countries[fold(alias.split()[-1])].add(h["country"])
    by_government: dict[str, list[str]] = defaultdict(list)
    for h in heads:
        government = governments.get(countries.get(h["country"], ""))
        if government is None or h["person"] not in aliases_of:
            continue
        names = set()
        for alias in aliases_of[h["person"]]:
            if len(alias.split()) == 2 and alias.split()[0] in ROYAL_TITLES:
                continue  # a title and a given name ("शाह अब्दुल्लाह"): no surname ("उमर अब्दुल्लाह सरकार" is Kashmir's)
            surname = alias.split()[-1]  # a one-word alias is its own surname ("पुतिन")
            if (_letters(surname) >= MIN_SURNAME_LETTERS and fold(surname) not in common
                    and len(surname_countries[fold(surname)]) == 1):
                names.add(surname)
        for name in sorted(names):
            for suffix in SUFFIXES:
                alias = f"{name} {suffix}"
                if fold(alias) not in taken and alias not in by_government[government]:
                    by_government[government].append(alias)
    owners: dict[str, set[str]] = defaultdict(set)
    for government, aliases in by_government.items():
        for a in aliases:
            owners[fold(a)].add(government)
    return {g: [a for a in aliases if len(owners[fold(a)]) == 1] for g, aliases in by_government.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=TABLE, help="the governments table to fill (default: %(default)s)")
    args = parser.parse_args(argv)
    generated = leader_aliases()
    with args.table.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        columns = [c for c in reader.fieldnames or [] if c != LEADER_ALIASES] + [LEADER_ALIASES]
        rows = list(reader)
    for row in rows:
        row[LEADER_ALIASES] = "|".join(generated.get(row["canonical"], []))
    with args.table.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    filled = [r for r in rows if r[LEADER_ALIASES]]
    print(f"{args.table}: {len(filled)} governments, {sum(r[LEADER_ALIASES].count('|') + 1 for r in filled)} "
          "leader aliases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
