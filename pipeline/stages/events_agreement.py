"""AGREEMENT events (configs/events/agreement.toml) found by the rule engine in pipeline/hindi/events.py."""
from __future__ import annotations

from ..core.registry import stage
from ._events_common import make_extractor_stage


@stage("events_agreement", requires=("tokens", "entities", "dates"), provides=("events_agreement",))
def make_events_agreement(settings: dict, context):
    """AGREEMENT events: trigger words, participants from case marking, date and status (rules)."""
    return make_extractor_stage("events_agreement", "agreement.toml", settings, context)
