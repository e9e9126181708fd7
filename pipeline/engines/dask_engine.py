"""Run the document stages on Dask workers: a LocalCluster, or a real cluster at --scheduler ADDRESS.

Each worker builds the stages once, in a worker plugin (models are loaded on
the worker, never pickled). The reader and the writers stay in this process:
documents go to the workers as they are read, at most a few per worker thread
in flight, and come back in input order, so outputs are the same as the local
engine's. On a real cluster every worker needs this package installed and the
config's resource paths (and the NER model) readable at the same paths.

Needs the extra: pip install "hindi-news-events[dask]".
"""
from __future__ import annotations

import logging
import threading
import uuid
from typing import Iterable, Iterator

from ..core.builder import Pipeline, build
from ..core.config import PipelineConfig
from ..core.document import Document
from ..core.errors import PipelineError
from ..core.runner import IN_FLIGHT_PER_WORKER, Result, WorkerInitFailed, ordered_window, process_with

try:  # the module imports without dask; DaskEngine says how to install it
    from distributed import WorkerPlugin as _PluginBase
except ImportError:
    _PluginBase = object

INSTALL_HINT = 'The dask engine needs Dask and distributed: pip install "hindi-news-events[dask]"'


def _import_distributed():
    try:
        import distributed
    except ImportError as exc:
        raise PipelineError([f"{INSTALL_HINT} ({exc})."]) from None
    return distributed


class PipelinePlugin(_PluginBase):
    """A distributed WorkerPlugin that builds the stages once on each worker."""

    def __init__(self, config: PipelineConfig, options: dict, name: str):
        self.config, self.options, self.name = config, options, name
        self.pipeline: Pipeline | None = None
        self.error: str | None = None

    def setup(self, worker) -> None:
        self.lock = threading.Lock()  # stages are not promised to be thread-safe
        self.address = worker.address
        try:
            self.pipeline = build(self.config, self.options, writers=False)
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"

    def teardown(self, worker) -> None:
        self.pipeline = None

    def __getstate__(self):  # only the recipe travels; the built stages stay on the worker
        return {"config": self.config, "options": self.options, "name": self.name}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.pipeline, self.error = None, None


def _plugin(name: str) -> PipelinePlugin:
    from distributed import get_worker

    plugin = get_worker().plugins[name]
    if plugin.pipeline is None:
        raise WorkerInitFailed(f"Dask worker {plugin.address} could not build the pipeline: {plugin.error}")
    return plugin


def _dask_process(doc: Document, name: str) -> Result:
    plugin = _plugin(name)
    with plugin.lock:
        return process_with(plugin.pipeline, doc, plugin.address)


def _check(name: str, dask_worker=None) -> str:
    plugin = dask_worker.plugins.get(name)
    if plugin is None:
        return "plugin not registered"
    return plugin.error or "ok"


class DaskEngine:
    def __init__(self, config: PipelineConfig, options: dict, workers: int, scheduler: str | None = None):
        _import_distributed()
        self.config, self.options, self.scheduler = config, options, scheduler
        self.workers = workers
        self.cluster = self.client = None
        self.name = f"hindi-events-{uuid.uuid4().hex[:8]}"  # one plugin a run: runs may share a cluster

    def start(self) -> None:
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="30s")
            except OSError as exc:
                raise PipelineError([f"No Dask scheduler answers at {self.scheduler} ({exc}). Start one with "
                                     f"`dask scheduler` and workers with `dask worker {self.scheduler}`."]) from None
        else:
            self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        if not self.client.nthreads():
            try:
                self.client.wait_for_workers(1, timeout=60)
            except TimeoutError:
                raise PipelineError([f"No Dask workers joined the scheduler at {self.scheduler} within 60 s. "
                                     f"Start some with `dask worker {self.scheduler} --nthreads 1`."]) from None
        self.client.register_plugin(PipelinePlugin(self.config, self.options, self.name), name=self.name)
        status = self.client.run(_check, self.name)
        bad = [f"{addr}: {msg}" for addr, msg in status.items() if msg != "ok"]
        if bad:
            raise PipelineError([f"Dask worker could not build the pipeline ({b})" for b in bad])
        self.workers = len(status)

    def map(self, docs: Iterable[Document]) -> Iterator[tuple[Document, Result]]:
        from distributed import KilledWorker

        threads = sum(self.client.nthreads().values()) or 1
        gen = ordered_window(lambda d: self.client.submit(_dask_process, d, self.name, pure=False), docs,
                             threads * IN_FLIGHT_PER_WORKER)
        while True:
            try:
                doc, result = next(gen)
            except StopIteration:
                return
            except KilledWorker as exc:
                raise RuntimeError(f"Dask workers kept dying on a document ({exc}). Every document written so "
                                   f"far is complete; rerun with --resume to go on.") from None
            except WorkerInitFailed as exc:
                raise PipelineError([str(exc)]) from None
            yield doc, result

    def close(self) -> None:
        if self.client is not None:
            try:
                if self.cluster is None:  # leave a shared cluster clean for the next run
                    self.client.unregister_worker_plugin(self.name)
            except Exception:
                pass
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None
