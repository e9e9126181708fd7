"""spaCy's Hindi tokenizer (spacy.blank("hi")), with a few extra split rules for news text.

Extra prefixes, suffixes and infixes come from configs/tokenizer.toml: dash runs that
glue a byline to a word ("--आईएएनएस"), quotes and brackets glued to words ("कहा,“अच्छा"),
and a token_match for words that stay whole ("जद(एस)"). Its [glued_titles] table
splits a title glued to a name in scraped text ("पीएममोदी" -> "पीएम" "मोदी"); the
split tokens are pieces of the same text, so offsets stay exact.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

from . import lean_spacy  # noqa: F401,I001  before spaCy: no command line (lean_spacy.py)
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from . import index_cache
from .acronyms import read_letter_names, spells_letters
from .gazetteer import one_word_aliases
from .normalise import fold


@lru_cache(maxsize=1)
def blank_hindi():
    """spacy.blank("hi"), once per process: every tokenizer here shares its vocabulary and default rules
    (a second spacy.blank cost a one-document run ~50 ms).

    Its tokens are read for their offsets and IS_SPACE only, so a new word's lexeme computes that flag
    alone: the Hindi NORM getter and the rest cost a quarter of tokenising (news-2020, 380 documents:
    1.40 s -> 1.07 s, the same tokens)."""
    nlp = spacy.blank("hi")
    nlp.vocab.lex_attr_getters = {k: f for k, f in nlp.vocab.lex_attr_getters.items() if k == IS_SPACE}
    return nlp


@lru_cache(maxsize=4)
def hindi_tokenizer(rules_path: str | None = None):
    nlp = blank_hindi()
    if not rules_path:
        return nlp.tokenizer
    rules = tomllib.loads(Path(rules_path).read_text(encoding="utf-8"))
    defaults = nlp.Defaults
    # as spaCy's own tokenizer factory (spacy.language.create_tokenizer) builds it, with the extra rules first
    tokenizer = Tokenizer(
        nlp.vocab, rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(list(rules.get("prefixes", [])) + list(defaults.prefixes)).search,
        suffix_search=compile_suffix_regex(list(rules.get("suffixes", [])) + list(defaults.suffixes)).search,
        infix_finditer=compile_infix_regex(list(rules.get("infixes", [])) + list(defaults.infixes)).finditer,
        token_match=re.compile(rules["token_match"]).match if rules.get("token_match") else defaults.token_match,
        url_match=defaults.url_match)
    glued = rules.get("glued_titles") or {}
    if not glued.get("titles"):
        return tokenizer
    here = Path(rules_path).parent
    names = _person_aliases(here / glued["gazetteers"]) if glued.get("gazetteers") else set()
    letters = read_letter_names(here / glued["letter_names"]) if glued.get("letter_names") else []
    splitter = GluedTitles(glued["titles"], int(glued.get("min_rest", 3)), letters, names)
    return SplittingTokenizer(tokenizer, splitter)


def _person_aliases(folder: Path) -> set[str]:
    """One-word PER aliases of the tables (read from the index cache: reading every table cost ~40 ms)."""
    return index_cache.cached("person-words", folder, ("hindi/gazetteer.py", "hindi/normalise.py"),
                              lambda: one_word_aliases(folder, "PER"))


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L")


class GluedTitles:
    """Where a title glued to the next word ends: "पीएममोदी" -> 4 ("पीएम" | "मोदी").

    The rest must start a new syllable (a letter, not a vowel sign) and be either a
    one-word person alias ("सीएमकेसीआर" -> "सीएम" "केसीआर") or long enough to be a
    name and not English letter names: a rest that spells letters makes the whole
    word an acronym that merely starts like a title (पीएमओ, पीएमसीएच = PMCH,
    सीएमएचओ = CMHO, सीएमआईई = CMIE) and stays whole.
    """

    def __init__(self, titles, min_rest: int, letter_names, person_aliases: set[str]):
        self.titles = sorted(set(titles), key=len, reverse=True)
        self._any_title = tuple(self.titles)  # one C-level startswith before the loop below
        self.min_rest = min_rest
        self.letters = letter_names  # folded, longest first (acronyms.read_letter_names)
        self.person_aliases = person_aliases

    def split_at(self, word: str) -> int:
        if not word.startswith(self._any_title):
            return 0
        for title in self.titles:
            if len(word) > len(title) and word.startswith(title):
                rest = word[len(title):]
                if not _is_letter(rest[0]):
                    return 0
                key = fold(rest)
                if key in self.person_aliases:
                    return len(title)
                if len(key) >= self.min_rest and not self.spells_letters(key):
                    return len(title)
                return 0
        return 0

    def spells_letters(self, word: str) -> bool:
        """True when word is a run of English letter names (एचओ = एच ओ)."""
        return spells_letters(word, self.letters) > 0


class SplittingTokenizer:
    """spaCy's tokenizer, then glued titles split off; returns a spaCy Doc over the same text."""

    def __init__(self, tokenizer, glued: GluedTitles):
        self.tokenizer = tokenizer
        self.glued = glued

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        cuts = [self.glued.split_at(t.text) for t in doc]
        if not any(cuts):
            return doc
        words: list[str] = []
        spaces: list[bool] = []
        for t, k in zip(doc, cuts):
            if k:
                words += [t.text[:k], t.text[k:]]
                spaces += [False, bool(t.whitespace_)]
            else:
                words.append(t.text)
                spaces.append(bool(t.whitespace_))
        return Doc(doc.vocab, words=words, spaces=spaces)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """What token_spans() gives for this tokenizer."""
        return _spans(self.tokenizer(text), text, self.glued)


def token_spans(tokenizer, text: str) -> list[tuple[int, int]]:
    """(start, end) in text of the tokens tokenizer(text) gives, white space tokens left out.

    The same tokens as iterating the Doc, read from its arrays instead: creating a spaCy
    Token object for every token cost more than tokenising itself."""
    if isinstance(tokenizer, SplittingTokenizer):
        return tokenizer.spans(text)
    return _spans(tokenizer(text), text, None)


_SPAN_ATTRS = [IDX, LENGTH, IS_SPACE]


def _spans(doc: Doc, text: str, glued: GluedTitles | None) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for idx, n, space in doc.to_array(_SPAN_ATTRS).tolist():
        if space:
            continue
        k = glued.split_at(text[idx:idx + n]) if glued is not None else 0
        if k:  # a glued title: split as SplittingTokenizer.__call__ does
            out += [(idx, idx + k), (idx + k, idx + n)]
        else:
            out.append((idx, idx + n))
    return out
