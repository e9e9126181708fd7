"""run.json: what was run (config, package versions) and how it went (counts, seconds per stage)."""
from __future__ import annotations

import json

from ...core.registry import stage
from . import Writer


class RunJson(Writer):
    def open(self, context):
        self.path = context.outdir / "run.json"

    def close(self, summary):
        self.path.write_text(json.dumps(summary, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")


@stage("run_json", kind="writer", settings={})
def make_run_json(settings: dict, context):
    """run.json: config, package versions, document counts and seconds per stage."""
    return RunJson()
