"""Shared by the rule stages that read word lists (configs/ner/lexicon): a stage setting's list, folded."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..hindi.ner_features import read_word_list
from ..hindi.normalise import fold


def setting_words(context, settings: dict, key: str, default: str) -> frozenset[str]:
    """The folded words of the list the stage setting `key` names (else `default`), relative to configs/."""
    path = Path(context.resolve(settings.get(key, default))).resolve()
    return folded_words(path, path.stat().st_mtime_ns if path.exists() else 0)


@lru_cache(maxsize=32)
def folded_words(path: Path, mtime: int = 0) -> frozenset[str]:
    """A word list's folded words, read once per process: several stages (and the event roles) read the
    25,000 commonest Hindi words. `mtime` keys the cache, so an edited list is read again."""
    return frozenset(fold(w) for w in read_word_list(path))
