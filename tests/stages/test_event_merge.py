"""event_merge: mentions of one event become one Event; different dates or statuses stay apart.
Documents go through the real stages (normalise ... dates, the three event stages, event_merge)."""
from __future__ import annotations

import pytest

from pipeline.core.builder import build
from pipeline.core.config import load_config
from pipeline.core.document import Document, Event, Mention
from pipeline.io.readers import read_file
from pipeline.stages.event_merge import dates_compatible, merge_events
from tests.conftest import REPO, make_config

STAGES = ["metadata", "normalise", "sentences", "tokens", "ner_gazetteer", "entity_linker", "dates",
          "events_visit", "events_meeting", "events_agreement", "event_merge"]


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    return build(load_config(make_config(tmp_path_factory.mktemp("merge"), STAGES, [])), writers=False)


def seed(name: str) -> Document:
    path = next((REPO / "seeds").glob(f"{name}*.txt"))
    (doc,) = list(read_file(path, path.parent))
    return doc


def names(e) -> set[str]:
    return {p["canonical"] for p in e.actor + e.target}


def test_seed_visit_told_several_times_is_one_event(pipe):
    doc = pipe(seed("004"))
    visits = [e for e in doc.events if e.type == "VISIT"]
    assert len(visits) == 1
    v = visits[0]
    assert {"Vladimir Putin", "India"} <= names(v)
    assert len({m.sent_id for m in v.mentions}) >= 3
    assert v.date["value"] == "2025-12-04/2025-12-05" and v.status == "planned"
    assert [e.event_id for e in doc.events] == [f"{doc.doc_id}#{n}" for n in range(1, len(doc.events) + 1)]


def test_signing_joins_the_agreement_it_points_back_to(pipe):
    # "... समझौता हुआ था। ... इस पर ... ने हस्ताक्षर किए थे।": one agreement, dated by the first sentence,
    # signed by the people of the second; the countries give way to the named signatories.
    doc = pipe(seed("004"))
    signed = [e for e in doc.events if e.type == "AGREEMENT" and e.status == "occurred"]
    assert len(signed) == 1
    a = signed[0]
    assert a.date["value"] == "2025-02-18"
    assert names(a) == {"Vinay Kumar (diplomat)", "Alexander Fomin"}
    assert len(a.mentions) >= 2
    # About to be ratified is another event.
    assert any(e.type == "AGREEMENT" and e.status == "planned" for e in doc.events)


def test_different_dates_are_different_meetings(pipe):
    text = ("प्रधानमंत्री नरेंद्र मोदी ने लॉकडाउन की घोषणा की। प्रधानमंत्री ने इससे पहले भी 20 मार्च, दो और 11 अप्रैल को "
            "मुख्यमंत्रियों के साथ चर्चा कर चुके हैं।")
    doc = pipe(Document(doc_id="d", text=text, published="2020-04-27"))
    meetings = [e for e in doc.events if e.type == "MEETING"]
    assert sorted(e.date["value"] for e in meetings) == ["2020-03-20", "2020-04-02", "2020-04-11"]
    assert all(names(e) == {"Narendra Modi"} and e.status == "occurred" for e in meetings)


def test_visits_of_one_traveller_to_two_countries_stay_apart(pipe):
    text = ("अमरीकी राष्ट्रपति बराक ओबामा अगले सोमवार को म्यांमार जाएंगे। वहां वे राष्ट्रपति थेन सेन से बातचीत करेंगे। "
            "म्यांमार से ओबामा कंबोडिया जाएंगे।")
    doc = pipe(Document(doc_id="d", text=text, published="2012-11-15"))
    visits = sorted(([p["canonical"] for p in e.target] for e in doc.events if e.type == "VISIT"))
    assert visits == [["Cambodia"], ["Myanmar"]]
    # places of one country nest: India and New Delhi are one visit
    text = "चीन के प्रधानमंत्री ली कचियांग रविवार को भारत आए। ली कचियांग रविवार दोपहर नई दिल्ली पहुंचे।"
    doc = pipe(Document(doc_id="d", text=text, published="2013-05-20"))
    (visit,) = [e for e in doc.events if e.type == "VISIT"]
    assert {"India", "New Delhi"} <= names(visit)


def test_a_call_and_a_meeting_sharing_one_person_with_another_each_stay_apart(pipe):
    """"ओबामा ने अर्दोआन से फ़ोन पर बात की ... ओबामा और नेतन्याहू के बीच लंबी बैठक चली": one person in common and
    another on each side, though the second names both as its subject: two meetings."""
    text = ("शुक्रवार को बराक ओबामा ने रेचेप तैय्यप अर्दोआन से फ़ोन पर बात की। उसी शाम यरूशलम में ओबामा और बिन्यामिन "
            "नेतन्याहू के बीच लंबी बैठक चली।")
    doc = pipe(Document(doc_id="d", text=text, published="2013-03-22"))
    meetings = sorted(sorted(names(e)) for e in doc.events if e.type == "MEETING")
    assert meetings == [["Barack Obama", "Benjamin Netanyahu"], ["Barack Obama", "Recep Tayyip Erdoğan"]]


