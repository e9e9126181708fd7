"""Entities from the trained spaCy NER model shipped in pipeline/models/ner-hi.

The model runs on the pipeline's own tokens (one spaCy Doc a sentence), so its
spans line up with every other stage. Titles and case markers at the edges of a
predicted span are trimmed (configs/ner.toml).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..core.blas import one_blas_thread
from ..core.document import Entity
from ..core.registry import stage
from ..hindi.normalise import fold
from ..hindi.phrases import Phrases
from ._lexicons import read_demonyms

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner-hi"
LABELS = {"PER", "ORG", "LOC", "DATE"}
# Names do not glue digits to Devanagari letters ("वि30", "दि94" are chart labels and
# page furniture in scraped text); a span with such a token, or with no letter at all, is noise.
_GLUED_DIGITS = re.compile(r"[\u0900-\u0963]\d|\d[\u0900-\u0963]")


def _table_tail(sdoc, i: int, j: int) -> bool:
    """The span's last token is punctuation, a number after punctuation, or a number of four
    or more digits: table cells or a phone number run on after a name ("रांची - 83 - 02 - 10",
    "रांची /", "मोहित 9760063331"). "सेक्टर 62" keeps its number."""
    last = sdoc[j - 1].text.strip()
    if not any(c.isalnum() for c in last):
        return True
    return last.isdigit() and (len(last) >= 4 or (j - 2 >= i and not any(c.isalnum() for c in sdoc[j - 2].text)))


def _hyphen_end(sdoc, j: int, starts: set[int]) -> int:
    """A person's name goes on over a hyphen glued to both words ("किम योंग-चोल", "अल-तुहामी",
    "वॉलर-ब्रिज"), unless the word after it starts another name ("मोदी-ओबामा" is a pair)."""
    while (j + 1 < len(sdoc) and sdoc[j].text == "-" and not sdoc[j - 1].whitespace_ and not sdoc[j].whitespace_
           and j + 1 not in starts and any("\u0900" <= c <= "\u097f" for c in sdoc[j + 1].text)
           and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in sdoc[j + 1].text)):
        j += 2
    return j


def load_model(path: Path, blas: str = "numpy"):
    """The spaCy model at `path`, multiplying with `blas` (see pipeline/core/blas.py)."""
    import spacy

    from ..core.blas import use_blas

    from ..hindi import ner_features  # noqa: F401  registers the model's lexicon layer (also an entry point)

    if not (Path(path) / "meta.json").exists():
        raise FileNotFoundError(
            f"no spaCy model at {path}. Train one with `hindi-events train-ner --data ../shared/data "
            f"--out {path}`, or remove 'ner_model' from the config's stages.")
    return use_blas(spacy.load(path), blas)


class ModelTagger:
    def __init__(self, nlp, edge_words: set[str], keep_dates: bool, batch_size: int = 64,
                 not_names: frozenset[str] = frozenset(), org_heads: frozenset[str] = frozenset(),
                 person_edge_words: frozenset[str] = frozenset(), person_first_words: frozenset[str] = frozenset(),
                 institutions: Phrases = Phrases(), time_openers: frozenset[str] = frozenset(),
                 time_units: frozenset[str] = frozenset(), groups_after_nationality: frozenset[str] = frozenset()):
        from spacy.tokens import Doc

        self.nlp, self.Doc = nlp, Doc
        self.edge_words = edge_words
        self.person_edge_words = person_edge_words  # never a person's first or last word ("साल सुधीर", "कन्हैया पिछले")
        # never a person's first word, though it may be a last one: nationality adjectives ("[सऊदी] युवराज सलमान"
        # is the crown prince; "अरुणा ईरानी" is a name)
        self.person_first_words = person_first_words
        self.not_names = not_names
        self.groups_after_nationality = groups_after_nationality  # "[भारतीय दल]" names no body (ner.toml)
        self.org_heads = org_heads
        self.institutions = institutions
        self.keep_dates = keep_dates
        self.time_openers, self.time_units = time_openers, time_units  # "चार दिन", "इस महीने" end a name before them
        self.batch_size = batch_size

    def __call__(self, doc):
        sents = [s for s in doc.sentences if s.tok_end > s.tok_start]
        sdocs = []
        for s in sents:
            toks = doc.tokens[s.tok_start:s.tok_end]
            spaces = [toks[i].end < toks[i + 1].start for i in range(len(toks) - 1)] + [False]
            sdocs.append(self.Doc(self.nlp.vocab, words=[t.text for t in toks], spaces=spaces))
        with one_blas_thread():
            for _, proc in self.nlp.pipeline:
                sdocs = proc.pipe(sdocs, batch_size=self.batch_size)
            sdocs = list(sdocs)
        text = doc.norm_text
        for s, sdoc in zip(sents, sdocs):
            starts = {e.start for e in sdoc.ents}
            for ent in sdoc.ents:
                if ent.label_ not in LABELS or (ent.label_ == "DATE" and not self.keep_dates):
                    continue
                for i, j in self._pieces(sdoc, ent.start, ent.end, ent.label_):
                    if ent.label_ == "PER":
                        j = _hyphen_end(sdoc, j, starts)
                    a, b = doc.tokens[s.tok_start + i], doc.tokens[s.tok_start + j - 1]
                    label = ent.label_
                    if label in ("LOC", "PER") and self._institution([fold(sdoc[k].text) for k in range(i, j)]):
                        label = "ORG"  # "गंगा राम अस्पताल", "कोरेगांव पार्क पुलिस थाने", "सुषमा हॉस्पिटल"
                    doc.entities.append(Entity(a.start, b.end, text[a.start:b.end], label, s.sent_id,
                                               source="model", score=None))
        return doc

    def _pieces(self, sdoc, start: int, end: int, label: str = ""):
        """A predicted span cut at brackets ("नेशनल इंस्टिट्यूट (एनआईवी)" is a name and its
        acronym), each piece trimmed of titles and case markers at its edges. A piece made only
        of common nouns (configs/ner.toml not_names, model_not_names: "विभाग", "दुनियाभर", "क्वारंटाइन सेंटर")
        or of a nationality and a group ("भारतीय दल": model_groups_after_nationality) is dropped."""
        cut = [start] + [k for k in range(start, end) if sdoc[k].text in "()[]"] + [end]
        edge = self.edge_words | self.person_edge_words if label == "PER" else self.edge_words
        for lo, hi in zip(cut, cut[1:]):
            i, j = lo, self._before_time(sdoc, lo, hi)
            while i < j and (fold(sdoc[i].text) in edge or sdoc[i].text in "()[]"
                             or (label == "PER" and fold(sdoc[i].text) in self.person_first_words)):
                i += 1
            while j > i and (fold(sdoc[j - 1].text) in edge or sdoc[j - 1].text in "()[]"
                             or _table_tail(sdoc, i, j)):
                j -= 1
            words = [sdoc[k].text for k in range(i, j)]
            if label == "ORG" and self._runs_on(words):
                j -= 1  # "जॉन हॉपकिंस यूनिवर्सिटी टैली", "दिल्ली पुलिस अधिनियम"
                words = words[:-1]
            if (i < j and any(c.isalpha() for w in words for c in w) and not any(_GLUED_DIGITS.search(w) for w in words)
                    and not all(fold(w) in self.not_names for w in words) and not self._nationals(words)):
                yield i, j

    def _nationals(self, words: list[str]) -> bool:
        """A nationality and a group of people or kind of body: "भारतीय दल", "अमरीकी सैनिकों", "ब्रितानी कंपनी"."""
        return (len(words) > 1 and fold(words[0]) in self.person_first_words
                and all(fold(w) in self.groups_after_nationality for w in words[1:]))

    def _before_time(self, sdoc, i: int, j: int) -> int:
        """Where the span ends: before a number or determiner that opens a span of time ("हार्पर [चार दिन]")."""
        for k in range(i + 1, j):
            if fold(sdoc[k].text) in self.time_openers and k + 1 < len(sdoc) and fold(sdoc[k + 1].text) in self.time_units:
                return k
        return j

    def _institution(self, words: list[str]) -> bool:
        """The span is a name followed by an institution word (ner.toml place_org_heads: अस्पताल,
        मेडिकल कॉलेज, पुलिस थाने): a hospital or police station is an organisation, not a place."""
        return self.institutions.ends_name(words)

    def _runs_on(self, words: list[str]) -> bool:
        """An organisation name ends in its head word: one more word after the head is not part
        of it (configs/ner/lexicon/org_heads.txt), unless that word is a head itself."""
        if len(words) < 3 or not self.org_heads:
            return False
        last, head = fold(words[-1]), fold(words[-2])
        return head in self.org_heads and last not in self.org_heads


def org_head_words(context, settings: dict, rules: dict) -> frozenset[str]:
    """Head words of organisation names: the NER lexicon's list plus the institution and place
    words of ner.toml (एयरपोर्ट ends "रामदास इंटरनेशनल एयरपोर्ट")."""
    from ..hindi.ner_features import read_word_list

    words = read_word_list(Path(context.resolve(settings.get("org_heads", "ner/lexicon/org_heads.txt"))))
    words += [phrase.split()[-1] for phrase in rules.get("place_org_heads", []) + rules.get("named_after_heads", [])]
    return frozenset(fold(w) for w in words)


@stage("ner_model", requires=("tokens",), provides=("entities",),
       settings={"model": None, "rules": "ner.toml", "blas": "numpy", "org_heads": "ner/lexicon/org_heads.txt",
                 "demonyms": "gazetteers/demonyms.tsv", "keep_dates": False})
def make_ner_model(settings: dict, context):
    """The trained Hindi NER model (PER, ORG, LOC, DATE) on the pipeline's tokens."""
    path = Path(settings["model"]) if settings.get("model") else MODEL_DIR
    if not path.is_absolute() and settings.get("model"):
        path = context.resolve(path)
    rules = context.read_toml(settings.get("rules", "ner.toml"))
    # titles, roles written before a name ("छात्रा मलाला यूसुफ़ज़ई"), time words ("[हूती] पिछले") and motion verbs
    # ("[जम्मू] जाएंगे") are never a span's edge
    edge = {fold(w) for w in rules.get("titles", []) + rules.get("person_roles", []) + rules.get("case_markers", [])
            + rules.get("time_edge_words", []) + rules.get("verb_edge_words", [])}
    return ModelTagger(load_model(path, settings.get("blas", "numpy")), edge,
                       keep_dates=bool(settings.get("keep_dates", False)),
                       not_names=frozenset(fold(w) for w in rules.get("not_names", []) + rules.get("model_not_names", [])),
                       groups_after_nationality=frozenset(fold(w) for w in rules.get("model_groups_after_nationality", [])),
                       person_edge_words=frozenset(fold(w) for w in rules.get("list_stop_words", [])
                                                   + rules.get("person_edge_words", [])),
                       person_first_words=read_demonyms(
                           Path(context.resolve(settings.get("demonyms", "gazetteers/demonyms.tsv")))),
                       org_heads=org_head_words(context, settings, rules),
                       institutions=Phrases(tuple(fold(w) for w in phrase.split())
                                            for phrase in rules.get("place_org_heads", [])),
                       time_openers=frozenset(fold(w) for w in rules.get("time_span_openers", [])),
                       time_units=frozenset(fold(w) for w in rules.get("time_span_units", [])))
