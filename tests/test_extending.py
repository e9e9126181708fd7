"""docs/extending.md, run as a user would: the config snippets are read from the document itself.

1. PROTEST from docs/extending/protest.toml alone, on Hindi news sentences through the whole default pipeline.
2. docs/extending/event-lag-plugin installed into a folder of its own; its stage is found
   through the `pipeline.stages` entry point and adds a field to the events of the seed articles.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tomllib

import pandas as pd
import pytest

from tests.conftest import CONFIGS, REPO, cli

DOC = REPO / "docs" / "extending.md"
EXAMPLES = REPO / "docs" / "extending"

ARTICLES = {
    "lucknow.txt": ("date 2025-03-10\n\nलखनऊ में कांग्रेस का प्रदर्शन\n\n"
                    "कांग्रेस कार्यकर्ताओं ने सोमवार को लखनऊ में विरोध प्रदर्शन किया। "
                    "समाजवादी पार्टी 15 मार्च को जिला मुख्यालय पर धरना देगी।\n"),
    "cricket.txt": ("date 2025-03-10\n\nबोल्ट का शानदार प्रदर्शन\n\n"
                    "ट्रेंट बोल्ट ने शानदार प्रदर्शन किया। भारतीय किसान यूनियन ने दिल्ली में प्रदर्शन किया।\n"),
    "patna.txt": ("date 2025-03-10\n\nधरना रद्द\n\n"
                  "भारतीय जनता पार्टी ने पटना में प्रस्तावित धरना रद्द कर दिया। "
                  "प्रशासन ने धरना, प्रदर्शन पर रोक लगा दी है।\n"),
}


def snippet(name: str) -> str:
    """The ```toml block after <!-- config: name --> in docs/extending.md."""
    m = re.search(rf"<!-- config: {name} -->\s*```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert m, f"docs/extending.md has no config block '{name}'"
    return m.group(1)


def config_from_doc(folder, name: str):
    """A copy of configs/default.toml with the document's stage list and tables, in another folder."""
    block = snippet(name)
    stages = re.search(r"stages = \[.*?\]\n", block, re.S).group(0)
    tables = block[block.index("\n[stages."):]
    text = (CONFIGS / "default.toml").read_text(encoding="utf-8")
    text = re.sub(r"stages = \[.*?\]\n", lambda _: stages, text, count=1, flags=re.S) + tables
    path = folder / "my-config.toml"
    path.write_text(text, encoding="utf-8")
    assert tomllib.loads(text)["pipeline"]["stages"] == tomllib.loads(block)["pipeline"]["stages"]
    return path


@pytest.fixture(scope="module")
def protest_out(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("protest")
    shutil.copy(EXAMPLES / "protest.toml", tmp / "protest.toml")
    config = config_from_doc(tmp, "protest")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp / "out"
    r = cli("run", str(corpus), "-o", str(out), "--config", str(config), "--quiet")
    assert r.returncode == 0, r.stderr
    return out


def test_protest_events_from_a_toml_file(protest_out):
    events = pd.read_csv(protest_out / "events.csv", dtype=str, keep_default_na=False)
    got = {(r.doc_id, r.status, r.actor, r.location, r.date) for r in events[events.type == "PROTEST"].itertuples()}
    assert got == {
        ("lucknow", "occurred", "Indian National Congress", "Lucknow", "2025-03-10"),
        ("lucknow", "planned", "Samajwadi Party", "", "2025-03-15"),
        ("cricket", "occurred", "Bharatiya Kisan Union", "Delhi", ""),  # not Boult's "शानदार प्रदर्शन"
        ("patna", "cancelled", "Bharatiya Janata Party", "Patna", ""),  # and not the ban on protests
    }
    assert set(events.extractor) == {"events_protest"}
    clusters = pd.read_csv(protest_out / "event_clusters.csv", dtype=str)
    assert set(clusters.type) == {"PROTEST"} and len(clusters) == 4


def test_protest_in_loader_and_report(protest_out, tmp_path):
    import pipeline

    _, _, events = pipeline.load(protest_out)
    assert list(events.type.cat.categories).count("PROTEST") == 1 and (events.type == "PROTEST").sum() == 4
    r = cli("report", str(protest_out), "-o", str(tmp_path / "report.html"))
    assert r.returncode == 0, r.stderr
    assert "PROTEST events" in (tmp_path / "report.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory):
    """docs/extending/event-lag-plugin installed into a folder of its own, as pip lays it out: the
    module, and a dist-info whose entry_points.txt is made from the package's pyproject.toml (no
    build backend or network needed). importlib.metadata then finds it like any installed package."""
    src = EXAMPLES / "event-lag-plugin"
    project = tomllib.loads((src / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    site = tmp_path_factory.mktemp("plugin") / "site"
    dist = site / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n",
                                   encoding="utf-8")
    lines = [f"[{group}]" + "".join(f"\n{k} = {v}" for k, v in eps.items())
             for group, eps in project["entry-points"].items()]
    (dist / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for module in src.glob("*.py"):
        shutil.copy(module, site / module.name)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(REPO)])
    return env


def test_plugin_stage_is_listed_with_its_settings(plugin_site):
    r = cli("stages", env=plugin_site)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("event_lag "))
    assert "requires events" in lines[at] and 'settings: field = "days_from_published"' in lines[at + 1]


def test_plugin_stage_adds_a_field_to_events(plugin_site, tmp_path):
    config = config_from_doc(tmp_path, "event_lag")
    out = tmp_path / "out"
    r = cli("run", str(REPO / "seeds"), "-o", str(out), "--config", str(config), "--quiet", env=plugin_site)
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    visit = next(e for e in records if e["type"] == "VISIT" and e["published"] == "2025-11-30"
                 and (e["date"] or {}).get("value") == "2025-12-04/2025-12-05")
    assert visit["attrs"]["days_ahead"] == 4
    dated = [e for e in records if e["published"] and (e["date"] or {}).get("value")]
    assert all("days_ahead" in e["attrs"] for e in dated)
    assert all("days_ahead" not in (e.get("attrs") or {}) for e in records if not (e["date"] or {}).get("value"))
    assert "event_lag" in json.loads((out / "run.json").read_text(encoding="utf-8"))["stage_seconds"]


def test_without_the_package_the_config_says_what_is_missing(tmp_path):
    config = config_from_doc(tmp_path, "event_lag")
    r = cli("run", str(REPO / "seeds"), "-o", str(tmp_path / "out"), "--config", str(config), "--quiet")
    assert r.returncode == 2 and "[E001] Unknown stage 'event_lag'" in r.stderr
