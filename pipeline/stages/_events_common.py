"""Shared factory code for the events_visit / events_meeting / events_agreement stages."""
from __future__ import annotations

from pathlib import Path

from ..hindi.events import CONFIG_DIR, Extractor, index_of, load_lexicon, load_roles, load_status


def _path(settings: dict, context, name: str, default: str) -> str:
    """A resource from the stage's settings (relative to the config file), else configs/events/."""
    value = settings.get(name)
    if value:
        return str(Path(context.resolve(value)).resolve())
    return str(CONFIG_DIR / default)


def make_extractor_stage(stage_name: str, type_file: str, settings: dict, context):
    lexicon = load_lexicon(_path(settings, context, "lexicon", type_file))
    roles = load_roles(_path(settings, context, "roles", "roles.toml"))
    status = load_status(_path(settings, context, "status", "status.toml"))
    extractor = Extractor(lexicon, roles, status)

    def run(doc):
        for event in extractor.extract(index_of(doc, roles)):
            event.extractor = stage_name
            doc.events.append(event)
        return doc

    return run
