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


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    """The rule stages that run before ner_institutions in configs/default.toml, then it."""
    return stage_pipeline(tmp_path_factory, ["normalise", "sentences", "tokens", "ner_gazetteer", "ner_model",
                                             "ner_lists", "ner_places", "ner_titles", "ner_first_names",
                                             "ner_institutions"])


def named(pipe, text):
    return [(e.text, e.label) for e in pipe(Document("d", text)).entities if e.label in ("PER", "ORG", "LOC")]


@pytest.mark.parametrize("text, name, label", [
    ("शिव नाडर यूनिवर्सिटी के छात्रों ने विरोध किया।", "शिव नाडर यूनिवर्सिटी", "ORG"),
    ("मैच कलिंगा स्टेडियम में खेला जाएगा।", "कलिंगा स्टेडियम", "LOC"),
    ("विमान बीजू पटनायक अंतरराष्ट्रीय हवाई अड्डे पर उतरा।", "बीजू पटनायक अंतरराष्ट्रीय हवाई अड्डे", "LOC"),
    ("उन्हें गुरदासपुर सिविल अस्पताल ले जाया गया।", "गुरदासपुर सिविल अस्पताल", "ORG"),
    ("कोट्टायम मेडिकल कॉलेज अस्पताल में दो मरीज हैं।", "कोट्टायम मेडिकल कॉलेज अस्पताल", "ORG"),
    ("यात्री बलिया मॉडल रेलवे स्टेशन पर उतरे।", "बलिया मॉडल रेलवे स्टेशन", "LOC"),
    ("मरीज को सरदार वल्लभ भाई पटेल अस्पताल में भर्ती कराया गया।", "सरदार वल्लभ भाई पटेल अस्पताल", "ORG"),
    ("उन्हें वकोला पुलिस स्टेशन ले जाया गया।", "वकोला पुलिस स्टेशन", "ORG"),
])
def test_a_name_before_a_head_word_is_one_entity_of_the_heads_label(full, text, name, label):
    assert (name, label) in named(full, text)


def test_the_name_part_is_no_person_or_place_of_its_own(full):
    found = named(full, "वह सुषमा हॉस्पिटल में भर्ती हैं। उन्हें गुरदासपुर सिविल अस्पताल ले जाया गया।")
    assert ("सुषमा हॉस्पिटल", "ORG") in found
    assert not [t for t, label in found if label in ("PER", "LOC")]


@pytest.mark.parametrize("text", [
    "शहर के निजी अस्पताल में बेड खाली नहीं हैं।",
    "मरीजों को डेडिकेटेड अस्पताल भेजा गया।",
    "शेयर बाजार में गिरावट आई।",
    "तमिलनाडु का एक किशोर हवाई अड्डे पर जांच में बीमार मिला।",
])
def test_ordinary_words_before_a_head_name_no_institution(full, text):
    assert not [e for e in full(Document("d", text)).entities if e.source == "institutions"]


@pytest.mark.parametrize("text, name", [
    # words that name bodies in the knowledge base (रिसर्च, पब्लिक, हाई, रॉयल) inside a name belong to it
    ("टोरंटो में रॉटमैन रिसर्च इंस्टीट्यूट के डॉक्टर ने बताया।", "रॉटमैन रिसर्च इंस्टीट्यूट"),
    ("उसे गंगा पब्लिक स्कूल में क्वारंटाइन किया गया।", "गंगा पब्लिक स्कूल"),
    ("लेकिन संडरलैंड रॉयल हॉस्पिटल में सर्जन ने ऐसा किया।", "संडरलैंड रॉयल हॉस्पिटल"),
    # a nationality opens the name of a body
    ("ब्रिटिश फ़र्टिलिटी काउंसिल के अध्यक्ष ने कहा।", "ब्रिटिश फ़र्टिलिटी काउंसिल"),
    # English heads of bodies and companies
    ("एकता का प्रोडक्शन हाउस बालाजी टेलीफिल्म्स नई फ़िल्म बनाएगा।", "बालाजी टेलीफिल्म्स"),
])
def test_words_that_name_bodies_inside_a_name_belong_to_it(full, text, name):
    assert (name, "ORG") in named(full, text)


@pytest.mark.parametrize("text", [
    "बाल्टीमोर स्थित जॉन्स हॉप्किन्स विश्वविद्यालय ने यह जानकारी दी।",  # "स्थित" names no body
    "कोरोनावायरस के खतरे को भांपते हुए अस्पताल प्रशासन ने वार्ड बनाए।",
])
def test_ordinary_words_that_name_no_body_end_the_name(full, text):
    found = [t for t, label in named(full, text) if label == "ORG"]
    assert not [t for t in found if "स्थित" in t or "हुए" in t]


