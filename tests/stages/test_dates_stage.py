"""The dates stage on documents built by the real metadata/normalise/sentences/tokens stages."""
from __future__ import annotations

import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document, Entity
from pipeline.io.readers import read_file
from tests.conftest import REPO, make_config

PRE = ["metadata", "normalise", "sentences", "tokens"]


@pytest.fixture
def pipes(tmp_path):
    cfg = load_config(make_config(tmp_path, PRE + ["dates"], []))  # read at once: the file may be reused
    pre = load_config(make_config(tmp_path, PRE, []))
    return build(pre, writers=False), build(cfg, writers=False)


def seed(name: str) -> Document:
    path = next((REPO / "seeds").glob(f"{name}*.txt"))
    (doc,) = list(read_file(path, path.parent))
    return doc


def dates(doc):
    return [(e.text, e.value) for e in doc.entities if e.label == "DATE"]


def test_seed_dates_anchored_on_the_published_date(pipes):
    _, full = pipes
    doc = full(seed("004"))
    assert doc.published == "2025-11-30"
    got = dates(doc)
    assert ("4-5 दिसंबर", "2025-12-04/2025-12-05") in got
    assert ("18 फरवरी, 2025", "2025-02-18") in got
    for e in doc.entities:
        assert doc.norm_text[e.start:e.end] == e.text
        sent = doc.sentences[e.sent_id]
        assert sent.start <= e.start < e.end <= sent.end
        toks = doc.tokens[sent.tok_start:sent.tok_end]
        # Spans are snapped to token boundaries.
        assert any(t.start == e.start for t in toks) and any(t.end == e.end for t in toks)
        assert e.source == "dates" and e.attrs["granularity"] in ("day", "week", "month", "year", "decade")


def test_metadata_lines_are_not_content_dates(pipes):
    _, full = pipes
    doc = full(seed("004"))
    assert doc.metadata_spans
    assert not any("Nov 30" in e.text for e in doc.entities)


def test_seed_000_relative_dates(pipes):
    _, full = pipes
    doc = full(seed("000"))
    assert doc.published == "2025-11-11"
    got = dates(doc)
    for pair in [("दिसंबर", "2025-12"), ("सोमवार", "2025-11-10"), ("इस साल के अंत", "2025"),
                 ("7 नवंबर", "2025-11-07"), ("1950-60 के दशक", "1950/1969")]:
        assert pair in got, (pair, got)


def test_replaces_other_dates_and_respects_other_entities(pipes):
    pre, full = pipes
    dates_stage = full.stages[-1].run
    doc = pre(seed("004"))
    text = doc.norm_text
    i = text.index("4-5 दिसंबर")
    j = text.index("18 फरवरी")
    # Another stage's DATE over part of "4-5 दिसंबर", and a (wrong) LOC over "18 फरवरी".
    doc.entities = [Entity(i + 4, i + 10, text[i + 4:i + 10], "DATE", source="model"),
                    Entity(j, j + 8, text[j:j + 8], "LOC", source="model")]
    doc = dates_stage(doc)
    got = [(e.text, e.label, e.source) for e in doc.entities if e.start < j + 20 and e.end > i]
    assert ("4-5 दिसंबर", "DATE", "dates") in got
    assert not any(src == "model" and label == "DATE" for _, label, src in got)
    assert ("18 फरवरी", "LOC", "model") in got
    assert not any(label == "DATE" and t.startswith("18 फरवरी") for t, label, _ in got)


def test_document_without_publication_date_keeps_partial_values(pipes):
    _, full = pipes
    doc = full(Document("x", "पुतिन 4-5 दिसंबर को भारत आएंगे। समझौते पर 18 फरवरी, 2025 को हस्ताक्षर हुए थे।"))
    assert doc.published is None
    assert dates(doc) == [("4-5 दिसंबर", "XXXX-12-04/XXXX-12-05"), ("18 फरवरी, 2025", "2025-02-18")]


def test_devanagari_digits_survive_normalisation(pipes):
    _, full = pipes
    doc = full(Document("y", "समझौते पर १८ फरवरी २०२५ को हस्ताक्षर हुए थे।", published="2025-11-30"))
    assert dates(doc) == [("१८ फरवरी २०२५", "2025-02-18")]


def test_registered_with_requirements():
    from pipeline.core import registry

    spec = registry.get("dates")
    assert spec.requires == ("tokens", "metadata") and spec.provides == ("dates",)


