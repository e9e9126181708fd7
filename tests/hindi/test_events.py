"""The event engine (pipeline/hindi/events/) on a table of sentences (tests/hindi/event_cases.tsv),
run through the real stages: metadata, normalise, sentences, tokens, gazetteer NER, linker, dates,
the three event stages and event_merge."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document
from pipeline.hindi.events import (CONFIG_DIR, Extractor, Lexicon, _is_future, key, load_roles, load_status,
                                   timex_interval)
from tests.conftest import REPO, make_config

CASES_FILE = Path(__file__).with_name("event_cases.tsv")
STAGES = ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "entity_linker", "dates",
          "events_visit", "events_meeting", "events_agreement", "event_merge"]


@dataclass
class Case:
    id: str
    type: str
    published: str
    expect: str
    participants: list[str]
    date: str
    status: str
    sentence: str
    location: str
    note: str


def load_cases() -> list[Case]:
    with CASES_FILE.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return [Case(r["id"], r["type"], r["published"], r["expect"],
                     [p.strip() for p in r["participants"].split(";") if p.strip()], r["date"], r["status"],
                     r["sentence"], r["location"], r["note"]) for r in rows]


CASES = load_cases()


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return build(load_config(make_config(tmp_path_factory.mktemp("events"), STAGES, [])), writers=False)


def run(pipe, text: str, published: str) -> Document:
    return pipe(Document(doc_id="case", text=text, published=published))


def names(event) -> set[str]:
    return {p["canonical"] for p in event.actor + event.target}


def test_table_covers_every_type_status_and_negatives():
    assert {c.type for c in CASES} == {"VISIT", "MEETING", "AGREEMENT"}
    for etype in ("VISIT", "MEETING", "AGREEMENT"):
        mine = [c for c in CASES if c.type == etype]
        assert any(c.expect == "none" for c in mine), etype
        assert {"planned", "occurred", "cancelled"} <= {c.status for c in mine}, etype
    assert "ongoing" in {c.status for c in CASES}
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(pipe, case):
    doc = run(pipe, case.sentence, case.published)
    found = [e for e in doc.events if e.type == case.type]
    if case.expect == "none":
        assert not found, f"{case.note}: {[(e.trigger, names(e)) for e in found]}"
        return
    assert len(found) == 1, f"{case.note}: {[(e.trigger, names(e)) for e in found]}"
    event = found[0]
    assert set(case.participants) <= names(event), case.note
    got_date = (event.date or {}).get("value") or "-"
    assert got_date == case.date, case.note
    assert event.status == case.status, case.note
    if case.location != "-":
        assert event.location and event.location["canonical"] == case.location, case.note
    # The contract's shapes: participant dicts, mentions with offsets into norm_text.
    for p in event.actor + event.target:
        assert set(p) == {"text", "canonical", "label", "country"} and p["label"] in ("PER", "ORG", "LOC")
    # the event's trigger is one of its mentions' (two mentions of a sentence merge: "... को भी आना था, लेकिन
    # उनका दौरा रद्द हो गया"), and every mention's trigger lies inside its sentence
    assert any(doc.norm_text[m.trigger_start:m.trigger_end] in event.trigger or event.trigger.startswith(
        doc.norm_text[m.trigger_start:m.trigger_end]) for m in event.mentions)
    for m in event.mentions:
        assert doc.norm_text[m.trigger_start:m.trigger_end] in m.sentence
    assert event.extractor == f"events_{case.type.lower()}"
    # ids number the document's events of every type in text order: "<doc_id>#<n>"
    assert [e.event_id for e in doc.events] == [f"case#{n}" for n in range(1, len(doc.events) + 1)]
    assert 0 < event.confidence <= 1


def test_former_holder_is_nobody(pipe):
    """"पूर्व प्रधानमंत्री" is not the prime minister in office: the event has no actor, only Sonia Gandhi."""
    doc = run(pipe, "पूर्व प्रधानमंत्री ने सोनिया गांधी से मुलाकात की।", "2025-11-23")
    (event,) = [e for e in doc.events if e.type == "MEETING"]
    assert names(event) == {"Sonia Gandhi"} and not event.actor


def test_rank_between_office_and_name(pipe):
    """"सेना प्रमुख जनरल राहील शरीफ़": the chief is the man named after his rank, not whoever held the
    office in the paper's own country (office_holders.tsv)."""
    doc = run(pipe, "प्रधानमंत्री नवाज़ शरीफ़ ने सेना प्रमुख जनरल राहील शरीफ़ के साथ बैठक की।", "2013-11-25")
    (event,) = [e for e in doc.events if e.type == "MEETING"]
    assert names(event) == {"Nawaz Sharif", "Raheel Sharif"}


def test_a_countrys_monarch_unnamed_is_the_holder_of_the_day(pipe):
    """"क़तर के अमीर ... कुवैत के अमीर": the emirs on the publication date (office_holders.tsv, title अमीर)."""
    doc = run(pipe, "सोमवार सुबह क़तर के अमीर ने कुवैत के अमीर से फ़ोन पर बात की।", "2014-11-17")
    (event,) = [e for e in doc.events if e.type == "MEETING"]
    assert names(event) == {"Tamim bin Hamad Al Thani", "Sabah Al-Ahmad Al-Jaber Al-Sabah"}
    doc = run(pipe, "सोमवार सुबह क़तर के अमीर ने कुवैत के अमीर से फ़ोन पर बात की।", "2012-11-17")
    (event,) = [e for e in doc.events if e.type == "MEETING"]
    assert names(event) == {"Hamad bin Khalifa Al Thani", "Sabah Al-Ahmad Al-Jaber Al-Sabah"}


def test_both_presidents_are_the_holders_of_the_offices_named_before(pipe):
    """"कज़ाख़स्तान और उज़्बेकिस्तान के राष्ट्रपति ... दोनों राष्ट्रपति": the two countries' holders of the day,
    and the title inside "दोनों राष्ट्रपति" is no bare title of its own (India's president)."""
    doc = run(pipe, "कज़ाख़स्तान और उज़्बेकिस्तान के राष्ट्रपति सोमवार को अस्ताना में मिले। बैठक के बाद जारी बयान में "
                    "कहा गया कि दोनों राष्ट्रपति सीमा विवाद सुलझाने पर सहमत हो गए हैं।", "2012-05-01")
    (event,) = [e for e in doc.events if e.type == "AGREEMENT"]
    assert names(event) == {"Nursultan Nazarbayev", "Islam Karimov"}


def test_a_bare_title_is_the_home_countrys_holder_wherever_the_table_lists_it(pipe):
    """A bare "राष्ट्रपति" in an Indian story is India's president, and a title India has no holder of names
    nobody (not the first king the table lists)."""
    doc = run(pipe, "नई दिल्ली में राष्ट्रपति ने सोनिया गांधी से मुलाकात की।", "2013-06-01")
    (event,) = [e for e in doc.events if e.type == "MEETING"]
    assert names(event) == {"Pranab Mukherjee", "Sonia Gandhi"}
    doc = run(pipe, "नई दिल्ली में सम्राट ने सोनिया गांधी से मुलाकात की।", "2013-06-01")
    (event,) = [e for e in doc.events if e.type == "MEETING"]
    assert names(event) == {"Sonia Gandhi"}


def test_a_body_on_whose_sidelines_they_met_is_no_party(pipe):
    doc = run(pipe, "संयुक्त राष्ट्र महासभा से इतर न्यूयॉर्क में मनमोहन सिंह ने नवाज़ शरीफ़ से मुलाक़ात की।", "2013-09-30")
    (event,) = [e for e in doc.events if e.type == "MEETING"]
    assert names(event) == {"Manmohan Singh", "Nawaz Sharif"}


def test_the_legs_told_before_a_trip_are_not_its_goal(pipe):
    # "कुवैत, ओमान और क़तर के बाद": where the traveller went before, not where this arrival goes
    doc = run(pipe, "ईरान के विदेश मंत्री मोहम्मद जवाद ज़रीफ़ इन दिनों खाड़ी देशों के दौरे पर हैं। कुवैत, ओमान और क़तर "
                    "के बाद वे बुधवार को संयुक्त अरब अमीरात पहुंचे।", "2013-12-05")
    visits = [e for e in doc.events if e.type == "VISIT"]
    assert [[p["canonical"] for p in e.target] for e in visits] == [["United Arab Emirates"]]


def test_ones_own_trip_called_off_goes_where_the_sentence_put_a_trip(pipe):
    # "लावरोव ... कीव पहुंचे हैं, लेकिन ... केरी ने अपनी यात्रा रद्द कर दी": Kerry's trip was to Kyiv too
    doc = run(pipe, "रूसी विदेश मंत्री सर्गेई लावरोव बैठक में हिस्सा लेने कीव पहुंचे हैं, लेकिन अमरीकी विदेश मंत्री जॉन केरी ने "
                    "अपनी यात्रा रद्द कर दी।", "2013-12-05")
    visits = {(tuple(p["canonical"] for p in e.actor), tuple(p["canonical"] for p in e.target), e.status)
              for e in doc.events if e.type == "VISIT"}
    assert visits == {(("Sergey Lavrov",), ("Kyiv",), "occurred"), (("John Kerry",), ("Kyiv",), "cancelled")}


def test_the_next_meeting_of_a_kind_is_between_the_countries_that_met(pipe):
    # "अगली शिखर बैठक ... होगी": nobody named; the next summit of the two countries whose leaders met
    doc = run(pipe, "भारत के प्रधानमंत्री नरेंद्र मोदी और जापान के प्रधानमंत्री शिंजो आबे की शिखर बैठक सोमवार को तोक्यो में "
                    "हुई। दोनों नेताओं ने रक्षा सहयोग पर चर्चा की। अगली शिखर बैठक अगले साल नई दिल्ली में होगी।", "2014-09-02")
    planned = [e for e in doc.events if e.type == "MEETING" and e.status == "planned"]
    assert [names(e) for e in planned] == [{"India", "Japan"}]
    assert planned[0].date["value"] == "2015"


def test_a_title_after_a_countrys_adjective_is_that_countrys_holder_and_the_subject(pipe):
    # "भूटानी विदेश मंत्री" after both foreign ministers were named is Bhutan's, not the Indian one named last; as a
    # country's holder it is the sentence's subject, whom "वे" then stands for
    doc = run(pipe, "भारतीय विदेश मंत्री सलमान ख़ुर्शीद ने सोमवार को भूटान के विदेश मंत्री रिनज़िन दोरजी से मुलाक़ात की। "
                    "बुधवार को भूटानी विदेश मंत्री प्रधानमंत्री मनमोहन सिंह से मिलेंगे। गुरुवार को वे कोलकाता जाएंगे।",
              "2014-02-11")
    got = {(e.type, frozenset(names(e))) for e in doc.events}
    assert ("MEETING", frozenset({"Rinzin Dorje", "Manmohan Singh"})) in got
    assert ("VISIT", frozenset({"Rinzin Dorje", "Kolkata"})) in got


def test_a_signing_ahead_belongs_to_the_agreement_told_five_sentences_before(pipe):
    # "अंतिम करार पर अगले महीने दस्तख़त होने की उम्मीद है" names nobody: the parties of the agreement told before it
    # (event_merge SIGNING_REACH)
    doc = run(pipe, "भारत और रूस ने सोमवार को दिल्ली में रक्षा सहयोग के एक समझौते पर दस्तख़त किए। इसके तहत दोनों देश मिलकर हेलिकॉप्टर बनाएंगे। कारख़ाना उत्तर प्रदेश में लगेगा। इसमें हज़ारों लोगों को काम मिलेगा। परियोजना की लागत क़रीब दो अरब डॉलर है। अंतिम करार पर अगले महीने दस्तख़त होने की उम्मीद है।", "2019-05-10")
    planned = [e for e in doc.events if e.type == "AGREEMENT" and e.status == "planned"]
    assert [names(e) for e in planned] == [{"India", "Russia"}]


def test_a_signing_ahead_passes_over_a_signing_whose_sides_no_table_places(pipe):
    # the latest signing names one minister the tables place and one they do not: the agreement between the two
    # countries before it gives the parties
    doc = run(pipe, "चीन और दक्षिण कोरिया के बीच मुक्त व्यापार समझौता हो गया है। सोमवार को बीजिंग में गाओ हुचेंग और यून "
                    "सांग-जिक ने एक दस्तावेज़ पर दस्तख़त किए। शी जिनपिंग ने कहा कि यह समझौता मील का पत्थर है। अगले साल "
                    "समझौते पर औपचारिक रूप से दस्तख़त किए जाएंगे।", "2014-11-10")
    planned = [e for e in doc.events if e.type == "AGREEMENT" and e.status == "planned"]
    assert [names(e) for e in planned] == [{"China", "South Korea"}]


def test_dauran_is_not_a_visit_trigger():
    lex = Lexicon.from_file(CONFIG_DIR / "visit.toml")
    ex = Extractor(lex, load_roles(str(CONFIG_DIR / "roles.toml")), load_status(str(CONFIG_DIR / "status.toml")))
    from pipeline.hindi.events import SentView
    words = [key(w) for w in "बैठक के दौरान दौरे की बात".split()]
    view = SentView(0, 0, "", [None] * len(words), words)
    assert [(i, j) for i, j, _ in ex.triggers(view)] == [(3, 4)]  # दौरे only


def test_timex_intervals_and_future():
    assert timex_interval("2025-12") == timex_interval("2025-12-01/2025-12-31")
    assert timex_interval("2020-W15")[0].isoformat() == "2020-04-06"
    assert timex_interval("XXXX-12-04") is None
    assert _is_future("2025-12-04/2025-12-05", "2025-11-30")
    assert not _is_future("2020-W15", "2020-04-13")  # last week is not the future
    assert not _is_future("2025-11", "2025-11-11")  # this month is not wholly ahead


def test_quantified_title_is_nobody_named(pipe):
    """"सभी सीएम के साथ": all chief ministers, not the one chief minister the document names."""
    case = next(c for c in CASES if c.id == "meet-title-quantified")
    (event,) = [e for e in run(pipe, case.sentence, case.published).events if e.type == "MEETING"]
    assert "Shivraj Singh Chouhan" not in names(event)


@pytest.mark.parametrize("text, expected", [
    # one trigger, two days, each with its own counterpart
    ("विदेश मंत्री एस. जयशंकर ने सोमवार को सर्गेई लावरोव से और मंगलवार को वांग यी से मुलाकात की।",
     {("Sergey Lavrov", "2025-11-17", "occurred"), ("Wang Yi", "2025-11-18", "occurred")}),
    # two triggers in one clause, different counterparts, dates and statuses
    ("प्रधानमंत्री नरेंद्र मोदी ने व्लादिमीर पुतिन से मुलाकात की और शी जिनपिंग के साथ कल बैठक करेंगे।",
     {("Vladimir Putin", "-", "occurred"), ("Xi Jinping", "2025-11-21", "planned")}),
    # two sentences sharing the subject, each with another person: two meetings; the third joins the first
    ("प्रधानमंत्री नरेंद्र मोदी ने व्लादिमीर पुतिन से मुलाकात की। इसके बाद मोदी ने शी जिनपिंग से मुलाकात की। "
     "मोदी ने पुतिन से मुलाकात में व्यापार पर चर्चा की।",
     {("Vladimir Putin", "-", "occurred"), ("Xi Jinping", "-", "occurred")}),
])
def test_one_record_per_real_event(pipe, text, expected):
    """Issue 15 item 3: different counterparts, dates or statuses are different events."""
    events = [e for e in run(pipe, text, "2025-11-20").events if e.type == "MEETING"]
    got = {(p["canonical"], (e.date or {}).get("value") or "-", e.status) for e in events for p in e.target}
    assert got == expected
    assert all(names(e) >= {"Narendra Modi"} or names(e) >= {"S. Jaishankar"} for e in events)


def test_a_bare_team_word_is_the_team_named_before(pipe):
    """"X का एक प्रतिनिधिमंडल ... पहुंचा। प्रतिनिधिमंडल ने ... से मुलाकात की। सोमवार को दल ... जाएगा": the bare team
    word stands for the team the story named with its country; a team of another kind ("विपक्षी दल") does not."""
    doc = run(pipe, "सऊदी अरब का एक प्रतिनिधिमंडल सोमवार को दिल्ली पहुंचा। प्रतिनिधिमंडल ने विदेश मंत्री सुषमा स्वराज से "
                    "मुलाकात की। बुधवार को दल मुंबई जाएगा। विपक्षी दल ने इसकी आलोचना की।", "2014-09-30")
    got = sorted((e.type, tuple(sorted(names(e))), e.status) for e in doc.events)
    assert got == [("MEETING", ("Saudi Arabia", "Sushma Swaraj"), "occurred"),
                   ("VISIT", ("Delhi", "Saudi Arabia"), "occurred"), ("VISIT", ("Mumbai", "Saudi Arabia"), "planned")]


@pytest.mark.parametrize("text, expected", [
    # two motion verbs joined by और, each after a place in another country: two trips, each with its own date
    ("चीन के प्रधानमंत्री ली कचियांग मंगलवार को अंगोला जाएंगे और शुक्रवार को केन्या पहुंचेंगे।",
     [(("Angola",), "2025-11-25"), (("Kenya",), "2025-11-21")]),
    # legs in one country are one trip
    ("विदेश मंत्री सुषमा स्वराज बुधवार शाम लाहौर पहुंचीं और वहां से इस्लामाबाद गईं।",
     [(("Islamabad", "Lahore"), "2025-11-19")]),
])
def test_one_visit_per_country_of_a_sentences_trips(pipe, text, expected):
    """Issue 15 item 3 for visits: different destinations abroad in one sentence are different events."""
    events = [e for e in run(pipe, text, "2025-11-20").events if e.type == "VISIT"]
    got = sorted((tuple(sorted(p["canonical"] for p in e.target)), (e.date or {}).get("value")) for e in events)
    assert got == sorted(expected)


@pytest.mark.parametrize("text, place", [
    ("आनंद शर्मा सोमवार को ब्रसेल्स पहुंचे। इस दौरे में उन्हें मंगलवार को बर्लिन भी जाना था, लेकिन वह कार्यक्रम रद्द "
     "कर दिया गया।", "Berlin"),
    ("केंद्रीय मंत्री जितेंद्र सिंह मंगलवार को गुवाहाटी पहुंचे। गुरुवार को उन्हें अगरतला जाना था, लेकिन यह कार्यक्रम टाल "
     "दिया गया है।", "Agartala"),
])
def test_a_dative_pronoun_is_the_traveller_of_a_trip_that_was_to_be(pipe, text, place):
    """"उन्हें X जाना था, लेकिन ... रद्द": the person of the sentence before, on a trip called off."""
    visits = [e for e in run(pipe, text, "2013-01-29").events if e.type == "VISIT"]
    (leg,) = [e for e in visits if {p["canonical"] for p in e.target} == {place}]
    assert leg.status == "cancelled" and len(leg.actor) == 1 and leg.actor[0]["label"] == "PER"
    assert {p["canonical"] for p in leg.actor} <= {p["canonical"] for e in visits if e is not leg for p in e.actor}


@pytest.mark.parametrize("text, traveller, place, status", [
    # the ने-subject of "शुरुआत की", a pronoun standing for the traveller just named
    ("जापान के प्रधानमंत्री शिंज़ो आबे रविवार को मोज़ाम्बिक पहुंचे। इस दौरे की शुरुआत उन्होंने ओमान से की थी।",
     "Shinzo Abe", "Oman", "occurred"),
    # nobody named with it: the traveller of the visit just told
    ("वेनेज़ुएला के राष्ट्रपति निकोलस मादुरो शुक्रवार को ब्राज़ील पहुंचे। दौरे की शुरुआत मंगलवार को उरुग्वे से हुई।",
     "Nicolás Maduro", "Uruguay", "occurred"),
    # the verb after the place
    ("ईरान के राष्ट्रपति महमूद अहमदीनेजाद मंगलवार को घाना पहुंचे। अहमदीनेजाद का यह दौरा रविवार को बेनिन से शुरू हुआ था।",
     "Mahmoud Ahmadinejad", "Benin", "occurred"),
    # the place before the trip noun, and a tour still ahead
    ("चीनी राष्ट्रपति शी जिनपिंग बुधवार को श्रीलंका पहुंचे। अपने भारत दौरे की शुरुआत वे अहमदाबाद से करेंगे।",
     "Xi Jinping", "Ahmedabad", "planned"),
    # a leg named with its place and a copula (visit.toml legs): the traveller of the visit just told
    ("मोरक्को के शाह मोहम्मद छठे सोमवार को डकार पहुंचे। दौरे का आख़िरी पड़ाव गबोन होगा।",
     "Mohammed VI of Morocco", "Gabon", "planned"),
    # the genitive's; the next leg is to come, told in the present
    ("अमरीकी विदेश मंत्री जॉन केरी शुक्रवार को सोल पहुंचे। केरी का अगला पड़ाव बीजिंग है।",
     "John Kerry", "Beijing", "planned"),
    # a title is the traveller's, not the host country's holder of it
    ("विदेश मंत्री सुषमा स्वराज रविवार को सिंगापुर पहुंचीं। सिंगापुर के बाद विदेश मंत्री का अगला पड़ाव वियतनाम होगा।",
     "Sushma Swaraj", "Vietnam", "planned"),
    # a place of a country after the leg word
    ("नीदरलैंड्स के राजा विलेम-अलेक्ज़ेंडर सोमवार को दिल्ली पहुंचे। यात्रा का आख़िरी पड़ाव केरल का कोच्चि होगा।",
     "Willem-Alexander of the Netherlands", "Kochi", "planned"),
])
def test_the_place_a_tour_began_in_or_a_leg_named_is_a_visit_of_its_own(pipe, text, traveller, place, status):
    """"इस दौरे की शुरुआत ... ओमान से की थी", "दौरे का आख़िरी पड़ाव गबोन होगा": a leg of the tour told, a visit besides
    the one told."""
    visits = [e for e in run(pipe, text, "2014-01-13").events if e.type == "VISIT"]
    (leg,) = [e for e in visits if place in {p["canonical"] for p in e.target}]
    assert {p["canonical"] for p in leg.actor} == {traveller} and leg.status == status
    assert len(visits) == 2