def test_legs_to_towns_far_apart_are_visits_of_their_own(pipe):
    """Colombo and Trincomalee are 250 km apart: two legs; Delhi and New Delhi are one town: one visit.
    (The merge stage reads the towns' coordinates from the linked entities.)"""
    text = "एडमिरल करमबीर सिंह श्रीलंका की यात्रा पर कोलंबो पहुंचे। बाद में वह त्रिंकोमाली जाएंगे।"
    doc = pipe(Document(doc_id="d", text=text, published="2020-01-21"))
    visits = sorted(sorted(p["canonical"] for p in e.target) for e in doc.events if e.type == "VISIT")
    assert visits == [["Colombo", "Sri Lanka"], ["Trincomalee, Sri Lanka"]]
    text = "शिंज़ो आबे शनिवार को दिल्ली पहुंचे। आबे शनिवार दोपहर नई दिल्ली के हवाई अड्डे पर उतरे और फिर नई दिल्ली पहुंचे।"
    doc = pipe(Document(doc_id="d", text=text, published="2014-01-25"))
    assert len([e for e in doc.events if e.type == "VISIT"]) == 1


def test_a_leg_told_as_part_of_the_trip_is_no_leg_to_the_last_country(pipe):
    # "यात्रा के आख़िरी पड़ाव में" points back to the trip, but its country is another: the Congo leg is a
    # visit of its own, not a second place of the South Africa leg
    text = ("चीनी राष्ट्रपति शी जिनपिंग शुक्रवार को मॉस्को पहुंचे। वहां से वे दक्षिण अफ़्रीका जाएंगे। "
            "यात्रा के आख़िरी पड़ाव में वे कांगो गणराज्य जाएंगे।")
    doc = pipe(Document(doc_id="d", text=text, published="2013-03-22"))
    visits = sorted(([p["canonical"] for p in e.target] for e in doc.events if e.type == "VISIT"))
    assert visits == [["Moscow"], ["Republic of the Congo"], ["South Africa"]]


@pytest.fixture(scope="module")
def full_pipe():
    """The shipped configuration, with the NER model (नबा दास is in no list)."""
    return build(load_config(REPO / "configs" / "default.toml"), writers=False)


def test_attendees_told_with_another_subject_join_the_meeting(full_pipe):
    # not a second meeting of Naba Das with Modi: who attended joins the meeting told before
    pipe = full_pipe
    text = ("प्रधानमंत्री नरेंद्र मोदी ने सोमवार को मुख्यमंत्रियों ममता बनर्जी और उद्धव ठाकरे के साथ वीडियो कॉन्फ्रेंस के "
            "जरिए बात की। ओडिशा के मुख्यमंत्री नवीन पटनायक के साथ राज्य के स्वास्थ्य मंत्री नबा दास भी प्रधानमंत्री के "
            "साथ हुई वीडियो कॉन्फ्रेंस में मौजूद थे।")
    doc = pipe(Document(doc_id="d", text=text, published="2020-04-27"))
    (meeting,) = [e for e in doc.events if e.type == "MEETING"]
    assert {"Narendra Modi", "Mamata Banerjee", "Naveen Patnaik"} <= names(meeting) and len(meeting.mentions) == 2


def test_a_signing_after_talks_passes_over_talks_whose_sides_no_table_places(full_pipe):
    # the latest talks are with a businessman no table places: the two countries' talks before them sign
    text = ("सोमवार को प्रिटोरिया में भारत के विदेश मंत्री सलमान ख़ुर्शीद ने दक्षिण अफ़्रीका की विदेश मंत्री माइते "
            "न्कोआना-माशाबाने से बातचीत की। इसके बाद ख़ुर्शीद ने कारोबारी जॉन स्मिथ से भी मुलाक़ात की। बैठक के बाद तीन "
            "सहमति पत्रों पर दस्तख़त किए गए।")
    doc = full_pipe(Document(doc_id="d", text=text, published="2012-08-21"))
    signed = [e for e in doc.events if e.type == "AGREEMENT"]
    assert [names(e) for e in signed] == [{"India", "South Africa"}]


