"""Sentence splitting on danda, ?, !, the full-stop period and line breaks."""
from __future__ import annotations

from ..core.document import Sentence
from ..core.registry import stage
from ..hindi.sentences import SentenceRules, split


@stage("sentences", requires=("norm_text",), provides=("sentences",), settings={"rules": "sentences.toml"})
def make_sentences(settings: dict, context):
    """Split norm_text into sentences; abbreviations and initials come from configs/sentences.toml."""
    rules = SentenceRules.from_file(context.resolve(settings.get("rules", "sentences.toml")))

    def sentences(doc):
        text = doc.norm_text
        doc.sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split(text, rules))]
        return doc

    return sentences