def test_a_leg_word_with_no_place_after_it_is_no_visit(pipe):
    doc = run(pipe, "शी जिनपिंग सोमवार को मॉस्को पहुंचे। रिश्तों में यह एक अहम पड़ाव है।", "2014-01-13")
    assert [{p["canonical"] for p in e.target} for e in doc.events if e.type == "VISIT"] == [{"Moscow"}]


def test_a_tour_begun_with_no_place_marked_is_no_leg(pipe):
    doc = run(pipe, "शिंज़ो आबे रविवार को मोज़ाम्बिक पहुंचे। इस दौरे की शुरुआत उन्होंने सोमवार को की थी।", "2014-01-13")
    assert [{p["canonical"] for p in e.target} for e in doc.events if e.type == "VISIT"] == [{"Mozambique"}]


def test_a_dative_pronoun_told_something_is_no_traveller(pipe):
    doc = run(pipe, "मंत्री राजनाथ सिंह ने सोमवार को लखनऊ में बैठक की। उन्हें बताया गया कि मरीज को अस्पताल जाना था।",
              "2013-01-29")
    assert [e for e in doc.events if e.type == "VISIT"] == []


@pytest.mark.parametrize("text, traveller, place", [
    ("अमरीकी राष्ट्रपति बराक ओबामा मंगलवार देर रात काबुल के हवाई अड्डे पर उतरे।", "Barack Obama", "Kabul"),
    # a person's plane carries the person
    ("क्यूबा से लौटते हुए पुतिन का विमान शुक्रवार रात कुछ घंटों के लिए निकारागुआ में उतरा।", "Vladimir Putin", "Nicaragua"),
])
def test_a_landing_at_a_named_place_is_a_visit(pipe, text, traveller, place):
    (visit,) = [e for e in run(pipe, text, "2014-07-12").events if e.type == "VISIT"]
    assert {p["canonical"] for p in visit.actor} == {traveller} and place in {p["canonical"] for p in visit.target}
    assert visit.status == "occurred"


def test_landing_words_do_not_link_other_motion_verbs(pipe):
    """"में" before "आए" is no landing: "मोदी दिल्ली में आए" is no visit read from a place marked by में."""
    assert [e for e in run(pipe, "मोदी दिल्ली में आए।", "2014-07-12").events if e.type == "VISIT"] == []


def test_a_body_a_trip_is_for_is_no_traveller(pipe):
    """"X के लिए": what the trip is for ("संयुक्त राष्ट्र महासभा के लिए न्यूयॉर्क जाएंगे"), not who travels; a place with
    it stays the destination."""
    doc = run(pipe, "मोदी अगले महीने संयुक्त राष्ट्र महासभा के लिए न्यूयॉर्क जाएंगे। जयशंकर सोमवार को दिल्ली के लिए रवाना होंगे।",
              "2013-08-16")
    trips = sorted((sorted(p["canonical"] for p in e.actor), sorted(p["canonical"] for p in e.target))
                   for e in doc.events if e.type == "VISIT")
    assert trips == [(["Narendra Modi"], ["New York City"]), (["S. Jaishankar"], ["Delhi"])]


def test_a_hyphen_inside_a_name_does_not_part_a_clause_of_two_meetings(pipe):
    """"पुतिन से मिलने से पहले ... किम जोंग-उन के साथ बातचीत की": the hyphen of the second counterpart's name is no
    coordinator; each trigger keeps its own counterpart."""
    events = [e for e in run(pipe, "पुतिन से मिलने से पहले प्रधानमंत्री नरेंद्र मोदी ने किम जोंग-उन के साथ बातचीत की।",
                             "2025-11-20").events if e.type == "MEETING"]
    assert sorted(sorted(p["canonical"] for p in e.target) for e in events) == [["Kim Jong Un"], ["Vladimir Putin"]]
    assert any(names(e) == {"Narendra Modi", "Kim Jong Un"} for e in events)


def test_same_counterpart_still_merges(pipe):
    text = "मोदी ने पुतिन से मुलाकात की। मोदी ने पुतिन के साथ बैठक में व्यापार पर चर्चा की।"
    events = [e for e in run(pipe, text, "2025-11-20").events if e.type == "MEETING"]
    assert len(events) == 1 and len(events[0].mentions) == 2


def test_attendees_join_the_meeting_held_not_one_announced(pipe):
    """"बैठक में X मौजूद रहे" after an announced next meeting: the attendees were at the meeting held."""
    text = ("मुख्यमंत्री योगी आदित्यनाथ ने शुक्रवार को समीक्षा बैठक की। 20 मार्च को फिर समीक्षा बैठक की जाएगी। "
            "बैठक में उप मुख्यमंत्री केशव प्रसाद मौर्य मौजूद रहे।")
    events = [e for e in run(pipe, text, "2020-03-13").events if e.type == "MEETING"]
    held = [e for e in events if "Yogi Adityanath" in names(e)]
    assert len(held) == 1 and "Keshav Prasad Maurya" in names(held[0]) and held[0].status == "occurred"


def _index_without_second_tag(pipe, text: str, name: str):
    """The real stages on text, then the tag of the name's second mention taken away (as when the
    NER misses a repeated name), and the document indexed again for the event engine."""
    from pipeline.hindi.events import index_of
    doc = run(pipe, text, "2020-03-10")
    tagged = [e for e in doc.entities if e.text == name]
    assert len(tagged) == 2, [(e.text, e.label) for e in doc.entities]
    doc.entities = [e for e in doc.entities if e is not tagged[1]]
    roles = load_roles(str(CONFIG_DIR / "roles.toml"))
    return doc, index_of(doc, roles), roles


def test_untagged_repeat_of_a_full_name_is_the_person(pipe):
    doc, index, roles = _index_without_second_tag(
        pipe, "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को राष्ट्र को संबोधित किया। इसके बाद नरेंद्र मोदी जापान पहुंचे।",
        "नरेंद्र मोदी")
    ex = Extractor(Lexicon.from_file(CONFIG_DIR / "visit.toml"), roles, load_status(str(CONFIG_DIR / "status.toml")))
    events = ex.extract(index)
    assert [(names(e)) for e in events] == [{"Narendra Modi", "Japan"}]


def test_repeat_before_an_award_word_is_not_the_person(pipe):
    from pipeline.hindi.events import index_of
    doc = run(pipe, "पूर्व प्रधानमंत्री राजीव गांधी ने 1985 में भाषण दिया। उन्हें राजीव गांधी पुरस्कार मिला।", "2020-03-10")
    assert not [e for e in doc.entities if e.sent_id == 1 and e.label == "PER"]  # the NER left it untagged
    index = index_of(doc, load_roles(str(CONFIG_DIR / "roles.toml")))
    assert [sp.entity.canonical for sp in index.views[0].spans if sp.label == "PER"] == ["Rajiv Gandhi"]
    assert not [sp for sp in index.views[1].spans if sp.label == "PER"]  # "राजीव गांधी पुरस्कार" is an award


def test_a_counterpart_pronoun_and_an_earlier_clauses_subject(pipe):
    """"A ने संसद को संबोधित किया और B ने उनसे मुलाक़ात की": B met A ("उनसे" is the sentence's subject
    named before it); A is the subject of another verb, and the addressee with को is no party."""
    doc = run(pipe, "ली कचियांग ने गुरुवार को संसद को संबोधित किया और सेना प्रमुख राहील शरीफ़ ने उनसे अलग से "
                    "मुलाक़ात की।", "2013-05-23")
    (event,) = [e for e in doc.events if e.type == "MEETING"]
    canon = lambda parts: {p["canonical"] for p in parts}
    assert canon(event.actor) == {"Raheel Sharif"} and canon(event.target) == {"Li Keqiang"}


def test_the_one_called_is_the_other_party(pipe):
    doc = run(pipe, "ओबामा ने ईरान के राष्ट्रपति हसन रूहानी को फ़ोन किया।", "2013-09-28")
    (event,) = [e for e in doc.events if e.type == "MEETING"]
    assert [p["canonical"] for p in event.target] == ["Hassan Rouhani"]


def test_who_speaks_of_an_agreement_is_no_party_to_it(pipe):
    """A mention of an agreement already told, by someone who comments on it, adds no party to it."""
    doc = run(pipe, "भारत और नेपाल ने मंगलवार को बिजली व्यापार समझौते पर हस्ताक्षर किए। नेपाल के प्रधानमंत्री "
                    "सुशील कोइराला ने इस समझौते को ऐतिहासिक बताया।", "2014-10-22")
    (event,) = [e for e in doc.events if e.type == "AGREEMENT"]
    assert names(event) == {"India", "Nepal"}


def test_genitive_before_a_title_modifies_the_name(pipe):
    """"भारत की विदेश मंत्री सुषमा स्वराज से": with a title between, the genitive is the minister's country,
    not a party ("मोदी की शरीफ़ से मुलाक़ात" has none between)."""
    doc = run(pipe, "जॉन केरी ने भारत की विदेश मंत्री सुषमा स्वराज से मुलाक़ात की।", "2014-08-01")
    (event,) = [e for e in doc.events if e.type == "MEETING"]
    assert names(event) == {"John Kerry", "Sushma Swaraj"}


@pytest.mark.parametrize("text, expected", [
    ("मोदी ने भाजपा अध्यक्ष अमित शाह से मुलाकात की।", {"Narendra Modi", "Amit Shah"}),
    ("शनिवार को करज़ई कांग्रेस अध्यक्ष सोनिया गांधी से मिलेंगे।", {"Hamid Karzai", "Sonia Gandhi"}),
    ("मोदी ने संयुक्त राष्ट्र महासचिव बान की-मून से मुलाक़ात की।", {"Narendra Modi", "Ban Ki-moon"}),
])
def test_a_body_before_a_post_and_its_holder_is_no_party(pipe, text, expected):
    """"भाजपा अध्यक्ष अमित शाह": with no case marker the body names the person's post, not another party."""
    (event,) = [e for e in run(pipe, text, "2014-08-01").events if e.type == "MEETING"]
    assert names(event) == expected


@pytest.mark.parametrize("text, actor, targets", [
    ("सईद जलीली ने लेबनान के राष्ट्रपति मिशेल सुलेमान और संसद के स्पीकर नबीह बेरी से मुलाक़ात की।",
     {"Saeed Jalili"}, {"Michel Suleiman", "Nabih Berri"}),
    ("मुर्सी ने क़तर के अमीर शेख़ हमद बिन ख़लीफ़ा अल-थानी और हमास के राजनीतिक प्रमुख ख़ालिद मशाल से मुलाक़ात की।",
     {"Mohamed Morsi"}, {"Hamad bin Khalifa Al Thani", "Khaled Mashal"}),
])
def test_a_post_of_a_body_before_the_second_name_of_a_list_keeps_the_list(pipe, text, actor, targets):
    """"A और संसद के स्पीकर B से": the words after the genitive are B's post, so A shares B's से (the list goes
    on past the name they describe), not the subject's ने."""
    (event,) = [e for e in run(pipe, text, "2014-08-01").events if e.type == "MEETING"]
    assert {p["canonical"] for p in event.actor} == actor and {p["canonical"] for p in event.target} == targets


@pytest.mark.parametrize("text, traveller, place", [
    ("मोदी ने जापान यात्रा के दौरान आबे से मुलाकात की।", "Narendra Modi", "Japan"),
    ("बैनीमरामा ने इस साल फ़रवरी में किरिबाती की यात्रा के दौरान कहा था कि फ़िजी मदद करेगा।", "Frank Bainimarama", "Kiribati"),
])
def test_the_subject_of_a_clause_told_during_a_trip_made_it(pipe, text, traveller, place):
    """"X ने <place> यात्रा के दौरान ...": the ने-subject of whatever the clause tells was on the trip."""
    trips = [(names_of(e.actor), names_of(e.target)) for e in run(pipe, text, "2014-06-01").events if e.type == "VISIT"]
    assert trips == [({traveller}, {place})]


def test_another_persons_trip_during_which_the_subject_acts_is_theirs(pipe):
    """"ओबामा ने मोदी की अमरीका यात्रा के दौरान ...": a person between the subject and the trip owns it."""
    doc = run(pipe, "ओबामा ने मोदी की अमरीका यात्रा के दौरान उनसे मुलाकात की।", "2014-09-30")
    trips = [(names_of(e.actor), names_of(e.target)) for e in doc.events if e.type == "VISIT"]
    assert trips == [({"Narendra Modi"}, {"United States"})]


def test_a_dative_pronoun_invited_to_come_is_the_recent_subject(pipe):
    """"हसीना ने उन्हें ढाका आने का न्योता दिया": the one invited is the story's recent subject, not who invites."""
    doc = run(pipe, "प्रधानमंत्री नरेंद्र मोदी ने शेख़ हसीना से मुलाक़ात की. हसीना ने उन्हें ढाका आने का न्योता दिया, "
                    "जिसे मोदी ने स्वीकार कर लिया.", "2014-09-30")
    trips = [(names_of(e.actor), names_of(e.target), e.status) for e in doc.events if e.type == "VISIT"]
    assert trips == [({"Narendra Modi"}, {"Dhaka"}, "planned")]


@pytest.mark.parametrize("text", [
    "मोदी ने ओबामा से मुलाकात की. मोदी ने उन्हें भारत आने का न्योता दिया.",
    "मोदी ने ओबामा से मुलाकात की. उन्होंने उन्हें भारत आने का न्योता दिया.",
])
def test_a_dative_pronoun_invited_by_the_recent_subject_is_the_other_person_before(pipe, text):
    """"X ने Y से मुलाकात की। X ने उन्हें ... आने का न्योता दिया": who invites is not invited; the one other person the
    sentence before named is."""
    trips = [(names_of(e.actor), names_of(e.target), e.status) for e in run(pipe, text, "2014-09-30").events
             if e.type == "VISIT"]
    assert trips == [({"Barack Obama"}, {"India"}, "planned")]


@pytest.mark.parametrize("text", [
    "मोदी ने ओबामा से मुलाकात की. मोदी ने उन्हें भारत आने का न्योता दिया.",
    "मोदी ने ओबामा से मुलाकात की. उन्होंने उन्हें भारत आने का न्योता दिया.",
    "मोदी ने ओबामा से मुलाकात की. बाद में राष्ट्रपति ने नवाज़ शरीफ़ से बात कर उन्हें भारत आने का न्योता दिया.",
])
def test_a_dative_pronoun_is_no_invitee_when_the_recent_subject_invites_or_another_is_named(pipe, text):
    assert [e for e in run(pipe, text, "2014-09-30").events if e.type == "VISIT"
            and "Narendra Modi" in names_of(e.actor)] == []


@pytest.mark.parametrize("text, traveller, place, status", [
    ("थेन सेन दिसंबर में टोक्यो में होने वाले जापान-आसियान विशेष शिखर सम्मेलन में हिस्सा लेंगे।", "Thein Sein", "Tokyo",
     "planned"),
    ("रूसेफ़ पिछले महीने काराकास में मादुरो के शपथ ग्रहण समारोह में शामिल हुई थीं।", "Dilma Rousseff", "Caracas", "occurred"),
    # the gathering named as an organisation between its place and the purpose infinitive
    ("मनमोहन सिंह अगले हफ़्ते कंबोडिया की राजधानी नोम पेन्ह में होने वाले पूर्वी एशिया शिखर सम्मेलन में हिस्सा लेने जाएँगे।",
     "Manmohan Singh", "Phnom Penh", "planned"),
])
def test_taking_part_in_a_gathering_held_abroad_is_a_visit(pipe, text, traveller, place, status):
    trips = [(names_of(e.actor), e.status) for e in run(pipe, text, "2013-11-10").events
             if e.type == "VISIT" and place in names_of(e.target)]
    assert trips == [({traveller}, status)]


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री योगी आदित्यनाथ दिल्ली में होने वाली बैठक में शामिल होंगे।",  # at home
    "ओबामा अमरीका और इसराइल की आपत्तियों के बावजूद सम्मेलन में शामिल होंगे।",  # no place it is held in
])
def test_taking_part_at_home_or_nowhere_named_is_no_visit(pipe, text):
    assert [e for e in run(pipe, text, "2013-11-10").events if e.type == "VISIT"] == []


@pytest.mark.parametrize("text", ["पुतिन जर्मनी के हैनोवर शहर में थे।", "पुतिन जर्मनी के हैनोवर में थे।"])
def test_a_foreigner_present_in_a_town_named_with_its_country_or_kind(pipe, text):
    """"<country> के <town> (शहर) में थे": the country before the town and the kind after it belong to the place."""
    trips = [(names_of(e.actor), names_of(e.target)) for e in run(pipe, text, "2013-04-08").events if e.type == "VISIT"]
    assert trips == [({"Vladimir Putin"}, {"Hannover"})]


def names_of(parts) -> set[str]:
    return {p["canonical"] for p in parts}


def test_a_body_with_its_own_marker_before_a_person_stays_a_party(pipe):
    """A body marked as a party of its own ("कांग्रेस और राहुल गांधी के बीच") is not a post's body."""
    (event,) = [e for e in run(pipe, "भाजपा ने कांग्रेस अध्यक्ष सोनिया गांधी से बातचीत की।", "2014-08-01").events
                if e.type == "MEETING"]
    assert "Bharatiya Janata Party" in names(event)



def _of_type(doc, etype):
    return [e for e in doc.events if e.type == etype]


def test_both_leaders_named_two_sentences_back(pipe):
    """"दोनों नेताओं": the two people named in the sentence or up to two sentences before it; the
    जहां clause takes the main clause's date."""
    doc = run(pipe, "चीनी प्रधानमंत्री ली कचियांग रविवार को दिल्ली पहुंचे। उनकी यह पहली विदेश यात्रा है। रविवार रात "
                    "मनमोहन सिंह ने उनके सम्मान में भोज दिया, जहां दोनों नेताओं ने सीमा विवाद पर बातचीत की।", "2013-05-20")
    (meeting,) = _of_type(doc, "MEETING")
    assert names(meeting) == {"Li Keqiang", "Manmohan Singh"} and meeting.date["value"] == "2013-05-19"


_FAR = ("प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को बांग्लादेश की प्रधानमंत्री शेख़ हसीना के साथ वीडियो कॉन्फ्रेंस के ज़रिये एक रेल लिंक "
        "का उद्घाटन किया। मोदी ने कहा कि बांग्लादेश भारत का सबसे भरोसेमंद पड़ोसी है। हसीना ने कोरोना टीके के लिए भारत का "
        "आभार जताया। रेल लिंक से माल ढुलाई सस्ती होगी। अधिकारियों के मुताबिक़ इस पर 700 करोड़ रुपये ख़र्च हुए हैं। ")


def test_both_leaders_named_further_back_are_the_two_the_story_is_about(pipe):
    """"अप्रैल में दोनों नेताओं ने टेलीफोन पर बातचीत की थी" three sentences below the last of them: the two
    people the story names more than once, not one named once on the way."""
    doc = run(pipe, _FAR + "अप्रैल में दोनों नेताओं ने टेलीफोन पर बातचीत की थी।", "2020-12-18")
    (call,) = _of_type(doc, "MEETING")
    assert names(call) == {"Narendra Modi", "Sheikh Hasina"} and call.date["value"] == "2020-04"
    doc = run(pipe, _FAR.replace("मोदी ने कहा", "महात्मा गांधी ने कहा था").replace("पड़ोसी है", "पड़ोसी होगा")
              + "अप्रैल में दोनों नेताओं ने टेलीफोन पर बातचीत की थी।", "2020-12-18")
    assert not any("Mahatma Gandhi" in names(e) for e in doc.events)


def test_both_heads_of_government_and_both_governments(pipe):
    doc = run(pipe, "नवाज़ शरीफ़ सोमवार को नरेंद्र मोदी के शपथ ग्रहण समारोह में शामिल हुए। मंगलवार को दोनों "
                    "प्रधानमंत्रियों के बीच द्विपक्षीय वार्ता होगी।", "2014-05-26")
    talks = [e for e in _of_type(doc, "MEETING") if e.status == "planned"]
    assert len(talks) == 1 and names(talks[0]) == {"Narendra Modi", "Nawaz Sharif"}
    assert talks[0].date["value"] == "2014-05-27"
    doc = run(pipe, "भारत और श्रीलंका के मछुआरों का विवाद पुराना है। दोनों सरकारों के बीच इस मुद्दे पर सहमति बन गई है।",
              "2013-11-11")
    (deal,) = _of_type(doc, "AGREEMENT")
    assert names(deal) == {"India", "Sri Lanka"} and deal.status == "occurred"


def test_both_alone_before_its_case_marker(pipe):
    doc = run(pipe, "सुषमा स्वराज ने ढाका में शेख़ हसीना से मुलाक़ात की। दोनों के बीच तीस्ता जल बंटवारे पर भी "
                    "बातचीत हुई।", "2014-06-26")
    (meeting,) = _of_type(doc, "MEETING")  # the second sentence tells of the same meeting
    assert names(meeting) == {"Sushma Swaraj", "Sheikh Hasina"} and len(meeting.mentions) == 2