@pytest.mark.parametrize("text", [
    "सोमवार को बैंकॉक में चीन के प्रधानमंत्री ली केचियांग ने थाईलैंड की प्रधानमंत्री यिंगलक शिनावात्रा से बातचीत की। इसके "
    "बाद रेल सहयोग पर एक सहमति पत्र पर दस्तख़त किए गए।",
    "भारत और नेपाल के गृह सचिवों ने सोमवार को काठमांडू में बातचीत की। करीब तीन घंटे चली बैठक में सीमा पर नक़ली नोटों "
    "की तस्करी रोकने पर सहमति बनी।",
])
def test_an_agreement_after_or_in_talks_told_before_is_between_their_countries(full_pipe, text):
    # merge.toml talks_openers ("इसके बाद", "इसमें") and "बैठक में" (after_or_during): nobody is named at the signing
    doc = full_pipe(Document(doc_id="d", text=text, published="2013-10-14"))
    signed = [e for e in doc.events if e.type == "AGREEMENT"]
    assert len(signed) == 1 and len(names(signed[0]) & {"China", "Thailand", "India", "Nepal"}) == 2


def test_a_signing_after_talks_three_sentences_back_is_between_their_countries(full_pipe):
    # event_merge TALKS_REACH: the talks may be told up to three sentences before the signing that names nobody
    text = ("भारत और नेपाल के गृह सचिवों ने सोमवार को काठमांडू में बातचीत की। सीमा पर तस्करी बढ़ी है। पिछले साल सौ से "
            "ज़्यादा मामले दर्ज हुए थे। इसके बाद दो सहमति पत्रों पर दस्तख़त किए गए।")
    doc = full_pipe(Document(doc_id="d", text=text, published="2013-10-14"))
    signed = [e for e in doc.events if e.type == "AGREEMENT"]
    assert [names(e) for e in signed] == [{"India", "Nepal"}]


def test_planned_and_past_meetings_of_one_person_stay_apart(pipe):
    text = ("प्रधानमंत्री नरेंद्र मोदी थोड़ी देर बाद सभी मुख्यमंत्रियों के साथ बैठक करेंगे। इस बैठक में लॉकडाउन पर चर्चा "
            "की जाएगी। गौरतलब है कि प्रधानमंत्री नरेंद्र मोदी ने 27 अप्रैल को भी सभी मुख्यमंत्रियों के साथ बातचीत की थी।")
    doc = pipe(Document(doc_id="d", text=text, published="2020-05-10"))
    meetings = sorted(((e.status, (e.date or {}).get("value")) for e in doc.events if e.type == "MEETING"))
    assert meetings == [("occurred", "2020-04-27"), ("planned", None)]
    planned = next(e for e in doc.events if e.status == "planned")
    assert len(planned.mentions) == 2  # "इस बैठक में" refers back to it


def test_a_review_with_unnamed_officials_and_a_talk_with_a_named_person_stay_apart(pipe):
    # blind177-06: "... अधिकारियों के साथ समीक्षा बैठक भी की" is not the meeting with the named person
    text = ("मुख्यमंत्री योगी आदित्यनाथ ने शनिवार को नोएडा में राजनाथ सिंह से मुलाकात की। लौटने से पहले मुख्यमंत्री ने "
            "शनिवार को ही जिले के अधिकारियों के साथ समीक्षा बैठक भी की।")
    doc = pipe(Document(doc_id="d", text=text, published="2020-10-31"))
    meetings = [e for e in doc.events if e.type == "MEETING"]
    assert sorted(len(names(e)) for e in meetings) == [1, 2]
    assert all("Yogi Adityanath" in names(e) for e in meetings)


def test_an_undated_earlier_meeting_stays_apart(pipe):
    text = ("प्रधानमंत्री नरेंद्र मोदी ने बुधवार को सर्वदलीय बैठक की। इससे पहले लॉकडाउन लागू करने के बाद पीएम मोदी ने "
            "हर राज्य के सीएम से चर्चा की थी। प्रधानमंत्री ने बैठक में सभी दलों के नेताओं से सुझाव मांगे।")
    doc = pipe(Document(doc_id="d", text=text, published="2020-04-08"))
    meetings = [e for e in doc.events if e.type == "MEETING"]
    assert sorted((e.date or {}).get("value") or "-" for e in meetings) == ["-", "2020-04-08"]
    earlier = next(e for e in meetings if not e.date)
    assert len(earlier.mentions) == 1 and names(earlier) == {"Narendra Modi"}


