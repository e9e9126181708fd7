"""The ner_titles stage after the real gazetteer and model stages (real tokenizer, model, configs)."""
import pytest

from pipeline.core.document import Document
from tests.conftest import stage_pipeline


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return stage_pipeline(tmp_path_factory, ["normalise", "sentences", "tokens", "ner_gazetteer", "ner_model", "ner_titles"])


def people(pipe, text):
    return [(e.text, e.source) for e in pipe(Document("d", text)).entities if e.label == "PER"]


@pytest.mark.parametrize("text, name", [
    ("सरकार की ओर से कोर्ट में पेश हुए वकील डीआर काले ने सोमवार को हलफनामा दाखिल किया।", "डीआर काले"),
    ("हाईकोर्ट के न्यायमूर्ति पीबी वराले ने राज्य सरकार के फैसले पर संज्ञान लिया।", "पीबी वराले"),
    ("एर्नाकुलम जिला चिकित्सा अधिकारी डॉ. एनके कुट्टप्पन ने बताया कि बच्चा इटली से लौटा था।", "एनके कुट्टप्पन"),
    ("पर्यावरण सचिव सी के मिश्रा ने संवाददाताओं से बात की।", "सी के मिश्रा"),
])
def test_initials_and_a_name_after_a_title_are_a_person(pipe, text, name):
    assert name in [t for t, _ in people(pipe, text)]


def test_initials_alone_after_a_role_before_a_case_marker(pipe):
    assert ("आरके", "titles") in people(pipe, "स्टील फैक्टरी में इंजीनियर आरके को यह बात कम समझ में आ रही है।")


@pytest.mark.parametrize("text", [
    "मंत्री के बेटे ने पुलिस को सूचना दी।",                       # के is the genitive, not K
    "कोरोना की वजह से अब डॉक्टर पीपीई किट में देखे जा रहे हैं।",   # PPE is no one's initials
    "उत्तराखंड जनरल ओबीसी कर्मचारियों ने परेड ग्राउंड में धरना दिया।",
    "उत्तराखंड जनरल ओबीसी एंप्लाइज एसोसिएशन ने सरकार से बात की।",   # an association
])
def test_abbreviations_and_case_markers_after_titles_are_not_people(pipe, text):
    assert not [t for t, s in people(pipe, text) if s == "titles"]


def test_a_first_name_between_an_honorific_and_a_model_person_joins_it(pipe):
    found = people(pipe, "विभाग के प्रमुख निदेशक डॉ विज़ोली जेड सुखरी ने बताया कि 245 लोग निगरानी में हैं।")
    assert "विज़ोली जेड सुखरी" in [t for t, _ in found]


def test_a_word_after_a_post_does_not_join_the_person(pipe):
    found = [t for t, _ in people(pipe, "भोपाल के चिकित्सा एवं स्वास्थ्य अधिकारी सुधीर देहरिया के मुताबिक मरीज ठीक है।")]
    assert "सुधीर देहरिया" in found and not any("अधिकारी" in t for t in found)


def test_a_weekday_after_the_name_is_not_part_of_it(pipe):
    found = [t for t, _ in people(pipe, "स्वास्थ्य केंद्र के चिकित्सक डॉ. एनके सिंह शुक्रवार को गांव पहुंचे।")]
    assert "एनके सिंह" in found and not any("शुक्रवार" in t for t in found)


def test_a_common_word_after_initials_and_a_name_is_not_part_of_it(pipe):
    doc = pipe(Document("d", "बैठक में मुख्य सचिव आरके तिवारी मौजूद थे।"))
    assert "आरके तिवारी मौजूद" not in [e.text for e in doc.entities if e.label == "PER"]  # मौजूद: "present"


def test_a_weekday_after_the_name_ends_it(pipe):
    """"सलाहकार एस पी सूरज बुधवार को": the day is no name word and ends the name as a case marker would."""
    assert ("एस पी सूरज", "titles") in people(pipe, "सरकार के सलाहकार एस पी सूरज बुधवार को पटना आए।")


@pytest.mark.parametrize("text, name", [
    ("सीएमओ डॉ. सीमा राय ने बताया कि दोनों युवकों की जांच कराई गई।", "सीमा राय"),  # सीमा is "border" too
    ("क्वालिटी मैनेजर डॉ. मोहम्मद अता उल्ला ने मेडिकल कॉलेज की टीम से बात की।", "मोहम्मद अता उल्ला"),
    ("सिविल सर्जन डॉ राजकिशोर ने बताया कि जिले में अब तक कोई मामला नहीं है।", "राजकिशोर"),
])
def test_name_words_after_a_personal_honorific_are_a_person(pipe, text, name):
    doc = pipe(Document("d", text))
    assert [e.label for e in doc.entities if e.text == name] == ["PER"]


def test_a_model_body_after_a_personal_honorific_becomes_a_person(pipe):
    doc = pipe(Document("d", "एसोसिएट डायरेक्टर डॉ. रोमेल टिक्कू ने कहा कि अमेरिका और यूरोप में स्थिति खराब है।"))
    assert [(e.text, e.label) for e in doc.entities if "टिक्कू" in e.text] == [("रोमेल टिक्कू", "PER")]


@pytest.mark.parametrize("text", [
    "डॉक्टर पिता ने बताया कि बेटा ठीक है।",                   # डॉक्टर is a noun: not a name honorific
    "शहर के श्री गंगा राम अस्पताल में इलाज चल रहा है।",        # श्री names a hospital
    "डॉ. रिक ब्राइट बायोमेडिकल एडवांस्ड रिसर्च के प्रमुख थे।",  # no end to the name within three words
])
def test_no_person_after_an_honorific_without_a_name_and_an_end(pipe, text):
    assert not [t for t, s in people(pipe, text) if s == "titles"]
