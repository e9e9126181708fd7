"""The ner_institutions stage after the real gazetteer and model stages (real tokenizer, model, configs)."""
import pytest

from pipeline.core.document import Document
from tests.conftest import stage_pipeline


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return stage_pipeline(tmp_path_factory, ["normalise", "sentences", "tokens", "ner_gazetteer", "ner_model", "ner_institutions"])


def orgs(pipe, text):
    return [e.text for e in pipe(Document("d", text)).entities if e.label == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("मुंबई की मेरिल डायग्नोस्टिक्स प्राइवेट लिमिटेड ने टेस्ट किट का निर्माण शुरू कर दिया है।",
     "मेरिल डायग्नोस्टिक्स प्राइवेट लिमिटेड"),
    ("सनफार्मा की ओर से सन फार्मास्युटिकल्स इंडस्ट्रीज लि. ने सैनिटाइजर दिए।", "सन फार्मास्युटिकल्स इंडस्ट्रीज लि."),
])
def test_the_words_before_a_company_suffix_are_a_company(pipe, text, name):
    assert name in orgs(pipe, text)


def test_a_suffix_used_as_an_adjective_names_no_company(pipe):
    assert not [t for t in orgs(pipe, "उनकी हिंदी की समझ काफी लिमिटेड है।") if "लिमिटेड" in t]


@pytest.mark.parametrize("text, name", [
    ("दोनों इस समय एसआरएन अस्पताल में भर्ती हैं।", "एसआरएन अस्पताल"),
    ("कानपुर के जीएसवीएम मेडिकल कॉलेज की लैब से रिपोर्ट आई।", "जीएसवीएम मेडिकल कॉलेज"),
])
def test_an_acronym_before_an_institution_word_is_one_institution(pipe, text, name):
    assert name in orgs(pipe, text)


def test_a_kind_of_institution_is_not_a_name(pipe):
    assert not [t for t in orgs(pipe, "मरीज को पीएचसी अस्पताल ले जाया गया।") if "अस्पताल" in t]


def test_a_listed_acronym_keeps_its_own_span(pipe):
    doc = pipe(Document("d", "दिल्ली में एनसीडीसी अस्पताल में टेस्टिंग की व्यवस्था है।"))
    assert ("एनसीडीसी", "gazetteer") in [(e.text, e.source) for e in doc.entities if e.label == "ORG"]
    assert not [e for e in doc.entities if e.source == "institutions"]
