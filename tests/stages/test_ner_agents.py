"""The ner_agents stage after the real gazetteer (real tokenizer and word lists; no model, so every
person found here is the stage's)."""
import pytest

from pipeline.core.document import Document
from tests.conftest import stage_pipeline


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return stage_pipeline(tmp_path_factory, ["normalise", "sentences", "tokens", "ner_gazetteer", "ner_agents"])


def agents(pipe, text):
    return [e.text for e in pipe(Document("d", text)).entities if e.source == "agents"]


@pytest.mark.parametrize("text, name", [
    ("सम्मेलन के बाद ग्रेगोर ज़ाम्बोस्की ने पत्रकारों को बताया कि बातचीत अच्छी रही।", "ग्रेगोर ज़ाम्बोस्की"),
    ("इस पर लुसियाना फेरांटे ओकाम्पो ने कहा कि देश तैयार है।", "लुसियाना फेरांटे ओकाम्पो"),
])
def test_unknown_words_before_ne_are_a_person(pipe, text, name):
    assert agents(pipe, text) == [name]


@pytest.mark.parametrize("text", [
    "इस बार कोरोना ने सबको डरा दिया।",  # one word is not enough
    "इस साल महामारी ने लोगों को घर में रखा।",  # ordinary Hindi words
    "पोल्ट्री प्रजनकों ने नुकसान की शिकायत की।",  # a plural common noun
    "ईएमटी मनोहरन ने मरीज को अस्पताल पहुंचाया।",  # an acronym is a post, not a name word
    "बीबीसी हिंदी ने यह ख़बर दी।",  # already a listed entity
    "कल शाम लुसियाना ग्रेगोर ज़ाम्बोस्की फ़ेरांटे ओकाम्पो ने कहा।",  # five unknown words: longer than a name
])
def test_no_person_without_two_to_four_unknown_name_words(pipe, text):
    assert agents(pipe, text) == []


@pytest.mark.parametrize("text, name", [
    ("डॉक्टर ग्रेगोर ज़ाम्बोस्की का कहना है कि टीका सुरक्षित है।", "ग्रेगोर ज़ाम्बोस्की"),
    ("प्रवक्ता लुसियाना ओकाम्पो के मुताबिक़ बैठक टल गई।", "लुसियाना ओकाम्पो"),
    # a speaker in the present tense
    ("बाज़ार के जानकार ग्रेगोर ज़ाम्बोस्की कहते हैं, \"निवेशक घबराए हुए हैं।\"", "ग्रेगोर ज़ाम्बोस्की"),
    ("संस्था से जुड़ी लुसियाना ओकाम्पो बताती हैं कि हालात सुधरे हैं।", "लुसियाना ओकाम्पो"),
])
def test_unknown_words_before_a_speakers_cue_are_a_person(pipe, text, name):
    assert agents(pipe, text) == [name]


def test_what_a_thing_is_called_is_no_speaker(pipe):
    # "X को Y कहते हैं": Y is a name for X, not someone speaking
    assert agents(pipe, "वायरस अपना रूप बदलता है। इसी बदलाव को जीनोम सीक्वेंस कहते हैं।") == []


@pytest.mark.parametrize("text, names", [
    ("अमरीका में तैनात राजनयिक देवयानी खोबरागड़े शुक्रवार को भारत लौटीं।", ["देवयानी खोबरागड़े"]),
    ("राष्ट्रपति ने विपक्षी नेताओं विताली क्लिच्को, ग्रेगोर ज़ाम्बोस्की और ओलेग त्रोफ़िमचुक से बात की।",
     ["विताली क्लिच्को", "ग्रेगोर ज़ाम्बोस्की", "ओलेग त्रोफ़िमचुक"]),
    # the list goes on past a name the gazetteer has (Arseniy Yatsenyuk)
    ("राष्ट्रपति ने विपक्षी नेताओं विताली क्लिच्को, आर्सेनी यात्सेन्युक और ओलेग त्रोफ़िमचुक से बात की।",
     ["विताली क्लिच्को", "ओलेग त्रोफ़िमचुक"]),
])
def test_unknown_words_after_a_post_are_a_person_and_a_list_goes_on(pipe, text, names):
    assert agents(pipe, text) == names


@pytest.mark.parametrize("text", [
    "नेता कल शाम दिल्ली पहुंचे।",  # ordinary words after the post
    "प्रवक्ता ग्रेगोर ज़ाम्बोस्की फ़ेरांटे ओकाम्पो शुक्रवार को आए।",  # four unknown words: no name of three
])
def test_no_person_after_a_post_without_two_or_three_unknown_words(pipe, text):
    assert agents(pipe, text) == []


