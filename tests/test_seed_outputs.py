"""outputs/seeds/ holds the committed outputs on seeds/; a fresh run must reproduce them exactly,
so every change of behaviour shows up in review. Regenerate with:
    hindi-events run seeds -o outputs/seeds --quiet
"""
import pytest

from tests.conftest import REPO, cli

COMPARED = ["documents.jsonl", "entities.csv", "events.jsonl", "events.csv", "event_clusters.csv", "errors.jsonl"]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds-out")
    r = cli("run", "seeds", "-o", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    return out


@pytest.mark.parametrize("name", COMPARED)
def test_fresh_run_reproduces_committed_outputs(fresh, name):
    committed = REPO / "outputs" / "seeds" / name
    assert committed.exists(), f"{committed} missing: regenerate outputs/seeds"
    assert (fresh / name).read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        f"{name} changed: if the change is intended, run `hindi-events run seeds -o outputs/seeds --quiet` "
        "and commit the new outputs")


def test_seeds_entities_present(fresh):
    import pandas as pd

    ents = pd.read_csv(fresh / "entities.csv")
    per = set(ents[ents.label == "PER"].canonical)
    org = set(ents[ents.label == "ORG"].canonical)
    assert {"Vladimir Putin", "S. Jaishankar", "Dmitry Peskov", "Narendra Modi"} <= per, per
    assert {"TASS", "State Duma", "Kremlin"} <= org, org
    dates = ents[ents.label == "DATE"]
    assert "2025-12-04/2025-12-05" in set(dates.value) and "2025-02-18" in set(dates.value)
