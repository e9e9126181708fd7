"""The ner_short_names stage between the real gazetteer, agents and linker stages (no model, so every
short form found is the stage's)."""
import pytest

from pipeline.core.document import Document
from tests.conftest import stage_pipeline


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return stage_pipeline(tmp_path_factory, ["normalise", "sentences", "tokens", "ner_gazetteer", "ner_agents",
                                             "ner_short_names", "entity_linker"])


def short_forms(pipe, text):
    return [(e.text, e.canonical) for e in pipe(Document("d", text)).entities if e.source == "short_name"]


def test_a_family_name_that_is_a_hindi_word_is_the_person_before_ne(pipe):
    # ली ("took") is Li Keqiang after his full name, before ने; as a verb it stays a verb
    text = "चीन के प्रधानमंत्री ली कचियांग दिल्ली पहुंचे। ली ने कहा कि रिश्ते अच्छे हैं। उन्होंने जानकारी ली और चले गए।"
    assert short_forms(pipe, text) == [("ली", "Li Keqiang")]


def test_a_family_name_that_is_a_head_word_of_places_stands_before_ne_or_first_in_its_sentence(pipe):
    # पार्क heads place names ("नेहरू पार्क"): after "पार्क ग्युन-हे" it is she before ने and opening a sentence,
    # a park before में
    text = ("राष्ट्रपति पार्क ग्युन-हे चीन गईं। पार्क रविवार को बीजिंग पहुंची थीं। पार्क ने कहा कि रिश्ते अच्छे हैं। "
            "पार्क में लोग घूम रहे थे।")
    assert short_forms(pipe, text) == [("पार्क", "Park Geun-hye")] * 2


def test_a_surname_before_a_case_marker_takes_the_full_names_canonical(pipe):
    # the full name is found by the agents stage here, and the short form follows its canonical
    text = "विपक्षी नेता ग्रेगोर ज़ाम्बोस्की शनिवार को लौटे। रविवार को ज़ाम्बोस्की के समर्थकों ने रैली की।"
    assert short_forms(pipe, text) == [("ज़ाम्बोस्की", "ग्रेगोर ज़ाम्बोस्की")]


def test_a_surname_stands_for_the_person_before_a_date_too(pipe):
    # no case marker after it: the bare subject of a trip, before its date ("मुखर्जी रविवार को ... जाएंगे")
    text = "राष्ट्रपति प्रणब मुखर्जी शुक्रवार को अंकारा पहुंचे। मुखर्जी रविवार को इस्तांबुल जाएंगे।"
    assert short_forms(pipe, text) == [("मुखर्जी", "Pranab Mukherjee")]


def test_a_first_name_that_is_a_hindi_word_stands_first_in_its_sentence(pipe):
    # नवीन ("new") first in a sentence is the chief minister named in full before; inside one it is a word, and
    # first before a head word it names a place ("विजय कालोनी क्षेत्र")
    text = "ओडिशा के मुख्यमंत्री नवीन पटनायक ने स्टेडियम का उद्घाटन किया। नवीन फरवरी में राउरकेला जाएंगे। वहां नवीन भवन बनेगा।"
    assert short_forms(pipe, text) == [("नवीन", "Naveen Patnaik")]
    text = "विधायक विजय पाल राणा ने कहा। विजय कालोनी क्षेत्र में दुकानें खुलेंगी।"
    assert short_forms(pipe, text) == []


def test_a_name_word_that_is_a_hindi_word_stands_first_in_its_sentence_before_a_day(pipe):
    # मा and सलमान are common words, and a day name ends no name: first in the sentence, before the day, each is
    # the person named in full before ("मा बुधवार शाम ... पहुंचे")
    text = ("ताइवान के राष्ट्रपति मा यिंग-जियो ने गाम्बिया के राष्ट्रपति से बातचीत की। मा बुधवार शाम बांजुल पहुंचे थे। "
            "सऊदी अरब के युवराज सलमान बिन अब्दुलअज़ीज़ ने आबे से मुलाक़ात की। सलमान मंगलवार को जापान पहुंचे थे।")
    assert short_forms(pipe, text) == [("मा", "Ma Ying-jeou"), ("सलमान", "Salman of Saudi Arabia")]


def test_a_surname_with_an_apostrophe_is_one_name_word(pipe):
    text = "पापुआ न्यू गिनी के प्रधानमंत्री पीटर ओ'नील ने कहा। ओ'नील गुरुवार को ब्रिस्बेन पहुंचे।"
    assert short_forms(pipe, text) == [("ओ'नील", "Peter O'Neill")]


