"""`hindi-events bench CORPUS`: documents and tokens a second, each stage's share, peak memory per worker.

In the same run, on the same documents, two baselines: spaCy's blank Hindi
tokenizer alone (the floor: nothing can be faster than tokenising) and the NER
model alone (the spaCy model at pipeline/models/ner-hi, or the config's
[stages.ner_model].model). Targets (issue 6): the whole pipeline at least 70% of
the NER-only speed; 2 workers at least 1.8x one worker; peak memory at most
1 GB a worker. Throughput excludes start-up (building stages, starting
workers), which is reported on its own.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from ..core.config import load_config
from ..core.errors import PipelineError
from ..core.runner import RunSummary, peak_rss, run
from ..io.readers import Skipped, read_corpus

TARGET_VS_NER = 0.70
TARGET_SPEEDUP_2 = 1.8
TARGET_PEAK_BYTES = 2**30


def _measure_run(corpus, config, workers: int, limit: int | None, engine: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="hindi-events-bench-") as out:
        s: RunSummary = run(corpus, out, config, workers=workers, quiet=True, limit=limit, engine=engine)
    secs = s.processing_seconds
    n = max(s.documents_written + s.documents_failed, 1)
    cores = os.cpu_count() or 1
    if workers == 1 and engine == "local":  # stages ran in this process: its CPU time is everything
        cpu_total = s.main_cpu_seconds
        idle_seconds = cpu_total
    else:  # workers' stage CPU spread over them, this process's reading and writing on top
        cpu_total = s.stage_cpu_seconds + s.main_cpu_seconds
        idle_seconds = max(s.stage_cpu_seconds / workers, s.main_cpu_seconds, cpu_total / min(cores, workers + 1))
    stages = {k: v for k, v in s.stage_seconds.items()}
    total = sum(stages.values()) or 1e-9
    return {"workers": workers, "engine": engine, "documents": s.documents_written, "failed": s.documents_failed,
            "tokens": s.tokens, "seconds": round(secs, 3), "startup_seconds": round(s.startup_seconds, 3),
            "docs_per_second": round(s.documents_written / secs, 2), "tokens_per_second": round(s.tokens / secs),
            "stage_seconds": {k: round(v, 3) for k, v in stages.items()},
            "stage_share": {k: round(v / total, 4) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])},
            "peak_rss_mb": {k: round(v / 2**20, 1) for k, v in s.worker_peak_rss.items()},
            "cpu_ms_per_document": {"stages": round(1000 * s.stage_cpu_seconds / n, 1),
                                    "main_process": round(1000 * s.main_cpu_seconds / n, 1)},
            # What the CPU times predict on an idle machine with this many cores (an estimate, not a measurement).
            "idle_machine_estimate_docs_per_second": round(s.documents_written / max(idle_seconds, 1e-9), 2)}


def _texts(corpus, limit: int | None) -> list[str]:
    texts = []
    for item in read_corpus(corpus):
        if isinstance(item, Skipped):
            continue
        if limit is not None and len(texts) >= limit:
            break
        texts.append(item.text)
    return texts


def _tokenizer_baseline(texts: list[str]) -> dict:
    import spacy

    tokenizer = spacy.blank("hi").tokenizer
    t0 = time.perf_counter()
    n = sum(1 for text in texts for tok in tokenizer(text) if not tok.is_space)
    secs = max(time.perf_counter() - t0, 1e-9)
    return {"documents": len(texts), "tokens": n, "seconds": round(secs, 3),
            "docs_per_second": round(len(texts) / secs, 2), "tokens_per_second": round(n / secs)}


def _ner_model_path(config) -> Path:
    from ..stages.ner_model import MODEL_DIR

    setting = config.settings.get("ner_model", {}).get("model")
    return config.resolve(setting) if setting else MODEL_DIR


def _ner_baseline(texts: list[str], path: Path, blas: str = "numpy") -> dict:
    if not (path / "meta.json").exists():
        return {"skipped": f"no NER model at {path} (train it with `hindi-events train-ner`)"}
    from ..core.blas import one_blas_thread
    from ..stages.ner_model import load_model

    nlp = load_model(path, blas)
    t0 = time.perf_counter()
    n = 0
    with one_blas_thread():
        for doc in nlp.pipe(texts, batch_size=16):
            n += sum(1 for tok in doc if not tok.is_space)
    secs = max(time.perf_counter() - t0, 1e-9)
    return {"model": str(path), "documents": len(texts), "tokens": n, "seconds": round(secs, 3),
            "docs_per_second": round(len(texts) / secs, 2), "tokens_per_second": round(n / secs)}


def _targets(one: dict, many: dict | None, ner: dict) -> list[dict]:
    out = []
    if "docs_per_second" in ner:
        ratio = one["docs_per_second"] / ner["docs_per_second"]
        out.append({"target": f"pipeline >= {TARGET_VS_NER:.0%} of NER-only speed", "value": round(ratio, 3),
                    "met": ratio >= TARGET_VS_NER})
    else:
        out.append({"target": f"pipeline >= {TARGET_VS_NER:.0%} of NER-only speed", "value": None, "met": None,
                    "note": ner.get("skipped", "")})
    if many is not None:
        speedup = many["docs_per_second"] / one["docs_per_second"]
        estimate = many["idle_machine_estimate_docs_per_second"] / one["idle_machine_estimate_docs_per_second"]
        out.append({"target": f"{many['workers']} workers >= {TARGET_SPEEDUP_2}x one worker"
                    + ("" if many["workers"] == 2 else " (target is for 2)"),
                    "value": round(speedup, 3), "met": speedup >= TARGET_SPEEDUP_2,
                    "note": f"idle-machine estimate from CPU time: {estimate:.2f}x"})
    peak = max(v for m in (one, many) if m for v in m["peak_rss_mb"].values())
    out.append({"target": "peak memory <= 1 GB a worker", "value": peak, "met": peak * 2**20 <= TARGET_PEAK_BYTES})
    return out


def _print(result: dict) -> None:
    m = result["machine"]
    print(f"corpus {result['corpus']}  ({m['cpus']} CPUs, load average {m['load_average']} at start, "
          f"{m['platform']})")
    for r in result["runs"]:
        print(f"\npipeline, {r['workers']} worker{'s' if r['workers'] > 1 else ''} ({r['engine']}): "
              f"{r['documents']} documents, {r['tokens']} tokens in {r['seconds']}s "
              f"(+{r['startup_seconds']}s start-up)")
        print(f"  {r['docs_per_second']} documents/s, {r['tokens_per_second']} tokens/s")
        c = r["cpu_ms_per_document"]
        print(f"  CPU a document: stages {c['stages']} ms, main process {c['main_process']} ms "
              f"(idle-machine estimate from CPU time: {r['idle_machine_estimate_docs_per_second']} documents/s)")
        print("  peak memory: " + ", ".join(f"{k} {v} MB" for k, v in r["peak_rss_mb"].items()))
        print("  share of stage time: " + ", ".join(f"{k} {v:.1%}" for k, v in r["stage_share"].items()))
    for name, b in result["baselines"].items():
        if "skipped" in b:
            print(f"\nbaseline {name}: skipped: {b['skipped']}")
        else:
            print(f"\nbaseline {name}: {b['docs_per_second']} documents/s, {b['tokens_per_second']} tokens/s "
                  f"({b['documents']} documents in {b['seconds']}s)")
    print()
    for t in result["targets"]:
        mark = "not measured" if t["met"] is None else ("MET" if t["met"] else "NOT MET")
        print(f"target: {t['target']}: {t['value']} -> {mark}" + (f" ({t['note']})" if t.get("note") else ""))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="hindi-events bench", description=__doc__.split("\n")[0])
    p.add_argument("corpus", help="corpus folder or file (e.g. ../shared/data/news-2020)")
    p.add_argument("--workers", type=int, default=2, help="also measure this many workers (default 2; 1: skip)")
    p.add_argument("--config", default=None, help="pipeline config (default: configs/default.toml)")
    p.add_argument("--limit", type=int, default=None, help="only the first N documents")
    p.add_argument("--engine", choices=["local", "dask"], default="local", help="engine for the N-worker run")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = p.parse_args(argv)
    try:
        config = load_config(args.config)
        result = {"corpus": str(args.corpus), "limit": args.limit,
                  "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                              "python": sys.version.split()[0],
                              "load_average": [round(x, 2) for x in os.getloadavg()]},
                  "config": str(config.path)}
        # One worker first, in this process, so that its peak memory is the pipeline's alone.
        one = _measure_run(args.corpus, config, 1, args.limit, "local")
        many = _measure_run(args.corpus, config, args.workers, args.limit, args.engine) if args.workers > 1 else None
        texts = _texts(args.corpus, args.limit)
        baselines = {"spacy_blank_hi_tokenizer": _tokenizer_baseline(texts),
                     "ner_model_only": _ner_baseline(texts, _ner_model_path(config),
                                                     config.settings.get("ner_model", {}).get("blas", "numpy"))}
    except PipelineError as exc:
        print(exc, file=sys.stderr)
        return 2
    result["runs"] = [one] + ([many] if many else [])
    result["baselines"] = baselines
    result["targets"] = _targets(one, many, baselines["ner_model_only"])
    result["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    result["bench_process_peak_rss_mb"] = round(peak_rss() / 2**20, 1)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
