"""Throughput of the NER model on one core: tokens/second (tokenizer + NER) over the text of
../shared/data/news-2020. Prints the number (and details on stderr).

    python -m pipeline.training.bench_ner [--corpus DIR] [--model DIR] [--max-chars N]
"""
from __future__ import annotations

import os

# one core, as deployed
for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse
import sys
import time
from pathlib import Path

from pipeline.core.blas import CHOICES
from pipeline.stages.ner_model import load_model
from pipeline.training import conll

REPO = Path(__file__).resolve().parents[2]
DEFAULT_MODEL = REPO / "pipeline" / "models" / "ner-hi"


def read_texts(corpus: Path, max_chars: int | None = None) -> list[str]:
    """Non-empty lines (paragraphs) of all .txt files under corpus, in a stable order."""
    texts: list[str] = []
    total = 0
    for p in sorted(corpus.rglob("*.txt")):
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if line:
                texts.append(line)
                total += len(line)
                if max_chars and total >= max_chars:
                    return texts
    return texts


def normaliser():
    try:
        from pipeline.hindi.normalise import normalise_text  # type: ignore

        return lambda t: normalise_text(t).text
    except Exception:
        import unicodedata

        zw = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"), None)
        return lambda t: unicodedata.normalize("NFC", t).translate(zw)


def bench(nlp, texts: list[str], batch_size: int = 256) -> tuple[int, float, float]:
    """Return (tokens, cpu_seconds, wall_seconds). CPU time of this (single-threaded) process
    is what one free core would take; wall time is inflated when the machine is shared."""
    n_tok = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        n_tok += len(doc)
    return n_tok, time.process_time() - c0, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="NER tokens/second on one core over news-2020.")
    ap.add_argument("--corpus", type=Path, default=None, help="default: data/news-2020 of the shared folder")
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--max-chars", type=int, default=None, help="only the first N characters")
    ap.add_argument("--blas", choices=CHOICES, default="numpy",
                    help="matrix multiplies through numpy's BLAS (as the pipeline does) or thinc's BLIS")
    args = ap.parse_args(argv)
    if args.corpus is None:
        args.corpus = conll.shared_dir() / "data" / "news-2020"
    try:
        import torch

        torch.set_num_threads(1)
    except Exception:
        pass
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    nlp = load_model(args.model, args.blas)
    norm = normaliser()
    texts = [norm(t) for t in read_texts(args.corpus, args.max_chars)]
    bench(nlp, texts[:200])  # warm-up
    n_tok, cpu, wall = bench(nlp, texts)
    print(f"{n_tok} tokens, {len(texts)} paragraphs: {cpu:.1f}s CPU ({n_tok / cpu:.0f} tok/s), "
          f"{wall:.1f}s wall ({n_tok / wall:.0f} tok/s); printed: tokens per CPU-second",
          file=sys.stderr)
    print(f"{n_tok / cpu:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
