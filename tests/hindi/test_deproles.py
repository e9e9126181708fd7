"""Role candidates from dependencies, on real stanza.Documents (UD Hindi PUD, read with
stanza's CoNLL reader and copied onto pipeline tokens by the stanza stage's adapter),
checked against the treebank's own relations read independently."""
from __future__ import annotations

from collections import Counter

import pytest

from pipeline.hindi import deproles
from tests.conftest import SHARED

stanza = pytest.importorskip("stanza", reason="the stanza extra is not installed")
from stanza.utils.conll import CoNLL  # noqa: E402

from pipeline.stages.stanza_parser import apply_stanza_doc, document_from_words  # noqa: E402
from tests.stages.test_stanza_parser import read_conllu  # noqa: E402

PUD = SHARED / "data" / "ud-hindi-pud" / "hi_pud-ud-test.conllu"


def _parsed(conllu_text: str | None = None, path=None):
    sdoc = CoNLL.conll2doc(input_str=conllu_text) if conllu_text else CoNLL.conll2doc(str(path))
    doc = document_from_words("t", [[w.text for w in s.words] for s in sdoc.sentences])
    apply_stanza_doc(doc, doc.sentences, sdoc)
    doc.provided.add("deps")
    return doc


@pytest.fixture(scope="module")
def pud():
    if not PUD.exists():
        pytest.skip(f"UD Hindi PUD not found at {PUD} (../shared absent)")
    return _parsed(path=PUD), read_conllu(PUD)


def gold_case(gsent, wid):
    """The treebank's case marker of word `wid`: its case children and their fixed words."""
    ids = []
    for w in gsent:
        if w["head"] == wid and w["deprel"].split(":")[0] == "case":
            ids.append(w["id"])
            ids += [f["id"] for f in gsent if f["head"] == w["id"] and f["deprel"].split(":")[0] == "fixed"]
    return " ".join(gsent[i - 1]["form"] for i in sorted(ids)) or None


ROLE = {"nsubj": "subject", "obj": "object", "iobj": "object", "obl": "oblique", "nmod": "oblique"}


def test_every_treebank_argument_is_found_with_its_case_marker(pud):
    """For every nsubj/obj/iobj/obl/nmod word, the roles of its head include it, with the
    treebank's role and (where it has its own) case marker."""
    doc, gold = pud
    found, missing, case_ok, case_total = Counter(), [], 0, 0
    for sent, gsent in zip(doc.sentences, gold):
        toks = doc.tokens[sent.tok_start:sent.tok_end]
        cache = {}
        for g in gsent:
            role = ROLE.get(g["deprel"].split(":")[0])
            if role is None or g["head"] == 0:
                continue
            pred = g["head"] - 1
            if pred not in cache:
                cache[pred] = deproles.roles(toks, pred, offset=sent.tok_start)
            direct = [c for c in cache[pred] if c.head == g["id"] - 1 and c.via == "direct"]
            if len(direct) != 1 or direct[0].role != role or direct[0].deprel != g["deprel"]:
                missing.append((sent.sent_id, g["form"], g["deprel"]))
                continue
            found[role] += 1
            own = gold_case(gsent, g["id"])
            if own is not None:
                case_total += 1
                case_ok += direct[0].case == own
    assert not missing, missing[:10]
    assert found["subject"] >= 1000 and found["object"] >= 1400 and found["oblique"] >= 1700, found
    assert case_total > 2000 and case_ok == case_total


def test_subject_of_each_predicate_matches_the_treebank(pud):
    """Over all sentences: the direct subject deproles returns for a word is the token
    whose deprel is nsubj(:pass) under it, and its marker is the treebank's case child."""
    doc, gold = pud
    checked = with_ne = 0
    for sent, gsent in zip(doc.sentences, gold):
        toks = doc.tokens[sent.tok_start:sent.tok_end]
        for g in gsent:
            subs = [w for w in gsent if w["head"] == g["id"] and w["deprel"].startswith("nsubj")]
            got = [c for c in deproles.roles(toks, g["id"] - 1, sent.tok_start)
                   if c.role == "subject" and c.via == "direct"]
            assert [c.head for c in got] == [w["id"] - 1 for w in subs]
            for c, w in zip(got, subs):
                checked += 1
                assert c.case == gold_case(gsent, w["id"])
                with_ne += c.case == "ने"
    assert checked >= 1200 and with_ne >= 200


def test_light_verb_nouns_get_the_verbs_arguments(pud):
    """A noun trigger in a complex predicate (मुलाकात की, यात्रा की) climbs to its verb."""
    doc, gold = pud
    n = 0
    for sent, gsent in zip(doc.sentences, gold):
        toks = doc.tokens[sent.tok_start:sent.tok_end]
        for g in gsent:
            if g["deprel"] != "compound:lvc" or g["upos"] != "NOUN" or g["head"] == 0:
                continue
            verb = gsent[g["head"] - 1]
            if verb["upos"] != "VERB":
                continue
            subs = [w["id"] - 1 for w in gsent if w["head"] == verb["id"] and w["deprel"].startswith("nsubj")]
            got = deproles.roles(toks, g["id"] - 1, sent.tok_start)
            assert all(c.head != g["id"] - 1 for c in got)  # never the trigger itself
            climbed = [c.head for c in got if c.role == "subject" and c.via == "predicate"]
            assert climbed == subs
            assert all(c.predicate == verb["id"] - 1 for c in got if c.via.startswith("predicate"))
            n += bool(subs)
    assert n >= 50


