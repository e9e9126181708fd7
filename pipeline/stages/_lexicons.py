"""Shared by the rule stages that read word lists (configs/ner/lexicon): a stage setting's list, folded."""
from __future__ import annotations

from ..hindi.ner_features import read_word_list
from ..hindi.normalise import fold


def setting_words(context, settings: dict, key: str, default: str) -> frozenset[str]:
    """The folded words of the list the stage setting `key` names (else `default`), relative to configs/."""
    return frozenset(fold(w) for w in read_word_list(context.resolve(settings.get(key, default))))
