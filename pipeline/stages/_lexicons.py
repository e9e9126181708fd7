"""Shared by the rule stages that read word lists (configs/ner/lexicon): a stage setting's list, folded."""
from __future__ import annotations

from pathlib import Path

from ..hindi.ner_features import folded_words


def setting_words(context, settings: dict, key: str, default: str) -> frozenset[str]:
    """The folded words of the list the stage setting `key` names (else `default`), relative to configs/;
    read once per process (ner_features.folded_words)."""
    path = Path(context.resolve(settings.get(key, default))).resolve()
    return folded_words(path, path.stat().st_mtime_ns if path.exists() else 0)
