"""The ner_model stage with the shipped model, on the pipeline's own tokens."""
import pytest
from spacy.tokens import Doc

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from pipeline.hindi.normalise import fold
from pipeline.stages.ner_model import MODEL_DIR
from tests.conftest import make_config

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="no trained model shipped")


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cfg")
    return build(load_config(make_config(tmp, ["normalise", "sentences", "tokens", "ner_model"], [])))


def test_spans_align_with_tokens_and_have_no_titles_or_case_markers(pipe):
    doc = pipe(Document("d", "रूस के राष्ट्रपति व्लादिमीर पुतिन ने प्रधानमंत्री नरेंद्र मोदी से नई दिल्ली में मुलाकात की।"))
    starts = {t.start for t in doc.tokens}
    ends = {t.end for t in doc.tokens}
    assert doc.entities, "the model found nothing"
    for e in doc.entities:
        assert e.start in starts and e.end in ends and doc.norm_text[e.start:e.end] == e.text
        first, last = e.text.split()[0], e.text.split()[-1]
        assert first not in {"राष्ट्रपति", "प्रधानमंत्री"} and last not in {"ने", "से", "में", "के"}
    assert {"PER"} <= {e.label for e in doc.entities}


def test_brackets_cut_a_span_into_name_and_acronym(pipe):
    tagger = pipe.stages[-1].run
    words = ["नेशनल", "इंस्टिट्यूट", "ऑफ", "वायरोलॉजी", "(", "एनआईवी", ")", "ने"]
    sdoc = Doc(tagger.nlp.vocab, words=words)
    pieces = [" ".join(words[i:j]) for i, j in tagger._pieces(sdoc, 0, 8)]
    assert pieces == ["नेशनल इंस्टिट्यूट ऑफ वायरोलॉजी", "एनआईवी"]


def test_spans_with_digits_glued_to_letters_or_no_letters_are_dropped(pipe):
    tagger = pipe.stages[-1].run
    words = ["वि30", "कोरोनावायरस", "6", "-", "चीन"]
    sdoc = Doc(tagger.nlp.vocab, words=words)
    assert list(tagger._pieces(sdoc, 0, 2)) == []
    assert list(tagger._pieces(sdoc, 2, 4)) == []
    assert list(tagger._pieces(sdoc, 4, 5)) == [(4, 5)]


def test_spans_made_only_of_common_nouns_are_dropped(pipe):
    tagger = pipe.stages[-1].run
    assert {"विभाग", "दुनियाभर", "मस्जिद"} <= tagger.not_names  # read from configs/ner.toml
    words = ["क्वारंटाइन", "सेंटर", "में", "जामा", "मस्जिद", "के", "पास", "दुनियाभर"]
    sdoc = Doc(tagger.nlp.vocab, words=words)
    assert list(tagger._pieces(sdoc, 0, 2)) == []
    assert list(tagger._pieces(sdoc, 3, 5)) == [(3, 5)]
    assert list(tagger._pieces(sdoc, 7, 8)) == []


def test_table_cells_after_a_name_are_cut_off(pipe):
    tagger = pipe.stages[-1].run
    words = ["रांची", "-", "83", "-", "02", "सेक्टर", "62", "रांची", "/", "मोहित", "9760063331"]
    sdoc = Doc(tagger.nlp.vocab, words=words)
    assert list(tagger._pieces(sdoc, 0, 5)) == [(0, 1)]
    assert list(tagger._pieces(sdoc, 5, 7)) == [(5, 7)]
    assert list(tagger._pieces(sdoc, 7, 9)) == [(7, 8)]
    assert list(tagger._pieces(sdoc, 9, 11)) == [(9, 10)]


def test_one_word_after_an_organisations_head_word_is_cut_off(pipe):
    tagger = pipe.stages[-1].run
    words = ["जॉन", "हॉपकिंस", "यूनिवर्सिटी", "टैली", "रामदास", "इंटरनेशनल", "एयरपोर्ट", "क्वारंटाइन", "सेंटर", "भेजा"]
    sdoc = Doc(tagger.nlp.vocab, words=words)
    assert list(tagger._pieces(sdoc, 0, 4, "ORG")) == [(0, 3)]
    assert list(tagger._pieces(sdoc, 0, 4, "PER")) == [(0, 4)]  # organisations only
    assert list(tagger._pieces(sdoc, 4, 7, "ORG")) == [(4, 7)]  # एयरपोर्ट is a head too
    assert list(tagger._pieces(sdoc, 7, 10, "ORG")) == []  # what is left is common nouns


def test_a_place_ending_in_an_institution_word_is_an_organisation(pipe):
    tagger = pipe.stages[-1].run  # the rule reads ner.toml place_org_heads
    assert tagger._institution(["कोरेगांव", "पार्क", "पुलिस", "थाने"])
    assert tagger._institution(["गंगा", "राम", "अस्पताल"])
    assert not tagger._institution(["अस्पताल"])  # the institution word alone names nothing
    assert not tagger._institution(["आगरा", "मंडल"])  # a division is a region
    doc = pipe(Document("d", "सर गंगा राम अस्पताल के अध्यक्ष डॉ डीएस राणा ने बताया कि तीन मरीज भर्ती हैं।"))
    spans = [(e.text, e.label) for e in doc.entities]
    assert ("गंगा राम अस्पताल", "LOC") not in spans