def test_the_same_evening_is_the_day_of_the_last_day_told(pipes):
    _, full = pipes
    text = ("प्रधानमंत्री बुधवार को टोक्यो पहुंचे। 12 मार्च को उन्होंने सम्राट से भेंट की। उसी शाम वे प्रधानमंत्री से मिले। "
            "जिस दिन संसद बैठी, उसी दिन विधेयक पेश हुआ। समारोह उसी दिन होगा जब मेहमान आएंगे।")
    got = dates(full(Document(doc_id="d", text=text, published="2014-03-14")))
    assert ("उसी शाम", "2014-03-12") in got  # the latest day told, not the Wednesday before it
    # the day told in the sentence itself ("जिस दिन ..., उसी दिन"; "उसी दिन ... जब"): no date from before
    assert [t for t, _ in got].count("उसी दिन") == 0
    # too far back: nothing
    far = "12 मार्च को मंत्री टोक्यो पहुंचे। बात हुई। बात हुई। बात हुई। बात हुई। उसी शाम वे मिले।"
    assert "उसी शाम" not in [t for t, _ in dates(full(Document(doc_id="e", text=far, published="2014-03-14")))]


def test_a_time_of_day_with_no_day_of_its_own_is_on_the_day_last_told(pipes):
    _, full = pipes
    text = ("राष्ट्रपति गुरुवार को दिल्ली पहुंचे। शाम को उन्होंने प्रधानमंत्री से भेंट की। "
            "लखीसराय में शुक्रवार की देर शाम एक महिला पॉजिटिव पाई गई।")
    got = dates(full(Document(doc_id="d", text=text, published="2014-03-15")))
    assert ("शाम को", "2014-03-13") in got  # Thursday's evening
    # told with its own day ("शुक्रवार की देर शाम"): that day alone, no second date from before
    assert "देर शाम" not in [t for t, _ in got] and ("शुक्रवार", "2014-03-14") in got


def test_days_counted_from_the_day_told_before_not_from_publication(pipes):
    _, full = pipes
    text = ("मोदी और ओबामा के बीच मंगलवार को व्हाइट हाउस में वार्ता हुई। इससे एक दिन पहले ओबामा ने रात्रिभोज दिया था। "
            "बुजुर्ग की मौत 25 सितंबर को हुई थी और इसके दो दिन बाद रिपोर्ट आई। उससे एक सप्ताह पहले वे मुंबई गए थे।")
    got = dates(full(Document(doc_id="d", text=text, published="2014-10-01")))
    assert ("एक दिन पहले", "2014-09-29") in got  # Tuesday the 30th less a day, not publication less a day
    assert ("दो दिन बाद", "2014-09-27") in got  # a past "N दिन बाद" counts from the day told
    assert ("एक सप्ताह पहले", "2014-W38") in got  # 25 September less a week
    # the day told right after it ("इसके एक दिन पहले मंगलवार को"): that day alone
    told = dates(full(Document(doc_id="e", text="इसके एक दिन पहले मंगलवार को पटना में एक मरीज मिला।",
                               published="2020-03-20")))
    assert told == [("मंगलवार", "2020-03-17")]
    # the day may be told several sentences back, with only months told between (dates.toml told_reach)
    far = ("ओलांद शुक्रवार को बर्लिन पहुंचे। जून में वे चुने गए थे। बात हुई। बात हुई। सितंबर में फिर बैठक होगी। "
           "इससे एक दिन पहले समरास बर्लिन पहुंचे थे।")
    assert ("एक दिन पहले", "2012-08-23") in dates(full(Document(doc_id="g", text=far, published="2012-08-25")))
    # no day told before: from publication, as any "एक दिन पहले"
    alone = dates(full(Document(doc_id="f", text="इससे एक दिन पहले मुंबई में विरोध हुआ।", published="2020-03-20")))
    assert alone == [("एक दिन पहले", "2020-03-19")]


def test_the_next_day_is_the_day_after_the_last_day_told(pipes):
    _, full = pipes
    text = ("प्रधानमंत्री बुधवार को टोक्यो पहुंचे। अगले दिन उन्होंने सम्राट से भेंट की। "
            "शुक्रवार को सुबह 9 बजे से लेकर अगली सुबह 9 बजे तक जांच हुई।")
    got = dates(full(Document(doc_id="d", text=text, published="2014-03-15")))
    assert ("अगले दिन", "2014-03-13") in got  # Wednesday the 12th, then the 13th
    assert ("अगली सुबह", "2014-03-15") in got  # Friday the 14th, then the 15th
    # nothing told before: no date
    alone = dates(full(Document(doc_id="e", text="अगले दिन उन्होंने सम्राट से भेंट की।", published="2014-03-15")))
    assert "अगले दिन" not in [t for t, _ in alone]
