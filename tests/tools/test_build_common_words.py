"""The shipped common-word list (configs/ner/lexicon/common_words.txt) and its builder."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.hindi.ner_features import read_word_list

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "configs" / "ner" / "lexicon" / "common_words.txt"


def test_the_shipped_list_holds_ordinary_words_and_no_local_names():
    words = set(read_word_list(SHIPPED))
    assert len(words) > 5000
    assert {"सभी", "ग्रामीण", "विभिन्न", "मरीज", "इलाके"} <= words
    assert not {"स्योहरा", "जाजमऊ", "सतवारी", "वेनलॉक"} & words


def test_the_builder_regenerates_the_shipped_list(tmp_path):
    pytest.importorskip("wordfreq", reason="wordfreq (the `tools` extra) builds the list")
    out = tmp_path / "common_words.txt"
    subprocess.run([sys.executable, "-m", "pipeline.tools.build_common_words", "--out", str(out)],
                   cwd=REPO, capture_output=True, text=True, check=True)
    assert out.read_text(encoding="utf-8") == SHIPPED.read_text(encoding="utf-8")


ORDINARY = REPO / "configs" / "ner" / "lexicon" / "hindi_words.txt"


def test_the_ordinary_word_list_holds_kinds_of_institution_but_not_their_names():
    words = set(read_word_list(ORDINARY))
    assert set(read_word_list(SHIPPED)) <= words
    assert {"निजी", "शेयर", "गंतव्य", "बुकिंग"} <= words  # "निजी अस्पताल", "गंतव्य स्टेशन"
    assert not {"कलिंगा", "नाडर", "लोकबंधु", "हीथ्रो"} & words  # "कलिंगा स्टेडियम", "शिव नाडर यूनिवर्सिटी"


def test_the_builder_regenerates_the_ordinary_word_list(tmp_path):
    pytest.importorskip("wordfreq", reason="wordfreq (the `tools` extra) builds the list")
    out = tmp_path / "hindi_words.txt"
    subprocess.run([sys.executable, "-m", "pipeline.tools.build_common_words", "--min-zipf", "3.0", "--out", str(out)],
                   cwd=REPO, capture_output=True, text=True, check=True)
    assert out.read_text(encoding="utf-8") == ORDINARY.read_text(encoding="utf-8")
