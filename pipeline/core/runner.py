"""Run a built pipeline over a corpus: read, process (in worker processes if asked), write as documents finish.

A document on which a stage raises goes to errors.jsonl with the stage and the
reason (level "error"); the run goes on. Problems in a document that is kept
(``Document.warnings``: duplicate id, NUL bytes, a date that is no date) go there
too, with level "warning", before the document's outputs. Memory stays flat: documents stream from the reader
through the stages to the writers, and at most a few documents per worker are
in flight at any time (the reader is never read ahead further than that).

Engines (where the document stages run):
- ``local``, ``workers=1``: in this process.
- ``local``, ``workers=N``: a spawn pool of N processes; each builds its own
  stages once in an initializer (models are loaded once per worker, never pickled).
- ``dask``: the same stages on Dask workers (pipeline/engines/dask_engine.py), found by
  name through core/engines.py (core never imports pipeline/engines).
Writers always run in this process, in input order, so outputs do not depend on
the engine or the number of workers, and a killed run's outputs are a prefix of
an uninterrupted run's (which is what makes --resume exact; see core/resume.py).
"""
from __future__ import annotations

import copyreg
import gc
import dataclasses
import json
import os
import platform
import resource
import sys
import time
import traceback
from collections import deque
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..io.readers import Skipped, read_corpus
from ..stages.writers import WriteContext
from . import engines, heap
from .builder import BuiltStage, Pipeline, StageFailed, build
from .config import PipelineConfig
from .document import Document, Token
from .errors import PipelineError

PACKAGES = ("hindi-news-events", "spacy", "indic-nlp-library", "pandas", "pyarrow", "charset-normalizer", "stanza",
            "dask", "distributed")
# Documents in flight per worker: enough to keep workers busy while the main
# process writes, small enough that memory does not depend on corpus size.
IN_FLIGHT_PER_WORKER = 4
COMMIT_WRITER = "documents_jsonl"  # its line marks a document as done (see core/resume.py)


@dataclass
class RunSummary:
    documents_read: int = 0
    documents_written: int = 0
    documents_failed: int = 0
    inputs_skipped: int = 0
    documents_resumed: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    tokens: int = 0  # tokens in written documents
    startup_seconds: float = 0.0  # starting workers and building their stages
    worker_peak_rss: dict[str, int] = field(default_factory=dict)  # worker id -> peak resident bytes
    max_in_flight: int = 0  # most documents read but not yet written at once
    engine: str = "local"
    workers: int = 1
    stage_cpu_seconds: float = 0.0  # CPU time of the document stages, all workers together
    main_cpu_seconds: float = 0.0  # CPU time of this process while documents were processed

    @property
    def exit_code(self) -> int:
        return 0 if self.documents_written or self.documents_resumed else 2

    @property
    def processing_seconds(self) -> float:
        return max(self.seconds - self.startup_seconds, 1e-9)

    def line(self) -> str:
        return (f"{self.documents_written} documents written, {self.documents_failed} failed, "
                f"{self.inputs_skipped} inputs skipped" + (f", {self.documents_resumed} already done (resume)"
                                                           if self.documents_resumed else "")
                + f" in {self.seconds:.1f}s")


@dataclass
class Result:
    """What a worker sends back for one document."""

    doc: Document | None
    error: dict | None
    timings: dict[str, float]
    worker: str = ""
    peak_rss: int = 0  # bytes, the worker's peak so far
    cpu_seconds: float = 0.0  # CPU time the stages took (unlike wall time, not inflated by a busy machine)


class WorkerInitFailed(RuntimeError):
    pass


# --- moving documents between processes ------------------------------------------------------
# A processed document holds thousands of Token objects; pickled one by one they cost a worker
# about a fifth of its time and the main process more. Columns (one list a field) pickle ~15x
# faster. Registered for every process that imports the runner (workers do, to run _process).
_TOKEN_FIELDS = tuple(f.name for f in dataclasses.fields(Token))
_DOC_FIELDS = tuple(f.name for f in dataclasses.fields(Document))


_TOKEN_DEFAULTS = tuple(f.default for f in dataclasses.fields(Token))


def _rebuild_document(state: dict, token_columns: tuple) -> Document:
    doc = object.__new__(Document)
    for k, v in state.items():
        object.__setattr__(doc, k, v)
    doc.tokens = list(map(Token, *token_columns)) if token_columns else []
    return doc


