"""Event roles from a dependency parse (pipeline/hindi/events/ with pipeline/hindi/deproles.py).

Each sentence runs through the real stages (metadata ... dates, gazetteer NER and the linker);
before the event stages, a hand-written UD Hindi parse of the same tokens is put on the
document with the stanza stage's adapter (apply_stanza_doc on a stanza.Document read by
CoNLL.conll2doc), as the ``stanza`` stage does with a model's parse. The same sentence
without the parse goes through the case-marker rules.
"""
from __future__ import annotations

import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from tests.conftest import make_config

stanza = pytest.importorskip("stanza", reason="the stanza extra is not installed")
from stanza.utils.conll import CoNLL  # noqa: E402

from pipeline.stages.stanza_parser import apply_stanza_doc  # noqa: E402

STAGES = ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "entity_linker", "dates",
          "events_visit", "events_meeting", "events_agreement", "event_merge"]
FIRST_EVENT_STAGE = "events_visit"

# Parses follow UD Hindi (HDTB/PUD) conventions: a name's first word heads it (flat:name), a title
# is a compound of the name, the noun of a noun + light verb is compound:lvc of the verb.
MEETING = ("प्रधानमंत्री नरेंद्र मोदी ने रूस के राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की ।", """\
1	प्रधानमंत्री	प्रधानमंत्री	NOUN	_	_	2	compound	_	_
2	नरेंद्र	नरेंद्र	PROPN	_	_	12	nsubj	_	_
3	मोदी	मोदी	PROPN	_	_	2	flat:name	_	_
4	ने	ने	ADP	_	_	2	case	_	_
5	रूस	रूस	PROPN	_	_	7	nmod:poss	_	_
6	के	का	ADP	_	_	5	case	_	_
7	राष्ट्रपति	राष्ट्रपति	NOUN	_	_	8	compound	_	_
8	व्लादिमीर	व्लादिमीर	PROPN	_	_	12	obl	_	_
9	पुतिन	पुतिन	PROPN	_	_	8	flat:name	_	_
10	से	से	ADP	_	_	8	case	_	_
11	मुलाकात	मुलाकात	NOUN	_	_	12	compound:lvc	_	_
12	की	कर	VERB	_	_	0	root	_	_
13	।	।	PUNCT	_	_	12	punct	_	_
""")

# "Back from the UN, Modi met Putin": the rules read "संयुक्त राष्ट्र से" as the other party of the
# meeting; in the parse it is an oblique of लौटकर (an adverbial clause), no argument of the meeting.
RETURNED = ("संयुक्त राष्ट्र से लौटकर प्रधानमंत्री नरेंद्र मोदी ने व्लादिमीर पुतिन से मुलाकात की ।", """\
1	संयुक्त	संयुक्त	ADJ	_	_	2	amod	_	_
2	राष्ट्र	राष्ट्र	PROPN	_	_	4	obl	_	_
3	से	से	ADP	_	_	2	case	_	_
4	लौटकर	लौट	VERB	_	_	13	advcl	_	_
5	प्रधानमंत्री	प्रधानमंत्री	NOUN	_	_	6	compound	_	_
6	नरेंद्र	नरेंद्र	PROPN	_	_	13	nsubj	_	_
7	मोदी	मोदी	PROPN	_	_	6	flat:name	_	_
8	ने	ने	ADP	_	_	6	case	_	_
9	व्लादिमीर	व्लादिमीर	PROPN	_	_	13	obl	_	_
10	पुतिन	पुतिन	PROPN	_	_	9	flat:name	_	_
11	से	से	ADP	_	_	9	case	_	_
12	मुलाकात	मुलाकात	NOUN	_	_	13	compound:lvc	_	_
13	की	कर	VERB	_	_	0	root	_	_
14	।	।	PUNCT	_	_	13	punct	_	_
""")

# A visit: रूस is the genitive of यात्रा (the place visited), भारत only modifies the title.
VISIT = ("भारत के प्रधानमंत्री नरेंद्र मोदी ने रूस की यात्रा की ।", """\
1	भारत	भारत	PROPN	_	_	3	nmod:poss	_	_
2	के	का	ADP	_	_	1	case	_	_
3	प्रधानमंत्री	प्रधानमंत्री	NOUN	_	_	4	compound	_	_
4	नरेंद्र	नरेंद्र	PROPN	_	_	10	nsubj	_	_
5	मोदी	मोदी	PROPN	_	_	4	flat:name	_	_
6	ने	ने	ADP	_	_	4	case	_	_
7	रूस	रूस	PROPN	_	_	9	nmod:poss	_	_
8	की	का	ADP	_	_	7	case	_	_
9	यात्रा	यात्रा	NOUN	_	_	10	compound:lvc	_	_
10	की	कर	VERB	_	_	0	root	_	_
11	।	।	PUNCT	_	_	10	punct	_	_
""")