def test_a_meeting_told_by_its_counterpart_alone_joins_the_fuller_one(pipe):
    # The first sentence names only the other party (the subject is a reporter's source); the second,
    # an earlier report ("पहले भी") that stays apart from dated events, names both: one meeting.
    text = ("मौलवी ने स्वीकार किया था कि पाकिस्तान सरकार के साथ शांति वार्ता चल रही है। "
            "पहले भी तहरीके तालिबान और पाकिस्तानी सरकार में बातचीत हुई हैं।")
    doc = pipe(Document(doc_id="d", text=text, published="2014-02-01"))
    meetings = [e for e in doc.events if e.type == "MEETING"]
    assert len(meetings) == 1
    assert {"Government of Pakistan", "Tehrik-i-Taliban Pakistan"} <= names(meetings[0])
    assert [m.sent_id for m in meetings[0].mentions] == [0, 1]


def test_a_counterpart_alone_on_another_date_stays_apart(pipe):
    text = ("सोमवार को आयोजकों ने बीसीसीआई से बात की। मंगलवार को खेल मंत्री ने बीसीसीआई से मुलाकात की।")
    doc = pipe(Document(doc_id="d", text=text, published="2020-03-14"))
    assert len([e for e in doc.events if e.type == "MEETING"]) == 2


def test_a_call_off_in_another_mention_does_not_undo_a_visit_told_as_done(pipe):
    # "इस दौरे में यह मुलाकात संभव नहीं होगी" calls off a meeting of the trip, not the trip told as made
    text = ("राजस्थान के मुख्यमंत्री अशोक गहलोत मंगलवार शाम दो दिवसीय दौरे पर दिल्ली पहुंचे थे। उन्होंने प्रधानमंत्री नरेंद्र "
            "मोदी से मिलने का समय भी मांगा था, लेकिन प्रधानमंत्री कार्यालय ने बताया कि इस दौरे में यह मुलाकात संभव नहीं होगी।")
    doc = pipe(Document(doc_id="d", text=text, published="2020-01-23"))
    [visit] = [e for e in doc.events if e.type == "VISIT"]
    assert "Ashok Gehlot" in names(visit) and visit.status == "occurred"
    # a trip only planned is still called off by it
    text = text.replace("पहुंचे थे", "पहुंचेंगे")
    doc = pipe(Document(doc_id="d", text=text, published="2020-01-20"))
    assert [e.status for e in doc.events if e.type == "VISIT"] == ["cancelled"]


def test_no_named_participant_no_event(pipe):
    doc = pipe(Document(doc_id="d", text="बैठक में कई मुद्दों पर चर्चा हुई।", published="2020-05-10"))
    assert doc.events == []


def _ev(etype, actor, date=None, status="occurred", sent=0, **attrs):
    parts = [{"text": a, "canonical": a, "label": "PER"} for a in actor]
    return Event(etype, "बैठक", actor=parts, date={"text": date, "value": date} if date else None, status=status,
                 mentions=[Mention(sent, 0, 1, "")], attrs={"status_from": "tense", **attrs})


def test_merge_rules_on_events():
    merged = merge_events("x", [_ev("MEETING", ["A"], "2020-04-02", sent=0), _ev("MEETING", ["A"], sent=1),
                                _ev("MEETING", ["A"], "2020-04-11", sent=2), _ev("VISIT", ["A"], sent=3)])
    assert [(m.type, (m.date or {}).get("value"), len(m.mentions)) for m in merged] == [
        ("MEETING", "2020-04-02", 2), ("MEETING", "2020-04-11", 1), ("VISIT", None, 1)]
    # An anaphoric mention with nobody named joins the latest event of its type; alone it is dropped.
    merged = merge_events("x", [_ev("MEETING", ["A"], sent=0), _ev("MEETING", [], sent=2, anaphoric=True)])
    assert len(merged) == 1 and len(merged[0].mentions) == 2
    assert merge_events("x", [_ev("MEETING", [], sent=2, anaphoric=True)]) == []
    # A visit with no named traveller only adds to one reported elsewhere.
    assert merge_events("x", [_ev("VISIT", ["India"], weak=True)]) == []


def test_dates_compatible():
    assert dates_compatible({"value": "2025-12"}, {"value": "2025-12-04/2025-12-05"})
    assert not dates_compatible({"value": "2020-04-02"}, {"value": "2020-04-11"})
    assert dates_compatible(None, {"value": "2020-04-11"})


def _with_target(event, *names):
    event.target = [{"text": n, "canonical": n, "label": "PER"} for n in names]
    return event


def test_a_mention_joins_the_event_with_the_most_parties_in_common():
    """"एबट और मोदी की बातचीत ... एबट ने प्रणब मुखर्जी से भेंट की ... दोनों नेताओं की बातचीत में": the last mention
    is the talks of Abbott and Modi, not the later meeting of one of them with a third."""
    merged = merge_events("x", [_ev("MEETING", ["Abbott", "Modi"], sent=7),
                                _with_target(_ev("MEETING", ["Abbott"], sent=13), "Mukherjee"),
                                _ev("MEETING", ["Modi", "Abbott"], sent=16)])
    assert [(sorted(names(m)), len(m.mentions)) for m in merged] == [
        (["Abbott", "Modi"], 2), (["Abbott", "Mukherjee"], 1)]


