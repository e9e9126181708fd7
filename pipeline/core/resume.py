"""Resuming a killed run: which documents are done, and dropping half-written rows of the others.

The runner writes each finished document to every writer in turn, in input
order, with documents.jsonl last (and the Parquet partitions after it when
--parquet is on). So a document is done when the last output has it:
- its line in documents.jsonl is complete (a torn last line is dropped), and,
  with Parquet, its row is in a documents.parquet/ partition (partitions appear
  whole: written to a temporary name, then renamed);
- or errors.jsonl has its line with level "error" (failed or skipped inputs write nothing
  else); a "warning" row is written before its document's outputs and marks nothing done.
Rows of every other output (*.jsonl, *.csv with a doc_id column, *.parquet/
partitions) that belong to documents not done are removed before the run
appends again; writers then open in append mode. A writer that keeps state
across documents rebuilds it in ``open(context)`` from the outputs, which at
that point hold exactly the done documents (``context.resume``, ``context.outdir``,
``context.done_ids``).

A resume goes on only with what the folder was made with (run.json "made_with": a digest of
the config and the data files it names, the models, the package version, the corpus folder),
so that one output never mixes two pipelines; ``force`` overrides, and run.json keeps the
earlier record in "resumed_over".
"""
from __future__ import annotations

import csv
import hashlib
import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..stages.writers import trim_torn_tail
from .errors import PipelineError, error

ERRORS = "errors.jsonl"
DOCUMENTS = "documents.jsonl"
PARQUET_DOCUMENTS = "documents.parquet"


def commit_markers(writer_names: list[str]) -> list[str]:
    """The outputs whose presence marks a document done, given the run's writers (in order)."""
    out = []
    if "documents_jsonl" in writer_names:
        out.append(DOCUMENTS)
    if "parquet" in writer_names:
        out.append(PARQUET_DOCUMENTS)
    return out


def _jsonl_ids(path: Path, skip_warnings: bool = False) -> set[str]:
    ids = set()
    if path.exists():
        trim_torn_tail(path)
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    if not (skip_warnings and rec.get("level") == "warning"):
                        ids.add(rec["doc_id"])
    return ids


