"""numpy's BLAS in place of thinc's BLIS: same predictions, one thread, clear errors."""
import numpy as np
import pytest
from threadpoolctl import threadpool_info

from pipeline.core.blas import cpu_ops, one_blas_thread, use_blas
from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.errors import PipelineError
from pipeline.stages.ner_model import MODEL_DIR, load_model
from tests.conftest import make_config

needs_model = pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="no trained model shipped")
SENTENCES = ["रूस के राष्ट्रपति व्लादिमीर पुतिन ने प्रधानमंत्री नरेंद्र मोदी से नई दिल्ली में मुलाकात की।",
             "टीएएसएस के अनुसार विदेश मंत्री एस जयशंकर 4-5 दिसंबर को मॉस्को जाएंगे।"] * 8


def test_cpu_ops_multiply_like_blis():
    x = np.random.default_rng(0).random((50, 30), dtype=np.float32)
    w = np.random.default_rng(1).random((20, 30), dtype=np.float32)
    out = cpu_ops("numpy").gemm(x, w, trans2=True)
    assert np.allclose(out, cpu_ops("blis").gemm(x, w, trans2=True), atol=1e-4)
    assert np.allclose(out, x @ w.T, atol=1e-4)


def test_unknown_blas_is_refused():
    with pytest.raises(ValueError, match="blas must be one of"):
        cpu_ops("mkl")


def test_one_blas_thread_limits_numpys_blas_inside_the_block_only():
    blas = [i for i in threadpool_info() if i["user_api"] == "blas"]
    if not blas:
        pytest.skip("threadpoolctl sees no BLAS library")
    before = blas[0]["num_threads"]
    with one_blas_thread():
        assert all(i["num_threads"] == 1 for i in threadpool_info() if i["user_api"] == "blas")
    assert [i for i in threadpool_info() if i["user_api"] == "blas"][0]["num_threads"] == before


@needs_model
def test_the_shipped_model_predicts_the_same_with_either_blas():
    nlp = load_model(MODEL_DIR, "numpy")
    assert all(layer.ops.use_blis is False for layer in nlp.get_pipe("tok2vec").model.walk())
    with_numpy = [[(e.start, e.end, e.label_) for e in d.ents] for d in nlp.pipe(SENTENCES)]
    use_blas(nlp, "blis")
    assert all(layer.ops.use_blis is True for layer in nlp.get_pipe("ner").model.walk())
    with_blis = [[(e.start, e.end, e.label_) for e in d.ents] for d in nlp.pipe(SENTENCES)]
    assert with_numpy == with_blis and any(with_numpy)


@needs_model
def test_the_stage_setting_picks_the_blas(tmp_path):
    cfg = make_config(tmp_path, ["normalise", "sentences", "tokens", "ner_model"], [])
    text = cfg.read_text(encoding="utf-8").replace('[stages.ner_model]\n', '[stages.ner_model]\nblas = "blis"\n')
    cfg.write_text(text, encoding="utf-8")
    tagger = build(load_config(cfg)).stages[-1].run
    assert all(layer.ops.use_blis for layer in tagger.nlp.get_pipe("tok2vec").model.walk())
    cfg.write_text(text.replace('blas = "blis"', 'blas = "mkl"'), encoding="utf-8")
    with pytest.raises((PipelineError, ValueError), match="blas must be one of"):
        build(load_config(cfg))