def test_a_person_ending_in_an_institution_word_is_an_organisation(pipe):
    doc = pipe(Document("d", "23 वर्षीय युवती को सुषमा हॉस्पिटल, सेक्टर आठ इंदिरानगर में रहना बताया गया।"))
    spans = [(e.text, e.label) for e in doc.entities]
    assert ("सुषमा हॉस्पिटल", "PER") not in spans
    assert ("सुषमा हॉस्पिटल", "ORG") in spans


def test_new_titles_are_trimmed_from_person_spans(pipe):
    doc = pipe(Document("d", "मौलाना सैफ अब्बास ने बताया कि वह भारत वापसी नहीं कर पा रहे हैं।"))
    assert [e.text for e in doc.entities if e.label == "PER"] == ["सैफ अब्बास"]


def test_roles_written_before_a_name_are_trimmed_from_person_spans(pipe):
    # ner.toml person_roles (छात्रा, सिपाही, प्राचार्य) are never a span's edge, as titles are not
    doc = pipe(Document("d", "पाकिस्तान की छात्रा मलाला यूसुफ़ज़ई को शांति का नोबेल पुरस्कार मिला।"))
    people = [e.text for e in doc.entities if e.label == "PER"]
    assert people and not any(p.startswith("छात्रा") for p in people)


def test_posts_of_heads_of_government_abroad_are_titles(pipe):
    # "चांसलर", "उपराष्ट्रपति", "उच्चायुक्त" are titles (ner.toml): never a span or a span's edge
    doc = pipe(Document("d", "जर्मनी की चांसलर अंगेला मर्केल ने अमेरिका के उपराष्ट्रपति जो बाइडन से बात की।"))
    assert not any(fold(e.text).startswith(fold(t)) for e in doc.entities for t in ("चांसलर", "उपराष्ट्रपति"))


def test_a_persons_name_goes_on_over_a_glued_hyphen(pipe):
    """"किम योंग-चोल": the model stops at the hyphen; the name goes on over it. A pair of names joined
    by a hyphen ("मोदी-ओबामा") stays two names."""
    doc = pipe(Document("d", "उत्तर कोरिया के सैन्य ख़ुफ़िया प्रमुख किम योंग-चोल ने रात के खाने पर उनसे मुलाक़ात की।"))
    people = [e.text for e in doc.entities if e.label == "PER"]
    assert "किम योंग-चोल" in people and "किम योंग" not in people
    from pipeline.stages.ner_model import _hyphen_end
    tagger = pipe.stages[-1].run
    sdoc = Doc(tagger.nlp.vocab, words=["मोदी", "-", "ओबामा", "वार्ता"], spaces=[False, False, True, False])
    assert _hyphen_end(sdoc, 1, {0, 2}) == 1  # ओबामा starts a name of its own
    assert _hyphen_end(sdoc, 1, {0}) == 3


def test_time_words_and_determiners_are_trimmed_from_person_spans_only(pipe):
    """The model runs a name on into the next word ("कन्हैया पिछले", "साल सुधीर"); a place keeps a last word
    that ends a person's span ("उत्तर प्रदेश": प्रदेश is a list stop word)."""
    tagger = pipe.stages[-1].run
    for words, label, expected in ((["साल", "सुधीर", "को"], "PER", "सुधीर"), (["कन्हैया", "पिछले", "साल"], "PER", "कन्हैया"),
                                   # the second word of "से इतर" (on the sidelines): "बैठक से [इतर दावुतोग्लू] ने"
                                   (["इतर", "दावुतोग्लू", "ने"], "PER", "दावुतोग्लू"),
                                   (["उत्तर", "प्रदेश", "में"], "LOC", "उत्तर प्रदेश")):
        sdoc = Doc(tagger.nlp.vocab, words=words)
        pieces = [" ".join(words[i:j]) for i, j in tagger._pieces(sdoc, 0, 2, label)]
        assert pieces == [expected], (words, label)


def test_day_parts_months_and_event_nouns_are_trimmed_from_person_spans(pipe):
    """ner.toml person_edge_words: "[पॉवेल] सुबह दिल्ली से", "[रॉस] नवंबर में", "शाम [गहलोत] ने", "यह दौरा [लावरोव] ने",
    "[अज़ीज़] सम्मेलन में" (the model's spans on the blind articles); an organisation's name keeps such a word."""
    tagger = pipe.stages[-1].run
    for words, label, expected in ((["पॉवेल", "सुबह"], "PER", "पॉवेल"), (["रॉस", "नवंबर"], "PER", "रॉस"),
                                   (["शाम", "गहलोत"], "PER", "गहलोत"), (["दौरा", "लावरोव"], "PER", "लावरोव"),
                                   (["अज़ीज़", "सम्मेलन"], "PER", "अज़ीज़"), (["विश्व", "आर्थिक", "सम्मेलन"], "ORG", "विश्व आर्थिक सम्मेलन")):
        sdoc = Doc(tagger.nlp.vocab, words=words)
        pieces = [" ".join(words[i:j]) for i, j in tagger._pieces(sdoc, 0, len(words), label)]
        assert pieces == [expected], (words, label)


