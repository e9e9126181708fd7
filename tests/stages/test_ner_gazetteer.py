"""The ner_gazetteer stage on the real gazetteers (configs/gazetteers), through the real
normaliser, sentence splitter and tokenizer, with the entity linker after it."""
import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from tests.conftest import BASIC_STAGES, make_config


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return build(load_config(make_config(tmp_path_factory.mktemp("cfg"), BASIC_STAGES, [])))


def named(pipe, text):
    doc = pipe(Document("d", text))
    return [(e.text, e.label, e.canonical) for e in doc.entities if e.label in ("PER", "ORG", "LOC")]


def linked(ents, label: str) -> dict[str, str]:
    """Surface -> canonical of the entities of one label."""
    return {text: canonical for text, lab, canonical in ents if lab == label}


def test_generic_alias_qualified_by_a_foreign_demonym_or_country_is_not_indian(pipe):
    ents = named(pipe, "पाकिस्तानी संसद ने और पाकिस्तान की संसद ने प्रस्ताव पास किया। जापान संसद भंग हुई।")
    assert ents == [
        ("पाकिस्तानी संसद", "ORG", "Parliament of Pakistan"),
        ("पाकिस्तान की संसद", "ORG", "Parliament of Pakistan"),  # one organisation, however worded
        ("जापान संसद", "ORG", "Parliament of Japan"),
    ]


def test_qualified_generic_alias_takes_the_row_of_another_wording_or_the_government_name(pipe):
    ents = named(pipe, "रूसी संसद और रूस की संसद तथा अमेरिका की संसद ने कहा। अमेरिकी सुप्रीम कोर्ट ने फैसला दिया।")
    assert ("रूसी संसद", "ORG", "Federal Assembly (Russia)") in ents
    assert ("रूस की संसद", "ORG", "Federal Assembly (Russia)") in ents
    assert ("अमेरिका की संसद", "ORG", "United States Congress") in ents  # the row of "अमेरिकी संसद"
    assert ("अमेरिकी सुप्रीम कोर्ट", "ORG", "Supreme Court of the United States") in ents
    assert not [e for e in ents if e[2] in ("Parliament of India", "Supreme Court of India")]


def test_a_senate_is_the_united_states_one_unless_another_country_qualifies_it(pipe):
    ents = named(pipe, "सीनेट में बहस हुई। पाकिस्तान की सीनेट ने प्रस्ताव पास किया।")
    assert ("सीनेट", "ORG", "United States Senate") in ents
    assert ("पाकिस्तान की सीनेट", "ORG", "Senate of Pakistan") in ents


def test_generic_alias_other_institutions(pipe):
    ents = named(pipe, "चीन के स्वास्थ्य मंत्रालय ने बताया। पाकिस्तानी नौसेना ने अभ्यास किया।")
    assert ents == [("चीन के स्वास्थ्य मंत्रालय", "ORG", "Ministry of Health of China"),
                    ("पाकिस्तानी नौसेना", "ORG", "Pakistan Navy")]  # a row naming it wins over the template


def test_generic_alias_alone_or_qualified_by_india_or_a_state_stays_indian(pipe):
    ents = named(pipe, "संसद का सत्र शुरू हुआ। भारत की संसद में और भारतीय संसद में चर्चा हुई। "
                       "उत्तर प्रदेश के संसद सदस्यों ने कहा।")
    parl = [e for e in ents if e[1] == "ORG"]
    assert parl == [("संसद", "ORG", "Parliament of India")] * 2 + [("भारतीय संसद", "ORG", "Parliament of India"),
                                                                 ("संसद", "ORG", "Parliament of India")]
    assert ("भारत", "LOC", "India") in ents and ("उत्तर प्रदेश", "LOC", "Uttar Pradesh") in ents


def test_country_without_a_government_row_leaves_the_span_unlinked(pipe):
    # Vanuatu is a country (countries.tsv) with no row in governments.tsv: no guessed English title.
    assert named(pipe, "वनुआतू की संसद में बहस हुई।") == [("वनुआतू की संसद", "ORG", "वनुआतू की संसद")]


def test_title_glued_to_a_name_is_found(pipe):
    raw = "पीएम\u200dमोदी ने आज बैठक की। सीएमयोगी ने कहा। पीएमओ ने बयान जारी किया।"
    doc = pipe(Document("d", raw))
    people = [e for e in doc.entities if e.label == "PER"]
    assert [(e.text, e.canonical) for e in people] == [("मोदी", "Narendra Modi"), ("योगी", "Yogi Adityanath")]
    for e in people:  # offsets map back to the text as read (the zero-width joiner dropped on the way)
        start, end = doc.to_original(e.start, e.end)
        assert raw[start:end] == e.text
    assert [(e.text, e.canonical) for e in doc.entities if e.label == "ORG"] == [("पीएमओ", "Prime Minister's Office (India)")]


def test_bare_generic_alias_is_the_institution_it_was_last_qualified_as(pipe):
    ents = named(pipe, "रूसी संसद ने समझौते को मंजूरी दी। संसद के निचले सदन ने भी वोट दिया। "
                       "भारतीय संसद में बहस हुई। संसद का सत्र खत्म हुआ।")
    parl = [(t, c) for t, l, c in ents if l == "ORG"]
    assert parl == [("रूसी संसद", "Federal Assembly (Russia)"), ("संसद", "Federal Assembly (Russia)"),
                    ("भारतीय संसद", "Parliament of India"), ("संसद", "Parliament of India")]


