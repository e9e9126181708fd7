"""Silver NER training sentences from raw news, labelled by the full pipeline where it is sure.

    python -m pipeline.training.silver --out /tmp/silver.conll \\
        ../shared/data/news-2020 ../shared/data/bbc-hindi-raw

The pipeline's NER stages (gazetteer + model + rules + linker, as in configs/default.toml) run
on every document. A sentence becomes a silver training sentence only when the sources agree:

- it has at least one PER/ORG/LOC entity after the linker;
- every span the model tagged survives the linker and the rules unchanged (same edges, same
  label): where a rule or the gazetteer overrode the model, the sentence is left out;
- every entity is backed by something besides the model: the knowledge base (a gazetteer match
  of that span, or a Wikidata link) or a rule stage (titles, places, lists, institutions). A
  name only the model found (unknown to the knowledge base) makes the whole sentence unsure,
  so no silver sentence teaches the model that a name it does not know is no name;
- no word outside the entities looks like a name nobody tagged (NameCues: a given name or
  surname of configs/ner/lexicon, or an unknown word right after a person's title, as in
  "मुख्यमंत्री पिनरई विजयन" where the knowledge base lacks that spelling): such a sentence
  would teach the model that the name is no name;
- it looks like running text: 5-80 tokens, at least 60% of them Devanagari words.

The greedy spaCy model gives no calibrated span score (its beam scores on this model are not
probabilities worth a threshold), so agreement with the knowledge base stands in for
confidence. DATE labels are the model's own DATE spans (the pipeline finds dates with its
dates stage, on other conventions), so silver neither teaches nor unteaches dates.

Documents of the gold sets (../shared/eval/{seeds,dev,wide}) are skipped by file name, and any
sentence whose text occurs in a gold document is dropped, so no score is trained on.
Output: CoNLL (token TAB BIO tag, tags PER/ORG/LOC/DATE, run-time tokens), read by
`train-ner --silver`; a JSON of counts next to it (why sentences were kept or left out).
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.training import conll

NAMED = ("PER", "ORG", "LOC")
# Stages that run before and including the linker; events and dates are not needed here.
NER_STAGES = ("metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "ner_model", "ner_lists",
              "ner_places", "ner_titles", "ner_first_names", "ner_institutions", "entity_linker")
MIN_TOKENS, MAX_TOKENS, MIN_DEVANAGARI = 5, 80, 0.6
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f]")
_SPACE = re.compile(r"\s+")


def build_ner_pipeline(config_path: Path | None = None):
    """The configured pipeline cut after the entity linker; the model keeps its DATE spans."""
    from pipeline.core.builder import build
    from pipeline.core.config import load_config

    config = load_config(config_path)
    config.stages = [s for s in config.stages if s in NER_STAGES]
    config.writers = []
    config.settings = {k: dict(v) for k, v in config.settings.items()}
    config.settings.setdefault("ner_model", {})["keep_dates"] = True
    return build(config, writers=False)


def squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


class GoldText:
    """The normalised text of the gold sets' documents, to keep their sentences out of silver."""

    def __init__(self, folders: Iterable[Path]):
        from pipeline.hindi.normalise import normalise_text

        self.names: set[str] = set()
        parts = []
        for folder in folders:
            for path in sorted(Path(folder).glob("*.txt")):
                self.names.add(path.name)
                parts.append(squash(normalise_text(path.read_text(encoding="utf-8")).text))
        self.text = "\n".join(parts)

    def __contains__(self, sentence: str) -> bool:
        return bool(self.text) and squash(sentence) in self.text


class NameCues:
    """What makes an untagged word look like a missed name: a given name or surname of the NER
    word lists, or an unknown word right after a person's title ("मुख्यमंत्री पिनरई विजयन",
    "डॉ. हेसामुद्दीन"). Common words, titles and case markers are never names here."""

    def __init__(self, configs: Path | None = None):
        import tomllib

        from pipeline.hindi.ner_features import read_word_list
        from pipeline.hindi.normalise import fold

        configs = configs or Path(__file__).resolve().parents[2] / "configs"
        lexicon = configs / "ner" / "lexicon"
        rules = tomllib.loads((configs / "ner.toml").read_text(encoding="utf-8"))
        self.titles = frozenset(fold(w) for w in rules.get("titles", []) + rules.get("person_roles", []))
        self.not_names = frozenset(fold(w) for w in read_word_list(lexicon / "common_words.txt")
                                   + rules.get("case_markers", []) + rules.get("not_names", [])) | self.titles
        names = {fold(w) for f in ("given_names.txt", "surnames.txt") for w in read_word_list(lexicon / f)}
        self.names = frozenset(names - self.not_names)

    def missed(self, words: list[str], tags: list[str]) -> bool:
        from pipeline.hindi.normalise import fold

        folded = [fold(w) for w in words]
        prev = ""  # the last word that is not punctuation
        for w, tag in zip(folded, tags):
            if not any(c.isalnum() for c in w):
                continue
            if tag == "O" and (w in self.names or (prev in self.titles and w not in self.not_names
                                                   and _DEVANAGARI_WORD.search(w))):
                return True
            prev = w
        return False




