"""Gazetteer tables (configs/gazetteers/*.tsv) and longest-match lookup over tokens.

A table has the columns canonical, label, aliases (separated by |) and wikidata.
Matching compares folded tokens (no nukta, no zero-width joiners, Latin
lower-cased), so अमरीका and अमरीका with a nukta are one key.

Two tables have other layouts and are read into lookups rather than entries:
demonyms.tsv (adjective -> country, government) and generic.tsv (aliases such as
संसद that name an Indian institution only when no other country qualifies them;
see configs/gazetteers/README.md).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .normalise import fold

REQUIRED = ("canonical", "label", "aliases")
GOVERNMENT_PREFIX = "Government of "


@dataclass(frozen=True, slots=True)
class GenericAlias:
    """An alias that names home's institution unless another country qualifies it."""
    home: str  # country canonical the bare alias belongs to ("India")
    qualified: str  # canonical template for another country, "{of}" as in "Government of {of}"; "" = none


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    canonical: str
    label: str
    wikidata: str | None
    alias: str


class Gazetteer:
    def __init__(self, tokenize: Callable[[str], list[str]]):
        self.tokenize = tokenize
        self.index: dict[tuple[str, ...], GazetteerEntry] = {}
        self.by_canonical: dict[str, GazetteerEntry] = {}
        self.max_len = 1
        self.demonyms: dict[str, tuple[str, str]] = {}  # folded adjective -> (country, government)
        self.generic: dict[tuple[str, ...], GenericAlias] = {}  # folded alias tokens -> rule
        self.countries: set[str] = set()  # canonicals from countries.tsv
        self.keys_by_canonical: dict[str, list[tuple[str, ...]]] = {}
        # first token -> lengths of the keys starting with it, longest first: match() tries only these
        self.lengths_by_first: dict[str, list[int]] = {}

    def add(self, canonical: str, label: str, aliases: Iterable[str], wikidata: str | None = None) -> None:
        for alias in aliases:
            alias = alias.strip()
            if not alias:
                continue
            key = tuple(fold(t) for t in self.tokenize(alias))
            if key and key not in self.index:  # the first table to name an alias wins
                entry = GazetteerEntry(canonical, label, wikidata or None, alias)
                self.index[key] = entry
                self.by_canonical.setdefault(canonical, entry)
                self.keys_by_canonical.setdefault(canonical, []).append(key)
                self.max_len = max(self.max_len, len(key))
                lengths = self.lengths_by_first.setdefault(key[0], [])
                if len(key) not in lengths:
                    lengths.append(len(key))
                    lengths.sort(reverse=True)

    def load_dir(self, folder: Path) -> int:
        """Load every TSV in folder that has the gazetteer columns; others (e.g. builder inputs) are skipped."""
        files = 0
        for path in sorted(Path(folder).glob("*.tsv")):
            with path.open(encoding="utf-8", newline="") as f:
                reader = csv.DictReader(f, delimiter="\t")
                cols = reader.fieldnames or []
                if path.stem == "demonyms" and {"adjective", "country"} <= set(cols):
                    for row in reader:
                        adj = (row.get("adjective") or "").strip()
                        if adj:
                            self.demonyms[fold(adj)] = (row["country"].strip(), (row.get("government") or "").strip())
                    continue
                if path.stem == "generic" and {"alias", "country"} <= set(cols):
                    for row in reader:
                        key = tuple(fold(t) for t in self.tokenize((row.get("alias") or "").strip()))
                        if key:
                            self.generic[key] = GenericAlias(row["country"].strip(), (row.get("qualified") or "").strip())
                    continue
                if not all(c in cols for c in REQUIRED):
                    continue
                files += 1
                for row in reader:
                    if row.get("canonical") and row.get("label"):
                        if path.stem == "countries":
                            self.countries.add(row["canonical"].strip())
                        self.add(row["canonical"].strip(), row["label"].strip(), (row.get("aliases") or "").split("|"),
                                 (row.get("wikidata") or "").strip())
        return files

    def government_of(self, country: str) -> str | None:
        """The government canonical of a place, if governments.tsv (or demonyms.tsv) has one:
        "Russia" -> "Government of Russia", "United States" -> "Government of the United States"."""
        for adj_country, government in self.demonyms.values():
            if adj_country == country and government:
                return government
        for name in (f"{GOVERNMENT_PREFIX}{country}", f"{GOVERNMENT_PREFIX}the {country}"):
            entry = self.by_canonical.get(name)
            if entry is not None and entry.label == "ORG":
                return name
        return None

    def aliases_of(self, canonical: str) -> list[tuple[str, ...]]:
        """Folded token tuples of every alias of canonical."""
        return self.keys_by_canonical.get(canonical, [])

    def lookup(self, text: str) -> GazetteerEntry | None:
        return self.index.get(tuple(fold(t) for t in self.tokenize(text)))

    def match(self, folded_tokens: list[str]) -> list[tuple[int, int, GazetteerEntry]]:
        """Longest matches, left to right, as (first token, last token + 1, entry)."""
        out = []
        i, n = 0, len(folded_tokens)
        while i < n:
            for length in self.lengths_by_first.get(folded_tokens[i], ()):
                if length > n - i:
                    continue
                entry = self.index.get(tuple(folded_tokens[i:i + length]))
                if entry is not None:
                    out.append((i, i + length, entry))
                    i += length
                    break
            else:
                i += 1
        return out


