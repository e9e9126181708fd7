"""The Hindi tokenizer with the project's rules (configs/tokenizer.toml): glued titles, glued quotes and brackets."""
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


@pytest.mark.parametrize("text, expected", [
    ('मेरे पिता हैं."लेकिन सार्स', ["मेरे", "पिता", "हैं", ".", '"', "लेकिन", "सार्स"]),
    ("उन्होंने कहा,“अच्छा हुआ", ["उन्होंने", "कहा", ",", "“", "अच्छा", "हुआ"]),
    ("अमरेश द्विवेदी)(बीबीसी हिन्दी", ["अमरेश", "द्विवेदी", ")(", "बीबीसी", "हिन्दी"]),
    ("सकता है.(बीबीसी", ["सकता", "है", ".", "(", "बीबीसी"]),
    ("'शोले')'देस परदेस'", ["'", "शोले", "')'", "देस", "परदेस", "'"]),
    ("कहा,''अभी तो", ["कहा", ",", "''", "अभी", "तो"]),
])
def test_quotes_and_brackets_glued_to_words_are_split(tok, text, expected):
    """BBC Hindi glues quotes and brackets to the words around them; the names after them are words."""
    assert words(tok, text) == expected


def test_an_apostrophe_or_a_short_bracketed_part_inside_a_name_stays(tok):
    assert words(tok, "ओ'नील गुरुवार को पहुंचे") == ["ओ'नील", "गुरुवार", "को", "पहुंचे"]
    assert words(tok, "जद(एस), सीपीआई(एम) और भाजपा") == ["जद(एस)", ",", "सीपीआई(एम)", "और", "भाजपा"]


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


def test_rules_tokenizer_splits_as_a_blank_pipeline_given_the_same_rules(tok):
    # hindi_tokenizer builds its Tokenizer on the shared blank pipeline's vocabulary; a fresh
    # spacy.blank("hi") with the same extra rules (how it was built before) must split alike.
    import spacy
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    rules = tomllib.loads(open(RULES, encoding="utf-8").read())
    nlp = spacy.blank("hi")
    nlp.tokenizer.prefix_search = compile_prefix_regex(rules["prefixes"] + list(nlp.Defaults.prefixes)).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(rules["suffixes"] + list(nlp.Defaults.suffixes)).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(rules["infixes"] + list(nlp.Defaults.infixes)).finditer
    text = ("नई दिल्ली --आईएएनएस। प्रधानमंत्री ने कहा:-'हम 15.5% बढ़े', www.pib.gov.in पर (रविवार) "
            "डॉ. शर्मा—और 'कोविड-19' के 1,200 मामले... ई-मेल a@b.com पर भेजें!")
    assert [t.text for t in tok.tokenizer(text)] == [t.text for t in nlp.tokenizer(text)]


def test_person_aliases_for_glued_titles_are_cached_by_the_tables(tmp_path, monkeypatch):
    from pipeline.hindi import tokenizer as tokenizer_module
    from pipeline.hindi.gazetteer import one_word_aliases

    tables = tmp_path / "gaz"
    tables.mkdir()
    (tables / "people.tsv").write_text("canonical\tlabel\taliases\twikidata\nK. C. R.\tPER\tकेसीआर|के चंद्रशेखर राव\t\n",
                                       encoding="utf-8")
    monkeypatch.setenv("HINDI_EVENTS_CACHE", str(tmp_path / "cache"))
    assert tokenizer_module._person_aliases(tables) == one_word_aliases(tables, "PER") == {"केसीआर"}
    assert len(list((tmp_path / "cache").glob("person-words-*.pickle"))) == 1
    assert tokenizer_module._person_aliases(tables) == {"केसीआर"}  # read back from the cache
    with (tables / "people.tsv").open("a", encoding="utf-8") as fh:  # another table digest: read again
        fh.write("Yogi Adityanath\tPER\tयोगी\t\n")
    assert tokenizer_module._person_aliases(tables) == {"केसीआर", "योगी"}
