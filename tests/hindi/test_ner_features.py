"""Lexicon features of the NER model, built from the real configs/ tables and spaCy's tokenizer."""
import pytest
import spacy

from pipeline.hindi import ner_features as nf


@pytest.fixture(scope="module")
def tables():
    return nf.build_tables()


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("hi")


def test_word_classes_from_configs(tables):
    words = tables["words"]
    assert words["पुतिन"] & nf.PER_ALIAS
    assert words["मंत्रालय"] & nf.ORG_HEAD
    assert words["श्री"] & nf.TITLE
    assert words["ने"] & nf.CASE
    assert words.get("बारिश", 0) == 0 and words.get("किया", 0) == 0
    assert tables["max_len"] >= 3 and tables["phrases"]["व्लादिमीर पुतिन"] == nf.LABEL_CODE["PER"]


def test_given_names_and_surnames_lists(tables):
    words = tables["words"]
    assert words["राजेश"] & nf.GIVEN
    assert words["शर्मा"] & nf.SURNAME


@pytest.mark.parametrize("word,letters", [("एनसीटीई", 4), ("यूपीएससी", 4), ("आईएएस", 3), ("भारत", 0),
                                          ("सरकार", 0), ("पानी", 0)])
def test_acronyms_spell_letter_names(tables, word, letters):
    assert tables["letters"], "configs/ner/lexicon/letter_names.txt is empty"
    assert nf.spells_letters(word, tables["letters"]) == letters


def test_phrase_and_neighbour_features(tables, nlp):
    feat = nf._Featuriser(tables)
    doc = nlp("राष्ट्रपति व्लादिमीर पुतिन ने एनसीटीई का दौरा किया")
    rows = feat.doc(doc)
    assert len(rows) == len(doc)
    cls, phrase, acro, prev = zip(*rows)
    per = nf.LABEL_CODE["PER"]
    assert phrase[1] == per * 2 - 1 + 1 and phrase[2] == per * 2 + 1  # B-PER, I-PER (+1 offset)
    assert phrase[0] == 1 and phrase[3] == 1  # no gazetteer phrase
    assert prev[1] - 1 == cls[0] - 1 and (cls[0] - 1) & nf.TITLE  # previous token is a title
    assert acro[4] > 1 and acro[3] == 1  # एनसीटीई spells letters; ने does not count (one letter)


def test_layer_outputs_one_row_per_token(nlp):
    model = nf.LexiconEmbed(width=8, rows=32)
    docs = [nlp("भारत और रूस"), nlp("")]
    model.initialize(X=docs)
    out = model.predict(docs)
    assert out[0].shape == (3, 8 * nf.N_COLUMNS) and out[1].shape == (0, 8 * nf.N_COLUMNS)
    # tables were read at initialisation and travel with the model's bytes
    copy = nf.LexiconEmbed(width=8, rows=32).from_bytes(model.to_bytes())
    feats = [n for n in copy.walk() if n.name == "lexicon_features"][0]
    assert feats.attrs["tables"]["phrases"]["व्लादिमीर पुतिन"] == nf.LABEL_CODE["PER"]
    assert (copy.predict(docs[:1])[0] == out[0]).all()


def test_spelled_letters_are_remembered_per_list_of_letter_names():
    # the count is cached by (list, word): another list of letter names spells the same word its own way
    from pipeline.hindi.acronyms import spells_letters
    full, partial = ["एन", "सी", "टी", "ई"], ["एन", "सी"]
    assert spells_letters("एनसीटीई", full) == 4
    assert spells_letters("एनसीटीई", partial) == 0
    assert spells_letters("एनसीटीई", full) == 4
