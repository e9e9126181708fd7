"""What each spelling folding of the matching key gains and costs.

For each folding, added one after the other (nukta only; + candrabindu as anusvara; + a class
nasal with virama as anusvara; + short/long i and u for the tables configs/gazetteers/tables.toml
lists under loose_vowels), prints per corpus how many gazetteer matches the text gets and how many
more than with the folding before, a sample of the new matches, and the false merges: aliases
of different entities in the tables that the folding makes one key.

Run:  python -m pipeline.tools.measure_folding CORPUS_DIR [CORPUS_DIR ...] [--sample 15]

A corpus is a folder or file the pipeline reads (.txt files, a .jsonl of documents...).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ..hindi.gazetteer import Gazetteer
from ..hindi.normalise import ANUSVARA, CANDRABINDU, fold, fold_nukta, loose, normalise_text
from ..hindi.tokenizer import hindi_tokenizer
from ..io.readers import Skipped, read_corpus

REPO = Path(__file__).resolve().parents[2]
GAZ_DIR = REPO / "configs" / "gazetteers"
TOKENIZER_RULES = REPO / "configs" / "tokenizer.toml"


def _candrabindu(text: str) -> str:
    return fold_nukta(text).replace(CANDRABINDU, ANUSVARA)


# name, key function, loose matching of the loose_vowels tables
FOLDINGS = [("nukta", fold_nukta, False), ("+candrabindu", _candrabindu, False),
            ("+class nasal", fold, False), ("+loose i/u (loose_vowels tables)", fold, True)]

# Candidate foldings, measured but not in the key (python -m pipeline.tools.measure_folding
# --candidates): each on top of the key as shipped (fold, loose i/u), one at a time.
_E_AI = str.maketrans({"\u0948": "\u0947", "\u0910": "\u090f"})  # ै as े: हैदराबाद / हेदराबाद
_AA_O = str.maketrans({"\u0949": "\u093e", "\u0911": "\u0906"})  # ॉ as ा: डॉक्टर / डाक्टर
_DDH_RDH = re.compile("\u0930\u094d\u0926\u094d\u0927")  # र्द्ध as र्ध: हर्षवर्द्धन / हर्षवर्धन


def _e_ai(text: str) -> str:
    return fold(text).translate(_E_AI)


def _aa_o(text: str) -> str:
    return fold(text).translate(_AA_O)


def _ddh(text: str) -> str:
    return _DDH_RDH.sub("\u0930\u094d\u0927", fold(text))


def _ra_virama(text: str) -> str:
    """र् before a consonant and ्र after one both dropped: प्रकाश, पर्काश -> पकाश."""
    return fold(text).replace("\u0930\u094d", "").replace("\u094d\u0930", "")


CANDIDATES = [("+ै as े", _e_ai, True), ("+ॉ as ा", _aa_o, True), ("+द्ध as र्ध", _ddh, True),
              ("+र्/्र as र", _ra_virama, True)]


def build(key, use_loose: bool, tokenize) -> Gazetteer:
    gaz = Gazetteer(tokenize, key=key)
    gaz.load_dir(GAZ_DIR)
    if not use_loose:
        gaz.loose_index.clear()
        gaz.loose_lengths_by_first.clear()
    return gaz


def corpus_tokens(corpus: Path, tokenizer) -> list[list[str]]:
    """Token texts of each document of corpus (a folder or file the pipeline reads: .txt, .jsonl...),
    one list per paragraph line."""
    out = []
    for doc in read_corpus(corpus):
        if isinstance(doc, Skipped):
            continue
        for line in normalise_text(doc.text).text.splitlines():
            if line.strip():
                out.append([t.text for t in tokenizer(line) if not t.is_space])
    return out


def matches(gaz: Gazetteer, lines: list[list[str]]) -> Counter:
    """(line, first token, surface, canonical) of every match."""
    found = Counter()
    for n, tokens in enumerate(lines):
        keys = [gaz.key(t) for t in tokens]
        for i, j, entry in gaz.match(keys):
            found[(n, i, " ".join(tokens[i:j]), entry.canonical)] += 1
    return found


def merges(gaz: Gazetteer, before: Gazetteer, use_loose: bool) -> list[tuple[str, list[str]]]:
    """Aliases of different canonicals that are one key under gaz (for the loose folding: one loose
    key, at least one of them in a loose_vowels table) but were several keys before."""
    groups = defaultdict(set)  # key -> {(alias, canonical, transliterated)}
    for alias, canonical, transliterated in _all_aliases():
        k = tuple(gaz.key(t) for t in gaz.tokenize(alias))
        if use_loose:
            k = tuple(loose(t) for t in k)
        groups[k].add((alias, canonical, transliterated))
    out = []
    for k, members in groups.items():
        if len({c for _, c, _ in members}) < 2 or (use_loose and not any(t for _, _, t in members)):
            continue
        if len({tuple(before.key(t) for t in before.tokenize(a)) for a, _, _ in members}) == 1:
            continue  # one key already before this folding
        out.append((" ".join(k), [f"{a} ({c})" for a, c, _ in sorted(members)]))
    return out


_ROWS: list[tuple[str, str, bool]] | None = None


def _all_aliases() -> list[tuple[str, str, bool]]:
    import csv
    import tomllib
    global _ROWS
    if _ROWS is None:
        settings = GAZ_DIR / "tables.toml"
        translit = set(tomllib.loads(settings.read_text(encoding="utf-8")).get("loose_vowels", [])) \
            if settings.exists() else set()
        _ROWS = []
        for path in sorted(GAZ_DIR.glob("*.tsv")):
            with path.open(encoding="utf-8", newline="") as fh:
                reader = csv.DictReader(fh, delimiter="\t")
                if not {"canonical", "label", "aliases"} <= set(reader.fieldnames or []):
                    continue
                for row in reader:
                    for alias in (row.get("aliases") or "").split("|"):
                        if alias.strip():
                            _ROWS.append((alias.strip(), row["canonical"], path.stem in translit))
    return _ROWS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--sample", type=int, default=15, help="new matches shown per folding and corpus")
    ap.add_argument("--candidates", action="store_true",
                    help="measure the candidate foldings (ै/े, ॉ/ा, द्ध/र्ध, र्/्र), each against the key as shipped")
    args = ap.parse_args(argv)
    tokenizer = hindi_tokenizer(str(TOKENIZER_RULES))
    alias_tokenizer = hindi_tokenizer(None)

    def tokenize(s):
        return [t.text for t in alias_tokenizer(s) if not t.is_space]

    foldings = FOLDINGS[-1:] + CANDIDATES if args.candidates else FOLDINGS
    gazetteers = [(name, build(key, use_loose, tokenize), use_loose) for name, key, use_loose in foldings]
    if args.candidates:
        return _candidates(args, gazetteers, tokenizer)
    rng = random.Random(0)
    for folder in args.corpora:
        lines = corpus_tokens(folder, tokenizer)
        print(f"\n## {folder} ({len(lines)} lines)")
        previous = None
        for name, gaz, _ in gazetteers:
            found = matches(gaz, lines)
            total = sum(found.values())
            if previous is None:
                print(f"{name:32s} {total:7d} matches")
            else:
                new = [m for m in found if m not in previous]
                lost = [m for m in previous if m not in found]
                print(f"{name:32s} {total:7d} matches ({len(new):+d} new, {len(lost)} changed or lost)")
                for n, i, surface, canonical in rng.sample(new, min(args.sample, len(new))):
                    print(f"    new: {surface} -> {canonical}")
                for n, i, surface, canonical in rng.sample(lost, min(5, len(lost))):
                    print(f"    lost: {surface} -> {canonical}")
            previous = found
    print("\n## false merges: aliases of different entities made one key")
    before = None
    for name, gaz, use_loose in gazetteers:
        if before is not None:
            found = merges(gaz, before, use_loose)
            print(f"{name}: {len(found)}")
            for key, members in found:
                print(f"    {key}: {' | '.join(members)}")
        before = gaz
    return 0


def _candidates(args, gazetteers, tokenizer) -> int:
    """Each candidate against the shipped key (the first of gazetteers): new matches, a sample of
    them, and the false merges it adds."""
    rng = random.Random(0)
    (base_name, base, _), candidates = gazetteers[0], gazetteers[1:]
    for folder in args.corpora:
        lines = corpus_tokens(folder, tokenizer)
        found = matches(base, lines)
        print(f"\n## {folder} ({len(lines)} lines): {base_name} {sum(found.values())} matches")
        for name, gaz, _ in candidates:
            more = matches(gaz, lines)
            new = [m for m in more if m not in found]
            lost = [m for m in found if m not in more]
            print(f"{name:32s} {len(new):+d} new, {len(lost)} changed or lost")
            for n, i, surface, canonical in rng.sample(new, min(args.sample, len(new))):
                print(f"    new: {surface} -> {canonical}")
    print("\n## false merges each candidate adds")
    for name, gaz, use_loose in candidates:
        found = merges(gaz, base, use_loose)
        print(f"{name}: {len(found)}")
        for key, members in found:
            print(f"    {key}: {' | '.join(members)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
