"""Entities from the gazetteers in configs/gazetteers/ (longest token match), with canonical names."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..core.document import Entity
from ..core.registry import stage
from ..hindi import index_cache
from ..hindi.gazetteer import GOVERNMENT_PREFIX, Gazetteer, GazetteerEntry
from ..hindi.tokenizer import hindi_tokenizer
from ..hindi.normalise import fold, loose
from ..hindi.phrases import Phrases


def load_gazetteer(folder: Path) -> Gazetteer:
    """Loaded once per process and folder; the linker and tagger share it."""
    return _load(str(Path(folder).resolve()))


@lru_cache(maxsize=8)
def _load(folder: str) -> Gazetteer:
    tokenizer = hindi_tokenizer(None)  # aliases carry no dash runs: the default rules suffice
    gaz = Gazetteer(lambda s: [t.text for t in tokenizer(s) if not t.is_space])
    cached = index_cache.cache_path("gazetteer", Path(folder), _INDEX_CODE)
    state = index_cache.read(cached)
    if state is not None:
        for name, value in state.items():
            setattr(gaz, name, value)
        return gaz
    if gaz.load_dir(folder) == 0:
        raise FileNotFoundError(f"no gazetteer tables (TSV with columns canonical, label, aliases) in {folder}")
    index_cache.write(cached, {k: v for k, v in vars(gaz).items() if k not in ("tokenize", "key")})
    return gaz


# Tokenising ~20,000 aliases takes a second; the built index is kept on disk, keyed by the
# digest of the tables and of the code that builds it, so a one-document run starts fast.
_INDEX_CODE = ("hindi/gazetteer.py", "hindi/normalise.py", "hindi/tokenizer.py", "stages/ner_gazetteer.py")
cache_dir = index_cache.cache_dir


HYPHENS = frozenset("-\u2010\u2011")


def qualified_entry(gaz: Gazetteer, possessives, country: str, key: tuple[str, ...], rule, label: str) -> GazetteerEntry:
    """The entry of a generic alias (generic.tsv) as <country>'s institution: the row the tables have under
    another wording ("अमेरिकी संसद" for "अमेरिका की संसद"), else the rule's template filled from the
    country's government ("Supreme Court of the United States"), else unlinked (canonical None)."""
    for other in _wordings(gaz, possessives, country, key):
        entry = gaz.index.get(other)
        if entry is not None and entry.label == label:
            return entry
    government = gaz.government_of(country)
    if rule.qualified and government and government.startswith(GOVERNMENT_PREFIX):
        canonical = rule.qualified.replace("{of}", government[len(GOVERNMENT_PREFIX):])
        known = gaz.by_canonical.get(canonical)
        return GazetteerEntry(canonical, label, known.wikidata if known else None, "")
    return GazetteerEntry(None, label, None, "")  # canonical: the surface text


def _wordings(gaz: Gazetteer, possessives, country: str, key: tuple[str, ...]):
    """Other ways of writing "<country's> <key>": "रूसी संसद", "रूस की संसद", "रूस संसद"."""
    for adj, (c, _) in gaz.demonyms.items():
        if c == country:
            yield (adj,) + key
    for loc in gaz.aliases_of(country):
        yield loc + key
        for p in sorted(possessives):
            yield loc + (p,) + key


def _glued_hyphen(tokens, k: int) -> bool:
    """Is tokens[k] a hyphen joining the words on either side with no space ("जन-जागरण")?"""
    return (0 < k < len(tokens) - 1 and tokens[k].text in HYPHENS
            and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start)


def _drop_compound_parts(tokens, folded, matches, common: set[str]):
    """A one-word match that a hyphen joins to an ordinary word is part of a compound word, not a
    name: "जागरण" (the newspaper) in "जन-जागरण अभियान", "सोची" (Sochi) in "सोची-समझी", "सलामत" in
    "सही-सलामत". `common`: loose keys of the commonest Hindi words (the gazetteer's loose_common,
    tables.toml common_words). Joined to a name or an unknown word, a name stays: both parts of
    "भारत-पाकिस्तान", and कुर्ग in "थालसेरी-कुर्ग राजमार्ग", बेतिया in "अलप्पुजा-बेतिया"; so does
    a person joined to a title ("पीएम मोदी-राष्ट्रपति पुतिन")."""
    if not matches or not common:
        return matches
    named = {k for i, j, _ in matches for k in range(i, j)}

    def ordinary(k: int) -> bool:
        return k not in named and loose(folded[k]) in common

    out = []
    for i, j, entry in matches:
        if j - i == 1 and entry.label != "PER" and ((_glued_hyphen(tokens, i - 1) and ordinary(i - 2))
                           or (_glued_hyphen(tokens, j) and ordinary(j + 1))):
            continue
        out.append((i, j, entry))
    return out


