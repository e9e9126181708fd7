"""missions.tsv (every country's embassy, high commission and consulates), built by the real builder from
the real tables, and what the pipeline then finds in text."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.core.document import Document
from tests.conftest import stage_pipeline

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "configs" / "gazetteers" / "missions.tsv"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gaz") / "missions.tsv"
    subprocess.run([sys.executable, "-m", "pipeline.tools.build_missions", "--table", str(out)],
                   cwd=REPO, check=True, capture_output=True, text=True)
    return out


def owners(path: Path) -> dict[str, tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {a: (r["canonical"], r["country"]) for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                for a in r["aliases"].split("|")}


def test_the_committed_table_is_what_the_builder_makes(rebuilt):
    assert rebuilt.read_text(encoding="utf-8") == TABLE.read_text(encoding="utf-8"), (
        "missions.tsv is out of date: run `python -m pipeline.tools.build_missions`")


def test_missions_are_named_by_adjective_name_and_genitive(rebuilt):
    owner = owners(rebuilt)
    assert owner["भारतीय उच्चायोग"] == ("High Commission of India", "IND")
    assert owner["यमनी दूतावास"][1] == "YEM"
    assert owner["पाकिस्तान उच्चायोग"] == ("High Commission of Pakistan", "PAK")
    assert owner["जापान के दूतावास"] == ("Embassy of Japan", "JPN")
    assert owner["अमेरिकी दूतावास"] == ("Embassy of the United States", "USA")
    # the longer mission word wins: a consulate, not an embassy
    assert owner["भारतीय महावाणिज्य दूतावास"] == ("Consulate General of India", "IND")
    assert owner["डच वाणिज्य दूतावास"][0].startswith("Consulate of ")
    assert all(a.split()[-1] in ("दूतावास", "उच्चायोग") for a in owner)


def test_the_pipeline_finds_missions_with_their_country(tmp_path_factory):
    pipe = stage_pipeline(tmp_path_factory, ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer",
                                             "ner_model", "entity_linker"])
    text = ("ढाका में भारतीय उच्चायोग ने बयान जारी किया। नई दिल्ली स्थित यमनी दूतावास ने भी कहा कि "
            "पाकिस्तान उच्चायोग के अधिकारी बैठक में थे।")
    doc = pipe(Document(doc_id="t", text=text, published="2020-03-20"))
    orgs = {e.text: (e.canonical, e.country) for e in doc.entities if e.label == "ORG"}
    assert orgs["भारतीय उच्चायोग"] == ("High Commission of India", "IND")
    assert orgs["यमनी दूतावास"][1] == "YEM"
    assert orgs["पाकिस्तान उच्चायोग"] == ("High Commission of Pakistan", "PAK")
    # the country inside the mission's name is no place of its own
    assert "पाकिस्तान" not in {e.text for e in doc.entities if e.label == "LOC"}