def test_pronoun_traveller_after_an_adverbial_place_and_in_the_feminine(pipe):
    """"दिल्ली में ... के बाद ली कचियांग ...": a place with its case marker is no subject, so वे of the next
    sentence is Li; "वे बंगलौर भी जाएंगी": the honorific feminine, with the trigger as the verb."""
    doc = run(pipe, "दिल्ली में अपने कार्यक्रम के बाद ली कचियांग मंगलवार को मुंबई जाएंगे। बुधवार को वे पाकिस्तान के लिए "
                    "रवाना हो जाएंगे।", "2013-05-20")
    trips = {tuple(p["canonical"] for p in e.target): names(e) for e in _of_type(doc, "VISIT")}
    assert trips[("Pakistan",)] >= {"Li Keqiang"}
    doc = run(pipe, "सू ची गुरुवार को दिल्ली के एक कॉलेज में भाषण देंगी। इसके बाद वे बंगलौर भी जाएंगी।", "2012-11-15")
    (trip,) = [e for e in _of_type(doc, "VISIT") if any(p["canonical"] == "Bengaluru" for p in e.target)]
    assert "Aung San Suu Kyi" in names(trip) and trip.status == "planned"
    # the feminine participle of the perfect before a plural auxiliary honours her too ("गई थीं"); "गई थी" is no
    # honorific
    doc = run(pipe, "इस दौरे की तैयारी पिछले महीने विदेश मंत्री सुषमा स्वराज ने की थी। वे जुलाई में काठमांडू गई थीं।",
              "2014-08-05")
    assert [(names(e), e.date["value"]) for e in _of_type(doc, "VISIT")] == [({"Sushma Swaraj", "Kathmandu"}, "2014-07")]
    doc = run(pipe, "इस दौरे की तैयारी पिछले महीने विदेश मंत्री सुषमा स्वराज ने की थी। वह जुलाई में काठमांडू गई थी।",
              "2014-08-05")
    assert _of_type(doc, "VISIT") == []


@pytest.mark.parametrize("second, place", [
    ("दिल्ली के बाद वे पाकिस्तान जाएँगे।", "Pakistan"),
    ("भारत के बाद उनका पाकिस्तान जाने का कार्यक्रम है।", "Pakistan"),
])
def test_the_leg_before_is_not_where_the_next_one_goes(pipe, second, place):
    """"दिल्ली के बाद वे पाकिस्तान जाएंगे": Delhi is the leg before; the trip to Pakistan is a visit of its own, not
    merged with the one to Delhi."""
    doc = run(pipe, "चीनी प्रधानमंत्री ली कचियांग रविवार को दिल्ली पहुंचे। " + second, "2013-05-20")
    trips = sorted((sorted(p["canonical"] for p in e.target), e.status) for e in _of_type(doc, "VISIT"))
    assert trips == [(["Delhi"], "occurred"), ([place], "planned")]


@pytest.mark.parametrize("text, expected", [
    ("दस्तख़त के वक़्त थाई प्रधानमंत्री यिंगलक शिनावात्रा भी कुआलालंपुर में मौजूद थीं।",
     ({"Yingluck Shinawatra"}, {"Kuala Lumpur"}, "occurred")),
    ("भारत के विदेश मंत्री सलमान ख़ुर्शीद भी इन दिनों ब्रुनेई में हैं।", ({"Salman Khurshid"}, {"Brunei"}, "ongoing")),
    ("पेरू के राष्ट्रपति ओयांता उमाला इस मौक़े पर सैंटियागो में मौजूद रहेंगे।", ({"Ollanta Humala"}, {"Santiago"}, "planned")),
    # a date with its own case marker between ("मंगलवार को", "शनिवार से"), and a singular copula
    ("किर्गिस्तान के राष्ट्रपति अल्माज़बेक अताम्बायेव मंगलवार को मॉस्को में हैं।", ({"Almazbek Atambayev"}, {"Moscow"}, "ongoing")),
    ("जर्मनी की चांसलर अंगेला मर्केल इन दिनों चीन में है।", ({"Angela Merkel"}, {"China"}, "ongoing")),
    # a person the knowledge base lacks, of the country the text gives him
    ("मलेशिया के परिवहन मंत्री लियो तियोंग लाई शनिवार से कीव में हैं।", ({"लियो तियोंग लाई"}, {"Kyiv"}, "ongoing")),
    # a stay or stopover
    ("विदेश मंत्री एस जयशंकर भी मंगलवार को तेहरान में रुकेंगे।", ({"S. Jaishankar"}, {"Tehran"}, "planned")),
])
def test_a_foreigner_present_in_a_place_visits_it(full, text, expected):
    """"<person> (भी) <place> में मौजूद थे / रहेंगे", "<person> इन दिनों <place> में हैं": a person of another country
    than the place's is there on a visit, by the tense."""
    (visit,) = _of_type(run(full, text, "2013-11-25"), "VISIT")
    assert ({p["canonical"] for p in visit.actor}, {p["canonical"] for p in visit.target}, visit.status) == expected


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री योगी आदित्यनाथ लखनऊ में मौजूद थे।",  # at home
    "ओबामा ने कहा कि ख़ुर्शीद ब्रुनेई में मौजूद थे।",  # another clause: the ने-subject is not present
    "मुख्यमंत्री योगी आदित्यनाथ शनिवार को लखनऊ में थे।",  # at home, a date between
    "मुख्यमंत्री योगी आदित्यनाथ शनिवार को लखनऊ में रुके।",  # a stay at home
    "अमरीका के राजदूत डैन मज़ीना शनिवार से ढाका में हैं।",  # an envoy where he serves is not visiting: the knowledge base
])
def test_presence_at_home_or_in_another_clause_is_no_visit(full, text):
    assert _of_type(run(full, text, "2013-11-25"), "VISIT") == []


def test_a_place_gone_to_is_not_the_subject_an_ergative_pronoun_stands_for(full):
    """"किंशासा आने से पहले ओलांद ... डकार में थे। उन्होंने वहां ... बातचीत की": Kinshasa, before a motion infinitive,
    is where he went; Hollande is the subject the next sentence's उन्होंने stands for."""
    doc = run(full, "किंशासा आने से पहले फ्रांस के राष्ट्रपति फ्रांस्वा ओलांद शुक्रवार को सेनेगल की राजधानी डकार में थे। "
                    "उन्होंने वहां राष्ट्रपति मैकी साल के साथ बातचीत की।", "2012-10-13")
    assert _by_type(doc, "MEETING") == [{"François Hollande", "Macky Sall"}]


def test_a_body_before_a_title_is_no_subject_of_the_sentence(pipe):
    """"संयुक्त राष्ट्र महासचिव बान की-मून भी इलाक़े में हैं। वे सोमवार को काहिरा पहुंचे थे": the UN names Ban's
    title; he is the subject that वे stands for."""
    doc = run(pipe, "संयुक्त राष्ट्र महासचिव बान की-मून भी इलाक़े में हैं। वे सोमवार को काहिरा पहुंचे थे।", "2012-11-21")
    assert _by_type(doc, "VISIT") == [{"Ban Ki-moon", "Cairo"}]
    # ... and the place reached is no subject either: the pronouns of the next sentences stay his
    doc = run(pipe, "संयुक्त राष्ट्र महासचिव बान की-मून भी इलाक़े में हैं। वे सोमवार को काहिरा पहुंचे थे, जहां उन्होंने अरब लीग "
                    "के महासचिव नबील अल-अरबी से मुलाक़ात की। मंगलवार को यरूशलम में उनकी नेतन्याहू से बातचीत हुई।", "2012-11-21")
    assert {"Ban Ki-moon", "Benjamin Netanyahu"} in _by_type(doc, "MEETING")


def test_a_title_inside_the_name_binds_the_bare_title_later(full):
    """"बहरीन के शाह हमद बिन ईसा अल ख़लीफ़ा" tagged with its title: "शुक्रवार को शाह आगरा जाएंगे" is the king."""
    doc = run(full, "बहरीन के शाह हमद बिन ईसा अल ख़लीफ़ा बुधवार को दिल्ली पहुंचे। शुक्रवार को शाह आगरा जाएंगे और ताजमहल "
                    "देखेंगे।", "2014-02-20")
    assert sorted((sorted(names(e)), e.status) for e in _of_type(doc, "VISIT")) == [
        (["Agra", "Hamad bin Isa Al Khalifa"], "planned"), (["Delhi", "Hamad bin Isa Al Khalifa"], "occurred")]


@pytest.mark.parametrize("second, places", [
    ("दिल्ली के बाद उनका बंगलौर और हैदराबाद जाने का कार्यक्रम है।", ["Bengaluru", "Hyderabad"]),
    ("उनका शुक्रवार को बेंगलुरु जाने का भी कार्यक्रम है।", ["Bengaluru"]),
])
def test_the_owner_of_a_trip_across_its_places_and_date(pipe, second, places):
    """"उनका <date> <places> जाने का कार्यक्रम": the genitive pronoun owns the trip across the places, joiners and
    the date between it and the infinitive."""
    doc = run(pipe, "म्यांमार की नेता आंग सान सू ची मंगलवार को दिल्ली पहुंचीं। " + second, "2012-11-14")
    trips = [e for e in _of_type(doc, "VISIT") if e.status == "planned"]
    assert [(sorted(p["canonical"] for p in e.actor), sorted(p["canonical"] for p in e.target)) for e in trips] == [
        (["Aung San Suu Kyi"], places)]


def test_both_countries_as_the_bare_subject_of_signing(pipe):
    """"दोनों देश ... समझौतों पर हस्ताक्षर करेंगे": the pair stands as one subject; the list "व्यापार, कृषि
    और सीमा" does not break the clause."""
    doc = run(pipe, "चीनी प्रधानमंत्री ली कचियांग रविवार को भारत आए। इसके बाद दोनों देश व्यापार, कृषि और सीमा से जुड़े "
                    "कई समझौतों पर हस्ताक्षर करेंगे।", "2013-05-20")
    (deal,) = _of_type(doc, "AGREEMENT")
    assert names(deal) == {"China", "India"} and deal.status == "planned"


def test_counterpart_pronoun_with_a_weak_trigger_or_a_nominative_subject(pipe):
    """"सोनिया गांधी ने उनसे भेंट की": उनसे carries its से for a weak trigger, and is the person named just
    before; "मनमोहन सिंह ... सू ची के घर जाकर उनसे मिले": the nominative subject is the agent, उनसे the
    person last named."""
    doc = run(pipe, "आंग सान सू ची ने बुधवार को प्रधानमंत्री मनमोहन सिंह से मुलाक़ात की. शाम को कांग्रेस अध्यक्ष सोनिया "
                    "गांधी ने उनसे भेंट की.", "2012-11-15")
    meetings = [names(e) for e in _of_type(doc, "MEETING")]  # two meetings: one person in common
    assert len(meetings) == 2
    assert meetings[0] == {"Aung San Suu Kyi", "Manmohan Singh"} and meetings[1] >= {"Aung San Suu Kyi", "Sonia Gandhi"}
    doc = run(pipe, "मई में मनमोहन सिंह यांगून में सू ची के घर जाकर उनसे मिले थे.", "2012-11-15")
    (meeting,) = _of_type(doc, "MEETING")
    assert names(meeting) == {"Manmohan Singh", "Aung San Suu Kyi"}


def test_there_before_a_motion_verb_is_the_place_named_last(pipe):
    """"वहां पहुंचे" goes to the place named last: in the sentence before ("... काहिरा का रुख़ कर रहे हैं। ... बर्न्स ...
    वहां पहुंचे"), passing over the traveller's own country in the genitive; in its own sentence, passing over the
    place travelled from ("टोक्यो से वहां")."""
    doc = run(pipe, "पश्चिमी देशों के राजनयिक इन दिनों काहिरा का रुख़ कर रहे हैं. अमरीका के उप विदेश मंत्री विलियम बर्न्स "
                    "पिछले सोमवार को वहां पहुंचे थे.", "2013-07-21")
    (visit,) = _of_type(doc, "VISIT")
    assert [p["canonical"] for p in visit.target] == ["Cairo"]
    doc = run(pipe, "ली म्युंग-बाक शनिवार शाम ही बीजिंग पहुंच गए थे, जबकि योशिहिको नोडा रविवार सुबह टोक्यो से वहां पहुंचे.",
              "2012-05-14")
    assert sorted((names(e), e.date["value"]) for e in _of_type(doc, "VISIT")) == [
        ({"Lee Myung-bak", "Beijing"}, "2012-05-12"), ({"Yoshihiko Noda", "Beijing"}, "2012-05-13")]


def test_back_from_a_tour_is_a_visit_and_a_heart_attack_none(pipe):
    """"अमरीका के दौरे से लौटे हैं" comes back from a visit; "दिल के दौरे से मौत" is a seizure."""
    doc = run(pipe, "म्यांमार के राष्ट्रपति थेन सेन इसी महीने अमरीका के दौरे से लौटे हैं.", "2013-05-30")
    assert [names(e) for e in _of_type(doc, "VISIT")] == [{"Thein Sein", "United States"}]
    doc = run(pipe, "पूर्व राष्ट्रपति की मंगलवार को दिल के दौरे से मौत हो गई.", "2013-05-30")
    assert _of_type(doc, "VISIT") == []


def test_a_trip_told_as_the_time_of_another_keeps_its_owner(pipe):
    """"नरवणे की यात्रा से पहले ... गोयल भी काठमांडू गए थे": Goyal went to Kathmandu, not Naravane; "यात्रा के पहले चरण
    में" is the trip's first leg, one visit."""
    doc = run(pipe, "सेना प्रमुख मनोज मुकुंद नरवणे की यात्रा से पहले 21 अक्टूबर को रॉ के प्रमुख सामंत कुमार गोयल भी काठमांडू गए थे.",
              "2020-11-06")
    visits = _of_type(doc, "VISIT")
    assert [({p["canonical"] for p in e.target}, e.date["value"]) for e in visits] == [({"Kathmandu"}, "2020-10-21")]
    assert "Manoj Mukund Naravane" not in names(visits[0])
    doc = run(pipe, "विदेश सचिव हर्षवर्धन श्रृंगला फ्रांस और जर्मनी की यात्रा के पहले चरण में गुरुवार को पेरिस पहुंचे.",
              "2020-11-06")
    (visit,) = _of_type(doc, "VISIT")
    assert {"Harsh Vardhan Shringla", "Paris"} <= names(visit)


def test_a_visit_that_could_not_be_made_is_called_off(pipe):
    """"नेपीडॉ नहीं आ सकीं", "कोच्चि नहीं पहुंच सके": the stem before "could" (visit.toml stem_followers), negated."""
    doc = run(pipe, "थाईलैंड की प्रधानमंत्री यिंगलक शिनावात्रा प्रदर्शनों के कारण नेपीडॉ नहीं आ सकीं. विदेश राज्य मंत्री "
                    "वी. मुरलीधरन पहले से तय कार्यक्रमों के चलते कोच्चि नहीं पहुंच सके.", "2013-12-12")
    assert sorted((sorted(names(e)), e.status) for e in _of_type(doc, "VISIT")) == [
        (["Kochi", "V. Muraleedharan"], "cancelled"), (["Naypyidaw", "Yingluck Shinawatra"], "cancelled")]


def test_a_bare_union_minister_is_the_storys_one_union_minister(pipe):
    """"केंद्रीय जहाजरानी राज्य मंत्री मनसुख मंडाविया ... केंद्रीय मंत्री अगले महीने त्रिपुरा आएंगे": the one Union
    minister named with a portfolio; with two named, "केंद्रीय मंत्री" is neither."""
    doc = run(pipe, "मुख्यमंत्री बिप्लब कुमार देब ने गुरुवार को केंद्रीय जहाजरानी राज्य मंत्री मनसुख मंडाविया के साथ बैठक की. "
                    "केंद्रीय मंत्री अगले महीने त्रिपुरा आएंगे.", "2020-07-24")
    assert [names(e) for e in _of_type(doc, "VISIT")] == [{"Mansukh Mandaviya", "Tripura"}]
    doc = run(pipe, "मुख्यमंत्री बिप्लब कुमार देब ने गुरुवार को केंद्रीय जहाजरानी राज्य मंत्री मनसुख मंडाविया और केंद्रीय कृषि "
                    "मंत्री नरेंद्र सिंह तोमर के साथ बैठक की. केंद्रीय मंत्री अगले महीने त्रिपुरा आएंगे.", "2020-07-24")
    assert _of_type(doc, "VISIT") == []


def test_an_invitation_accepted_past_the_inviters_genitive_is_the_accepters_trip(pipe):
    """"ली ने ऑस्ट्रेलिया आने का गिलार्ड का न्योता स्वीकार कर लिया है": Li travels, not Gillard who invited him."""
    doc = run(pipe, "चीन के प्रधानमंत्री ली केचियांग ने ऑस्ट्रेलिया आने का जूलिया गिलार्ड का न्योता स्वीकार कर लिया है.",
              "2013-04-10")
    (visit,) = _of_type(doc, "VISIT")
    assert names(visit) == {"Li Keqiang", "Australia"} and visit.status == "planned"


def test_a_gathering_gone_to_is_a_trip_to_its_place(pipe):
    """"सोची शीतकालीन ओलंपिक के उद्घाटन समारोह में नहीं गए": a trip (here called off) to the place the gathering is
    held in, not to a place in its name ("वॉशिंगटन में होने वाले अमरीका-अफ़्रीका शिखर सम्मेलन") nor to whoever acts
    ("इसराइल ने उनसे इस सम्मेलन में न जाने की अपील की")."""
    doc = run(pipe, "राष्ट्रपति बराक ओबामा इस महीने सोची शीतकालीन ओलंपिक के उद्घाटन समारोह में नहीं गए.", "2014-02-10")
    assert [(names(e), e.status) for e in _of_type(doc, "VISIT")] == [({"Barack Obama", "Sochi"}, "cancelled")]
    doc = run(pipe, "लाइबेरिया की राष्ट्रपति एलेन जॉनसन सरलीफ़ ने अगले हफ़्ते वॉशिंगटन में होने वाले अमरीका-अफ़्रीका शिखर सम्मेलन "
                    "में जाने का कार्यक्रम रद्द कर दिया है.", "2014-08-01")
    assert [({p["canonical"] for p in e.target}, e.status) for e in _of_type(doc, "VISIT")] == [
        ({"Washington, D.C."}, "cancelled")]
    doc = run(pipe, "अमरीका और इसराइल ने महमूद अहमदीनेजाद से इस सम्मेलन में न जाने की अपील की थी.", "2012-08-31")
    assert _of_type(doc, "VISIT") == []


def test_a_relative_clause_after_the_main_verb_group_tells_of_its_subject(pipe):
    """", जो ... रवाना होंगे" after "की अगुआई X करेंगे" or "X कर रहे हैं": X travels (the verb group skipped)."""
    doc = run(pipe, "सरकारी प्रतिनिधिमंडल की अगुआई विदेश मंत्री वलीद मुअल्लिम करेंगे, जो मंगलवार को स्विट्ज़रलैंड के लिए रवाना "
                    "होंगे.", "2014-01-20")
    assert [names(e) for e in _of_type(doc, "VISIT")] == [{"Walid Muallem", "Switzerland"}]
    doc = run(pipe, "सम्मेलन की सह-अध्यक्षता प्रधानमंत्री मनमोहन सिंह और कंबोडिया के प्रधानमंत्री हुन सेन कर रहे हैं, जो मंगलवार "
                    "रात ही दिल्ली पहुंच गए थे.", "2012-12-20")
    assert [names(e) for e in _of_type(doc, "VISIT")] == [{"Hun Sen", "Delhi"}]


def test_advice_to_keep_away_is_no_visit(pipe):
    """"अपने नागरिकों को कश्मीर जाने से बचने की सलाह दी", "... वहां जाने से बचें": nobody travels."""
    doc = run(pipe, "अमरीका और ब्रिटेन ने अपने नागरिकों को कश्मीर जाने से बचने की सलाह दी है. विदेश मंत्रालय ने कहा कि "
                    "अमरीकी राजनयिक भी वहां जाने से बचें.", "2013-07-21")
    assert _of_type(doc, "VISIT") == []


def test_counterpart_pronoun_after_a_host_of_the_agents_country_is_the_guest(pipe):
    """"कौर ने उनकी अगवानी की। कृष्णा ने उनसे मुलाक़ात की": a host of the agent's own country was the last subject,
    so "them" is the guest, the recent subject of another country; in a story of one country it stays the last
    subject."""
    doc = run(pipe, "जापान के प्रधानमंत्री शिंज़ो आबे सोमवार को दिल्ली पहुंचे. हवाई अड्डे पर विदेश राज्य मंत्री वीके सिंह ने "
                    "उनकी अगवानी की. शाम को गृह मंत्री राजनाथ सिंह ने उनसे मुलाक़ात की.", "2014-09-02")
    assert [names(e) for e in _of_type(doc, "MEETING")] == [{"Rajnath Singh", "Shinzo Abe"}]
    doc = run(pipe, "बिहार के मुख्यमंत्री नीतीश कुमार सोमवार को दिल्ली पहुंचे. वहां उन्होंने प्रधानमंत्री नरेंद्र मोदी से "
                    "मुलाक़ात की. शाम को गृह मंत्री राजनाथ सिंह ने उनसे मुलाक़ात की.", "2014-09-02")
    assert [names(e) for e in _of_type(doc, "MEETING")] == [{"Nitish Kumar", "Narendra Modi"},
                                                           {"Rajnath Singh", "Nitish Kumar"}]


def test_a_counterpart_after_the_triggers_verb_and_aur_is_the_next_verbs(pipe):
    """"A से बातचीत करेंगे और फिर B से ... मिलेंगे": two meetings, each with its own counterpart."""
    doc = run(pipe, "यांगून में ओबामा पहले राष्ट्रपति थेन सेन से बातचीत करेंगे और फिर सू ची से उनके घर पर मिलेंगे.",
              "2012-11-15")
    assert sorted(names(e) for e in _of_type(doc, "MEETING")) == sorted(
        [{"Barack Obama", "Thein Sein"}, {"Barack Obama", "Aung San Suu Kyi"}])


def test_both_sides_agreeing_on_a_matter(pipe):
    """"दोनों पक्ष ... पर राज़ी हो गए": the pair in one word is the joint subject of agreeing; a date
    ("15 अप्रैल से पहले") is no other party's case."""
    doc = run(pipe, "भारत और चीन के सैन्य कमांडरों के बीच बातचीत के कई दौर चले। आख़िरकार पांच मई की रात दोनों पक्ष "
                    "अपने-अपने सैनिकों को 15 अप्रैल से पहले की जगह पर लौटाने पर राज़ी हो गए।", "2013-05-20")
    (deal,) = _of_type(doc, "AGREEMENT")
    assert names(deal) == {"India", "China"} and deal.date["value"] == "2013-05-05"


