"""Bad input gets a clear reason and loses nothing: real files written by the tests."""
import json

from pipeline.io.readers import Skipped, read_corpus

HINDI = "प्रधानमंत्री नरेंद्र मोदी ने आज बैठक की।"


def _read(folder):
    items = list(read_corpus(folder))
    docs = [i for i in items if not isinstance(i, Skipped)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    return docs, skipped


def test_txt_recursive_ids_with_spaces(tmp_path):
    (tmp_path / "Amar Ujala" / "AU-2020-MAR").mkdir(parents=True)
    (tmp_path / "Amar Ujala" / "AU-2020-MAR" / "AU-2020-MAR-22.txt").write_text(HINDI, encoding="utf-8")
    (tmp_path / "top.txt").write_text(HINDI, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs, skipped = _read(tmp_path)
    assert sorted(d.doc_id for d in docs) == ["Amar Ujala/AU-2020-MAR/AU-2020-MAR-22", "top"]
    assert not skipped


def test_utf16_with_bom_and_legacy_encoding(tmp_path):
    (tmp_path / "u16.txt").write_bytes(HINDI.encode("utf-16"))
    # Latin-1 English text: not UTF-8, but charset-normalizer is confident about it.
    (tmp_path / "latin.txt").write_bytes(("Caf\u00e9 in Mumbai, the minister said on Monday. " * 20).encode("cp1252"))
    docs, skipped = _read(tmp_path)
    texts = {d.doc_id: d.text for d in docs}
    assert texts["u16"] == HINDI
    assert "Café" in texts["latin"]
    assert not skipped


def test_binary_empty_and_undecodable_files_are_skipped_with_reason(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(HINDI, encoding="utf-8")
    docs, skipped = _read(tmp_path)
    assert [d.doc_id for d in docs] == ["ok"]
    reasons = {s.doc_id: s.reason for s in skipped}
    assert "binary" in reasons["bin"]
    assert "empty" in reasons["empty"] and "empty" in reasons["blank"]


def test_jsonl_malformed_line_reported_rest_read(tmp_path):
    lines = [json.dumps({"id": "a", "text": HINDI, "published": "2020-03-21", "title": "T", "source": "AU"},
                        ensure_ascii=False),
             "{not json",
             "",
             json.dumps({"id": "b", "text": HINDI}, ensure_ascii=False),
             json.dumps({"id": "c", "title": "no text"})]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, skipped = _read(tmp_path)
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[0].published == "2020-03-21" and docs[0].title == "T" and docs[0].source == "AU"
    by_line = {s.line: s for s in skipped}
    assert by_line[2].error_type == "JSONDecodeError" and "line 2" in by_line[2].reason
    assert by_line[3].reason == "empty line"
    assert "text" in by_line[5].reason


def test_csv_same_columns(tmp_path):
    (tmp_path / "docs.csv").write_text(
        'id,text,published,title\nx,"' + HINDI + '",2025-11-30,Title\ny,,2025-11-30,empty\n', encoding="utf-8")
    docs, skipped = _read(tmp_path)
    assert [(d.doc_id, d.published) for d in docs] == [("x", "2025-11-30")]
    assert skipped[0].doc_id == "y"