def test_conjoined_predicates_share_the_subject(pud):
    doc, gold = pud
    n = 0
    for sent, gsent in zip(doc.sentences, gold):
        toks = doc.tokens[sent.tok_start:sent.tok_end]
        for g in gsent:
            if g["deprel"] != "conj" or g["upos"] != "VERB" or g["head"] == 0:
                continue
            if any(w["head"] == g["id"] and w["deprel"].startswith("nsubj") for w in gsent):
                continue
            head = gsent[g["head"] - 1]
            subs = [w["id"] - 1 for w in gsent if w["head"] == head["id"] and w["deprel"].startswith("nsubj")]
            if head["upos"] != "VERB" or not subs:
                continue
            got = deproles.roles(toks, g["id"] - 1, sent.tok_start)
            assert [c.head for c in got if c.via == "shared"][:1] == subs[:1]
            n += 1
    assert n >= 20


def test_phrase_spans_and_document_indices(pud):
    doc, _ = pud
    checked = 0
    for sent in doc.sentences[::50]:
        for i in range(sent.tok_start, sent.tok_end):
            local = deproles.roles(doc.tokens[sent.tok_start:sent.tok_end], i - sent.tok_start, sent.tok_start)
            glob = deproles.roles_for_token(doc, i)
            assert [c.head - sent.tok_start for c in glob] == [c.head for c in local]
            for c in glob:
                checked += 1
                head = doc.tokens[c.head]
                assert c.text == head.text and c.start <= c.head < c.end
                assert c.covers(head.start, head.end) and c.contains_head(head.start, head.end)
                assert deproles.candidate_for(glob, head.start, head.end) == (c, True) or \
                    sum(g.head == c.head for g in glob) > 1  # the same word under two relations
                assert doc.norm_text[c.char_start:c.char_end].startswith(doc.tokens[c.start].text)
                # the phrase does not end in the argument's own case marker
                assert c.end - 1 not in c.case_tokens
            span = deproles.roles_for_span(doc, doc.tokens[i].start, doc.tokens[i].end)
            if doc.tokens[i].upos in deproles.NOMINAL:
                assert span == glob
    assert checked > 100


# A short hand-parsed sentence (UD Hindi conventions) so the rules are exercised
# without ../shared: "मोदी और पुतिन ने मास्को में मुलाकात की और समझौते पर हस्ताक्षर किए ।"
SMALL = """\
1	मोदी	मोदी	PROPN	_	_	8	nsubj	_	_
2	और	और	CCONJ	_	_	3	cc	_	_
3	पुतिन	पुतिन	PROPN	_	_	1	conj	_	_
4	ने	ने	ADP	_	_	3	case	_	_
5	मास्को	मास्को	PROPN	_	_	8	obl	_	_
6	में	में	ADP	_	_	5	case	_	_
7	मुलाकात	मुलाकात	NOUN	_	_	8	compound:lvc	_	_
8	की	कर	VERB	_	_	0	root	_	_
9	और	और	CCONJ	_	_	13	cc	_	_
10	समझौते	समझौता	NOUN	_	_	13	obl	_	_
11	पर	पर	ADP	_	_	10	case	_	_
12	हस्ताक्षर	हस्ताक्षर	NOUN	_	_	13	compound:lvc	_	_
13	किए	कर	VERB	_	_	8	conj	_	_
14	।	।	PUNCT	_	_	8	punct	_	_

"""


def test_small_sentence_rules():
    # UD: the first conjunct heads the coordination, the marker ने hangs on the last.
    doc = _parsed(SMALL)
    meet = deproles.roles_for_span(doc, *_span(doc, "मुलाकात की"))
    subj = [(c.text, c.case, c.via) for c in meet if c.role == "subject"]
    assert subj == [("मोदी", "ने", "predicate"), ("पुतिन", "ने", "predicate+conj")]
    assert [(c.text, c.case) for c in meet if c.role == "oblique"] == [("मास्को", "में")]
    sign = deproles.roles_for_span(doc, *_span(doc, "हस्ताक्षर किए"))
    assert [(c.text, c.case, c.via) for c in sign] == [
        ("समझौते", "पर", "predicate"), ("मोदी", "ने", "shared"), ("पुतिन", "ने", "shared+conj")]
    assert deproles.has_deps(doc)
    # Entities map to candidates by their head; a marker maps to a named list of markers.
    putin = _span(doc, "पुतिन")
    cand, is_head = deproles.candidate_for(meet, *putin)
    assert (cand.text, cand.role, is_head) == ("पुतिन", "subject", True)
    kinds = {"agent": ["ने"], "counterpart": ["से", "के  साथ"], "place": ["में", "पर"]}
    assert [deproles.case_kind(c.case, kinds) for c in meet] == [
        deproles.case_kind(m, kinds) for m in ("ने", "ने", "में")] == ["agent", "agent", "place"]
    assert deproles.case_kind("के साथ", kinds) == "counterpart"
    assert deproles.case_kind(None, kinds) == "bare" and deproles.case_kind("तक", kinds) is None


def _span(doc, phrase):
    start = doc.norm_text.index(phrase)
    return start, start + len(phrase)
