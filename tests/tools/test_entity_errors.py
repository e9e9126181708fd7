"""entity_errors on a small gold file and entities.csv written here, with the real gazetteer."""
import csv
import json

from pipeline.stages.ner_gazetteer import load_gazetteer
from pipeline.tools.entity_errors import classify
from tests.conftest import CONFIGS


def test_each_miss_and_false_entity_gets_one_kind(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    out.mkdir()
    (gold / "d.json").write_text(json.dumps({"doc_id": "d", "entities": {
        "PER": [{"name": "Vladimir Putin", "aliases": ["पुतिन"]},  # found
                {"name": "Surbhi Katyayan", "aliases": ["सुरभि कात्यायन"]}],  # nobody lists her
        "LOC": [{"name": "Moscow", "aliases": ["मॉस्को"]},  # listed, not in the run
                {"name": "Nadia", "aliases": ["नादिया"]}],  # found as PER
        "ORG": [{"name": "Hindustan Times", "aliases": ["हिंदुस्तान टाइम्स अखबार"]}]}}), encoding="utf-8")
    rows = [("पुतिन", "PER", "Vladimir Putin"), ("नादिया", "PER", "नादिया"),
            ("हिंदुस्तान टाइम्स", "ORG", "हिंदुस्तान टाइम्स"), ("कल", "LOC", "कल")]
    with (out / "entities.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["doc_id", "text", "label", "canonical"])
        w.writeheader()
        for text, label, canonical in rows:
            w.writerow({"doc_id": "d", "text": text, "label": label, "canonical": canonical})
    counts, _ = classify(gold, out, load_gazetteer(CONFIGS / "gazetteers"))
    assert counts[("FN", "PER", "missing from KB")] == 1
    assert counts[("FN", "LOC", "in KB, not found")] == 1
    assert counts[("FN", "LOC", "label")] == 1 and counts[("FP", "PER", "label")] == 1
    assert counts[("FN", "ORG", "boundary")] == 1 and counts[("FP", "ORG", "boundary")] == 1
    assert counts[("FP", "LOC", "spurious")] == 1
    assert sum(v for (side, _, _), v in counts.items() if side == "FN") == 4
