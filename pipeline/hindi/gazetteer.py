"""Gazetteer tables (configs/gazetteers/*.tsv) and longest-match lookup over tokens.

A table has the columns canonical, label, aliases (separated by |) and wikidata.
Matching compares folded tokens (no nukta, no zero-width joiners, Latin
lower-cased), so अमरीका and अमरीका with a nukta are one key.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .normalise import fold

REQUIRED = ("canonical", "label", "aliases")


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
                self.max_len = max(self.max_len, len(key))

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
                if not all(c in cols for c in REQUIRED):
                    continue
                files += 1
                for row in reader:
                    if row.get("canonical") and row.get("label"):
                        self.add(row["canonical"].strip(), row["label"].strip(), (row.get("aliases") or "").split("|"),
                                 (row.get("wikidata") or "").strip())
        return files

    def lookup(self, text: str) -> GazetteerEntry | None:
        return self.index.get(tuple(fold(t) for t in self.tokenize(text)))

    def match(self, folded_tokens: list[str]) -> list[tuple[int, int, GazetteerEntry]]:
        """Longest matches, left to right, as (first token, last token + 1, entry)."""
        out = []
        i, n = 0, len(folded_tokens)
        while i < n:
            for length in range(min(self.max_len, n - i), 0, -1):
                entry = self.index.get(tuple(folded_tokens[i:i + length]))
                if entry is not None:
                    out.append((i, i + length, entry))
                    i += length
                    break
            else:
                i += 1
        return out
