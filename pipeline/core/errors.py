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


class PipelineError(Exception):
    """Raised when a pipeline cannot be built; lists every problem at once."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        lines = [f"The pipeline cannot be built ({len(problems)} problem{'s' if len(problems) != 1 else ''}):"]
        lines += [f"  - {p}" for p in problems]
        super().__init__("\n".join(lines))


def error(code: str, **kwargs) -> str:
    return f"[{code}] " + getattr(Codes, code).format(**kwargs)
