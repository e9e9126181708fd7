"""hindi-news-events: Hindi news in, documents, entities, dates and events out.

    >>> import pipeline
    >>> docs, entities, events = pipeline.load("outputs/seeds")   # doctest: +SKIP
"""
__version__ = "0.1.0"


def load(outdir):
    """Load a run's outputs as pandas DataFrames: (documents, entities, events)."""
    from .loader import load as _load

    return _load(outdir)
