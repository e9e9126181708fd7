"""hindi-news-events: Hindi news in, documents, entities, dates and events out.

    >>> import pipeline
    >>> docs, entities, events = pipeline.load("outputs/seeds")   # doctest: +SKIP
"""
__version__ = "0.1.0"


def load(outdir):
    """Load a run's outputs as pandas DataFrames: (documents, entities, events)."""
    from .loader import load as _load

    return _load(outdir)


def country_pairs(events, freq="M", both_ways=True, by_type=False):
    """Events counted by country pair and period: ``pipeline.country_pairs(events, freq="M")``
    (pipeline/loader.py country_pairs)."""
    from .loader import country_pairs as _pairs

    return _pairs(events, freq=freq, both_ways=both_ways, by_type=by_type)