def test_who_speaks_after_or_at_a_meeting_took_part(pipe):
    """"<X> के साथ शिखर बैठक के बाद पुतिन ने कहा": Putin was at the summit; an undated meeting of a traveller
    told just after the dated visit took place on its day."""
    doc = run(pipe, "रूस के राष्ट्रपति व्लादिमीर पुतिन सोमवार को एक दिन की यात्रा पर दिल्ली पहुंचे. हैदराबाद हाउस में "
                    "प्रधानमंत्री मनमोहन सिंह के साथ सालाना शिखर बैठक के बाद पुतिन ने कहा कि रूस भारत को अपना विशेष "
                    "साझेदार मानता है.", "2012-12-25")
    (meeting,) = _of_type(doc, "MEETING")
    assert names(meeting) == {"Vladimir Putin", "Manmohan Singh"}
    assert meeting.date["value"] == "2012-12-24" and meeting.attrs.get("date_from") == "visit"


def test_a_source_is_no_participant(pipe):
    """"X के अनुसार" tells who says so: no office runs on over it ("जापानी अधिकारियों के अनुसार राष्ट्रपति"
    is not the officials' president), and the name before it is no party."""
    from pipeline.hindi.events import CONFIG_DIR, load_roles
    from pipeline.hindi.events.document_index import DocIndex

    doc = run(pipe, "जापानी अधिकारियों के अनुसार प्रधानमंत्री शिंज़ो आबे अगले साल भारत आएंगे।", "2013-05-20")
    (visit,) = _of_type(doc, "VISIT")
    assert names(visit) == {"Shinzo Abe", "India"}
    doc = run(pipe, "जापानी अधिकारियों के अनुसार राष्ट्रपति शी की जापान यात्रा अगले साल होगी।", "2013-05-20")
    view = DocIndex(doc, load_roles(str(CONFIG_DIR / "roles.toml"))).views[0]
    first = view.spans[0]
    assert view.words[first.j - 1] == "अधिकारियों"  # the office ends before "के मुताबिक़"


@pytest.fixture(scope="module")
def full():
    """The shipped configuration, NER model included (for names in no list)."""
    return build(load_config(REPO / "configs" / "default.toml"), writers=False)


def test_a_last_name_alone_after_the_full_name_is_that_person(full):
    """"जेम्स क्लैपर ... क्लैपर शुक्रवार को प्योंगयांग पहुंचे": the last name alone, untagged, is the
    person named in full; not an ordinary word ("पंकज राय ... उनकी राय")."""
    doc = run(full, "अमरीकी ख़ुफ़िया प्रमुख जेम्स क्लैपर की यह यात्रा गुप्त रखी गई। अधिकारियों के मुताबिक़ क्लैपर "
                    "शुक्रवार को प्योंगयांग पहुंचे थे।", "2014-11-09")
    visits = [e for e in _of_type(doc, "VISIT") if any(p["canonical"] == "Pyongyang" for p in e.target)]
    assert visits and any("क्लैपर" in {p["text"] for p in e.actor} or "जेम्स क्लैपर" in names(e) for e in visits)


def test_separately_makes_one_meeting_a_counterpart(pipe):
    """"X और Y से अलग-अलग मुलाक़ात की": one meeting with each."""
    doc = run(pipe, "मोदी ने बांग्लादेश की प्रधानमंत्री शेख़ हसीना और ख़ालिदा ज़िया से अलग-अलग मुलाक़ात की.", "2014-09-30")
    assert sorted(names(e) for e in _of_type(doc, "MEETING")) == sorted(
        [{"Narendra Modi", "Sheikh Hasina"}, {"Narendra Modi", "Khaleda Zia"}])


def test_a_list_of_two_word_items_is_one_clause(pipe):
    doc = run(pipe, "चीनी प्रधानमंत्री ली कचियांग बुधवार को पाकिस्तान पहुंचे। दोनों देशों ने आर्थिक गलियारे, समुद्री सहयोग और "
                    "उपग्रह नेविगेशन से जुड़े 11 समझौतों पर हस्ताक्षर किए।", "2013-05-23")
    (deal,) = _of_type(doc, "AGREEMENT")
    assert names(deal) == {"China", "Pakistan"}


def test_the_next_round_of_talks_is_a_new_meeting_of_their_parties(pipe):
    doc = run(pipe, "कोलंबिया सरकार और फ़ार्क विद्रोहियों के बीच हवाना में शांति वार्ता चल रही है। वार्ता का अगला दौर 11 जून "
                    "से शुरू होगा।", "2013-05-27")
    talks = _of_type(doc, "MEETING")
    assert len(talks) == 2 and names(talks[0]) == names(talks[1])
    assert (talks[1].date["value"], talks[1].status) == ("2013-06-11", "planned")


def test_both_countries_governments_act_for_the_two(pipe):
    doc = run(pipe, "फ़्रांस के राष्ट्रपति ओलांद गुरुवार को भारत पहुंचे. इस दौरान दोनों देशों की सरकारों के बीच मंत्री-स्तर "
                    "की वार्ता होगी.", "2013-02-15")
    (talks,) = _of_type(doc, "MEETING")
    assert names(talks) == {"France", "India"}


def test_pronoun_traveller_after_a_sentence_that_named_another_person(pipe):
    """"नवाज़ शरीफ़ ने ... ली कचियांग से मुलाक़ात की। रविवार को वे शंघाई जाएंगे": वे is the subject of the
    sentence before, not the person last named; with no subject near, the person the article is about."""
    doc = run(pipe, "नवाज़ शरीफ़ ने गुरुवार को बीजिंग में चीनी प्रधानमंत्री ली कचियांग से मुलाक़ात की। रविवार को वे शंघाई "
                    "जाएंगे।", "2013-07-05")
    (trip,) = [e for e in _of_type(doc, "VISIT") if any(p["canonical"] == "Shanghai" for p in e.target)]
    assert "Nawaz Sharif" in names(trip)
    doc = run(pipe, "नीतीश कुमार लाहौर पहुंचे। लाहौर में नीतीश कुमार का स्वागत हुआ। नीतीश कुमार का पेशावर जाने का भी "
                    "कार्यक्रम था, लेकिन उसे रद्द कर दिया गया। गुरुवार को वे इस्लामाबाद पहुंचेंगे।", "2012-11-14")
    (trip,) = [e for e in _of_type(doc, "VISIT") if any(p["canonical"] == "Islamabad" for p in e.target)]
    assert "Nitish Kumar" in names(trip)


def test_the_two_candidates_met_separately_are_not_the_subject(pipe):
    """"उन्होंने दोनों उम्मीदवारों से अलग-अलग मुलाक़ात की": the two are the last two people named other than
    the subject, and there is one meeting with each."""
    doc = run(pipe, "राष्ट्रपति पद के उम्मीदवार अब्दुल्ला अब्दुल्ला और अशरफ़ ग़नी के बीच विवाद है। अमरीकी विदेश मंत्री जॉन "
                    "केरी गुरुवार को काबुल पहुंचे। पहले दिन उन्होंने दोनों उम्मीदवारों से अलग-अलग मुलाक़ात की।", "2014-07-13")
    assert sorted(names(e) for e in _of_type(doc, "MEETING")) == sorted(
        [{"John Kerry", "Abdullah Abdullah"}, {"John Kerry", "Ashraf Ghani"}])


def test_what_an_agreement_is_about_is_no_party(pipe):
    doc = run(pipe, "भारत की ओर से सलमान ख़ुर्शीद और फ़्रांस की ओर से लॉरां फ़ाबियूस ने दस्तख़त किए, जिनमें शिक्षा, रेलवे "
                    "और शहरी विकास से जुड़े करार शामिल हैं।", "2013-02-15")
    (deal,) = _of_type(doc, "AGREEMENT")
    assert "Indian Railways" not in names(deal)


def test_a_bare_title_is_no_nominative_subject_for_pronouns(pipe):
    """"तीसरी बार प्रधानमंत्री बनने के बाद यह नवाज़ शरीफ़ का पहला विदेश दौरा है. वे ... बीजिंग पहुंचे": the bare
    title (bound to another prime minister the article names) is no subject; वे is Nawaz Sharif."""
    doc = run(pipe, "चीनी प्रधानमंत्री ली कचियांग ने स्वागत किया। नवाज़ शरीफ़ चीन पहुंचे हैं। तीसरी बार प्रधानमंत्री बनने के बाद "
                    "यह नवाज़ शरीफ़ का पहला विदेश दौरा है. वे बुधवार को बीजिंग पहुंचे थे.", "2013-07-05")
    (trip,) = [e for e in _of_type(doc, "VISIT") if any(p["canonical"] == "Beijing" for p in e.target)]
    assert "Nawaz Sharif" in names(trip) and "Li Keqiang" not in names(trip)


def _by_type(doc, type_: str) -> list[set[str]]:
    return sorted((names(e) for e in _of_type(doc, type_)), key=sorted)


def test_a_clause_opening_after_which_takes_the_main_clauses_date(pipe):
    """"सोमवार को ... बातचीत की, जिसके बाद ... हस्ताक्षर किए": what followed happened then (status.toml
    same_time_clause)."""
    doc = run(pipe, "सोमवार को प्रधानमंत्री नरेंद्र मोदी ने जापान के प्रधानमंत्री शिंज़ो आबे के साथ बातचीत की, जिसके बाद भारत "
                    "और जापान ने परमाणु ऊर्जा के एक समझौते पर हस्ताक्षर किए।", "2014-09-03")
    (deal,) = _of_type(doc, "AGREEMENT")
    assert deal.date and deal.date["value"] == "2014-09-01"


def test_a_pair_a_participle_ties_to_a_later_noun_is_not_the_triggers(pipe):
    """"ये करार A और B के बीच ... हुई बातचीत के बाद हुए": A and B talked; the agreement's parties are the
    countries that signed it."""
    doc = run(pipe, "पाकिस्तान और चीन ने शुक्रवार को आठ समझौतों पर हस्ताक्षर किए। ये करार पाकिस्तान के प्रधानमंत्री नवाज़ "
                    "शरीफ़ और चीन के राष्ट्रपति शी जिनपिंग के बीच बीजिंग में हुई बातचीत के बाद हुए।", "2013-07-05")
    (deal,) = _of_type(doc, "AGREEMENT")
    assert names(deal) == {"Pakistan", "China"}
    assert _by_type(doc, "MEETING") == [{"Nawaz Sharif", "Xi Jinping"}]


def test_an_agreement_under_negotiation_is_planned_and_the_date_not_fixed_is_no_calloff(pipe):
    doc = run(pipe, "भारत और ऑस्ट्रेलिया के बीच असैन्य परमाणु समझौते पर बातचीत चल रही है।", "2013-05-20")
    assert [e.status for e in _of_type(doc, "AGREEMENT")] == ["planned"]
    doc = run(pipe, "प्रधानमंत्री नरेंद्र मोदी अगले साल अमरीका जाएंगे, हालांकि इस यात्रा की तारीख़ अभी तय नहीं हुई है।",
              "2014-10-01")
    assert [e.status for e in _of_type(doc, "VISIT")] == ["planned"]


def test_a_call_off_asked_for_of_something_else_does_not_cancel(pipe):
    doc = run(pipe, "विपक्षी नेताओं ने बुधवार को राष्ट्रपति राम नाथ कोविंद से मिलकर तीनों कानून रद्द करने की मांग की।",
              "2020-12-10")
    assert [e.status for e in _of_type(doc, "MEETING")] == ["occurred"]
    doc = run(pipe, "सरकार ने प्रधानमंत्री नरेंद्र मोदी की बेल्जियम यात्रा रद्द करने का फैसला किया।", "2020-03-06")
    assert [e.status for e in _of_type(doc, "VISIT")] == ["cancelled"]


def test_the_protagonist_reaches_over_four_sentences(pipe):
    """The person the article is about, named three times, is "वे" after two sentences of what a
    spokesman said."""
    doc = run(pipe, "नवाज़ शरीफ़ बुधवार को बीजिंग पहुंचे। नवाज़ शरीफ़ ने गुरुवार को शी जिनपिंग से मुलाक़ात की। नवाज़ शरीफ़ के "
                    "साथ उनके भाई भी हैं। इस्लामाबाद में प्रवक्ता ने बताया कि बातचीत सफल रही। प्रवक्ता ने कहा कि व्यापार पर "
                    "चर्चा हुई। रविवार को वे शंघाई जाएंगे।", "2013-07-05")
    trips = [e for e in _of_type(doc, "VISIT") if any(p["canonical"] == "Shanghai" for p in e.target)]
    assert trips and all("Nawaz Sharif" in names(e) for e in trips)


def test_a_chinese_family_name_alone_and_a_trip_to_another_country(pipe):
    """"शी जिनपिंग ... शी रविवार को ... रवाना होंगे": the family name comes first; and "दौरे के आख़िरी चरण में"
    does not fold a trip to another country into the one told."""
    doc = run(pipe, "चीन के राष्ट्रपति शी जिनपिंग इन दिनों मध्य एशिया के दौरे पर हैं। शी रविवार को उज़्बेकिस्तान के लिए रवाना "
                    "होंगे। दौरे के आख़िरी चरण में वे किर्गिज़स्तान जाएंगे।", "2013-09-06")
    trips = _of_type(doc, "VISIT")
    uzbek = [e for e in trips if any(p["canonical"] == "Uzbekistan" for p in e.target)]
    assert len(uzbek) == 1 and "Xi Jinping" in names(uzbek[0]) and "Kyrgyzstan" not in names(uzbek[0])


def test_a_bare_title_before_a_place_and_the_kind_of_place(pipe):
    """"शनिवार को मुख्यमंत्री देवघर जाएंगे": a title followed by a place is the office holder going there;
    "वुहान शहर पहुंचे": the kind of place may stand between the name and the verb."""
    doc = run(pipe, "मुख्यमंत्री हेमंत सोरेन शुक्रवार को दुमका पहुंचे। शनिवार को मुख्यमंत्री देवघर जाएंगे।", "2020-08-22")
    trips = [e for e in _of_type(doc, "VISIT") if any(p["canonical"] == "Deoghar" for p in e.target)]
    assert trips and "Hemant Soren" in names(trips[0]) and trips[0].status == "planned"
    doc = run(pipe, "चीन के राष्ट्रपति शी जिनपिंग मंगलवार को वुहान शहर पहुंचे।", "2020-03-11")
    assert _by_type(doc, "VISIT") == [{"Xi Jinping", "Wuhan"}]


def test_a_genitive_pronoun_over_a_meeting_and_a_separate_meeting(pipe):
    """"... पहुंचेंगे, जहां उनकी X से मुलाक़ात होगी": the subject of the clause before; "अलग से भेंट": a
    meeting apart from the summit."""
    doc = run(pipe, "प्रधानमंत्री नरेंद्र मोदी सोमवार को टोक्यो पहुंचेंगे, जहां उनकी जापान के प्रधानमंत्री शिंज़ो आबे से "
                    "मुलाक़ात होगी।", "2014-08-29")
    assert _by_type(doc, "MEETING") == [{"Narendra Modi", "Shinzo Abe"}]
    doc = run(pipe, "मोदी सोमवार को ब्रिक्स शिखर सम्मेलन में शामिल हुए। उसी दिन मोदी ने रूसी राष्ट्रपति व्लादिमीर पुतिन से भी "
                    "अलग से भेंट की।", "2014-07-16")
    talks = [e for e in _of_type(doc, "MEETING") if "Vladimir Putin" in names(e)]
    assert len(talks) == 1 and "BRICS" not in names(talks[0])


def test_a_conjunctive_motion_verb_and_a_common_word_surname(pipe):
    """"दिल्ली आकर शाह से मिले": a visit and a meeting; "शाह" before its case marker is Amit Shah, named
    in full before (an ordinary word alone is not)."""
    doc = run(pipe, "गृह मंत्री अमित शाह ने मंगलवार को किसानों के साथ बैठक की। पंजाब के मुख्यमंत्री अमरिंदर सिंह गुरुवार को "
                    "दिल्ली आकर शाह से मिले।", "2020-12-10")
    assert any(names(e) >= {"Amarinder Singh", "Delhi"} for e in _of_type(doc, "VISIT"))
    assert any(names(e) == {"Amarinder Singh", "Amit Shah"} for e in _of_type(doc, "MEETING"))


def test_a_headline_subject_after_the_verb(pipe):
    doc = run(pipe, "रघुराम राजन से अर्थव्यवस्था पर चर्चा करेंगे राहुल गांधी", "2020-04-30")
    assert _by_type(doc, "MEETING") == [{"Rahul Gandhi", "Raghuram Rajan"}]


def test_agreements_with_one_side_in_common_and_another_each_are_two(pipe):
    doc = run(pipe, "भारत ने जापान के साथ परमाणु करार पर बातचीत तेज़ करने का फ़ैसला किया है। बैंकॉक में भारत और थाईलैंड के "
                    "बीच प्रत्यर्पण संधि पर दस्तख़त होने की उम्मीद है।", "2013-05-29")
    assert _by_type(doc, "AGREEMENT") == [{"India", "Japan"}, {"India", "Thailand"}]


def test_a_headline_learns_its_subject_from_the_report(pipe):
    """The headline's meeting, its subject unread, takes the report's subject; another subject meeting one
    of them later is another meeting."""
    doc = run(pipe, "भारत आईं सू ची, मनमोहन सिंह से मिलीं। आंग सान सू ची ने बुधवार को प्रधानमंत्री मनमोहन सिंह से मुलाक़ात "
                    "की। इसके बाद कांग्रेस अध्यक्ष सोनिया गांधी ने उनसे भेंट की।", "2012-11-15")
    meetings = _by_type(doc, "MEETING")
    assert {"Aung San Suu Kyi", "Manmohan Singh"} in meetings
    assert any("Sonia Gandhi" in m and "Manmohan Singh" not in m for m in meetings)


def test_a_counterpart_of_talks_before_a_signing_is_no_party_to_it(full):
    """"राष्ट्रपति X से बातचीत के बाद दोनों देशों ने ... दस्तख़त किए": X is a party to the talks; the two
    countries (of the visitor and of the capital visited) signed."""
    doc = run(full, "चीन के राष्ट्रपति शी जिनपिंग ने मंगलवार को तुर्कमेनिस्तान की राजधानी अश्गाबात का दौरा किया। वहां "
                    "राष्ट्रपति गुरबांगुली बर्दीमुहम्मदोव से बातचीत के बाद दोनों देशों ने एक संयुक्त घोषणापत्र पर दस्तख़त किए।",
              "2013-09-08")
    (deal,) = _of_type(doc, "AGREEMENT")
    assert names(deal) == {"China", "Turkmenistan"}


def test_signers_after_the_agreement_noun_and_an_approval_of_it(pipe):
    """"समझौते पर 1974 में A और B ने हस्ताक्षर किए थे, लेकिन भारतीय संसद ने अब तक इसका अनुमोदन नहीं किया
    है": the signers; and the approval, an event of its own, still to come."""
    doc = run(pipe, "ज़मीनी सीमा समझौते पर 1974 में इंदिरा गांधी और शेख़ मुजीबुर रहमान ने हस्ताक्षर किए थे, लेकिन भारतीय "
                    "संसद ने अब तक इसका अनुमोदन नहीं किया है।", "2014-06-26")
    deals = {frozenset(names(e)): e for e in _of_type(doc, "AGREEMENT")}
    assert set(deals) == {frozenset({"Indira Gandhi", "Sheikh Mujibur Rahman"}), frozenset({"Parliament of India"})}
    assert deals[frozenset({"Parliament of India"})].status == "planned"
    doc = run(pipe, "सर्बिया और कोसोवो ने शुक्रवार को ब्रसेल्स में एक समझौते पर हस्ताक्षर किए। कोसोवो की संसद अगले हफ़्ते "
                    "इसका अनुमोदन करेगी।", "2013-04-20")
    approvals = [e for e in _of_type(doc, "AGREEMENT") if "Serbia" not in names(e)]
    assert len(approvals) == 1 and approvals[0].status == "planned"


@pytest.mark.parametrize("second, approver, status", [
    ("करार को अभी इसराइली मंत्रिमंडल की मंज़ूरी मिलनी बाक़ी है।", "Cabinet of Israel", "planned"),
    ("करार को ऑस्ट्रेलियाई संसद ने बुधवार को मंज़ूरी दे दी।", "Parliament of Australia", "occurred"),
    ("करार को अभी ऑस्ट्रेलियाई संसद से औपचारिक मंज़ूरी मिलनी है।", "Parliament of Australia", "planned"),
])
def test_an_approval_given_to_the_agreement_noun_after_it(pipe, second, approver, status):
    """"<noun> को X की/से मंज़ूरी मिलनी है", "<noun> को X ने मंज़ूरी दी": X, told after the agreement noun,
    approves it - an event of its own beside the signing."""
    doc = run(pipe, "इसराइल और जॉर्डन ने सोमवार को जल बंटवारे के एक करार पर दस्तख़त किए। " + second, "2013-11-25")
    approvals = [e for e in _of_type(doc, "AGREEMENT") if approver in names(e)]
    assert len(approvals) == 1 and approvals[0].status == status
    assert "Israel" not in names(approvals[0])


def test_both_countries_parliaments_approve_for_the_two(pipe):
    """"समझौते को अभी दोनों देशों की संसदों से मंज़ूरी मिलनी है": the two countries' parliaments, for the two."""
    doc = run(pipe, "रूस और ताजिकिस्तान ने सैन्य अड्डे पर समझौता किया। अड्डे वाले समझौते को अभी दोनों देशों की संसदों से "
                    "मंज़ूरी मिलनी है।", "2013-11-25")
    assert sorted((sorted(names(e)), e.status) for e in _of_type(doc, "AGREEMENT")) == [
        (["Russia", "Tajikistan"], "occurred"), (["Russia", "Tajikistan"], "planned")]