def test_a_name_after_a_post_ends_at_a_place_found_already(pipe):
    """"नेता [ग्रेगोर ज़ाम्बोस्की] [विलनियस] हवाई अड्डे": the gazetteer's place ends the person's name."""
    assert agents(pipe, "विपक्षी नेता ग्रेगोर ज़ाम्बोस्की विलनियस हवाई अड्डे पर उतरे।") == ["ग्रेगोर ज़ाम्बोस्की"]


@pytest.mark.parametrize("text, names", [
    # a glued hyphen and a particle inside a foreign name; the first word may be a Hindi word then (नूरी)
    ("इराक़ के प्रधानमंत्री नूरी अल-मालिकी के प्रवक्ता ने बयान जारी किया।", ["नूरी अल-मालिकी"]),
    ("आयोग की अध्यक्ष ग्रेगोरिया ओकाम्पो-फ़ेरांटे ने भाषण दिया।", ["ग्रेगोरिया ओकाम्पो-फ़ेरांटे"]),
    ("क़तर के राजदूत ग्रेगोर बिन ज़ाम्बोस्की आए।", ["ग्रेगोर बिन ज़ाम्बोस्की"]),
    # posts of foreign news: a vice-president, a king
    ("पार्टी के उपाध्यक्ष वेम सोखारा को पद मिला।", ["वेम सोखारा"]),
    ("राजा नोरोदन सिहामोर की पहल पर बैठक हुई।", ["नोरोदन सिहामोर"]),
    # a counterpart named after the word ("अपने समकक्ष X के साथ"), a company's chairman, a senator
    ("उन्होंने अपने समकक्ष ग्रेगोर ज़ाम्बोस्की के साथ बातचीत की।", ["ग्रेगोर ज़ाम्बोस्की"]),
    ("कंपनी के चेयरमैन ग्रेगोर ज़ाम्बोस्की समेत कई लोग आए।", ["ग्रेगोर ज़ाम्बोस्की"]),
    ("रिपब्लिकन सीनेटर लुसियाना ओकाम्पो अगले हफ़्ते आएंगी।", ["लुसियाना ओकाम्पो"]),
])
def test_names_after_foreign_posts_with_hyphens_and_particles(pipe, text, names):
    assert agents(pipe, text) == names


@pytest.mark.parametrize("text", [
    "नेता जन-जागरण अभियान में शामिल हुए।",  # a hyphenated Hindi compound is no name
    "राजा अल सुबह निकले।",  # a particle needs an unknown word after it
])
def test_hyphens_and_particles_make_no_name_of_ordinary_words(pipe, text):
    assert agents(pipe, text) == []


@pytest.mark.parametrize("text, names", [
    # a word of middling frequency (फ़िशर, यान) beside one no list has makes up a two-word name
    ("वहां ऑस्ट्रिया के राष्ट्रपति हाइंत्स फ़िशर से भेंट हुई।", ["हाइंत्स फ़िशर"]),
    ("संयुक्त राष्ट्र के विशेष दूत यान कुबिरोव भी मौजूद थे।", ["यान कुबिरोव"]),
    # ... never a third word ("दस्तख़त" is the signature, not the name), and never one of the commonest words
    ("अमरीकी राजदूत ग्रेगोर ज़ाम्बोस्की दस्तख़त करेंगे।", ["ग्रेगोर ज़ाम्बोस्की"]),
    ("पार्टी के नेता जोश के साथ दिल्ली पहुंचे।", []),
])
def test_a_middling_hindi_word_after_a_post_makes_up_a_foreign_name(pipe, text, names):
    assert agents(pipe, text) == names


@pytest.mark.parametrize("text, names", [
    # a middle initial, one English letter name with or without its full stop, between two name words
    ("जर्मनी के राजदूत वाल्टर जे क्लेमेंस्की सोमवार को तिरुवनंतपुरम पहुंचे।", ["वाल्टर जे क्लेमेंस्की"]),
    ("अमेरिका के राजदूत केनेथ आई. जस्टर बुधवार को गुवाहाटी पहुंचे।", ["केनेथ आई. जस्टर"]),
    # ... not a letter after a full name, nor an acronym of several letters
    ("राजदूत ग्रेगोर ज़ाम्बोस्की जे के साथ पहुंचे।", ["ग्रेगोर ज़ाम्बोस्की"]),
    ("राजदूत वाल्टर जेके क्लेमेंस्की पहुंचे।", []),
])
def test_a_middle_initial_inside_a_name_after_a_post(pipe, text, names):
    assert agents(pipe, text) == names


