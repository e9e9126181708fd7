"""Run a built pipeline over a corpus: read, process (in worker processes if asked), write as documents finish.

A document on which a stage raises goes to errors.jsonl with the stage and the
reason; the run goes on. Memory stays flat: documents stream from the reader
through the stages to the writers one at a time.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import platform
import sys
import time
import traceback
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Iterator

from ..io.readers import Skipped, read_corpus
from ..stages.writers import WriteContext
from .builder import Pipeline, StageFailed, build
from .config import PipelineConfig
from .document import Document

PACKAGES = ("hindi-news-events", "spacy", "indic-nlp-library", "pandas", "pyarrow", "charset-normalizer", "stanza")


@dataclass
class RunSummary:
    documents_read: int = 0
    documents_written: int = 0
    documents_failed: int = 0
    inputs_skipped: int = 0
    documents_resumed: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return 0 if self.documents_written or self.documents_resumed else 2

    def line(self) -> str:
        return (f"{self.documents_written} documents written, {self.documents_failed} failed, "
                f"{self.inputs_skipped} inputs skipped" + (f", {self.documents_resumed} already done (resume)"
                                                           if self.documents_resumed else "")
                + f" in {self.seconds:.1f}s")


# --- worker side -----------------------------------------------------------------------------
_worker_pipeline: Pipeline | None = None


def _init_worker(config: PipelineConfig, options: dict) -> None:
    global _worker_pipeline
    # Each worker builds its own stages (models load once per worker, never pickled).
    _worker_pipeline = build(config, options, writers=False)


def _process(doc: Document) -> tuple[Document | None, dict | None, dict[str, float]]:
    pipe = _worker_pipeline
    before = dict(pipe.timings)
    try:
        out = pipe(doc)
        err = None
    except StageFailed as exc:
        out = None
        err = {"doc_id": doc.doc_id, "path": doc.path, "stage": exc.stage, "error_type": type(exc.exc).__name__,
               "message": str(exc.exc), "traceback": "".join(traceback.format_exception(exc.exc))[-2000:]}
    delta = {k: v - before.get(k, 0.0) for k, v in pipe.timings.items()}
    return out, err, delta


# --- main side -------------------------------------------------------------------------------
def _package_versions() -> dict[str, str | None]:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def run(corpus: str | Path, outdir: str | Path, config: PipelineConfig, *, workers: int = 1, quiet: bool = False,
        resume: bool = False, options: dict[str, Any] | None = None) -> RunSummary:
    global _worker_pipeline
    options = dict(options or {})
    outdir = Path(outdir)
    main_pipeline = build(config, options)  # validates everything before any output is touched
    outdir.mkdir(parents=True, exist_ok=True)
    from .resume import done_documents, prepare_resume

    context = WriteContext(outdir, resume=resume)
    if resume:
        context.done_ids = done_documents(outdir)
        prepare_resume(outdir, context.done_ids)
    summary = RunSummary(documents_resumed=len(context.done_ids))
    writers = main_pipeline.writers
    for w in writers:
        w.run.open(context)
    t0 = time.perf_counter()

    def inputs() -> Iterator[Document]:
        for item in read_corpus(corpus):
            if item.doc_id in context.done_ids:
                continue
            if isinstance(item, Skipped):
                summary.inputs_skipped += 1
                for w in writers:
                    w.run.write_error(item.to_record())
                continue
            summary.documents_read += 1
            yield item

    progress = _progress(quiet)
    try:
        if workers <= 1:
            _worker_pipeline = main_pipeline
            results = map(_process, inputs())
            pool = None
        else:
            pool = mp.get_context("spawn").Pool(workers, initializer=_init_worker, initargs=(config, options))
            results = pool.imap(_process, inputs(), chunksize=2)
        for doc, err, timings in results:
            for k, v in timings.items():
                summary.stage_seconds[k] = summary.stage_seconds.get(k, 0.0) + v
            if err is not None:
                summary.documents_failed += 1
                for w in writers:
                    w.run.write_error(err)
            else:
                for w in writers:
                    t = time.perf_counter()
                    w.run.write(doc)
                    summary.stage_seconds[w.name] = summary.stage_seconds.get(w.name, 0.0) + time.perf_counter() - t
                summary.documents_written += 1
            progress.update(1)
        if pool is not None:
            pool.close()
            pool.join()
    finally:
        progress.close()
        summary.seconds = time.perf_counter() - t0
        record = {"corpus": str(corpus), "outdir": str(outdir), "config_path": str(config.path or ""),
                  "config": config.raw, "workers": workers, "resume": resume,
                  "python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count(),
                  "packages": _package_versions(),
                  "documents": {"read": summary.documents_read, "written": summary.documents_written,
                                "failed": summary.documents_failed, "skipped": summary.inputs_skipped,
                                "resumed": summary.documents_resumed},
                  "seconds": round(summary.seconds, 3),
                  "stage_seconds": {k: round(v, 3) for k, v in summary.stage_seconds.items()}}
        for w in writers:
            w.run.close(record)
    return summary


def _progress(quiet: bool):
    from tqdm import tqdm

    return tqdm(desc="documents", unit="doc", file=sys.stderr, disable=quiet, dynamic_ncols=True)
