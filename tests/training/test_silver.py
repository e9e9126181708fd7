"""The silver-sentence builder on real files with the real pipeline (gazetteers, rules, shipped
model); nothing here trains (CI never trains)."""
import json

import pytest

from pipeline.training import conll, silver

KNOWN = "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नई दिल्ली में बैठक की ।"
NO_NAME = "इस बारे में अभी कुछ भी कहना बहुत जल्दी होगा ।"
SHORT = "भारत जीता ।"
GOLD_SENTENCE = "उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में अधिकारियों के साथ बैठक की ।"


@pytest.fixture(scope="module")
def pipe():
    return silver.build_ner_pipeline()


@pytest.fixture()
def corpus(tmp_path):
    news, gold = tmp_path / "news", tmp_path / "gold"
    news.mkdir()
    gold.mkdir()
    (news / "day-1.txt").write_text("\n".join([KNOWN, NO_NAME, SHORT, GOLD_SENTENCE, KNOWN]), encoding="utf-8")
    (gold / "doc-9.txt").write_text("शीर्षक\n" + GOLD_SENTENCE + "\nऔर कुछ ।", encoding="utf-8")
    (news / "doc-9.txt").write_text(KNOWN, encoding="utf-8")  # a gold document's copy in the raw corpus
    return news, gold


def test_known_names_make_a_silver_sentence_and_the_rest_is_left_out(pipe, corpus):
    news, gold = corpus
    sents, stats = silver.build_silver([news], silver.GoldText([gold]), pipe)
    assert len(sents) == 1  # KNOWN once: its second copy is a duplicate
    s = sents[0]
    tagged = {" ".join(s.tokens[a:b]): lab for a, b, lab in conll.spans(s.tags)}
    assert tagged.get("नरेंद्र मोदी") == "PER"
    assert tagged.get("नई दिल्ली") == "LOC"
    assert "प्रधानमंत्री" not in " ".join(s.tokens[a] for a, _, _ in conll.spans(s.tags))
    reasons = stats["sentence_reasons"]
    assert reasons["duplicate"] == 1
    assert reasons["in a gold document"] == 1
    assert reasons["no entity"] >= 1 and reasons["length"] >= 1
    assert stats["corpora"]["news"]["gold documents skipped"] == 1


def test_the_silver_file_round_trips_through_load_silver(pipe, corpus, tmp_path):
    news, gold = corpus
    out = tmp_path / "silver.conll"
    assert silver.main([str(news), "--out", str(out), "--gold", str(gold)]) == 0
    stats = json.loads((tmp_path / "silver.conll.json").read_text(encoding="utf-8"))
    loaded = silver.load_silver(out)
    assert len(loaded) == stats["sentences"] == 1
    assert silver.load_silver(out, exclude=loaded) == []  # e.g. a sentence of IL-NER dev
    assert silver.load_silver(out, limit=0) == []
    assert len(silver.load_silver(out, need=("PER",))) == 1  # मोदी
    assert silver.load_silver(out, need=("ORG",)) == []


def test_missing_silver_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="pipeline.training.silver"):
        silver.load_silver(tmp_path / "none.conll")


def _reasons(pipe, tmp_path, text):
    from pipeline.io.readers import read_corpus

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    doc = next(read_corpus(tmp_path / "a.txt"))
    return list(silver.label_document(pipe, doc))


def test_a_name_only_the_model_knows_makes_the_sentence_unsure(pipe, tmp_path):
    # an invented surname: the model tags the person, the knowledge base cannot back it
    [(sent, reason)] = _reasons(pipe, tmp_path, "कंपनी के प्रमुख रघुवीर सिन्हावत ने कहा कि भारत में बिक्री बढ़ी है ।")
    assert sent is None and reason == "entity only the model found"


def test_rule_and_knowledge_base_entities_are_kept_with_token_aligned_tags(pipe, tmp_path):
    # "डीआर काले" comes from the titles rule (after "वकील"), भारत from the gazetteer
    [(sent, reason)] = _reasons(pipe, tmp_path, "वकील डीआर काले ने अदालत में कहा कि भारत में कानून सबके लिए बराबर है ।")
    assert reason == "kept" and len(sent.tokens) == len(sent.tags)
    tagged = {" ".join(sent.tokens[a:b]): lab for a, b, lab in conll.spans(sent.tags)}
    assert tagged == {"डीआर काले": "PER", "भारत": "LOC"}


def test_name_cues_spot_a_name_nobody_tagged():
    cues = silver.NameCues()  # the real configs/ner.toml and configs/ner/lexicon
    words = "केरल के मुख्यमंत्री पिनरई विजयन ने कहा".split()
    assert cues.missed(words, "B-LOC O O O O O O".split())  # after a title, untagged
    assert not cues.missed(words, "B-LOC O O B-PER I-PER O O".split())
    assert not cues.missed("प्रधानमंत्री ने कहा".split(), ["O"] * 3)  # a case marker after the title
    assert not cues.missed("डॉ . हर्षवर्धन ने कहा".split(), "O O B-PER O O".split())
    assert cues.missed("डॉ . हेसामुद्दीन ने कहा".split(), ["O"] * 5)  # punctuation after the title is skipped