def test_a_perfective_ending_like_an_infinitive_is_no_was_to(pipe):
    """"सहमति बनी थी" was reached (बनी, the perfective of बनना), not "was to be" (बननी थी): occurred."""
    doc = run(pipe, "मार्च में उरुग्वे और अमरीका के बीच इस बात पर सहमति बनी थी कि छह क़ैदियों को उरुग्वे में बसाया जाएगा।",
              "2014-05-12")
    assert [(names(e), e.status) for e in _of_type(doc, "AGREEMENT")] == [({"Uruguay", "United States"}, "occurred")]


def test_an_approval_of_nothing_told_is_no_event(pipe):
    """"कैबिनेट ने इसे मंजूरी दी" with no agreement named before approves a scheme or a bill."""
    doc = run(pipe, "सरकार ने किसानों के लिए नई योजना तैयार की है। केंद्रीय मंत्रिमंडल ने बुधवार को इसे मंजूरी दे दी।",
              "2020-06-05")
    assert _of_type(doc, "AGREEMENT") == []


def test_a_body_meeting_the_same_person_later_is_another_meeting(full):
    """"श्रृंगला ने ओली से भेंट की ... विश्व बैंक के प्रतिनिधिमंडल ने ओली से मुलाकात की थी": one person in common,
    another subject (a body): two meetings."""
    doc = run(full, "विदेश सचिव हर्षवर्धन श्रृंगला दो दिन के दौरे पर नेपाल पहुंचे, प्रधानमंत्री केपी शर्मा ओली से मिले\n\n"
                    "शाम को श्रृंगला ने प्रधानमंत्री केपी शर्मा ओली से भेंट की। पिछले महीने विश्व बैंक के एक प्रतिनिधिमंडल ने "
                    "ओली से मुलाकात की थी।", "2020-11-27")
    assert sorted(names(e) for e in _of_type(doc, "MEETING")) == sorted(
        [{"Harsh Vardhan Shringla", "K. P. Sharma Oli"}, {"World Bank", "K. P. Sharma Oli"}])


def test_a_headline_comma_clause_shares_the_headlines_subject(pipe):
    """"X ... पहुंचे, समकक्ष से वार्ता के बाद Y से मिले": the clause after the comma has the headline's subject."""
    doc = run(pipe, "विदेश सचिव हर्षवर्धन श्रृंगला दो दिन के दौरे पर नेपाल पहुंचे, समकक्ष से वार्ता के बाद प्रधानमंत्री केपी "
                    "शर्मा ओली से मिले", "2020-11-27")
    assert _by_type(doc, "MEETING") == [{"Harsh Vardhan Shringla", "K. P. Sharma Oli"}]


def test_two_trips_in_one_clause_told_one_before_the_other(pipe):
    """"दिल्ली आने से पहले पुतिन ने ... तुर्की का दौरा किया था": two visits, each with its own place."""
    doc = run(pipe, "दिल्ली आने से पहले पुतिन ने इस महीने की शुरुआत में तुर्की का दौरा किया था।", "2012-12-24")
    assert _by_type(doc, "VISIT") == [{"Vladimir Putin", "Delhi"}, {"Vladimir Putin", "Turkey"}]
    doc = run(pipe, "विदेश मंत्री सुषमा स्वराज संयुक्त अरब अमीरात की दो दिन की यात्रा पूरी करने के बाद बुधवार को बहरीन "
                    "पहुंचीं।", "2014-11-06")
    assert _by_type(doc, "VISIT") == [{"Sushma Swaraj", "Bahrain"}, {"Sushma Swaraj", "United Arab Emirates"}]


def test_a_bodys_team_is_the_body_not_a_sports_team(pipe):
    doc = run(pipe, "अफ़्रीकी संघ का एक उच्चस्तरीय दल शनिवार को काहिरा पहुंचा।", "2013-07-31")
    assert _by_type(doc, "VISIT") == [{"African Union", "Cairo"}]
    doc = run(pipe, "इस बीच अफ़ग़ानिस्तान की अंडर-19 क्रिकेट टीम एक दोस्ताना सिरीज़ खेलने लाहौर पहुंची है।", "2013-08-27")
    assert _of_type(doc, "VISIT") == []


def test_a_consensus_formed_before_its_noun_or_announced_after_it(pipe):
    """"अमरीका और रूस के बीच बनी सहमति", "जापान और चीन ने चार सूत्री सहमति का एलान किया"."""
    doc = run(pipe, "यह प्रस्ताव 14 सितंबर को जिनेवा में अमरीका और रूस के बीच बनी सहमति पर आधारित है।", "2013-10-02")
    assert [(names(e), e.status) for e in _of_type(doc, "AGREEMENT")] == [({"United States", "Russia"}, "occurred")]
    doc = run(pipe, "जापान और चीन ने संबंध सुधारने के लिए चार सूत्री सहमति का एलान किया है।", "2014-11-08")
    assert _by_type(doc, "AGREEMENT") == [{"Japan", "China"}]


def test_a_team_of_a_bodys_officials_after_a_modifier_is_the_body(full):
    """"ओपीसीडब्ल्यू के निरीक्षकों का पहला दल ... दमिश्क पहुंच गया": the inspectors' team is the body's."""
    doc = run(full, "रासायनिक हथियारों पर पाबंदी लगाने वाली अंतरराष्ट्रीय संस्था ओपीसीडब्ल्यू के निरीक्षकों का पहला दल मंगलवार "
                    "को सीरिया की राजधानी दमिश्क पहुंच गया।", "2013-10-02")
    trips = _of_type(doc, "VISIT")
    assert len(trips) == 1 and "Organisation for the Prohibition of Chemical Weapons" in names(trips[0])


def test_the_subject_of_the_main_verb_went_before_it(pipe):
    """"X ने <place> जाकर Y से मुलाक़ात की": X went there (not Y, named after the participle)."""
    doc = run(pipe, "पिछले महीने फ़लस्तीनी राष्ट्रपति महमूद अब्बास ने क़तर की राजधानी दोहा जाकर हमास के नेता ख़ालिद मशाल से "
                    "मुलाक़ात की थी।", "2014-08-05")
    trips = _of_type(doc, "VISIT")
    assert len(trips) == 1 and "Mahmoud Abbas" in names(trips[0]) and "Khaled Mashal" not in names(trips[0])


def test_the_owner_of_a_ship_two_genitives_back(pipe):
    doc = run(pipe, "भारतीय नौसेना के पूर्वी बेड़े के चार युद्धपोत सद्भावना यात्रा पर शुक्रवार को चीन के शंघाई शहर पहुंचे।",
              "2012-06-12")
    trips = _of_type(doc, "VISIT")
    assert len(trips) == 1 and "Indian Navy" in names(trips[0])


def test_a_signer_of_unknown_country_keeps_the_countries_that_signed(full):
    """"भारत और नेपाल ने ... हस्ताक्षर किए। समझौते पर ... अनाम सचिव ने दस्तख़त किए": the countries stay beside a
    signer the knowledge base does not know."""
    doc = run(full, "भारत और नेपाल ने मंगलवार को काठमांडू में बिजली व्यापार समझौते पर हस्ताक्षर किए। समझौते पर नेपाल के ऊर्जा "
                    "सचिव राजेंद्र किशोर क्षत्री ने दस्तख़त किए।", "2014-10-22")
    (deal,) = _of_type(doc, "AGREEMENT")
    assert {"India", "Nepal"} <= names(deal)


def test_an_undated_meeting_or_agreement_on_a_dated_visit_takes_its_day(pipe):
    """The traveller's dated visit told in any of its mentions just before; an agreement of the
    traveller's country; a purpose of coming ("शिखर सम्मेलन के लिए आए पुतिन ने") yields to the talks."""
    doc = run(pipe, "रूस के राष्ट्रपति व्लादिमीर पुतिन सोमवार सुबह नई दिल्ली पहुंचे। भारत और रूस के सालाना शिखर सम्मेलन के लिए "
                    "आए पुतिन ने प्रधानमंत्री मनमोहन सिंह के साथ बातचीत की। वार्ता के बाद भारत और रूस ने दस समझौतों पर हस्ताक्षर "
                    "किए।", "2012-12-24")
    (talks,) = _of_type(doc, "MEETING")
    assert names(talks) == {"Vladimir Putin", "Manmohan Singh"} and talks.date["value"] == "2012-12-24"
    (deal,) = _of_type(doc, "AGREEMENT")
    assert deal.date and deal.date["value"] == "2012-12-24"


def test_both_prime_ministers_are_the_last_two_named_with_the_title(pipe, full):
    """"दोनों प्रधानमंत्रियों के बीच": the last two people the article called prime minister, though another
    minister was named since; a former holder ("पूर्व राष्ट्रपति") is none."""
    doc = run(full, "ऑस्ट्रेलिया के प्रधानमंत्री टोनी एबट और भारतीय प्रधानमंत्री नरेंद्र मोदी की मौजूदगी में शुक्रवार को दोनों देशों "
                    "ने परमाणु समझौते पर हस्ताक्षर किए। व्यापार मंत्री एंड्रयू रॉब भी एबट के साथ हैं। इसके बाद हैदराबाद हाउस में "
                    "दोनों प्रधानमंत्रियों के बीच बातचीत चली।", "2014-09-05")
    assert _by_type(doc, "MEETING") == [{"Tony Abbott", "Narendra Modi"}]
    doc = run(pipe, "सूडान के राष्ट्रपति उमर अल-बशीर और दक्षिण सूडान के राष्ट्रपति सल्वा कीर ने गुरुवार को मुलाक़ात की। दक्षिण "
                    "अफ़्रीका के पूर्व राष्ट्रपति थाबो म्बेकी ने बताया कि दोनों राष्ट्रपति अगले महीने फिर मिलेंगे।", "2012-09-28")
    assert all("Thabo Mbeki" not in names(e) for e in _of_type(doc, "MEETING"))


def test_the_other_party_among_a_meetings_actors_splits_a_later_one(pipe):
    """"कैमरन और मनमोहन सिंह के बीच वार्ता ... सुषमा स्वराज से कैमरन की मुलाक़ात" the same day: two meetings."""
    doc = run(pipe, "मंगलवार को डेविड कैमरन और मनमोहन सिंह के बीच वार्ता हुई। लोकसभा में विपक्ष की नेता सुषमा स्वराज से "
                    "कैमरन की मुलाक़ात मंगलवार शाम होनी है।", "2013-02-19")
    assert _by_type(doc, "MEETING") == [{"David Cameron", "Manmohan Singh"}, {"David Cameron", "Sushma Swaraj"}]


def test_an_office_holder_no_list_names_keeps_the_offices_marker(pipe):
    """"श्रीलंका के विदेश सचिव जयनाथ कोलंबेज से मुलाकात": the untagged name between the office and से."""
    doc = run(pipe, "शुक्रवार को कोलंबो में भारत के उच्चायुक्त गोपाल बागले ने श्रीलंका के विदेश सचिव जयनाथ कोलंबेज से मुलाकात "
                    "की।", "2020-09-27")
    (talks,) = _of_type(doc, "MEETING")
    assert [p["canonical"] for p in talks.target] == ["Sri Lanka"]


def test_both_sides_agreeing_with_a_particle_and_a_trip_of_a_genitive_pronoun(pipe):
    doc = run(pipe, "भारत और नेपाल के विदेश सचिवों ने सोमवार को काठमांडू में बातचीत की। दोनों पक्ष इस बात पर भी राजी हुए कि "
                    "संयुक्त आयोग की बैठक जल्द बुलाई जाए।", "2020-11-27")
    assert _by_type(doc, "AGREEMENT") == [{"India", "Nepal"}]
    doc = run(pipe, "प्रधानमंत्री नरेंद्र मोदी रविवार को भूटान पहुंचे। मोदी ने भूटान की संसद को संबोधित किया। अगले महीने प्रस्तावित "
                    "उनकी जापान यात्रा संसद के बजट सत्र के कारण टाल दी गई है।", "2014-06-16")
    japan = [e for e in _of_type(doc, "VISIT") if "Japan" in names(e)]
    assert len(japan) == 1 and "Narendra Modi" in names(japan[0]) and japan[0].status == "cancelled"


def test_a_trip_that_was_to_be(pipe):
    """"मोदी को इस महीने अमेरिका जाना था, लेकिन दौरा टल गया": the infinitive and its past auxiliary."""
    doc = run(pipe, "मोदी को इस महीने अमेरिका जाना था, लेकिन दौरा टल गया।", "2020-10-08")
    assert [(names(e), e.status) for e in _of_type(doc, "VISIT")] == [({"Narendra Modi", "United States"}, "cancelled")]


def test_a_bodys_premises_visited_and_a_planned_trip_called_off(pipe, full):
    """"टोपे ने ... सेवनहिल्स अस्पताल का दौरा किया": the hospital (a body) is the place visited; "टोपे का बुधवार को
    औरंगाबाद और जालना जाने का कार्यक्रम था, लेकिन उसे रद्द कर दिया गया": the genitive's trip, called off."""
    doc = run(pipe, "प्रधानमंत्री नरेंद्र मोदी ने एम्स का दौरा किया।", "2020-04-22")
    assert _by_type(doc, "VISIT") == [{"Narendra Modi", "All India Institute of Medical Sciences, New Delhi"}]
    doc = run(full, "महाराष्ट्र के स्वास्थ्य मंत्री राजेश टोपे ने मंगलवार को बैठक की। टोपे का बुधवार को औरंगाबाद और जालना जाने "
                    "का कार्यक्रम था, लेकिन उसे रद्द कर दिया गया।", "2020-04-22")
    trips = _of_type(doc, "VISIT")
    assert len(trips) == 1 and names(trips[0]) >= {"Rajesh Tope", "Aurangabad"} and trips[0].status == "cancelled"


def test_a_leg_called_off_does_not_end_the_trip(pipe):
    doc = run(pipe, "बिहार के मुख्यमंत्री नीतीश कुमार इन दिनों पाकिस्तान के दौरे पर हैं। वे शुक्रवार को लाहौर पहुंचे। नीतीश कुमार का "
                    "पेशावर जाने का भी कार्यक्रम था, लेकिन सुरक्षा कारणों से उसे रद्द कर दिया गया।", "2012-11-12")
    statuses = {frozenset(names(e)): e.status for e in _of_type(doc, "VISIT")}
    assert "cancelled" not in {s for k, s in statuses.items() if "Lahore" in k}
    assert any("Peshawar" in k and s == "cancelled" for k, s in statuses.items())


def test_both_sides_signing_keep_the_leaders_countries_and_a_dated_genitive_trip(pipe):
    """"दोनों पक्षों ने ... हस्ताक्षर किए" after two leaders: the leaders and their countries; "रूपाणी की अप्रैल में
    प्रस्तावित जापान यात्रा": a date with में between the genitive and the trip."""
    doc = run(pipe, "जापान के प्रधानमंत्री शिंज़ो आबे ने शनिवार को प्रधानमंत्री मनमोहन सिंह से बातचीत की। बातचीत के बाद दोनों "
                    "पक्षों ने आठ समझौतों पर हस्ताक्षर किए।", "2014-01-25")
    (deal,) = _of_type(doc, "AGREEMENT")
    assert names(deal) == {"Shinzo Abe", "Manmohan Singh", "Japan", "India"}
    assert all("Japan" not in names(e) for e in _of_type(doc, "MEETING"))
    doc = run(pipe, "गुजरात के मुख्यमंत्री विजय रूपाणी ने बुधवार को बैठक की। रूपाणी की अप्रैल में प्रस्तावित जापान यात्रा कोरोना "
                    "के कारण रद्द कर दी गई थी।", "2020-10-15")
    assert any(names(e) == {"Vijay Rupani", "Japan"} for e in _of_type(doc, "VISIT"))


def test_an_agreement_signed_with_nobody_named_on_a_visit_is_the_visits(pipe):
    """"कृषि शोध में सहयोग के एक सहमति पत्र पर भी दस्तख़त हुए" just after a visit: the traveller and the country
    visited; not after a visit only planned; "मुख्यमंत्री का 25 अगस्त का प्रस्तावित दिल्ली दौरा": a dated genitive."""
    doc = run(pipe, "उपराष्ट्रपति हामिद अंसारी सोमवार को युगांडा की राजधानी कंपाला पहुंचे। उन्होंने राष्ट्रपति योवेरी मुसेवेनी से "
                    "मुलाक़ात की। कृषि शोध में सहयोग के लिए एक सहमति पत्र पर भी दस्तख़त हुए।", "2012-10-18")
    assert _by_type(doc, "AGREEMENT") == [{"Hamid Ansari", "Uganda"}]
    # a visit to a town whose country the document names: the country is the party, not the town
    doc = run(pipe, "उपराष्ट्रपति हामिद अंसारी सोमवार को कंपाला पहुंचे। युगांडा के राष्ट्रपति योवेरी मुसेवेनी ने कहा कि रिश्ते "
                    "पुराने हैं। कृषि शोध में सहयोग के लिए एक सहमति पत्र पर भी दस्तख़त हुए।", "2012-10-18")
    assert _by_type(doc, "AGREEMENT") == [{"Hamid Ansari", "Uganda"}]
    doc = run(pipe, "राष्ट्रपति व्लादिमीर पुतिन अगले महीने भारत आएंगे। कई समझौतों पर हस्ताक्षर हुए हैं।", "2025-11-10")
    assert _of_type(doc, "AGREEMENT") == []
    doc = run(pipe, "मुख्यमंत्री हेमंत सोरेन शुक्रवार को दुमका पहुंचे। उधर, मुख्यमंत्री का 25 अगस्त का प्रस्तावित दिल्ली दौरा "
                    "फिलहाल टाल दिया गया है।", "2020-08-22")
    assert any(names(e) == {"Hemant Soren", "Delhi"} and e.status == "cancelled" for e in _of_type(doc, "VISIT"))


def test_a_nominative_pronoun_meets(pipe):
    """"नेतन्याहू ... पहुंचे। वे सोमवार को ओबामा से मिलने वाले हैं": वे is the subject of the sentence before."""
    doc = run(pipe, "इसराइली प्रधानमंत्री बिन्यामिन नेतन्याहू रविवार को वॉशिंगटन पहुंचे। वे सोमवार को व्हाइट हाउस में ओबामा से "
                    "मिलने वाले हैं।", "2013-07-30")
    assert _by_type(doc, "MEETING") == [{"Benjamin Netanyahu", "Barack Obama"}]


def test_a_kind_of_envoy_before_the_name_keeps_the_envoys_country_out_of_the_trip(pipe, full):
    """"भारत के विशेष दूत X काबुल पहुंचे": India is the envoy's country, not a place visited."""
    doc = run(full, "भारत के विशेष दूत आर के भटनागर बुधवार को काबुल पहुंचे।", "2013-05-20")
    (trip,) = _of_type(doc, "VISIT")
    assert [p["canonical"] for p in trip.target] == ["Kabul"]


def test_a_meeting_told_as_the_time_of_another_leaves_the_clause_to_it(pipe):
    """"बैठक के बाद उन्होंने X से भेंट की": the later trigger is the event, with the pronoun's referent; a
    meeting with a party of its own before "के बाद" stays an event of its own."""
    doc = run(pipe, "प्रधानमंत्री नरेंद्र मोदी सोमवार को टोक्यो पहुंचे। बैठक के बाद उन्होंने जापान के सम्राट अकिहितो से भेंट की।",
              "2014-09-02")
    assert _by_type(doc, "MEETING") == [{"Narendra Modi", "Akihito"}]


def test_an_election_of_an_office_names_no_holder(pipe):
    """"राष्ट्रपति चुनाव से ठीक पहले हुई इस मुलाकात": the election of a president, not the president."""
    doc = run(pipe, "विदेश मंत्री एस जयशंकर ने मंगलवार को माइक पोम्पियो से मुलाकात की। अमेरिका में राष्ट्रपति चुनाव से ठीक "
                    "पहले हुई इस मुलाकात को अहम माना जा रहा है।", "2020-10-27")
    assert _by_type(doc, "MEETING") == [{"S. Jaishankar", "Mike Pompeo"}]


def test_both_of_one_country_are_its_last_two_people_however_far_back(pipe):
    """"दोनों अमेरिकी मंत्री": the last two Americans named, three sentences back; and the meeting they will
    have with another person is not the talks they were part of."""
    doc = run(pipe, "अमेरिकी विदेश मंत्री माइक पोम्पियो और रक्षा मंत्री मार्क एस्पर सोमवार को दिल्ली पहुंचे। मंगलवार को "
                    "हैदराबाद हाउस में एस जयशंकर और राजनाथ सिंह के साथ उनकी वार्ता हुई। वार्ता में चीन के मुद्दे पर चर्चा "
                    "हुई। दोनों अमेरिकी मंत्री बुधवार को प्रधानमंत्री नरेंद्र मोदी से मिलेंगे।", "2020-10-27")
    later = [e for e in _of_type(doc, "MEETING") if "Narendra Modi" in names(e)]
    assert len(later) == 1 and names(later[0]) >= {"Mike Pompeo", "Mark Esper", "Narendra Modi"}
    assert not names(later[0]) & {"S. Jaishankar", "Rajnath Singh"} and later[0].status == "planned"


def test_a_high_commissioner_by_title_is_the_one_named_before(full):
    doc = run(full, "पाकिस्तान के उच्चायुक्त अब्दुल बासित ने सोमवार को हुर्रियत नेताओं से मुलाक़ात की। मीरवाइज़ उमर फ़ारूक़ "
                    "बुधवार को उच्चायुक्त से मिलेंगे।", "2014-08-19")
    assert any({p["canonical"] or p["text"] for p in e.actor + e.target} == {"Mirwaiz Umar Farooq", "अब्दुल बासित"}
               and e.status == "planned" for e in _of_type(doc, "MEETING"))


