"""CoNLL reading, tag mapping, broken-tag handling and dedupe, on small files written here."""
from pathlib import Path

import pytest

from pipeline.training import conll


def _write(path: Path, sents: list[list[tuple[str, str]]]) -> Path:
    path.write_text("".join("".join(f"{t}\t{g}\n" for t, g in s) + "\n" for s in sents), encoding="utf-8")
    return path


S1 = [("नरेंद्र", "B-NEP"), ("मोदी", "I-NEP"), ("ने", "O"), ("भारत", "B-NEL"), ("में", "O"),
      ("5", "B-NEN"), ("मई", "B-NETI"), ("को", "O"), ("भाजपा", "B-NEO"), ("।", "O")]
S_BROKEN = [("रांगेय", "-"), ("राघव", "-NEP"), ("ने", "O"), ("लिखा", "O")]
S2 = [("दिल्ली", "B-NEL"), ("में", "O"), ("बारिश", "O")]


def test_il_ner_mapping(tmp_path):
    p = _write(tmp_path / "a.txt", [S1])
    (s,) = conll.load(p, "il-ner")
    assert s.tags == ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-DATE", "O", "B-ORG", "O"]
    assert conll.spans(s.tags) == [(0, 2, "PER"), (3, 4, "LOC"), (6, 7, "DATE"), (8, 9, "ORG")]


def test_hiner_mapping():
    tags = ["B-PERSON", "I-PERSON", "B-LOCATION", "B-ORGANIZATION", "I-ORGANIZATION",
            "B-TIMEX", "B-NUMEX", "B-MISC", "B-FESTIVAL", "O"]
    assert conll.map_tags(tags, "hiner") == ["B-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG",
                                             "B-DATE", "O", "O", "O", "O"]


def test_invalid_bio_repaired():
    # I- after O, and I- of another type, start a new entity
    assert conll.map_tags(["O", "I-NEP", "I-NEL", "I-NEL"], "il-ner") == ["O", "B-PER", "B-LOC", "I-LOC"]
    # I- of a type mapped to O (NEN) does not leave a dangling I-
    assert conll.map_tags(["B-NEN", "I-NEN", "I-NETI"], "il-ner") == ["O", "O", "B-DATE"]


def test_broken_sentences_dropped(tmp_path):
    p = _write(tmp_path / "b.txt", [S1, S_BROKEN, S2])
    raw = conll.read_conll(p)
    assert [s.broken for s in raw] == [False, True, False]
    kept = conll.load(p, "il-ner")
    assert [s.tokens[0] for s in kept] == ["नरेंद्र", "दिल्ली"]
    assert len(conll.load(p, "il-ner", drop_broken=False)) == 3


def test_dedupe_against_train(tmp_path):
    train = conll.load(_write(tmp_path / "train.txt", [S1, S2]), "il-ner")
    # same sentence with a zero-width joiner and different tags still counts as a duplicate
    s2_zw = [("दिल्ली\u200d", "O"), ("में", "O"), ("बारिश", "O")]
    other = [("मुंबई", "B-NEL"), ("में", "O"), ("धूप", "O")]
    test = conll.load(_write(tmp_path / "test.txt", [s2_zw, other]), "il-ner")
    kept, removed = conll.dedupe_against(test, train)
    assert removed == 1
    assert [s.tokens[0] for s in kept] == ["मुंबई"]


def test_normalisation_drops_zero_width_and_empty_tokens(tmp_path):
    p = _write(tmp_path / "c.txt", [[("भारत\u200c", "B-NEL"), ("\u200d", "O"), ("में", "O")]])
    (s,) = conll.load(p, "il-ner", normalise=conll.token_normaliser())
    assert s.tokens == ["भारत", "में"]
    assert s.tags == ["B-LOC", "O"]


def test_blank_line_handling(tmp_path):
    p = tmp_path / "d.txt"
    p.write_text("\n\nक\tO\nख\tB-NEL\n\n\n\nग\tO\n", encoding="utf-8")  # no final blank line
    sents = conll.read_conll(p)
    assert [s.tokens for s in sents] == [["क", "ख"], ["ग"]]


@pytest.mark.skipif(conll.find_shared() is None or not (conll.find_shared() / "data" / "il-ner" / "hi-test.txt").exists(),
                    reason="../shared/data/il-ner not present")
def test_real_il_ner_counts():
    data = conll.find_shared() / "data" / "il-ner"
    raw = conll.read_conll(data / "hi-test.txt")
    assert len(raw) == 1388
    assert sum(s.broken for s in raw) == 15  # documented in ../shared/data/README.md
    test = conll.load(data / "hi-test.txt", "il-ner")
    train = conll.load(data / "hi-train.txt", "il-ner")
    kept, removed = conll.dedupe_against(test, train)
    assert 200 <= removed <= 240


def test_shared_folder_is_found_from_a_clone_or_the_working_directory(tmp_path, monkeypatch):
    # /work/main/../shared, and /work/wt/NAME/../../shared for a clone: any parent's shared/ with data/
    monkeypatch.delenv(conll.SHARED_ENV, raising=False)
    (tmp_path / "work" / "shared" / "data").mkdir(parents=True)
    clone = tmp_path / "work" / "wt" / "clone"
    monkeypatch.setattr(conll, "__file__", str(clone / "pipeline" / "training" / "conll.py"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert conll.find_shared(cwd=elsewhere) == tmp_path / "work" / "shared"  # from the repository
    monkeypatch.setattr(conll, "__file__", str(elsewhere / "repo" / "pipeline" / "training" / "conll.py"))
    assert conll.find_shared(cwd=clone) == tmp_path / "work" / "shared"  # from the working directory
    monkeypatch.setenv(conll.SHARED_ENV, str(tmp_path / "mine"))
    assert conll.shared_dir() == tmp_path / "mine"  # the variable wins


def test_no_shared_folder_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.delenv(conll.SHARED_ENV, raising=False)
    monkeypatch.setattr(conll, "__file__", str(tmp_path / "repo" / "pipeline" / "training" / "conll.py"))
    lonely = tmp_path / "nowhere"
    lonely.mkdir()
    if any((p / "shared" / "data").is_dir() or (p / "shared" / "eval").is_dir() for p in (lonely, *lonely.parents)):
        pytest.skip("a shared/ folder sits above the temp dir")
    assert conll.find_shared(cwd=lonely) is None
    with pytest.raises(conll.SharedDataNotFound, match="pass the data path|HINDI_EVENTS_SHARED"):
        conll.shared_dir(cwd=lonely)
