"""errors.jsonl: every input that failed or was skipped, with its stage and reason."""
from __future__ import annotations

import json

from ...core.registry import stage
from . import Writer, _open_append


class ErrorsJsonl(Writer):
    def open(self, context):
        self.file = _open_append(context.outdir / "errors.jsonl", context.resume)

    def write_error(self, record):
        self.file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.file.flush()

    def close(self, summary):
        self.file.close()


@stage("errors_jsonl", kind="writer", settings={})
def make_errors_jsonl(settings: dict, context):
    """errors.jsonl: doc_id, path, stage, error_type, message for each failed or skipped input."""
    return ErrorsJsonl()
