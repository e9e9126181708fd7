"""Text normalisation that keeps a map back to the original offsets.

The text is cut into clusters (a base character and the combining marks after
it); each cluster is normalised on its own (Unicode NFC, then the Indic NLP
Library's Devanagari normaliser, zero-width joiners dropped, curly quotes
straightened, vowels typed as two signs joined: "कोराेना" is "कोरोना"). Every output character therefore knows the original cluster it
came from. Normalising cluster by cluster also means the library's rewrite of
``:`` after a Devanagari letter into visarga never fires (``पुतिन ने कहा:`` keeps
its colon): a colon is always a cluster of its own.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain

import numpy as np
from indicnlp.normalize.indic_normalize import DevanagariNormalizer

# A base character followed by combining marks (Devanagari signs and general
# diacritics). Zero-width (non-)joiners are their own clusters so they drop out cleanly.
_MARKS = "[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0300-\u036f]"
_CLUSTER = re.compile(rf"(?s).{_MARKS}*")
# A run of whole clusters: one cluster, then each following one whose base is no white space
# (" राष्ट्रपति"). Words repeat, so runs are normalised once and cached (see _normalise_run).
_RUN = re.compile(rf"(?s).{_MARKS}*(?:\S{_MARKS}*)*")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
                         "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'"})
_NORMALIZER = DevanagariNormalizer("hi", remove_nuktas=False)
# Vowels typed as two signs, as text converted from legacy fonts has them: "कोराेना", "आैर",
# "अाज" (ा+े is ो, आ+ै is औ, अ+ा is आ). Longest first.
_SPLIT_VOWELS = (("\u0905\u093e\u0947", "\u0913"), ("\u0905\u093e\u0948", "\u0914"),
                 ("\u0906\u0947", "\u0913"), ("\u0906\u0948", "\u0914"), ("\u0905\u093e", "\u0906"),
                 ("\u0905\u094b", "\u0913"), ("\u0905\u094c", "\u0914"), ("\u0905\u0947", "\u090f"),
                 ("\u0905\u0948", "\u0910"), ("\u093e\u0947", "\u094b"), ("\u093e\u0948", "\u094c"))
NUKTA = "\u093c"


@dataclass(slots=True)
class Normalised:
    text: str
    orig_starts: array  # for each character of text, where its cluster starts in the original
    orig_ends: array  # ... and where it ends


@lru_cache(maxsize=65536)
def normalise_cluster(cluster: str) -> str:
    out = unicodedata.normalize("NFC", cluster)
    out = _NORMALIZER.normalize(out)
    out = out.replace("\u200c", "").replace("\u200d", "").translate(_QUOTES)
    for split, whole in _SPLIT_VOWELS:
        out = out.replace(split, whole)
    if cluster == "|":  # a lone pipe is a table separator in web text as often as a danda
        return "|"
    return out


def normalise_text(text: str) -> Normalised:
    # Runs cover the text end to end, so each starts where the ones before it end; the offsets of
    # all runs are added in one numpy pass rather than character by character (half the time).
    runs = _RUN.findall(text)
    if not runs:
        return Normalised("", array("i"), array("i"))
    outs, run_starts, run_ends = zip(*map(_normalise_run, runs))
    at = np.repeat(np.fromiter(accumulate(map(len, runs), initial=0), np.int64, len(runs) + 1)[:-1],
                   np.fromiter(map(len, outs), np.int64, len(outs)))
    starts, ends = array("i"), array("i")
    starts.frombytes((np.fromiter(chain.from_iterable(run_starts), np.int64, len(at)) + at).astype(np.int32).tobytes())
    ends.frombytes((np.fromiter(chain.from_iterable(run_ends), np.int64, len(at)) + at).astype(np.int32).tobytes())
    return Normalised("".join(outs), starts, ends)


@lru_cache(maxsize=65536)
def _normalise_run(run: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """A run of clusters normalised cluster by cluster, with offsets relative to the run."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _CLUSTER.finditer(run):
        out = normalise_cluster(m.group())
        if out:
            pieces.append(out)
            n = len(out)
            starts.extend([m.start()] * n)
            ends.extend([m.end()] * n)
    return "".join(pieces), tuple(starts), tuple(ends)


