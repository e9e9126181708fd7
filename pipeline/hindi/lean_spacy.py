"""Import spaCy without its command line: imported before the first ``import spacy`` of a run.

``spacy/__init__.py`` imports ``spacy.cli.info`` only to offer ``spacy.info()``; that pulls in
spaCy's whole command line (typer, weasel, requests, httpx, jinja2): ~0.15 s of a one-document
run's ~1.4 s start-up, for modules a run never uses. While spaCy is imported, ``spacy.cli`` and
``spacy.cli.info`` are stand-ins in ``sys.modules``; they are removed right after, so a later
``import spacy.cli`` (training, ``python -m spacy``) loads the real command line as usual, and
``spacy.info()`` loads it on its first call.
"""
from __future__ import annotations

import sys
import types


def _info(*args, **kwargs):
    """spacy.info, loaded on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy():
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    stand_ins["spacy.cli"].__path__ = []  # a package, so that spacy.cli.info resolves to the stand-in
    stand_ins["spacy.cli.info"].info = _info
    installed = [name for name in stand_ins if name not in sys.modules]
    for name in installed:
        sys.modules[name] = stand_ins[name]
    try:
        import spacy
    finally:
        for name in installed:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]
    return spacy


import_spacy()
