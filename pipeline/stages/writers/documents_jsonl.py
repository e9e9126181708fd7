"""documents.jsonl: one line a document with its metadata, normalised text and sentences."""
from __future__ import annotations

from ...core.registry import stage
from . import JsonlWriter


class DocumentsJsonl(JsonlWriter):
    filename = "documents.jsonl"

    def records(self, doc):
        yield {
            "doc_id": doc.doc_id, "path": doc.path, "title": doc.title, "published": doc.published,
            "source": doc.source, "url": doc.url, "text": doc.norm_text,
            "sentences": [{"sent_id": s.sent_id, "start": s.start, "end": s.end, "text": s.text} for s in doc.sentences],
            "n_tokens": len(doc.tokens), "n_entities": len(doc.entities), "n_events": len(doc.events),
        }


@stage("documents_jsonl", requires=("sentences",), kind="writer", settings={})
def make_documents_jsonl(settings: dict, context):
    """documents.jsonl: doc_id, path, title, published, source, normalised text, sentences, token count."""
    return DocumentsJsonl()
