"""The phrase index the event and gazetteer rules scan sentences with."""
from pipeline.hindi.phrases import Phrases


def test_longest_phrase_at_a_position_and_phrases_ending_before_one():
    p = Phrases([("बैठक",), ("बैठक", "करना"), ("हस्ताक्षर", "करना"), ("बैठक",)])
    words = ["उन्होंने", "बैठक", "करना", "तय", "किया"]
    assert list(p) == sorted([("बैठक", "करना"), ("हस्ताक्षर", "करना")]) + [("बैठक",)]  # longest first, no repeats
    assert p.match_at(words, 1) == 2
    assert p.match_at(words, 0) == 0 and p.match_at(words, 5) == 0 and p.match_at(words, -1) == 0
    assert p.ends_at(words, 3) and p.ends_at(words, 2) and not p.ends_at(words, 4) and not p.ends_at(words, 0)
