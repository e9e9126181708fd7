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


def test_duplicate_ids_get_suffixes_across_files_with_a_warning(tmp_path):
    rec = lambda i, text=HINDI: json.dumps({"id": i, "text": text}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_text("\n".join([rec("dup"), rec("dup"), rec("dup~2"), json.dumps({"id": "dup"})])
                                      + "\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(f'id,text\ndup,"{HINDI}"\n', encoding="utf-8")
    (tmp_path / "dup.txt").write_text(HINDI, encoding="utf-8")  # its id from the file name: 'dup'
    items = list(read_corpus(tmp_path))
    ids = [i.doc_id for i in items]
    assert ids == ["dup", "dup~2", "dup~2~2", "dup~3", "dup~4", "dup~5"]
    assert len(set(ids)) == len(ids)
    assert isinstance(items[3], Skipped) and "'dup' is used before" in items[3].reason
    docs = [i for i in items if not isinstance(i, Skipped)]
    assert [w["error_type"] for d in docs for w in d.warnings] == ["DuplicateId"] * 4
    assert "a.jsonl" in docs[1].warnings[0]["message"] and "'dup~2'" in docs[1].warnings[0]["message"]
    assert ids == [i.doc_id for i in read_corpus(tmp_path)]  # the same on every read (resume, workers)


def test_published_fields_must_be_dates(tmp_path):
    lines = [{"id": "iso", "text": HINDI, "published": "2020-04-08T10:30:00+05:30"},
             {"id": "english", "text": HINDI, "published": "Nov 30, 2025"},
             {"id": "words", "text": HINDI, "published": "not a date"},
             {"id": "month13", "text": HINDI, "published": "2025-13-45"},
             {"id": "year", "text": HINDI, "published": 2020}]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n",
                                      encoding="utf-8")
    (tmp_path / "e.csv").write_text(f'id,text,published\ncsv,"{HINDI}",31/02/2020\n', encoding="utf-8")
    docs, skipped = _read(tmp_path)
    got = {d.doc_id: (d.published, d.published_raw) for d in docs}
    assert got == {"iso": ("2020-04-08", "2020-04-08T10:30:00+05:30"), "english": ("2025-11-30", "Nov 30, 2025"),
                   "words": (None, "not a date"), "month13": (None, "2025-13-45"), "year": (None, "2020"),
                   "csv": (None, "31/02/2020")}
    warned = {d.doc_id: d.warnings[0] for d in docs if d.warnings}
    assert set(warned) == {"words", "month13", "year", "csv"} and not skipped
    assert warned["month13"]["error_type"] == "BadDate" and warned["month13"]["line"] == 4
    assert "'2025-13-45'" in warned["month13"]["message"]


def test_stray_nul_bytes_are_dropped_with_a_warning_binary_is_still_skipped(tmp_path):
    text = (HINDI + "\n") * 3
    raw = text.encode("utf-8")
    (tmp_path / "one.txt").write_bytes(raw[:20] + b"\x00" + raw[20:] + b"\x00")
    (tmp_path / "mid_char.txt").write_bytes(raw[:4] + b"\x00" + raw[4:])  # inside a 3-byte character
    lines = [json.dumps({"id": "j1", "text": HINDI}, ensure_ascii=False).encode(),
             json.dumps({"id": "j2", "text": HINDI}, ensure_ascii=False).encode()]
    (tmp_path / "rec.jsonl").write_bytes(lines[0] + b"\n" + lines[1][:30] + b"\x00\x00" + lines[1][30:] + b"\n")
    (tmp_path / "rec.csv").write_bytes(b'id,text\nc1,"' + raw[:9] + b"\x00" + raw[9:] + b'"\n')
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "mostly_nul.txt").write_bytes(raw[:30] + b"\x00" * 20)
    docs, skipped = _read(tmp_path)
    by_id = {d.doc_id: d for d in docs}
    assert by_id["one"].text == text and by_id["mid_char"].text == text
    assert by_id["j2"].text == HINDI and by_id["c1"].text == text
    assert all("\x00" not in d.text for d in docs)
    nul = {d.doc_id: d.warnings for d in docs if d.warnings}
    assert set(nul) == {"one", "mid_char", "j2", "c1"}
    assert nul["one"][0]["error_type"] == "NulBytes" and nul["one"][0]["message"].startswith("2 NUL bytes")
    assert nul["j2"][0]["line"] == 2
    assert {s.doc_id: s.reason for s in skipped} == {"bin": "binary file (NUL bytes); not text",
                                                     "mostly_nul": "binary file (NUL bytes); not text"}


def test_jsonl_record_with_unicode_line_separators_stays_one_record(tmp_path):
    texts = [HINDI + "\u2028" + HINDI, HINDI + "\x85\x1c" + HINDI]
    (tmp_path / "d.jsonl").write_text("".join(json.dumps({"id": f"s{i}", "text": t}, ensure_ascii=False) + "\r\n"
                                              for i, t in enumerate(texts)), encoding="utf-8")
    docs, skipped = _read(tmp_path)
    assert [d.text for d in docs] == texts and not skipped
