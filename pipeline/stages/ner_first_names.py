"""First names the model left out before a surname it found.

The model often tags only the surname of someone it has never seen: "पंचानंद [पासवान] ने",
"सीओ शशिकांत [कुमार] ने". The word right before a one-word model person that is a known
surname (configs/ner/lexicon/surnames.txt), and no listed person, joins the person when it is
untagged, written in Devanagari, and neither a common Hindi word (configs/ner/lexicon/common_words.txt: "वहीं
[कुमार]") nor a title, case marker or stop word (ner.toml). Without it, the linker would take
"पासवान" for another Paswan named earlier in the document.
"""
from __future__ import annotations

from ..core.registry import stage
from ..hindi.normalise import fold
from ._covered import by_sentence, covering, join_left


def _devanagari(word: str) -> bool:
    return bool(word) and all("\u0900" <= c <= "\u097f" for c in word)


class FirstNames:
    def __init__(self, surnames: set[str], not_first: set[str]):
        self.surnames = surnames
        self.not_first = not_first

    def __call__(self, doc):
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            people = [e for e in by_sent.get(sent.sent_id, ()) if e.label == "PER" and e.source == "model"
                      and " " not in e.text and fold(e.text) in self.surnames]
            if people:
                self._sentence(doc, sent, by_sent[sent.sent_id], people)
        return doc

    def _sentence(self, doc, sent, entities, people) -> None:
        tokens = doc.tokens[sent.tok_start:sent.tok_end]
        covered = covering(tokens, entities)
        first = {t.start: k for k, t in enumerate(tokens)}
        listed = {(e.start, e.end) for e in entities if e.source == "gazetteer" and e.label == "PER"}
        for e in people:
            if (e.start, e.end) in listed:
                continue  # a listed person ("मोदी"): the linker knows the full name
            k = first.get(e.start, 0) - 1
            if k < 0 or covered[k] is not None:
                continue
            word = fold(tokens[k].text)
            if _devanagari(word) and word not in self.not_first and join_left(doc, e, tokens[k]):
                covered[k] = e


@stage("ner_first_names", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "surnames": "ner/lexicon/surnames.txt",
                 "common_words": "ner/lexicon/common_words.txt"})
def make_ner_first_names(settings: dict, context):
    """A first name the model left out before a surname it found ("पंचानंद [पासवान]")."""
    from ..hindi.ner_features import read_word_list

    rules = context.read_toml(settings.get("rules", "ner.toml"))
    surnames = {fold(w) for w in read_word_list(context.resolve(settings.get("surnames",
                                                                             "ner/lexicon/surnames.txt")))}
    not_first = set(read_word_list(context.resolve(settings.get("common_words", "ner/lexicon/common_words.txt"))))
    not_first |= {fold(w) for key in ("titles", "person_roles", "honorifics", "case_markers", "not_names",
                                      "list_stop_words") for w in rules.get(key, [])}
    return FirstNames(surnames, not_first)
