"""A stage from outside the package: each event gains the days from publication to the event.

"पुतिन 4-5 दिसंबर को भारत आएंगे" published on 30 November is 4 days ahead (+4); a meeting
reported a week after it took place is -7. Events without a date, or documents without a
publication date, get no value. The field lands in the event's ``attrs`` (events.jsonl, and the
``attrs`` column of ``pipeline.load``).
"""
from __future__ import annotations

from datetime import date

from pipeline.core import stage


def first_day(value: str | None) -> date | None:
    """The first day of a normalised date: 2025-12-04, 2025-12 (a month), 2025, or a range a/b."""
    if not value:
        return None
    start = value.split("/")[0]
    parts = start.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1 and len(start) == 4:
            return date(int(start), 1, 1)
    except ValueError:  # a week (2025-W49), a season, a decade: no day to count from
        return None
    return None


@stage("event_lag", requires=("events",), provides=("event_lag",), settings={"field": "days_from_published"})
def make_event_lag(settings, context):
    """Days from an article's publication to the first day of each event it reports (attrs[field])."""
    field = settings["field"]

    def run(doc):
        published = first_day(doc.published)
        for event in doc.events:
            day = first_day((event.date or {}).get("value"))
            if published and day:
                event.attrs[field] = (day - published).days
        return doc

    return run
