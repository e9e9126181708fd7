"""Role candidates for an event trigger from a dependency parse (UD Hindi relations).

Works on any tokens with ``head``/``deprel``/``upos`` set (the ``stanza`` stage, or a
treebank): the caller gives one sentence's tokens and a trigger index, and gets the
trigger's subject, objects and obliques, each with its case marker (the ``case``
child plus its ``fixed`` words: ने, से, को, में, के साथ, के बारे में ...). Which case
marker means which event role stays with the caller (configs), as for the
case-marker rules.

Typical use in an event stage (dependency roles where present, case-marker rules otherwise)::

    cands = deproles.roles_for_span(doc, trig_start, trig_end) if deproles.has_deps(doc) else []
    for ent in doc.entities_in(sent_id):
        cand, is_head = deproles.candidate_for(cands, ent.start, ent.end)
        if cands and cand is not None and is_head:
            kind = deproles.case_kind(cand.case, marker_lists)  # "agent", "counterpart", "bare"...
        else:
            kind = ...                                       # the case-marker rules

How Hindi puts event arguments in the tree, and what this module does about it:

* Verb triggers (मिले, पहुंचे): arguments are the verb's own nsubj/obj/iobj/obl.
* Noun + light verb (यात्रा की, बैठक हुई, मुलाकात करेंगे): the noun is ``obj``,
  ``nsubj`` or ``compound``/``compound:lvc`` of the light verb, and the arguments
  hang on the verb; they are collected from there (``via="predicate"``), along
  with the noun's own modifiers (रूस की यात्रा: nmod:poss ``की``).
* A predicate in ``xcomp``/``conj`` without its own subject shares its governor's
  (``via="shared"``): मोदी ने ... मुलाकात की और ... चर्चा की.
* A participle modifying a noun (``acl``: भारत आए पुतिन) makes that noun a subject
  candidate (``via="acl"``).
* Coordinated arguments (मोदी और पुतिन ने) give one candidate each (``via`` gets
  ``+conj``); a conjunct without its own case marker takes the coordination's (UD
  Hindi hangs ने on the last conjunct).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Iterable, Mapping, Sequence

from ..core.document import Document, Token

SUBJECT_RELS = ("nsubj",)  # includes nsubj:pass (deprel says which)
OBJECT_RELS = ("obj", "iobj")
OBLIQUE_RELS = ("obl", "nmod")  # includes obl:tmod, obl:agent, nmod:poss
ROLE_OF = {**{r: "subject" for r in SUBJECT_RELS}, **{r: "object" for r in OBJECT_RELS},
           **{r: "oblique" for r in OBLIQUE_RELS}}
# A nominal trigger in one of these relations to a verb is (part of) a complex predicate.
LIGHT_VERB_RELS = ("obj", "nsubj", "compound")
SHARE_SUBJECT_RELS = ("xcomp", "conj")
VERBAL = ("VERB", "AUX")
NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")


@dataclass(frozen=True, slots=True)
class RoleCandidate:
    """One argument of the trigger.

    ``head`` is the argument's head token, ``start``/``end`` its phrase as a token range
    [start, end) (the head's subtree without its own case marker, punctuation,
    conjuncts and clauses),
    ``char_start``/``char_end`` the same phrase as offsets into ``Document.norm_text``.
    All token indices are into the list passed in (add the offset for ``Document.tokens``).
    """

    role: str  # "subject", "object" or "oblique"
    deprel: str  # the full relation: nsubj, nsubj:pass, obj, iobj, obl, obl:tmod, nmod:poss ...
    # (for a conjunct, its first conjunct's relation; for via="acl", the participle's acl/acl:relcl)
    head: int
    start: int
    end: int
    char_start: int
    char_end: int
    text: str  # the head token's text
    case: str | None  # the case marker(s) as written, e.g. "ने", "के साथ"; None if none
    case_tokens: tuple[int, ...] = ()
    via: str = "direct"  # direct | predicate | shared | acl, plus "+conj" for a coordinated argument
    predicate: int = -1  # the token the argument hangs on
    head_span: tuple[int, int] = (-1, -1)  # the head token's norm_text offsets

    def covers(self, start: int, end: int) -> bool:
        """Whether a norm_text span (e.g. an Entity) lies inside this argument's phrase."""
        return self.char_start <= start and end <= self.char_end

    def contains_head(self, start: int, end: int) -> bool:
        """Whether a norm_text span overlaps the argument's head token (the best match)."""
        return start < self.head_span[1] and end > self.head_span[0]