def test_a_talk_of_two_among_a_larger_meetings_parties_stays_apart():
    """The bilateral of two of the four ministers at a meeting, told later, is a meeting of its own."""
    merged = merge_events("x", [_ev("MEETING", ["A", "B", "C", "D"], sent=2),
                                _with_target(_ev("MEETING", ["A"], sent=4), "B")])
    assert [sorted(names(m)) for m in merged] == [["A", "B", "C", "D"], ["A", "B"]]


def test_a_headline_of_two_talks_told_one_by_one_is_two_meetings(pipe):
    # the headline names both counterparts; the report tells each talk apart: the second talk is not folded
    # into the first
    text = ("मुख्यमंत्री योगी आदित्यनाथ ने नितिन गडकरी और पीयूष गोयल से की मुलाकात\n"
            "लखनऊ। मुख्यमंत्री योगी आदित्यनाथ ने गुरुवार सुबह नितिन गडकरी से मुलाकात की। "
            "दोपहर बाद योगी आदित्यनाथ ने रेल मंत्री पीयूष गोयल से भेंट की।")
    doc = pipe(Document(doc_id="d", text=text, published="2020-09-18"))
    meetings = [names(e) for e in doc.events if e.type == "MEETING"]
    assert {"Yogi Adityanath", "Piyush Goyal"} in meetings and len(meetings) == 2


def test_an_agreement_signed_after_talks_is_of_the_talks_day_not_an_old_treaty(pipe):
    """"बातचीत के बाद दोनों देशों ने ... दस्तख़त किए": signed on the day of the talks, not the 1949 treaty of the
    same two countries told before."""
    doc = pipe(Document("d", "भारत और भूटान ने 1949 में मैत्री संधि पर हस्ताक्षर किए थे। शुक्रवार को प्रणब मुखर्जी और "
                             "भूटान नरेश जिग्मे खेसर नामग्याल वांगचुक के बीच बातचीत हुई। बातचीत के बाद दोनों देशों ने दो "
                             "समझौता ज्ञापनों पर दस्तख़त किए।", published="2013-01-26"))
    dates = sorted((e.date or {}).get("value") or "" for e in doc.events if e.type == "AGREEMENT")
    assert dates == ["1949", "2013-01-25"]


def test_a_signing_with_nobody_named_after_talks_is_between_the_talks_countries(pipe):
    """"बातचीत के बाद ... दो समझौतों पर दस्तख़त किए गए": nobody named signs; the leaders of the talks just told
    act for their countries, which the document names, and the signing is of the talks' day."""
    doc = pipe(Document("d", "भारत के प्रधानमंत्री नरेंद्र मोदी ने बुधवार को बांग्लादेश की प्रधानमंत्री शेख़ हसीना से मुलाक़ात की। "
                             "बातचीत के बाद खनन और संस्कृति से जुड़े तीन समझौतों पर दस्तख़त किए गए।", published="2013-02-08"))
    deals = [e for e in doc.events if e.type == "AGREEMENT"]
    assert [({p["canonical"] for p in e.actor + e.target}, (e.date or {}).get("value")) for e in deals] == [
        ({"India", "Bangladesh"}, "2013-02-06")]


def test_a_signing_still_ahead_with_nobody_named_is_between_the_countries_just_told(pipe):
    """"करार पर अगले महीने दस्तख़त होंगे" names no signer: it is a further signing of the two countries whose
    talks were just told, apart from what they agreed already."""
    doc = pipe(Document("d", "भारत के विदेश मंत्री सलमान ख़ुर्शीद ने मंगलवार को काबुल में अफ़ग़ानिस्तान के विदेश मंत्री ज़लमई रसूल से "
                             "बातचीत की। अधिकारियों के मुताबिक़ रेल संपर्क से जुड़े एक करार पर अगले महीने दस्तख़त होंगे।",
                        published="2013-05-08"))
    deals = [e for e in doc.events if e.type == "AGREEMENT"]
    assert [(names(e), e.status) for e in deals] == [({"India", "Afghanistan"}, "planned")]


def test_a_signing_ahead_takes_the_bodies_of_the_agreement_just_told(pipe):
    """After an agreement of two bodies, the final deal still to be signed is theirs, not their countries'."""
    doc = pipe(Document("d", "भारतीय रेल और जर्मनी की कंपनी सीमेंस ने सोमवार को एक सहमति पत्र पर दस्तख़त किए। अंतिम अनुबंध पर "
                             "दिसंबर में हस्ताक्षर किए जाएंगे।", published="2014-10-21"))
    planned = [names(e) for e in doc.events if e.type == "AGREEMENT" and e.status == "planned"]
    assert planned == [{"Indian Railways", "Siemens"}]


