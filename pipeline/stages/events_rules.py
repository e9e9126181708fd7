"""Events of one type, from a TOML lexicon, found by the rule engine in pipeline/hindi/events.

One factory, one instance per event type (configs/default.toml):

    [stages.events_visit]
    factory = "events_rules"
    lexicon = "events/visit.toml"

The lexicon holds the type's name (``type``), its triggers, and which role frame the
engine reads its participants and status with (``frame``, see FRAMES); it may name its
own case-marker (``roles``) and status-cue (``status``) files, relative to itself. A new
event type needs only a copy of a lexicon with another ``type`` (docs/extending.md).
"""
from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from ..core.registry import REQUIRED, stage
from ..hindi.events import CONFIG_DIR, Extractor, index_of, load_lexicon, load_roles, load_status

# The role frames the engine knows. A lexicon without ``frame`` gets the generic reading:
# participants from case marking alone, none of the three frames' special rules.
FRAMES = {
    "VISIT": "a traveller and the place visited (motion verbs, 'X की भारत यात्रा')",
    "MEETING": "parties and attendees ('X से मिले', 'बैठक में शामिल')",
    "AGREEMENT": "parties; signing and ratifying are different events",
}


def _resource(settings: dict, context, name: str, lexicon_path: Path, raw: dict) -> str:
    """The stage's setting (relative to the config), else the lexicon's key (relative to the
    lexicon), else the built-in file in configs/events/."""
    if settings.get(name):
        return str(Path(context.resolve(settings[name])).resolve())
    if raw.get(name):
        path = Path(raw[name])
        return str((path if path.is_absolute() else lexicon_path.parent / path).resolve())
    return str(CONFIG_DIR / f"{name}.toml")


def engine_lexicon(path: Path):
    """(the lexicon the engine runs with, the event type it reports, the frame if not the type's own).

    The engine picks its role frame by ``Lexicon.type``; a TOUR lexicon with frame VISIT runs as
    VISIT and its events are relabelled TOUR."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw.get("type"), str) or not raw["type"].strip():
        raise ValueError(f"{path}: a lexicon needs `type = \"NAME\"` (the event type it finds)")
    event_type = raw["type"].strip()
    frame = raw.get("frame", event_type)
    if "frame" in raw and frame not in FRAMES:
        raise ValueError(f"{path}: frame = {frame!r} is not one of {', '.join(FRAMES)} "
                         "(leave it out for the generic reading)")
    lexicon = load_lexicon(str(path))
    if frame != lexicon.type:
        lexicon = dataclasses.replace(lexicon, type=frame)
    return lexicon, event_type, raw


@stage("events_rules", requires=("tokens", "entities", "dates"), provides=("event_mentions",),
       settings={"lexicon": REQUIRED, "roles": None, "status": None})
def make_events_rules(settings: dict, context):
    """Events of one type from a TOML lexicon (type, triggers, role frame): participants, date, status by rule."""
    path = Path(context.resolve(settings["lexicon"])).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"lexicon {path} not found (the `lexicon` setting is relative to the config file)")
    lexicon, event_type, raw = engine_lexicon(path)
    roles = load_roles(_resource(settings, context, "roles", path, raw))
    status = load_status(_resource(settings, context, "status", path, raw))
    extractor = Extractor(lexicon, roles, status)
    relabel = event_type != lexicon.type
    instance = context.instance

    def run(doc):
        for event in extractor.extract(index_of(doc, roles)):
            event.extractor = instance
            if relabel:
                event.type = event_type
                event.attrs["frame"] = lexicon.type  # event_merge and the clusters read the frame
            doc.events.append(event)
        return doc

    return run
