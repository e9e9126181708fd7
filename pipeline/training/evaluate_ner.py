"""Entity-level evaluation of the NER model on a CoNLL file (exact span + label, after mapping).

    python -m pipeline.training.evaluate_ner --conll ../shared/data/il-ner/hi-test.txt --scheme il-ner

Sentences with broken tags are dropped (as in training). For IL-NER files, sentences that also
occur in the model's training data (IL-NER train + HiNER part a) are removed unless --no-dedupe.
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import json
from collections import Counter
from pathlib import Path

from pipeline.hindi import ner_features  # noqa: F401  (registers the lexicon architecture)
from pipeline.training import conll

REPO = Path(__file__).resolve().parents[2]
DEFAULT_MODEL = REPO / "pipeline" / "models" / "ner-hi"
CORE = ("PER", "LOC", "ORG")


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn,
            "support": tp + fn}


def score_spans(gold: list[list[tuple]], pred: list[list[tuple]], labels=conll.LABELS) -> dict:
    """gold/pred: per sentence lists of (start, end, label). Exact match of span and label."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(g), set(p)
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    res = {lab: _prf(tp[lab], fp[lab], fn[lab]) for lab in labels}
    res["ALL"] = _prf(*(sum(c[l] for l in labels) for c in (tp, fp, fn)))
    core = [l for l in CORE if l in labels]
    res["PER+LOC+ORG"] = _prf(*(sum(c[l] for l in core) for c in (tp, fp, fn)))
    return res


def predict(nlp, sents: list[conll.Sentence], batch_size: int = 256) -> list[list[tuple]]:
    """Run the pipeline on gold tokenisation; return per sentence (start, end, label) spans."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=s.tokens, spaces=[True] * (len(s.tokens) - 1) + [False]) for s in sents)
    out = []
    for doc in nlp.pipe(docs, batch_size=batch_size):
        out.append([(e.start, e.end, e.label_) for e in doc.ents if e.label_ in conll.LABELS])
    return out


def predict_system(sents: list[conll.Sentence], model: Path | None = None,
                   config_path: Path | None = None) -> list[list[tuple]]:
    """Run the pipeline's NER stages (gazetteer, model, entity linker as configured) on gold
    tokenisation: what users get from `hindi-events run`, not the model alone. A predicted span
    whose edges are not gold token edges counts as wrong."""
    from pipeline.core import registry
    from pipeline.core.builder import BuildContext, settings_for
    from pipeline.core.config import load_config
    from pipeline.core.document import Document, Sentence, Token

    config = load_config(config_path)
    context = BuildContext(config, {})
    names = [n for n in ("ner_gazetteer", "ner_model", "ner_lists", "entity_linker") if n in config.stages]
    stages = []
    for name in names:
        spec = registry.get(config.factory_of(name))
        settings = settings_for(config, name, spec)
        if name == "ner_model" and model is not None:
            settings["model"] = str(Path(model).resolve())
        stages.append(spec.factory(settings, context.for_instance(name)))
    text_parts, doc_sents, tokens = [], [], []
    starts, ends = {}, {}  # character offset -> (sentence, token index in the sentence)
    pos = 0
    for k, s in enumerate(sents):
        sent_start, tok_start = pos, len(tokens)
        for i, t in enumerate(s.tokens):
            tokens.append(Token(pos, pos + len(t), t, k))
            starts[pos], ends[pos + len(t)] = (k, i), (k, i)
            pos += len(t) + 1
        text_parts.append(" ".join(s.tokens))
        doc_sents.append(Sentence(k, sent_start, pos - 1, text_parts[-1], tok_start, len(tokens)))
    text = "\n".join(text_parts)
    doc = Document("conll", text, norm_text=text, sentences=doc_sents, tokens=tokens)
    for stage in stages:
        doc = stage(doc)
    out: list[list[tuple]] = [[] for _ in sents]
    for e in doc.entities:
        if e.label not in conll.LABELS or e.sent_id < 0:
            continue
        first, last = starts.get(e.start), ends.get(e.end)
        # spans that cut a gold token get impossible indices, so they count as errors
        out[e.sent_id].append((first[1] if first else -1, last[1] + 1 if last else -1, e.label))
    return out


def evaluate(nlp, sents: list[conll.Sentence]) -> dict:
    gold = [conll.spans(s.tags) for s in sents]
    return score_spans(gold, predict(nlp, sents))


def default_dedupe_refs(path: Path, scheme: str) -> list[tuple[Path, str]]:
    shared = conll.find_shared()
    if shared is None:  # nothing to dedupe against
        return []
    data = shared / "data"
    refs = [(data / "il-ner" / "hi-train.txt", "il-ner"), (data / "hiner" / "hiner-val-part-a.conll", "hiner")]
    return [(p, s) for p, s in refs if p.exists() and p.resolve() != path.resolve()]


def format_table(res: dict) -> str:
    lines = [f"{'label':<12}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}"]
    for lab, r in res.items():
        lines.append(f"{lab:<12}{r['p']:>8.3f}{r['r']:>8.3f}{r['f1']:>8.3f}{r['support']:>9}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Entity-level P/R/F1 of the NER model on a CoNLL file.")
    ap.add_argument("--conll", type=Path, required=True)
    ap.add_argument("--scheme", choices=sorted(conll.SCHEMES), default="il-ner")
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--dedupe-against", action="append", default=None, metavar="PATH[:SCHEME]",
                    help="remove sentences occurring in these files (default for il-ner: the "
                         "model's training files under ../shared/data)")
    ap.add_argument("--no-dedupe", action="store_true")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--system", action="store_true",
                    help="score the pipeline's NER stages (gazetteer + model + linker) instead of "
                         "the model alone")
    ap.add_argument("--config", type=Path, default=None,
                    help="pipeline config for --system (default: configs/default.toml)")
    args = ap.parse_args(argv)
    from pipeline.stages.ner_model import load_model

    norm = conll.token_normaliser()
    sents = conll.load(args.conll, args.scheme, normalise=norm)
    n_loaded = len(sents)
    refs: list[tuple[Path, str]] = []
    if not args.no_dedupe:
        if args.dedupe_against is not None:
            for spec in args.dedupe_against:
                p, _, sch = spec.partition(":")
                refs.append((Path(p), sch or args.scheme))
        elif args.scheme == "il-ner":
            refs = default_dedupe_refs(args.conll, args.scheme)
    ref_sents: list[conll.Sentence] = []
    for p, sch in refs:
        ref_sents += conll.load(p, sch, normalise=norm)
    if ref_sents:
        sents, _ = conll.dedupe_against(sents, ref_sents)
    if args.system:
        res = score_spans([conll.spans(s.tags) for s in sents], predict_system(sents, args.model, args.config))
    else:
        res = evaluate(load_model(args.model), sents)
    info = {"file": str(args.conll), "scheme": args.scheme, "what": "system" if args.system else "model",
            "sentences": len(sents),
            "removed_as_duplicates": n_loaded - len(sents), "scores": res}
    if args.json:
        print(json.dumps(info, indent=1))
    else:
        print(f"{args.conll} ({args.scheme}): {len(sents)} sentences, "
              f"{n_loaded - len(sents)} removed as occurring in training data")
        print(format_table(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