def test_a_summit_of_many_and_a_talk_of_two_on_its_sidelines_are_two_meetings(pipe):
    """A headline of two ("ओबामा-पुतिन की पहली मुलाक़ात") is their talk, not the summit of five told as a setting;
    everyone of a list that took part ("ने हिस्सा लिया") attended the summit."""
    doc = run(pipe, "ओबामा-पुतिन की पहली मुलाक़ात\nशिखर सम्मेलन में मेज़बान व्लादिमीर पुतिन के साथ बराक ओबामा, डेविड कैमरन, "
                    "एंगेला मर्केल और मनमोहन सिंह शामिल हुए। सम्मेलन से इतर शुक्रवार को ओबामा की पुतिन से पहली मुलाक़ात "
                    "हुई।", "2013-09-07")
    assert _by_type(doc, "MEETING") == [
        {"Angela Merkel", "Barack Obama", "David Cameron", "Manmohan Singh", "Vladimir Putin"},
        {"Barack Obama", "Vladimir Putin"}]
    doc = run(pipe, "शिखर सम्मेलन में बराक ओबामा, डेविड कैमरन और मनमोहन सिंह ने हिस्सा लिया।", "2013-09-07")
    assert _by_type(doc, "MEETING") == [{"Barack Obama", "David Cameron", "Manmohan Singh"}]


def test_a_pronoun_for_the_protagonist_keeps_them_the_one_the_article_is_about(pipe):
    """"वहां वो ... शामिल हुए" counts as a mention of the person it stands for: two sentences later "मंगलवार को वो
    बर्लिन पहुंचे" is still their trip, and "दोनों के बीच" after "मर्केल उनकी मेज़बान थीं" is the two of them."""
    doc = run(pipe, "मेक्सिको के निर्वाचित राष्ट्रपति एनरिके पेन्या नियेतो इन दिनों यूरोप के दौरे पर हैं। पेन्या नियेतो ने "
                    "सोमवार को मैड्रिड में कारोबारियों को संबोधित किया। वहां वो प्रधानमंत्री मारियानो रख़ोय के साथ भोज में भी "
                    "शामिल हुए। मैड्रिड में ही दो कंपनियों के बीच जहाज़ बनाने का करार हुआ। मंगलवार को वो बर्लिन पहुंचे, जहां "
                    "जर्मन चांसलर अंगेला मर्केल उनकी मेज़बान थीं। दोनों के बीच क़रीब एक घंटे बातचीत हुई।", "2012-10-17")
    assert any(names(e) == {"Enrique Peña Nieto", "Berlin"} for e in _of_type(doc, "VISIT"))
    assert _by_type(doc, "MEETING") == [{"Enrique Peña Nieto", "Angela Merkel"}]


def test_a_portfolio_and_its_post_is_a_title(full):
    """"कृषि मंत्री ने" and "भारतीय ऊर्जा सचिव" are the people named before with that portfolio and post."""
    doc = run(full, "झारखंड के कृषि मंत्री बादल पत्रलेख सोमवार को देवघर पहुंचे। मंगलवार को कृषि मंत्री ने मुख्यमंत्री हेमंत "
                    "सोरेन से मुलाकात की।", "2020-04-20")
    (talk,) = _of_type(doc, "MEETING")
    assert [p["text"] for p in talk.actor] == ["बादल पत्रलेख"]
    doc = run(full, "भारत के ऊर्जा सचिव प्रदीप कुमार सिन्हा ने समझौते पर दस्तख़त किए। भारतीय ऊर्जा सचिव सोमवार को काठमांडू "
                    "पहुंचे थे।", "2014-10-22")
    (trip,) = _of_type(doc, "VISIT")
    assert [p["text"] for p in trip.actor] == ["प्रदीप कुमार सिन्हा"]


def test_a_consent_expressed_by_two_parties_is_an_agreement(pipe):
    """"भारत और म्यांमार ने ... पर सहमति जताई" is; one person agreeing with a suggestion is not."""
    doc = run(pipe, "भारत और म्यांमार ने सीमा पर सक्रिय उग्रवादी गुटों के खिलाफ कार्रवाई पर सहमति जताई।", "2020-10-06")
    assert _by_type(doc, "AGREEMENT") == [{"India", "Myanmar"}]
    doc = run(pipe, "प्रधानमंत्री नरेंद्र मोदी ने राहुल गांधी के सुझाव पर सहमति जताई।", "2020-10-06")
    assert _of_type(doc, "AGREEMENT") == []


def test_a_district_officer_by_post_inspecting_a_named_place_visits_it(full):
    """"डीएम ने" after "जिलाधिकारी X ने" is X (local posts are titles), and an inspection of a named place
    ("... मेडिकल कॉलेज का निरीक्षण किया") is a visit to it."""
    doc = run(full, "जिलाधिकारी सुनील कुमार वर्मा ने सोमवार को अधिकारियों के साथ बैठक की। इसके बाद डीएम ने लाला लाजपत राय "
                    "मेडिकल कॉलेज का निरीक्षण किया।", "2020-04-21")
    (trip,) = _of_type(doc, "VISIT")
    assert [p["text"] for p in trip.actor] == ["सुनील कुमार वर्मा"]
    assert [p["canonical"] for p in trip.target] == ["Lala Lajpat Rai Memorial Medical College"]


def test_glide_spellings_of_verb_endings_match_their_vowel_forms(pipe):
    """जायेंगी = जाएंगी, गयीं = गईं in the matching key (not after a virama: ज्येष्ठ)."""
    from pipeline.hindi.events import key
    assert key("जायेंगी") == key("जाएंगी") and key("गयीं") == key("गईं") and key("किये") == key("किए")
    assert key("ज्येष्ठ") == "ज्येष्ठ" and key("ये") == "ये"
    doc = run(pipe, "झारखंड की राज्यपाल द्रौपदी मुर्मू मंगलवार को गुमला पहुंचीं। बुधवार को वह लोहरदगा जायेंगी।", "2020-12-08")
    assert any(names(e) == {"Droupadi Murmu", "Lohardaga"} and e.status == "planned" for e in _of_type(doc, "VISIT"))


def test_all_three_of_a_kind_are_the_last_three_named(pipe):
    """"तीनों देशों ने ... दस्तख़त किए" after three countries: an agreement of the three, as "दोनों" is of two."""
    doc = run(pipe, "कीनिया, युगांडा और रवांडा के बीच रेल परियोजना पर बातचीत हुई। तीनों देशों ने साझा पर्यटक वीज़ा के "
                    "समझौते पर दस्तख़त किए।", "2013-11-29")
    assert _by_type(doc, "AGREEMENT") == [{"Kenya", "Uganda", "Rwanda"}]


def test_a_central_team_is_the_union_governments(pipe):
    """"केंद्रीय टीम" with no owner named is the Union government's team; a "केंद्रीय मंत्री" is a post, not a team."""
    doc = run(pipe, "केंद्रीय टीम मंगलवार को मेरठ पहुंची और अस्पतालों का जायजा लिया।", "2020-05-05")
    assert _by_type(doc, "VISIT") == [{"Government of India", "Meerut"}]
    doc = run(pipe, "केंद्रीय मंत्री मंगलवार को मेरठ पहुंचे।", "2020-05-05")
    assert not any("Government of India" in names(e) for e in _of_type(doc, "VISIT"))
    # the agent of another verb is no traveller: the team is
    doc = run(pipe, "गृह मंत्री अमित शाह ने केंद्रीय टीम के बंगाल दौरे के बारे में जानकारी दी।", "2020-03-10")
    assert _by_type(doc, "VISIT") == [{"Government of India", "West Bengal"}]


def test_another_agreement_signed_the_same_day_is_an_event_of_its_own(pipe):
    """"... दो अन्य करारों पर भी दस्तख़त किए" after a signed treaty is another agreement, and so is "... करारों पर भी"
    ("also": agreement.toml also_after); without either it retells the treaty."""
    text = ("भारत और वियतनाम ने सोमवार को हनोई में तेल खोज समझौते पर दस्तख़त किए। उसी दिन दोनों देशों ने {}"
            "करारों पर {}दस्तख़त किए।")
    assert len(_of_type(run(pipe, text.format("शिक्षा से जुड़े दो अन्य ", "भी "), "2013-11-20"), "AGREEMENT")) == 2
    assert len(_of_type(run(pipe, text.format("शिक्षा से जुड़े ", "भी "), "2013-11-20"), "AGREEMENT")) == 2
    assert len(_of_type(run(pipe, text.format("इन ", ""), "2013-11-20"), "AGREEMENT")) == 1


def test_both_countries_reach_back_to_the_two_countries_of_the_story(pipe):
    """"दोनों देशों ने" four sentences after the two countries were named is still the two of them; "दोनों
    देशों के तकनीकी दल" are their teams."""
    doc = run(pipe, "जापान और फिलीपींस ने शुक्रवार को तटरक्षक सहयोग समझौते पर दस्तख़त किए। इसका मक़सद समुद्री डकैती रोकना है। "
                    "अधिकारी इसे अहम क़दम मानते हैं। गश्त अगले साल से शुरू होगी। दोनों देशों ने मछली पालन के एक अन्य करार पर भी "
                    "दस्तख़त किए।", "2013-07-27")
    assert _by_type(doc, "AGREEMENT") == [{"Japan", "Philippines"}, {"Japan", "Philippines"}]
    doc = run(pipe, "तुर्की और अज़रबैजान के बीच गैस पाइपलाइन पर करार हुआ। अगले हफ़्ते दोनों देशों के तकनीकी दल अंकारा में "
                    "बैठक करेंगे।", "2013-07-27")
    assert _by_type(doc, "MEETING") == [{"Turkey", "Azerbaijan"}]


def test_a_traveller_on_a_trip_in_a_named_place_visits_it(pipe):
    """"दौरे पर <place> में थे": the place is the one visited; a trip with no place stays unnamed."""
    doc = run(pipe, "अमरीकी विदेश मंत्री जॉन केरी उस समय सरकारी दौरे पर इंडोनेशिया में थे।", "2013-10-08")
    assert _by_type(doc, "VISIT") == [{"John Kerry", "Indonesia"}]
    doc = run(pipe, "अमरीकी विदेश मंत्री जॉन केरी उस समय सरकारी दौरे पर थे।", "2013-10-08")
    assert _of_type(doc, "VISIT") == []


def test_an_official_meal_with_a_named_guest_is_a_meeting_of_host_and_guest(pipe):
    """"X ने Y के सम्मान में भोज दिया", "X ने Y के साथ दोपहर का भोजन किया"; a meal with nobody named is none."""
    doc = run(pipe, "शाम को राष्ट्रपति प्रणब मुखर्जी ने जापानी प्रधानमंत्री शिंज़ो आबे के सम्मान में भोज दिया।", "2014-01-26")
    (meal,) = _of_type(doc, "MEETING")
    assert [p["canonical"] for p in meal.actor] == ["Pranab Mukherjee"] and names(meal) == {"Pranab Mukherjee", "Shinzo Abe"}
    doc = run(pipe, "बाद में अंगेला मर्केल ने डेविड कैमरन के साथ दोपहर का भोजन किया।", "2013-04-12")
    assert _by_type(doc, "MEETING") == [{"Angela Merkel", "David Cameron"}]
    doc = run(pipe, "प्रधानमंत्री नरेंद्र मोदी ने मजदूरों के साथ भोजन किया।", "2020-04-12")
    assert _of_type(doc, "MEETING") == []


def test_a_genitive_pronoun_before_saath_is_the_other_party(full):
    """"उनके साथ बातचीत की", "उनके सम्मान में भोज देंगे": the pronoun stands for the person just reported."""
    doc = run(full, "जर्मन चांसलर अंगेला मर्केल रविवार को दिल्ली पहुंचीं। सोमवार को मनमोहन सिंह ने उनके साथ बातचीत की।",
              "2013-11-19")
    assert _by_type(doc, "MEETING") == [{"Manmohan Singh", "Angela Merkel"}]
    doc = run(full, "जर्मन चांसलर अंगेला मर्केल रविवार को दिल्ली पहुंचीं। राष्ट्रपति प्रणब मुखर्जी उनके सम्मान में भोज "
                    "देंगे।", "2013-11-19")
    assert any(names(e) == {"Pranab Mukherjee", "Angela Merkel"} and e.status == "planned" for e in _of_type(doc, "MEETING"))


def test_a_pronoun_before_a_motion_verb_is_its_subject_not_a_demonstrative(pipe):
    """"बुधवार को वह त्रिंकोमाली जाएंगे, जहां ...": "वह" is he, not "that"; the leg keeps its own date."""
    doc = run(pipe, "एडमिरल करमबीर सिंह सोमवार को श्रीलंका पहुंचे। बुधवार को वह त्रिंकोमाली जाएंगे, जहां वे नौसेना अकादमी "
                    "देखेंगे।", "2020-01-21")
    assert any(e.date and e.date["value"] == "2020-01-22" and "Trincomalee, Sri Lanka" in names(e)
               for e in _of_type(doc, "VISIT"))


def test_a_body_with_its_member_countries_after_and_keeps_the_first_party(pipe):
    """"भारत और आसियान देशों के बीच": the list's marker is past "देशों", so India is a party too."""
    doc = run(pipe, "भारत और आसियान देशों के बीच मुक्त व्यापार पर बातचीत हुई।", "2013-12-20")
    assert _by_type(doc, "MEETING") == [{"India", "Association of Southeast Asian Nations"}]


def test_separately_before_a_modifier_still_makes_one_meeting_per_counterpart(pipe):
    """"X, Y और Z के साथ अलग-अलग द्विपक्षीय बैठकें कीं": one meeting with each."""
    doc = run(pipe, "सम्मेलन के बाद नरेंद्र मोदी ने शेख़ हसीना, महिंदा राजपक्षे और नवाज़ शरीफ़ के साथ अलग-अलग द्विपक्षीय "
                    "बैठकें कीं।", "2014-11-27")
    assert sorted(sorted(s) for s in _by_type(doc, "MEETING")) == sorted(sorted(s) for s in [
        {"Narendra Modi", "Sheikh Hasina"}, {"Narendra Modi", "Mahinda Rajapaksa"}, {"Narendra Modi", "Nawaz Sharif"}])


def test_a_headline_of_two_agreements_folds_into_them(pipe):
    """A headline naming the other parties of two agreements told apart in the body is no third agreement."""
    doc = run(pipe, "जापान और जर्मनी के साथ उड़ान करार\nभारत ने बुधवार को जापान और जर्मनी के साथ अलग-अलग उड़ान करार किए।",
              "2020-07-16")
    assert sorted(sorted(s) for s in _by_type(doc, "AGREEMENT")) == [["Germany", "India"], ["India", "Japan"]]


def test_an_accepted_invitation_or_a_promise_to_come_is_a_planned_visit(pipe):
    """"X ने Y आने का न्योता स्वीकार कर लिया", "X ने Y आने का भरोसा दिया": X will travel; who gives an
    invitation is not the traveller."""
    doc = run(pipe, "जर्मन चांसलर अंगेला मर्केल ने अगले साल भारत आने का न्योता स्वीकार कर लिया है।", "2013-04-12")
    assert [(names(e), e.status) for e in _of_type(doc, "VISIT")] == [({"Angela Merkel", "India"}, "planned")]
    doc = run(pipe, "प्रधानमंत्री नरेंद्र मोदी ने अगले महीने असम आने का भरोसा दिया है।", "2020-09-12")
    assert [(names(e), e.status) for e in _of_type(doc, "VISIT")] == [({"Narendra Modi", "Assam"}, "planned")]
    doc = run(pipe, "अंगेला मर्केल ने भारत आने का न्योता दिया।", "2013-04-12")
    assert not any("Angela Merkel" in names(e) for e in _of_type(doc, "VISIT"))


def test_who_reacts_to_an_agreement_or_reports_it_is_no_party_to_it(pipe):
    """"बान की-मून ने समझौते का स्वागत किया" adds no party; "प्रवक्ता X ने बताया कि ... दोनों पक्षों के बीच सहमति
    बनी" is the two sides named before, not the spokesman; "दोनों देशों ने कहा कि दोनों पक्ष" is the two."""
    doc = run(pipe, "सर्बिया और कोसोवो ने समझौते पर दस्तख़त किए। संयुक्त राष्ट्र महासचिव बान की-मून ने समझौते का स्वागत किया है।",
              "2013-04-20")
    assert _by_type(doc, "AGREEMENT") == [{"Serbia", "Kosovo"}]
    doc = run(pipe, "भूटान के प्रधानमंत्री शेरिंग तोबगे और मनमोहन सिंह के बीच बातचीत हुई। विदेश मंत्रालय के प्रवक्ता सैयद "
                    "अकबरुद्दीन ने बताया कि पनबिजली परियोजनाओं पर दोनों पक्षों के बीच सहमति बनी।", "2013-11-20")
    assert all("Syed Akbaruddin" not in names(e) for e in _of_type(doc, "AGREEMENT"))
    # carrying it out ("पर अमल") is a reaction too: who reviews it is no party
    doc = run(pipe, "सर्बिया और कोसोवो ने समझौते पर दस्तख़त किए। राष्ट्रपति व्लादिमीर पुतिन ने कहा कि वे अगले महीने समझौते पर "
                    "अमल का जायज़ा लेंगे।", "2013-04-20")
    assert _by_type(doc, "AGREEMENT") == [{"Serbia", "Kosovo"}]


def test_a_countrys_capital_left_unnamed_is_a_visit_to_the_country(pipe):
    """"X नेपाल की राजधानी पहुंचे": the capital is not named, the country is the place visited."""
    doc = run(pipe, "पाकिस्तान के प्रधानमंत्री नवाज़ शरीफ़ मंगलवार शाम नेपाल की राजधानी पहुंचे।", "2014-11-26")
    assert _by_type(doc, "VISIT") == [{"Nawaz Sharif", "Nepal"}]


def test_hosting_a_named_guest_is_a_meeting_hosting_a_gathering_is_not(pipe):
    """"X ने Y की मेज़बानी की" / "उनकी मेज़बानी की" meet; "ओलंपिक की मेज़बानी" names none; "X की मेज़बानी में" names who
    hosted another meeting."""
    doc = run(pipe, "जर्मन चांसलर अंगेला मर्केल बुधवार को पेरिस पहुंचीं। फ्रांस्वा ओलांद ने एलिज़े पैलेस में उनकी मेज़बानी की।",
              "2013-05-30")
    assert _by_type(doc, "MEETING") == [{"François Hollande", "Angela Merkel"}]
    doc = run(pipe, "जापान ने ओलंपिक की मेज़बानी पर अरबों डॉलर खर्च किए।", "2013-09-10")
    assert _of_type(doc, "MEETING") == []


def test_a_source_before_a_pronoun_is_no_subject_that_blocks_the_traveller(pipe):
    """"... के मुताबिक़ वह सोमवार को लंदन जाएंगे": the officials are the source, "वह" is the person just reported."""
    doc = run(pipe, "नवाज़ शरीफ़ ने शुक्रवार को महासभा में भाषण दिया। पाकिस्तानी अधिकारियों के मुताबिक़ वह सोमवार को लंदन "
                    "जाएंगे।", "2013-09-29")
    assert any(names(e) == {"Nawaz Sharif", "London"} and e.status == "planned" for e in _of_type(doc, "VISIT"))


def test_a_leader_who_speaks_still_leads_the_story_a_reporting_official_does_not(pipe):
    """"प्रधानमंत्री X ने कहा कि ... । वे ... जाएंगे": X travels; "एसडीएम Y ने बताया कि ... । वे ... जाएंगे" names
    no traveller."""
    doc = run(pipe, "प्रधानमंत्री डेविड कैमरन ने बुधवार को लंदन में कहा कि देश मुश्किल दौर से गुज़र रहा है। वे गुरुवार से "
                    "शुरू हो रहे यूरोपीय संघ के शिखर सम्मेलन में हिस्सा लेने ब्रसेल्स जाएंगे।", "2013-02-06")
    assert any(names(e) == {"David Cameron", "Brussels"} for e in _of_type(doc, "VISIT"))
    doc = run(pipe, "एसडीएम विकास हिमांशु ने बताया कि जांच जारी है। वे गुरुवार से शुरू हो रहे शिविर में हिस्सा लेने पटना "
                    "जाएंगे।", "2020-04-10")
    assert _of_type(doc, "VISIT") == []


def test_a_posts_house_names_its_holder_in_the_story_never_an_indian_office_holder_by_date(pipe):
    """"राष्ट्रपति भवन में करज़ई और शरीफ़ ने बातचीत की" in Kabul has no Indian president in it; after "राष्ट्रपति
    हामिद करज़ई" the house is his."""
    doc = run(pipe, "नवाज़ शरीफ़ शनिवार को काबुल पहुंचे। राष्ट्रपति भवन में हामिद करज़ई और नवाज़ शरीफ़ ने क़रीब एक घंटे तक "
                    "बातचीत की।", "2013-11-30")
    assert _by_type(doc, "MEETING") == [{"Hamid Karzai", "Nawaz Sharif"}]


def test_a_date_right_before_jab_is_the_time_of_the_jab_clause(pipe):
    """"पिछले साल मार्च में जब X दिल्ली आई थीं": the date before "जब" dates the visit the clause tells; a date
    further back, of another clause, does not; "... फ़रवरी में हुआ था, जब ..." dates the जब clause too."""
    doc = run(pipe, "पिछले साल मार्च में जब एंगेला मर्केल दिल्ली आई थीं तो व्यापार पर बात हुई थी।", "2013-06-12")
    visits = _of_type(doc, "VISIT")
    assert [(names(e), (e.date or {}).get("value")) for e in visits] == [({"Angela Merkel", "Delhi"}, "2012-03")]
    doc = run(pipe, "मंत्री ने सोमवार को बताया कि जब एंगेला मर्केल दिल्ली आई थीं तो व्यापार पर बात हुई थी।", "2013-06-12")
    assert [(e.date or {}).get("value") for e in _of_type(doc, "VISIT")] == [None]
    # a "जब" clause after a dated one happened then
    doc = run(pipe, "एंगेला मर्केल का पिछला भारत दौरा फ़रवरी में हुआ था, जब उन्होंने मनमोहन सिंह से मिलकर बात की थी।",
              "2013-06-12")
    assert [(e.date or {}).get("value") for e in _of_type(doc, "MEETING")] == ["2013-02"]


