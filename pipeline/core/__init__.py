"""The machinery: document type, stage registry, config, builder and runner."""
from .builder import BuildContext, Pipeline, build
from .config import PipelineConfig, load_config
from .document import Document, Entity, Event, Mention, Sentence, Token
from .errors import PipelineError
from .registry import stage

__all__ = ["BuildContext", "Document", "Entity", "Event", "Mention", "Pipeline", "PipelineConfig",
           "PipelineError", "Sentence", "Token", "build", "load_config", "stage"]