def test_a_known_person_who_went_to_a_hospital_stays_a_person(full):
    found = named(full, "प्रधानमंत्री नरेंद्र मोदी अस्पताल पहुंचे।")
    assert ("नरेंद्र मोदी", "PER") in found
    assert not [t for t, label in found if label == "ORG"]


def test_a_known_person_after_a_title_names_no_hospital(full):
    found = named(full, "अभिनेता अमिताभ बच्चन अस्पताल में भर्ती हैं।")
    assert not [t for t, label in found if label == "ORG"]


def test_a_place_before_a_name_says_where_it_is(full):
    found = named(full, "इलाज के लिए भी नहीं गए दिल्ली देवी रोड निवासी महेश ने बताया।")
    assert not [t for t, _ in found if t.startswith("दिल्ली देवी")]


def test_a_department_named_by_its_field_alone_is_an_organisation(full):
    assert ("नगर विकास विभाग", "ORG") in named(full, "इस बारे में नगर विकास विभाग ने आदेश जारी किया।")


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री कार्यालय ने एक बयान में कहा कि राज्य में लॉकडाउन जारी रहेगा।",
    "मुख्यमंत्री कार्यालय के अनुसार बैठक में सभी जिलों के अधिकारी शामिल हुए।",
])
def test_a_chief_ministers_office_is_one_organisation_over_the_models_part_of_it(full, text):
    # the model tags only "कार्यालय"; the office is the whole
    found = named(full, text)
    assert ("मुख्यमंत्री कार्यालय", "ORG") in found and ("कार्यालय", "ORG") not in found


@pytest.mark.parametrize("name", ["उद्योग विभाग", "ऊर्जा विभाग", "जल संसाधन विभाग", "लोक निर्माण विभाग", "आपदा प्रबंधन विभाग"])
def test_more_fields_of_a_states_departments(full, name):
    assert (name, "ORG") in named(full, f"राज्य के {name} के अधिकारियों ने सोमवार को बैठक की।")


def test_a_department_of_a_hospital_is_no_organisation(full):
    found = named(full, "मेडिसिन विभाग के डॉक्टरों ने मरीज की जांच की।")
    assert not [t for t, label in found if label == "ORG" and "मेडिसिन" in t]


@pytest.mark.parametrize("text, name", [
    ("एशियाई एथलेटिक्स महासंघ ने प्रतियोगिता रद्द कर दी।", "एशियाई एथलेटिक्स महासंघ"),
    ("इटेलियन फुटबॉल फेडरेशन ने लिखा कि मैच नहीं होंगे।", "इटेलियन फुटबॉल फेडरेशन"),
])
def test_a_qualified_sports_body_is_an_organisation(full, text, name):
    assert (name, "ORG") in named(full, text)


def test_a_sports_body_without_a_qualifier_names_none(full):
    assert not [e for e in full(Document("d", "फुटबॉल लीग के मैच टल गए।")).entities if e.source == "institutions"]


def test_a_railway_station_is_not_the_railways_but_the_railways_are(full):
    assert not [t for t, label in named(full, "भीड़ वाले इलाके जैसे बस स्टैंड, रेलवे स्टेशन पर जाने से बचें।")
                if t == "रेलवे"]
    assert ("रेलवे", "ORG") in named(full, "रेलवे ने सभी यात्री ट्रेनें रद्द कर दीं।")


