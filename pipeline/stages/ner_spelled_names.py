"""Names of two words or more that the knowledge base lists under another spelling.

Hindi writers spell foreign names by ear: "पीपल्स लिबरेशन आर्मी" / "पीपुल्स लिबरेशन आर्मी", "तमीम बिन हमद
अल-थानी" / "तमीम बिन हमद अल थानी", "तेल अवीव" / "तेल अवीब". The gazetteer matches an alias as written (up to
nukta and i/u length); this stage matches the words no stage tagged by their consonants alone
(`skeleton`: vowel signs, vowel letters inside a word, nasals, virama and nukta dropped, a doubled consonant
once, retroflex stops as dental; a vowel ending a word kept up to its length), for aliases of two words or more whose skeleton holds at least ``min_letters`` letters, and
only when that skeleton belongs to one entity of the tables. One word is not enough: a word's
consonants alone name too many things (ner_spelling keeps the vowels for one-word places).
A person's name the model or the agents rule read short ("योहाना" of "योहाना सिगुरदार्दोतिर") gives way to
the whole name so matched. Entities found here have source "spelled_name" and the canonical and label of the
listed entity.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.gazetteer import GENERATED_ALIASES
from ..hindi.normalise import fold
from ._covered import by_sentence, covering
from ._lexicons import setting_words
from .ner_spelling import _DENTAL, _LETTERS as _WORD

_SIGNS = re.compile("[\u093a-\u094f\u0962\u0963\u0900-\u0903\u0951-\u0957]")  # vowel signs, nasals, virama, nukta
_INNER_VOWEL = re.compile("(?<=.)[\u0905-\u0914](?=.)")  # a vowel letter inside a word (केइदानरेन), not ending it (कोरियाई)
_FINAL_VOWEL = {"\u093e": "\u093e", "\u0949": "\u093e", "\u093f": "\u093f", "\u0940": "\u093f", "\u0941": "\u0941",
                "\u0942": "\u0941", "\u0947": "\u0947", "\u0948": "\u0947", "\u094b": "\u094b", "\u094c": "\u094b"}
_HYPHENS = ("-", "\u2010", "\u2011")
_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")


# Aspirates written for plain stops and back in foreign names: "ली खचियांग" is "ली कचियांग" (Li Keqiang), "थेन सेन"
# is "तेन सेन"; फ stays (F is no P).
_UNASPIRATED = str.maketrans("खघछझथधभ", "कगचजतदब")
# A doubled consonant written single and back: "मोहम्मद" / "मोहमद", "सिगुर्दारदोत्तिर" / "सिगुरदार्दोतिर".
_DOUBLED = re.compile("([\u0915-\u0939])\u094d\\1")  # a consonant, virama, the same consonant


@lru_cache(maxsize=1 << 16)
def skeleton_word(word: str, single: bool = True) -> str:
    """The word's consonants; with `single`, a doubled consonant counts once."""
    folded = fold(word)
    # a vowel sign ending the word stays, up to length: "मिनिस्ट्री" (ministry) is no "मिनिस्टर" (minister)
    end = _FINAL_VOWEL.get(folded[-1], "") if folded else ""
    bare = _DOUBLED.sub(r"\1", folded) if single else folded
    return _INNER_VOWEL.sub("", _SIGNS.sub("", bare)).translate(_DENTAL).translate(_UNASPIRATED) + end


def skeleton(name: str) -> tuple[str, ...]:
    """The consonant skeleton of a name, word by word (hyphens split words: अल-थानी is अल थानी)."""
    return tuple(skeleton_word(w) for w in _SPLIT.split(name) if w)


def _names_by_skeleton(folder: str, min_letters: int) -> dict:
    """skeleton -> (canonical, label, the folded words of its aliases), None when two entities share it; kept in
    the index cache (pipeline/hindi/index_cache.py): reading every table costs a run ~0.3 s."""
    from ..hindi import index_cache

    code = ("stages/ner_spelled_names.py", "hindi/normalise.py", "hindi/gazetteer.py")
    return index_cache.cached(f"spelled-names-{min_letters}", Path(folder), code, lambda: _build(folder, min_letters))