# "A meeting was held chaired by Modi, with Putin": the chair is a genitive inside the oblique
# अध्यक्षता में, not an argument itself.
CHAIRED = ("नरेंद्र मोदी की अध्यक्षता में व्लादिमीर पुतिन के साथ बैठक हुई ।", """\
1	नरेंद्र	नरेंद्र	PROPN	_	_	4	nmod:poss	_	_
2	मोदी	मोदी	PROPN	_	_	1	flat:name	_	_
3	की	का	ADP	_	_	1	case	_	_
4	अध्यक्षता	अध्यक्षता	NOUN	_	_	11	obl	_	_
5	में	में	ADP	_	_	4	case	_	_
6	व्लादिमीर	व्लादिमीर	PROPN	_	_	11	obl	_	_
7	पुतिन	पुतिन	PROPN	_	_	6	flat:name	_	_
8	के	के	ADP	_	_	6	case	_	_
9	साथ	साथ	ADP	_	_	8	fixed	_	_
10	बैठक	बैठक	NOUN	_	_	11	nsubj	_	_
11	हुई	हो	VERB	_	_	0	root	_	_
12	।	।	PUNCT	_	_	11	punct	_	_
""")


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return build(load_config(make_config(tmp_path_factory.mktemp("deproles"), STAGES, [])), writers=False)


def run(pipe, text: str, conllu: str | None) -> Document:
    """The real stages in order; the parse goes onto the tokens right before the event stages."""
    doc = Document(doc_id="t", text=text, published="2024-07-09")
    for st in pipe.stages:
        if st.name == FIRST_EVENT_STAGE and conllu is not None:
            sdoc = CoNLL.conll2doc(input_str=conllu)
            # The hand-written words must be the pipeline's own tokens (as for stanza's pretokenized input).
            assert [w.text for w in sdoc.sentences[0].words] == [t.text for t in doc.tokens]
            apply_stanza_doc(doc, doc.sentences, sdoc)
            doc.provided.update(("pos", "lemma", "deps"))
        doc = st.run(doc)
        doc.provided.update(st.spec.provides)
    return doc


def only_event(doc: Document, type_: str):
    events = [e for e in doc.events if e.type == type_]
    assert len(events) == 1, [(e.type, e.trigger) for e in doc.events]
    return events[0]


def names(parts) -> list[str]:
    return sorted(p["canonical"] for p in parts)


def test_meeting_roles_from_the_parse(pipe):
    doc = run(pipe, *MEETING)
    assert doc.tokens[1].deprel == "nsubj" and doc.tokens[1].head == 11
    e = only_event(doc, "MEETING")
    assert e.attrs["roles_from"] == "parse"
    assert names(e.actor) == ["Narendra Modi"]
    assert names(e.target) == ["Vladimir Putin"]
    # रूस, a modifier of the title inside the oblique, is neither party nor place.
    assert e.location is None


def test_same_sentence_without_a_parse_uses_the_rules(pipe):
    doc = run(pipe, MEETING[0], None)
    assert all(t.deprel is None for t in doc.tokens)
    e = only_event(doc, "MEETING")
    # Without a parse the output stays what the rules always gave: no roles_from key at all.
    assert "roles_from" not in e.attrs
    assert names(e.actor) == ["Narendra Modi"] and names(e.target) == ["Vladimir Putin"]


def test_parse_drops_an_oblique_of_another_clause_the_rules_take(pipe):
    rules = only_event(run(pipe, RETURNED[0], None), "MEETING")
    assert names(rules.target) == ["United Nations", "Vladimir Putin"]  # what the case markers say
    parsed = only_event(run(pipe, *RETURNED), "MEETING")
    assert parsed.attrs["roles_from"] == "parse"
    assert names(parsed.actor) == ["Narendra Modi"]
    assert names(parsed.target) == ["Vladimir Putin"]


def test_visit_genitive_place_and_subject_via_the_light_verb(pipe):
    e = only_event(run(pipe, *VISIT), "VISIT")
    assert e.attrs["roles_from"] == "parse"
    assert names(e.actor) == ["Narendra Modi"]
    assert names(e.target) == ["Russia"]  # रूस की यात्रा; भारत (of the title) is no party
    rules = only_event(run(pipe, VISIT[0], None), "VISIT")
    assert "roles_from" not in rules.attrs
    assert (names(rules.actor), names(rules.target)) == (names(e.actor), names(e.target))


def test_chair_inside_a_relational_noun(pipe):
    e = only_event(run(pipe, *CHAIRED), "MEETING")
    assert e.attrs["roles_from"] == "parse"
    assert names(e.actor) == ["Narendra Modi"]
    assert names(e.target) == ["Vladimir Putin"]


def test_parsed_trigger_without_arguments_falls_back_to_the_rules(pipe):
    # The parse is present but says nothing about the trigger: every word hangs on the root as dep.
    text = MEETING[0]
    words = text.split()
    flat = "".join(f"{k}\t{w}\t{w}\tX\t_\t_\t{0 if k == 1 else 1}\t{'root' if k == 1 else 'dep'}\t_\t_\n"
                   for k, w in enumerate(words, 1))
    e = only_event(run(pipe, text, flat), "MEETING")
    assert e.attrs["roles_from"] == "rules"
    assert names(e.actor) == ["Narendra Modi"] and names(e.target) == ["Vladimir Putin"]
