"""Real news text with gold: the raw corpora's own articles, scored as the held-out sets are.

    python -m pipeline.bench.real_text [--set bbc|news] [--data ../shared/data] [--out DIR]
                                       [--score ../shared/eval/score.py]

The blind articles are written for the test and are denser in diplomacy than real copy. tests/hindi/real_bbc and
tests/hindi/real_news hold gold, made by helper sessions that saw neither the pipeline nor its outputs, for
articles of ../shared/data/bbc-hindi-raw (BBC Hindi, about 2012-2014, no publication date: the collection the
held-out BBC articles come from, not those articles) and for day files of ../shared/data/news-2020 (the papers of
`wide`'s newspaper files, not those files). The gold keeps no text of the corpora: each evidence is a character
span (or a list of spans, joined as " ... ") of the article, and the articles are read from the shared data at run
time. This writes OUT/input (BBC: articles.jsonl without a publication date; news: the day files under their own
names, whose dates the metadata stage reads) and OUT/gold (evidence filled in), runs the pipeline and, given the
scorer, prints its summary.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

from .gold_run import run_and_score

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
GOLD = {"bbc": REPO / "tests" / "hindi" / "real_bbc", "news": REPO / "tests" / "hindi" / "real_news"}


class RawCorpusMissing(FileNotFoundError):
    pass


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_raw(which: str, data: Path = DATA) -> dict[str, str]:
    """id -> text of the raw corpus the gold set `which` was made on (text as it is stored, "\\r" kept)."""
    where = data / ("bbc-hindi-raw/bbc-hindi.jsonl" if which == "bbc" else "news-2020")
    if not where.exists():
        raise RawCorpusMissing(
            f"The raw corpus {where} is not there. The gold in {GOLD[which]} keeps no text of its own; pass --data "
            "with the folder of the shared data (../shared/data, which holds bbc-hindi-raw/ and news-2020/).")
    if which == "bbc":
        records = (json.loads(line) for line in where.read_text(encoding="utf-8").splitlines() if line.strip())
        return {r["id"]: r["text"] for r in records}
    return {path.stem: path.read_bytes().decode("utf-8") for path in sorted(where.rglob("*.txt"))}


def write_real(gold_dir: Path, texts: dict[str, str], out: Path, which: str = "bbc") -> int:
    """OUT/input and OUT/gold/ID.json + ID.txt for every gold file; their count."""
    (out / "input").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    n = 0
    articles = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold["doc_id"]
        text = texts.get(doc_id)
        if text is None or text_digest(text) != gold["text_sha1"]:
            raise ValueError(f"{doc_id} of {path} is not the article the gold was made for "
                             "(missing from the raw corpus, or its text changed)")
        for event in gold["events"]:
            spans = event.pop("evidence_at")
            spans = [spans] if isinstance(spans[0], int) else spans  # pieces are joined as " ... "
            event["evidence"] = " ... ".join(text[start:end] for start, end in spans)
        del gold["text_sha1"]
        (out / "gold" / f"{doc_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        (out / "gold" / f"{doc_id}.txt").write_bytes(text.encode("utf-8"))
        if which == "bbc":
            articles.append(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False))
        else:
            (out / "input" / f"{doc_id}.txt").write_bytes(text.encode("utf-8"))
        n += 1
    if which == "bbc":
        (out / "input" / "articles.jsonl").write_text("".join(a + "\n" for a in articles), encoding="utf-8")
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", dest="which", choices=sorted(GOLD), default="bbc", help="which gold set (default: bbc)")
    ap.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default: %(default)s)")
    ap.add_argument("--gold", type=Path, default=None, help="folder of gold files (default: the set's)")
    ap.add_argument("--out", type=Path, default=None, help="where to write (default: a temporary folder)")
    ap.add_argument("--score", type=Path, default=None, help="path to score.py, to print its summary")
    args = ap.parse_args(argv)
    try:
        texts = read_raw(args.which, args.data)
    except RawCorpusMissing as e:
        print(e, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="hindi-events-real-") as tmp:
        out = args.out or Path(tmp)
        n = write_real(args.gold or GOLD[args.which], texts, out, args.which)
        print(f"{n} real articles ({args.which}) with gold in {out}")
        run_and_score(out, args.score, ("entities", "events", "participants", "date", "status"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