def test_an_agreement_that_names_no_signing_takes_no_parties(pipe):
    """"मौजूदा करार की मियाद ... ख़त्म होनी है" tells of an agreement, not a signing: nobody is made its party."""
    doc = pipe(Document("d", "भारत के प्रधानमंत्री नरेंद्र मोदी ने बुधवार को बांग्लादेश की प्रधानमंत्री शेख़ हसीना से मुलाक़ात की। "
                             "मौजूदा करार की मियाद अगले साल ख़त्म होनी है।", published="2015-06-10"))
    assert [e for e in doc.events if e.type == "AGREEMENT"] == []


def test_one_more_signing_with_nobody_named_is_between_the_countries_of_the_agreement_just_told(pipe):
    """"... एक सहमति पत्र पर भी दस्तख़त हुए" after the countries' agreement: one more agreement of theirs, of its day,
    apart from the first; "एक और करार पर भी दस्तख़त" likewise."""
    doc = pipe(Document("d", "केन्या और तंज़ानिया ने बुधवार को सीमा व्यापार से जुड़े एक समझौते पर दस्तख़त किए। कृषि शोध में "
                             "सहयोग के लिए एक सहमति पत्र पर भी दस्तख़त हुए। रेल संपर्क के एक और करार पर भी दस्तख़त किए गए।",
                        published="2013-02-08"))
    deals = [e for e in doc.events if e.type == "AGREEMENT"]
    assert [(names(e), (e.date or {}).get("value")) for e in deals] == [({"Kenya", "Tanzania"}, "2013-02-06")] * 3


def test_one_more_agreement_told_without_a_signing_takes_no_parties(pipe):
    """"सरकारी स्तर के करारों पर भी असर दिखा" and "एक अन्य करार के मुताबिक़" tell of agreements, not of one more
    signed: only the countries' own agreement is an event."""
    doc = pipe(Document("d", "केन्या और तंज़ानिया ने बुधवार को सीमा व्यापार से जुड़े एक समझौते पर दस्तख़त किए। तनाव का असर "
                             "सरकारी स्तर के करारों पर भी दिखा है। एक अन्य करार के मुताबिक़ दोनों देश साझा गश्त करेंगे।",
                        published="2013-02-08"))
    assert len([e for e in doc.events if e.type == "AGREEMENT"]) == 1


def test_a_meeting_on_that_earlier_trip_is_of_the_trips_date(pipe):
    """"उस दौरे में ... मनमोहन सिंह यांगून में सू ची के घर जाकर उनसे मिले थे" after the dated trip: a meeting of that
    trip, apart from this week's meeting of the same two."""
    doc = pipe(Document("d", "आंग सान सू ची ने बुधवार को प्रधानमंत्री मनमोहन सिंह से मुलाक़ात की। मनमोहन सिंह पिछले साल मई में "
                             "म्यांमार गए थे। उस दौरे में मनमोहन सिंह यांगून में सू ची के घर जाकर उनसे मिले थे।",
                        published="2012-11-15"))
    dates = sorted((e.date or {}).get("value") or "" for e in doc.events if e.type == "MEETING")
    assert dates == ["2011-05", "2012-11-14"]


def test_a_signing_after_talks_linked_by_jiske_baad_takes_the_countries_of_office_holders(pipe):
    """"... की बातचीत हुई, जिसके बाद ... आठ सहमति-पत्रों पर दस्तख़त किए गए": signed after the talks of the sentence
    by the countries of its two presidents, one named by post alone (his country from the knowledge base), and
    the memoranda are found spelt with a hyphen as well."""
    doc = pipe(Document("d", "बुधवार सुबह तुर्कमेनिस्तान के राष्ट्रपति के साथ ईरान के राष्ट्रपति हसन रूहानी की औपचारिक बातचीत "
                             "हुई, जिसके बाद ऊर्जा और सीमा शुल्क से जुड़े आठ सहमति-पत्रों पर दस्तख़त किए गए।",
                        published="2014-12-04"))
    deals = [e for e in doc.events if e.type == "AGREEMENT"]
    assert [(names(e), (e.date or {}).get("value")) for e in deals] == [({"Iran", "Turkmenistan"}, "2014-12-03")]