def _children(tokens: Sequence[Token], offset: int) -> list[list[int]]:
    kids: list[list[int]] = [[] for _ in tokens]
    for i, t in enumerate(tokens):
        h = _local(t.head, offset, len(tokens))
        if h is not None:
            kids[h].append(i)
    return kids


def _local(head: int | None, offset: int, n: int) -> int | None:
    if head is None or head < 0:
        return None
    h = head - offset
    return h if 0 <= h < n else None


def base(deprel: str | None) -> str:
    return (deprel or "").split(":", 1)[0]


def case_marker(tokens: Sequence[Token], kids: list[list[int]], i: int) -> tuple[str | None, tuple[int, ...]]:
    """The ``case`` children of token i with their ``fixed`` words, in sentence order."""
    idx: list[int] = []
    for c in kids[i]:
        if base(tokens[c].deprel) == "case":
            idx.append(c)
            idx.extend(f for f in kids[c] if base(tokens[f].deprel) == "fixed")
    if not idx:
        return None, ()
    idx.sort()
    return " ".join(tokens[j].text for j in idx), tuple(idx)


def _subtree(kids: list[list[int]], i: int, skip: set[int]) -> tuple[int, int]:
    lo = hi = i
    stack = [c for c in kids[i] if c not in skip]
    seen = {i}
    while stack:
        j = stack.pop()
        if j in seen:
            continue
        seen.add(j)
        lo, hi = min(lo, j), max(hi, j)
        stack.extend(kids[j])
    return lo, hi + 1


# Dependents that are not part of an argument's phrase span: its own case marker,
# punctuation and coordination, and clauses (an entity inside a relative clause is
# not the argument).
PHRASE_SKIP = ("case", "punct", "cc", "mark", "conj", "acl", "ccomp", "advcl", "parataxis")


def _candidate(tokens, kids, i, role, via, pred, case=None, deprel=None) -> RoleCandidate:
    if case is None:
        case = case_marker(tokens, kids, i)
    skip = {c for c in kids[i] if base(tokens[c].deprel) in PHRASE_SKIP}
    start, end = _subtree(kids, i, skip)
    while start < i and tokens[start].upos == "PUNCT":
        start += 1
    while end - 1 > i and tokens[end - 1].upos == "PUNCT":
        end -= 1
    return RoleCandidate(role=role, deprel=deprel or tokens[i].deprel or "", head=i, start=start, end=end,
                         char_start=tokens[start].start, char_end=tokens[end - 1].end, text=tokens[i].text,
                         case=case[0], case_tokens=case[1], via=via, predicate=pred,
                         head_span=(tokens[i].start, tokens[i].end))


def _arguments(tokens, kids, pred, via, exclude, roles=None) -> list[RoleCandidate]:
    out: list[RoleCandidate] = []
    for c in kids[pred]:
        if c in exclude:
            continue
        role = ROLE_OF.get(base(tokens[c].deprel))
        if role is None or (roles is not None and role not in roles):
            continue
        members = [c] + _conjuncts(tokens, kids, c)
        own = [case_marker(tokens, kids, m) for m in members]
        # UD Hindi attaches a coordination's marker to its last conjunct (बीए और आईएजी ने).
        shared = next((k for k in reversed(own) if k[0] is not None), (None, ()))
        for k, (m, case) in enumerate(zip(members, own)):
            out.append(_candidate(tokens, kids, m, role, via if k == 0 else via + "+conj", pred,
                                  case=case if case[0] is not None else shared,
                                  deprel=tokens[c].deprel))
    return out