def test_unknown_words_before_the_marker_of_a_meeting_are_a_person(pipe):
    assert agents(pipe, "नौसेना प्रमुख ने लुसियाना ओकाम्पो से मुलाक़ात की।") == ["लुसियाना ओकाम्पो"]
    assert agents(pipe, "बंदरगाह न्यास क्रूज कंपनी ज़ाम्बोस्की ओकाम्पो से बात कर रहा है।") == []  # talks, not a meeting


@pytest.mark.parametrize("text, names", [
    # beside a listed person, joined by और
    ("लगभग दो साल में इल्हाम अलीयेव और सेर्ज़ सर्गुनियान की यह पहली सीधी मुलाक़ात थी।", ["सेर्ज़ सर्गुनियान"]),
    # a list of people each after "<country> के", the first one listed
    ("सह-अध्यक्षों, अमरीका के व्लादिमीर पुतिन, रूस के इगोर पोपोव और फ़्रांस के ज़ाक फ़ोर, ने बयान जारी किया।",
     ["इगोर पोपोव", "ज़ाक फ़ोर"]),
    # the list may end in a particle before its verb (bbc-hindi-raw: "शाहरुख़ ख़ान और गुरिंदर चड्ढा भी मौजूद थे")
    ("फ़िल्म के प्रीमियर पर व्लादिमीर पुतिन और गुरिंदर चड्ढा भी मौजूद थे।", ["गुरिंदर चड्ढा"]),
])
def test_unknown_names_listed_beside_a_person_are_people(pipe, text, names):
    assert agents(pipe, text) == names


@pytest.mark.parametrize("text", [
    "प्रमुख अधीक्षक डॉ. व्लादिमीर पुतिन और रैपिड रिस्पॉन्स टीम ने लोगों की जांच की।",  # the words go on: a team
    "- व्लादिमीर पुतिन, मिष्ठान विक्रेता\nमाल बनाना कम किया।",  # in apposition: what the person is
])
def test_no_person_from_words_beside_a_person_that_go_on_or_describe_him(pipe, text):
    assert agents(pipe, text) == []


@pytest.mark.parametrize("text, name", [
    # a particle inside the name before ने (wide AU-2020-MAR-10; ner.toml name_particles)
    ("कार्यालय ने बताया कि 71 वर्षीय मार्सेलो रेबेलो डे सूसा ने स्कूल के बच्चों से मुलाकात की थी।", "मार्सेलो रेबेलो डे सूसा"),
    # and after a post
    ("भारत में नीदरलैंड के राजदूत मार्टेन वैन डेन बर्ग ने बुधवार को भेंट की।", "मार्टेन वैन डेन बर्ग"),
])
def test_european_particles_inside_a_foreign_name(pipe, text, name):
    assert agents(pipe, text) == [name]


def test_a_particle_alone_is_no_name_word(pipe):
    # one unknown word and a particle are not the two words of a name
    assert agents(pipe, "इस दिन डे सूसा ने कहा।") == []


@pytest.mark.parametrize("text, names", [
    # two words the broad word list has but not among the commonest, after a post and before a case marker: a
    # foreign name news writes often; a listed place as the surname gives way ("मैनचेस्टर" is also a city)
    ("ऑस्ट्रेलिया के व्यापार मंत्री साइमन मैनचेस्टर ने कहा कि बातचीत अच्छी रही।", ["साइमन मैनचेस्टर"]),
    # ... going on over a glued hyphen, where a listed place ("बोंग") is its second word
    ("दक्षिण कोरिया के राजदूत शिन बोंग-किल ने मुख्यमंत्री से भेंट की।", ["शिन बोंग-किल"]),
    # ... with a common first word ("क्लास", class) before a surname in no list
    ("भारत में स्वीडन के राजदूत क्लास मोलिन ने मुख्यमंत्री से भेंट की।", ["क्लास मोलिन"]),
    # ... not before a verb (no case marker ends the name), nor with one of the commonest words in it but before
    # the agentive ने, where a common word beside a rarer one is a name word too ("बूथ", "booth"; "लो", "take")
    ("ऑस्ट्रेलिया के व्यापार मंत्री साइमन मैनचेस्टर पहुंचे।", []),
    ("अमरीका के विशेष दूत डोनाल्ड बूथ से मुलाक़ात हुई।", []),
    ("अमरीका के विशेष दूत डोनाल्ड बूथ ने कहा।", ["डोनाल्ड बूथ"]),
    ("ब्रिटिश उप उच्चायुक्त निक लो ने मुख्यमंत्री से मुलाकात की।", ["निक लो"]),
    ("कनाडा के व्यापार मंत्री एड फ़ास्ट ने कहा।", ["एड फ़ास्ट"]),
])
def test_two_rarer_hindi_words_after_a_post_before_a_case_marker_are_a_person(pipe, text, names):
    assert agents(pipe, text) == names


