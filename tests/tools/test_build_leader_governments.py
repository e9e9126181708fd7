"""The leader_aliases column of governments.tsv ("करज़ई सरकार"), built by the real builder from the
real tables, and what the gazetteer then finds in text."""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.core.document import Document
from pipeline.hindi.gazetteer import LEADER_ALIASES
from tests.conftest import stage_pipeline

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "configs" / "gazetteers" / "governments.tsv"


def leader_column(path: Path) -> dict[str, list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {r["canonical"]: [a for a in (r.get(LEADER_ALIASES) or "").split("|") if a]
                for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("gaz") / "governments.tsv"
    shutil.copy(TABLE, copy)
    subprocess.run([sys.executable, "-m", "pipeline.tools.build_leader_governments", "--table", str(copy)],
                   cwd=REPO, check=True, capture_output=True, text=True)
    return copy


def test_the_committed_column_is_what_the_builder_makes(rebuilt):
    assert rebuilt.read_text(encoding="utf-8") == TABLE.read_text(encoding="utf-8"), (
        "governments.tsv is out of date: run `python -m pipeline.tools.build_leader_governments`")


def test_leaders_surnames_name_their_governments(rebuilt):
    column = leader_column(rebuilt)
    owner = {a: g for g, aliases in column.items() for a in aliases}
    assert owner["करजई सरकार"] == "Government of Afghanistan"
    assert owner["असद सरकार"] == "Government of Syria"
    assert owner["मर्केल सरकार"] == "Government of Germany"
    assert owner["आबे प्रशासन"] == "Government of Japan"
    assert "मादुरो सरकार" not in owner  # heads of Honduras and of Venezuela
    assert "ली सरकार" not in owner  # one letter: Li, Lee ... of many countries
    assert "मोदी सरकार" not in owner  # the hand column has it
    # the national government, not the last row of its country (a state's government)
    assert all(g == "Government of India" for a, g in owner.items() if a.startswith(("बाजपेयी ", "कोविंद ")))
    assert all(a.split()[-1] in ("सरकार", "प्रशासन") for a in owner)


def test_the_gazetteer_finds_a_government_named_after_its_leader(tmp_path_factory):
    pipe = stage_pipeline(tmp_path_factory, ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer",
                                             "entity_linker"])
    doc = pipe(Document(doc_id="t", text="तालिबान ने करज़ई सरकार से बातचीत से इनकार किया।", published="2013-06-20"))
    orgs = {e.text: e.canonical for e in doc.entities if e.label == "ORG"}
    assert orgs["करज़ई सरकार"] == "Government of Afghanistan"