def test_a_signing_before_both_leaders_is_between_the_countries_of_their_talks(pipe):
    """"दोनों प्रधानमंत्रियों की मौजूदगी में ... समझौतों पर दस्तख़त किए गए": the leaders of the talks just told."""
    doc = pipe(Document("d", "भारत के प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को जापान के प्रधानमंत्री शिंजो आबे से बातचीत की। "
                             "इसके बाद दोनों प्रधानमंत्रियों की मौजूदगी में रेल और ऊर्जा से जुड़े छह समझौतों पर दस्तख़त किए गए।",
                        published="2014-09-03"))
    deals = [e for e in doc.events if e.type == "AGREEMENT"]
    assert [names(e) for e in deals] == [{"India", "Japan"}]


def test_an_undated_meeting_after_a_visit_takes_the_day_of_the_travellers_latest_dated_event(pipe):
    """"रविवार को बीजिंग पहुंचीं ... सोमवार को ... वार्ता ... बाद में वे शी जिनपिंग से मिलीं": later than Monday's talks,
    not on the day she landed."""
    doc = pipe(Document("d", "जर्मनी की चांसलर अंगेला मर्केल रविवार को बीजिंग पहुंचीं। सोमवार को उन्होंने चीन के प्रधानमंत्री ली "
                             "केक्यांग के साथ वार्ता की। बाद में वे राष्ट्रपति शी जिनपिंग से मिलीं।", published="2014-07-08"))
    dates = {frozenset(names(e)): (e.date or {}).get("value") for e in doc.events if e.type == "MEETING"}
    assert dates.get(frozenset({"Angela Merkel", "Xi Jinping"})) == "2014-07-07"


def test_an_agreement_told_as_before_that_with_a_date_stays_apart_from_an_undated_one(pipe):
    """"उससे पहले दिसंबर 2010 में दोनों देशों ने ... समझौते पर दस्तख़त किए थे" (the distal form of "इससे पहले") is an
    earlier agreement, not the one signed after this week's talks."""
    doc = pipe(Document("d", "इसराइल के प्रधानमंत्री बिन्यामिन नेतन्याहू ने साइप्रस के राष्ट्रपति दिमित्रिस ख्रिस्टोफ़ियास से बातचीत "
                             "की। बातचीत के बाद समुद्र में खोज और बचाव से जुड़े एक समझौते पर दस्तख़त किए गए। उससे पहले दिसंबर "
                             "2010 में इसराइल और साइप्रस ने अपनी समुद्री सीमा तय करने वाले एक समझौते पर दस्तख़त किए थे।",
                        published="2012-02-17"))
    deals = [e for e in doc.events if e.type == "AGREEMENT"]
    assert len(deals) == 2 and "2010-12" in {(e.date or {}).get("value") for e in deals}


def test_an_agreement_drafted_with_nobody_named_is_still_ahead_between_the_parties_just_told(pipe):
    """"करार का मसौदा तैयार है": a draft is an agreement still to be signed (planned, though told in the present),
    between the countries of the talks just told."""
    doc = pipe(Document("d", "भारत के विदेश मंत्री सलमान ख़ुर्शीद ने सेशेल्स के राष्ट्रपति जेम्स मिशेल से बातचीत की। अधिकारियों "
                             "का कहना है कि समुद्री निगरानी पर एक करार का मसौदा तैयार है।", published="2013-05-10"))
    deals = [e for e in doc.events if e.type == "AGREEMENT"]
    assert [(names(e), e.status) for e in deals] == [({"India", "Seychelles"}, "planned")]


def test_a_draft_signed_is_a_signing_that_took_place(pipe):
    """"शांति समझौते के मसौदे पर दस्तख़त किए": the draft is what was signed, not an agreement still ahead."""
    doc = pipe(Document("d", "फ़िलीपींस सरकार और मोरो इस्लामिक लिबरेशन फ़्रंट ने शांति समझौते के मसौदे पर दस्तख़त किए।",
                        published="2012-10-16"))
    assert [e.status for e in doc.events if e.type == "AGREEMENT"] == ["occurred"]


def test_talks_called_off_and_a_call_held_instead_stay_apart(pipe):
    # the meeting set for Saturday was called off; the two talked on the phone that day: two events
    text = ("जापान के विदेश मंत्री फ़ुमियो किशिदा रविवार को तेहरान पहुंचे। ईरान के विदेश मंत्री मोहम्मद जवाद ज़रीफ़ के जिनेवा में "
            "होने की वजह से शनिवार को तय उनकी और किशिदा की मुलाक़ात रद्द कर दी गई। किशिदा और ज़रीफ़ ने शनिवार को फ़ोन पर बात की।")
    doc = pipe(Document(doc_id="d", text=text, published="2013-11-10"))
    meetings = sorted(e.status for e in doc.events if e.type == "MEETING")
    assert meetings == ["cancelled", "occurred"]


