"""Matrix multiplies of spaCy models through numpy's BLAS, on one thread.

thinc's NumpyOps multiplies with its bundled BLIS. On the AMD EPYC machines this project
runs on, BLIS reaches about 12 GMAC/s on one core and numpy's OpenBLAS about 43, and the
NER model tags twice as many tokens per CPU-second with OpenBLAS (2026-12-03: 8,300 ->
16,000; `python -m pipeline.training.bench_ner --blas blis` shows the old figure).
One thread, because the pipeline gives each worker one core and OpenBLAS would otherwise
start a thread per core in every worker.
"""
from __future__ import annotations

import contextlib

CHOICES = ("numpy", "blis")
_controller = None


def cpu_ops(blas: str = "numpy"):
    """thinc CPU ops that multiply with numpy's BLAS ("numpy") or thinc's BLIS ("blis")."""
    from thinc.api import NumpyOps

    if blas not in CHOICES:
        raise ValueError(f"blas must be one of {', '.join(CHOICES)}, not {blas!r}")
    return NumpyOps(use_blis=(blas == "blis"))


def use_blas(nlp, blas: str = "numpy"):
    """Switch every layer of every trained component of a loaded spaCy pipeline to `blas`."""
    ops = cpu_ops(blas)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
    return nlp


def one_blas_thread():
    """Context manager: numpy's BLAS on one thread inside the block (about 13 µs to enter).
    A no-op when threadpoolctl cannot see a BLAS library."""
    global _controller
    try:
        if _controller is None:
            from threadpoolctl import ThreadpoolController

            _controller = ThreadpoolController()
        return _controller.limit(limits=1, user_api="blas")
    except Exception:  # threadpoolctl missing or no BLAS found: run as is
        return contextlib.nullcontext()
