"""events.csv: one row an event, participants joined with "; " (canonical names)."""
from __future__ import annotations

from ...core.registry import stage
from . import CsvWriter

SEP = "; "


def date_source(date: dict | None) -> str:
    """Where an event's date comes from: "text" (its own clause), "context" (the story around it,
    pipeline/stages/event_dates.py) or "published"; "" when it has none."""
    return (date.get("source") or "text") if date else ""


def _names(parts) -> str:
    return SEP.join(p.get("canonical") or p.get("text", "") for p in parts or [])


class EventsCsv(CsvWriter):
    filename = "events.csv"
    columns = ("doc_id", "event_id", "cluster_id", "type", "status", "actor", "target", "location", "date_text",
               "date", "date_source", "trigger", "n_mentions", "first_sentence", "confidence", "extractor", "published",
               "actor_country", "target_country", "cameo", "plover")

    def rows(self, doc):
        for e in doc.events:
            yield {"doc_id": doc.doc_id, "event_id": e.event_id, "cluster_id": e.cluster_id, "type": e.type,
                   "status": e.status, "actor": _names(e.actor), "target": _names(e.target),
                   "location": _names([e.location]) if e.location else "",
                   "date_text": (e.date or {}).get("text", ""), "date": (e.date or {}).get("value", ""),
                   "date_source": date_source(e.date),
                   "trigger": e.trigger, "n_mentions": len(e.mentions),
                   "first_sentence": e.mentions[0].sentence if e.mentions else "",
                   "confidence": round(e.confidence, 4), "extractor": e.extractor, "published": doc.published or "",
                   "actor_country": e.actor_country or "", "target_country": e.target_country or "",
                   "cameo": e.cameo or "", "plover": e.plover or ""}


@stage("events_csv", requires=("events",), kind="writer", settings={})
def make_events_csv(settings: dict, context):
    """events.csv: one row an event with participants joined by '; '."""
    return EventsCsv()
