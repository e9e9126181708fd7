"""Places named in a list with known places are places too.

Local news lists localities: "वैशाली, शालीमार गार्डन, टीला मोड़, शिप्रा सनसिटी, नंदग्राम,
मसूरी". The gazetteer knows वैशाली and मसूरी, the model misses or mislabels the rest. In a
list (items of one to three words joined by commas or और/तथा/व/एवं) where at least two items
are places and no fewer items are tagged otherwise by the model (none by the gazetteer), the
untagged items become places (source "lists") and the model's other labels on items become LOC. The first and last items
must be tagged ones; untagged items must hold a letter and no case marker, title, common
noun or institution word (configs/ner.toml).
"""
from __future__ import annotations


from ..core.document import Entity
from ..core.registry import stage
from ._covered import by_sentence
from ..hindi.normalise import fold

MAX_ITEM = 3  # words


class ListPlaces:
    def __init__(self, joiners: set[str], stop_words: set[str], min_places: int = 2):
        self.joiners = joiners
        self.stop = stop_words
        self.min_places = min_places

    def __call__(self, doc):
        by_sent = by_sentence(e for e in doc.entities if e.label in ("PER", "ORG", "LOC"))
        for sent in doc.sentences:
            if len(by_sent.get(sent.sent_id, ())) >= self.min_places:
                self._sentence(doc, sent, by_sent[sent.sent_id])
        return doc

    def _sentence(self, doc, sent, entities) -> None:
        tokens = doc.tokens[sent.tok_start:sent.tok_end]
        words = [fold(t.text) for t in tokens]
        first = {t.start: k for k, t in enumerate(tokens)}
        last = {t.end: k + 1 for k, t in enumerate(tokens)}
        exact = {}  # (first token, last token + 1) -> entities spanning exactly that item
        for e in entities:
            if e.start in first and e.end in last:
                exact.setdefault((first[e.start], last[e.end]), []).append(e)
        for chain in self._chains(words, exact):
            while chain and chain[0] not in exact:  # a list starts and ends with a known name;
                chain = chain[1:]                   # an untagged first piece is often "वहीं" or "इसके बाद X"
            while chain and chain[-1] not in exact:
                chain = chain[:-1]
            found = [exact.get(item, []) for item in chain]
            places = sum(1 for f in found if any(e.label == "LOC" for e in f))
            others = [f for f in found if f and not any(e.label == "LOC" for e in f)]
            if (places < self.min_places or len(others) > places
                    or any(e.source == "gazetteer" for f in others for e in f)):
                continue
            for (i, j), f in zip(chain, found):
                for e in f:
                    if e.label != "LOC":
                        e.label, e.canonical = "LOC", None
                if not f:
                    a, b = tokens[i], tokens[j - 1]
                    doc.entities.append(Entity(a.start, b.end, doc.norm_text[a.start:b.end], "LOC", sent.sent_id,
                                               source="lists", score=None))

    def _chains(self, words, exact):
        """Runs of list items: token ranges of one to MAX_ITEM words between joiners. The
        first item may be the tail of a longer stretch and the last the head of one, when
        an entity spans that tail or head exactly ("... क्षेत्रों में वैशाली, ...")."""
        cuts = [k for k, w in enumerate(words) if w in self.joiners]
        if len(cuts) < 2:
            return []
        pieces = [(a + 1, b) for a, b in zip([-1] + cuts, cuts + [len(words)])]
        chains, current = [], []
        for n, (i, j) in enumerate(pieces):
            item = self._item(words, exact, i, j, first=not current, last=n == len(pieces) - 1)
            if item is None:
                if len(current) >= 3:
                    chains.append(current)
                current = []
                # this piece may still end in an item that starts the next chain
                tail = self._item(words, exact, i, j, first=True, last=False)
                if tail is not None:
                    current = [tail]
                continue
            current.append(item)
        if len(current) >= 3:
            chains.append(current)
        return chains

    def _item(self, words, exact, i, j, first: bool, last: bool):
        if (i, j) in exact or (0 < j - i <= MAX_ITEM and self._nameable(words[i:j])):
            return i, j
        if first:  # the entity that ends this piece
            for (a, b) in exact:
                if b == j and i < a and b - a <= MAX_ITEM:
                    return a, b
        if last:  # the entity that starts this piece
            for (a, b) in exact:
                if a == i and b < j and b - a <= MAX_ITEM:
                    return a, b
        return None

    def _nameable(self, words) -> bool:
        return all(w not in self.stop and any(c.isalpha() for c in w) for w in words)


@stage("ner_lists", requires=("tokens", "entities"), provides=("entities",),
       settings={"rules": "ner.toml", "min_places": 2})
def make_ner_lists(settings: dict, context):
    """Untagged members of a list of places are places ("वैशाली, टीला मोड़, नंदग्राम, मसूरी")."""
    rules = context.read_toml(settings.get("rules", "ner.toml"))
    stop = {fold(w) for w in rules.get("titles", []) + rules.get("case_markers", []) + rules.get("not_names", [])}
    stop |= {fold(w) for w in rules.get("list_stop_words", [])}
    stop |= {fold(w) for phrase in rules.get("place_org_heads", []) for w in phrase.split()}
    # a motion verb ends the list's last place: "ब्रिस्बेन, उलुरु और [एडिलेड] जाएंगे और कैनबरा में ..."
    stop |= {fold(w) for w in rules.get("verb_edge_words", [])}
    joiners = {fold(w) for w in rules.get("list_joiners", [",", "और", "तथा", "व", "एवं"])}
    return ListPlaces(joiners, stop - joiners, int(settings.get("min_places", 2)))