def label_document(pipe, doc, names: "NameCues | None" = None) -> Iterator[tuple[conll.Sentence | None, str]]:
    """Run the NER stages on doc; yield (silver sentence or None, reason) for each sentence.
    names: what makes an untagged word a missed name (None: not checked)."""
    model_by_sent: dict[int, list] = {}
    gaz_spans: set[tuple[int, int, str]] = set()
    dates: list = []
    for st in pipe.stages:
        doc = st.run(doc)
        doc.provided.update(st.spec.provides)
        if st.name == "ner_gazetteer":
            gaz_spans = {(e.start, e.end, e.label) for e in doc.entities if e.source == "gazetteer"}
        elif st.name == "ner_model":
            # the model's spans as it gave them (later stages edit Entity objects in place)
            for e in doc.entities:
                if e.source == "model" and e.label in NAMED:
                    model_by_sent.setdefault(e.sent_id, []).append((e.start, e.end, e.label))
            dates = [e for e in doc.entities if e.source == "model" and e.label == "DATE"]
            doc.entities = [e for e in doc.entities if not (e.source == "model" and e.label == "DATE")]
    final = [e for e in doc.entities if e.label in NAMED]
    final_spans = {(e.start, e.end, e.label) for e in final}
    by_sent: dict[int, list] = {}
    for e in final:
        by_sent.setdefault(e.sent_id, []).append(e)
    dates_by_sent: dict[int, list] = {}
    for e in dates:
        dates_by_sent.setdefault(e.sent_id, []).append(e)
    for sent in doc.sentences:
        toks = doc.tokens[sent.tok_start:sent.tok_end]
        words = [t.text for t in toks if t.text.strip()]
        if not MIN_TOKENS <= len(words) <= MAX_TOKENS:
            yield None, "length"
            continue
        if sum(bool(_DEVANAGARI_WORD.search(w)) for w in words) < MIN_DEVANAGARI * len(words):
            yield None, "not running Devanagari text"
            continue
        ents = by_sent.get(sent.sent_id, [])
        if not ents:
            yield None, "no entity"
            continue
        if any(m not in final_spans for m in model_by_sent.get(sent.sent_id, [])):
            yield None, "pipeline overrode a model span"
            continue
        # backed by the knowledge base (a gazetteer match of the span, a Wikidata link) or a rule stage
        if not all(e.source != "model" or (e.start, e.end, e.label) in gaz_spans or e.wikidata for e in ents):
            yield None, "entity only the model found"
            continue
        tagged = _tag(toks, ents + [d for d in dates_by_sent.get(sent.sent_id, [])
                                    if not any(d.start < e.end and e.start < d.end for e in ents)])
        if tagged is None:
            yield None, "span not on token edges"
            continue
        if names is not None and names.missed([t.text for t in toks], tagged):
            yield None, "untagged name word"
            continue
        yield conll.Sentence([t.text for t in toks], tagged, False, {"doc": doc.doc_id}), "kept"


def _tag(toks, ents) -> list[str] | None:
    """BIO tags for the sentence's tokens; None when a span does not start and end on token edges
    or two spans overlap."""
    starts = {t.start: i for i, t in enumerate(toks)}
    ends = {t.end: i for i, t in enumerate(toks)}
    tags = ["O"] * len(toks)
    for e in sorted(ents, key=lambda e: e.start):
        a, b = starts.get(e.start), ends.get(e.end)
        if a is None or b is None or any(t != "O" for t in tags[a:b + 1]):
            return None
        tags[a:b + 1] = [f"B-{e.label}"] + [f"I-{e.label}"] * (b - a)
    return tags