def test_li_first_in_its_clause_is_the_family_name(pipe):
    # ली ("took") is a listed family name (surnames.txt): first in its clause, or after "के बाद", it is Li Keqiang
    text = "चीन के प्रधानमंत्री ली केचियांग सोमवार को बुखारेस्ट पहुंचे। रोमानिया के बाद ली बुधवार को ताशकंद जाएंगे। उन्होंने जानकारी ली।"
    assert short_forms(pipe, text) == [("ली", "Li Keqiang")]


def test_a_last_word_with_a_glued_article_stands_without_it(pipe):
    # "अल-मलिकी" is "मलिकी" for short (ner.toml short_name_prefixes); the word alone before the full name is not
    text = "इराक़ के प्रधानमंत्री नूरी अल-मलिकी गुरुवार को तेहरान पहुंचे। मलिकी शुक्रवार को लौटेंगे।"
    assert short_forms(pipe, text) == [("मलिकी", "Nouri al-Maliki")]
    assert short_forms(pipe, "मलिकी शुक्रवार को लौटेंगे। इराक़ के प्रधानमंत्री नूरी अल-मलिकी गुरुवार को तेहरान पहुंचे।") == []


def test_a_surname_two_people_share_is_the_one_named_more_often_else_first(pipe):
    # blind193-01: the president is named first; his brother's name in passing does not take the bare surname
    text = ("राष्ट्रपति महिंदा राजपक्षे ने सोमवार को रंजन मथाई से मुलाक़ात की। बैठक में रक्षा सचिव गोटाभाया राजपक्षे भी "
            "मौजूद थे। सूत्रों के मुताबिक़ राजपक्षे ने कहा कि वे भारत आना चाहते हैं।")
    assert ("राजपक्षे", "Mahinda Rajapaksa") in short_forms(pipe, text)
    assert ("राजपक्षे", "Gotabaya Rajapaksa") not in short_forms(pipe, text)
    # named twice, the brother is the one the story is about
    text = ("रक्षा सचिव गोटाभाया राजपक्षे दिल्ली पहुंचे। राष्ट्रपति महिंदा राजपक्षे ने उन्हें भेजा है। गोटाभाया राजपक्षे"
            " ने एंटनी से बात की। राजपक्षे ने कहा कि रिश्ते अच्छे हैं।")
    assert ("राजपक्षे", "Gotabaya Rajapaksa") in short_forms(pipe, text)


@pytest.mark.parametrize("text", [
    "ली कचियांग दिल्ली पहुंचे। उन्होंने वहां की जानकारी ली और लौट गए।",  # a common word only before ने
    "ली ने कहा कि रिश्ते अच्छे हैं। बाद में ली कचियांग दिल्ली पहुंचे।",  # the short form before the full name
    "ग्रेगोर ज़ाम्बोस्की शनिवार को लौटे। फिर टीम ने मैच जीता।",  # no word of the name
])
def test_no_short_form_without_the_full_name_before_it(pipe, text):
    assert short_forms(pipe, text) == []


def test_a_surname_that_is_a_common_word_stands_after_a_source_phrase(pipe):
    # स्मिथ (a smith) is a listed surname and a common word: first in its clause after "के मुताबिक़" it is the
    # person (ner.toml short_name_openers), as it is first in a sentence
    text = "रक्षा मंत्री स्टीफ़न स्मिथ ने कहा। रक्षा विभाग के मुताबिक़ स्मिथ पिछले साल दिसंबर में नई दिल्ली गए थे।"
    assert [t for t, _ in short_forms(pipe, text)] == ["स्मिथ"]


def test_a_surname_that_is_a_common_word_stands_after_a_day_and_its_ko(pipe):
    # सिन्हा is a listed surname and a common word: after "शनिवार को" (ner.toml short_name_days) it opens the clause
    # as the trip's subject; after another word before को it does not ("राम को सिन्हा" is not the person)
    text = ("विदेश मंत्री यशवंत सिन्हा गुरुवार को जाफ़ना पहुंचे। शनिवार को सिन्हा किलिनोच्चि जाएंगे। "
            "अधिकारियों ने राम को सिन्हा परिवार के बारे में बताया।")
    assert [t for t, _ in short_forms(pipe, text)] == ["सिन्हा"]


def test_a_place_that_is_a_listed_persons_surname_is_the_person(pipe):
    # हेग is also The Hague (listed as a place); after "विलियम हेग" (a listed person) a bare हेग is the person
    text = ("ब्रिटेन के विदेश मंत्री विलियम हेग ने कहा कि बातचीत होगी। पातिन्यो और हेग इससे पहले न्यूयॉर्क में मिले थे।")
    assert short_forms(pipe, text) == [("हेग", "William Hague")]


