"""The shipped NER model (pipeline/models/ner-hi): loads, tags real Hindi sentences sensibly,
and tag_conll keeps the line structure. Never trains."""
from pathlib import Path

import pytest

from pipeline.training import conll, evaluate_ner, tag_conll

MODEL = Path(__file__).resolve().parents[2] / "pipeline" / "models" / "ner-hi"


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    assert (MODEL / "config.cfg").exists(), f"shipped model missing at {MODEL}"
    return spacy.load(MODEL)


def _ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_labels_and_size(nlp):
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "DATE"}
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size < 25 * 1024 * 1024


def test_person_and_country(nlp):
    ents = _ents(nlp, "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नई दिल्ली में अमेरिका के विदेश मंत्री से मुलाकात की।")
    assert ("नरेंद्र मोदी", "PER") in ents
    assert ("अमेरिका", "LOC") in ents


def test_more_sentences(nlp):
    ents = _ents(nlp, "मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में अधिकारियों के साथ बैठक की।")
    assert any(lab == "PER" and "आदित्यनाथ" in text for text, lab in ents)
    assert any(lab == "LOC" and "लखनऊ" in text for text, lab in ents)
    ents = _ents(nlp, "भारत और चीन के बीच सीमा विवाद पर बातचीत हुई।")
    assert ("भारत", "LOC") in ents and ("चीन", "LOC") in ents
    # a sentence without names gets no PER/ORG/LOC
    plain = _ents(nlp, "आज मौसम बहुत अच्छा है और लोग बाहर घूम रहे हैं।")
    assert not [e for e in plain if e[1] in ("PER", "ORG", "LOC")]


def test_tag_conll_one_line_per_input_line(nlp, tmp_path):
    src = tmp_path / "in.conll"
    lines = ["", "राहुल\tX", "गांधी", "ने", "केरल", "का", "दौरा", "किया", "।", "", "",
             "भारत\t_\t_", "में", "बारिश", "हुई", ""]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.conll"
    assert tag_conll.main(["--conll", str(src), "--out", str(out), "--model", str(MODEL)]) == 0
    got = out.read_text(encoding="utf-8").split("\n")[:-1]
    assert len(got) == len(lines)
    for inp, o in zip(lines, got):
        if not inp.strip():
            assert o == ""
        else:
            tok, tag = o.split("\t")
            assert tok == inp.split()[0]
            assert tag == "O" or tag[:2] in ("B-", "I-") and tag[2:] in conll.LABELS
    tags = [o.split("\t")[1] for o in got if o]
    assert tags[0] == "B-PER" and tags[1] == "I-PER"  # राहुल गांधी
    assert tags[3] == "B-LOC"  # केरल
    # tagged output is itself a valid CoNLL file for the reader
    assert [len(s.tokens) for s in conll.read_conll(out)] == [8, 4]


def test_score_spans_exact_match():
    gold = [[(0, 2, "PER"), (3, 4, "LOC")], [(0, 1, "ORG")]]
    pred = [[(0, 2, "PER"), (3, 4, "ORG")], [(0, 2, "ORG")]]  # wrong label; wrong boundary
    res = evaluate_ner.score_spans(gold, pred)
    assert res["PER"]["f1"] == 1.0
    assert res["LOC"]["r"] == 0.0 and res["ORG"]["p"] == 0.0
    assert res["ALL"]["tp"] == 1 and res["ALL"]["fp"] == 2 and res["ALL"]["fn"] == 2


def test_evaluate_cli_on_small_file(nlp, tmp_path, capsys):
    f = tmp_path / "g.txt"
    f.write_text("नरेंद्र\tB-NEP\nमोदी\tI-NEP\nने\tO\nभारत\tB-NEL\nकी\tO\nबात\tO\nकी\tO\n।\tO\n\n", encoding="utf-8")
    assert evaluate_ner.main(["--conll", str(f), "--scheme", "il-ner", "--no-dedupe", "--json",
                              "--model", str(MODEL)]) == 0
    import json

    info = json.loads(capsys.readouterr().out)
    assert info["sentences"] == 1
    assert info["scores"]["PER"]["support"] == 1 and info["scores"]["LOC"]["support"] == 1
    assert info["scores"]["PER+LOC+ORG"]["f1"] > 0.5


def test_evaluate_system_scores_the_pipeline_ner_stages(tmp_path, capsys):
    """--system runs gazetteer + model + linker on gold tokens; spans map back to token indices."""
    import json

    f = tmp_path / "g.txt"
    f.write_text("राष्ट्रपति\tO\nव्लादिमीर\tB-NEP\nपुतिन\tI-NEP\nने\tO\nस्टेट\tB-NEO\nड्यूमा\tI-NEO\nको\tO\n"
                 "संबोधित\tO\nकिया\tO\n।\tO\n\nभारत\tB-NEL\nऔर\tO\nरूस\tB-NEL\nमित्र\tO\nहैं\tO\n\n", encoding="utf-8")
    gold = [conll.spans(s.tags) for s in conll.load(f, "il-ner")]
    pred = evaluate_ner.predict_system(conll.load(f, "il-ner"), MODEL)
    assert (1, 3, "PER") in pred[0] and (0, 1, "LOC") in pred[1] and (2, 3, "LOC") in pred[1]
    assert evaluate_ner.main(["--conll", str(f), "--scheme", "il-ner", "--no-dedupe", "--json", "--system",
                              "--model", str(MODEL)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["what"] == "system" and info["scores"]["PER+LOC+ORG"]["support"] == sum(map(len, gold))
    assert info["scores"]["LOC"]["f1"] == 1.0


def test_shipped_model_carries_its_lexicon_tables(nlp):
    """The lexicon layer's tables are saved in the model (not read from configs/ at load time)."""
    layers = [n for n in nlp.get_pipe("tok2vec").model.walk() if n.name == "lexicon_features"]
    assert len(layers) == 1
    tables = layers[0].attrs["tables"]
    assert len(tables["words"]) > 3000 and len(tables["phrases"]) > 3000 and len(tables["letters"]) >= 26
    assert "व्लादिमीर पुतिन" in tables["phrases"]
