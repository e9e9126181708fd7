import pytest

from pipeline.hindi.sentences import SentenceRules, split
from tests.conftest import CONFIGS

RULES = SentenceRules.from_file(CONFIGS / "sentences.toml")


def sentences(text):
    return [text[s:e] for s, e in split(text, RULES)]


@pytest.mark.parametrize("text, expected", [
    ("यह पहला है। यह दूसरा है।", ["यह पहला है।", "यह दूसरा है।"]),
    ("क्या वह आएगा? हां! वह आएगा।", ["क्या वह आएगा?", "हां!", "वह आएगा।"]),
    ("मामले बढ़ रहे हैं.वैज्ञानिकों ने कहा.", ["मामले बढ़ रहे हैं.", "वैज्ञानिकों ने कहा."]),
    ("विदेश मंत्री डॉ. एस. जयशंकर ने कहा।", ["विदेश मंत्री डॉ. एस. जयशंकर ने कहा।"]),
    ("ए. के. सिंह और U.S. के अधिकारी आए।", ["ए. के. सिंह और U.S. के अधिकारी आए।"]),
    ("21.12.2023 को सुबह 06:44 बजे बैठक हुई।", ["21.12.2023 को सुबह 06:44 बजे बैठक हुई।"]),
    ("शीर्षक बिना विराम\nपहला वाक्य।", ["शीर्षक बिना विराम", "पहला वाक्य।"]),
    ("उन्होंने कहा, \"हम तैयार हैं।\" फिर चले गए।", ["उन्होंने कहा, \"हम तैयार हैं।\"", "फिर चले गए।"]),
])
def test_split(text, expected):
    assert sentences(text) == expected
