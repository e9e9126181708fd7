"""The Hindi tokenizer with the project's rules (configs/tokenizer.toml): glued titles."""
import tomllib

import pytest

from pipeline.hindi.tokenizer import hindi_tokenizer, token_spans
from tests.conftest import CONFIGS

RULES = str(CONFIGS / "tokenizer.toml")


@pytest.fixture(scope="module")
def tok():
    return hindi_tokenizer(RULES)


def words(tok, text):
    doc = tok(text)
    assert doc.text == text
    for t in doc:  # every token is the text at its offset
        assert text[t.idx:t.idx + len(t.text)] == t.text
    return [t.text for t in doc if not t.is_space]


def test_title_glued_to_a_name_is_split(tok):
    assert words(tok, "पीएममोदी ने कहा") == ["पीएम", "मोदी", "ने", "कहा"]
    assert words(tok, "(सीएमयोगी) और पीएमनरेंद्र मोदी") == ["(", "सीएम", "योगी", ")", "और", "पीएम", "नरेंद्र", "मोदी"]


def test_an_abbreviated_title_glued_by_its_period_is_split(tok):
    assert words(tok, "निदेशक प्रो.अभय करंदीकर और डॉ.हर्षवर्धन ने कहा") == [
        "निदेशक", "प्रो.", "अभय", "करंदीकर", "और", "डॉ.", "हर्षवर्धन", "ने", "कहा"]
    assert words(tok, "नवभारतटाइम्स.कॉम पर") == ["नवभारतटाइम्स.कॉम", "पर"]  # no title: stays whole


def test_rest_that_is_a_person_alias_is_split_even_when_it_spells_letters(tok):
    # केसीआर spells के-सी-आर, but it is a one-word alias of K. Chandrashekar Rao in people.tsv.
    assert words(tok, "सीएमकेसीआर ने कहा") == ["सीएम", "केसीआर", "ने", "कहा"]


@pytest.mark.parametrize("word", [
    "पीएमओ", "पीएमसीएच", "सीएमओ", "सीएमएस", "सीएमएचओ", "सीएमआईई", "सीएमसी", "पीएमएवाई",  # acronyms
    "पीएमने",  # too short to be a name
    "श्रीनगर", "श्रीवास्तव", "डॉक्टर", "पूर्वी", "मंत्रीजी", "प्रधानमंत्री",  # words starting like other titles
])
def test_words_that_only_start_like_a_title_stay_whole(tok, word):
    assert words(tok, f"{word} में") == [word, "में"]


def test_glued_titles_are_titles_and_split_no_gazetteer_alias(tok):
    rules = tomllib.loads((CONFIGS / "tokenizer.toml").read_text(encoding="utf-8"))
    ner = tomllib.loads((CONFIGS / "ner.toml").read_text(encoding="utf-8"))
    assert set(rules["glued_titles"]["titles"]) <= set(ner["titles"])
    # Aliases are tokenised without the rule (ner_gazetteer), so a split alias word would never match.
    split = []
    for path in (CONFIGS / "gazetteers").glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            for alias in cols[2].split("|") if len(cols) > 2 else []:
                split += [w for w in alias.split() if len(words(tok, w)) > len(hindi_tokenizer(None)(w))]
    assert not split


def test_without_rules_nothing_is_split():
    assert [t.text for t in hindi_tokenizer(None)("पीएममोदी")] == ["पीएममोदी"]


@pytest.mark.parametrize("rules", [RULES, None])
def test_token_spans_are_the_docs_tokens(rules):
    # The tokens stage reads offsets from arrays (token_spans); they must be what iterating the Doc gives.
    tok = hindi_tokenizer(rules)
    for text in ["पीएममोदी ने  कहा --आईएएनएस", "(सीएमयोगी) और पीएमनरेंद्र मोदी, पीएमओ में।", "पढ़ें:-US  ", "", "  "]:
        doc = tok(text)
        assert [text[a:b] for a, b in token_spans(tok, text)] == [t.text for t in doc if not t.is_space]
        assert token_spans(tok, text) == [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