def test_government_of_a_country_with_a_possessive(pipe):
    ents = named(pipe, "रूस की सरकार ने बयान जारी किया।")
    assert ents == [("रूस की सरकार", "ORG", "Government of Russia")]


def test_no_gazetteer_match_inside_a_phrase_that_names_nothing(pipe):
    ents = named(pipe, "कैबिनेट सचिव ने बैठक की। आरटी-पीसीआर जांच हुई। केंद्रीय कैबिनेट ने मंजूरी दी। आरटी ने खबर दी।")
    assert [(t, c) for t, l, c in ents if l == "ORG"] == [("केंद्रीय कैबिनेट", "Union Council of Ministers"),
                                                          ("आरटी", "RT (TV network)")]


def test_a_place_and_an_institution_word_after_it_are_an_organisation(pipe):
    ents = named(pipe, "मरीज बॉम्बे अस्पताल में भर्ती है। मेरठ पुलिस ने कहा। आगरा मंडल में 50 मामले हैं।")
    # Meerut stays a place inside the name of its police (no row names the force); Bombay Hospital
    # (Mumbai's or Indore's) is only named after Mumbai
    assert ents == [("बॉम्बे अस्पताल", "ORG", "बॉम्बे अस्पताल"), ("मेरठ", "LOC", "Meerut"),
                    ("मेरठ पुलिस", "ORG", "मेरठ पुलिस"), ("आगरा", "LOC", "Agra")]


def test_a_port_trust_a_stock_exchange_and_a_board_after_a_place_are_organisations(pipe):
    ents = named(pipe, "कोलकाता पोर्ट ट्रस्ट और बंबई स्टॉक एक्सचेंज के बीच करार हुआ। यूपी बोर्ड ने नतीजे जारी किए।")
    assert [(t, l) for t, l, c in ents if l == "ORG"] == [("कोलकाता पोर्ट ट्रस्ट", "ORG"), ("बंबई स्टॉक एक्सचेंज", "ORG"),
                                                          ("यूपी बोर्ड", "ORG")]


def test_an_agency_credited_in_brackets_by_a_common_word(pipe):
    ents = named(pipe, "नयी दिल्ली, चार मार्च (भाषा) देशभर में मामले बढ़े। इस भाषा में लिखा गया।")
    assert ents == [("नयी दिल्ली", "LOC", "New Delhi"), ("भाषा", "ORG", "Press Trust of India")]


def test_part_of_a_hyphen_joined_compound_is_no_name(pipe):
    # "जन-जागरण" (public awareness) holds the newspaper's name जागरण; "सही-सलामत" (safe and sound)
    # a place's. A compound of names keeps both names: भारत-पाकिस्तान, आगरा-दिल्ली.
    ents = named(pipe, "प्रशासन ने जन-जागरण अभियान चलाया। सभी सही-सलामत लौटे। दैनिक जागरण ने खबर छापी।")
    assert ents == [("दैनिक जागरण", "ORG", "Dainik Jagran")], ents
    ents = named(pipe, "भारत-पाकिस्तान सीमा पर और आगरा-दिल्ली हाईवे पर तनाव है।")
    assert [e[2] for e in ents] == ["India", "Pakistan", "Agra", "Delhi"], ents
    ents = named(pipe, "पीएम मोदी-राष्ट्रपति पुतिन की बैठक हुई।")  # a person joined to a title
    assert ("मोदी", "PER", "Narendra Modi") in ents, ents


def test_people_of_film_sport_and_letters_are_known(pipe):
    # The knowledge base's people of sport, film, music and letters (people.tsv), as features name them.
    ents = named(pipe, "उन्होंने अमरीश पुरी और प्रेम चोपड़ा के लिए आवाज़ दी। दक्षिण अफ़्रीका के डेल स्टेन ने तीन विकेट लिए। "
                       "मन्नू भंडारी का उपन्यास महाभोज मंच पर आया।")
    people = linked(ents, "PER")
    assert people["प्रेम चोपड़ा"] == "Prem Chopra"
    assert people["डेल स्टेन"] == "Dale Steyn"
    assert people["मन्नू भंडारी"] == "Mannu Bhandari"


def test_places_abroad_of_world_news_are_known_and_ordinary_words_stay_words(pipe):
    # cities_world.tsv and places_abroad.tsv, round 2: spellings GeoNames lacks ("थियानजिन"), towns of summits.
    ents = named(pipe, "वांग यी थियानजिन से अरूशा पहुंचे। फ़्रांस के राष्ट्रपति शार्ल द गॉल ने भाषण दिया। "
                       "सरकार ने ज़मीन लीज पर दी।")
    places = linked(ents, "LOC")
    assert places["थियानजिन"] == "Tianjin"
    assert places["अरूशा"] == "Arusha"
    assert ("शार्ल द गॉल", "PER", "Charles de Gaulle") in ents  # no Galle (गॉल) inside the name
    assert "लीज" not in places  # "on lease", not Liège
