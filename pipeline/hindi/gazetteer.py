"""Gazetteer tables (configs/gazetteers/*.tsv) and longest-match lookup over tokens.

A table has the columns canonical, label, aliases (separated by |) and wikidata, and
optionally the knowledge-base columns country (ISO 3166-1 alpha-3, "INT" for
international bodies), lat, lon and geonames_id (a table without them loads as well).
Matching compares folded tokens (normalise.fold: no nukta, no zero-width joiners,
candrabindu and a class nasal with virama as anusvara, Latin lower-cased), so अमरीका
and अमरीका with a nukta, हिन्दी and हिंदी are one key. Rows of the tables that
configs/gazetteers/tables.toml lists under loose_vowels also match with short and long
i and u as one (normalise.loose: इसराइल / इसराईल), except one-word aliases that are a
common word up to vowel length (tables.toml common_words).

Two tables have other layouts and are read into lookups rather than entries:
demonyms.tsv (adjective -> country, government) and generic.tsv (aliases such as
संसद that name an Indian institution only when no other country qualifies them;
see configs/gazetteers/README.md).
"""
from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .normalise import fold, loose

REQUIRED = ("canonical", "label", "aliases")
# A hand place row's other spellings from GeoNames, written by pipeline/tools/build_places.py
# (एडिनबरा beside the hand एडिनबर्ग): aliases like the hand ones, kept apart so the builder owns them.
GENERATED_ALIASES = "geonames_aliases"
LEADER_ALIASES = "leader_aliases"  # governments.tsv: "करज़ई सरकार" (pipeline/tools/build_leader_governments.py)
GENERATED_COLUMNS = (GENERATED_ALIASES, LEADER_ALIASES)


def row_aliases(row: dict) -> list[str]:
    """Every alias of a table row: the hand column and the generated ones."""
    return [a for col in ("aliases", *GENERATED_COLUMNS) for a in (row.get(col) or "").split("|")]
SETTINGS = "tables.toml"  # table-level settings of a gazetteer folder
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
    country: str | None = None  # ISO 3166-1 alpha-3; "INT" for international bodies
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None

    def __reduce__(self):
        # Positional rebuild: unpickling ~21,000 entries from the index cache the dataclass way
        # (fields() per object) cost a one-document run ~50 ms.
        return (GazetteerEntry, (self.canonical, self.label, self.wikidata, self.alias, self.country,
                                 self.lat, self.lon, self.geonames_id))


_HYPHEN = re.compile(r"(?<=[\w\u0900-\u097F])-(?=[\w\u0900-\u097F])")


def _with_spaced_hyphens(aliases: Iterable[str]) -> list[str]:
    """Each alias, and after the listed ones the same with a hyphen between letters written as a
    space: news writes "बान की मून" for the table's "बान की-मून", "जम्मू कश्मीर" for "जम्मू-कश्मीर"."""
    aliases = [a for a in aliases]
    return aliases + [_HYPHEN.sub(" ", a) for a in aliases if _HYPHEN.search(a)]


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text and text.strip() else None
    except ValueError:
        return None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text and text.strip() else None
    except ValueError:
        return None