def build_silver(corpora: list[Path], gold: GoldText, pipe=None, progress: bool = False,
                 names: "NameCues | None | bool" = True) -> tuple[list[conll.Sentence], dict]:
    """Silver sentences from every document under corpora (txt, jsonl, csv), deduplicated.
    names: NameCues (True: the configured ones; None: no missed-name check)."""
    from pipeline.io.readers import Skipped, read_corpus

    pipe = pipe or build_ner_pipeline()
    names = NameCues() if names is True else names
    reasons: Counter = Counter()
    per_corpus: dict[str, Counter] = {}
    seen: set[str] = set()
    out: list[conll.Sentence] = []
    for corpus in corpora:
        counts = per_corpus.setdefault(Path(corpus).name, Counter())
        for n, doc in enumerate(read_corpus(corpus)):
            if isinstance(doc, Skipped):
                continue
            if doc.path and Path(doc.path).name in gold.names:
                counts["gold documents skipped"] += 1
                continue
            counts["documents"] += 1
            for sent, reason in label_document(pipe, doc, names):
                if sent is not None:
                    key = sent.key()
                    if key in seen:
                        reason, sent = "duplicate", None
                    elif " ".join(sent.tokens) in gold:
                        reason, sent = "in a gold document", None
                    else:
                        seen.add(key)
                        out.append(sent)
                reasons[reason] += 1
                counts["sentences " + reason] += 1
            if progress and n % 50 == 0:
                print(f"{corpus}: {n} documents, {len(out)} silver sentences", file=sys.stderr)
    labels = Counter(lab for s in out for _, _, lab in conll.spans(s.tags))
    stats = {"sentences": len(out), "tokens": sum(len(s.tokens) for s in out), "entities": dict(labels),
             "sentence_reasons": dict(reasons), "corpora": {k: dict(v) for k, v in per_corpus.items()}}
    return out, stats


def load_silver(path: Path, exclude: Iterable[conll.Sentence] = (), limit: int | None = None,
                seed: int = 0, need: Iterable[str] = ()) -> list[conll.Sentence]:
    """Silver sentences from a file written by this module, minus any that occur in exclude
    (dev/test sets); with need, only those with an entity of one of those labels (places are
    two thirds of all silver entities: need=("PER", "ORG") evens that out); at most limit of
    them (a seeded random sample)."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no silver file at {path}; build one with `python -m pipeline.training.silver --out {path}`")
    sents = conll.load(path, "ner")
    sents, _ = conll.dedupe_against(sents, exclude)
    need = set(need)
    if need:
        sents = [s for s in sents if any(lab in need for _, _, lab in conll.spans(s.tags))]
    if limit is not None and limit < len(sents):
        sents = random.Random(seed).sample(sents, limit)
    return sents


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build silver NER sentences from raw news (see the module docstring).")
    ap.add_argument("corpora", nargs="*", type=Path,
                    help="default: data/news-2020 and data/bbc-hindi-raw of the shared folder (conll.find_shared)")
    ap.add_argument("--out", type=Path, required=True, help="CoNLL file to write (counts go to OUT.json)")
    ap.add_argument("--gold", type=Path, nargs="*", default=None,
                    help="gold-set folders whose documents and sentences are kept out "
                         "(default: eval/seeds, eval/dev and eval/wide of the shared folder)")
    ap.add_argument("--progress", action="store_true")
    ap.add_argument("--allow-untagged-names", action="store_true",
                    help="keep sentences with an untagged given name or surname (the 2026-12-04 runs silver-all/silver-po)")
    args = ap.parse_args(argv)
    if not args.corpora or args.gold is None:
        data = conll.shared_dir()  # a clear error, saying what to pass, when there is none
        args.corpora = args.corpora or [data / "data" / "news-2020", data / "data" / "bbc-hindi-raw"]
        args.gold = [data / "eval" / "seeds", data / "eval" / "dev", data / "eval" / "wide"] \
            if args.gold is None else args.gold
    for c in list(args.corpora) + list(args.gold):
        if not c.exists():
            ap.error(f"{c} does not exist")
    sents, stats = build_silver(args.corpora, GoldText(args.gold), progress=args.progress,
                                names=None if args.allow_untagged_names else True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    conll.write_conll(sents, args.out)
    Path(str(args.out) + ".json").write_text(json.dumps(stats, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({k: stats[k] for k in ("sentences", "tokens", "entities")}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