def _conjuncts(tokens, kids, i) -> list[int]:
    out, stack = [], [c for c in kids[i] if base(tokens[c].deprel) == "conj"]
    while stack:
        j = stack.pop(0)
        out.append(j)
        stack.extend(c for c in kids[j] if base(tokens[c].deprel) == "conj")
    return sorted(out)


def roles(tokens: Sequence[Token], trigger: int, offset: int = 0) -> list[RoleCandidate]:
    """Role candidates of ``tokens[trigger]`` within one sentence.

    ``tokens``: one sentence's tokens with ``head``/``deprel``/``upos`` set (e.g.
    ``doc.sentence_tokens(sent_id)``); ``offset``: the index of ``tokens[0]`` in
    ``Document.tokens`` (``Sentence.tok_start``), since heads index ``Document.tokens``.
    Use ``offset=0`` for a standalone token list whose heads index that list.
    ``trigger``: index into ``tokens``.

    Returns candidates in this order: the trigger's own dependents, then those of
    the light verb it belongs to (``via="predicate"``), then a subject shared with a
    governing predicate (``via="shared"``) or the noun an ``acl`` participle modifies
    (``via="acl"``), each only when no subject was found before. Empty if the tokens
    carry no parse.
    """
    n = len(tokens)
    if not 0 <= trigger < n or tokens[trigger].deprel is None:
        return []
    kids = _children(tokens, offset)
    out = _arguments(tokens, kids, trigger, "direct", exclude=set())
    pred = trigger
    head = _local(tokens[trigger].head, offset, n)
    if (head is not None and base(tokens[trigger].deprel) in LIGHT_VERB_RELS
            and tokens[trigger].upos in NOMINAL and tokens[head].upos in VERBAL):
        pred = head
        out += _arguments(tokens, kids, head, "predicate", exclude={trigger})
    if not any(c.role == "subject" for c in out):
        out += _inherited_subject(tokens, kids, pred, offset)
    return out


def _inherited_subject(tokens, kids, pred, offset) -> list[RoleCandidate]:
    n, seen = len(tokens), {pred}
    while True:
        rel = base(tokens[pred].deprel)
        head = _local(tokens[pred].head, offset, n)
        if head is None or head in seen:
            return []
        seen.add(head)
        if rel == "acl" and tokens[head].upos in NOMINAL:
            # The noun's own case marker belongs to its governor's clause, not the participle's.
            return [_candidate(tokens, kids, head, "subject", "acl", pred, case=(None, ()),
                               deprel=tokens[pred].deprel)]
        if rel not in SHARE_SUBJECT_RELS or tokens[head].upos not in VERBAL:
            return []
        found = _arguments(tokens, kids, head, "shared", exclude={pred}, roles=("subject",))
        if found:
            return found
        pred = head


def has_deps(doc: Document) -> bool:
    """Whether the document's tokens carry a dependency parse (a stage providing 'deps' ran)."""
    return "deps" in doc.provided or any(t.deprel is not None for t in doc.tokens)


def token_at(doc: Document, offset: int) -> int:
    """Index in ``doc.tokens`` of the token containing a norm_text offset, -1 if none."""
    return doc.token_at(offset)


def roles_for_token(doc: Document, index: int) -> list[RoleCandidate]:
    """``roles`` for ``doc.tokens[index]`` within its sentence; token indices in the result
    are into ``doc.tokens`` (char offsets are the same either way)."""
    if not 0 <= index < len(doc.tokens):
        return []
    sent = doc.sentences[doc.tokens[index].sent_id]
    local = roles(doc.tokens[sent.tok_start:sent.tok_end], index - sent.tok_start, sent.tok_start)
    return [_shift(c, sent.tok_start) for c in local]