def test_a_bare_title_in_a_story_set_abroad_is_that_countrys_holder_or_nobody(pipe):
    """Office holders by date are India's only in a story that names something of India (or no place
    abroad): in Lahore the prime minister is Pakistan's; in Mogadishu the table has no holder."""
    doc = run(pipe, "लाहौर में सोमवार को प्रधानमंत्री ने राष्ट्रपति से मुलाक़ात की।", "2013-08-07")
    assert _by_type(doc, "MEETING") == [{"Nawaz Sharif", "Asif Ali Zardari"}]
    doc = run(pipe, "ब्रितानी विदेश मंत्री विलियम हेग ने पिछले महीने मोगादिशू जाकर राष्ट्रपति से मुलाक़ात की थी।",
              "2013-05-07")
    assert all("Pranab Mukherjee" not in names(e) for e in doc.events)
    doc = run(pipe, "प्रधानमंत्री ने सोमवार को दिल्ली में राष्ट्रपति से मुलाक़ात की।", "2013-08-07")
    assert _by_type(doc, "MEETING") == [{"Manmohan Singh", "Pranab Mukherjee"}]


def test_a_meeting_fixed_right_after_its_trigger_is_planned(pipe):
    """"X के साथ उनकी मुलाक़ात तय है": scheduled; "बैठक में तय हुआ कि ...": decided at a meeting held."""
    doc = run(pipe, "सोनिया गांधी के साथ भी उनकी मुलाक़ात तय है।", "2012-05-08")
    assert [e.status for e in _of_type(doc, "MEETING")] == ["planned"]
    doc = run(pipe, "मनमोहन सिंह ने सोनिया गांधी के साथ बैठक की, बैठक में तय हुआ कि काम होगा।", "2012-05-08")
    assert [e.status for e in _of_type(doc, "MEETING")] == ["occurred"]


def test_words_of_expectation_after_a_conjunctive_participle_are_another_acts(pipe):
    """"X से मिलकर न्योता ... की अपील की थी", "X से मुलाक़ात करके ... तैयारियों की जानकारी दी": the meeting
    took place; the expectation words belong to what was done after it."""
    doc = run(pipe, "वाइको ने पिछले हफ़्ते दिल्ली में नरेंद्र मोदी से मिलकर न्योता वापस लेने की अपील की थी।", "2014-05-27")
    assert [e.status for e in _of_type(doc, "MEETING")] == ["occurred"]
    doc = run(pipe, "चौधरी निसार अली ख़ान ने बुधवार को नवाज़ शरीफ़ से मुलाक़ात करके उन्हें वार्ता की तैयारियों की "
                    "जानकारी दी थी।", "2014-02-07")
    assert [e.status for e in _of_type(doc, "MEETING")] == ["occurred"]
    doc = run(pipe, "नवाज़ शरीफ़ से मुलाक़ात की तैयारियां चल रही हैं।", "2014-02-07")
    assert [e.status for e in _of_type(doc, "MEETING")] == ["planned"]


def _visits_to(doc, place: str) -> list:
    return [e for e in doc.events if e.type == "VISIT" and place in names(e)]


def test_a_traveller_pronoun_before_a_departure_with_honorific_hona(pipe):
    # roles.toml honorific_verbs: "रवाना होंगे" is the honorific plural, as "जाएंगे" is
    doc = run(pipe, "मनमोहन सिंह सोमवार को मास्को पहुंचे। इसके बाद वे बीजिंग के लिए रवाना होंगे।", "2014-03-05")
    [visit] = _visits_to(doc, "Beijing")
    assert "Manmohan Singh" in names(visit) and visit.status == "planned"


def test_a_title_bound_to_the_person_keeps_him_the_one_the_story_is_about(pipe):
    # Antony is last named by name six sentences back, then by his title alone: "वे" is still Antony
    text = ("रक्षा मंत्री एके एंटनी गुरुवार को बीजिंग पहुंचे। एंटनी ने चीनी रक्षा मंत्री चांग वानछुआन से बातचीत की। "
            "दोपहर में एंटनी ने प्रधानमंत्री ली केचियांग से भी मुलाक़ात की। ली ने कहा कि सीमा पर शांति ज़रूरी है। "
            "ली ने यह भी कहा कि दोनों देश पड़ोसी हैं। ली ने कहा कि व्यापार बढ़ना चाहिए। "
            "शनिवार को भारतीय रक्षा मंत्री जनरल फ़ान चांगलोंग से मिलेंगे। "
            "रविवार को वे शंघाई जाएंगे।")
    [visit] = _visits_to(run(pipe, text, "2013-07-05"), "Shanghai")
    assert "A. K. Antony" in names(visit) and visit.status == "planned"


def test_a_meeting_proposed_after_a_particle(pipe):
    # meeting.toml light: "प्रस्तावित", and a particle may stand between the noun and it ("भेंट भी प्रस्तावित है")
    doc = run(pipe, "पाकिस्तान के गृह मंत्री रहमान मलिक शनिवार को दिल्ली पहुंचे। विदेश मंत्री सलमान ख़ुर्शीद के साथ भी "
                    "उनकी भेंट भी प्रस्तावित है।", "2012-12-15")
    [meeting] = [e for e in doc.events if e.type == "MEETING"]
    assert {"Rehman Malik", "Salman Khurshid"} <= names(meeting) and meeting.status == "planned"


# About 1,700 characters with no title and no person: a bare title after it is beyond PLACE_TITLE_REACH.
_FILLER = " ".join([
    "जयपुर शहर में पानी की कमी पिछले कई वर्षों से बड़ी समस्या बनी हुई है और गर्मियों में हालात और बिगड़ जाते हैं।",
    "बीसलपुर बांध से आने वाली पाइपलाइन पुरानी हो चुकी है, जिससे रोज़ लाखों लीटर पानी रास्ते में ही बह जाता है।",
    "नगर निगम के आंकड़ों के मुताबिक शहर की आबादी हर साल तेज़ी से बढ़ रही है और नई कॉलोनियों तक पानी नहीं पहुंच पाता।",
    "परियोजना के तहत पुरानी पाइपलाइन बदली जाएगी, नए जलाशय बनाए जाएंगे और हर घर में मीटर लगाए जाएंगे।",
    "पहले चरण में चारदीवारी के भीतर के इलाकों को शामिल किया गया है, जहां सबसे ज़्यादा रिसाव की शिकायतें आती हैं।",
    "दूसरे चरण में बाहरी इलाकों की बस्तियों को जोड़ा जाएगा और वहां सार्वजनिक नल भी लगाए जाएंगे।",
    "शहर के व्यापारियों का कहना है कि पानी की कमी से होटल और पर्यटन उद्योग को भी नुकसान होता है।",
    "पर्यटन विभाग के आंकड़ों के मुताबिक पिछले साल लाखों विदेशी सैलानी शहर आए थे, जिनमें यूरोप के लोग सबसे ज़्यादा थे।",
    "जानकारों का मानना है कि बारिश के पानी को सहेजने के पुराने तरीकों को भी फिर से ज़िंदा करना होगा।",
    "शहर की कई पुरानी बावड़ियां आज भी मौजूद हैं, लेकिन उनमें से ज़्यादातर की हालत खराब है।",
    "स्वयंसेवी संगठनों ने इन बावड़ियों की सफाई का अभियान भी चलाया है, जिसमें स्कूली बच्चे भी हिस्सा ले रहे हैं।",
    "नगर निगम ने कहा है कि अगले दो साल में शहर के हर इलाके में रोज़ कम से कम दो घंटे पानी दिया जाएगा।",
    "शहर के पूर्वी हिस्से में एक नया जल शोधन संयंत्र भी बनाया जाएगा, जिसकी क्षमता रोज़ दस करोड़ लीटर होगी।",
    "इसके लिए ज़मीन चिह्नित कर ली गई है और अगले साल की शुरुआत में निर्माण का काम शुरू होने की उम्मीद है।",
    "गांवों में भी भूजल का स्तर लगातार गिर रहा है, जिससे किसानों को सिंचाई के लिए गहरे कुएं खोदने पड़ रहे हैं।",
    "विशेषज्ञों के मुताबिक खेती में पानी बचाने वाली तकनीकों को बढ़ावा दिए बिना यह संकट दूर नहीं होगा।",
])


def test_the_storys_one_holder_of_a_title_bound_to_a_place_far_back(full):
    # document_index.resolve_title: "राजदूत" long after "फ्रांस के राजदूत इमैनुएल लेनैं", named twice, is Lenain
    head = ("भारत में फ्रांस के राजदूत इमैनुएल लेनैं बुधवार को जयपुर पहुंचे। लेनैं ने मुख्यमंत्री अशोक गहलोत से "
            "मुलाकात की। ")
    assert len(_FILLER) > 1500
    doc = run(full, head + _FILLER + " राजदूत शुक्रवार को उदयपुर के लिए रवाना होंगे।", "2020-01-23")
    [visit] = _visits_to(doc, "Udaipur")
    assert any("लेनैं" in p.get("text", "") for p in visit.actor) and visit.status == "planned"
    # a former holder ("तत्कालीन राजदूत") is someone else: no visit of Lenain's
    doc = run(full, head + _FILLER + " तत्कालीन राजदूत शुक्रवार को उदयपुर के लिए रवाना हुए थे।", "2020-01-23")
    assert not any("लेनैं" in p.get("text", "") for e in _visits_to(doc, "Udaipur") for p in e.actor)


def test_a_bare_title_is_the_holder_bound_to_a_place_before_it_not_one_named_later(full):
    # document_index.resolve_title: "राष्ट्रपति" after "दक्षिण कोरिया की राष्ट्रपति पार्क गुन-हे" is she, not her father
    # named "तत्कालीन राष्ट्रपति" further on
    text = ("दक्षिण कोरिया की राष्ट्रपति पार्क गुन-हे ने बुधवार को बर्लिन में जर्मनी की चांसलर अंगेला मर्केल के साथ "
            "शिखर वार्ता की। राष्ट्रपति मंगलवार शाम बर्लिन पहुंची थीं। उनके पिता और तत्कालीन राष्ट्रपति पार्क चुंग-ही "
            "ने 1964 में पश्चिम जर्मनी का दौरा किया था।")
    doc = run(full, text, "2014-03-27")
    [visit] = _visits_to(doc, "Berlin")
    assert [p.get("canonical") for p in visit.actor] == ["Park Geun-hye"]


def test_a_dated_mention_told_as_earlier_is_not_the_undated_event_before_it(pipe):
    # event_merge: "इससे पहले मंगलवार को ..." after an undated meeting of the same person is another meeting
    text = ("मुख्यमंत्री शिवराज सिंह चौहान गुरुवार को दिल्ली पहुंचे। इसके बाद चौहान ने पेट्रोलियम मंत्री धर्मेंद्र प्रधान "
            "से शास्त्री भवन में मुलाकात की। इससे पहले मंगलवार को चौहान ने भोपाल से वीडियो कॉन्फ्रेंसिंग के जरिए फिक्की के "
            "प्रतिनिधियों से संवाद किया था।")
    doc = run(pipe, text, "2020-09-11")
    meetings = [e for e in doc.events if e.type == "MEETING"]
    with_pradhan = [e for e in meetings if "Dharmendra Pradhan" in names(e)]
    with_ficci = [e for e in meetings if any("फिक्की" in p.get("text", "") or "Federation" in (p.get("canonical") or "")
                                             for p in e.actor + e.target)]
    assert with_pradhan and with_ficci and not set(map(id, with_pradhan)) & set(map(id, with_ficci))
    assert with_ficci[0].date["value"] == "2020-09-08"


def test_a_weak_meeting_noun_between_two_named_parties(pipe):
    # triggers._between_before: "X और Y के बीच ... बात हुई", a phone call and its length between
    doc = run(pipe, "बांग्लादेश की प्रधानमंत्री शेख़ हसीना और विपक्ष की नेता ख़ालिदा ज़िया के बीच शनिवार शाम टेलीफ़ोन पर "
                    "क़रीब 37 मिनट तक बात हुई।", "2013-10-28")
    [meeting] = [e for e in doc.events if e.type == "MEETING"]
    assert names(meeting) == {"Sheikh Hasina", "Khaleda Zia"} and meeting.status == "occurred"
    assert meeting.date["value"] == "2013-10-26"
    # a matter between them, no talk: "के बीच इस बात पर सहमति" is no meeting
    doc = run(pipe, "शेख़ हसीना और ख़ालिदा ज़िया के बीच इस बात पर सहमति है कि चुनाव समय पर हों।", "2013-10-28")
    assert not [e for e in doc.events if e.type == "MEETING"]


def test_both_ministers_of_a_portfolio_are_the_two_named_with_that_title(pipe):
    # document_index._add_both: "दोनों गृह मंत्रियों" are the last two named "गृह मंत्री", not the last two people
    text = ("भारत के गृह मंत्री सुशील कुमार शिंदे और पाकिस्तान के गृह मंत्री रहमान मलिक दिल्ली में हैं। प्रधानमंत्री "
            "मनमोहन सिंह ने रविवार को नवाज़ शरीफ़ से फ़ोन पर बात की। सोमवार सुबह दोनों गृह मंत्रियों के बीच क़रीब दो "
            "घंटे तक बातचीत चली।")
    doc = run(pipe, text, "2012-12-15")
    [talks] = [e for e in doc.events if e.type == "MEETING" and e.trigger == "बातचीत"]
    assert names(talks) == {"Sushilkumar Shinde", "Rehman Malik"}


@pytest.mark.parametrize("text, place, status", [
    # triggers._purpose_place: the place marked by में before a purpose infinitive right before the verb
    ("प्रधानमंत्री नरेंद्र मोदी अगले हफ़्ते जापान में शिखर सम्मेलन में हिस्सा लेने जाएंगे।", "Japan", "planned"),
    ("मनमोहन सिंह पिछले महीने रूस में राष्ट्रपति व्लादिमीर पुतिन से मिलने गए थे।", "Russia", "occurred"),
    # a body's place in the genitive; "जा रहे हैं" after a motion verb trigger is a trip ahead (status.py)
    ("प्रोफ़ेसर रमेश मीणा कुछ महीनों बाद जापान के ओसाका विश्वविद्यालय में हिंदी पढ़ाने जा रहे हैं।", "Japan", "planned"),
])
def test_a_place_before_a_purpose_infinitive_is_visited(full, text, place, status):
    doc = run(full, text, "2013-11-10")
    [visit] = [e for e in doc.events if e.type == "VISIT"]
    assert place in names(visit) and visit.status == status and visit.attrs.get("visit_rule") == "purpose"


def test_no_purpose_visit_without_an_infinitive_or_a_place(full):
    # "सामने आए" is no purpose infinitive; a setting with no named place is no visit
    for text in ("दिल्ली में सामने आए मामलों में मोहम्मद राशिद का नाम भी है।",
                 "मोदी शिखर सम्मेलन में हिस्सा लेने गए थे।"):
        assert not [e for e in run(full, text, "2013-11-10").events if e.type == "VISIT"], text


def test_coming_told_by_the_motion_verb_itself_is_a_trip_ahead(pipe):
    # status.py: "भारत आ रहे हैं" (the trigger is आ, the progressive right after it) is planned, not ongoing
    doc = run(pipe, "अमरीकी राष्ट्रपति बराक ओबामा भारत आ रहे हैं।", "2013-11-10")
    [visit] = [e for e in doc.events if e.type == "VISIT"]
    assert visit.status == "planned"


def test_a_verb_triggers_date_stands_before_it(pipe):
    # dates.DateChooser: with the trigger's verb right after it, a date after it tells of what follows
    doc = run(pipe, "शनिवार शाम विदेश मंत्री सुषमा स्वराज ने प्रधानमंत्री सुशील कोइराला से मुलाक़ात की और उन्हें मोदी "
                    "की तीन अगस्त से शुरू हो रही यात्रा की जानकारी दी।", "2014-07-28")
    [meeting] = [e for e in doc.events if e.type == "MEETING"]
    assert meeting.date["value"] == "2014-07-26" and meeting.status == "occurred"
    # a noun whose date follows it keeps that date: "बैठक 11 अप्रैल को होगी"
    doc = run(pipe, "भारत और चीन के विदेश मंत्रियों की बैठक 11 अप्रैल को होगी।", "2014-04-01")
    [meeting] = [e for e in doc.events if e.type == "MEETING"]
    assert meeting.date["value"] == "2014-04-11"


def test_a_from_in_the_matter_agreed_on_is_no_partner(pipe):
    # triggers._joint_parties: "सीमा से", "कोरोनावायरस से" after no named party is "from", not a partner's से
    doc = run(pipe, "रिपब्लिकन पार्टी और डेमोक्रेटिक पार्टी कोरोनावायरस से लड़ने के लिए 8.3 अरब डॉलर देने पर सहमत हो गए हैं।",
              "2020-03-05")
    assert [e.type for e in doc.events] == ["AGREEMENT"]
    # a named party before से is a partner: agreeing to talk to the United States is no agreement of the two
    doc = run(pipe, "भारत और चीन सीमा विवाद पर अमेरिका से बात करने पर राजी हुए।", "2020-10-20")
    assert not [e for e in doc.events if e.type == "AGREEMENT"]


def test_no_way_out_of_talks_held_denies_their_outcome(pipe):
    # the talks told again ("उस बातचीत से कोई रास्ता नहीं निकला") failed; they were held (status.toml outcome)
    doc = run(pipe, "पिछले महीने विदेश मंत्री एस जयशंकर ने चीनी विदेश मंत्री वांग यी से फ़ोन पर बात की थी, लेकिन उस "
                    "बातचीत से कोई रास्ता नहीं निकला।", "2014-06-10")
    meetings = [e for e in doc.events if e.type == "MEETING"]
    assert len(meetings) == 1 and {"S. Jaishankar", "Wang Yi"} <= names(meetings[0])
    assert meetings[0].status == "occurred"


def test_a_lower_rank_of_a_post_stands_for_the_country_not_the_holder(pipe):
    # "चीन के सहायक विदेश मंत्री" is not China's foreign minister (roles.toml office_blockers), nor is a former one
    doc = run(pipe, "जयशंकर ने बुधवार को चीन के सहायक विदेश मंत्री से मुलाकात की।", "2020-06-10")
    meeting = next(e for e in doc.events if e.type == "MEETING")
    assert "China" in names(meeting) and "Wang Yi" not in names(meeting)
    doc = run(pipe, "जयशंकर ने बुधवार को चीन के विदेश मंत्री से मुलाकात की।", "2020-06-10")
    assert "Wang Yi" in names(next(e for e in doc.events if e.type == "MEETING"))  # the post itself: its holder


def test_an_old_reference_point_in_a_story_without_a_publication_date(full):
    # dates.story_day: BBC Hindi's copy carries no date; "वर्ष 2006 में ... के बाद ... फ़िजी पहुँचीं" is told from the
    # latest date the story tells (February 2014), so 2006 is a reference point more than a year back, no date of
    # the visit
    text = ("ऑस्ट्रेलिया की विदेश मंत्री जूली बिशप ने फ़रवरी 2014 में कहा था कि वे फ़िजी जाएंगी। वर्ष 2006 में "
            "सैन्य तख़्तापलट के बाद ऑस्ट्रेलियाई विदेश मंत्री जूली बिशप फ़िजी पहुँचीं।")
    doc = run(full, text, None)
    visits = [e for e in doc.events if e.type == "VISIT" and e.status == "occurred"]
    assert visits and all((e.date or {}).get("value") != "2006" for e in visits)
    # a story that tells no later date keeps the year as it was
    doc = run(full, "वर्ष 2006 में सैन्य तख़्तापलट के बाद ऑस्ट्रेलियाई विदेश मंत्री जूली बिशप फ़िजी पहुँचीं।", None)
    assert [(e.date or {}).get("value") for e in doc.events if e.type == "VISIT"] == ["2006"]


def test_a_bare_title_in_a_story_without_a_publication_date_is_the_holder_it_names(full):
    # document_index._holder: with no date to look the holder up by, the one person the story names who ever
    # held the office ("भारत के उपराष्ट्रपति हामिद अंसारी" far back) travels; with two such people named, nobody
    head = "भारत के उपराष्ट्रपति हामिद अंसारी पांच दिन की अफ़्रीका यात्रा के पहले पड़ाव में बुधवार शाम युगांडा पहुंचे। "
    tail = " उपराष्ट्रपति शनिवार को रवांडा रवाना होंगे।"
    doc = run(full, head + _FILLER + tail, None)
    [visit] = _visits_to(doc, "Rwanda")
    assert [p.get("canonical") for p in visit.actor] == ["Hamid Ansari"]
    doc = run(full, head + "इससे पहले भैरों सिंह शेखावत भी युगांडा गए थे। " + _FILLER + tail, None)
    assert not any("Hamid Ansari" in names(e) for e in _visits_to(doc, "Rwanda"))


def test_a_recent_reference_point_of_a_first_event_is_not_its_date(pipe):
    # dates.background: "25 मार्च को ... लॉकडाउन के बाद ... यह पहली बातचीत है" is today's talk, the first since then
    text = ("प्रधानमंत्री नरेंद्र मोदी ने बुधवार को विपक्ष के नेताओं के साथ वीडियो कॉन्फ्रेंसिंग से बैठक की। 25 मार्च को "
            "राष्ट्रव्यापी लॉकडाउन के बाद विपक्ष के नेताओं के साथ प्रधानमंत्री की यह पहली बातचीत है।")
    doc = run(pipe, text, "2020-04-08")
    dates = {(e.date or {}).get("value") for e in doc.events if e.type == "MEETING"}
    assert "2020-03-25" not in dates and "2020-04-08" in dates