class Gazetteer:
    def __init__(self, tokenize: Callable[[str], list[str]], key: Callable[[str], str] = fold):
        self.tokenize = tokenize
        self.key = key  # token -> matching key (fold; the NER features use fold_nukta)
        self.index: dict[tuple[str, ...], GazetteerEntry] = {}
        # loose keys (normalise.loose) of the rows of loose_vowels tables, and their lengths by first token
        self.loose_index: dict[tuple[str, ...], GazetteerEntry] = {}
        self.loose_lengths_by_first: dict[str, list[int]] = {}
        self.loose_common: set[str] = set()  # loose keys of common words (tables.toml common_words)
        self.written_only: set[str] = set()  # words an alias holding one matches only as written (tables.toml)
        self.by_canonical: dict[str, GazetteerEntry] = {}
        self.max_len = 1
        self.demonyms: dict[str, tuple[str, str]] = {}  # folded adjective -> (country, government)
        self.generic: dict[tuple[str, ...], GenericAlias] = {}  # folded alias tokens -> rule
        self.countries: set[str] = set()  # canonicals from countries.tsv
        self.keys_by_canonical: dict[str, list[tuple[str, ...]]] = {}
        # first token -> lengths of the keys starting with it, longest first: match() tries only these
        self.lengths_by_first: dict[str, list[int]] = {}

    def add(self, canonical: str, label: str, aliases: Iterable[str], wikidata: str | None = None, *,
            country: str | None = None, lat: float | None = None, lon: float | None = None,
            geonames_id: int | None = None, loose_vowels: bool = False) -> None:
        for alias in _with_spaced_hyphens(aliases):
            alias = alias.strip()
            if not alias:
                continue
            key = tuple(self.key(t) for t in self.tokenize(alias))
            if not key:
                continue
            entry = GazetteerEntry(canonical, label, wikidata or None, alias, country or None, lat, lon, geonames_id)
            if key not in self.index:  # the first table to name an alias wins
                self.index[key] = entry
                self.by_canonical.setdefault(canonical, entry)
                self.keys_by_canonical.setdefault(canonical, []).append(key)
                self.max_len = max(self.max_len, len(key))
                _add_length(self.lengths_by_first, key)
            if loose_vowels:
                loose_key = tuple(loose(t) for t in key)
                # a one-word alias that is a common word up to i/u length matches only as written:
                # पुरी (Puri) is no loose पूरी (full)
                if len(loose_key) == 1 and loose_key[0] in self.loose_common:
                    continue
                if self.written_only & set(key):
                    continue  # "जॉन की" (John Key) is no loose "जान की" ("of life")
                if loose_key not in self.loose_index:
                    self.loose_index[loose_key] = entry
                    _add_length(self.loose_lengths_by_first, loose_key)

    def load_dir(self, folder: Path) -> int:
        """Load every TSV in folder that has the gazetteer columns; others (e.g. builder inputs) are skipped."""
        files = 0
        settings_path = Path(folder) / SETTINGS
        settings = tomllib.loads(settings_path.read_text(encoding="utf-8")) if settings_path.exists() else {}
        loose_tables = set(settings.get("loose_vowels", []))
        # tables of guessed spellings (towns_india: build_towns.py): knowledge for the linker, matched only by the
        # spelling stage
        spelling_only = set(settings.get("spelling_only", []))
        self.written_only = {self.key(w) for w in settings.get("written_only", [])}
        if settings.get("common_words"):
            words = (Path(folder) / settings["common_words"]).read_text(encoding="utf-8").splitlines()
            self.loose_common = {loose(self.key(w.strip())) for w in words if w.strip() and not w.startswith("#")}
        for path in sorted(Path(folder).glob("*.tsv")):
            with path.open(encoding="utf-8", newline="") as f:
                reader = csv.DictReader(f, delimiter="\t")
                cols = reader.fieldnames or []
                if path.stem == "demonyms" and {"adjective", "country"} <= set(cols):
                    for row in reader:
                        adj = (row.get("adjective") or "").strip()
                        if adj:
                            self.demonyms[self.key(adj)] = (row["country"].strip(), (row.get("government") or "").strip())
                    continue
                if path.stem == "generic" and {"alias", "country"} <= set(cols):
                    for row in reader:
                        key = tuple(self.key(t) for t in self.tokenize((row.get("alias") or "").strip()))
                        if key:
                            self.generic[key] = GenericAlias(row["country"].strip(), (row.get("qualified") or "").strip())
                    continue
                if not all(c in cols for c in REQUIRED):
                    continue
                files += 1
                if path.stem in spelling_only:
                    for row in reader:
                        if row.get("canonical") and row.get("label"):
                            self.by_canonical.setdefault(row["canonical"].strip(), GazetteerEntry(
                                row["canonical"].strip(), row["label"].strip(), (row.get("wikidata") or "").strip() or None,
                                (row.get("aliases") or "").split("|")[0].strip(), (row.get("country") or "").strip() or None,
                                _float(row.get("lat")), _float(row.get("lon")), _int(row.get("geonames_id"))))
                    continue
                for row in reader:
                    if row.get("canonical") and row.get("label"):
                        if path.stem == "countries":
                            self.countries.add(row["canonical"].strip())
                        self.add(row["canonical"].strip(), row["label"].strip(), row_aliases(row),
                                 (row.get("wikidata") or "").strip(), country=(row.get("country") or "").strip(),
                                 lat=_float(row.get("lat")), lon=_float(row.get("lon")),
                                 geonames_id=_int(row.get("geonames_id")), loose_vowels=path.stem in loose_tables)
        self._add_demonym_spellings()
        return files

    def _add_demonym_spellings(self) -> None:
        """An alias that opens with a nationality adjective also matches with the adjective's other
        spellings of as many words (demonyms.tsv): BBC Hindi's "अमरीकी सेना" and "इसराइली सेना" are the
        tables' "अमेरिकी सेना" and "इजराइली सेना". An alias a table lists keeps its own row."""
        spellings: dict[str, list[tuple[str, ...]]] = {}
        for adjective, (country, _) in self.demonyms.items():
            spellings.setdefault(country, []).append(tuple(adjective.split()))
        by_first = {}
        for forms in spellings.values():
            for form in forms:
                by_first.setdefault(form[0], []).append((form, [f for f in forms if f != form and len(f) == len(form)]))
        for key, entry in list(self.index.items()):
            for form, others in by_first.get(key[0], ()):
                if len(key) > len(form) and key[:len(form)] == form:
                    for other in others:
                        variant = other + key[len(form):]
                        if variant not in self.index:
                            self.index[variant] = entry
                            self.keys_by_canonical.setdefault(entry.canonical, []).append(variant)
                            self.max_len = max(self.max_len, len(variant))
                            _add_length(self.lengths_by_first, variant)

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
        key = tuple(self.key(t) for t in self.tokenize(text))
        entry = self.index.get(key)
        if entry is None and self.loose_index:
            entry = self.loose_index.get(tuple(loose(t) for t in key))
        return entry

    def match(self, folded_tokens: list[str]) -> list[tuple[int, int, GazetteerEntry]]:
        """Longest matches, left to right, as (first token, last token + 1, entry). A loose match
        (loose_vowels tables) counts where no exact match of that length is."""
        out = []
        i, n = 0, len(folded_tokens)
        loose_tokens = [loose(t) for t in folded_tokens] if self.loose_index else None
        while i < n:
            lengths = self.lengths_by_first.get(folded_tokens[i], ())
            if loose_tokens is not None:
                more = self.loose_lengths_by_first.get(loose_tokens[i], ())
                if more:
                    lengths = sorted(set(lengths) | set(more), reverse=True)
            for length in lengths:
                if length > n - i:
                    continue
                entry = self.index.get(tuple(folded_tokens[i:i + length]))
                if entry is None and loose_tokens is not None:
                    entry = self.loose_index.get(tuple(loose_tokens[i:i + length]))
                if entry is not None:
                    out.append((i, i + length, entry))
                    i += length
                    break
            else:
                i += 1
        return out


def _add_length(lengths_by_first: dict[str, list[int]], key: tuple[str, ...]) -> None:
    lengths = lengths_by_first.setdefault(key[0], [])
    if len(key) not in lengths:
        lengths.append(len(key))
        lengths.sort(reverse=True)


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
                    out.update(fold(a) for a in row_aliases(row) if a.strip() and len(a.split()) == 1)
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
