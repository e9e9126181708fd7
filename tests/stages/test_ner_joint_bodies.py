"""The ner_joint_bodies stage in the shipped pipeline: two countries joined by a hyphen before a kind of joint body."""
import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from tests.conftest import CONFIGS


@pytest.fixture(scope="module")
def pipe():
    return build(load_config(CONFIGS / "default.toml"), writers=False)


def named(pipe, text):
    return [(e.text, e.label, e.canonical) for e in pipe(Document("d", text, published="2014-07-26")).entities
            if e.label in ("PER", "ORG", "LOC")]


@pytest.mark.parametrize("text, body", [
    ("भारत-नेपाल संयुक्त आयोग की बैठक शनिवार को काठमांडू में हुई।",
     ("भारत-नेपाल संयुक्त आयोग", "ORG", "India–Nepal Joint Commission")),
    ("मछली पकड़ने पर भारत-श्रीलंका संयुक्त कार्य समूह की चौथी बैठक बुधवार को हुई।",
     ("भारत-श्रीलंका संयुक्त कार्य समूह", "ORG", "India–Sri Lanka Joint Working Group")),
    # a hyphen inside the kind: the tokenizer splits "अंतर-सरकारी"
    ("वे भारत-रूस अंतर-सरकारी आयोग की बैठक में हिस्सा लेंगे।",
     ("भारत-रूस अंतर-सरकारी आयोग", "ORG", "India–Russia Intergovernmental Commission")),
])
def test_a_pair_of_countries_before_a_kind_of_joint_body_names_it(pipe, text, body):
    found = named(pipe, text)
    assert body in found
    # the two countries give way to the body they name
    assert not [f for f in found if f[1] == "LOC" and f[0] in body[0]]


def test_no_pair_of_countries_or_no_kind_names_no_body(pipe):
    assert not [f for f in named(pipe, "भारत-पाकिस्तान सीमा पर तनाव बढ़ गया है।") if f[1] == "ORG"]
    assert not [f for f in named(pipe, "दिल्ली-मुंबई संयुक्त आयोग की बात हुई।") if "Joint" in (f[2] or "")]
