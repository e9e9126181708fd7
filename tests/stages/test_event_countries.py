"""Who did what to whom by country (pipeline/stages/event_countries.py, configs/events/cameo.toml),
on a real run of the CLI over Hindi articles written to disk, loaded with pipeline.load; the
country-pair count (pipeline.country_pairs), its documented pandas line, and report.html's table."""
from __future__ import annotations

import json

import pandas as pd
import pytest

import pipeline
from pipeline.core.document import Event
from pipeline.hindi.events import CONFIG_DIR
from pipeline.report import write_report
from pipeline.stages.event_countries import codes_for, gazetteer_countries, load_codes
from tests.conftest import cli

ARTICLES = {
    "march.txt": "प्रकाशित: 2025-03-20\n\nभारत और रूस के बीच 5 मार्च को रक्षा समझौता हुआ। "
                 "भारत ने 12 मार्च को ईरान के साथ व्यापार पर वार्ता की। इजराइल ने गाजा में युद्धविराम की घोषणा की।\n",
    "april.txt": "प्रकाशित: 2025-04-02\n\nरूस और भारत के बीच 1 अप्रैल को बैठक हुई। "
                 "चीन ने पाकिस्तान के साथ समझौते पर हस्ताक्षर किए। व्लादिमीर पुतिन इस साल जापान नहीं जाएंगे।\n",
    # People's countries from the text: a nationality adjective or "<country> के" before their office.
    "people.txt": "प्रकाशित: 2025-04-10\n\n7 अप्रैल को विदेश मंत्री एस. जयशंकर ने रूसी उप विदेश मंत्री आंद्रे रुडेंको "
                  "के साथ बैठक की। नरेंद्र मोदी ने 8 अप्रैल को युगांडा के राष्ट्रपति योवेरी मुसेवेनी से फोन पर बात की।\n",
}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    result = cli("run", str(corpus), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def events(run_dir):
    return pipeline.load(run_dir).events


def test_gazetteer_countries_and_governments_have_codes():
    codes = gazetteer_countries()
    assert codes["India"] == "IND" and codes["Russia"] == "RUS" and codes["United States"] == "USA"
    assert codes["Government of Russia"] == "RUS" and codes["Government of France"] == "FRA"
    # the knowledge base's people and bodies: office holders, agencies, international bodies
    assert codes["Manmohan Singh"] == "IND" and codes["TASS"] == "RUS" and codes["United Nations"] == "INT"


def test_every_office_holder_has_the_country_of_their_office():
    # configs/events/office_holders.tsv gave these codes before the knowledge base carried them
    import csv

    codes = gazetteer_countries()
    with (CONFIG_DIR / "office_holders.tsv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            assert codes[row["person"]] == codes[row["country"]], row


def test_every_event_is_coded(events):
    assert len(events) >= 5
    assert events.cameo.notna().all() and events.plover.notna().all()
    for col in ("actor_country", "target_country", "cameo", "plover"):
        assert events[col].dtype == "string"


def test_countries_and_codes(events):
    def one(trigger):
        rows = events[events.trigger == trigger]
        assert len(rows) == 1, events[["trigger", "actor", "target"]]
        return rows.iloc[0]

    deal = one("समझौता")
    assert {deal.actor_country, deal.target_country} == {"IND", "RUS"} and (deal.cameo, deal.plover) == ("057", "AGREE")
    talks = one("वार्ता")
    assert (talks.actor_country, talks.target_country, talks.cameo) == ("IND", "IRN", "046")
    ceasefire = one("युद्धविराम")
    assert ceasefire.actor_country == "ISR" and (ceasefire.cameo, ceasefire.plover) == ("0871", "RETREAT")
    visit = one("जाएंगे")
    assert visit.status == "cancelled" and visit.target_country == "JPN" and (visit.cameo, visit.plover) == ("125", "REJECT")


def test_people_countries_from_office_holders_and_text(events):
    meeting = events[(events.doc_id == "people") & (events.trigger == "बैठक")].iloc[0]
    # Jaishankar: a holder of an Indian office (office_holders.tsv); Rudenko: "रूसी उप विदेश मंत्री"
    assert (meeting.actor_country, meeting.target_country) == ("IND", "RUS")
    call = events[(events.doc_id == "people") & (events.trigger != "बैठक")].iloc[0]
    assert call.target_country == "UGA", call  # "युगांडा के राष्ट्रपति योवेरी मुसेवेनी"


def test_participants_carry_country(run_dir):
    lines = [json.loads(line) for line in (run_dir / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    parts = [p for e in lines for p in e["actor"] + e["target"]]
    assert parts and all("country" in p for p in parts)
    assert {"text": "भारत", "canonical": "India", "label": "LOC", "country": "IND"} in parts
    header = (run_dir / "events.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"actor_country", "target_country", "cameo", "plover"} <= set(header)


def test_country_pairs_per_month(events):
    pairs = pipeline.country_pairs(events, freq="M")
    ind_rus = pairs[(pairs.country_a == "IND") & (pairs.country_b == "RUS")]
    assert dict(zip(ind_rus.period.astype(str), ind_rus.events)) == {"2025-03": 1, "2025-04": 2}
    # The one pandas line in pipeline/loader.py country_pairs' docstring counts the same.
    line = events[events.actor_country.isin(["IND", "RUS"]) & events.target_country.isin(["IND", "RUS"])
                  & (events.actor_country != events.target_country)
                  ].groupby(events.date.fillna(events.published).dt.to_period("M")).size()
    assert {str(k): v for k, v in line.items()} == {"2025-03": 1, "2025-04": 2}
    assert set(zip(pairs.country_a, pairs.country_b)) >= {("IND", "IRN"), ("CHN", "PAK"), ("IND", "RUS"), ("IND", "UGA")}
    directed = pipeline.country_pairs(events, freq=None, both_ways=False)
    assert set(zip(directed.country_a, directed.country_b)) >= {("IND", "RUS"), ("RUS", "IND")}


def test_report_has_country_pair_table(run_dir, tmp_path):
    html = write_report(run_dir, tmp_path / "report.html").read_text(encoding="utf-8")
    section = html.split('<section id="country-pairs">')[1].split("</section>")[0]
    assert "IND – RUS" in section and "CHN – PAK" in section
    row = next(r for r in section.split("<tr>") if "IND – RUS" in r)
    assert '<td class="n">3</td>' in row  # one agreement and two meetings


def test_trigger_codes_only_for_events_that_happened():
    codes = load_codes(str(CONFIG_DIR / "cameo.toml"))
    call = Event(type="MEETING", trigger="फोन कॉल", status="occurred")
    assert codes_for(call, codes) == ("041", "CONSULT")
    call.status = "planned"
    assert codes_for(call, codes) == ("036", "CONSULT")
    assert codes["VISIT", "host"] == "043"


def test_empty_run_has_no_pairs():
    frame = pd.DataFrame({c: pd.Series(dtype="string") for c in ("actor_country", "target_country")})
    frame["type"] = pd.Series(dtype="object")
    frame["date"] = pd.Series(dtype="datetime64[ns]")
    frame["published"] = pd.Series(dtype="datetime64[ns]")
    assert pipeline.country_pairs(frame).empty
