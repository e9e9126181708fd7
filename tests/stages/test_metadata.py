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


def test_dates_that_are_no_dates_are_ignored_with_a_warning():
    text = "date 2025-13-45\nPublished: Feb 30, 2020\nपाठ"
    doc = metadata(Document("x", text, path="corpus/AU-2020-FEB-30.txt"))
    assert doc.published is None
    messages = [w["message"] for w in doc.warnings]
    assert len(messages) == 3 and all(w["error_type"] == "BadDate" for w in doc.warnings)
    assert "'2025-13-45'" in messages[0] and "'Feb 30, 2020'" in messages[1] and "AU-2020-FEB-30" in messages[2]
    # A valid date later in the text still counts.
    doc = metadata(Document("y", "date 2025-13-45\nपाठ\nNov 11, 2025", path="y.txt"))
    assert doc.published == "2025-11-11" and len(doc.warnings) == 1


def test_published_given_through_the_api_is_checked_too():
    doc = metadata(Document("x", "पाठ", published="not a date"))
    assert doc.published is None and doc.published_raw == "not a date"
    assert doc.warnings[0]["error_type"] == "BadDate"
    doc = metadata(Document("x", "date 2025-11-11\nपाठ", published="2025-02-31"))
    assert doc.published == "2025-11-11" and doc.published_raw == "2025-02-31"  # the text's own date fills in


def test_published_line_without_a_date_is_no_warning():
    doc = metadata(Document("x", "Updated: just now\nपाठ", path="x.txt"))
    assert doc.published is None and not doc.warnings
