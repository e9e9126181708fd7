"""Build spaCy DocBins from IL-NER + HiNER and train the Hindi NER model (CPU, one thread).

    python -m pipeline.training.train_ner --data ../shared/data --out pipeline/models/ner-hi

Train = IL-NER train + HiNER val part a; dev = IL-NER dev minus sentences that occur in train
(used by spaCy to pick model-best). Broken-tag sentences are dropped (see conll.py). Tokens are
normalised as the run-time pipeline normalises text (conll.token_normaliser).
--silver adds silver sentences from raw news (pipeline/training/silver.py); --hold-out-hiner
keeps a hashed share of HiNER part a out of train to compare runs on it (RESULTS.md, 2026-12-04).
"""
from __future__ import annotations

import os

# One core: other agents use the second one. Must be set before numpy/torch are imported.
for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import json
import shutil
import signal
import tempfile
import sys
from pathlib import Path

from pipeline.core.blas import CHOICES as BLAS_CHOICES
from pipeline.hindi import ner_features  # noqa: F401  (registers the lexicon architecture)
from pipeline.training import conll

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = REPO / "configs" / "ner" / "ner-hi.cfg"


def sentences_to_docbin(sents, nlp):
    from spacy.tokens import Doc, DocBin

    db = DocBin(store_user_data=False)
    for s in sents:
        doc = Doc(nlp.vocab, words=s.tokens, spaces=[True] * (len(s.tokens) - 1) + [False])
        doc.ents = [doc.char_span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), label=lab)
                    for a, b, lab in conll.spans(s.tags)]
        db.add(doc)
    return db


def retokenise(sents, nlp):
    """Split gold tokens the way spaCy's Hindi tokenizer splits running text (e.g. "है।" ->
    "है" "।", "डॉ." -> "डॉ" "."), so training sees run-time tokenisation. B-X on a split token
    becomes B-X I-X..."""
    cache: dict[str, list[str]] = {}
    out = []
    for s in sents:
        toks, tags = [], []
        for t, g in zip(s.tokens, s.tags):
            sub = cache.get(t)
            if sub is None:
                sub = cache[t] = [x.text for x in nlp.tokenizer(t) if x.text.strip()] or [t]
            toks += sub
            tags += [g] + [("I" + g[1:]) if g != "O" else "O"] * (len(sub) - 1)
        out.append(conll.Sentence(toks, tags, s.broken, s.meta))
    return out


def augment_mentions(sents, copies: int, seed: int = 0, labels=("PER", "ORG", "LOC")):
    """Mention replacement (Dai & Adel 2020): for each sentence with a PER/ORG/LOC entity, add
    `copies` copies in which every such entity is swapped for a random training mention of the
    same label. The context stays, the names change, so the model must learn cues beyond the
    names it has seen."""
    import random

    rng = random.Random(seed)
    pool: dict[str, list[tuple[str, ...]]] = {lab: [] for lab in labels}
    for s in sents:
        for a, b, lab in conll.spans(s.tags):
            if lab in pool:
                pool[lab].append(tuple(s.tokens[a:b]))
    out = []
    for s in sents:
        ents = [x for x in conll.spans(s.tags) if x[2] in pool and pool[x[2]]]
        for _ in range(copies if ents else 0):
            toks, tags, i = [], [], 0
            for a, b, lab in ents:
                toks += s.tokens[i:a]
                tags += s.tags[i:a]
                new = rng.choice(pool[lab])
                toks += list(new)
                tags += [f"B-{lab}"] + [f"I-{lab}"] * (len(new) - 1)
                i = b
            toks += s.tokens[i:]
            tags += s.tags[i:]
            out.append(conll.Sentence(toks, tags, False, {"augmented": True}))
    return out


