"""errors.jsonl: every input that failed or was skipped (level "error": the document is lost), and every
problem found in a document that was kept (level "warning": duplicate id, NUL bytes, a date that is no date)."""
from __future__ import annotations

import json

from ...core.registry import stage
from . import Writer, _open_append


class ErrorsJsonl(Writer):
    def open(self, context):
        self.file = _open_append(context.outdir / "errors.jsonl", context.resume)

    def write_error(self, record):
        if "level" not in record:
            record = {**record, "level": "error"}
        self.file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.file.flush()

    def close(self, summary):
        self.file.close()


@stage("errors_jsonl", kind="writer", settings={})
def make_errors_jsonl(settings: dict, context):
    """errors.jsonl: doc_id, path, stage, error_type, message, level (error: input lost; warning: kept)."""
    return ErrorsJsonl()
