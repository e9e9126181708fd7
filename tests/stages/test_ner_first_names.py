"""The ner_first_names stage after the real gazetteer and model stages (real tokenizer, model, lists)."""
import pytest

from pipeline.core.document import Document
from tests.conftest import stage_pipeline


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return stage_pipeline(tmp_path_factory, ["normalise", "sentences", "tokens", "ner_gazetteer", "ner_model",
                                             "ner_first_names"])


def people(pipe, text):
    return [e.text for e in pipe(Document("d", text)).entities if e.label == "PER"]


@pytest.mark.parametrize("text, name", [
    ("वैशाली जिले के राघोपुर के पंचानंद पासवान ने अपना दर्द बयां किया।", "पंचानंद पासवान"),
    ("इन मजदूरों के बारे में सीओ शशिकांत कुमार ने बताया कि वे घर जाना चाहते हैं।", "शशिकांत कुमार"),
])
def test_an_unseen_first_name_before_a_surname_joins_it(pipe, text, name):
    assert name in people(pipe, text)


@pytest.mark.parametrize("text, not_name", [
    ("ऐसे हालात के मद्देनजर ट्रंप ने रविवार को आपातकाल घोषित किया।", "मद्देनजर ट्रंप"),  # a listed person
    ("क्वारंटाइन बेड अग्रवाल ने बताया कि तैयार हैं।", "बेड अग्रवाल"),  # a stop word
    ("वहीं कुमार ने बताया कि काम बंद है।", "वहीं कुमार"),  # a common word
])
def test_common_words_and_listed_people_take_no_first_name(pipe, text, not_name):
    assert not_name not in people(pipe, text)
