"""The ner_lists stage after the real gazetteer stage (real normaliser, splitter, tokenizer, configs)."""
import pytest

from pipeline.core.document import Document
from tests.conftest import stage_pipeline


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return stage_pipeline(tmp_path_factory, ["normalise", "sentences", "tokens", "ner_gazetteer", "ner_lists"])


def places(pipe, text):
    return [(e.text, e.source) for e in pipe(Document("d", text)).entities if e.label == "LOC"]


def test_untagged_items_between_known_places_are_places(pipe):
    found = places(pipe, "गाजियाबाद में राजनगर एक्सटेंशन, टीला मोड़, शिप्रा सनसिटी, नंदग्राम, मसूरी और कौशाम्बी समेत 13 हॉटस्पॉट हैं।")
    assert [t for t, s in found if s == "lists"] == ["टीला मोड़", "शिप्रा सनसिटी", "नंदग्राम"]
    assert ("मसूरी", "gazetteer") in found and ("कौशाम्बी", "gazetteer") in found


def test_an_untagged_first_item_and_lists_of_people_are_left_alone(pipe):
    # "वहीं" is no item, and नंदग्राम then starts the list: lists start and end with a known name
    assert not [t for t, s in places(pipe, "वहीं, नंदग्राम, मसूरी और कौशाम्बी में मामले बढ़े।") if s == "lists"]
    doc = pipe(Document("d", "नरेंद्र मोदी, अमित शाह, टीला मोड़ और राजनाथ सिंह आए।"))
    assert not [e for e in doc.entities if e.source == "lists"]


def test_items_with_common_nouns_or_institution_words_are_not_places(pipe):
    found = places(pipe, "मसूरी, जिला अस्पताल, मेडिकल कॉलेज, कौशाम्बी और राजनगर एक्सटेंशन में जांच हुई।")
    assert not [t for t, s in found if s == "lists"]


def test_a_motion_verb_is_no_word_of_a_listed_place(pipe):
    # "एडिलेड जाएंगे" is no item: the list's last place stays the gazetteer's Adelaide
    doc = pipe(Document("d", "वहां से वे ब्रिस्बेन, उलुरु और एडिलेड जाएंगे और कैनबरा में प्रधानमंत्री से मिलेंगे।"))
    assert not any("जाएंगे" in e.text for e in doc.entities)
    assert "Adelaide" in {e.canonical for e in doc.entities}
