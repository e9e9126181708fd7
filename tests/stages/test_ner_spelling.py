"""The ner_spelling stage after the real gazetteer, model and rule stages (shipped configuration)."""
import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from pipeline.stages.ner_spelling import spelling_key
from tests.conftest import CONFIGS


@pytest.fixture(scope="module")
def pipe():
    return build(load_config(CONFIGS / "default.toml"), writers=False)


def places(pipe, text):
    return [(e.text, e.canonical, e.source) for e in pipe(Document("d", text)).entities if e.label == "LOC"]


def test_the_key_joins_spellings_that_differ_in_vowel_length_virama_nasals_and_retroflex_stops():
    assert spelling_key("ख़ारतूम") == spelling_key("खार्तूम")
    assert spelling_key("टंज़ानिया") == spelling_key("तंज़ानिया")
    assert spelling_key("संक्रमितों") != spelling_key("सैक्रामेंटो")  # the vowels must agree


@pytest.mark.parametrize("text, place", [
    ("राष्ट्रपति ने कहा कि वे अगले हफ़्ते टंज़ानिया से लौटेंगे।", ("टंज़ानिया", "Tanzania", "spelling")),
    ("सूडान के नेता ख़ारतूम में मिले।", ("ख़ारतूम", "Khartoum", "spelling")),
    ("विदेश मंत्री पिछले महीने ख़ारतूम जाकर राष्ट्रपति से मिले।", ("ख़ारतूम", "Khartoum", "spelling")),  # a motion verb
])
def test_a_place_spelled_another_way_before_a_case_marker_is_that_place(pipe, text, place):
    assert place in places(pipe, text)


def test_an_ordinary_word_or_one_before_ne_is_no_place(pipe):
    assert not [p for p in places(pipe, "संक्रमितों की संख्या बढ़ी।") if p[2] == "spelling"]
    assert not [p for p in places(pipe, "तंज़ानिया ने कहा।") + places(pipe, "टंज़ानिया ने कहा।") if p[2] == "spelling"]