def _reduce_document(doc: Document):
    state = {k: getattr(doc, k) for k in _DOC_FIELDS if k != "tokens"}
    toks = doc.tokens
    columns = [[getattr(t, f) for t in toks] for f in _TOKEN_FIELDS] if toks else []
    # Trailing fields left at their defaults everywhere (no parser ran) need not travel.
    while columns and len(columns) > 3 and all(v == _TOKEN_DEFAULTS[len(columns) - 1] for v in columns[-1]):
        columns.pop()
    return _rebuild_document, (state, tuple(columns))


copyreg.pickle(Document, _reduce_document)


# --- worker side (also used by the dask engine) -----------------------------------------------
_worker_pipeline: Pipeline | None = None
_worker_init_error: str | None = None


def peak_rss() -> int:
    """This process's peak resident set size in bytes (ru_maxrss is KB on Linux, bytes on macOS)."""
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r if sys.platform == "darwin" else r * 1024


def _exit_with_parent(parent: int) -> None:
    # A pool worker blocks on its task queue forever if the main process is killed (SIGKILL
    # closes nothing the worker waits on), so it watches its parent and leaves with it.
    import threading

    def watch():
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


def _init_worker(config: PipelineConfig, options: dict, ready=None) -> None:
    global _worker_pipeline, _worker_init_error
    _exit_with_parent(os.getppid())
    # Each worker builds its own stages (models load once per worker, never pickled).
    try:
        _worker_pipeline = build(config, options, writers=False)
        heap.settle()  # the worker's models live as long as it does (core/heap.py)
    except Exception as exc:  # reported by the first task instead of killing the pool in a loop
        _worker_init_error = f"{type(exc).__name__}: {exc}"
    if ready is not None:  # no worker takes a document before all are built (fair timing)
        try:
            ready.wait(timeout=600)
        except Exception:  # a worker that died building; its tasks report it
            pass


def process_with(pipe: Pipeline, doc: Document, worker: str = "") -> Result:
    before = dict(pipe.timings)
    cpu0 = time.process_time()
    try:
        out = pipe(doc)
        err = None
    except StageFailed as exc:
        out = None
        err = {"doc_id": doc.doc_id, "path": doc.path, "stage": exc.stage, "error_type": type(exc.exc).__name__,
               "message": str(exc.exc), "traceback": "".join(traceback.format_exception(exc.exc))[-2000:],
               "level": "error"}
    delta = {k: v - before.get(k, 0.0) for k, v in pipe.timings.items() if v - before.get(k, 0.0)}
    return Result(out, err, delta, worker or f"pid{os.getpid()}", peak_rss(), time.process_time() - cpu0)


def _process(doc: Document) -> Result:
    if _worker_pipeline is None:
        raise WorkerInitFailed(f"worker could not build the pipeline: {_worker_init_error}")
    return process_with(_worker_pipeline, doc)


def _warm(_: int) -> int:
    if _worker_pipeline is None:
        raise WorkerInitFailed(f"worker could not build the pipeline: {_worker_init_error}")
    return os.getpid()


# --- engines ---------------------------------------------------------------------------------
class InProcessEngine:
    """workers=1: the stages run here, one document at a time."""

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline
        self.workers = 1
        self._collector: tuple[int, int, int] | None = None

    def start(self) -> None:
        self._collector = heap.settle()  # put back in close(): this may be a notebook's process

    def map(self, docs: Iterable[Document | Skipped]) -> Iterator[tuple[Document | Skipped, Result | None]]:
        for doc in docs:
            yield doc, None if isinstance(doc, Skipped) else process_with(self.pipeline, doc, "main")

    def close(self) -> None:
        if self._collector is not None:
            heap.restore(self._collector)
            self._collector = None


class _Ready:
    def result(self):
        return None


def ordered_window(submit, docs: Iterable[Document], window: int, on_flight=None):
    """Submit documents as earlier ones finish, at most `window` in flight; yield results in input order.

    `submit(doc)` returns an object with `.result()`. Input order (not completion
    order) keeps outputs identical for any number of workers.
    """
    pending: deque = deque()
    it = iter(docs)
    ready = _Ready()
    exhausted = False
    while True:
        while not exhausted and len(pending) < window:
            try:
                doc = next(it)
            except StopIteration:
                exhausted = True
                break
            # Skipped inputs pass through the window too, so errors.jsonl keeps input order.
            pending.append((doc, ready if isinstance(doc, Skipped) else submit(doc)))
            if on_flight:
                on_flight(len(pending))
        if not pending:
            return
        doc, fut = pending.popleft()
        yield doc, fut.result()


