from pathlib import Path

from pipeline.core.builder import BuildContext
from pipeline.core.config import from_dict
from pipeline.core.document import Document
from pipeline.stages.metadata import make_metadata
from tests.conftest import REPO

CTX = BuildContext(from_dict({"pipeline": {"stages": [], "writers": []}}, REPO / "configs" / "default.toml"))
metadata = make_metadata({}, CTX)


def test_seed_header_and_title():
    text = (REPO / "seeds" / "000_a3f71ad3c41c7043.txt").read_text(encoding="utf-8")
    doc = metadata(Document("000", text, path="seeds/000_a3f71ad3c41c7043.txt"))
    assert doc.published == "2025-11-11"
    assert doc.title.startswith("India Russia Friendship")
    (s, e), *_ = doc.metadata_spans
    assert text[s:e].strip().startswith("date 2025-11-11")


def test_seed_footer_published_and_source():
    text = (REPO / "seeds" / "004_ba6e7f634cf21f2b.txt").read_text(encoding="utf-8")
    doc = metadata(Document("004", text, path="seeds/004_ba6e7f634cf21f2b.txt"))
    assert doc.published == "2025-11-30"
    assert doc.source == "www.amarujala.com"
    assert "पुतिन" in doc.title


def test_file_name_date_with_typo():
    doc = metadata(Document("x", "भारत में कोरोना\nपहला वाक्य।", path="Amar Ujala/AU-2020-APR/AU-2020-ARP-27.txt"))
    assert doc.published == "2020-04-27"
    assert doc.title == "भारत में कोरोना"


def test_record_fields_win_and_are_normalised():
    doc = metadata(Document("x", "date 2025-11-11\nपाठ", published="Nov 30, 2025", title="given"))
    assert doc.published == "2025-11-30" and doc.title == "given"