def test_talks_held_and_talks_set_after_the_publication_day_stay_apart(pipe):
    # The same two ministers met, and will meet again next month: the meeting ahead cannot be the one held.
    text = ("विदेश मंत्री एस जयशंकर ने चीनी विदेश मंत्री वांग यी से मुलाकात की और सीमा विवाद पर चर्चा की। "
            "जयशंकर और वांग यी अगले महीने दिल्ली में फिर मिलेंगे।")
    doc = pipe(Document(doc_id="d", text=text, published="2020-09-14"))
    meetings = sorted((e.status, (e.date or {}).get("value")) for e in doc.events if e.type == "MEETING")
    assert meetings == [("occurred", None), ("planned", "2020-10")]


def test_meeting_announced_for_the_publication_day_and_reported_held_is_one(pipe):
    # A story updated on the day: announced for Monday, then reported as held.
    text = ("जयशंकर सोमवार को वांग यी से मिलेंगे। "
            "विदेश मंत्री एस जयशंकर ने चीनी विदेश मंत्री वांग यी से मुलाकात की और सीमा विवाद पर चर्चा की।")
    doc = pipe(Document(doc_id="d", text=text, published="2020-09-14"))
    meetings = [e for e in doc.events if e.type == "MEETING"]
    assert len(meetings) == 1 and meetings[0].status == "occurred"


def test_an_agreement_of_years_before_stays_apart_from_an_undated_one_of_the_same_two(pipe):
    """"दोनों देशों ने 2010 में ... समझौते पर दस्तख़त किए थे": history, not the agreement the story tells undated, though
    between the same two countries and without "इससे पहले" (event_merge._years_before)."""
    text = ("चेक गणराज्य के प्रधानमंत्री बोहुस्लाव सोबोत्का के दौरे में भारत और चेक गणराज्य के बीच रक्षा उद्योग में सहयोग के "
            "एक समझौते पर दस्तख़त हुए। भारत और चेक गणराज्य ने 2010 में सामाजिक सुरक्षा समझौते पर दस्तख़त किए थे।")
    deals = [e for e in pipe(Document("d", text, published="2014-11-20")).events if e.type == "AGREEMENT"]
    assert len(deals) == 2 and "2010" in {(e.date or {}).get("value") for e in deals}
    # a date of this year is no history: told again undated, it is the same agreement
    text = text.replace("2010 में", "इसी महीने")
    deals = [e for e in pipe(Document("d", text, published="2014-11-20")).events if e.type == "AGREEMENT"]
    assert len(deals) == 1


def test_a_meeting_told_as_after_a_meeting_is_another_one(pipe):
    """"बैठक के बाद ... से भी मुलाक़ात की": told as after (or before) a meeting, a meeting of its own, though it shares
    a party with that one (roles.toml ended, sequence; EventExtractor._beside_another)."""
    doc = pipe(Document("d", "भारत और चीन के बीच सोमवार को सीमा के सवाल पर बातचीत हुई। बैठक के बाद चीनी महानिदेशक ने "
                             "विदेश सचिव रंजन मथाई से भी शिष्टाचार मुलाक़ात की।", published="2012-03-06"))
    meetings = [names(e) for e in doc.events if e.type == "MEETING"]
    assert len(meetings) == 2 and any("Ranjan Mathai" in m for m in meetings), meetings
    # the later talk is the clause's event though a second verb follows it after "और" ("चर्चा की और ... मांगी": the
    # light verb is no genitive of "और")
    doc = pipe(Document("d", "मुख्यमंत्री शिवराज सिंह चौहान ने सोमवार को समीक्षा बैठक की। बैठक के बाद मुख्यमंत्री ने केंद्रीय "
                             "कृषि मंत्री नरेंद्र सिंह तोमर से फोन पर चर्चा की और अनुमति मांगी।", published="2020-05-27"))
    meetings = [(names(e), e.trigger) for e in doc.events if e.type == "MEETING"]
    assert len(meetings) == 2 and any("Narendra Singh Tomar" in m and t.startswith("चर्चा") for m, t in meetings), meetings


@pytest.mark.parametrize("arrival, day", [("सोमवार को", "2012-12-24"), ("सोमवार देर रात", "2012-12-25"),
                                          ("सोमवार रात", "2012-12-25")])
def test_talks_after_an_arrival_at_night_are_of_the_next_day(pipe, arrival, day):
    # an undated meeting of the traveller told just after a dated arrival is of its day, or the next after a night
    text = f"रूसी राष्ट्रपति व्लादिमीर पुतिन {arrival} दिल्ली पहुंचे। मनमोहन सिंह के साथ उनकी शिखर बैठक हुई।"
    doc = pipe(Document(doc_id="d", text=text, published="2012-12-25"))
    (meeting,) = [e for e in doc.events if e.type == "MEETING"]
    assert meeting.date["value"] == day and meeting.attrs["date_from"] == "visit"
