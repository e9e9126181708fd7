"""One canonical name per entity per document, after combining gazetteer and model spans.

Combination rule: a gazetteer match is kept as it is (it carries a known
canonical name); a model span is dropped where it overlaps a gazetteer match,
unless it is longer and has the same label (the model saw a fuller name, e.g.
"अलेक्जेंडर फोमिन" around a gazetteer "फोमिन"); for people the gazetteer is
consulted first (see combine: a fuller variant keeps the known canonical, words
run on after a known name are cut off, a first name tagged alone joins the known
surname next to it; a longer model ORG/LOC named after a listed person stands, and so does a longer
model ORG ending in an institution word around a listed place, "रांची सदर
अस्पताल"; a longer model span that adds only generic words keeps the listed
canonical; a model place or person that runs a word of a person the document names in full into a listed place,
"[गिलार्ड क्राइस्टचर्च] जाएंगी", is that person and the place).
Then: a person's name followed by a place or institution word is dropped
(नेहरू कॉलोनी), initials before a model person join the name (ए के सिंह), and a
name and its bracketed acronym are one entity. Linking: a span whose text is a
gazetteer alias gets that canonical name; a shorter name contained in a longer
one of the same label in the same document (पुतिन in व्लादिमीर पुतिन) shares its
canonical; otherwise the canonical is the fullest form seen.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_left, bisect_right

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.acronyms import read_letter_names, spells_letters
from ..hindi.gazetteer import same_name
from ..hindi.normalise import fold
from ..hindi.phrases import Phrases
from ._lexicons import setting_words
from .ner_gazetteer import load_gazetteer

NAMED = ("PER", "ORG", "LOC")


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _names_a_place(person, text: str, heads: frozenset) -> bool:
    """The words right after a person's name are a place or institution word (ner.toml
    named_after_heads): "इंदिरा गांधी रीजनल इंस्टीट्यूट", "नेहरू कॉलोनी", "कृष्ण स्वामी मंदिर"."""
    words = [fold(w) for w in text[person.end:person.end + 40].split()[:3]]
    if words and words[0] == "जी":  # "गुरु राम दास जी इंटरनेशनल एयरपोर्ट"
        words = words[1:]
    # the oblique plural of a head too: "राम मनोहर लोहिया अस्पतालों में"
    words = [w[:-2] if w.endswith("ों") and w[:-2] in heads else w for w in words[:2]]
    return bool(words) and (words[0] in heads or " ".join(words) in heads)


def _only_generic_beyond(e, g, text: str, generic_words: frozenset) -> bool:
    """The words of span e outside the match g are all generic ("विभाग" in "एनडीआरएफ विभाग")."""
    extra = (text[e.start:g.start] + " " + text[g.end:e.end]).split()
    return bool(extra) and all(fold(w) in generic_words for w in extra)


def combine(entities, gazetteer=None, text: str | None = None, named_after: frozenset = frozenset(),
            generic_words: frozenset = frozenset(), institutions: Phrases = Phrases()):
    """Gazetteer and model spans into one list (see the module docstring).

    With the gazetteer (and the text, for adjacency), model PER spans are checked
    against the gazetteer's people, because the model often tags a name only in
    part, or runs on past it:
    - a model PER span that holds a gazetteer PER match and spells a fuller or
      variant form of that person's aliases is that person: "डोनल्ड ट्रंप" around
      "ट्रंप" keeps Donald Trump (before, the fuller span lost the canonical);
    - a model PER span that adds words after a person's full name or surname is
      cut back to the gazetteer match: "नरेंद्र मोदी सरकार", "येदियुरप्पा कल";
    - a model PER span holding two different gazetteer people is two people;
    - a model PER span right next to a gazetteer PER match (nothing between
      them) joins it when together they spell that person's alias: "व्लादिमीर"
      tagged alone before a gazetteer "पुतिन" gives one span, Vladimir Putin.
    A model span that adds a different given name to a surname alias ("राज कुमार
    गोयल" around "गोयल") stays a different person, as before.
    """
    gaz = [e for e in entities if e.source == "gazetteer" and e.label in NAMED]
    others = [e for e in entities if e.label not in NAMED]
    kept = list(gaz)
    # The gazetteer matches by start, to look only at those near a model span (not all of them for each).
    by_start = sorted(range(len(gaz)), key=lambda k: gaz[k].start)
    starts = [gaz[k].start for k in by_start]
    longest = max((g.end - g.start for g in gaz), default=0)
    name_words = {w for e in gaz if e.label == "PER" and len(e.text.split()) > 1 for w in e.text.split()}
    for e in entities:
        if e.source == "gazetteer" or e.label not in NAMED:
            continue
        near = by_start[bisect_right(starts, e.start - longest):bisect_left(starts, e.end)]
        clash = [gaz[k] for k in sorted(near) if _overlaps(e, gaz[k])]  # in the order of gaz
        if named_after and text is not None and e.label in ("ORG", "LOC"):
            # a listed person inside a longer model place or institution named after them
            for g in [g for g in clash if g.label == "PER" and e.start <= g.start and g.end < e.end
                      and _names_a_place(g, text, named_after)]:
                clash.remove(g)
                if g in kept:
                    kept.remove(g)
        if institutions and e.label == "ORG" and institutions.ends_name(fold(e.text).split()):
            # places inside a longer model institution name: "रांची सदर अस्पताल", "सर गंगा राम अस्पताल"
            for g in [g for g in clash if g.label == "LOC" and e.start <= g.start and g.end <= e.end
                      and (g.end - g.start) < (e.end - e.start)]:
                clash.remove(g)
                if g in kept:
                    kept.remove(g)
        if gazetteer is not None and e.label == "PER" and clash:
            if text is not None and all(g.label != "PER" for g in clash):
                # a name run on into a listed place or body ("[क्लिंटन केप] टाउन जाएंगी"): the words before it are
                # the person when its words are of a listed person the document names in full
                head = _head_before(e, clash, text)
                if head is not None and all(w in name_words for w in head.text.split()):
                    kept.append(head)
                continue
            _combine_person(e, clash, kept, gazetteer)
            continue
        if (text is not None and e.label == "LOC" and clash and all(g.label == "LOC" for g in clash)
                and max(g.end for g in clash) == e.end):
            # a listed person's word run on into a listed place ("शनिवार को [गिलार्ड क्राइस्टचर्च] जाएंगी"): the
            # place stands, and the words before it are the person the document names in full
            head = _head_before(e, clash, text)
            if head is not None and all(w in name_words for w in head.text.split()):
                kept.append(dataclasses.replace(head, label="PER", canonical=None))
                continue
        if all(g.label == e.label and e.start <= g.start and g.end <= e.end and (e.end - e.start) > (g.end - g.start)
               for g in clash):
            for g in clash:
                kept.remove(g)
            kept.append(e)
            if len(clash) == 1 and text is not None and generic_words and _only_generic_beyond(e, clash[0], text,
                                                                                               generic_words):
                e.canonical, e.wikidata = clash[0].canonical, clash[0].wikidata  # "एनडीआरएफ विभाग" is NDRF
    if gazetteer is not None and text is not None:
        kept = _join_adjacent_people(kept, gazetteer, text)
    # Identical spans found twice (two model passes, say) are one entity.
    unique = {}
    for e in kept:
        unique.setdefault((e.start, e.end, e.label), e)
    return sorted(list(unique.values()) + others, key=lambda e: (e.start, e.end))


def _head_before(e, clash, text: str):
    """The whole words of model span e before the first gazetteer match it runs into, as a span of its own, when
    the match starts inside e; else None."""
    first = min(g.start for g in clash)
    if not e.start < first < e.end:
        return None
    head = text[e.start:first].rstrip()
    if not head or not all(c.isalpha() or c.isspace() or unicodedata.category(c) in ("Mn", "Mc") for c in head):
        return None
    return dataclasses.replace(e, end=e.start + len(head), text=head)


def _combine_person(e, clash, kept, gazetteer) -> None:
    """Settle a model PER span e that overlaps gazetteer matches (clash)."""
    inside = [g for g in clash if g.label == "PER" and e.start <= g.start and g.end <= e.end]
    if len(inside) != len(clash) or (e.end - e.start) <= max(g.end - g.start for g in inside):
        return  # overlaps another label, or is no longer than the match: the gazetteer stands
    if len({g.canonical for g in inside}) > 1:
        return  # two known people run together ("मोदी डोनाल्ड ट्रंप")
    g = inside[0]
    if same_name(e.text, gazetteer, g.canonical):
        e.canonical, e.wikidata = g.canonical, g.wikidata
    elif g.start == e.start and not _is_given_name(g.text, gazetteer, g.canonical):
        return  # words after a full name or surname are not part of it
    for x in inside:
        kept.remove(x)
    kept.append(e)


def _is_given_name(text: str, gazetteer, canonical: str) -> bool:
    """The alias is only the first part of a longer alias of the same person (अखिलेश of अखिलेश
    यादव): a word after it may be another surname, i.e. another person."""
    key = tuple(fold(text).split())
    return any(len(k) > len(key) and k[:len(key)] == key for k in gazetteer.aliases_of(canonical))


def _join_adjacent_people(kept, gazetteer, text: str):
    spans = sorted(kept, key=lambda x: (x.start, x.end))
    out = []
    i = 0
    while i < len(spans):
        a = spans[i]
        b = spans[i + 1] if i + 1 < len(spans) else None
        if (b is not None and a.label == b.label == "PER" and {a.source, b.source} == {"model", "gazetteer"}
                and a.end <= b.start and not text[a.end:b.start].strip()):
            known = a if a.source == "gazetteer" else b
            joined = text[a.start:b.end]
            if same_name(joined, gazetteer, known.canonical):
                out.append(Entity(a.start, b.end, joined, "PER", a.sent_id, canonical=known.canonical,
                                  source="model", score=a.score, wikidata=known.wikidata))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _places_named_for_people(entities, countries: frozenset = frozenset()) -> None:
    """A one-word place that is the last word of a person the document names in full is that person:
    "विदेश मंत्री एसएम कृष्णा ... कृष्णा गुरुवार को जाफ़ना जाएंगे" (Krishna is also a river), "कमल हासन ...
    हासन" (not the town). A known person (canonical from the tables) with a name of two or more words; or
    a person no table has, found after a post or before "ने" ("राष्ट्रपति अरमांडो गेबुज़ा ... गेबुज़ा और
    ध्लाकामा"), for a place the model read or one no country; not a body: "आनंद महिंद्रा ... महिंद्रा" is
    often the company."""
    people: dict[str, tuple[str, str | None, bool]] = {}  # last word -> (canonical, wikidata, listed)
    for e in entities:
        words = fold(e.text).split()
        if e.label == "PER" and len(words) > 1 and (
                (e.canonical and e.source == "gazetteer") or e.source in ("agents", "titles")):
            people.setdefault(words[-1], (e.canonical or e.text, e.wikidata, e.source == "gazetteer"))
    if not people:
        return
    for e in entities:
        found = people.get(fold(e.text)) if e.label == "LOC" and " " not in e.text.strip() else None
        if found is not None and (found[2] or e.source == "model" or e.canonical not in countries):
            e.label = "PER"
            e.canonical, e.wikidata = found[0], found[1]


def _surnames_of_others(people) -> None:
    """A listed one-word alias (a surname: "बनर्जी" for Mamata Banerjee) in a document that names
    someone else with that surname ("अभिजीत बनर्जी") and never the listed person in full is that
    other person: its canonical is cleared, and the linker's contained-in rule links it. So is a listed
    alias of several words that opens another listed person's name there."""
    longer: dict[str, set[str]] = {}  # last word -> canonicals (or texts) of the longer names
    for e in people:
        words = fold(e.text).split()
        if len(words) > 1:
            longer.setdefault(words[-1], set()).add(e.canonical or fold(e.text))
    full = [(fold(e.text).split(), e.canonical) for e in people if e.canonical]
    for e in people:
        if e.source != "gazetteer":
            continue
        if " " in e.text.strip():
            # A listed name of several words that opens another listed person's fuller name in the document
            # ("शाह अब्दुल्लाह" of "शाह अब्दुल्लाह द्वितीय", Jordan's, not Saudi Arabia's) is that person's short form
            words = fold(e.text).split()
            if any(c != e.canonical and len(w) > len(words) and w[:len(words)] == words for w, c in full) \
                    and not any(c == e.canonical and len(w) > len(words) for w, c in full):
                e.canonical = e.wikidata = None
                e.attrs["unlisted"] = True
            continue
        others = longer.get(fold(e.text))
        if others and e.canonical not in others:
            e.canonical = e.wikidata = None
            e.attrs["unlisted"] = True  # not looked up in the gazetteer again


def _short_names_follow(entities, text: str) -> None:
    """A one-word short form found after a person's full name (ner_short_names: attrs "short_of", its
    span) takes the canonical of the person found there in the end: "कंधालवी" after "मौलाना साद
    कंधालवी" is Muhammad Saad Kandhlawi even when the gazetteer's span was "मौलाना साद"."""
    people = [e for e in entities if e.label == "PER" and "short_of" not in e.attrs]
    for e in entities:
        span = e.attrs.pop("short_of", None)
        if span is None:
            continue
        full = next((p for p in people if p.start < span[1] and span[0] < p.end and p.canonical), None)
        # (not a word left out before the person found: "कटरीना" of "कटरीना सलमान ख़ान" is not Salman Khan)
        if full is not None and fold(e.text) not in fold(text[span[0]:full.start]).split():
            e.canonical, e.wikidata = full.canonical, full.wikidata


def _link_bracketed(entities, text: str, letters: list[str]) -> None:
    """A name and its acronym in brackets right after it are one entity: "नेशनल
    इंस्टिट्यूट ऑफ वायरोलॉजी (एनआईवी)", "एनआईवी (नेशनल ...)". The one the gazetteer knows
    lends its canonical to the other; if neither is known, the longer text is the canonical.
    Only acronyms (letter names, or Latin capitals): "बुडापेस्ट (हंगरी)" is a city and its country."""
    named = sorted((e for e in entities if e.label in NAMED), key=lambda e: e.start)
    for a, b in zip(named, named[1:]):
        if a.label != b.label or text[a.end:b.start].strip() != "(" or not text[b.end:b.end + 2].lstrip().startswith(")"):
            continue
        short = min((a, b), key=lambda e: len(e.text))
        if " " in short.text or not (short.text.isupper() or spells_letters(fold(short.text), letters) >= 2):
            continue
        known = [e for e in (a, b) if e.source == "gazetteer" and e.canonical and e.canonical != e.text]
        if len({e.canonical for e in known}) > 1:
            continue
        if known:
            a.canonical = b.canonical = known[0].canonical
            a.wikidata = b.wikidata = known[0].wikidata
        elif not a.canonical and not b.canonical:
            a.canonical = b.canonical = max((a, b), key=lambda e: len(e.text)).text


class Initials:
    """Initials written as letter names before a person's name join the name: "ए के सिंह",
    "डीआर काले", "एस. सुरेश कुमार" (A. K. Singh, D. R. Kale, S. Suresh Kumar). A run of
    tokens that each spell one to three letters (configs/ner/lexicon/letter_names.txt),
    dots allowed between, that does not start with a case marker ("राज्य के सिंह": के is
    the genitive there) and holds no title ("एसपी राकेश सिंह": SP is the post)."""

    def __init__(self, letters: list[str], titles: set[str], case_markers: set[str]):
        self.letters, self.titles, self.case_markers = letters, titles, case_markers

    def _initial(self, word: str) -> bool:
        # "एच.सी" (H.C.) is one token: each piece between dots is an initial
        pieces = [p for p in word.split(".") if p]
        return (word not in self.titles and bool(pieces)
                and all(1 <= spells_letters(p, self.letters) <= 3 for p in pieces))

    def __call__(self, doc) -> None:
        if not self.letters:
            return
        tokens = doc.tokens
        starts = [t.start for t in tokens]
        taken = sorted((e.start, e.end) for e in doc.entities)
        for e in doc.entities:
            if e.label != "PER" or e.source == "gazetteer":  # aliases are listed as written
                continue
            k = bisect_left(starts, e.start)
            if k == len(tokens) or starts[k] != e.start:
                continue
            run = []
            j = k - 1
            while j >= 0 and (tokens[j].text == "." or self._initial(fold(tokens[j].text))):
                run.insert(0, j)
                j -= 1
            while run and (tokens[run[0]].text == "." or fold(tokens[run[0]].text) in self.case_markers):
                run.pop(0)
            if not run:
                continue
            start = tokens[run[0]].start
            i = bisect_left(taken, (start, -1))
            if i < len(taken) and taken[i][0] < e.start:  # another entity in the way
                continue
            if i > 0 and taken[i - 1][1] > start:
                continue
            e.text = doc.norm_text[start:e.end]
            e.start = start  # a known person (canonical set) stays that person


class EntityLinker:
    def __init__(self, gazetteer, initials: Initials | None = None, named_after: frozenset = frozenset(),
                 generic_words: frozenset = frozenset(), place_qualifiers: frozenset = frozenset(),
                 institutions: Phrases = Phrases(), direction_adjectives: frozenset = frozenset(),
                 number_words: frozenset = frozenset(), place_nouns: frozenset = frozenset(),
                 org_trailers: Phrases = Phrases(), home_only: dict | None = None,
                 name_titles: frozenset = frozenset(), surnames: frozenset = frozenset(),
                 given_names: frozenset = frozenset()):
        self.gaz = gazetteer
        self.surnames = surnames  # "[भुवनेश्वर] कुमार", "प्रताप [जेना]": a town's name as a person's name word
        self.given_names = given_names
        self.name_titles = name_titles  # "अमीर शेख़ तमीम बिन हमद अल-थानी": titles the model keeps in a name
        home_only = home_only or {}
        self.home_country = home_only.get("country")
        # the words listed, and every generic alias of the home country (generic.tsv: "नौसेना", "चुनाव आयोग",
        # "विदेश मंत्रालय" unqualified are India's): in a story set abroad they are the story's country's
        home = {name for name, entry in gazetteer.by_canonical.items()
                if name in gazetteer.countries and entry.country == self.home_country} if self.home_country else set()
        self.home_words = frozenset(fold(w) for w in home_only.get("words", [])) | frozenset(
            " ".join(k) for k, g in gazetteer.generic.items() if g.home in home)
        self.org_trailers = org_trailers
        self.place_nouns = place_nouns
        self.number_words = number_words
        self.institutions = institutions
        self.direction_adjectives = direction_adjectives
        self.place_qualifiers = place_qualifiers
        self.initials = initials
        self.named_after = named_after
        self.generic_words = generic_words

    def _towns_in_names(self, entities, text: str):
        """A listed town (a GeoNames place: not a country, state or region) that is one word of a model person of
        two or three words, as a given name before a surname ("[भुवनेश्वर] कुमार", "[सूरत] पाल", "[मेहर] सिंह
        चौहान") or as a surname after a given name ("प्रताप [जेना]", "श्रीकांत कुमार [जेना]") and not before a place noun
        ("अंजू [सतना] जिले"), is a word of that name: the town match is dropped and the model person stands. Raw
        corpora: 10 firings, 7 right (wrong: a team, "पुणे वारियर", a club run into its player and a constituency
        after a name); blind articles: 20 more people found, 18 false places fewer. A person run on into a place
        ("मौर्य [बस्ती]", "[मैनपुरी] डिपो") keeps the place."""
        towns = [e for e in entities if e.source == "gazetteer" and e.label == "LOC" and " " not in e.text
                 and e.geonames_id is not None and e.canonical not in self.gaz.countries]
        if not towns:
            return entities
        listed = [e for e in entities if e.source == "gazetteer" and e.label == "PER"]
        drop = set()
        for e in entities:
            words = e.text.split()
            if e.source != "model" or e.label != "PER" or not 2 <= len(words) <= 3:
                continue
            inside = [t for t in towns if e.start <= t.start and t.end <= e.end]
            if len(inside) != 1 or any(t is not inside[0] and _overlaps(t, e) for t in towns):
                continue
            town = inside[0]
            if any(e.start <= p.start and p.end <= e.end and not _overlaps(p, town) for p in listed):
                continue  # a listed person run on into the town ("[हामिद अंसारी जूबा] गए थे"): both stand
            keys = [fold(w) for w in words]
            after = [fold(w) for w in text[e.end:e.end + 30].split()[:1]]
            if town.start == e.start and keys[1] in self.surnames:
                drop.add(id(town))
            elif (town.end == e.end and keys[0] in self.given_names
                  and not (after and after[0] in self.place_nouns)):
                drop.add(id(town))
        return [e for e in entities if id(e) not in drop] if drop else entities

    def _nationality(self, e) -> bool:
        """A model span that is only a nationality adjective ("इसराइली", "उत्तर कोरियाई") names no
        place or body; one that starts its country's name stays ("सऊदी" for सऊदी अरब)."""
        key = fold(e.text)
        if e.source != "model" or key not in self.gaz.demonyms:
            return False
        words, n = tuple(key.split()), len(key.split())
        country = self.gaz.demonyms[key][0]
        # "फ़िलिस्तीनी क्षेत्र" (the adjective and a place noun) does not make the adjective a name of it.
        return not any(k[:n] == words and not (len(k) > n and k[n] in self.place_nouns)
                       for k in self.gaz.keys_by_canonical.get(country, ()))

    def _direction_trimmed(self, entities):
        """A model place span that opens with a direction adjective before a known place ("उत्तरी
        इटली", "पूर्वी अफ़ग़ानिस्तान") names that place: the adjective is a part of it, not of the
        name (gold names Italy). A listed name ("दक्षिणी वजीरिस्तान") stays whole."""
        listed = {(e.start, e.end) for e in entities if e.source == "gazetteer"}
        out, cut = [], []  # cut: the adjectives left out, where no other entity may start
        for e in entities:
            first, _, rest = e.text.partition(" ")
            if (e.source == "model" and e.label == "LOC" and rest and fold(first) in self.direction_adjectives
                    and self.gaz.lookup(e.text) is None):
                start = e.end - len(rest)
                if (start, e.end) in listed:  # the gazetteer's match of the place itself stands
                    cut.append((e.start, start))
                    continue
                entry = self.gaz.lookup(rest)
                if entry is not None and entry.label == "LOC":
                    cut.append((e.start, start))
                    e.start, e.text = start, rest
            out.append(e)
        # "पूर्वोत्तर दिल्ली": the adjective alone is no mention of Northeast India
        return [e for e in out if not any(a <= e.start and e.end <= b for a, b in cut)]

    def _numbers_trimmed(self, entities):
        """A model span with a number word (or a dash) at either end has a count glued to the name:
        "कैमिला नौ" (... नौ दिन के दौरे पर), "कटिहार - पांच". The name is what is left; nothing left, no entity."""
        out = []
        for e in entities:
            if e.source == "model" and e.label != "DATE":
                words = e.text.split(" ")
                cut = lambda w: fold(w) in self.number_words or w in ("-", "–")
                head = next((k for k, w in enumerate(words) if not cut(w)), len(words))
                tail = next((k for k in range(len(words), 0, -1) if not cut(words[k - 1])), 0)
                if head >= tail:
                    continue
                if head or tail < len(words):
                    text = " ".join(words[head:tail])
                    e.start += len(" ".join(words[:head])) + (1 if head else 0)
                    e.end, e.text = e.start + len(text), text
            out.append(e)
        return out

    def _trailers_trimmed(self, entities):
        """A model organisation span that is a known organisation and a word for its meeting or its
        people ("सार्क शिखर सम्मेलन", "हूती विद्रोहियों"; ner.toml org_trailers) names the organisation:
        gold names SAARC, the Houthis. A listed name ("ब्रिक्स देशों") stays whole."""
        for e in entities:
            if e.source != "model" or e.label != "ORG" or self.gaz.lookup(e.text) is not None:
                continue
            words = e.text.split(" ")
            keys = [fold(w) for w in words]
            for k in range(1, len(words)):
                if _ends_match(keys, k, self.org_trailers):
                    rest = " ".join(words[:k])
                    entry = self.gaz.lookup(rest)
                    if entry is not None and entry.label == "ORG":
                        e.end, e.text = e.start + len(rest), rest
                    break
        return entities

    def __call__(self, doc):
        doc.entities = [e for e in doc.entities if not self._nationality(e)]
        if self.org_trailers:
            doc.entities = self._trailers_trimmed(doc.entities)
        if self.number_words:
            doc.entities = self._numbers_trimmed(doc.entities)
        if self.direction_adjectives:
            doc.entities = self._direction_trimmed(doc.entities)
        if self.surnames:
            doc.entities = self._towns_in_names(doc.entities, doc.norm_text)
        doc.entities = combine(doc.entities, self.gaz, doc.norm_text, self.named_after, self.generic_words,
                               self.institutions)
        self._known_ends(doc.entities)
        if self.named_after:  # a person's name that names a place or institution is not the person
            doc.entities = [e for e in doc.entities
                            if e.label != "PER" or not _names_a_place(e, doc.norm_text, self.named_after)]
        if self.initials is not None:
            self.initials(doc)
        _link_bracketed(doc.entities, doc.norm_text, self.initials.letters if self.initials else [])
        _places_named_for_people(doc.entities, self.gaz.countries)
        _surnames_of_others([e for e in doc.entities if e.label == "PER"])
        for label in NAMED:
            ents = [e for e in doc.entities if e.label == label]
            # Longest names first, so short forms can borrow their canonical; the same text
            # elsewhere in the document borrows a canonical already settled (gazetteer, brackets).
            forms: dict[str, str] = {}
            for e in ents:
                if e.canonical:
                    forms.setdefault(fold(e.text), e.canonical)
            for e in sorted(ents, key=lambda e: -len(e.text)):
                key = fold(e.text)
                if not e.canonical and not e.attrs.pop("unlisted", False):
                    entry = self.gaz.lookup(e.text)
                    if entry is None and label == "PER":
                        entry = self._without_titles(e.text)
                    if entry is not None and entry.label == label:
                        e.canonical, e.wikidata = entry.canonical, entry.wikidata
                if not e.canonical:
                    # A short form shares a longer name's canonical (पुतिन, व्लादिमीर पुतिन), but a
                    # place inside a longer place name is another place (जमालपुर, जमालपुर सदर बाजार)
                    # unless only a direction word is left out (कोरिया, दक्षिण कोरिया).
                    inside = (self._contained_in(key, forms) if label != "LOC"
                              else self._after_qualifier(key, forms, self.place_qualifiers))
                    if inside is None and label in ("ORG", "PER"):
                        # "भारतीय टीम" of "भारतीय क्रिकेट टीम", "त्रिवेंद्र रावत" of "त्रिवेंद्र सिंह रावत"
                        inside = self._short_of(key, forms)
                    e.canonical = forms.get(key) or inside or e.text
                forms.setdefault(key, e.canonical)
        _short_names_follow(doc.entities, doc.norm_text)
        self._knowledge(doc.entities)
        if self.home_words:
            doc.entities = self._home_only(doc.entities)
        return doc

    def _known_ends(self, entities) -> None:
        """A person the tables do not know whose last two or more words are a listed person is that person, the
        words before being no part of the name: a word the model took in ("प्रतिपक्ष तेजस्वी यादव", "धावक उसैन
        बोल्ट", "सुबह किम जोंग-उन") or another person run into it ("कटरीना सलमान ख़ान"). The first words alone
        say nothing: "कपिल देव अग्रवाल" is not Kapil Dev."""
        for e in entities:
            if e.label != "PER" or e.canonical or self.gaz.lookup(e.text) is not None or self._without_titles(e.text):
                continue
            starts = [m.start() for m in re.finditer(r"\S+", e.text)]
            for cut in starts[1:-1]:
                entry = self.gaz.lookup(e.text[cut:])
                if entry is not None and entry.label == "PER":
                    e.start, e.text = e.start + cut, e.text[cut:]
                    break

    def _without_titles(self, text: str):
        """The listed person a name is once the titles before it are left out (ner.toml name_titles): "शाह हमद बिन
        ईसा अल ख़लीफ़ा" is Hamad bin Isa Al Khalifa; two words of the name at least."""
        words = text.split()
        k = 0
        while k < len(words) - 2 and fold(words[k]) in self.name_titles:
            k += 1
        return self.gaz.lookup(" ".join(words[k:])) if k else None

    def _home_only(self, entities):
        """"राष्ट्रपति भवन", bare "संसद": India's in a story that names something else of India, or no place
        abroad below a country (a visitor's country alone says nothing of where the palace is: "सऊदी युवराज का
        राष्ट्रपति भवन में स्वागत"). In a story set in Maputo or Bethlehem a body stays, unlinked (the parliament
        of the story's country), and a building is dropped."""
        home = [e for e in entities if e.label in NAMED and e.country == self.home_country]
        if any(fold(e.text) not in self.home_words for e in home) or not any(
                e.label == "LOC" and e.country and e.country != self.home_country and e.canonical not in self.gaz.countries
                for e in entities):
            return entities
        out = []
        for e in entities:
            if e in home and fold(e.text) in self.home_words:
                if e.label != "ORG":
                    continue
                e.canonical, e.wikidata, e.country = e.text, None, None
            out.append(e)
        return out

    def _knowledge(self, entities) -> None:
        """Every mention of an entity the knowledge base knows gets its country and, for places,
        coordinates and GeoNames id: पुतिन and व्लादिमीर पुतिन alike."""
        for e in entities:
            if e.label not in NAMED:
                continue
            known = self.gaz.by_canonical.get(e.canonical) if e.canonical else None
            if known is not None and known.label == e.label:
                e.country, e.lat, e.lon, e.geonames_id = known.country, known.lat, known.lon, known.geonames_id
            else:  # not (or no longer: a surname that is someone else's) a known entity
                e.country = e.lat = e.lon = e.geonames_id = None

    @staticmethod
    def _after_qualifier(key: str, forms: dict[str, str], qualifiers: frozenset) -> str | None:
        for longer, canonical in forms.items():
            head, _, rest = longer.partition(" ")
            if rest == key and head in qualifiers:
                return canonical
        return None

    @staticmethod
    def _short_of(key: str, forms: dict[str, str]) -> str | None:
        """A short form that drops middle words of a longer name in the document, keeping its first and
        last: "भारतीय टीम" of "भारतीय क्रिकेट टीम", "त्रिवेंद्र रावत" of "त्रिवेंद्र सिंह रावत". One such longer
        name only."""
        words = key.split()
        if len(words) < 2:
            return None
        found = set()
        for longer, canonical in forms.items():
            lw = longer.split()
            if len(lw) > len(words) and lw[0] == words[0] and lw[-1] == words[-1] and _subsequence(words, lw):
                found.add(canonical)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _contained_in(key: str, forms: dict[str, str]) -> str | None:
        # Hyphens part words too: "किम जोंग" is inside "किम जोंग-उन", "बगदादी" inside "अल-बगदादी".
        words = key.replace("-", " ").split()
        n = len(words)
        for longer, canonical in forms.items():
            lw = longer.replace("-", " ").split()
            if len(lw) > n and any(lw[i:i + n] == words for i in range(len(lw) - n + 1)):
                return canonical
        return None


@stage("entity_linker", requires=("entities",), provides=("entity_links",),
       settings={"gazetteers": "gazetteers", "rules": "ner.toml", "letter_names": "ner/lexicon/letter_names.txt",
                 "surnames": "ner/lexicon/surnames.txt", "given_names": "ner/lexicon/given_names.txt"})
def make_entity_linker(settings: dict, context):
    """Combine gazetteer and model entities; link every mention to one canonical name per document."""
    rules = context.read_toml(settings.get("rules", "ner.toml"))
    titles = {fold(w) for w in rules.get("titles", [])}
    letters = read_letter_names(context.resolve(settings.get("letter_names", "ner/lexicon/letter_names.txt")))
    return EntityLinker(load_gazetteer(context.resolve(settings.get("gazetteers", "gazetteers"))),
                        Initials(letters, titles, {fold(w) for w in rules.get("case_markers", [])}),
                        frozenset(fold(w) for w in rules.get("named_after_heads", [])),
                        frozenset(fold(w) for w in rules.get("generic_org_words", [])),
                        frozenset(fold(w) for w in rules.get("place_qualifiers", [])),
                        Phrases(tuple(fold(w) for w in p.split()) for p in rules.get("place_org_heads", [])),
                        frozenset(fold(w) for w in rules.get("direction_adjectives", [])),
                        frozenset(fold(w) for w in rules.get("number_words", [])),
                        frozenset(fold(w) for w in rules.get("place_nouns", [])),
                        Phrases(tuple(fold(w) for w in p.split()) for p in rules.get("org_trailers", [])),
                        rules.get("home_only"), frozenset(fold(w) for w in rules.get("name_titles", [])),
                        setting_words(context, settings, "surnames", "ner/lexicon/surnames.txt"),
                        setting_words(context, settings, "given_names", "ner/lexicon/given_names.txt"))


def _ends_match(keys: list[str], k: int, phrases: Phrases) -> bool:
    """keys[k:] is one of the phrases, whole."""
    return tuple(keys[k:]) in phrases