class PoolEngine:
    """workers=N: a spawn process pool; a worker that dies stops the run with a clear error."""

    def __init__(self, config: PipelineConfig, options: dict, workers: int):
        self.config, self.options, self.workers = config, options, workers
        self.executor = None
        self.on_flight = None

    def start(self) -> None:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        ctx = mp.get_context("spawn")
        self.executor = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                            initargs=(self.config, self.options, ctx.Barrier(self.workers)))
        # Start every worker (and build its stages) before the clock for throughput starts.
        try:
            for f in [self.executor.submit(_warm, i) for i in range(self.workers)]:
                f.result()
        except WorkerInitFailed as exc:
            raise PipelineError([str(exc)]) from None
        except BrokenProcessPool as exc:
            raise RuntimeError(f"worker processes could not start: {exc}") from None

    def map(self, docs: Iterable[Document | Skipped]) -> Iterator[tuple[Document | Skipped, Result | None]]:
        from concurrent.futures.process import BrokenProcessPool

        gen = ordered_window(lambda d: self.executor.submit(_process, d), docs,
                             self.workers * IN_FLIGHT_PER_WORKER, self.on_flight)
        while True:
            try:
                doc, result = next(gen)
            except StopIteration:
                return
            except BrokenProcessPool:
                raise RuntimeError(
                    "a worker process died (killed, or out of memory?). Every document written so far is "
                    "complete; rerun the same command with --resume to go on.") from None
            yield doc, result

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def make_engine(engine: str, config: PipelineConfig, options: dict, workers: int, main_pipeline: Pipeline,
                scheduler: str | None = None):
    if engine != engines.LOCAL:
        factory = engines.get_engine(engine)
        if factory is None:
            raise PipelineError([f"Unknown engine '{engine}'. Choose one of: {', '.join(engines.engine_names())}."])
        return factory(config, options, workers, scheduler)
    if scheduler:
        raise PipelineError(["--scheduler needs --engine dask."])
    if workers <= 1:
        return InProcessEngine(main_pipeline)
    return PoolEngine(config, options, workers)


# --- main side -------------------------------------------------------------------------------
def _package_versions() -> dict[str, str | None]:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def _order_writers(writers: list[BuiltStage], parquet) -> list[BuiltStage]:
    """documents.jsonl last (then Parquet): a document is done once the last output has it."""
    ordered = [w for w in writers if w.name != COMMIT_WRITER] + [w for w in writers if w.name == COMMIT_WRITER]
    if parquet is not None:
        from ..core.registry import StageSpec

        ordered.append(BuiltStage("parquet", StageSpec("parquet", None, (), (), "writer", "Parquet"), parquet))
    return ordered


