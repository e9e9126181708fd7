"""ner_seats in the shipped pipeline: a seat of government named as where people meet or go is a place in that
story, and an office where it speaks or acts (real gazetteer, real model)."""
import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from tests.conftest import CONFIGS


@pytest.fixture(scope="module")
def pipe():
    return build(load_config(CONFIGS / "default.toml"), writers=False)


def labels(pipe, text, canonical):
    return {e.label for e in pipe(Document("d", text, published="2013-06-06")).entities if e.canonical == canonical}


def test_a_seat_named_as_where_people_meet_is_a_place(pipe):
    text = ("न्यूज़ीलैंड के प्रधानमंत्री जॉन की ने शुक्रवार को व्हाइट हाउस में अमरीकी राष्ट्रपति बराक ओबामा से मुलाक़ात की. "
            "वे बुधवार को व्हाइट हाउस पहुंचे थे.")
    assert labels(pipe, text, "White House") == {"LOC"}


def test_a_seat_that_speaks_is_an_office(pipe):
    text = "व्हाइट हाउस ने कहा कि ओबामा की यात्रा रद्द कर दी गई है. व्हाइट हाउस के प्रवक्ता जे कार्नी ने यह बताया."
    assert labels(pipe, text, "White House") == {"ORG"}


def test_most_mentions_decide_and_all_take_one_label(pipe):
    # one place use against two of the office: the office, in every mention
    text = ("व्हाइट हाउस ने कहा कि बैठक व्हाइट हाउस में होगी. व्हाइट हाउस के प्रवक्ता ने इसकी पुष्टि की.")
    assert labels(pipe, text, "White House") == {"ORG"}


def test_a_seat_not_listed_keeps_its_label(pipe):
    # the Kremlin names Russia's presidency even where it is "in" it (ner.toml [seats])
    assert labels(pipe, "पुतिन ने क्रेमलिन में उनसे मुलाक़ात की.", "Kremlin") == {"ORG"}
