"""Unicode and Devanagari normalisation with a map back to original offsets."""
from __future__ import annotations

from ..core.registry import stage
from ..hindi.normalise import normalise_text


def normalise(doc):
    result = normalise_text(doc.text)
    doc.norm_text, doc.orig_starts, doc.orig_ends = result.text, result.orig_starts, result.orig_ends
    return doc


@stage("normalise", requires=("text",), provides=("norm_text",), settings={})
def make_normalise(settings: dict, context):
    """NFC, Indic NLP Devanagari rules (colon kept), zero-width joiners dropped, straight quotes."""
    return normalise