def test_a_team_after_a_motion_participle_is_the_traveller(pipe):
    # travellers._traveller_after: a team or delegation travels too, not only a person or an office
    doc = run(pipe, "लगातार छह सिरीज़ जीतकर दक्षिण अफ्रीका पहुंची भारतीय क्रिकेट टीम जोहनसबर्ग में पहला मैच हार गई।", None)
    [visit] = _visits_to(doc, "South Africa")
    assert [p.get("canonical") for p in visit.actor] == ["India national cricket team"]
    # a body that is no team is not taken for one ("पहुंची कंपनी" is no delegation)
    doc = run(pipe, "दक्षिण अफ्रीका पहुंची भारतीय स्टेट बैंक की शाखा बंद हो गई।", None)
    assert not any("State Bank of India" in names(e) for e in _visits_to(doc, "South Africa"))


def test_an_agreement_also_signed_is_one_more(pipe):
    # agreement.toml also_after: "एक सहमति पत्र पर भी दस्तख़त हुए" is another agreement than the treaty just told,
    # though the same two countries are its parties (the visit told before names them)
    text = ("पाकिस्तान के राष्ट्रपति आसिफ़ अली ज़रदारी सोमवार को ईरान पहुंचे। ईरान और पाकिस्तान ने गैस पाइपलाइन के समझौते "
            "पर हस्ताक्षर किए। इसी मौक़े पर ग्वादर में तेल रिफ़ाइनरी लगाने से जुड़े एक सहमति पत्र पर भी दस्तख़त हुए।")
    doc = run(pipe, text, "2013-03-12")
    agreements = [e for e in doc.events if e.type == "AGREEMENT"]
    assert len(agreements) == 2 and all("Iran" in names(e) for e in agreements)


def test_an_acronym_in_brackets_glosses_the_name_before_it(pipe):
    """"भारतीय उद्योग परिसंघ (सीआईआई) के साथ ...": the body is marked by the case marker after its bracketed
    acronym, so it is no subject, and "वे" in the next sentence is the person who is."""
    doc = run(pipe, "भारतीय उद्योग परिसंघ (सीआईआई) के साथ मिलकर आयोजित इस सम्मेलन में पाकिस्तान की नुमाइंदगी "
                    "सरताज अज़ीज़ कर रहे हैं। वे बुधवार शाम दिल्ली पहुंचे थे।", "2014-01-17")
    (visit,) = _of_type(doc, "VISIT")
    assert [p["canonical"] for p in visit.actor] == ["Sartaj Aziz"]


@pytest.mark.parametrize("text, other", [
    ("विदेश मंत्री सलमान ख़ुर्शीद सोमवार को वांग यी से बीजिंग में मिले।", "Wang Yi"),
    ("पूर्व क़ैदियों के एक दल ने राष्ट्रपति हामिद करज़ई से काबुल में मिलकर अपनी समस्याओं पर चर्चा की।", "Hamid Karzai"),
])
def test_a_named_place_between_the_counterpart_and_the_verb(pipe, text, other):
    """"X से <place> में मिले": where they met stands between whom they met and the verb."""
    (meeting,) = _of_type(run(pipe, text, "2013-05-01"), "MEETING")
    assert other in names(meeting)


def test_a_place_before_a_participle_of_getting_is_no_meeting(pipe):
    assert not _of_type(run(pipe, "कंपनी को दिल्ली में मिले ठेके से फायदा हुआ।", "2013-05-01"), "MEETING")


@pytest.mark.parametrize("text, traveller", [
    # inside the quotation its speaker opens, "मैं" is the speaker
    ("राहुल गांधी बताते हैं, ''वो 2010 का साल था. तब मैं पहली बार लद्दाख गया था.''", "Rahul Gandhi"),
    # nobody named opens it: "मैं" is nobody known
    ("उन्होंने कहा, ''वो 2010 का साल था. तब मैं पहली बार लद्दाख गया था.''", None),
    # the quotation closed before it: "मैं" is not the earlier speaker
    ("राहुल गांधी बताते हैं, ''वो 2010 का साल था.'' किसान ने कहा कि तब मैं पहली बार लद्दाख गया था.", None),
])
def test_the_first_person_in_a_quotation_is_its_speaker(pipe, text, traveller):
    visits = _of_type(run(pipe, text, "2013-09-30"), "VISIT")
    assert [sorted(names(e)) for e in visits] == ([sorted([traveller, "Ladakh"])] if traveller else [])


def test_who_gives_an_invitation_through_a_pronoun_is_not_the_traveller(pipe):
    """"उन्होंने उन्हें भारत आने का निमंत्रण दिया": उन्होंने carries its ने, and the ने-subject invites someone else."""
    doc = run(pipe, "नवाज़ शरीफ़ ने मनमोहन सिंह से मुलाकात की। उन्होंने उन्हें भारत आने का निमंत्रण दिया।", "2013-09-30")
    assert not any("Nawaz Sharif" in names(e) for e in _of_type(doc, "VISIT"))


def test_a_future_trigger_after_another_verbs_ne_subject_is_planned(pipe):
    """"मोदी ने न्योता स्वीकार कर लिया है और वे अमेरिका जाएंगे": the ने-subject's perfective verb is another one;
    the trip is to come (not dated to the day of the news)."""
    doc = run(pipe, "मोदी ने ओबामा का न्योता स्वीकार कर लिया है और वे अमेरिका जाएंगे।", "2013-05-01")
    (visit,) = _of_type(doc, "VISIT")
    assert visit.status == "planned" and not (visit.date or {}).get("value", "").startswith("2013-05-01")


def test_a_plan_word_after_the_meetings_own_verb_and_aur_is_no_plan_of_it(pipe):
    """"... के साथ बैठक की और योजना की प्रगति की जानकारी दी": योजना (a scheme) belongs to the next clause; "बैठक
    और चर्चा की योजना है" is still a plan."""
    held = run(pipe, "मुख्यमंत्री अशोक गहलोत ने सोमवार को अमित शाह के साथ बैठक की और योजना की प्रगति की जानकारी दी।",
               "2020-11-10")
    planned = run(pipe, "अशोक गहलोत और अमित शाह की बैठक और चर्चा की योजना है।", "2020-11-10")
    assert [e.status for e in _of_type(held, "MEETING")] == ["occurred"]
    assert [e.status for e in _of_type(planned, "MEETING")] == ["planned"]


@pytest.mark.parametrize("text", [
    "भारतीय हॉकी टीम के कप्तान राजपाल सिंह ने समाचार चैनलों से बातचीत में इस पर निराशा जताई।",
    "मुख्यमंत्री अशोक गहलोत ने अखबारों से बातचीत में कहा कि सरकार स्थिर है।",
])
def test_talking_to_the_press_is_no_meeting(pipe, text):
    assert not _of_type(run(pipe, text, "2013-05-01"), "MEETING")


def test_a_date_until_between_a_genitive_traveller_and_the_trip(pipe):
    """"करज़ई के इस साल के अंत तक भारत आने की संभावना": the date with तक stands between, as one with को or में does."""
    (visit,) = _of_type(run(pipe, "राष्ट्रपति करज़ई के इस साल के अंत तक भारत आने की संभावना है।", "2013-05-01"), "VISIT")
    assert names(visit) == {"Hamid Karzai", "India"} and visit.status == "planned"


def test_a_feminine_verb_makes_the_woman_named_before_the_pronoun_traveller(pipe):
    """"करीमोव ने कहा ... । वे ... तुर्कमेनिस्तान पहुंचेंगी": the verb agrees with a woman, so the pronoun is the
    woman named before (Park, "दक्षिण कोरिया की राष्ट्रपति"), not the man named since."""
    doc = run(pipe, "दक्षिण कोरिया की राष्ट्रपति पार्क ग्युन-हे ने मंगलवार को ताशकंद में उज़्बेक राष्ट्रपति इस्लाम करीमोव से "
                    "बातचीत की। करीमोव ने कहा कि यह दौरा अहम है। दौरे के आख़िरी पड़ाव में वे शुक्रवार को तुर्कमेनिस्तान "
                    "पहुंचेंगी।", "2014-06-17")
    visits = [names(e) for e in doc.events if e.type == "VISIT"]
    assert {"Park Geun-hye", "Turkmenistan"} in visits
    assert not [v for v in visits if "Islam Karimov" in v]


def test_a_masculine_verb_does_not_make_a_woman_the_traveller(pipe):
    doc = run(pipe, "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को भाषण दिया। भारत की विदेश मंत्री सुषमा स्वराज ने उनसे मुलाकात की। "
                    "वह हाल ही में जापान से लौटे हैं।", "2020-03-18")
    visits = [names(e) for e in doc.events if e.type == "VISIT"]
    assert {"Narendra Modi", "Japan"} in visits
    assert not [v for v in visits if "Sushma Swaraj" in v]


def test_genders_come_from_agreement_and_not_from_a_noun_a_name_qualifies(pipe):
    from pipeline.hindi.events import index_of
    roles = load_roles(str(CONFIG_DIR / "roles.toml"))
    doc = run(pipe, "बांग्लादेश की प्रधानमंत्री शेख़ हसीना ने बात की। भारत के राष्ट्रपति प्रणब मुखर्जी ने स्वागत किया। "
                    "सुर्खियां बटोरने वाली सिंगर कनिका कपूर को बुखार है। भारत की विदेश मंत्री सुषमा स्वराज बैठक में शामिल थीं। "
                    "नरेंद्र मोदी सरकार बड़ा कदम उठाने की तैयारी कर रही है। नरेंद्र मोदी सरकार कोई कमी नहीं रख रही।",
              "2020-03-18")
    genders = index_of(doc, roles).genders
    assert genders.get("Sheikh Hasina") == "F" and genders.get("Pranab Mukherjee") == "M"
    assert genders.get("Kanika Kapoor") == "F" and genders.get("Sushma Swaraj") == "F"
    assert "Narendra Modi" not in genders  # "मोदी सरकार ... कर रही है" (twice) agrees with the government


def test_signing_this_document_is_the_agreement_told_before(full):
    """"... ने इस दस्तावेज़ पर दस्तख़त किए" after a signed MoU: its signers (names only the model finds) join that
    agreement, no second one."""
    doc = run(full, "लापता विमान की खोज के लिए ऑस्ट्रेलिया और मलेशिया ने गुरुवार को कैनबरा में एक सहमति-पत्र पर हस्ताक्षर "
                    "किए हैं. ऑस्ट्रेलिया के उप प्रधानमंत्री वॉरेन ट्रस और मलेशिया के परिवहन मंत्री लियोऊ तिओंग लाई ने इस "
                    "दस्तावेज़ पर दस्तख़त किए.", "2014-08-28")
    agreements = _of_type(doc, "AGREEMENT")
    assert len(agreements) == 1 and {"Australia", "Malaysia", "वॉरेन ट्रस"} <= names(agreements[0])


def test_a_numbered_or_neighbouring_title_is_no_indian_office_holder(pipe):
    """"तीन पड़ोसी राष्ट्रपति वागादुगू पहुंचे": three presidents of other countries, not India's president (in a
    story that names something of India, where a bare title is India's)."""
    doc = run(pipe, "संसद भवन में चर्चा हुई. तीन पड़ोसी राष्ट्रपति गुवाहाटी पहुंचे.", "2014-11-06")
    assert not any("Pranab Mukherjee" in names(e) for e in doc.events)
    doc = run(pipe, "संसद भवन में चर्चा हुई. राष्ट्रपति गुवाहाटी पहुंचे.", "2014-11-06")
    assert any("Pranab Mukherjee" in names(e) for e in doc.events)


@pytest.mark.parametrize("sentence", [
    "वे शुक्रवार को दिल्ली जाकर प्रधानमंत्री नरेंद्र मोदी से मिलेंगे।",
    "भाजपा का एक प्रतिनिधिमंडल शुक्रवार को राजभवन जाकर राज्यपाल भगत सिंह कोश्यारी को ज्ञापन सौंपेगा।"])
def test_who_is_named_after_a_conjunctive_motion_verb_is_met_not_travelling(pipe, sentence):
    """"... दिल्ली जाकर मोदी से मिलेंगे": a conjunctive participle describes no noun after it (unlike "काबुल पहुँचे
    अमरीकी रक्षा मंत्री"), so the person after it is whom the traveller meets or hands something to."""
    doc = run(pipe, sentence, "2020-03-04")
    assert all(not ({"Narendra Modi", "Bhagat Singh Koshyari"} & {p["canonical"] for p in e.actor})
               for e in doc.events if e.type == "VISIT")


def test_a_trip_to_a_persons_home_is_a_visit_to_that_person(pipe):
    """"... लालू प्रसाद के घर गए": the person whose home (or side: "रणबीर कपूर के पास गए") is the target, not a
    second traveller; a place near something is no host ("वह मस्जिद के पास गई" names nobody)."""
    doc = run(pipe, "मुख्यमंत्री नीतीश कुमार शुक्रवार को लालू प्रसाद के घर गए।", "2013-09-05")
    (visit,) = [e for e in doc.events if e.type == "VISIT"]
    assert [p["canonical"] for p in visit.actor] == ["Nitish Kumar"]
    assert [p["canonical"] for p in visit.target] == ["Lalu Prasad Yadav"]
    doc = run(pipe, "अभिनेता अनुराग कश्यप अपनी फ़िल्म का प्रस्ताव लेकर रणबीर कपूर के पास गए।", "2013-09-05")
    assert [[p["canonical"] for p in e.target] for e in doc.events if e.type == "VISIT"] == [["Ranbir Kapoor"]]


def test_the_two_leaders_told_before_meet_as_one_subject(pipe):
    """"दोनों नेता सोमवार को ... में मिले": the two people the story just named are the subject of the meeting verb,
    as "A और B ... मिले" would be."""
    doc = run(pipe, "कोलंबिया के राष्ट्रपति ख़ुआन मैनुअल सैंटोस और वेनेज़ुएला के राष्ट्रपति निकोलस मादुरो ने रिश्ते सुधारने पर "
                    "सहमति जताई है। दोनों नेता सोमवार को वेनेज़ुएला के शहर प्यूर्तो अयाकूचो में मिले।", "2013-07-23")
    meetings = [e for e in doc.events if e.type == "MEETING"]
    assert [(names(e), (e.date or {}).get("value")) for e in meetings] == [
        ({"Juan Manuel Santos", "Nicolás Maduro"}, "2013-07-22")]


def test_a_departure_with_its_light_verb_is_the_predicate_not_a_participle_before_its_traveller(pipe):
    """"इसके बाद वे जॉर्डन रवाना होंगे और ... शाह अब्दुल्लाह द्वितीय से मिलेंगे": the king is met; the traveller is the
    one "वे" stands for, not a person named after "रवाना होंगे" (as after "काबुल पहुँचे अमरीकी रक्षा मंत्री")."""
    doc = run(pipe, "पुतिन मंगलवार को इसराइल पहुंचे। इसके बाद वे जॉर्डन रवाना होंगे और अम्मान में शाह अब्दुल्लाह द्वितीय "
                    "से मिलेंगे।", "2012-06-26")
    travellers = {p["canonical"] for e in doc.events if e.type == "VISIT" for p in e.actor}
    assert travellers == {"Vladimir Putin"}


def test_both_countries_skip_a_subheading_and_a_town_far_back(pipe):
    """"दोनों देशों" is the pair the story told, not the country of a section title ("चीन की चिंता") nor of a town
    named far back ("वेलिंगटन स्थित कॉलेज" is no New Zealand)."""
    text = ("श्रीलंका के रक्षा सचिव गोटाभाया राजपक्षे सालाना रक्षा वार्ता के लिए सोमवार को नई दिल्ली पहुंचे। "
            "भारत ने श्रीलंकाई सेना के एक दल का वेलिंगटन स्थित कॉलेज का दौरा टाल दिया है। यह दल इसी महीने आने वाला था। "
            "चीन की चिंता\n"
            "दोनों देशों के बीच पहली सालाना रक्षा वार्ता पिछले साल जनवरी में कोलंबो में हुई थी।")
    events = [e for e in run(pipe, text, "2013-01-08").events
              if e.type == "MEETING" and any(m.sentence.startswith("दोनों देशों") for m in e.mentions)]
    assert [names(e) for e in events] == [{"India", "Sri Lanka"}]


def test_separately_before_the_verb_is_one_meeting_with_each_counterpart(pipe):
    # roles.toml manner_adverbs: "से अलग-अलग मिलेंगे" keeps the counterparts' marker (and separately splits them)
    doc = run(pipe, "सोमवार को पुतिन प्रधानमंत्री नरेंद्र मोदी और विदेश मंत्री सुषमा स्वराज से अलग-अलग मिलेंगे।", "2014-12-08")
    meetings = [e for e in doc.events if e.type == "MEETING"]
    assert sorted(tuple(sorted(names(e))) for e in meetings) == [("Narendra Modi", "Vladimir Putin"),
                                                                  ("Sushma Swaraj", "Vladimir Putin")]
    assert all(e.status == "planned" for e in meetings)


@pytest.mark.parametrize("text, traveller, place, status, expected", [
    # coming with no place, right after a time, goes where the last visit told went
    ("रवांडा के राष्ट्रपति पॉल कागामे शनिवार शाम ही अदीस अबाबा पहुंच गए थे. दक्षिण अफ़्रीका के राष्ट्रपति जैकब ज़ूमा "
     "रविवार सुबह आए.", "Jacob Zuma", "Addis Ababa", "occurred", True),
    # "X को भी सभा में आना था, लेकिन ... रद्द": a trip there, called off
    ("रवांडा के राष्ट्रपति पॉल कागामे शनिवार शाम ही अदीस अबाबा पहुंच गए थे. मिस्र के राष्ट्रपति मोहम्मद मुर्सी को भी सभा "
     "में आना था, लेकिन आख़िरी समय में उनका कार्यक्रम रद्द हो गया.", "Mohamed Morsi", "Addis Ababa", "cancelled", True),
    # a place named in the sentence is whence they came: no trip to the last visit's place
    ("रवांडा के राष्ट्रपति पॉल कागामे शनिवार शाम ही अदीस अबाबा पहुंच गए थे. दक्षिण अफ़्रीका के राष्ट्रपति जैकब ज़ूमा "
     "रविवार सुबह केपटाउन से आए.", "Jacob Zuma", "Addis Ababa", None, False),
    # one of the same country as the place does not travel there
    ("मुख्यमंत्री नीतीश कुमार सोमवार को गया पहुंचे। जिलाधिकारी अभिषेक सिंह भी मंगलवार सुबह आए।", "अभिषेक सिंह", "Gaya",
     None, False),
])
def test_a_bare_arrival_goes_where_the_last_visit_went(pipe, text, traveller, place, status, expected):
    """EventExtractor._arrival_place (visit.toml arrivals): a verb of coming with no place in its sentence."""
    doc = run(pipe, text, "2012-08-26")
    trips = [e for e in doc.events if e.type == "VISIT" and {traveller, place} <= names(e)]
    assert bool(trips) == expected, [(e.trigger, names(e)) for e in doc.events]
    if expected:
        assert trips[0].status == status


@pytest.mark.parametrize("text, location", [
    ("गीडो वेस्टरवेले और सर्गेई लावरोव ने सीरिया पर चर्चा की.", None),  # the country talked about
    ("गीडो वेस्टरवेले ने सर्गेई लावरोव से मास्को में सीरिया पर बातचीत की.", "Moscow"),  # where, and what about
])
def test_a_country_talked_about_is_no_location(pipe, text, location):
    """"सीरिया पर चर्चा": a country marked by पर is what talks are about (Roles: kind "place")."""
    doc = run(pipe, text, "2013-06-06")
    meeting = next(e for e in doc.events if e.type == "MEETING")
    assert (meeting.location or {}).get("canonical") == location


def test_a_travellers_own_country_named_before_an_unlisted_title_is_no_goal(pipe):
    """"कनाडा के गवर्नर जनरल डेविड जॉन्स्टन ... दिल्ली पहुंचे": a place's genitive before a person (whatever the title
    between, listed or not) is the person's country, not where the trip goes (Roles._genitive_reaches)."""
    doc = run(pipe, "टोंगा के प्रधान लॉर्ड तुइवाकानो सोमवार को दिल्ली पहुंचे.", "2013-06-06")
    (visit,) = [e for e in doc.events if e.type == "VISIT"]
    assert {p["canonical"] for p in visit.target} == {"Delhi"}
    # a person's genitive over a place still reaches the trip: "पुतिन की भारत यात्रा"
    doc = run(pipe, "रूसी राष्ट्रपति पुतिन की भारत यात्रा टल गई.", "2013-06-06")
    (visit,) = [e for e in doc.events if e.type == "VISIT"]
    assert {p["canonical"] for p in visit.target} == {"India"}


@pytest.mark.parametrize("text", [
    "क़रीब एक घंटे चली बातचीत के बाद सुमंथिरन ने बीबीसी से कहा कि प्रधानमंत्री ने हमारी बातें ध्यान से सुनीं.",
    "उपराष्ट्रपति हामिद अंसारी ने सोमवार को लीमा में पेरू के राष्ट्रपति से मुलाक़ात की. अंसारी के साथ गए विदेश मंत्रालय "
    "के एक अधिकारी ने बीबीसी को बताया कि दोनों पक्ष मुक्त व्यापार समझौते की संभावना तलाशने पर सहमत हुए हैं.",
])
def test_a_broadcaster_told_of_an_event_is_no_party_to_it(pipe, text):
    # roles.toml reporters (agencies.tsv): who reports an event takes no part in it
    doc = run(pipe, text, "2012-10-02")
    assert all("BBC" not in names(e) for e in doc.events)


@pytest.mark.parametrize("text, reporter", [
    ("बाल ठाकरे से बीबीसी की बातचीत सुनिए.", "BBC"),
    ("हजारीबाग / कोरोना संक्रमित व्यक्ति से 'प्रभात खबर' की बातचीत, 14 दिनों तक गांव में घूमता रहा.", "Prabhat Khabar"),
])
def test_an_interview_a_broadcaster_owns_keeps_it(pipe, text, reporter):
    # the gold (wide, tests/hindi/real_news) counts a paper's or broadcaster's interview as its meeting
    doc = run(pipe, text, "2012-11-18")
    assert any(reporter in names(e) for e in doc.events if e.type == "MEETING")