def _build(folder: str, min_letters: int) -> dict[tuple[str, ...], tuple[str, str, tuple[tuple[str, ...], ...]] | None]:
    import csv

    out: dict[tuple[str, ...], tuple[str, str, tuple[str, ...]] | None] = {}
    for path in sorted(Path(folder).glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            if not {"canonical", "label", "aliases"} <= set(reader.fieldnames or []):
                continue
            for row in reader:
                canonical, label = (row.get("canonical") or "").strip(), (row.get("label") or "").strip()
                if not canonical or label not in ("PER", "ORG", "LOC"):
                    continue
                # not the generated "<leader> सरकार": one name word is too little to match by consonants
                for alias in (a for col in ("aliases", GENERATED_ALIASES) for a in (row.get(col) or "").split("|")):
                    key = skeleton(alias.strip())
                    if len(key) < 2 or sum(len(w) for w in key) < min_letters or not all(_WORD.match(w) for w in key):
                        continue
                    words = tuple(fold(w) for w in _SPLIT.split(alias.strip()) if w)
                    known = out.get(key, (canonical, label, ()))
                    # every alias of the entity with this skeleton: "रियो डी जेनेरो" and "रियो डि जेनेरो"
                    out[key] = (canonical, label, tuple(dict.fromkeys(known[2] + (words,)))) \
                        if known is not None and known[:2] == (canonical, label) else None
    return out


class SpelledNames:
    def __init__(self, names: dict, common: frozenset[str], hindi: frozenset[str] = frozenset()):
        self.names = names
        self.common = common  # the commonest Hindi words (folded): a word spelled otherwise than the alias is none
        self.hindi = hindi  # Hindi words (folded): their doubled consonants count (स्वायत्त is no सोवियत)
        # first word of a key -> the lengths of the keys opening with it, longest first
        lengths: dict[str, set[int]] = {}
        for k in names:
            lengths.setdefault(k[0], set()).add(len(k))
        self.lengths = {w: sorted(n, reverse=True) for w, n in lengths.items()}

    def __call__(self, doc):
        self._link_model_names(doc)
        by_sent = by_sentence(doc.entities)
        for sent in doc.sentences:
            tokens = doc.tokens[sent.tok_start:sent.tok_end]
            covered = None  # which tokens other entities hold: worked out at the sentence's first match only
            # the words of the sentence, hyphens skipped: (token index, skeleton)
            words = [(k, skeleton_word(t.text)) for k, t in enumerate(tokens) if t.text not in _HYPHENS]
            taken: set[int] = set()
            for n in range(len(words)):
                for length in self.lengths.get(words[n][1], ()):
                    window = words[n:n + length]
                    if len(window) < length:
                        continue
                    entry = self.names.get(tuple(w for _, w in window))
                    if not entry:
                        continue
                    first, last = window[0][0], window[-1][0]
                    if covered is None:
                        covered = covering(tokens, by_sent.get(sent.sent_id, []))
                    start, end = tokens[first].start, tokens[last].end
                    inside = self._name_parts(covered, first, last, start, end, entry[1], entry[0])
                    if inside is None or any(k in taken or not _WORD.match(tokens[k].text)
                                             for k in range(first, last + 1) if tokens[k].text not in _HYPHENS):
                        continue
                    if any(self._spelled_like([fold(tokens[k].text) for k, _ in window], a, entry[1]) for a in entry[2]):
                        canonical, label = entry[:2]
                        if inside:  # (their tokens are taken below, so no later window looks at them; and
                            # any other reading of the same words goes too: the model's "बूतफ़्लीका" place)
                            doc.entities[:] = [e for e in doc.entities if not any(e is p for p in inside)
                                               and not (start <= e.start and e.end <= end)]
                        doc.entities.append(Entity(start, end, doc.norm_text[start:end], label, sent.sent_id,
                                                   canonical=canonical, source="spelled_name", score=None))
                        taken.update(range(first, last + 1))
                        break
        return doc

    # Stages whose names may be read short: the model and the agents rule cut foreign names ("योहाना
    # [सिगुरदार्दोतिर]"); a listed name spelled otherwise that covers them whole is the name.
    _PARTIAL_SOURCES = ("model", "agents", "first_names")

    def _name_parts(self, covered, first: int, last: int, start: int, end: int, label: str,
                    canonical: str = "") -> list | None:
        """The entities inside the window that a match may replace ([] when no stage tagged its words), or None
        when a word is another stage's or an entity reaches out of the window. A listed short name of the same
        entity gives way too: "[रियो] डी जनेरो" is Rio de Janeiro, listed as "रियो" and "रियो डी जेनेरो"."""
        inside = []
        for k in range(first, last + 1):
            e = covered[k]
            if e is None or any(e is p for p in inside):
                continue
            if e.start < start or e.end > end or e.label != label or not (
                    (label == "PER" and e.source in self._PARTIAL_SOURCES) or (canonical and e.canonical == canonical)):
                return None
            inside.append(e)
        if inside and sum(e.end - e.start for e in inside) >= end - start:
            return None
        return inside

    def _link_model_names(self, doc) -> None:
        """A name the model or the agents rule found and no table lists as written, spelled like one listed
        entity of its label, is that entity ("शेरिंग तोबगे" is Tshering Tobgay, listed as "शेरिंग टोबगे"; "ली
        खचियांग ने" is Li Keqiang): the linker keeps the canonical it is given."""
        for e in doc.entities:
            if e.source not in ("model", "agents") or e.canonical or e.label not in ("PER", "ORG", "LOC"):
                continue
            words = [w for w in _SPLIT.split(e.text) if w]
            entry = self.names.get(tuple(skeleton_word(w) for w in words)) if len(words) >= 2 else None
            if entry is None or entry[1] != e.label:
                continue
            folded = [fold(w) for w in words]
            if all(folded != list(a) for a in entry[2]) and any(self._spelled_like(folded, a, entry[1]) for a in entry[2]):
                e.canonical = entry[0]

    _PLURAL = fold("ों")

    def _spelled_like(self, words: list[str], alias_words: tuple[str, ...], label: str = "") -> bool:
        """The folded words are the alias's, each word spelled otherwise than the alias's none of the commonest
        Hindi words ("मरने वालों" is not Moreno Valley, "राज्य सरकार" not "राजॉय सरकार"; "पीपल्स" for "पीपुल्स" may differ).
        No organisation in the plural of its singular alias: "दोनों देशों के विदेश मंत्रालयों" are two countries'
        ministries, not India's (blind articles 6 such, none right; a plural of islands is a place: "कुरील द्वीपों")."""
        if label == "ORG" and words and words[-1].endswith(self._PLURAL) and not alias_words[-1].endswith(self._PLURAL):
            return False
        return len(words) == len(alias_words) and all(
            w == a or (w not in self.common and (w not in self.hindi or skeleton_word(w, False) == skeleton_word(a, False)))
            for w, a in zip(words, alias_words))


@stage("ner_spelled_names", requires=("tokens", "entities"), provides=("entities",),
       settings={"gazetteers": "gazetteers", "min_letters": 5, "common_words": "ner/lexicon/common_words.txt",
                 "hindi_words": "ner/lexicon/hindi_words.txt"})
def make_ner_spelled_names(settings: dict, context):
    """A name of two words or more spelled like one listed entity, up to its vowels, is that entity."""
    folder = str(Path(context.resolve(settings.get("gazetteers", "gazetteers"))).resolve())
    # min_letters: the fewest consonants and vowel letters an alias's skeleton needs ("तल अवव" has 5)
    # common_words: the commonest Hindi words; a word spelled otherwise than the alias must be none of them
    common = setting_words(context, settings, "common_words", "ner/lexicon/common_words.txt")
    # hindi_words: Hindi words (wordfreq); one of them spelled otherwise than the alias keeps its doubled consonants
    hindi = setting_words(context, settings, "hindi_words", "ner/lexicon/hindi_words.txt")
    return SpelledNames(_names_by_skeleton(folder, int(settings.get("min_letters", 5))), common, hindi)
