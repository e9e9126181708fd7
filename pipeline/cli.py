"""The `hindi-events` command (also `python -m pipeline`)."""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from .core.errors import PipelineError, error

# Subcommands implemented elsewhere: name -> (module with main(argv), help).
DELEGATED = {
    "train-ner": ("pipeline.training.train_ner", "train the spaCy NER model from IL-NER and HiNER"),
    "tag": ("pipeline.training.tag_conll", "tag pre-tokenised CoNLL text with the NER model"),
    "bench": ("pipeline.bench.throughput", "measure documents and tokens a second on a corpus"),
    "report": ("pipeline.report", "write a self-contained report.html for an output folder"),
    "triggers": ("pipeline.tools.triggers", "list candidate event trigger words over corpora, with concordances"),
}


# Set by a finished local `run`: every output file is closed and every worker process joined (console()).
_CLOSED_CLEANLY = False


def _run(args) -> int:
    from .core.config import load_config
    from .core.runner import run

    if args.force and not args.resume:  # said before anything runs: the user meant something else
        raise PipelineError([error("E018")], what="Cannot start the run")
    config = load_config(args.config)
    summary = run(args.corpus, args.output, config, workers=args.workers, quiet=args.quiet, resume=args.resume,
                  options={"allow_download": args.allow_download}, engine=args.engine, scheduler=args.scheduler,
                  parquet=True if args.parquet else None, force=args.force)
    print(summary.line(), file=sys.stderr)
    global _CLOSED_CLEANLY
    _CLOSED_CLEANLY = args.engine == "local"
    return summary.exit_code


def settings_line(spec) -> str:
    """'settings: rules = "ner.toml", lexicon (required)' for a factory's declared settings."""
    from .core.registry import REQUIRED

    if spec.settings is None:
        return "settings: not declared (any)"
    if not spec.settings:
        return "settings: none"
    shown = [f"{k} (required)" if v is REQUIRED else f"{k} = {_toml_value(v)}" for k, v in spec.settings.items()]
    return "settings: " + ", ".join(shown)


def _toml_value(v) -> str:
    if v is None:
        return "(unset)"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return f'"{v}"'
    return str(v)


def _stages(args) -> int:
    from .core import registry

    print("Stage factories. In a config, [stages.NAME] factory = \"<factory>\" makes NAME an instance of one;")
    print("the other keys of that table are its settings (defaults below).\n")
    for name, spec in registry.all_stages().items():
        print(f"{name:22s} {spec.kind:8s} requires {','.join(spec.requires) or '-':28s} "
              f"provides {','.join(spec.provides) or '-':18s} {spec.description}")
        print(f"{'':31s} {settings_line(spec)}")
    for problem in registry.load_problems():
        print(problem, file=sys.stderr)
    return 0


def _evaluate(args, rest) -> int:
    if args.what == "ner":
        return importlib.import_module("pipeline.training.evaluate_ner").main(rest) or 0
    if args.what == "dates":
        return importlib.import_module("pipeline.bench.dates_bench").main(rest) or 0
    return 2


def main(argv: list[str] | None = None) -> int:
    """The command line; output cut short by its reader (`hindi-events stages | head`) ends it quietly."""
    from .training.conll import SharedDataNotFound

    try:
        code = _main(argv)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        # the reader stopped reading: nothing more to say (as the Python docs' note on SIGPIPE does)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except SharedDataNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def console() -> None:
    """`hindi-events` and `python -m pipeline`: main(), then, after a local `run`, exit without the
    interpreter's teardown. Freeing the models' and tables' objects one by one cost a one-document run
    0.17-0.25 s of its 1.5 s (`python -m pipeline.bench.startup`); nothing is left to flush but the console."""
    code = main()
    if not _CLOSED_CLEANLY:
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said
            pass
    os._exit(code)


def _main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in DELEGATED:
        module, _ = DELEGATED[argv[0]]
        return importlib.import_module(module).main(argv[1:]) or 0

    parser = argparse.ArgumentParser(prog="hindi-events", description="Turn Hindi news into structured data.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="run the pipeline on a corpus folder")
    p.add_argument("corpus", help="folder (searched recursively) or file: .txt, .jsonl, .csv")
    p.add_argument("-o", "--output", required=True, help="output folder")
    p.add_argument("--config", default=None, help="pipeline config (default: configs/default.toml)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--resume", action="store_true", help="skip documents already in the output folder")
    p.add_argument("--force", action="store_true",
                   help="with --resume: go on even if the folder was made with another config, model or corpus")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="where stages run: local processes (default) or Dask workers (pip install "
                        "'hindi-news-events[dask]'); dask also writes Parquet partitions")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://host:8786 (default: a LocalCluster of --workers)")
    p.add_argument("--parquet", action="store_true",
                   help="also write documents/entities/events as Parquet partitions (always on with dask)")
    p.add_argument("--allow-download", action="store_true", help="let optional stages download models")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_run)
    p = sub.add_parser("stages", help="list stage factories (built-in and installed plugins) and their settings")
    p.set_defaults(func=_stages)
    p = sub.add_parser("evaluate", help="evaluate a component: `evaluate ner --conll FILE --scheme il-ner`")
    p.add_argument("what", choices=["ner", "dates"])
    p.set_defaults(func=_evaluate)
    for name, (_, help_text) in DELEGATED.items():
        sub.add_parser(name, help=help_text, add_help=False)

    args, rest = parser.parse_known_args(argv)
    try:
        if args.command == "evaluate":
            return args.func(args, rest)
        if rest:
            parser.error(f"unrecognised arguments: {' '.join(rest)}")
        return args.func(args)
    except PipelineError as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
