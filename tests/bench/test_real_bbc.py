"""pipeline.bench.real_bbc: gold for real BBC Hindi articles that keeps no text of the corpus."""
import json

import pytest

from pipeline.bench.real_bbc import GOLD, RawCorpusMissing, read_raw, text_digest, write_real
from tests.conftest import SHARED

RAW = SHARED / "data" / "bbc-hindi-raw" / "bbc-hindi.jsonl"
GOLD_FILES = sorted(GOLD.glob("*.json"))


def test_the_gold_names_its_parties_and_keeps_spans_not_text():
    assert len(GOLD_FILES) >= 119
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["published"] is None and len(gold["text_sha1"]) == 40
        names = {e["name"] for label in gold["entities"].values() for e in label}
        for event in gold["events"]:
            assert "evidence" not in event
            spans = event["evidence_at"]
            for start, end in [spans] if isinstance(spans[0], int) else spans:
                assert 0 <= start < end
            assert set(event["actor"]) | set(event["target"]) <= names, (path.name, event)


def test_a_missing_raw_file_says_how_to_give_it(tmp_path):
    with pytest.raises(RawCorpusMissing, match="--raw"):
        read_raw(tmp_path / "nowhere.jsonl")


@pytest.mark.skipif(not RAW.is_file(), reason="the shared raw BBC Hindi file is not here")
def test_written_gold_takes_its_evidence_and_text_from_the_raw_articles(tmp_path):
    texts = read_raw(RAW)
    n = write_real(GOLD, texts, tmp_path)
    assert n == len(GOLD_FILES)
    records = [json.loads(line) for line in (tmp_path / "input" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == n and all("published" not in r for r in records)
    for r in records:
        gold = json.loads((tmp_path / "gold" / f"{r['id']}.json").read_text(encoding="utf-8"))
        assert text_digest(r["text"]) == text_digest(texts[r["id"]])
        for event in gold["events"]:
            assert event["evidence"] and all(piece in r["text"] for piece in event["evidence"].split(" ... "))


def test_a_changed_article_is_refused(tmp_path):
    path = GOLD_FILES[0]
    doc_id = json.loads(path.read_text(encoding="utf-8"))["doc_id"]
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ValueError, match="not the article"):
        write_real(folder, {doc_id: "another text"}, tmp_path / "out")
