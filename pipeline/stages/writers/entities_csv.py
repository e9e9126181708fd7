"""entities.csv: one row an entity mention; DATE rows carry the normalised value."""
from __future__ import annotations

from ...core.registry import stage
from . import CsvWriter


class EntitiesCsv(CsvWriter):
    filename = "entities.csv"
    columns = ("doc_id", "sent_id", "start", "end", "orig_start", "orig_end", "text", "label", "canonical",
               "value", "source", "score", "wikidata")

    def rows(self, doc):
        for e in doc.entities:
            orig_start, orig_end = doc.to_original(e.start, e.end)
            yield {"doc_id": doc.doc_id, "sent_id": e.sent_id, "start": e.start, "end": e.end,
                   "orig_start": orig_start, "orig_end": orig_end, "text": e.text, "label": e.label,
                   "canonical": e.canonical or (e.text if e.label != "DATE" else ""), "value": e.value or "",
                   "source": e.source, "score": "" if e.score is None else round(e.score, 4),
                   "wikidata": e.wikidata or ""}


@stage("entities_csv", requires=("entities",), kind="writer", settings={})
def make_entities_csv(settings: dict, context):
    """entities.csv: doc_id, sent_id, start, end, text, label, canonical, value, source, score."""
    return EntitiesCsv()