class GazetteerTagger:
    def __init__(self, gazetteer: Gazetteer, government_words: set[str], possessives: set[str] = frozenset(),
                 not_name_phrases: list[str] = (), place_org_heads: list[str] = (),
                 bylines: dict[str, str] | None = None, named_after_heads: list[str] = ()):
        self.gaz = gazetteer
        self.named_heads = self._phrases(named_after_heads)
        self.bylines = {fold(k): v for k, v in (bylines or {}).items()}
        self.government_words = government_words
        self.possessives = possessives
        self.not_names = self._phrases(not_name_phrases)
        self.org_heads = self._phrases(place_org_heads)

    def _phrases(self, texts) -> Phrases:
        """Folded token keys, tokenised as the aliases are."""
        return Phrases(key for key in (tuple(fold(t) for t in self.gaz.tokenize(p)) for p in texts) if key)

    def __call__(self, doc):
        tokens = doc.tokens
        folded = [fold(t.text) for t in tokens]
        text = doc.norm_text
        found: list[Entity] = []
        qualified: dict[tuple[str, ...], GazetteerEntry] = {}  # generic alias -> its last qualified entry
        for sent in doc.sentences:
            lo, hi = sent.tok_start, sent.tok_end
            matches = self._drop_not_names(folded[lo:hi], self.gaz.match(folded[lo:hi]))
            matches = _drop_compound_parts(tokens[lo:hi], folded[lo:hi], matches, self.gaz.loose_common)
            matches = self._qualify_generic(folded[lo:hi], matches, qualified)
            matches = self._place_institutions(folded[lo:hi], matches)
            in_sent: list[Entity] = []
            for i, j, entry in matches:
                a, b = tokens[lo + i], tokens[lo + j - 1]
                canonical = entry.canonical if entry.canonical is not None else text[a.start:b.end]
                in_sent.append(Entity(a.start, b.end, text[a.start:b.end], entry.label, sent.sent_id,
                                      canonical=canonical, source="gazetteer", wikidata=entry.wikidata,
                                      country=entry.country, lat=entry.lat, lon=entry.lon,
                                      geonames_id=entry.geonames_id))
            in_sent.extend(self._governments(doc, sent, folded, in_sent))
            in_sent.extend(self._bylines(doc, sent, folded, in_sent))
            found.extend(in_sent)
        doc.entities.extend(found)
        return doc

    def _drop_not_names(self, folded, matches):
        """Matches inside a phrase that names nothing (ner.toml not_name_phrases): "कैबिनेट
        सचिव" is a post, not the cabinet; "आरटी-पीसीआर" is a test, not RT."""
        if not self.not_names:
            return matches
        covered: set[int] = set()
        for k in range(len(folded)):
            covered.update(range(k, k + self.not_names.match_at(folded, k)))
        return [m for m in matches if not covered.issuperset(range(m[0], m[1]))]

    def _place_institutions(self, folded, matches):
        """A place and an institution word right after it name an organisation
        (ner.toml place_org_heads): "बॉम्बे अस्पताल" is Bombay Hospital, not Mumbai;
        "गाजियाबाद पुलिस" the police of Ghaziabad, and Ghaziabad is still a place there
        (unless the word is one institutions are named with, ner.toml named_after_heads).
        Canonical: the surface text."""
        if not self.org_heads:
            return matches
        out = []
        for n, (i, j, entry) in enumerate(matches):
            k = self.org_heads.match_at(folded, j) if entry.label == "LOC" else 0
            if k and not (n + 1 < len(matches) and matches[n + 1][0] < j + k):
                out.append((i, j + k, GazetteerEntry(None, "ORG", None, "")))
                if not self.named_heads.match_at(folded, j):
                    # the place of a police, department or court stays a place inside the name
                    # ("दिल्ली स्वास्थ्य विभाग"); a hospital or college may only be named after it
                    # ("बॉम्बे अस्पताल" is in Indore)
                    out.append((i, j, entry))
            else:
                out.append((i, j, entry))
        return out

    def _qualify_generic(self, folded, matches, qualified=None):
        """A generic alias (generic.tsv: संसद, सुप्रीम कोर्ट, विदेश मंत्रालय...) names its home
        country's institution only when no other country qualifies it. Qualified by a
        demonym ("रूसी संसद") or a country with or without a possessive ("पाकिस्तान की संसद",
        "नेपाल संसद"), the span takes in the qualifier (as "भारत सरकार" does) and becomes
        that country's institution:
        - an entity the tables already have under another wording ("अमेरिका की संसद" ->
          the row of "अमेरिकी संसद", United States Congress);
        - else the row's template filled from the country's government ("Government of
          the United States" -> "Supreme Court of the United States"): one stable English
          name, so "पाकिस्तानी संसद" and "पाकिस्तान की संसद" count as one organisation,
          and plainly not India's — what a data journalist grouping by canonical expects;
        - else (a country with no government row) the surface text: unlinked is better
          than an English title built without knowing how the country is named.
        The qualifying LOC is not kept as a separate mention (as with "भारत सरकार").
        Later in the same document (`qualified`, kept across sentences), the bare alias
        is the institution it was last qualified as: "रूसी संसद ... संसद के निचले सदन"
        is Russia's parliament both times."""
        if not self.gaz.generic:
            return matches
        qualified = {} if qualified is None else qualified
        out = []
        for i, j, entry in matches:
            key = tuple(folded[i:j])
            rule = self.gaz.generic.get(key)
            if rule is None:  # a row of its own, maybe a qualified generic alias ("रूसी संसद")
                self._remember(key, entry, qualified)
                out.append((i, j, entry))
                continue
            country, start = self._qualifier(folded, i, out)
            if country is None or (out and out[-1][0] < start < out[-1][1]):
                # unqualified (or the qualifier is inside another match): as last qualified, else the home country's
                out.append((i, j, qualified.get(key, entry)))
                continue
            if country == rule.home:
                qualified.pop(key, None)
                out.append((i, j, entry))
                continue
            if out and out[-1][0] >= start:  # the qualifying country's LOC match
                out.pop()
            qualified[key] = self._qualified_entry(country, key, rule, entry.label)
            out.append((start, j, qualified[key]))
        return out

    def _remember(self, key, entry, qualified) -> None:
        """A match that is "<demonym or country> [possessive] <generic alias>" with a row of its
        own ("रूसी संसद" -> Federal Assembly) is what the bare alias means later on."""
        for n in range(1, len(key)):
            rule = self.gaz.generic.get(key[n:])
            if rule is None:
                continue
            head = key[:n - 1] if n > 1 and key[n - 1] in self.possessives else key[:n]
            if len(head) == 1 and head[0] in self.gaz.demonyms:
                country = self.gaz.demonyms[head[0]][0]
            else:
                place = self.gaz.index.get(head)
                country = place.canonical if place is not None and place.label == "LOC" else None
            if country == rule.home:
                qualified.pop(key[n:], None)
            elif country in self.gaz.countries:
                qualified[key[n:]] = entry
            return

    def _qualifier(self, folded, i, previous):
        """(country, first token) of what qualifies the match starting at token i, or (None, i)."""
        if i > 0 and folded[i - 1] in self.gaz.demonyms:
            return self.gaz.demonyms[folded[i - 1]][0], i - 1
        if previous:
            pi, pj, prev = previous[-1]
            if prev.label == "LOC" and prev.canonical in self.gaz.countries and (
                    pj == i or (pj == i - 1 and folded[pj] in self.possessives)):
                return prev.canonical, pi
        return None, i

    def _qualified_entry(self, country, key, rule, label):
        return qualified_entry(self.gaz, self.possessives, country, key, rule, label)

    def _bylines(self, doc, sent, folded, found):
        """An agency credited in brackets by a common word: "नयी दिल्ली, चार मार्च (भाषा)" is PTI's
        Hindi service (ner.toml bylines: word -> the agency's canonical name in the gazetteer)."""
        out = []
        taken = {e.start for e in found}
        for k in range(sent.tok_start + 1, sent.tok_end - 1):
            agency = self.bylines.get(folded[k])
            if agency and folded[k - 1] == "(" and folded[k + 1] == ")" and doc.tokens[k].start not in taken:
                t = doc.tokens[k]
                entry = self.gaz.by_canonical.get(agency)
                out.append(Entity(t.start, t.end, t.text, "ORG", sent.sent_id, canonical=agency, source="gazetteer",
                                  wikidata=entry.wikidata if entry else None))
        return out

    def _governments(self, doc, sent, folded, found):
        """"रूसी सरकार" / "भारत सरकार" / "रूस की सरकार" -> ORG Government of <country>.
        found: the sentence's matches (a LOC that becomes a government is removed from it)."""
        out = []
        by_end = {e.end: e for e in found if e.label == "LOC"}
        for k in range(sent.tok_start + 1, sent.tok_end):
            if folded[k] not in self.government_words:
                continue
            prev = doc.tokens[k - 1]
            gov = None
            if folded[k - 1] in self.gaz.demonyms:
                gov = self.gaz.demonyms[folded[k - 1]][1]
                start = prev.start
            else:
                # "भारत सरकार", or "रूस की सरकार" with a possessive between
                before = doc.tokens[k - 2] if folded[k - 1] in self.possessives and k - 2 >= sent.tok_start else prev
                if before.end in by_end:
                    loc = by_end.pop(before.end)
                    gov, start = f"Government of {loc.canonical}", loc.start
                    found.remove(loc)  # "भारत सरकार" is the government, not the place
            if gov:
                end = doc.tokens[k].end
                out.append(Entity(start, end, doc.norm_text[start:end], "ORG", sent.sent_id, canonical=gov,
                                  source="gazetteer"))
        return out


@stage("ner_gazetteer", requires=("tokens",), provides=("entities",),
       settings={"gazetteers": "gazetteers", "rules": "ner.toml"})
def make_ner_gazetteer(settings: dict, context):
    """Gazetteer matches: people, organisations and places with their canonical English names."""
    gaz = load_gazetteer(context.resolve(settings.get("gazetteers", "gazetteers")))
    rules = context.read_toml(settings.get("rules", "ner.toml"))
    return GazetteerTagger(gaz, {fold(w) for w in rules.get("government_words", [])},
                           {fold(w) for w in rules.get("possessives", [])}, rules.get("not_name_phrases", []),
                           rules.get("place_org_heads", []), rules.get("bylines", {}),
                           rules.get("named_after_heads", []))
