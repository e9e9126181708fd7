"""Read token<TAB>tag CoNLL files (IL-NER, HiNER), map tags to PER/ORG/LOC/DATE, clean, dedupe.

Broken tags: IL-NER has ~1% sentences with tags such as ``-`` or ``-NEL``. Looking at them, the
``-`` tokens are often real names left unannotated (e.g. a poet in a list of poets), so neither
"O" nor a guessed type is safe. We DROP every sentence that has any broken tag (92 train, 11 dev,
15 test sentences); that loses <1% of the data and keeps wrong supervision out of training and
scoring. Invalid BIO transitions (``I-X`` not after ``B-X``/``I-X``) are REPAIRED to ``B-X``,
the usual CoNLL convention.
"""
from __future__ import annotations

import argparse
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

LABELS = ("PER", "ORG", "LOC", "DATE")

# Tag maps per scheme: source entity type -> our label; anything not listed becomes O.
SCHEMES: dict[str, dict[str, str]] = {
    "il-ner": {"NEP": "PER", "NEL": "LOC", "NEO": "ORG", "NETI": "DATE"},
    "hiner": {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "TIMEX": "DATE"},
    # already-mapped files (e.g. our own tag_conll output)
    "ner": {lab: lab for lab in LABELS},
}

_TAG_RE = re.compile(r"^(?:O|[BI]-[A-Za-z_]+)$")
_ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"), None)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]  # BIO tags, raw (before mapping) or mapped
    broken: bool = False
    meta: dict = field(default_factory=dict)

    def key(self) -> str:
        """Identity used for dedupe: the normalised token sequence."""
        return " ".join(_basic_norm(t) for t in self.tokens)


def read_conll(path: str | Path) -> list[Sentence]:
    """Read a CoNLL file: first column token, last column tag (if any), blank line between
    sentences. Sentences whose tag column does not match ``O|B-X|I-X`` are marked broken."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    broken = False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if toks:
                    sents.append(Sentence(toks, tags, broken))
                toks, tags, broken = [], [], False
                continue
            cols = line.split("\t")
            tok = cols[0]
            tag = cols[-1].strip() if len(cols) > 1 else "O"
            if not _TAG_RE.match(tag):
                broken = True
            toks.append(tok)
            tags.append(tag)
    if toks:
        sents.append(Sentence(toks, tags, broken))
    return sents


def map_tags(tags: list[str], scheme: str) -> list[str]:
    """Map raw BIO tags to PER/ORG/LOC/DATE BIO tags and repair bad I- transitions."""
    mapping = SCHEMES[scheme]
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag == "O" or "-" not in tag or not _TAG_RE.match(tag):
            new = "O"
        else:
            bio, typ = tag.split("-", 1)
            lab = mapping.get(typ)
            if lab is None:
                new = "O"
            elif bio == "I" and prev not in (f"B-{lab}", f"I-{lab}"):
                new = f"B-{lab}"  # repair: entity cannot start with I-
            else:
                new = f"{bio}-{lab}"
        out.append(new)
        prev = new
    return out


def _basic_norm(tok: str) -> str:
    """Minimal normalisation: NFC, zero-width characters removed, curly quotes straightened."""
    return unicodedata.normalize("NFC", tok).translate(_ZW).translate(_QUOTES)


def token_normaliser() -> Callable[[str], str]:
    """Return the per-token normaliser matching the run-time pipeline.

    Uses ``pipeline.hindi.normalise.normalise_text`` when it exists; otherwise NFC + zero-width
    removal + quote straightening + the Indic NLP Devanagari normaliser (same steps)."""
    try:
        from pipeline.hindi.normalise import normalise_text  # type: ignore

        def norm(tok: str) -> str:
            return normalise_text(tok).text.strip()

        norm("परीक्षा")  # fail early if the module is half-written
        return norm
    except Exception:
        pass
    try:
        from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

        ind = IndicNormalizerFactory().get_normalizer("hi")

        def norm(tok: str) -> str:
            return unicodedata.normalize("NFC", ind.normalize(_basic_norm(tok))).translate(_ZW).strip()

        return norm
    except Exception:
        return lambda tok: _basic_norm(tok).strip()


def normalise_sentence(sent: Sentence, norm: Callable[[str], str]) -> Sentence:
    """Normalise tokens; tokens that normalise to nothing (e.g. a lone ZWJ) are dropped and the
    BIO sequence is re-repaired. Tokens containing whitespace after normalisation are joined."""
    toks, tags = [], []
    for tok, tag in zip(sent.tokens, sent.tags):
        t = "".join(norm(tok).split())
        if t:
            toks.append(t)
            tags.append(tag)
    return Sentence(toks, tags, sent.broken, dict(sent.meta))


def load(path: str | Path, scheme: str, *, drop_broken: bool = True,
         normalise: Callable[[str], str] | None = None) -> list[Sentence]:
    """Read, drop broken sentences, map tags, optionally normalise tokens."""
    out = []
    for s in read_conll(path):
        if s.broken and drop_broken:
            continue
        s = Sentence(s.tokens, map_tags(s.tags, scheme), s.broken, {"source": str(path)})
        if normalise is not None:
            s = normalise_sentence(s, normalise)
            s.tags = map_tags(s.tags, "ner")
        if s.tokens:
            out.append(s)
    return out


def dedupe_against(sents: Iterable[Sentence], reference: Iterable[Sentence]) -> tuple[list[Sentence], int]:
    """Remove sentences whose token sequence occurs in ``reference`` (e.g. train). Returns
    (kept, n_removed)."""
    seen = {s.key() for s in reference}
    kept = [s for s in sents if s.key() not in seen]
    return kept, 0 if not isinstance(sents, list) else len(sents) - len(kept)


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags -> list of (start, end_exclusive, label). Assumes repaired tags."""
    out: list[tuple[int, int, str]] = []
    start, lab = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag.startswith("I-") and lab == tag[2:]:
            continue
        if start is not None:
            out.append((start, i, lab))
            start, lab = None, None
        if tag.startswith("B-") or tag.startswith("I-"):
            start, lab = i, tag[2:]
    return out


