"""pipeline.bench.real_text: gold for real BBC Hindi articles and 2020 newspaper files that keeps no text of the corpora."""
import json

import pytest

from pipeline.bench.real_text import GOLD, RawCorpusMissing, read_raw, text_digest, write_real
from tests.conftest import SHARED

DATA = SHARED / "data"
SIZES = {"bbc": 256, "news": 20}


@pytest.mark.parametrize("which", sorted(GOLD))
def test_the_gold_names_its_parties_and_keeps_spans_not_text(which):
    files = sorted(GOLD[which].glob("*.json"))
    assert len(files) >= SIZES[which]
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert len(gold["text_sha1"]) == 40
        assert (gold["published"] is None) == (which == "bbc")  # BBC Hindi's copy carries no date
        names = {e["name"] for label in gold["entities"].values() for e in label}
        for event in gold["events"]:
            assert "evidence" not in event
            spans = event["evidence_at"]
            for start, end in [spans] if isinstance(spans[0], int) else spans:
                assert 0 <= start < end
            assert set(event["actor"]) | set(event["target"]) <= names, (path.name, event)


def test_a_missing_corpus_says_how_to_give_it(tmp_path):
    with pytest.raises(RawCorpusMissing, match="--data"):
        read_raw("bbc", tmp_path)


@pytest.mark.parametrize("which", sorted(GOLD))
def test_written_gold_takes_its_evidence_and_text_from_the_raw_articles(which, tmp_path):
    if not DATA.is_dir():
        pytest.skip("the shared raw corpora are not here")
    texts = read_raw(which, DATA)
    n = write_real(GOLD[which], texts, tmp_path, which)
    assert n == len(list(GOLD[which].glob("*.json")))
    if which == "bbc":
        records = [json.loads(line) for line in (tmp_path / "input" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
        assert all("published" not in r for r in records)
        inputs = {r["id"]: r["text"] for r in records}
    else:  # the day files under their own names, whose dates the metadata stage reads
        inputs = {p.stem: p.read_bytes().decode("utf-8") for p in (tmp_path / "input").glob("*.txt")}
    assert len(inputs) == n
    for doc_id, text in inputs.items():
        gold = json.loads((tmp_path / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
        assert text_digest(text) == text_digest(texts[doc_id])
        for event in gold["events"]:
            assert event["evidence"] and all(piece in text for piece in event["evidence"].split(" ... "))


def test_a_changed_article_is_refused(tmp_path):
    path = sorted(GOLD["bbc"].glob("*.json"))[0]
    doc_id = json.loads(path.read_text(encoding="utf-8"))["doc_id"]
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ValueError, match="not the article"):
        write_real(folder, {doc_id: "another text"}, tmp_path / "out")