def run(corpus: str | Path, outdir: str | Path, config: PipelineConfig, *, workers: int = 1, quiet: bool = False,
        resume: bool = False, options: dict[str, Any] | None = None, engine: str = "local",
        scheduler: str | None = None, parquet: bool | None = None, limit: int | None = None,
        force: bool = False) -> RunSummary:
    """Run `config` over `corpus` into `outdir`.

    engine: "local" (workers=1 in process, else a process pool) or "dask" (scheduler:
    a cluster address; none starts a LocalCluster of `workers` processes).
    parquet: also write documents/entities/events as Parquet partitions (default: on for dask).
    limit: stop after this many documents (benchmarks).
    resume: go on with a run into `outdir`; refused (E016/E017) when `outdir` was made with another
    config, model, package version or corpus, unless `force`.
    """
    from .resume import check_same_run, commit_markers, done_documents, made_with, prepare_resume

    options = dict(options or {})
    outdir = Path(outdir)
    workers = max(1, int(workers))
    if parquet is None:
        parquet = engine == "dask"
    main_pipeline = build(config, options)  # validates everything before any output is touched
    parquet_writer = None
    if parquet:
        parquet_writer = engines.load_reference(engines.PARQUET_WRITER)(options.get("parquet_partition_docs", 250))
    writers = _order_writers(main_pipeline.writers, parquet_writer)
    markers = commit_markers([w.name for w in writers])
    if resume and not markers:
        raise PipelineError([f"--resume needs the '{COMMIT_WRITER}' writer in the config (or --parquet): "
                             f"it marks which documents are done."])
    fingerprint = made_with(config, corpus)
    earlier = check_same_run(outdir, fingerprint, force) if resume else []
    eng = make_engine(engine, config, options, workers, main_pipeline, scheduler)
    if not isinstance(eng, InProcessEngine):
        main_pipeline.stages = []  # the workers have their own; free this process's copy of the models
        # Unpickling a document makes thousands of objects; the cyclic collector would walk every
        # object this process holds after each few hundred of them. What exists now stays.
        gc.collect()
        gc.freeze()
    outdir.mkdir(parents=True, exist_ok=True)
    record = {"corpus": str(corpus), "outdir": str(outdir), "config_path": str(config.path or ""),
              "config": config.raw, "engine": engine, "scheduler": scheduler, "workers": workers,
              "resume": resume, "parquet": bool(parquet), "made_with": fingerprint,
              **({"resumed_over": earlier} if earlier else {})}
    # Written first, so that a killed run still says what it was made with (--resume checks it);
    # the run_json writer replaces it at the end with the counts.
    (outdir / "run.json").write_text(json.dumps({**record, "finished": False}, ensure_ascii=False, indent=2,
                                                default=str) + "\n", encoding="utf-8")

    context = WriteContext(outdir, resume=resume)
    if resume:
        context.done_ids = done_documents(outdir, markers)
        prepare_resume(outdir, context.done_ids)
    summary = RunSummary(documents_resumed=len(context.done_ids), engine=engine, workers=workers)
    t0 = time.perf_counter()
    progress = _progress(quiet)
    opened: list[BuiltStage] = []
    in_flight = 0

    def inputs() -> Iterator[Document]:
        nonlocal in_flight
        for item in read_corpus(corpus):
            if limit is not None and summary.documents_read >= limit:
                return
            if item.doc_id in context.done_ids:
                continue
            if isinstance(item, Skipped):
                summary.inputs_skipped += 1
            else:
                summary.documents_read += 1
            in_flight += 1
            summary.max_in_flight = max(summary.max_in_flight, in_flight)
            yield item

    cpu0 = time.process_time()
    try:
        eng.start()
        summary.startup_seconds = time.perf_counter() - t0
        summary.workers = eng.workers  # on a Dask cluster: however many workers it has
        cpu0 = time.process_time()
        for w in writers:
            w.run.open(context)
            opened.append(w)
        for item, res in eng.map(inputs()):
            in_flight -= 1
            if res is None:  # a Skipped input: nothing to process
                for w in writers:
                    w.run.write_error(item.to_record())
                progress.update(1)
                continue
            # Warnings about the document (from the reader, or the stages when it came through) come
            # before its outputs: a document is done only once documents.jsonl has it (core/resume.py).
            for warning in warning_records(res.doc if res.doc is not None else item):
                for w in writers:
                    w.run.write_error(warning)
            for k, v in res.timings.items():
                summary.stage_seconds[k] = summary.stage_seconds.get(k, 0.0) + v
            summary.stage_cpu_seconds += res.cpu_seconds
            summary.worker_peak_rss[res.worker] = max(summary.worker_peak_rss.get(res.worker, 0), res.peak_rss)
            if res.error is not None:
                summary.documents_failed += 1
                for w in writers:
                    w.run.write_error(res.error)
            else:
                for w in writers:
                    t = time.perf_counter()
                    w.run.write(res.doc)
                    summary.stage_seconds[w.name] = summary.stage_seconds.get(w.name, 0.0) + time.perf_counter() - t
                summary.documents_written += 1
                summary.tokens += len(res.doc.tokens)
            progress.update(1)
    finally:
        progress.close()
        eng.close()
        summary.seconds = time.perf_counter() - t0
        summary.main_cpu_seconds = time.process_time() - cpu0
        if isinstance(eng, InProcessEngine):
            summary.worker_peak_rss["main"] = peak_rss()
        record.update({"workers": summary.workers, "finished": True,
                  "python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count(),
                  "packages": _package_versions(),
                  "documents": {"read": summary.documents_read, "written": summary.documents_written,
                                "failed": summary.documents_failed, "skipped": summary.inputs_skipped,
                                "resumed": summary.documents_resumed},
                  "tokens": summary.tokens,
                  "seconds": round(summary.seconds, 3), "startup_seconds": round(summary.startup_seconds, 3),
                  "stage_seconds": {k: round(v, 3) for k, v in summary.stage_seconds.items()},
                  "cpu_seconds": {"stages": round(summary.stage_cpu_seconds, 3),
                                  "main": round(summary.main_cpu_seconds, 3)},
                  "worker_peak_rss_mb": {k: round(v / 2**20, 1) for k, v in summary.worker_peak_rss.items()}})
        for w in opened:
            w.run.close(record)
    return summary


def warning_records(doc: Document) -> list[dict]:
    """errors.jsonl rows (level "warning") for the problems found in a document that is kept."""
    return [{"doc_id": doc.doc_id, "path": doc.path, "stage": w.get("stage", ""),
             "error_type": w.get("error_type", "Warning"), "message": w.get("message", ""), "line": w.get("line"),
             "level": "warning"} for w in doc.warnings]


def _progress(quiet: bool):
    from tqdm import tqdm

    return tqdm(desc="documents", unit="doc", file=sys.stderr, disable=quiet, dynamic_ncols=True)
