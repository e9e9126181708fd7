from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from tests.conftest import make_config


def test_real_spacy_tokens_align_with_text(tmp_path):
    cfg = load_config(make_config(tmp_path, ["normalise", "sentences", "tokens"], []))
    pipe = build(cfg)
    text = "रूस के राष्ट्रपति व्लादिमीर पुतिन 4-5 दिसंबर को भारत आएंगे। उन्होंने कहा, \"हम तैयार हैं.\""
    doc = pipe(Document("d", text))
    assert len(doc.sentences) == 2
    for t in doc.tokens:
        assert doc.norm_text[t.start:t.end] == t.text
    words = [t.text for t in doc.sentence_tokens(0)]
    assert words[:5] == ["रूस", "के", "राष्ट्रपति", "व्लादिमीर", "पुतिन"]
    assert words[-1] == "।"
    assert doc.sentence_tokens(1)[0].sent_id == 1