def write_conll(sents: Iterable[Sentence], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for s in sents:
            for t, g in zip(s.tokens, s.tags):
                fh.write(f"{t}\t{g}\n")
            fh.write("\n")


SHARED_ENV = "HINDI_EVENTS_SHARED"


class SharedDataNotFound(FileNotFoundError):
    """No shared data folder was found: the message says where it looked and what to pass."""


def find_shared(cwd: Path | None = None) -> Path | None:
    """The project's shared data folder, or None: $HINDI_EVENTS_SHARED, else the first folder named
    ``shared`` holding ``data/`` or ``eval/`` beside the repository, the working directory, or one of
    their parents (../shared from /work/main, ../../shared from a clone in /work/wt/NAME)."""
    if os.environ.get(SHARED_ENV):
        return Path(os.environ[SHARED_ENV])
    repo = Path(__file__).resolve().parents[2]
    here = (cwd or Path.cwd()).resolve()
    for base in (repo, here):
        for folder in (base, *base.parents):
            candidate = folder / "shared"
            if (candidate / "data").is_dir() or (candidate / "eval").is_dir():
                return candidate
    return None


def shared_dir(cwd: Path | None = None) -> Path:
    """find_shared(), or a SharedDataNotFound that says to pass the path."""
    found = find_shared(cwd)
    if found is None:
        repo = Path(__file__).resolve().parents[2]
        raise SharedDataNotFound(
            f"no shared data folder found (a folder named 'shared' holding data/ or eval/, beside {repo}, "
            f"{(cwd or Path.cwd()).resolve()} or one of their parents): pass the data path on the command "
            f"line (e.g. --data, --corpus) or set {SHARED_ENV}=/path/to/shared")
    return found


def main(argv: list[str] | None = None) -> int:
    """Print statistics of a CoNLL file after mapping/cleaning (sanity check)."""
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("conll")
    ap.add_argument("--scheme", choices=sorted(SCHEMES), default="il-ner")
    ap.add_argument("--dedupe-against", nargs="*", default=[], help="train files (same scheme order: path:scheme)")
    args = ap.parse_args(argv)
    raw = read_conll(args.conll)
    sents = load(args.conll, args.scheme)
    print(f"sentences {len(raw)}, broken dropped {sum(s.broken for s in raw)}, kept {len(sents)}")
    ref: list[Sentence] = []
    for spec in args.dedupe_against:
        p, _, sch = spec.partition(":")
        ref += load(p, sch or args.scheme)
    if ref:
        sents, n = dedupe_against(sents, ref)
        print(f"removed {n} sentences found in reference; kept {len(sents)}")
    from collections import Counter

    c = Counter(lab for s in sents for _, _, lab in spans(s.tags))
    print(dict(c))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