# A nasal consonant with virama before a stop of its own class is written as often with an
# anusvara: हिन्दी / हिंदी, अम्बानी / अंबानी, सम्बन्ध / संबंध.
_HALF_NASAL = re.compile("ङ\u094d(?=[कखगघ])|ञ\u094d(?=[चछजझ])|ण\u094d(?=[टठडढ])|न\u094d(?=[तथदध])|म\u094d(?=[पफबभ])")
ANUSVARA, CANDRABINDU = "\u0902", "\u0901"
# Foreign names transliterated into Devanagari are spelt with either length of i and u:
# इसराइल / इसराईल, मुस्लिम / मुसलीम; with ै or े (गेविन / गैविन न्यूसम, मेरीकॉम / मैरीकॉम) and with
# ॉ or ा (माइक्रोसॉफ्ट / माइक्रोसाफ्ट, बॉर्डर / बार्डर). Only for the tables configs/gazetteers/tables.toml
# lists under loose_vowels (see loose(); measured in pipeline/training/RESULTS.md, 2026-12-04).
_LONG_VOWELS = str.maketrans({"\u093f": "\u0940", "\u0941": "\u0942", "\u0907": "\u0908", "\u0909": "\u090a"})
_LOOSE = str.maketrans({"\u093f": "\u0940", "\u0941": "\u0942", "\u0907": "\u0908", "\u0909": "\u090a",
                        "\u0948": "\u0947", "\u0910": "\u090f", "\u0949": "\u093e", "\u0911": "\u0906"})
# र्द्ध is written र्ध as often: हर्षवर्द्धन / हर्षवर्धन, वर्द्धमान / वर्धमान.
_RDDH = re.compile("\u0930\u094d\u0926\u094d\u0927")


@lru_cache(maxsize=1 << 17)  # called for every token by several stages; words repeat
def fold(text: str) -> str:
    """The key every name lookup matches on (gazetteers, linker, event lexicons): no nukta, no
    zero-width joiners, candrabindu as anusvara (पहुँचे = पहुंचे), a nasal with virama before a
    stop of its class as anusvara (हिन्दी = हिंदी), single spaces, Latin lower-cased. Never shown
    to users."""
    text = fold_nukta(text).replace(CANDRABINDU, ANUSVARA)
    return _HALF_NASAL.sub(ANUSVARA, text) if "\u094d" in text else text


@lru_cache(maxsize=1 << 17)
def fold_nukta(text: str) -> str:
    """The key before the nasal foldings: no nukta, no zero-width joiners, single spaces, Latin
    lower-cased. The NER model's lexicon features are keyed on it (their tables are saved with
    the model, so the key cannot change without retraining)."""
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text or "")).replace(NUKTA, "")
    text = unicodedata.normalize("NFC", text).replace("\u200c", "").replace("\u200d", "")
    return " ".join(text.split()).lower()


@lru_cache(maxsize=1 << 16)
def loose(folded: str) -> str:
    """A folded key with short and long i and u as one (ज/ज़ are one already), ै as े, ॉ as ा
    and र्द्ध as र्ध: the key of names whose vowels Hindi writers guess."""
    out = folded.translate(_LOOSE)
    return _RDDH.sub("\u0930\u094d\u0927", out) if "\u0926\u094d\u0927" in out else out


@lru_cache(maxsize=1 << 16)
def vowel_length(folded: str) -> str:
    """A folded key with short and long i and u as one, and nothing more: the key
    pipeline/tools/build_places.py leaves GeoNames aliases out by (the generated tables were
    built with it before loose() also joined ै/े and ॉ/ा)."""
    return folded.translate(_LONG_VOWELS)