def consistent_labels(sents, min_share: float = 0.5, min_count: int = 2, labels=("PER", "ORG", "LOC")):
    """Label the unannotated occurrences of a name the annotators tagged most of the time.

    IL-NER tags "नीति आयोग" as ORG in some sentences and leaves it O in others; the model cannot
    learn from both. A token sequence tagged X in at least min_share of its occurrences (and
    min_count times) gets X wherever it stands untagged. Returns (sentences, spans relabelled)."""
    from collections import Counter

    tagged: dict[tuple, Counter] = {}
    for s in sents:
        for a, b, lab in conll.spans(s.tags):
            if lab in labels:
                tagged.setdefault(tuple(s.tokens[a:b]), Counter())[lab] += 1
    if not tagged:
        return sents, 0
    max_len = max(len(k) for k in tagged)

    def untagged_hits(s):
        n = len(s.tokens)
        for i in range(n):
            for length in range(min(max_len, n - i), 0, -1):
                key = tuple(s.tokens[i:i + length])
                if key in tagged and all(t == "O" for t in s.tags[i:i + length]):
                    yield i, i + length, key
                    break

    untagged: Counter = Counter()
    for s in sents:
        for _, _, key in untagged_hits(s):
            untagged[key] += 1
    chosen = {}
    for key, c in tagged.items():
        lab, n = c.most_common(1)[0]
        if n >= min_count and n / (sum(c.values()) + untagged[key]) >= min_share:
            chosen[key] = lab
    out, changed = [], 0
    for s in sents:
        tags = list(s.tags)
        for a, b, key in untagged_hits(s):
            lab = chosen.get(key)
            if lab and all(t == "O" for t in tags[a:b]):
                tags[a:b] = [f"B-{lab}"] + [f"I-{lab}"] * (b - a - 1)
                changed += 1
        out.append(conll.Sentence(s.tokens, tags, s.broken, s.meta))
    return out, changed


def held_out(sent: conll.Sentence, fraction: float) -> bool:
    """Stable choice of a held-out slice: by a hash of the sentence text, so every run (and
    every machine) holds out the same sentences."""
    import hashlib

    h = int(hashlib.md5(sent.key().encode("utf-8")).hexdigest()[:8], 16)
    return h % 10_000 < fraction * 10_000


def load_splits(data: Path, norm=None, hiner_holdout: float = 0.0):
    """Return (train, dev, test) sentence lists, cleaned, mapped and deduped. With
    hiner_holdout > 0 that share of HiNER part a is kept out of train and returned as a fourth
    list (a HiNER test set for comparing runs trained the same way)."""
    if norm is None:
        norm = conll.token_normaliser()
    train = conll.load(data / "il-ner" / "hi-train.txt", "il-ner", normalise=norm)
    hiner = data / "hiner" / "hiner-val-part-a.conll"
    hiner_test: list[conll.Sentence] = []
    if hiner.exists():
        for s in conll.load(hiner, "hiner", normalise=norm):
            (hiner_test if hiner_holdout and held_out(s, hiner_holdout) else train).append(s)
    dev = conll.load(data / "il-ner" / "hi-dev.txt", "il-ner", normalise=norm)
    test = conll.load(data / "il-ner" / "hi-test.txt", "il-ner", normalise=norm)
    dev, _ = conll.dedupe_against(dev, train)
    test, _ = conll.dedupe_against(test, train)
    if hiner_holdout:
        hiner_test, _ = conll.dedupe_against(hiner_test, train)
        return train, dev, test, hiner_test
    return train, dev, test