def roles_for_span(doc: Document, start: int, end: int) -> list[RoleCandidate]:
    """``roles_for_token`` for a trigger given as a norm_text span: its first nominal
    token if any (यात्रा की, मुलाकात करेंगे: the light-verb rule climbs from the noun
    to the verb), else its first token."""
    first, last = token_at(doc, start), token_at(doc, max(start, end - 1))
    if first < 0:
        return []
    last = last if last >= first else first
    # Prefer a nominal token (complex predicates), else the first token of the span.
    idx = next((i for i in range(first, last + 1) if doc.tokens[i].upos in NOMINAL), first)
    return roles_for_token(doc, idx)


def _shift(c: RoleCandidate, k: int) -> RoleCandidate:
    if not k:
        return c
    return replace(c, head=c.head + k, start=c.start + k, end=c.end + k, predicate=c.predicate + k,
                   case_tokens=tuple(i + k for i in c.case_tokens))


def candidate_for(cands: Sequence[RoleCandidate], start: int, end: int) -> tuple[RoleCandidate | None, bool]:
    """The candidate a norm_text span (an Entity) belongs to.

    Returns ``(candidate, True)`` if the span overlaps a candidate's head token (the
    entity *is* the argument: "नरेंद्र मोदी" in "प्रधानमंत्री नरेंद्र मोदी ने"),
    ``(candidate, False)`` for the narrowest candidate whose phrase merely contains it
    (a modifier: "भारत" in "भारत के प्रधानमंत्री ने"), ``(None, False)`` otherwise.
    """
    for c in cands:
        if c.contains_head(start, end):
            return c, True
    inside = [c for c in cands if c.covers(start, end)]
    if inside:
        return min(inside, key=lambda c: c.char_end - c.char_start), False
    return None, False


def case_kind(case: str | None, kinds: Mapping[str, Iterable[str]],
              norm: Callable[[str], str] = lambda s: " ".join(s.split())) -> str | None:
    """Which named marker list a candidate's case marker is in, e.g. with the lists of
    configs/events/roles.toml ``{"agent": ["ने", "द्वारा"], "counterpart": ["से", "के साथ"], ...}``:
    ``case_kind("के साथ", kinds) == "counterpart"``. The first list (in mapping order) that
    holds the whole marker wins; ``"bare"`` when there is no marker; None when unlisted.
    ``norm`` folds both sides (pass the event rules' own key function)."""
    if case is None:
        return "bare"
    c = norm(case)
    for kind, markers in kinds.items():
        if any(norm(m) == c for m in markers):
            return kind
    return None


def phrase_head(tokens: Sequence[Token], start: int, end: int, offset: int = 0) -> int:
    """The token of ``tokens[start:end]`` (e.g. an entity's or a trigger's tokens) whose head
    lies outside the range: the phrase's head ("व्लादिमीर पुतिन" -> पुतिन, "शिखर सम्मेलन" ->
    सम्मेलन). ``start`` when none or several do (a range that is no phrase of the parse)."""
    def inside(i: int) -> bool:
        h = _local(tokens[i].head, offset, len(tokens))
        return h is not None and start <= h < end

    outside = [i for i in range(start, end) if not inside(i)]
    return outside[0] if len(outside) == 1 else start


def head_of(tokens: Sequence[Token], i: int, offset: int = 0) -> int | None:
    """Index (into ``tokens``) of token i's head, None for the root or outside the list."""
    return _local(tokens[i].head, offset, len(tokens))


def first_conjunct(tokens: Sequence[Token], i: int, offset: int = 0) -> int:
    """The first conjunct of the coordination token i is in (i itself if none)."""
    seen = {i}
    while base(tokens[i].deprel) == "conj":
        h = head_of(tokens, i, offset)
        if h is None or h in seen:
            break
        seen.add(h)
        i = h
    return i


def own_case(tokens: Sequence[Token], i: int, offset: int = 0) -> tuple[str | None, tuple[int, ...]]:
    """``case_marker`` of token i for a caller without the children lists: its own ``case``
    children with their ``fixed`` words ("भारत की" in "भारत की अध्यक्षता में")."""
    return case_marker(tokens, _children(tokens, offset), i)