def test_a_bad_line_in_the_name_heads_table_is_reported_with_its_place(tmp_path):
    from pipeline.stages.ner_institutions import read_name_heads
    path = tmp_path / "name_heads.tsv"
    path.write_text("# heads\nअस्पताल\thead\tORG\nस्टेडियम\thaed\tLOC\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"name_heads.tsv:3"):
        read_name_heads(path)
    with pytest.raises(FileNotFoundError):
        read_name_heads(tmp_path / "missing.tsv")


def test_a_model_span_ending_in_a_head_word_takes_the_heads_label(full):
    from pipeline.core.document import Entity
    stage = [s for s in full.stages if s.name == "ner_institutions"][0].run
    e = Entity(0, 8, "मंडी चौक", "PER", source="model")
    stage._person_with_a_head(e)
    assert e.label == "LOC"
    listed = Entity(0, 8, "मंडी चौक", "PER", source="gazetteer")
    stage._person_with_a_head(listed)
    assert listed.label == "PER"
    park = Entity(0, 19, "सुपर स्पोर्ट्स पार्क", "ORG", source="model")
    stage._person_with_a_head(park)
    assert park.label == "LOC"
    police = Entity(0, 19, "वकोला पुलिस स्टेशन", "LOC", source="model")
    stage._person_with_a_head(police)
    assert police.label == "ORG"  # the longest head, पुलिस स्टेशन, not स्टेशन


def test_the_centre_first_in_its_clause_is_the_union_government(full):
    doc = full(Document("d", "केंद्र ने राज्यों से कहा है कि वे सख्ती बरतें।"))
    assert [(e.text, e.canonical) for e in doc.entities if e.label == "ORG"] == [("केंद्र", "Government of India")]
    for text in ("मरीजों को जांच केंद्र के बाहर रोका गया।", "लक्षण दिखें तो नजदीकी स्वास्थ्य केंद्र को सूचना दें।",
                 "उसे क्वारंटाइन केंद्र से अस्पताल भेजा गया।"):
        assert not [e for e in full(Document("d", text)).entities if e.label == "ORG" and "केंद्र" in e.text]


@pytest.mark.parametrize("text, name", [
    ("अधिकारियों ने बताया कि ओडिशा माइनिंग कॉर्पोरेशन और एक ऑस्ट्रेलियाई कंपनी के बीच करार होगा।", "ओडिशा माइनिंग कॉर्पोरेशन"),
    ("इस परियोजना के लिए पंचेश्वर विकास प्राधिकरण की बैठक टल गई।", "पंचेश्वर विकास प्राधिकरण"),
])
def test_a_corporation_or_authority_with_a_name_before_it_is_one_body(pipe, text, name):
    assert name in orgs(pipe, text)


@pytest.mark.parametrize("text, name", [
    ("बैठक के बाद कर्नाटक कौशल विकास निगम और एक स्विस संस्था के बीच सहमति पत्र पर हस्ताक्षर किए गए।", "कर्नाटक कौशल विकास निगम"),
    ("इससे पहले कर्नाटक वक्फ बोर्ड ने राज्य की सभी मस्जिदों को निर्देश दिया।", "कर्नाटक वक्फ बोर्ड"),
    # the name opens with the place: the words before it are no part of it
    ("परीक्षाएं कोरोना की वजह स्थगित हुई उत्तराखंड बोर्ड की परीक्षाएं अब जून में होंगी।", "उत्तराखंड बोर्ड"),
])
def test_a_places_corporation_or_board_is_one_body(pipe, text, name):
    assert name in orgs(pipe, text)


@pytest.mark.parametrize("text", ["कंपनी के एग्जीक्यूटिव बोर्ड ने फैसला किया।", "शहर को सैनिटाइज करेगा निगम।",
                                  "रसोई में चॉपिंग बोर्ड को साफ रखें।"])
def test_a_board_or_corporation_of_no_named_place_is_no_body(pipe, text):
    assert not [t for t in orgs(pipe, text) if "बोर्ड" in t or "निगम" in t]


@pytest.mark.parametrize("text", ["इसकी सूचना संबंधित स्थानीय प्राधिकरण को दी जाए।", "विकास प्राधिकरण ने नक्शा पास किया।"])
def test_a_kind_of_authority_is_no_body(pipe, text):
    assert not [t for t in orgs(pipe, text) if "प्राधिकरण" in t]


@pytest.mark.parametrize("text, name", [
    ("राजधानी में ब्राज़ील की खनन कंपनी वालेबरास और एक स्थानीय फर्म के बीच करार हुआ।", "वालेबरास"),
    ("सरकारी समाचार एजेंसी क्वेनटाना ने बताया कि बातचीत जारी है।", "क्वेनटाना"),
    ("जापान की कंपनी एमकेटीएल के साथ करार पर दस्तख़त हुए।", "एमकेटीएल"),
])
def test_an_unknown_name_after_a_kind_of_body_is_that_body(pipe, text, name):
    assert name in orgs(pipe, text)


@pytest.mark.parametrize("text, name", [
    ("दक्षिणी प्रांत की राजधानी क्वेनटाना में विरोध प्रदर्शन हुए।", "क्वेनटाना"),
    ("राष्ट्रपति बंदरगाह शहर वालेबरास से रवाना हुए।", "वालेबरास"),
    # a place's name may end at a motion verb (ner.toml place_name_enders), a body's may not
    ("प्रधानमंत्री सोमवार को देश की प्रशासनिक राजधानी क्वेनटाना पहुंचे।", "क्वेनटाना"),
    ("अगले दिन वे तटीय शहर वालेबरास जाएंगे।", "वालेबरास"),
])
def test_an_unknown_name_after_a_kind_of_place_is_a_place(pipe, text, name):
    assert name in [e.text for e in pipe(Document("d", text)).entities if e.label == "LOC"]


@pytest.mark.parametrize("text", [
    "उनकी कंपनी वेंटिलेटर आदि बनाने का काम करती है।",  # the words go on: no name
    "कंपनी के अधिकारियों ने बताया कि काम जारी है।",  # a case marker at once: no name
    "तेल कंपनी वालेबरास पहुंची।",  # a motion verb ends a place's name, not a body's
])
def test_ordinary_words_after_a_kind_of_body_name_none(pipe, text):
    assert not [t for t in orgs(pipe, text) if "कंपनी" not in t and t not in ("",)], orgs(pipe, text)


@pytest.mark.parametrize("text, name", [
    ("बीडीपी सांसदों का एक दल उत्तरी इराक़ पहुंचा।", "बीडीपी"),
    ("सीएनआरपी के उपाध्यक्ष को पद मिला।", "सीएनआरपी"),
    ("इससे पहले एडब्ल्यूएस के एक प्रतिनिधिमंडल ने मुख्यमंत्री से मुलाकात की।", "एडब्ल्यूएस"),
])
def test_an_acronym_before_a_bodys_people_or_posts_is_that_body(pipe, text, name):
    assert name in orgs(pipe, text)


@pytest.mark.parametrize("text", [
    "सीडीओ ने बताया कि काम जारी है।",  # a post written as letters, and before ने only
    "आरटीआई कार्यकर्ताओं ने धरना दिया।",  # an act, a common abbreviation
    "एसपी के अधिकारियों ने जांच की।",  # a post (titles)
])
def test_no_body_of_a_post_an_act_or_an_acronym_before_ne(pipe, text):
    assert orgs(pipe, text) == []


@pytest.mark.parametrize("text, name", [
    # English "and" inside a name (ner.toml and_words): the words after it, up to a case marker, are the name's,
    # over a listed shorter name and a place inside it
    ("श्रीनगर के एक होटल में कश्मीर चैंबर ऑफ कॉमर्स एंड इंडस्ट्री के प्रतिनिधियों ने मुलाकात की।",
     "कश्मीर चैंबर ऑफ कॉमर्स एंड इंडस्ट्री"),
    ("असम के सिल्चर मेडिकल कॉलेज एंड हॉस्पिटल में 65 वर्षीय व्यक्ति की मौत हो गई।", "सिल्चर मेडिकल कॉलेज एंड हॉस्पिटल"),
])
def test_the_words_after_an_english_and_inside_a_name_are_the_names(pipe, text, name):
    assert name in orgs(pipe, text)


def test_an_english_and_after_no_organisation_joins_nothing(pipe):
    assert not any("एंड" in o for o in orgs(pipe, "बाजार में यूज एंड थ्रो जैसी चीजें बिकती हैं।"))


@pytest.mark.parametrize("text, name, place", [
    ("यह अध्ययन इंस्टिट्यूट ऑफ़ जेनोमिक्स एंड इंटिग्रेटिव बायोलॉजी के वैज्ञानिकों ने किया।",
     "इंस्टिट्यूट ऑफ़ जेनोमिक्स एंड इंटिग्रेटिव बायोलॉजी", None),
    # the place right after "ऑफ" is the name's; one after the name is where it is
    ("यूनिवर्सिटी ऑफ़ ऑकलैंड के शोधकर्ताओं ने बताया।", "यूनिवर्सिटी ऑफ़ ऑकलैंड", None),
    ("नमूने नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी पुणे भेजे गए।", "नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी", "पुणे"),
    # words that name bodies (the knowledge base's name_part_words) before the head are the name's
    ("हैकर्स शिकार बना सकते हैं। फेडरल ब्यूरो ऑफ इन्वेस्टिगेशन (एफबीआई) ने चेतावनी दी।", "फेडरल ब्यूरो ऑफ इन्वेस्टिगेशन", None),
])
def test_an_english_head_before_of_names_a_body(pipe, text, name, place):
    doc = pipe(Document("d", text))
    assert name in [e.text for e in doc.entities if e.label == "ORG"]
    assert [e.text for e in doc.entities if e.label == "LOC"] == ([place] if place else [])


def test_a_name_before_a_newspapers_head_is_the_newspaper(pipe):
    doc = pipe(Document("d", "अख़बार न्यूज़ीलैंड हेराल्ड के मुताबिक़ यह द्वीप फिर उभर आया है, वैज्ञानिक जर्नल में यह छपा है।"))
    assert [e.text for e in doc.entities if e.label == "ORG"] == ["न्यूज़ीलैंड हेराल्ड"]  # "वैज्ञानिक जर्नल" names none
    assert not [e for e in doc.entities if e.label == "LOC"]