@pytest.mark.parametrize("text", [
    "मामला हेग में अंतरराष्ट्रीय अदालत के सामने है। विदेश मंत्री विलियम हेग ने कहा कि बातचीत होगी।",  # the place first
    "विदेश मंत्री विलियम हेग ने कहा कि मामला हेग में अंतरराष्ट्रीय अदालत के सामने है।",  # a case of place after it
])
def test_a_place_named_like_a_person_stays_a_place_before_him_or_before_a_case_of_place(pipe, text):
    assert short_forms(pipe, text) == []


def test_a_first_name_that_is_a_hindi_word_is_the_person_before_a_speech_word(pipe):
    # सुधीर ("patient") stands for Sudhir Chaudhary before बताते, as before ने; not as an adjective
    text = ("पत्रकार सुधीर चौधरी ने कहा कि वे मैच देखेंगे। सुधीर बताते हैं कि वे साइकिल से आए। "
            "वह सुधीर स्वभाव के हैं।")
    assert short_forms(pipe, text) == [("सुधीर", "Sudhir Chaudhary")]


@pytest.fixture(scope="module")
def with_model(tmp_path_factory):
    return stage_pipeline(tmp_path_factory, ["normalise", "sentences", "tokens", "ner_gazetteer", "ner_model",
                                             "ner_short_names", "entity_linker"])


def test_a_model_place_run_on_into_a_direction_adjective_is_the_short_name_before_it(with_model):
    """The real model reads "राजपक्षे दक्षिणी" (before "शहर ग्वांगझू") as one place: the name of the person named
    before, and the adjective of the next place."""
    doc = with_model(Document("d", "श्रीलंका के राष्ट्रपति महिंदा राजपक्षे सोमवार को चीन पहुंचे। गुरुवार को राजपक्षे दक्षिणी "
                                   "शहर ग्वांगझू जाएंगे।"))
    found = {(e.text, e.label, e.canonical) for e in doc.entities if e.sent_id == 1}
    assert ("राजपक्षे", "PER", "Mahinda Rajapaksa") in found
    assert not any("दक्षिणी" in text for text, _, _ in found)


def test_a_first_word_before_another_persons_name_is_that_ones_title(with_model):
    """"पोप" of "पोप बेनेडिक्ट" stands for him alone, but before the name of another pope the real model reads, it
    is that pope's title (blind184-01)."""
    text = ("पोप बेनेडिक्ट सोलहवें मंगलवार को हवाना पहुंचे। पोप ने प्रार्थना सभा की। इससे पहले जनवरी 1998 में पोप जॉन"
            " पॉल द्वितीय क्यूबा आए थे।")
    found = [(e.text, e.canonical, e.sent_id) for e in with_model(Document("d", text)).entities if e.label == "PER"]
    assert ("पोप", "Pope Benedict XVI", 1) in found
    assert any(t.startswith("जॉन पॉल") and n == 2 for t, _, n in found)
    assert not any(c == "Pope Benedict XVI" and n == 2 for _, c, n in found)


def test_a_model_place_that_is_the_surname_of_a_person_named_before_is_the_person(with_model):
    """The real model reads the surname alone as a place ("अल-मुसल्लमी मंगलवार को तेहरान पहुंचे"); no table lists
    it, and a person of the story ends with it: that person. A listed place stays one (after "नीतीश कुमार")."""
    doc = with_model(Document("d", "ओमान के विदेश मंत्री यूसुफ़ अल-मुसल्लमी ने कहा कि बातचीत जारी रहेगी। अल-मुसल्लमी "
                                   "मंगलवार को तेहरान पहुंचे।"))
    found = {(e.text, e.label) for e in doc.entities if e.sent_id == 1}
    assert ("अल-मुसल्लमी", "PER") in found
    doc = with_model(Document("d", "मुख्यमंत्री नीतीश कुमार ने बैठक की। कुमार पटना पहुंचे।"))
    assert all(e.label == "LOC" for e in doc.entities if e.text == "पटना")


def test_a_hyphen_pair_of_two_people_named_in_full_is_the_two(with_model):
    """The real model reads a headline's pair "मनमोहन-ओबामा" as one name; each half is a word of a person the report
    names in full, after it: the two people."""
    doc = with_model(Document("d", "मनमोहन-ओबामा वार्ता: परमाणु बिजलीघर पर पहला क़रार\n\nप्रधानमंत्री मनमोहन सिंह ने "
                                   "शुक्रवार को व्हाइट हाउस में राष्ट्रपति बराक ओबामा से बातचीत की।"))
    found = {(e.text, e.label, e.canonical) for e in doc.entities if e.sent_id == 0}
    assert ("मनमोहन", "PER", "Manmohan Singh") in found and ("ओबामा", "PER", "Barack Obama") in found
    assert not any("-" in text for text, _, _ in found)
