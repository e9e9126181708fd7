"""spaCy's Hindi tokenizer (spacy.blank("hi")), with a few extra split rules for news text.

Extra prefixes and suffixes come from configs/tokenizer.toml: dash runs that
glue a byline to a word ("--आईएएनएस"), for instance.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex


@lru_cache(maxsize=4)
def hindi_tokenizer(rules_path: str | None = None):
    nlp = spacy.blank("hi")
    if rules_path:
        rules = tomllib.loads(Path(rules_path).read_text(encoding="utf-8"))
        prefixes = list(rules.get("prefixes", [])) + list(nlp.Defaults.prefixes)
        suffixes = list(rules.get("suffixes", [])) + list(nlp.Defaults.suffixes)
        nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        infixes = list(rules.get("infixes", [])) + list(nlp.Defaults.infixes)
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp.tokenizer