@pytest.mark.parametrize("text, name", [
    ("ताइवान के मत्स्य मंत्री लियाओ ल्याओ-यी गुरुवार को तोक्यो गए।", "लियाओ ल्याओ-यी"),  # यी is a Hindi word
    ("विदेश मंत्रालय ने राजदूत शिन काक-सू को तलब किया।", "शिन काक-सू"),
])
def test_a_name_after_a_post_goes_on_across_a_glued_hyphen_to_a_rarer_hindi_word(pipe, text, name):
    assert agents(pipe, text) == [name]


def test_a_common_word_glued_by_a_hyphen_makes_no_name(pipe):
    assert agents(pipe, "दोनों नेताओं आमने-सामने बैठे।") == []  # "face to face"


@pytest.mark.parametrize("text, name", [
    ("मिजोरम के गृह मंत्री लालचमलियाना भी सोमवार को वैरेंगटे पहुंचे।", "लालचमलियाना"),  # a single name
    ("अमेरिकी राजदूत जस्टर ने मुख्यमंत्री से मुलाकात की।", "जस्टर"),  # a surname the model missed
    ("जापान के सम्राट और महारानी मिचिको से भेंट करेंगे।", "मिचिको"),
    ("राजनयिक मोहरेज़ा ने बताया।", "मोहरेज़ा"),
    # a weekday after it: the day of what the person did
    ("राज्य के गृह मंत्री लालचमलियाना सोमवार दोपहर चंफाई पहुंचे।", "लालचमलियाना"),
    ("राजनयिक मोहरेज़ा शुक्रवार को आए।", "मोहरेज़ा"),
])
def test_one_unknown_word_after_a_post_before_a_case_marker_is_a_person(pipe, text, name):
    assert agents(pipe, text) == [name]


@pytest.mark.parametrize("text", [
    "लिबरल डेमोक्रेटिक पार्टी 14 सितंबर को नया अध्यक्ष चुनेगी, जो आबे की जगह लेगा।",  # a verb in no word list
    "राजनयिक मोहरेज़ा पहली बार आए।",  # no case marker or day after it: the name may go on
    "मंत्री कल दिल्ली पहुंचे।",  # an ordinary word
])
def test_no_single_name_after_a_post_from_a_verb_or_without_a_marker(pipe, text):
    assert agents(pipe, text) == []


@pytest.mark.parametrize("text, name", [
    # raw BBC Hindi: trades before names the model never saw
    ("अस्पताल में डॉक्टर ऑलिविर कैटिन तब ड्यूटी पर थे।", "ऑलिविर कैटिन"),
    ("रॉयल चैलेंजर्स की तरफ़ से खेल रहे क्रिकेटर ल्यूक पोमर्शबाख को पुलिस ने हिरासत में लिया।", "ल्यूक पोमर्शबाख"),
    # a common first word (मिलन, "meeting") before a case marker
    ("फ़िल्म बनाने का ऐलान करने वाले निर्देशक मिलन लूथरिया ने अब अपना इरादा छोड़ दिया है।", "मिलन लूथरिया"),
    ("मशहूर ब्रितानी मॉडल नाओमी कैंपबैल पर भी ऐसे आरोप लगे थे।", "नाओमी कैंपबैल"),
])
def test_two_name_words_after_a_trade_are_a_person(pipe, text, name):
    assert agents(pipe, text) == [name]


def test_a_churchs_title_is_no_name_word(pipe):
    # आर्चबिशप, कार्डिनल are titles (ner.toml): the list after the post holds the names alone
    text = "राष्ट्रपति ने कार्डिनल पिएत्रो कास्तेलानी और आर्चबिशप डोमिनीक मांबेर्ती के साथ बैठक की।"
    assert agents(pipe, text) == ["पिएत्रो कास्तेलानी", "डोमिनीक मांबेर्ती"]


@pytest.mark.parametrize("text", [
    "टीम के सात बल्लेबाज दहाई का आंकड़ा भी नहीं छू सके।",  # one word after a trade: a plural reads the same
    "नई पीढ़ी के कलाकार बहुत हुनरमंद और मेहनती हैं।",  # a common first word before a joiner
])
def test_no_person_after_a_trade_from_one_word_or_a_common_first_word(pipe, text):
    assert agents(pipe, text) == []


def test_a_name_cut_at_a_hyphen_by_a_place_is_left_alone(pipe):
    # "हेस" ... the gazetteer's place ends the words after the post at the hyphen: no half name "रूपर्ट विंगफ़ील्ड-"
    names = agents(pipe, "तोक्यो में सरकार के प्रवक्ता रूपर्ट विंगफ़ील्ड-हेस के मुताबिक़ जापान तेल ख़रीदेगा।")
    assert not any(n.endswith("-") for n in names)
