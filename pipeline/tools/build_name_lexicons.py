"""Grow the given-name and surname lexicons from corpus counts.

A word is taken as a surname when, in the raw corpora, it follows a known given name
(configs/ner/lexicon/given_names.txt) right before a case marker or punctuation ("अमिता उप्रेती
ने") at least --min-count times, in at least half of those with distinct given names, and is no
common Hindi word (configs/ner/lexicon/common_words.txt), title, case marker or stop word
(configs/ner.toml). Likewise a word is a given name when it comes before a known surname
(configs/ner/lexicon/surnames.txt) after a title or role ("एसडीएम विकास हिमांशु"), or before a
known surname and a case marker ("विकास चौधरी ने"), that often; given names may be common words
(विकास, कौशल), since the frame around them is what says they are names. Words already in
the hand lists are left out. The output lists are read by pipeline/stages/ner_first_names.py.

Run:  python -m pipeline.tools.build_name_lexicons CORPUS_DIR [CORPUS_DIR ...] [--min-count 2]
"""
from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

from ..hindi.acronyms import read_letter_names, spells_letters
from ..hindi.ner_features import read_word_list
from ..hindi.normalise import fold, normalise_text
from ..hindi.tokenizer import hindi_tokenizer
from ..io.readers import Skipped, read_corpus

REPO = Path(__file__).resolve().parents[2]
LEXICON = REPO / "configs" / "ner" / "lexicon"
OUT_GIVEN = LEXICON / "corpus_given_names.txt"
OUT_SURNAMES = LEXICON / "corpus_surnames.txt"


def _devanagari(word: str) -> bool:
    return bool(word) and all("\u0900" <= c <= "\u097f" for c in word)


def count(corpora: list[Path], given: set[str], surnames: set[str], titles: set[str], boundaries: set[str],
          common: set[str]):
    """(surname candidates, given-name candidates): word -> Counter of the known name it stood with."""
    tokenizer = hindi_tokenizer(str(REPO / "configs" / "tokenizer.toml"))
    new_surnames: dict[str, Counter] = defaultdict(Counter)
    new_given: dict[str, Counter] = defaultdict(Counter)
    for corpus in corpora:
        for doc in read_corpus(corpus):
            if isinstance(doc, Skipped):
                continue
            for line in normalise_text(doc.text).text.splitlines():
                words = [fold(t.text) for t in tokenizer(line) if not t.is_space]
                n = len(words)
                for k in range(1, n):
                    ends = k + 1 == n or words[k + 1] in boundaries or not any(c.isalnum() for c in words[k + 1])
                    if words[k - 1] in given and ends:
                        new_surnames[words[k]][words[k - 1]] += 1
                    if words[k] in surnames and (k >= 2 and words[k - 2] in titles):
                        new_given[words[k - 1]][words[k]] += 1  # after a title: may be a common word
                    elif words[k] in surnames and ends and words[k - 1] not in common:
                        new_given[words[k - 1]][words[k]] += 1
    return new_surnames, new_given


def select(candidates: dict[str, Counter], known: set[str], stop: set[str], min_count: int,
           allow_common: bool, common: set[str], letters: list[str]) -> list[tuple[str, int]]:
    out = []
    for word, partners in candidates.items():
        total = sum(partners.values())
        if (total < min_count or len(partners) * 2 < min(total, 4) or word in known or word in stop
                or not _devanagari(word) or len(word) < 2 or word.endswith("ों") or spells_letters(word, letters)
                or (not allow_common and word in common)):
            continue
        out.append((word, total))
    return sorted(out, key=lambda x: (-x[1], x[0]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    rules = tomllib.loads((REPO / "configs" / "ner.toml").read_text(encoding="utf-8"))
    titles = {fold(w) for key in ("titles", "person_roles", "honorifics") for w in rules.get(key, [])}
    boundaries = {fold(w) for w in rules.get("case_markers", [])}
    stop = titles | boundaries | {fold(w) for key in ("not_names", "list_stop_words") for w in rules.get(key, [])}
    for name in ("org_heads.txt", "loc_heads.txt"):
        stop |= {fold(w) for w in read_word_list(LEXICON / name)}
    common = {fold(w) for w in read_word_list(LEXICON / "common_words.txt")}
    given = {fold(w) for w in read_word_list(LEXICON / "given_names.txt")}
    letters = read_letter_names(LEXICON / "letter_names.txt")  # initials (वीके, एस) are no given names
    surnames = {fold(w) for w in read_word_list(LEXICON / "surnames.txt")}
    cand_surnames, cand_given = count(args.corpora, given, surnames, titles, boundaries, common)
    corpora = ", ".join(p.name for p in args.corpora)
    for path, picked, what in (
            (OUT_SURNAMES, select(cand_surnames, surnames | given, stop, args.min_count, False, common, letters),
             "surnames: words after a known given name, before a case marker or punctuation"),
            (OUT_GIVEN, select(cand_given, given | surnames, stop, args.min_count, True, common, letters),
             "given names: words before a known surname, after a title or before a case marker")):
        header = (f"# Generated by python -m pipeline.tools.build_name_lexicons (min count {args.min_count}) from {corpora}:\n"
                  f"# {what}. Do not edit by hand; the count of each word is in the first column.\n")
        path.write_text(header + "".join(f"{n}\t{w}\n" for w, n in picked), encoding="utf-8")
        print(f"{path.relative_to(REPO)}: {len(picked)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
