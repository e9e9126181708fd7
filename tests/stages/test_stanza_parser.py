"""The optional Stanza stage: the adapter on real stanza.Documents read from UD Hindi PUD,
build failures with install instructions, and (when the models are installed) a real parse."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from pipeline.core.errors import PipelineError
from tests.conftest import CONFIGS, REPO, SHARED, cli, make_config

stanza = pytest.importorskip("stanza", reason="the stanza extra is not installed")
from stanza.utils.conll import CoNLL  # noqa: E402

from pipeline.stages.stanza_parser import (  # noqa: E402
    apply_stanza_doc, copy_words, default_model_dir, document_from_words, models_present)

PUD = SHARED / "data" / "ud-hindi-pud" / "hi_pud-ud-test.conllu"
needs_pud = pytest.mark.skipif(not PUD.exists(), reason=f"UD Hindi PUD not found at {PUD} (../shared absent)")
MODELS = default_model_dir()
needs_models = pytest.mark.skipif(
    not models_present(MODELS), reason=f"Stanza's Hindi models are not installed in {MODELS} "
    "(set STANZA_RESOURCES_DIR; see docs/stages.md: Stanza backend)")


def read_conllu(path: Path) -> list[list[dict]]:
    """The treebank read independently of stanza: one dict per word line."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if "-" in c[0] or "." in c[0]:
            continue
        cur.append({"id": int(c[0]), "form": c[1], "lemma": c[2], "upos": c[3], "head": int(c[6]), "deprel": c[7]})
    if cur:
        sents.append(cur)
    return sents


@pytest.fixture(scope="module")
def pud():
    if not PUD.exists():
        pytest.skip(f"UD Hindi PUD not found at {PUD} (../shared absent)")
    sdoc = CoNLL.conll2doc(str(PUD))
    doc = document_from_words("pud", [[w.text for w in s.words] for s in sdoc.sentences])
    return sdoc, doc, read_conllu(PUD)


def test_adapter_copies_every_word_onto_the_pipeline_tokens(pud):
    sdoc, doc, gold = pud
    apply_stanza_doc(doc, doc.sentences, sdoc)
    assert len(doc.sentences) == len(gold) == 1000
    roots = 0
    for sent, gsent in zip(doc.sentences, gold):
        toks = doc.tokens[sent.tok_start:sent.tok_end]
        assert [t.text for t in toks] == [g["form"] for g in gsent]
        for t, g in zip(toks, gsent):
            assert doc.norm_text[t.start:t.end] == t.text
            assert (t.upos, t.lemma, t.deprel) == (g["upos"], g["lemma"], g["deprel"])
            if g["head"] == 0:
                assert t.head == -1
                roots += 1
            else:  # heads index Document.tokens and stay inside the sentence
                assert sent.tok_start <= t.head < sent.tok_end
                assert doc.tokens[t.head].text == gsent[g["head"] - 1]["form"]
                assert t.head - sent.tok_start == g["head"] - 1
    assert roots == len(gold)


def test_adapter_refuses_misaligned_words(pud):
    sdoc, doc, _ = pud
    s0, s1 = doc.sentences[0], doc.sentences[1]
    with pytest.raises(ValueError, match="pretokenized"):
        copy_words(doc.tokens[s0.tok_start:s0.tok_end], s0.tok_start, sdoc.sentences[1].words)
    with pytest.raises(ValueError, match="sentences"):
        apply_stanza_doc(doc, [s0, s1], sdoc)


def _stanza_config(tmp_path, extra=""):
    return load_config(make_config(tmp_path, ["normalise", "sentences", "tokens", "stanza"], [], extra=extra))


def test_build_without_models_fails_at_once_with_install_steps(tmp_path, monkeypatch):
    empty = tmp_path / "no_models"
    empty.mkdir()
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(empty))
    with pytest.raises(PipelineError) as info:
        build(_stanza_config(tmp_path))
    msg = str(info.value)
    assert "[E003] Stage 'stanza'" in msg
    assert str(empty) in msg
    assert "stanza.download('hi'" in msg and "STANZA_RESOURCES_DIR" in msg
    assert list(empty.iterdir()) == []  # nothing was downloaded or written


def test_model_dir_setting_is_relative_to_the_config(tmp_path, monkeypatch):
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    (tmp_path / "models").mkdir()
    with pytest.raises(PipelineError) as info:
        build(_stanza_config(tmp_path, extra='[stages.stanza]\nmodel_dir = "models"\n'))
    assert str(tmp_path / "models") in str(info.value)


def test_cli_reports_missing_models_and_exits_2(tmp_path):
    empty = tmp_path / "no_models"
    empty.mkdir()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("मोदी ने पुतिन से मुलाकात की।", encoding="utf-8")
    cfg = make_config(tmp_path, ["normalise", "sentences", "tokens", "stanza"], ["documents_jsonl"])
    r = cli("run", str(corpus), "-o", str(tmp_path / "out"), "--config", str(cfg), "--quiet",
            env={**os.environ, "STANZA_RESOURCES_DIR": str(empty)})
    assert r.returncode == 2, r.stderr
    assert "[E003] Stage 'stanza'" in r.stderr and "stanza.download(" in r.stderr


def test_build_without_the_extra_says_how_to_install_it(tmp_path):
    # A python where `import stanza` fails, as without the extra.
    cfg = make_config(tmp_path, ["normalise", "sentences", "tokens", "stanza"], [])
    code = ("import sys; sys.modules['stanza'] = None\n"
            "from pipeline.core.builder import build\nfrom pipeline.core.config import load_config\n"
            "from pipeline.core.errors import PipelineError\n"
            f"try:\n    build(load_config({str(cfg)!r}))\nexcept PipelineError as e:\n    print(e)\n")
    import subprocess

    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert "[E003] Stage 'stanza'" in r.stdout, r.stderr
    assert 'pip install "hindi-news-events[stanza]"' in r.stdout


@needs_models
def test_real_parse_on_pipeline_tokens(tmp_path):
    pipe = build(_stanza_config(tmp_path))
    text = "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नई दिल्ली में रूस के राष्ट्रपति से मुलाकात की। दोनों नेताओं ने समझौते पर हस्ताक्षर किए।"
    doc = pipe(Document("d", text))
    assert "deps" in doc.provided
    for sent in doc.sentences:
        toks = doc.tokens[sent.tok_start:sent.tok_end]
        assert all(t.upos and t.lemma and t.deprel for t in toks)
        assert sum(t.head == -1 for t in toks) == 1
        assert all(t.head == -1 or sent.tok_start <= t.head < sent.tok_end for t in toks)


@needs_models
@needs_pud
def test_real_parse_agrees_with_the_treebank(tmp_path, pud):
    """Unlabelled attachment on 100 PUD sentences parsed from their gold words."""
    _, _, gold = pud
    pipe = build(_stanza_config(tmp_path))
    stanza_stage = pipe.stages[-1].run
    doc = document_from_words("pud100", [[g["form"] for g in s] for s in gold[:100]])
    stanza_stage(doc)
    right = total = 0
    for sent, gsent in zip(doc.sentences, gold):
        for t, g in zip(doc.tokens[sent.tok_start:sent.tok_end], gsent):
            total += 1
            right += (t.head == -1) if g["head"] == 0 else (t.head == sent.tok_start + g["head"] - 1)
    assert right / total > 0.8