def test_a_nationality_adjective_never_begins_a_person_span(pipe):
    """demonyms.tsv: "[सऊदी] शाह अब्दुल्लाह" is the king (the blind articles' model spans: 12); as a last word the
    adjective may be a surname ("अरुणा ईरानी"), and a place keeps it ("सऊदी अरब")."""
    tagger = pipe.stages[-1].run
    for words, label, expected in ((["सऊदी", "शाह", "अब्दुल्लाह"], "PER", "शाह अब्दुल्लाह"),
                                   (["अरुणा", "ईरानी"], "PER", "अरुणा ईरानी"), (["सऊदी", "अरब"], "LOC", "सऊदी अरब")):
        sdoc = Doc(tagger.nlp.vocab, words=words)
        pieces = [" ".join(words[i:j]) for i, j in tagger._pieces(sdoc, 0, len(words), label)]
        assert pieces == [expected], (words, label)


def test_time_words_and_motion_verbs_are_trimmed_from_spans_of_every_label(pipe):
    """ner.toml time_edge_words and verb_edge_words: "[हूती] पिछले साल", "[मुंबादेवी मंदिर] कल", "कल [लखनऊ]",
    "[नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी] भेजा" (the model's spans on the raw corpora); Gaya stays a place."""
    tagger = pipe.stages[-1].run
    for words, label, expected in ((["हूती", "पिछले"], "ORG", "हूती"), (["मुंबादेवी", "मंदिर", "कल"], "LOC", "मुंबादेवी मंदिर"),
                                   (["कल", "लखनऊ"], "LOC", "लखनऊ"), (["आईपीएल", "साल"], "ORG", "आईपीएल"),
                                   (["जम्मू", "जाएंगे"], "LOC", "जम्मू"), (["गया"], "LOC", "गया")):
        sdoc = Doc(tagger.nlp.vocab, words=words)
        pieces = [" ".join(words[i:j]) for i, j in tagger._pieces(sdoc, 0, len(words), label)]
        assert pieces == [expected], (words, label)


def test_a_span_of_time_inside_a_span_ends_it(pipe):
    """ner.toml time_span_openers and time_span_units: the model runs a name opening a sentence on into the length
    of the trip ("ट्रूडो पांच दिन"); the span ends before the number or determiner of the time."""
    for text, name in (("ट्रूडो पांच दिन की यात्रा पर मंगलवार को दिल्ली पहुंचे।", "ट्रूडो"),
                       ("मैक्रों दो दिन के दौरे पर शुक्रवार को ढाका पहुंचे।", "मैक्रों"),
                       ("ओर्बान चार दिन की यात्रा पर गुरुवार को तोक्यो पहुंचे।", "ओर्बान")):
        spans = {e.text for e in pipe(Document("d", text)).entities}
        assert name in spans and not any("दिन" in s for s in spans), (text, spans)
    # a number that opens no span of time stays in the name
    tagger = pipe.stages[-1].run
    words = ["सेक्टर", "62", "के"]
    sdoc = Doc(tagger.nlp.vocab, words=words)
    assert [" ".join(words[i:j]) for i, j in tagger._pieces(sdoc, 0, 2, "LOC")] == ["सेक्टर 62"]


def test_words_the_model_alone_may_not_name_are_dropped_but_stay_parts_of_names(pipe):
    # ner.toml model_not_names: "चंद्रमा", a direction or "इंडिया" alone name nothing; with a name they stay
    tagger = pipe.stages[-1].run
    words = ["चंद्रमा", "पर", "दक्षिणी", "सूडान", "और", "दक्षिणी", "टीम", "इंडिया", "ने"]
    sdoc = Doc(tagger.nlp.vocab, words=words)
    assert list(tagger._pieces(sdoc, 0, 1)) == []
    assert list(tagger._pieces(sdoc, 2, 4)) == [(2, 4)]
    assert list(tagger._pieces(sdoc, 5, 6)) == []
    assert list(tagger._pieces(sdoc, 7, 8)) == []


def test_a_nationality_before_a_group_of_people_names_no_body(pipe):
    # ner.toml model_groups_after_nationality: "भारतीय दल", "अमरीकी सैनिकों"; the national team stays
    tagger = pipe.stages[-1].run
    words = ["भारतीय", "दल", "और", "अमरीकी", "सैनिकों", "से", "भारतीय", "टीम", "मिली"]
    sdoc = Doc(tagger.nlp.vocab, words=words)
    assert list(tagger._pieces(sdoc, 0, 2, "ORG")) == []
    assert list(tagger._pieces(sdoc, 3, 5, "ORG")) == []
    assert list(tagger._pieces(sdoc, 6, 8, "ORG")) == [(6, 8)]
