"""Dates from the story for events the text leaves undated (pipeline/stages/event_dates.py), on the
real stages over Hindi sentences written for these tests, and in events.csv of a real CLI run."""
from __future__ import annotations

import csv

import pytest

import pipeline
from pipeline.core.document import Document
from tests.conftest import cli, stage_pipeline

STAGES = ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "ner_model", "ner_titles",
          "ner_short_names", "entity_linker", "dates", "events_visit", "events_meeting", "events_agreement",
          "event_merge", "event_dates"]


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return stage_pipeline(tmp_path_factory, STAGES)


def events(pipe, text: str, published: str = "2024-03-20"):
    doc = pipe(Document(doc_id="t", text=text, published=published))
    return {e.type: e for e in doc.events}, doc


def test_an_undated_event_takes_the_day_told_just_before(pipe):
    by_type, _ = events(pipe, "भारत के प्रधानमंत्री ने सोमवार को टोक्यो में जापान के प्रधानमंत्री से बातचीत की। "
                              "भारत और जापान ने आठ समझौतों पर हस्ताक्षर किए।")
    assert by_type["MEETING"].date["value"] == "2024-03-18"
    assert "source" not in by_type["MEETING"].date  # its own clause dates it
    agreement = by_type["AGREEMENT"]
    assert agreement.date == {"text": "सोमवार", "value": "2024-03-18", "source": "context"}


def test_an_event_told_before_another_kind_takes_that_events_day(pipe):
    """"राष्ट्रपति से मिलने से पहले ... बातचीत की": the day of the meeting it was before, not of the arrival told between."""
    doc = pipe(Document(doc_id="t", published="2013-11-20", text=(
        "पेट्रोलियम मंत्री वीरप्पा मोइली ने मंगलवार को अबुजा में राष्ट्रपति गुडलक जोनाथन से मुलाक़ात की। "
        "मोइली सोमवार को अबुजा पहुंचे थे। "
        "राष्ट्रपति से मिलने से पहले भारतीय मंत्री ने नाइजीरिया की पेट्रोलियम मंत्री के साथ दो घंटे बातचीत की।")))
    earlier = [e for e in doc.events if e.type == "MEETING" and e.date and e.date.get("source")]
    assert [e.date for e in earlier] == [{"text": "मंगलवार", "value": "2013-11-19", "source": "sequence"}]


def test_a_planned_event_does_not_take_a_past_day(pipe):
    by_type, _ = events(pipe, "भारत के प्रधानमंत्री ने सोमवार को टोक्यो में जापान के प्रधानमंत्री से बातचीत की। "
                              "भारत और जापान जल्द ही परमाणु समझौते पर हस्ताक्षर करेंगे।")
    agreement = by_type["AGREEMENT"]
    assert agreement.status == "planned"
    assert agreement.date is None  # Monday is past; no later date is told


def test_a_date_that_bounds_the_event_does_not_date_it(pipe):
    # "2010 के बाद" says the visit came after 2010, not in it
    by_type, _ = events(pipe, "2010 के बाद पहली बार भारत के प्रधानमंत्री चीन गए।", published="2024-03-20")
    assert by_type["VISIT"].date == {"text": "", "value": "2024-03-20", "source": "published"}


def test_a_headline_takes_the_first_day_told_after_it(pipe):
    by_type, doc = events(pipe, "भारत और नेपाल के बीच बिजली समझौता\n\nकाठमांडू में मंगलवार को भारत और नेपाल के बीच "
                                "बिजली व्यापार पर बातचीत हुई।")
    agreement = by_type["AGREEMENT"]
    assert agreement.mentions[0].sent_id == 0
    assert agreement.date == {"text": "मंगलवार", "value": "2024-03-19", "source": "context"}


