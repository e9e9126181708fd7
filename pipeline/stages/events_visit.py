"""VISIT events (configs/events/visit.toml) found by the rule engine in pipeline/hindi/events.py."""
from __future__ import annotations

from ..core.registry import stage
from ._events_common import make_extractor_stage


@stage("events_visit", requires=("tokens", "entities", "dates"), provides=("events_visit",))
def make_events_visit(settings: dict, context):
    """VISIT events: trigger words, participants from case marking, date and status (rules)."""
    return make_extractor_stage("events_visit", "visit.toml", settings, context)
