"""`hindi-events triggers CORPUS... [--type VISIT] [--top N]`: candidate trigger words and phrases
for the event lexicons, counted over raw corpora, with a short concordance and whether the lexicon
already has each one.

Candidates of a type come from three sources:

- ``form``: every corpus word sharing a stem with a lexicon word or a seed word
  (configs/events/trigger_seeds.toml): पहुंचे -> पहुंचीं, पहुंचेंगे, पहुंचकर; भेजा -> भेजेगी.
- ``after``: a lexicon or seed noun with the words right after it, its verb group ("दौरा किया",
  "दौरे पर गए", "यात्रा से लौटे", "समझौते पर हस्ताक्षर").
- ``near``: words much more frequent in sentences with a trigger than in the corpus as a whole
  (the nouns and verbs events are told with).

STATUS lists cue words (cancelled, postponed, expected) within a few words after any event trigger.
Each type's header says how much of the corpus the lexicon covers: of the sentences with a
candidate form, the share in which the lexicon matches a trigger word. With ``--events OUTDIR`` (a
`hindi-events run` over the same corpus) it also says in how many of them the engine made an event
of the type, and each candidate shows how many of its sentences did ("events" column): a lexicon
word that seldom makes an event points at roles or frames, not at the lexicon. Nothing here decides
an entry; the concordance is for a person to read.

Run:  python -m pipeline triggers ../shared/data/news-2020 ../shared/data/bbc-hindi-raw --type VISIT --top 30
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..core.builder import build
from ..core.config import CONFIG_DIR as CONFIGS
from ..core.config import from_dict
from ..core.document import Document
from ..hindi.events import CONFIG_DIR, key, load_lexicon, load_status
from ..io.readers import Skipped, read_corpus

TYPES = {"VISIT": "visit.toml", "MEETING": "meeting.toml", "AGREEMENT": "agreement.toml"}
SEEDS = CONFIG_DIR / "trigger_seeds.toml"
# Verb and noun endings stripped to find a word's stem, longest first (आएंगे, भेजेगी, यात्राओं).
ENDINGS = sorted(["ेंगे", "ेंगी", "ेगा", "ेगी", "ूंगा", "ूंगी", "एंगे", "एंगी", "एगा", "एगी", "ाओं", "ाएं", "ाएँ",
                  "कर", "ने", "ना", "नी", "ते", "ती", "ता", "ीं", "ी", "े", "ा", "ों", "ें", "ो", "ाओ"],
                 key=len, reverse=True)
MIN_STEM = 3  # characters: "मिल", "भेज", "लौट"
POSTPOSITIONS = {key(w) for w in ("पर", "से", "के", "की", "का", "को", "में", "के लिए", "भी", "ही", "तक")}
CLAUSE_END = {"।", ".", "?", "!", ",", ";", ":", "|", '"', "'"}
STATUS_WINDOW = 6  # words after a trigger in which a status cue speaks of it (events.PLANNED_WINDOW)
NEAR_MIN = 5  # a co-occurring word must be seen this often in trigger sentences


def stem(word: str) -> str:
    for end in ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= MIN_STEM:
            return word[: -len(end)]
    return word


@dataclass
class Candidate:
    text: str
    source: str  # lexicon, form, after, near
    in_lexicon: str  # yes / no / "trigger" (the phrase opens with a trigger the lexicon matches)
    count: int = 0
    fired: int = 0  # occurrences in a sentence the engine made an event of the type from (--events)
    examples: list[str] = field(default_factory=list)
    docs: set = field(default_factory=set)


@dataclass
class TypeReport:
    type: str
    lexicon_file: str
    sentences: int = 0  # sentences with a candidate form
    covered: int = 0  # ... of which the lexicon matches a trigger word
    with_event: int | None = None  # ... of which the engine made an event of the type (--events)
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        return self.covered / self.sentences if self.sentences else 0.0


def _tokenizer():
    """The pipeline's own normalisation, sentence splitting and tokenisation, and the gazetteer's
    names (places for motion verbs to follow); no model: fast."""
    raw = {"pipeline": {"stages": ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer"], "writers": []},
           "stages": {"metadata": {"patterns": str(CONFIGS / "metadata.toml")},
                      "sentences": {"rules": str(CONFIGS / "sentences.toml")},
                      "tokens": {"rules": str(CONFIGS / "tokenizer.toml")},
                      "ner_gazetteer": {"gazetteers": str(CONFIGS / "gazetteers"), "rules": str(CONFIGS / "ner.toml")}}}
    return build(from_dict(raw, CONFIGS / "default.toml"), writers=False)


@dataclass
class Sent:
    doc_id: str
    text: str
    words: list[str]  # matching keys of the tokens
    place_ends: frozenset[int]  # token index right after a named place
    person_ends: frozenset[int]  # ... after a named person or organisation


def sentences(corpora) -> list[Sent]:
    """Every sentence of the corpora, with where gazetteer names end in it."""
    pipe = _tokenizer()
    out = []
    for corpus in corpora:
        for doc in read_corpus(corpus):
            if isinstance(doc, Skipped):
                continue
            doc = pipe(Document(doc_id=doc.doc_id, text=doc.text, path=doc.path))
            ends: dict[int, set] = defaultdict(set)
            for e in doc.entities:
                t = doc.token_at(e.end - 1)
                if t >= 0:
                    ends[doc.tokens[t].end].add(e.label)
            for s in doc.sentences:
                toks = doc.tokens[s.tok_start:s.tok_end]
                if not toks:
                    continue
                places = frozenset(i + 1 for i, t in enumerate(toks) if "LOC" in ends.get(t.end, ()))
                people = frozenset(i + 1 for i, t in enumerate(toks) if ends.get(t.end, set()) & {"PER", "ORG"})
                out.append(Sent(doc.doc_id, s.text, [key(t.text) for t in toks], places, people))
    return out


FRAME_LINKS = [tuple(key(w).split()) for w in ("के लिए", "से", "भी", "ही", "तो")]
COUNTERPART = [tuple(key(w).split()) for w in ("से", "के साथ", "से भी", "के साथ भी")]


def in_frame(etype: str, sent: "Sent", i: int) -> bool:
    """A verb at i in the frame the engine wants: a named place right before a motion verb ("ढाका
    पहुंचीं", "इटली भेजेगी", "अम्मान से लौटीं"), a named person before से / के साथ for मिलना."""
    w = sent.words
    if etype == "VISIT":
        k = i
        for link in FRAME_LINKS:
            if k - len(link) >= 0 and tuple(w[k - len(link):k]) == link:
                k -= len(link)
                break
        return k in sent.place_ends
    if etype == "MEETING":
        return any(i - len(p) >= 0 and tuple(w[i - len(p):i]) == p and i - len(p) in sent.person_ends
                   for p in COUNTERPART)
    return True


class LexiconWords:
    """What a lexicon matches, as words: multi-word triggers by their first word."""

    def __init__(self, etype: str):
        self.type = etype
        if etype == "STATUS":
            st = load_status(str(CONFIG_DIR / "status.toml"))
            self.strong = {(w,) for w in st.cancel | st.postpone | st.planned | st.decision | st.convene
                           | st.attempt | st.possible | st.outcome}
            self.strong |= {tuple(p) for p in st.prospective}
            self.weak, self.light, self.verbs = set(), set(), set()
            self.file = "configs/events/status.toml"
        else:
            lex = load_lexicon(str(CONFIG_DIR / TYPES[etype]))
            self.strong = set(lex.strong)  # ratify words (मंजूरी) only qualify a trigger: no trigger alone
            self.weak = set(lex.weak)
            self.light = set(lex.light)
            self.verbs = set(lex.verbs) | set(lex.return_verbs)
            self.stems = set(lex.verb_stems)
            self.file = f"configs/events/{TYPES[etype]}"
        self.first = {p[0] for p in self.strong | self.weak} | self.verbs

    def match(self, sent: "Sent", i: int) -> int:
        """Length of the lexicon trigger at words[i] (weak ones need their light verb, verbs their
        frame), 0 if none."""
        words = sent.words
        for p in sorted(self.strong, key=len, reverse=True):
            if tuple(words[i:i + len(p)]) == p:
                return len(p)
        for p in sorted(self.weak, key=len, reverse=True):
            if tuple(words[i:i + len(p)]) == p and i + len(p) < len(words) and words[i + len(p)] in self.light:
                return len(p)
        return 1 if words[i] in self.verbs and in_frame(self.type, sent, i) else 0

    def has_word(self, word: str) -> bool:
        return (word,) in self.strong or (word,) in self.weak or word in self.verbs


def _seeds(etype: str) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """(verbs, nouns) seeded for a type in configs/events/trigger_seeds.toml."""
    raw = tomllib.loads(SEEDS.read_text(encoding="utf-8")).get(etype, {}) if SEEDS.exists() else {}
    return tuple([tuple(key(w).split()) for w in raw.get(kind, [])] for kind in ("verbs", "nouns"))


def _snippet(text: str, word: str, width: int = 60) -> str:
    at = text.find(word)
    if at < 0:
        return text[: 2 * width]
    lo, hi = max(0, at - width), min(len(text), at + len(word) + width)
    return ("…" if lo else "") + text[lo:hi].replace("\n", " ") + ("…" if hi < len(text) else "")


def _add(cands: dict, text: str, source: str, in_lex: str, doc_id: str, sentence: str, surface: str,
         examples: int, fired: bool = False) -> None:
    c = cands.get(text)
    if c is None:
        c = cands[text] = Candidate(text, source, in_lex)
    c.count += 1
    c.fired += fired
    if len(c.examples) < examples and doc_id not in c.docs:  # one example a document
        c.examples.append(_snippet(sentence, surface))
    c.docs.add(doc_id)


def _after(words: list[str], j: int) -> list[str]:
    """The verb group right after a trigger ending at j: one word, or a postposition and the next."""
    out = []
    for w in words[j:j + 3]:
        if w in CLAUSE_END:
            break
        out.append(w)
        if w not in POSTPOSITIONS:
            break
    return out if out and out[-1] not in POSTPOSITIONS else []


def event_sentences(outdirs) -> dict[str, set[tuple[str, str]]]:
    """Type -> (doc_id, sentence text) of every event mention in the events.jsonl of pipeline runs."""
    out: dict[str, set] = defaultdict(set)
    for outdir in outdirs:
        path = Path(outdir) / "events.jsonl"
        if not path.exists():
            raise FileNotFoundError(f"no events.jsonl in {outdir}: is it an output folder of `hindi-events run`?")
        with path.open(encoding="utf-8") as f:
            for line in f:
                e = json.loads(line)
                for m in e.get("mentions", []):
                    out[e["type"]].add((e["doc_id"], m.get("sentence", "").strip()))
    return out


def collect(sents, etype: str, examples: int = 3, all_lexicons: list | None = None,
            events: dict[str, set] | None = None) -> TypeReport:
    """Candidates of one type over the sentences (from sentences()); with events (event_sentences()),
    how many of them the engine made an event from."""
    lex = LexiconWords(etype)
    report = TypeReport(etype, lex.file)
    fired_in = events.get(etype, set()) if events is not None else set()
    if events is not None and etype != "STATUS":  # status cues make no events of their own
        report.with_event = 0
    seed_verbs, seed_nouns_ = _seeds(etype)
    seeds = seed_verbs + seed_nouns_
    multi = [s for s in seeds if len(s) > 1]
    stems = {stem(w) for w in lex.verbs} | {stem(p[0]) for p in lex.strong | lex.weak if len(p) == 1}
    stems |= {stem(s[0]) for s in seeds if len(s) == 1}
    # A bare stem is a form of a verb only (मिल, लौट); of a noun or adjective it is another word:
    # राजी -> राज (rule), दौरा -> दौर (a round of talks).
    verb_stems = {stem(w) for w in lex.verbs} | {stem(s[0]) for s in seed_verbs if len(s) == 1}
    triggers_any = all_lexicons or [LexiconWords(t) for t in TYPES]
    # Forms of nouns count anywhere, forms of verbs only in their frame.
    noun_stems = {stem(s[0]) for s in seed_nouns_ if len(s) == 1} | {stem(p[0]) for p in lex.strong if len(p) == 1}
    seed_nouns = {s[0] for s in seed_nouns_ if len(s) == 1}
    cands: dict[str, Candidate] = {}
    corpus_freq: Counter = Counter()
    in_trigger_sents: Counter = Counter()
    n_trigger_sents = 0
    for sent in sents:
        doc_id, text, words = sent.doc_id, sent.text, sent.words
        corpus_freq.update(set(words))
        fired = (doc_id, text.strip()) in fired_in
        if etype == "STATUS":
            # Cue words within a few words after a trigger of any type.
            window = set()
            for other in triggers_any:
                for i, w in enumerate(words):
                    if w in other.first and (n := other.match(sent, i)):
                        window.update(range(i + n, min(len(words), i + n + STATUS_WINDOW)))
            positions = sorted(window)
        else:
            positions = range(len(words))
        has_cand = has_lex = False
        for i in positions:
            w = words[i]
            n = lex.match(sent, i) if w in lex.first else 0
            if n:
                has_lex = True
                phrase = " ".join(words[i:i + n])
                _add(cands, phrase, "lexicon", "yes", doc_id, text, w, examples, fired)
                grp = _after(words, i + n)
                if grp and etype != "STATUS":
                    _add(cands, " ".join([phrase, *grp]), "after", "trigger", doc_id, text, w, examples, fired)
            if any(tuple(words[i:i + len(s)]) == s for s in multi):
                s = next(s for s in multi if tuple(words[i:i + len(s)]) == s)
                has_cand = True
                if not n:
                    _add(cands, " ".join(s), "form", "no", doc_id, text, s[0], examples, fired)
            if stem(w) in stems and len(w) >= MIN_STEM and (w != stem(w) or w in verb_stems or lex.has_word(w)) \
                    and (stem(w) in noun_stems or in_frame(etype, sent, i)):
                has_cand = True
                if not n:
                    # a lexicon word here is outside the frame the engine wants
                    _add(cands, w, "form", "frame" if lex.has_word(w) else "no", doc_id, text, w, examples, fired)
                    grp = _after(words, i + 1)
                    if grp and w in seed_nouns and etype != "STATUS":
                        _add(cands, " ".join([w, *grp]), "after", "no", doc_id, text, w, examples, fired)
            has_cand = has_cand or bool(n)
        if has_cand:
            report.sentences += 1
            report.covered += has_lex
            if report.with_event is not None:
                report.with_event += fired
        if has_lex and etype != "STATUS":
            n_trigger_sents += 1
            in_trigger_sents.update(set(words))
    if n_trigger_sents:
        total = len(sents)
        scored = []
        for w, c in in_trigger_sents.items():
            if c < NEAR_MIN or len(w) < MIN_STEM or not any("\u0900" <= ch <= "\u097f" for ch in w):
                continue
            lift = (c / n_trigger_sents) / (corpus_freq[w] / total)
            if lift >= 3 and w not in lex.first:
                scored.append((c * math.log(lift), w, c))
        for _, w, c in sorted(scored, reverse=True)[:50]:
            cand = Candidate(w, "near", "no", c)
            for sent in sents:
                if len(cand.examples) >= 1:
                    break
                if w in sent.words and any(x in lex.first for x in sent.words):
                    cand.examples.append(_snippet(sent.text, w))
            cands.setdefault(w, cand)
    report.candidates = sorted(cands.values(), key=lambda c: (-c.count, c.text))
    return report


def format_report(rep: TypeReport, top: int) -> str:
    lines = [f"== {rep.type} ({rep.lexicon_file}): {rep.sentences} sentences with a candidate form; the lexicon "
             f"matches a trigger in {rep.covered} ({rep.coverage:.1%})"
             + (f"; the engine made an event of them in {rep.with_event} "
                f"({rep.with_event / rep.sentences if rep.sentences else 0:.1%})" if rep.with_event is not None else "")]
    events = rep.with_event is not None
    for source, title in (("lexicon", "lexicon triggers"), ("form", "forms sharing a stem with a lexicon or seed word"),
                          ("after", "trigger + verb group"), ("near", "words frequent near triggers")):
        shown = [c for c in rep.candidates if c.source == source][:top]
        if not shown:
            continue
        lines.append(f"-- {title}")
        lines.append(f"{'count':>6}  {'docs':>4}  " + (f"{'events':>6}  " if events else "") + f"{'lexicon':7}  candidate")
        for c in shown:
            lines.append(f"{c.count:6d}  {len(c.docs) or '':>4}  " + (f"{c.fired:6d}  " if events else "")
                         + f"{c.in_lexicon:7}  {c.text}")
            lines.extend(f"{'':21}| {e}" for e in c.examples)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="hindi-events triggers", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+", help="folders or files (.txt, .jsonl, .csv)")
    ap.add_argument("--type", choices=[*TYPES, "STATUS"], action="append",
                    help="event type (repeatable; default: all and STATUS)")
    ap.add_argument("--top", type=int, default=25, help="candidates shown per source (default 25)")
    ap.add_argument("--examples", type=int, default=3, help="concordance lines per candidate (default 3)")
    ap.add_argument("--events", action="append", metavar="OUTDIR",
                    help="output folder of `hindi-events run` over the same corpus (repeatable): count the "
                         "candidate sentences the engine made an event from")
    args = ap.parse_args(argv)
    for c in args.corpus:
        if not Path(c).exists():
            print(f"hindi-events triggers: no such file or folder: {c}", file=sys.stderr)
            return 2
    events = None
    if args.events:
        try:
            events = event_sentences(args.events)
        except (FileNotFoundError, json.JSONDecodeError) as exc:
            print(f"hindi-events triggers: {exc}", file=sys.stderr)
            return 2
    sents = sentences(args.corpus)
    print(f"{len(sents)} sentences in {len({s.doc_id for s in sents})} documents", file=sys.stderr)
    all_lex = [LexiconWords(t) for t in TYPES]
    for etype in args.type or [*TYPES, "STATUS"]:
        print(format_report(collect(sents, etype, args.examples, all_lex, events), args.top))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
