"""MEETING events (configs/events/meeting.toml) found by the rule engine in pipeline/hindi/events.py."""
from __future__ import annotations

from ..core.registry import stage
from ._events_common import make_extractor_stage


@stage("events_meeting", requires=("tokens", "entities", "dates"), provides=("events_meeting",))
def make_events_meeting(settings: dict, context):
    """MEETING events: trigger words, participants from case marking, date and status (rules)."""
    return make_extractor_stage("events_meeting", "meeting.toml", settings, context)
