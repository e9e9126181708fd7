"""spaCy imported without its command line, which still loads when asked for (a fresh interpreter each)."""
import json
import subprocess
import sys


def _run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_run_imports_spacy_without_its_command_line():
    seen = _run("import json, sys\n"
                "import pipeline.hindi.tokenizer\n"
                "print(json.dumps({m: m in sys.modules for m in ('spacy', 'spacy.cli', 'typer', 'weasel', 'httpx')}))")
    assert seen == {"spacy": True, "spacy.cli": False, "typer": False, "weasel": False, "httpx": False}


def test_the_command_line_and_info_still_load():
    seen = _run("import json\n"
                "import pipeline.hindi.tokenizer\n"
                "import spacy, spacy.cli\n"
                "from spacy.cli.train import train\n"
                "data = spacy.info(silent=True)\n"
                "print(json.dumps({'train': callable(train), 'version': data['spacy_version'] == spacy.__version__}))")
    assert seen == {"train": True, "version": True}