def build_corpora(data: Path, work: Path, augment: int = 0, seed: int = 0, consistent: bool = False,
                  hiner_holdout: float = 0.0, silver: Path | None = None, silver_max: int | None = None,
                  silver_need: tuple[str, ...] = ()) -> dict:
    import spacy

    work.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("hi")
    splits = load_splits(data, hiner_holdout=hiner_holdout)
    train, dev, test = splits[:3]
    stats: dict = {}
    if hiner_holdout:
        # mapped tags, gold tokens: score with evaluate_ner --conll WORK/hiner-heldout.conll --scheme ner
        conll.write_conll(splits[3], work / "hiner-heldout.conll")
        stats["hiner_heldout"] = {"fraction": hiner_holdout, "sentences": len(splits[3]),
                                  "tokens": sum(len(s.tokens) for s in splits[3])}
    if consistent:
        train, changed = consistent_labels(train)
        print(f"consistent labels: {changed} untagged occurrences of tagged names relabelled", file=sys.stderr)
    if augment:
        train = train + augment_mentions(train, augment, seed)
    if silver is not None:
        from pipeline.training import silver as silver_mod

        extra = silver_mod.load_silver(silver, exclude=dev + test + (splits[3] if hiner_holdout else []),
                                       limit=silver_max, seed=seed, need=silver_need)
        stats["silver"] = {"file": Path(silver).name, "sentences": len(extra),
                           "tokens": sum(len(s.tokens) for s in extra)}
        train = train + extra  # silver sentences are run-time tokens already
    train = retokenise(train, nlp)  # dev/test keep gold tokens (scored on gold tokenisation)
    for name, sents in (("train", train), ("dev", dev), ("test", test)):
        sentences_to_docbin(sents, nlp).to_disk(work / f"{name}.spacy")
        stats[name] = {"sentences": len(sents), "tokens": sum(len(s.tokens) for s in sents)}
    print(json.dumps(stats), file=sys.stderr)
    return stats


