"""pipeline.bench.undated: the blind articles of some years copied without their publication date, with their gold."""
import json

from pipeline.bench.undated import DEFAULT_SETS, write_undated


def test_articles_of_the_years_lose_their_date_and_keep_their_gold(tmp_path):
    n = write_undated(DEFAULT_SETS, {"2013"}, tmp_path)
    records = [json.loads(line) for line in (tmp_path / "input" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert n == len(records) > 20
    assert all("published" not in r for r in records)
    for r in records:
        gold = json.loads((tmp_path / "gold" / f"{r['id']}.json").read_text(encoding="utf-8"))
        assert gold["published"].startswith("2013")  # the gold keeps it: only the input loses it
        assert (tmp_path / "gold" / f"{r['id']}.txt").read_text(encoding="utf-8") == r["text"]
