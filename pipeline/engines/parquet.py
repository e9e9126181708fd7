"""Parquet partitions: documents.parquet/, entities.parquet/, events.parquet/ (one part-NNNNN.parquet per flush).

Runs in the main process after every other writer (the runner adds it last with
--parquet, and always for the dask engine). Columns follow documents.jsonl,
entities.csv and events.csv; events also carry the full events.jsonl record as
JSON in `record`. Schemas are fixed so that every partition reads as one dataset
(pandas.read_parquet(folder), dask.dataframe.read_parquet(folder)).
A partition is written under a temporary name and renamed, entities and events
before documents, so a documents partition on disk means its rows are complete
everywhere (core/resume.py relies on this).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..stages.writers import Writer, WriteContext
from ..stages.writers.documents_jsonl import DocumentsJsonl
from ..stages.writers.entities_csv import EntitiesCsv
from ..stages.writers.events_csv import EventsCsv
from ..stages.writers.events_jsonl import event_record

S, I, F = pa.string(), pa.int32(), pa.float64()
SENTENCE = pa.struct([("sent_id", I), ("start", I), ("end", I), ("text", S)])
SCHEMAS = {
    "documents": pa.schema([("doc_id", S), ("path", S), ("title", S), ("published", S), ("published_raw", S),
                            ("source", S), ("url", S), ("text", S), ("sentences", pa.list_(SENTENCE)),
                            ("n_tokens", I), ("n_entities", I), ("n_events", I)]),
    "entities": pa.schema([("doc_id", S), ("sent_id", I), ("start", I), ("end", I), ("orig_start", I),
                           ("orig_end", I), ("text", S), ("label", S), ("canonical", S), ("value", S),
                           ("source", S), ("score", F), ("wikidata", S), ("country", S), ("lat", F), ("lon", F),
                           ("geonames_id", pa.int64())]),
    "events": pa.schema([("doc_id", S), ("event_id", S), ("cluster_id", S), ("type", S), ("status", S),
                         ("actor", S), ("target", S), ("location", S), ("date_text", S), ("date", S),
                         ("date_source", S), ("trigger", S), ("n_mentions", I), ("first_sentence", S), ("confidence", F),
                         ("extractor", S), ("published", S), ("record", S)]),
}
PART = re.compile(r"part-(\d+)\.parquet$")


class ParquetWriter(Writer):
    def __init__(self, docs_per_partition: int = 250):  # bounds the rows held in memory
        self.docs_per_partition = max(1, int(docs_per_partition))
        self._documents, self._entities, self._events = DocumentsJsonl(), EntitiesCsv(), EventsCsv()

    def open(self, context: WriteContext) -> None:
        self.folders = {name: Path(context.outdir) / f"{name}.parquet" for name in SCHEMAS}
        self.next_part = 0
        for folder in self.folders.values():
            if folder.exists() and not context.resume:  # a fresh run replaces earlier partitions
                for old in folder.glob("part-*.parquet"):
                    old.unlink()
            folder.mkdir(parents=True, exist_ok=True)
            for p in folder.glob("part-*.parquet"):
                m = PART.search(p.name)
                self.next_part = max(self.next_part, int(m.group(1)) + 1)
        self._reset()

    def _reset(self) -> None:
        self.buffers: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
        self.n_docs = 0

    def write(self, doc) -> None:
        self.buffers["documents"].extend(self._documents.records(doc))
        for row in self._entities.rows(doc):
            for col in ("score", "lat", "lon", "geonames_id"):
                row[col] = None if row[col] == "" else row[col]
            self.buffers["entities"].append(row)
        for e, row in zip(doc.events, self._events.rows(doc)):
            row["record"] = json.dumps(event_record(doc, e), ensure_ascii=False)
            self.buffers["events"].append(row)
        self.n_docs += 1
        if self.n_docs >= self.docs_per_partition:
            self.flush()

    def flush(self) -> None:
        if not self.n_docs:
            return
        name = f"part-{self.next_part:05d}.parquet"
        for kind in ("entities", "events", "documents"):  # documents last: it marks the partition complete
            rows = self.buffers[kind]
            if not rows and kind != "documents":
                continue
            schema = SCHEMAS[kind]
            table = pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in rows], schema=schema)
            tmp = self.folders[kind] / f".{name}.tmp"
            pq.write_table(table, tmp)
            tmp.replace(self.folders[kind] / name)
        self.next_part += 1
        self._reset()

    def close(self, summary) -> None:
        self.flush()