def slim_copy(src: Path, dst: Path, meta_extra: dict | None = None) -> None:
    """Copy a trained pipeline dir to dst: model-best holds no optimizer state (and the averaged
    weights); the training-vocabulary string store is dropped."""
    import spacy

    nlp = spacy.load(src)
    if meta_extra:
        nlp.meta.update(meta_extra)
    if dst.exists():
        shutil.rmtree(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(dst)
    # The string store only lists training-vocabulary strings (~1.7 MB); hash embeddings hash the
    # text itself, so predictions do not depend on it (checked: identical output on dev+test and
    # raw news). Keep just the labels; spaCy re-adds strings as it processes text.
    labels = sorted(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else []
    (dst / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")
    (dst / "README.md").write_text(MODEL_README, encoding="utf-8")


def model_meta(stats: dict) -> dict:
    return {
        "name": "ner_hi",
        "version": "0.1.0",
        "description": "Hindi NER (PER, ORG, LOC, DATE) for hindi-news-events; trained on IL-NER "
                       "train (CC BY 4.0, Bahad et al. 2024) + HiNER val part a (CC BY-SA 4.0, "
                       "Murthy et al. 2022).",
        "license": "CC BY-SA 4.0",
        "sources": [
            {"name": "IL-NER Hindi", "license": "CC BY 4.0", "author": "Bahad et al. 2024, arXiv 2405.04829"},
            {"name": "HiNER", "license": "CC BY-SA 4.0", "author": "Murthy et al. 2022, LREC"},
        ],
        "training_data": stats,
    }


MODEL_README = """# ner-hi — Hindi NER (PER, ORG, LOC, DATE), spaCy 3.8

Trained by `pipeline/training/train_ner.py` with `configs/ner/ner-hi.cfg`; scores in
`pipeline/training/RESULTS.md`. Load with `spacy.load("pipeline/models/ner-hi")` once the
`hindi-news-events` package is installed (its lexicon-feature layer,
`hindi_events.LexiconEmbed.v1`, is found through spaCy's entry points); feed text normalised
by `pipeline.hindi.normalise.normalise_text`. The gazetteer and word-list tables the layer
uses were read from `configs/` at training time and are stored inside the model.

Trained on IL-NER Hindi train (CC BY 4.0; Bahad et al. 2024, "Fine-tuning Pre-trained Named
Entity Recognition Models For Indian Languages", arXiv 2405.04829) and part of the HiNER
validation split (CC BY-SA 4.0; Murthy et al. 2022, "HiNER: A Large Hindi Named Entity
Recognition Dataset", LREC 2022). Model licence: CC BY-SA 4.0.
"""


class TimeLimit(Exception):
    """Raised by SIGALRM to stop spaCy's loop; spaCy saves model-last, model-best is kept."""


def _on_alarm(signum, frame):
    raise TimeLimit()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train the Hindi NER model (spaCy).")
    ap.add_argument("--data", type=Path, default=None,
                    help="shared data dir holding il-ner/ and hiner/ (default: data/ of the shared folder, "
                         "conll.find_shared)")
    ap.add_argument("--out", type=Path, default=REPO / "pipeline" / "models" / "ner-hi")
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--work", type=Path, default=None,
                    help="scratch dir for DocBins and spaCy checkpoints; outside the repo by "
                         "default because the DocBins hold shared data that must not be committed")
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--max-minutes", type=float, default=None,
                    help="stop training after this many minutes and ship model-best so far")
    ap.add_argument("--augment", type=int, default=0, metavar="N",
                    help="add N mention-replaced copies of each training sentence with a name")
    ap.add_argument("--consistent-labels", action="store_true",
                    help="tag untagged occurrences of names the annotators tagged most of the time")
    ap.add_argument("--hold-out-hiner", type=float, default=0.0, metavar="FRACTION",
                    help="keep this share of HiNER part a out of train (chosen by a hash of each "
                         "sentence) and write it to WORK/hiner-heldout.conll, to score runs on HiNER")
    ap.add_argument("--silver", type=Path, default=None,
                    help="silver CoNLL file built by `python -m pipeline.training.silver` to add to train")
    ap.add_argument("--silver-max", type=int, default=None, metavar="N",
                    help="add at most N silver sentences (a seeded random sample)")
    ap.add_argument("--silver-need", default="", metavar="LABELS",
                    help="only silver sentences with an entity of these labels, e.g. PER,ORG")
    ap.add_argument("--blas", choices=BLAS_CHOICES, default="numpy",
                    help="matrix multiplies through numpy's BLAS or thinc's BLIS (pipeline/core/blas.py)")
    ap.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=JSON",
                    help="extra spaCy config override, e.g. training.dropout=0.2")
    args = ap.parse_args(argv)
    if args.data is None:
        args.data = conll.shared_dir() / "data"

    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_nlp
    from thinc.api import set_current_ops

    from pipeline.core.blas import cpu_ops, one_blas_thread

    try:
        import torch

        torch.set_num_threads(1)
    except Exception:
        pass
    work = args.work or Path(tempfile.gettempdir()) / "hindi-events-ner-work"
    stats = build_corpora(args.data, work, args.augment, args.seed or 0, args.consistent_labels,
                          args.hold_out_hiner, args.silver, args.silver_max,
                          tuple(x for x in args.silver_need.split(",") if x))
    overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.seed is not None:
        overrides["system.seed"] = args.seed
    for kv in args.set:
        k, _, v = kv.partition("=")
        try:
            overrides[k] = json.loads(v)
        except json.JSONDecodeError:
            overrides[k] = v
    if args.max_minutes:
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.alarm(int(args.max_minutes * 60))
    try:
        # spacy.cli.train's steps, with the ops set first (spacy.cli.train would reset them)
        set_current_ops(cpu_ops(args.blas))
        config = spacy.util.load_config(args.config, overrides=overrides, interpolate=False)
        (work / "output").mkdir(parents=True, exist_ok=True)
        with one_blas_thread():
            train_nlp(init_nlp(config, use_gpu=-1), work / "output", use_gpu=-1,
                      stdout=sys.stdout, stderr=sys.stderr)
    except TimeLimit:
        print(f"time limit of {args.max_minutes} min reached; using model-best", file=sys.stderr)
    finally:
        signal.alarm(0)
    meta = model_meta(stats)
    slim_copy(work / "output" / "model-best", args.out, meta)
    print(f"model written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
