"""Lexicon features for the NER model: what the gazetteers and word lists say about each token.

A spaCy architecture, ``hindi_events.LexiconEmbed.v1``, embeds four integer features per token
next to spaCy's hash embeddings:

- word classes (a bit set): the token is part of a person / place / organisation alias in
  configs/gazetteers, a given name or surname (configs/ner/lexicon), a word that heads
  organisation or place names (मंत्रालय, आयोग, प्रदेश), a title (श्री, राष्ट्रपति) or a case marker;
- gazetteer phrase: B/I of the longest gazetteer alias covering the token, with its label;
- acronym: the token spells English letter names (एनसीटीई = एन सी टी ई), as Hindi writes
  abbreviations; such tokens are mostly organisations;
- the word classes of the previous token (a title or a given name before a word).

Why: the model sees ~16k training sentences, too few to learn which words are names; the
lists carry that knowledge, and the model learns how far to trust them in context.

The tables are read from configs/ when the model is initialised for training and are saved
inside the model, so a trained model behaves the same whatever the configs say later; change
the lists and retrain to change the features.
"""
from __future__ import annotations

from functools import lru_cache

import tomllib
from pathlib import Path
from typing import List

from . import lean_spacy  # noqa: F401,I001  before spaCy: no command line (lean_spacy.py)
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from .acronyms import read_letter_names, spells_letters  # noqa: F401  (spells_letters: part of this API)
from .normalise import fold_nukta as fold  # the key the saved feature tables were built with

CONFIG_DIR = Path(__file__).resolve().parents[2] / "configs"

# Word-class bits (column 0 and 3).
PER_ALIAS, LOC_ALIAS, ORG_ALIAS, GIVEN, SURNAME, ORG_HEAD, LOC_HEAD, TITLE, CASE = (1 << i for i in range(9))
LABEL_CODE = {"PER": 1, "LOC": 2, "ORG": 3}
N_COLUMNS = 4


@lru_cache(maxsize=32)
def folded_words(path: Path, mtime: int = 0) -> frozenset[str]:
    """A word list's folded words, read once per process: several NER stages and the event roles read
    the 25,000 commonest Hindi words. `mtime` keys the cache, so an edited list is read again."""
    from .normalise import fold
    return frozenset(fold(w) for w in read_word_list(path))


def read_word_list(path: Path) -> list[str]:
    """The words of a configs/ner/lexicon list (last tab field of a line; '#' comments); [] if absent."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line.split("\t")[-1].strip())
    return [w for w in out if w]


def build_tables(config_dir: Path = CONFIG_DIR) -> dict:
    """Read gazetteers and word lists from config_dir into plain dicts (saved with the model)."""
    from .gazetteer import Gazetteer
    from .tokenizer import hindi_tokenizer

    tok = hindi_tokenizer(None)
    gaz = Gazetteer(lambda s: [t.text for t in tok(s) if not t.is_space], key=fold)
    gaz.load_dir(config_dir / "gazetteers")
    words: dict[str, int] = {}

    def mark(word: str, bit: int) -> None:
        key = fold(word)
        if key:
            words[key] = words.get(key, 0) | bit

    phrases: dict[str, int] = {}
    max_len = 1
    alias_bit = {"PER": PER_ALIAS, "LOC": LOC_ALIAS, "ORG": ORG_ALIAS}
    for key, entry in gaz.index.items():
        code = LABEL_CODE.get(entry.label)
        if code is None:
            continue
        phrases[" ".join(key)] = code
        max_len = max(max_len, len(key))
        for w in key:
            mark(w, alias_bit[entry.label])
    lex = config_dir / "ner" / "lexicon"
    for name, bit in (("given_names", GIVEN), ("surnames", SURNAME), ("org_heads", ORG_HEAD),
                      ("loc_heads", LOC_HEAD)):
        for w in read_word_list(lex / f"{name}.txt"):
            mark(w, bit)
    ner = tomllib.loads((config_dir / "ner.toml").read_text(encoding="utf-8"))
    for w in ner.get("titles", []):
        mark(w, TITLE)
    for w in ner.get("case_markers", []):
        mark(w, CASE)
    letters = read_letter_names(lex / "letter_names.txt")
    return {"words": words, "phrases": phrases, "max_len": max_len, "letters": letters}


class _Featuriser:
    """Per-process cache of token features for one set of tables."""

    def __init__(self, tables: dict):
        self.words = tables.get("words", {})
        self.phrases = tables.get("phrases", {})
        self.letters = list(tables.get("letters", []))
        self.cache: dict[str, tuple[str, int, int]] = {}
        # first word of a phrase -> the phrase lengths starting with it, longest first
        starts: dict[str, set[int]] = {}
        for phrase in self.phrases:
            words = phrase.split(" ")
            starts.setdefault(words[0], set()).add(len(words))
        self.starts = {w: sorted(ls, reverse=True) for w, ls in starts.items()}

    def token(self, text: str) -> tuple[str, int, int]:
        hit = self.cache.get(text)
        if hit is None:
            key = fold(text)
            n = spells_letters(key, self.letters) if len(key) >= 2 and self.letters else 0
            hit = (key, self.words.get(key, 0), min(n, 4) if n >= 2 else 0)
            if len(self.cache) < 500_000:
                self.cache[text] = hit
        return hit

    def doc(self, doc) -> list[list[int]]:
        toks = [self.token(t.text) for t in doc]
        keys = [t[0] for t in toks]
        phrase = [0] * len(toks)
        i, n = 0, len(toks)
        while i < n:
            for length in self.starts.get(keys[i], ()):
                code = self.phrases.get(" ".join(keys[i:i + length])) if i + length <= n else None
                if code:
                    phrase[i] = code * 2 - 1
                    for k in range(i + 1, i + length):
                        phrase[k] = code * 2
                    i += length
                    break
            else:
                i += 1
        rows = []
        prev = 0
        for (_, cls, acro), ph in zip(toks, phrase):
            rows.append([cls + 1, ph + 1, acro + 1, prev + 1])  # +1: HashEmbed hashes 0 like any id
            prev = cls
        return rows


def lexicon_features() -> Model[List[Doc], List[Ints2d]]:
    return Model("lexicon_features", _forward, init=_init, attrs={"tables": {}})


def _init(model: Model, X=None, Y=None) -> None:
    if not model.attrs["tables"].get("words"):
        model.attrs["tables"] = build_tables()


_FEATURISERS: dict[int, tuple[int, _Featuriser]] = {}  # model.id -> (id of its tables, featuriser)


def _forward(model: Model, docs, is_train: bool):
    tables = model.attrs["tables"]
    hit = _FEATURISERS.get(model.id)
    if hit is None or hit[0] != id(tables):  # tables are replaced when a model is loaded
        hit = _FEATURISERS[model.id] = (id(tables), _Featuriser(tables))
    featuriser = hit[1]
    out = []
    for doc in docs:
        rows = featuriser.doc(doc)
        arr = model.ops.asarray2i(rows or [[0] * N_COLUMNS], dtype="uint64")
        out.append(arr[: len(rows)])
    return out, lambda d: []


@registry.architectures("hindi_events.LexiconEmbed.v1")
def LexiconEmbed(width: int, rows: int = 512) -> Model[List[Doc], List[Floats2d]]:
    """Embeddings of the lexicon features, one HashEmbed a column, concatenated (N_COLUMNS x width)."""
    embeds = [HashEmbed(width, rows, column=i, seed=101 + i, dropout=0.0) for i in range(N_COLUMNS)]
    return chain(lexicon_features(), list2ragged(), with_array(concatenate(*embeds)), ragged2list())