def _parquet_ids(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    import pyarrow.parquet as pq

    ids: set[str] = set()
    for part in sorted(folder.glob("part-*.parquet")):
        ids.update(pq.read_table(part, columns=["doc_id"]).column("doc_id").to_pylist())
    return ids


def done_documents(outdir: Path, markers: list[str] | tuple[str, ...] = (DOCUMENTS,)) -> set[str]:
    """Documents every marker output has complete, plus those errors.jsonl has."""
    sets = [_parquet_ids(outdir / m) if m.endswith(".parquet") else _jsonl_ids(outdir / m) for m in markers]
    done = set.intersection(*sets) if sets else set()
    return done | _jsonl_ids(outdir / ERRORS, skip_warnings=True)


def _keep_line(line: str, done: set[str]) -> bool:
    if not line.strip():
        return False
    rec = json.loads(line)
    return not isinstance(rec, dict) or "doc_id" not in rec or rec["doc_id"] in done


def _keep_error_line(line: str, done: set[str]) -> bool:
    """Every complete error row is a done input; a warning row stays with its document only if that is done."""
    if not line.strip():
        return False
    rec = json.loads(line)
    return rec.get("level") != "warning" or rec.get("doc_id") in done


def prepare_resume(outdir: Path, done: set[str]) -> None:
    """Drop rows of documents not done from every output; files are streamed, not loaded whole."""
    for path in sorted(outdir.glob("*.jsonl")):
        trim_torn_tail(path)
        keep = _keep_error_line if path.name == ERRORS else _keep_line
        with path.open(encoding="utf-8", newline="") as src:
            _rewrite(path, (line for line in src if keep(line, done)))
    for path in sorted(outdir.glob("*.csv")):
        trim_torn_tail(path)
        with path.open(encoding="utf-8", newline="") as src:
            header = next(csv.reader(src), None)
        if not header or "doc_id" not in header:  # not per-document rows (e.g. rewritten whole at close)
            continue
        k = header.index("doc_id")
        with path.open(encoding="utf-8", newline="") as src:
            rows = _csv_rows(src)
            next(rows, None)
            _rewrite_csv(path, header, (r for r in rows if len(r) == len(header) and r[k] in done))
    for folder in sorted(outdir.glob("*.parquet")):
        if folder.is_dir():
            _prepare_parquet(folder, done)


def _csv_rows(src):
    try:
        yield from csv.reader(src)
    except csv.Error:  # a torn quoted field at the end; its document is not done anyway
        return


def _rewrite(path: Path, lines) -> None:
    tmp = path.with_name(f".{path.name}.resume.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        out.writelines(lines)
    tmp.replace(path)


def _rewrite_csv(path: Path, header: list[str], rows) -> None:
    tmp = path.with_name(f".{path.name}.resume.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)  # the writers' dialect (excel: \r\n, minimal quoting), so rows come back byte-equal
        w.writerow(header)
        w.writerows(rows)
    tmp.replace(path)


def _prepare_parquet(folder: Path, done: set[str]) -> None:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    for tmp in folder.glob(".*.tmp"):  # a partition the kill caught half-written
        tmp.unlink()
    for part in sorted(folder.glob("part-*.parquet")):
        table = pq.read_table(part)
        mask = pc.is_in(table.column("doc_id"), value_set=pa.array(sorted(done), pa.string()))
        kept = table.filter(mask)
        if kept.num_rows == table.num_rows:
            continue
        if kept.num_rows == 0:
            part.unlink()
        else:
            tmp = part.with_name(f".{part.name}.tmp")
            pq.write_table(kept, tmp)
            tmp.replace(part)


# --- what a run was made with ------------------------------------------------------------------
RUN_RECORD = "run.json"
CANNOT_RESUME = "The run cannot resume"
OUTPUTS = ("documents.jsonl", "errors.jsonl", "entities.csv", "events.jsonl", "events.csv", "documents.parquet")


BIG_FILE = 20 * 2**20  # data files above this count by size, not content (a run starts in milliseconds)


def _digest_path(h, path: Path) -> None:
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        h.update(f.relative_to(path).as_posix().encode() if path.is_dir() else b"")
        size = f.stat().st_size
        h.update(str(size).encode() if size > BIG_FILE else hashlib.sha256(f.read_bytes()).digest())


def _named_paths(config) -> list[tuple[str, Path]]:
    """Resource files and folders the config's stage settings name (relative to the config file)."""
    out = []
    for name in [*config.stages, *config.writers]:
        for key, value in sorted((config.settings.get(name) or {}).items()):
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str) and v and len(v) < 1000:
                    p = config.resolve(v)
                    if p.exists():
                        out.append((f"{name}.{key}", p))
    return out


def _model(path: Path) -> dict | None:
    meta = path / "meta.json"
    if not meta.is_file():
        return None
    info = json.loads(meta.read_text(encoding="utf-8"))
    return {"name": info.get("name"), "version": info.get("version"),
            "meta_sha256": hashlib.sha256(meta.read_bytes()).hexdigest()[:16]}


def made_with(config, corpus) -> dict:
    """What decides a run's outputs besides the input: the config and its data files, models, package, corpus.

    The config digest covers the parsed config (comments do not count) and the content of every
    file or folder its stage settings name; a model folder (one with meta.json) counts by its
    name, version and meta.json instead of its weights.
    """
    h = hashlib.sha256(json.dumps(config.raw, sort_keys=True, ensure_ascii=False, default=str).encode())
    models = {}
    for key, path in _named_paths(config):
        model = _model(path) if path.is_dir() else None
        if model is not None:
            models[key] = model
            continue
        h.update(key.encode())
        _digest_path(h, path)
    for name in config.stages:
        if config.factory_of(name) == "ner_model" and f"{name}.model" not in models:
            from ..stages.ner_model import MODEL_DIR  # the model shipped with the package

            models[f"{name}.model"] = _model(MODEL_DIR)
    try:
        package = version("hindi-news-events")
    except PackageNotFoundError:
        package = None
    return {"config_digest": h.hexdigest()[:16], "config_path": str(config.path or ""), "models": models,
            "package": package, "corpus": str(Path(corpus).resolve())}


def _differences(before: dict, now: dict) -> list[str]:
    out = []
    if before.get("config_digest") != now["config_digest"]:
        where = before.get("config_path") or "?"
        out.append(f"another config or config data (config {where}, digest {before.get('config_digest')}; "
                   f"now {now['config_path'] or '?'}, digest {now['config_digest']})")
    if before.get("models") != now["models"]:
        show = lambda m: ", ".join(f"{v['name']} {v['version']}" if v else f"{k}: none"
                                   for k, v in sorted((m or {}).items())) or "no model"
        out.append(f"other models ({show(before.get('models'))}; now {show(now['models'])})")
    if before.get("package") != now["package"]:
        out.append(f"hindi-news-events {before.get('package')} (now {now['package']})")
    if before.get("corpus") != now["corpus"]:
        out.append(f"another corpus folder ({before.get('corpus')}; now {now['corpus']})")
    return out


def check_same_run(outdir: Path, now: dict, force: bool = False) -> list[dict]:
    """Refuse (PipelineError) to resume into a folder made differently, unless forced.

    Returns the earlier records a forced resume goes over (kept in run.json), else [].
    """
    outdir = Path(outdir)
    if not any((outdir / name).exists() for name in OUTPUTS):
        return []  # nothing to mix with: a resume is a fresh run
    try:
        record = json.loads((outdir / RUN_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        record = {}
    before = record.get("made_with") if isinstance(record, dict) else None
    if not isinstance(before, dict):
        if force:
            return [{"unknown": True}]
        raise PipelineError([error("E017", outdir=outdir)], what=CANNOT_RESUME)
    earlier = list(record.get("resumed_over", []))
    differences = _differences(before, now)
    if not differences:
        return earlier
    if not force:
        raise PipelineError([error("E016", outdir=outdir, differences="; ".join(differences))], what=CANNOT_RESUME)
    return earlier + [before]
