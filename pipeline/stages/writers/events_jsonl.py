"""events.jsonl: one line an event, in the fields of the shared events contract."""
from __future__ import annotations

from dataclasses import asdict

from ...core.registry import stage
from . import JsonlWriter


def event_record(doc, event) -> dict:
    rec = {"doc_id": doc.doc_id, "event_id": event.event_id, "cluster_id": event.cluster_id,
           "published": doc.published, **asdict(event)}
    rec.pop("attrs", None)
    if event.attrs:
        rec["attrs"] = event.attrs
    return rec


class EventsJsonl(JsonlWriter):
    filename = "events.jsonl"

    def records(self, doc):
        return (event_record(doc, e) for e in doc.events)


@stage("events_jsonl", requires=("events",), kind="writer", settings={})
def make_events_jsonl(settings: dict, context):
    """events.jsonl: type, actor, target, location, date, status, trigger, mentions, confidence, extractor."""
    return EventsJsonl()
