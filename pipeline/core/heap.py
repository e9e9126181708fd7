"""The cyclic garbage collector while documents are processed.

A process that runs the stages holds the models and tables it built (hundreds of thousands of objects that live
as long as it does), and each document makes hundreds of thousands of short-lived ones. With Python's defaults
the collector runs every 700 allocations and now and then walks everything the process holds: in a one-worker
run of 150 news-2020 documents it took 5.8 ms a document of about 140 (timed with gc.callbacks). Freezing what
exists once the stages are built, and letting the young generation grow to YOUNG_THRESHOLD objects, brings it to
2.2-2.7 ms. The collector's settings are the process's, so a run in a caller's process puts them back when it ends.
"""
from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000


def settle() -> tuple[int, int, int]:
    """Keep what exists out of the collector's walks and collect the young generation less often; returns
    the thresholds before, for restore()."""
    before = gc.get_threshold()
    gc.freeze()  # (no collection first: it cost a one-document run 60 ms, for the little garbage building leaves)
    gc.set_threshold(YOUNG_THRESHOLD, before[1], before[2])
    return before


def restore(before: tuple[int, int, int]) -> None:
    """The collector as settle() found it."""
    gc.unfreeze()
    gc.set_threshold(*before)
