"""Tag a pre-tokenised CoNLL file with the NER model.

Input: first column of each line is a token, blank line between sentences.
Output: token<TAB>BIO tag, exactly one output line per input line; blank lines kept.

    python -m pipeline.training.tag_conll --conll IN --out OUT
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import sys
from pathlib import Path
from typing import Iterator

from pipeline.hindi import ner_features  # noqa: F401  (registers the lexicon architecture)
from pipeline.training import conll

REPO = Path(__file__).resolve().parents[2]
DEFAULT_MODEL = REPO / "pipeline" / "models" / "ner-hi"


def _blocks(lines: list[str]) -> Iterator[tuple[str, int, int]]:
    """Yield ('blank', i, i+1) for blank lines and ('sent', start, end) for token runs."""
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            yield "blank", i, i + 1
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        yield "sent", i, j
        i = j


def tag_lines(nlp, lines: list[str], batch_size: int = 256) -> list[str]:
    """Return one output line (no newline) per input line."""
    from spacy.tokens import Doc

    norm = conll.token_normaliser()
    blocks = list(_blocks(lines))
    tokens_per_sent = []
    for kind, a, b in blocks:
        if kind == "sent":
            tokens_per_sent.append([lines[k].strip().split()[0] for k in range(a, b)])

    def make_doc(toks):
        # model sees normalised tokens; a token normalising to nothing keeps its original form
        words = [("".join(norm(t).split()) or t) for t in toks]
        return Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])

    docs = nlp.pipe((make_doc(t) for t in tokens_per_sent), batch_size=batch_size)
    out: list[str] = []
    for kind, a, b in blocks:
        if kind == "blank":
            out.append("")
            continue
        doc = next(docs)
        toks = [lines[k].strip().split()[0] for k in range(a, b)]
        for tok, t in zip(toks, doc):
            tag = "O" if not t.ent_type_ else f"{t.ent_iob_}-{t.ent_type_}"
            out.append(f"{tok}\t{tag}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Tag a pre-tokenised CoNLL file (token<TAB>BIO out).")
    ap.add_argument("--conll", type=Path, required=True, help="input file, first column = token")
    ap.add_argument("--out", type=Path, required=True, help="output file ('-' for stdout)")
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    args = ap.parse_args(argv)

    from ..stages.ner_model import load_model

    nlp = load_model(args.model)
    with open(args.conll, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    out = tag_lines(nlp, lines)
    text = "".join(l + "\n" for l in out)
    if str(args.out) == "-":
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