def test_nothing_reported_as_done_takes_a_later_day(pipe):
    by_type, _ = events(pipe, "भारत और जापान ने परमाणु समझौते पर हस्ताक्षर किए। दोनों नेता 25 मार्च को फिर मिलेंगे।")
    agreement = by_type["AGREEMENT"]
    assert agreement.status == "occurred"
    # 25 March is after publication: not the signing's day; nothing else is told, so the paper's day
    assert agreement.date["value"] == "2024-03-20" and agreement.date["source"] == "published"


def test_events_csv_says_where_each_date_comes_from(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("प्रकाशित: 2024-03-20\n\nभारत के प्रधानमंत्री ने सोमवार को टोक्यो में जापान के "
                                  "प्रधानमंत्री से बातचीत की। भारत और जापान ने आठ समझौतों पर हस्ताक्षर किए।\n",
                                  encoding="utf-8")
    out = tmp_path / "out"
    result = cli("run", str(corpus), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    rows = {r["type"]: r for r in csv.DictReader((out / "events.csv").open(encoding="utf-8"))}
    assert (rows["MEETING"]["date"], rows["MEETING"]["date_source"]) == ("2024-03-18", "text")
    assert (rows["AGREEMENT"]["date"], rows["AGREEMENT"]["date_source"]) == ("2024-03-18", "context")
    loaded = pipeline.load(out).events.set_index("type")
    assert loaded.loc["AGREEMENT", "date_source"] == "context"
    assert str(loaded.loc["AGREEMENT", "date"].date()) == "2024-03-18"


def test_an_event_told_as_recent_stays_undated(pipe):
    doc = pipe(Document(doc_id="t", published="2020-03-11",
                        text="प्रधानमंत्री ने सोमवार को बैठक की। राहुल गांधी हाल ही में सऊदी अरब की यात्रा से लौटे थे। "
                             "सोनिया गांधी सऊदी अरब की यात्रा से लौटी थीं।"))
    visits = {e.actor[0]["canonical"]: e for e in doc.events if e.type == "VISIT"}
    assert visits["Rahul Gandhi"].date is None  # "हाल ही में": recently, not on Monday
    assert visits["Sonia Gandhi"].date["value"] == "2020-03-09"


def test_no_publication_date_no_dates_from_the_story(pipe):
    doc = pipe(Document(doc_id="t", published=None,
                        text="1989 में भारत के प्रधानमंत्री ने पाकिस्तान के प्रधानमंत्री से बातचीत की। "
                             "भारत और पाकिस्तान ने तीन समझौतों पर हस्ताक्षर किए।"))
    by_type = {e.type: e for e in doc.events}
    assert by_type["MEETING"].date["value"] == "1989"
    assert by_type["AGREEMENT"].date is None  # from another sentence: a profile's years are not its news's


def test_no_publication_date_a_past_event_takes_a_full_date_of_its_own_sentence(pipe):
    # BBC Hindi's undated copy: "दिसंबर 2011 में ... ने स्वीकार किया था कि ... वार्ता चल रही है" dates the talks then
    doc = pipe(Document(doc_id="t", published=None,
                        text="दिसंबर 2011 में तालिबान के एक कमांडर ने स्वीकार किया था कि पाकिस्तान सरकार के साथ "
                             "तहरीके तालिबान की शांति वार्ता चल रही है।"))
    [meeting] = [e for e in doc.events if e.type == "MEETING"]
    assert meeting.date == {"text": "दिसंबर 2011", "value": "2011-12", "source": "context"}


def test_an_event_told_as_repeated_so_far_stays_undated(pipe):
    doc = pipe(Document(doc_id="t", published="2020-03-11",
                        text="मुख्यमंत्री ने 17 जनवरी को अधिकारियों के साथ बैठक की। प्रधानमंत्री नरेंद्र मोदी भी अब तक दो बार "
                             "सभी राज्यों के मुख्यमंत्रियों के साथ बैठक कर चुके हैं।"))
    meetings = [e for e in doc.events if e.type == "MEETING"]
    modi = next(e for e in meetings if any(p.get("canonical") == "Narendra Modi" for p in e.actor))
    assert modi.date is None


def test_the_first_since_an_old_date_is_not_on_that_date(pipe):
    # "1990 के आंदोलन के बाद ... पहली बातचीत": 1990 dates the reference point, in the clause and for the
    # event of the next sentence; the talks are the news, undated, told as done: the publication day
    by_type, _ = events(pipe, "1990 के आंदोलन के बाद दोनों देशों के प्रधानमंत्रियों के बीच यह पहली सीधी बातचीत है। "
                              "भारत के प्रधानमंत्री ने नेपाल के प्रधानमंत्री से मुलाकात की।")
    assert by_type["MEETING"].date["value"] == "2024-03-20"
    by_type, _ = events(pipe, "2015 में पद संभालने के बाद यह राष्ट्रपति की पहली चीन यात्रा है।")
    assert by_type["VISIT"].date["value"] == "2024-03-20"


def test_the_start_of_a_long_period_does_not_date_the_event(pipe):
    # "2012 से चल रही वार्ता": talks under way since 2012, not held in 2012
    by_type, _ = events(pipe, "भारत और नेपाल के बीच 2012 से चल रही व्यापार वार्ता बुधवार को फिर शुरू हुई।")
    assert by_type["MEETING"].date["value"] == "2024-03-20"
    by_type, _ = events(pipe, "भारत और नेपाल के बीच 2012 से व्यापार वार्ता चल रही है।")
    assert not (by_type["MEETING"].date or {}).get("value", "").startswith("2012")


def test_a_recent_date_before_after_still_dates_the_event(pipe):
    # a day of this week before "के बाद" is still the day: the rule is for dates more than a year back
    by_type, _ = events(pipe, "सोमवार को बैठक के बाद भारत और जापान ने आठ समझौतों पर हस्ताक्षर किए।")
    assert by_type["AGREEMENT"].date["value"] == "2024-03-18"
    # and an old date with nothing after it is the event's own ("2015 में ... यात्रा की थी")
    by_type, _ = events(pipe, "राष्ट्रपति ने 2015 में चीन की यात्रा की थी।")
    assert by_type["VISIT"].date["value"] == "2015"


def test_a_range_from_an_old_year_is_no_start_of_a_period(pipe):
    # "2005 से 2009 तक", "1910 से लेकर 1945 तक": a range, not "since 2005"
    from pipeline.core.document import Entity
    from pipeline.hindi.events import CONFIG_DIR, key, load_roles
    from pipeline.hindi.events.dates import background

    breaks = load_roles(str(CONFIG_DIR / "roles.toml")).clause_breaks
    year = Entity(start=0, end=4, text="2005", label="DATE", sent_id=0, value="2005")
    for text, expected in (("2005 से 2009 तक वार्ता चली", False), ("2005 से लेकर 2009 तक वार्ता चली", False),
                           ("2005 से वार्ता चल रही है", True)):
        words = [key(x) for x in text.split()]
        assert background(words, 1, year, "2013-04-09", len(words), breaks) is expected, text


def test_the_first_since_an_old_date_in_the_clause_before_when(pipe):
    # "2015 में ... के बाद यह पहला मौका था जब ... बातचीत की": the clause before जब tells no day of the talks
    by_type, _ = events(pipe, "2015 में चुनाव हारने के बाद यह पहला मौका था जब भारत के प्रधानमंत्री ने नेपाल के "
                              "प्रधानमंत्री से बातचीत की।")
    assert by_type["MEETING"].date["value"] == "2024-03-20"
    # but "since 2015, when ...": the start of the period is the day of the clause after जब
    by_type, _ = events(pipe, "यह समझौता 2015 से अटका है, जब भारत के प्रधानमंत्री ने नेपाल के प्रधानमंत्री से "
                              "बातचीत की थी।")
    assert by_type["MEETING"].date["value"] == "2015"
