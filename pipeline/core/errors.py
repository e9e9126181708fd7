"""Coded errors that say what went wrong and how to fix it (in the style of spaCy's Errors)."""
from __future__ import annotations


class Codes:
    E001 = "Unknown stage '{name}'. Known stages: {known}.{hint}"
    E002 = ("Stage '{name}' requires '{what}', which no earlier stage provides. "
            "Add a stage that provides it ({providers}) before '{name}' in the config.")
    E003 = "Stage '{name}' could not be built: {reason}"
    E004 = "Stage '{name}' is a {kind} stage; list it under [pipeline].{where} in the config."
    E005 = "Config file {path} not found. Pass --config with a TOML file (see configs/default.toml)."
    E006 = "Config file {path} is not valid TOML: {reason}"
    E007 = "Config key [pipeline].stages must be a list of stage names, got {got!r}."
    E008 = "Stage '{name}' is listed twice in the config; each stage runs once."
    E009 = "Corpus path {path} does not exist. Pass a folder (or a single .txt/.jsonl/.csv file)."
    E010 = "Entry point '{name}' in group 'pipeline.stages' failed to load: {reason}"
    E011 = "Module '{module}' named in [pipeline].imports could not be imported: {reason}"
    E012 = "[stages.{name}] factory must be the name of a registered stage factory (a string), got {got!r}."
    E013 = ("Stage '{name}' (factory '{factory}') has no setting '{key}'. Its settings: {known}.{hint} "
            "`hindi-events stages` lists every factory's settings.")
    E014 = "Stage '{name}' (factory '{factory}') needs the setting '{key}' in [stages.{name}] of the config."
    E015 = "Stage '{name}' names an unknown factory '{factory}'. Known factories: {known}.{hint}"
    E016 = ("Cannot --resume into {outdir}: it was made with {differences}. Resuming would mix documents "
            "processed two ways in one output. Write to a new folder (-o), run again without --resume to "
            "replace it, or add --force to resume anyway (run.json then records both).")
    E017 = ("Cannot --resume into {outdir}: it has outputs but its run.json does not say what they were made "
            "with (a run of an older version, or run.json removed). Write to a new folder (-o), run again "
            "without --resume to replace it, or add --force to resume anyway.")
    E018 = ("--force only applies with --resume (resume into a folder made with another config, model or "
            "corpus); a run without --resume replaces the output folder anyway. Add --resume, or drop --force.")


class PipelineError(Exception):
    """Raised when a pipeline cannot be built (or a run cannot start); lists every problem at once."""

    def __init__(self, problems: list[str], what: str = "The pipeline cannot be built"):
        self.problems = list(problems)
        lines = [f"{what} ({len(problems)} problem{'s' if len(problems) != 1 else ''}):"]
        lines += [f"  - {p}" for p in problems]
        super().__init__("\n".join(lines))


def error(code: str, **kwargs) -> str:
    return f"[{code}] " + getattr(Codes, code).format(**kwargs)
