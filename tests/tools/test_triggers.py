"""`hindi-events triggers` (pipeline/tools/triggers.py) on real files: the repo's seed articles and
an article written to disk, through the pipeline's own tokenizer and gazetteer."""
from __future__ import annotations

import pytest

from pipeline.tools.triggers import LexiconWords, collect, event_sentences, format_report, sentences, stem
from tests.conftest import REPO, SHARED, cli

ARTICLE = ("प्रकाशित: 2025-03-20\n\nसरकार ने डॉक्टरों का एक दल इटली भेजा। शेख हसीना शुक्रवार को दिल्ली पहुंचीं। "
           "प्रधानमंत्री ने वुहान शहर का दौरा किया। इजराइल ने युद्धविराम की घोषणा की। "
           "पुतिन की भारत यात्रा टल गई। राज्य में भाजपा का राज है। वार्ता का अगला दौर सोमवार को होगा।\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def sents(corpus):
    return sentences([REPO / "seeds", corpus])


def test_stem():
    assert stem("पहुंचीं") == stem("पहुंचे") == "पहुंच"
    assert stem("भेजेगी") == stem("भेजा") == "भेज"
    assert stem("मिल") == "मिल"  # too short to strip


def test_a_bare_stem_is_a_form_of_verbs_only(sents):
    # राजी -> राज (rule) and दौरा -> दौर (a round of talks) are other words; मिल is मिलना's.
    agreement = {c.text for c in collect(sents, "AGREEMENT").candidates}
    assert "राज" not in agreement
    visit = {c.text for c in collect(sents, "VISIT").candidates}
    assert "दौर" not in visit and "दौरा" in visit


def test_sentences_carry_places(sents):
    assert {s.doc_id for s in sents} >= {"article"}
    arrive = next(s for s in sents if "पहुंचीं" in s.words)
    assert arrive.words.index("पहुंचीं") in arrive.place_ends  # दिल्ली ends right before it


def test_visit_candidates(sents):
    rep = collect(sents, "VISIT")
    by_text = {c.text: c for c in rep.candidates}
    assert by_text["यात्रा"].in_lexicon == "yes" and by_text["यात्रा"].source == "lexicon"
    send = by_text["भेजा"]  # a seed verb after a named place, not in the lexicon
    assert (send.source, send.in_lexicon, send.count) == ("form", "no", 1)
    assert "इटली भेजा" in send.examples[0]
    assert by_text["पहुंचीं"].in_lexicon == "yes"  # in visit.toml
    assert "दौरा किया" in by_text and by_text["दौरा किया"].source == "after"
    assert 0 < rep.covered <= rep.sentences
    text = format_report(rep, top=5)
    assert text.startswith("== VISIT (configs/events/visit.toml)") and "| " in text


def test_agreement_and_status_candidates(sents):
    agreement = {c.text: c for c in collect(sents, "AGREEMENT").candidates}
    assert agreement["युद्धविराम"].in_lexicon == "yes"
    status = {c.text: c for c in collect(sents, "STATUS").candidates}
    assert "टल" in status and status["टल"].in_lexicon == "yes"  # after the trigger यात्रा


def test_lexicon_words_need_their_frame(sents):
    lex = LexiconWords("VISIT")
    gone = next(s for s in sents if "टल" in s.words)
    assert lex.match(gone, gone.words.index("गई")) == 0  # "टल गई": a motion verb with no place before it


def test_engine_coverage_from_a_run(corpus, sents, tmp_path):
    out = tmp_path / "out"
    result = cli("run", str(corpus), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    events = event_sentences([out])
    rep = collect(sents, "VISIT", events=events)
    arrive = next(c for c in rep.candidates if c.text == "पहुंचीं")
    assert arrive.fired == 1  # the engine made Sheikh Hasina's visit to Delhi from that sentence
    assert 1 <= rep.with_event <= rep.sentences
    assert "the engine made an event of them in" in format_report(rep, top=3)
    assert collect(sents, "VISIT").with_event is None  # without a run: not reported
    with pytest.raises(FileNotFoundError):
        event_sentences([tmp_path])


def test_cli(tmp_path):
    result = cli("triggers", str(REPO / "seeds"), "--type", "MEETING", "--top", "3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("== MEETING") and "बैठक" in result.stdout
    assert cli("triggers", str(tmp_path / "missing")).returncode == 2


@pytest.mark.skipif(not (SHARED / "eval" / "wide").exists(), reason="shared eval data not here")
def test_wide_coverage():
    rep = collect(sentences([SHARED / "eval" / "wide"]), "MEETING")
    assert rep.sentences > 100 and 0.3 < rep.coverage < 1.0
