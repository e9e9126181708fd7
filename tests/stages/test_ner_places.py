"""The ner_places stage after the real gazetteer and model stages (real tokenizer, model, configs)."""
import pytest

from pipeline.core.document import Document
from tests.conftest import stage_pipeline


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return stage_pipeline(tmp_path_factory, ["normalise", "sentences", "tokens", "ner_gazetteer", "ner_model", "ner_places"])


def found(pipe, text):
    return [e.text for e in pipe(Document("d", text)).entities if e.source == "places"]


@pytest.mark.parametrize("text, places", [
    ("बिजनौर के स्योहरा निवासी अरशद अली संगठन के संचालक हैं।", ["स्योहरा"]),
    ("400 लोगों को जम्मू के सतवारी और सरवाल क्षेत्रों में निगरानी में रखा गया है।", ["सतवारी", "सरवाल"]),
    ("पुलिस कानपुर के पनकी थाने में हेल्पलाइन चला रही है।", ["पनकी"]),
])
def test_a_locality_inside_a_known_place_is_a_place(pipe, text, places):
    assert found(pipe, text) == places


@pytest.mark.parametrize("text", [
    "बिहार के सभी 38 जिले बंद रहेंगे।",           # a quantity
    "नूंह के ग्रामीण इलाके में जांच हुई।",          # a common word
    "दक्षिणी इंग्लैंड के तटीय क्षेत्रों में बारिश हुई।",  # an adjective
    "बस्ती के युवक को जिला अस्पताल भेजा गया।",    # no place word right after
])
def test_common_words_numbers_and_adjectives_are_no_places(pipe, text):
    assert found(pipe, text) == []


@pytest.mark.parametrize("text, places", [
    # one word no word list has, right before a verb of arriving or coming back (ner.toml arrival_verbs)
    ("स्वास्थ्य विभाग की टीम बुधवार रात युवक के गांव रुकनपुर पहुंची।", ["रुकनपुर"]),
    ("ये दोनों आठ मई को कोलकाता से चकुलिया लौटे थे।", ["चकुलिया"]),
    ("राष्ट्रपति बोज़िज़े बुधवार को लिब्रेविल पहुंचे।", ["लिब्रेविल"]),
    # going there to do something
    ("मुख्यमंत्री का शुक्रवार को बागजान जाकर राहत शिविरों में लोगों से मिलने का कार्यक्रम है।", ["बागजान"]),
    ("संपत बुधवार को श्रीपेरंबुदूर जाकर प्रस्तावित संयंत्र की जगह देखेंगे।", ["श्रीपेरंबुदूर"]),
    # not a conjunctive participle, an acronym of letter names, a Hindi word or a surname named before
    ("कर्मचारी हाल ही में इटली से छुट्टियां बिताकर लौटा था।", []),
    ("परिजन उसे लेकर जमालपुर पीएचसी पहुंचे।", []),
    ("वह दोपहर में घर लौटा।", []),
    ("वे अस्पताल जाकर मरीजों से मिले।", []),
    ("विदेश मंत्री ग्रेगोर ज़ाम्बोस्की ने कहा। बाद में ज़ाम्बोस्की पहुंचे।", []),
])
def test_an_unknown_word_before_a_verb_of_arriving_is_a_place(pipe, text, places):
    assert found(pipe, text) == places


@pytest.mark.parametrize("text, places", [
    ("द्रमुक अध्यक्ष स्टालिन का शनिवार को प्रस्तावित कीलड़ी दौरा फिलहाल टाल दिया गया है।", ["कीलड़ी"]),
    ("हालांकि अग्रवाल का गुरुवार को प्रस्तावित लांजीगढ़ दौरा रद कर दिया गया।", ["लांजीगढ़"]),
    # not a Hindi word: "आधिकारिक दौरा", "चुनावी दौरे"
    ("प्रधानमंत्री का यह आधिकारिक दौरा है।", []),
    ("मुख्यमंत्री अगले हफ्ते चुनावी दौरे पर रहेंगे।", []),
])
def test_an_unknown_word_before_a_trip_noun_is_where_the_trip_goes(pipe, text, places):
    assert found(pipe, text) == places


@pytest.mark.parametrize("text, places", [
    ("चार कोरोना पॉजिटिव मिलने के बाद पतिसा गांव को पूरी तरह सील कर दिया गया।", ["पतिसा"]),
    ("बखिरा क्षेत्र के परतिया गांव का 27 वर्षीय एक युवक ट्रक से आया था।", ["परतिया"]),
    ("जेल भेजे गए पिपरा मदनगोपाल गांव निवासी रामसागर की जांच हुई।", ["पिपरा मदनगोपाल"]),
])
def test_unknown_words_before_the_word_for_a_village_are_its_name(pipe, text, places):
    assert found(pipe, text) == places


@pytest.mark.parametrize("text", [
    "कई लोग अपने गांव को लौट गए।",  # ordinary words before गांव
    "पतिसा गांव सड़क के किनारे बसा है और लोग वहां रहते हैं।",  # no case marker, "निवासी" or punctuation after it
])
def test_no_village_from_ordinary_words_or_without_a_marker_after(pipe, text):
    assert found(pipe, text) == []
