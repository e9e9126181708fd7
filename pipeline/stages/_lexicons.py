"""Shared by the rule stages that read word lists (configs/ner/lexicon): a stage setting's list, folded."""
from __future__ import annotations

from pathlib import Path

from ..hindi.ner_features import folded_words
from ..hindi.normalise import fold


def setting_words(context, settings: dict, key: str, default: str) -> frozenset[str]:
    """The folded words of the list the stage setting `key` names (else `default`), relative to configs/;
    read once per process (ner_features.folded_words)."""
    path = Path(context.resolve(settings.get(key, default))).resolve()
    return folded_words(path, path.stat().st_mtime_ns if path.exists() else 0)


def name_stop_words(context, settings: dict, rules: dict) -> set[str]:
    """Words that are never a word of a person's name: the titles, roles, honorifics, case markers, common nouns
    and list stop words of ner.toml, and the head words of institution and place names (the stage settings
    `org_heads`, `loc_heads`), folded."""
    return rule_stop_words(rules) | head_words(context, settings)


def rule_stop_words(rules: dict) -> set[str]:
    """The titles, roles, honorifics, case markers, common nouns and list stop words of ner.toml, folded."""
    return {fold(w) for key in ("titles", "person_roles", "honorifics", "case_markers", "not_names",
                                "list_stop_words") for w in rules.get(key, [])}


def head_words(context, settings: dict) -> frozenset[str]:
    """The head words of institution and place names (the stage settings `org_heads`, `loc_heads`), folded."""
    return (setting_words(context, settings, "org_heads", "ner/lexicon/org_heads.txt")
            | setting_words(context, settings, "loc_heads", "ner/lexicon/loc_heads.txt"))


def read_demonyms(path: Path) -> frozenset[str]:
    """The nationality adjectives of configs/gazetteers/demonyms.tsv (first column), folded."""
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(fold(line.split("\t")[0].strip()) for line in lines if line.strip() and not line.startswith("#"))