def one_word_aliases(folder: Path, label: str) -> set[str]:
    """Folded one-word aliases of label in the entity tables of folder ("मोदी", "केसीआर" for PER)."""
    out: set[str] = set()
    for path in sorted(Path(folder).glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t")
            if not all(c in (reader.fieldnames or []) for c in REQUIRED):
                continue
            for row in reader:
                if (row.get("label") or "").strip() == label:
                    out.update(fold(a) for a in (row.get("aliases") or "").split("|") if a.strip() and len(a.split()) == 1)
    return out


# Dependent vowel signs, virama, nukta, candrabindu, anusvara, visarga; independent vowels.
_MARKS = re.compile(r"[\u0900-\u0903\u093a-\u094f\u0955-\u0957\u0962\u0963\s.\-]")
_VOWELS = re.compile(r"[\u0904-\u0914\u0960\u0961\u0972-\u0977]")
_NASAL_VIRAMA = re.compile(r"[ङञणनम]\u094d(?=[\u0915-\u0939])")  # ट्रम्प ~ ट्रंप: a half nasal is an anusvara


# Foreign names are written with either stop: एंटोनियो / एंतोनियो, डोनाल्ड / दोनाल्द.
_DENTAL = str.maketrans("टठडढण", "तथदधन")


def skeleton(text: str) -> str:
    """Consonant skeleton of a name, for telling spelling variants apart from other names:
    डोनाल्ड ट्रंप, डोनल्ड ट्रम्प and डॉनल्ड ट्रम्प differ only in vowel signs, the
    nasal sign and virama (ड न ल ड / ट र प); जे पी नड्डा and जेपी नड्डा only in a space.
    Independent vowels are one class (एंथनी / ऐंथनी), and so are a retroflex stop and its
    dental (एंटोनियो / एंतोनियो)."""
    text = _NASAL_VIRAMA.sub("", fold(text))
    text = _VOWELS.sub("अ", text)
    return _MARKS.sub("", text).translate(_DENTAL)


def same_name(text: str, gazetteer: "Gazetteer", canonical: str) -> bool:
    """True when text spells a contiguous run of words of one of canonical's aliases, up to
    vowel signs, nasals and spacing: "डोनल्ड ट्रंप" for Donald Trump (alias डोनाल्ड ट्रंप),
    "नाथ कोविंद" for Ram Nath Kovind (alias राम नाथ कोविंद); not "राज कुमार गोयल" for
    Piyush Goyal (alias पीयूष गोयल)."""
    want = skeleton(text)
    if not want:
        return False
    for key in gazetteer.aliases_of(canonical):
        for i in range(len(key)):
            for j in range(i + 1, len(key) + 1):
                if skeleton("".join(key[i:j])) == want:
                    return True
    return False
