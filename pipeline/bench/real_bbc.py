"""Real BBC Hindi articles with gold: the raw corpus's own text, scored as the held-out set is.

    python -m pipeline.bench.real_bbc [--raw ../shared/data/bbc-hindi-raw/bbc-hindi.jsonl] [--out DIR]
                                      [--score ../shared/eval/score.py]

The blind articles are written for the test and are denser in diplomacy than real copy; the held-out BBC articles
are real copy without a publication date. tests/hindi/real_bbc holds gold, made by helper sessions that saw neither
the pipeline nor its outputs, for articles of ../shared/data/bbc-hindi-raw (the same collection as the held-out set,
not its articles). The gold keeps no text of the corpus: each evidence is a character span (or a list of spans,
joined as " ... ") of the article, and the
articles are read from the raw file at run time. This writes OUT/input/articles.jsonl (no publication date) and
OUT/gold/ID.json (evidence filled in) and ID.txt, runs the pipeline and, given the scorer, prints its summary.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "hindi" / "real_bbc"
RAW = REPO.parent / "shared" / "data" / "bbc-hindi-raw" / "bbc-hindi.jsonl"


class RawCorpusMissing(FileNotFoundError):
    pass


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_raw(raw: Path) -> dict[str, str]:
    """id -> text of the raw BBC Hindi file."""
    if not raw.is_file():
        raise RawCorpusMissing(
            f"The raw BBC Hindi file {raw} is not there. The gold in {GOLD} keeps no text of its own; "
            "pass --raw PATH to the bbc-hindi.jsonl of the shared data (../shared/data/bbc-hindi-raw/).")
    texts = {}
    for line in raw.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    return texts


def write_real(gold_dir: Path, texts: dict[str, str], out: Path) -> int:
    """OUT/input/articles.jsonl and OUT/gold/ID.json + ID.txt for every gold file; their count."""
    (out / "input").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    n = 0
    with (out / "input" / "articles.jsonl").open("w", encoding="utf-8") as dst:
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            doc_id = gold["doc_id"]
            text = texts.get(doc_id)
            if text is None or text_digest(text) != gold["text_sha1"]:
                raise ValueError(f"{doc_id} of {path} is not the article the gold was made for "
                                 "(missing from the raw file, or its text changed)")
            for event in gold["events"]:
                spans = event.pop("evidence_at")
                spans = [spans] if isinstance(spans[0], int) else spans  # pieces are joined as " ... "
                event["evidence"] = " ... ".join(text[start:end] for start, end in spans)
            del gold["text_sha1"]
            (out / "gold" / f"{doc_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
            (out / "gold" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            dst.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=RAW, help="the raw BBC Hindi jsonl (default: %(default)s)")
    ap.add_argument("--gold", type=Path, default=GOLD, help="folder of gold files (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=None, help="where to write (default: a temporary folder)")
    ap.add_argument("--score", type=Path, default=None, help="path to score.py, to print its summary")
    args = ap.parse_args(argv)
    try:
        texts = read_raw(args.raw)
    except RawCorpusMissing as e:
        print(e, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="hindi-events-real-bbc-") as tmp:
        out = args.out or Path(tmp)
        n = write_real(args.gold, texts, out)
        print(f"{n} real BBC Hindi articles with gold, without a publication date, in {out}")
        subprocess.run([sys.executable, "-m", "pipeline", "run", str(out / "input"), "-o", str(out / "output"),
                        "--quiet"], cwd=REPO, check=True)
        if args.score:
            scored = subprocess.run([sys.executable, str(args.score), str(out / "gold"), str(out / "output")],
                                    capture_output=True, text=True, check=True).stdout
            print("\n".join(line for line in scored.splitlines()
                            if line.startswith(("entities", "events", "participants", "date", "status"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
