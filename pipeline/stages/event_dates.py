"""A date for every event the text leaves undated, taken from the story around it.

News tells a day once and then narrates what happened on it ("प्रधानमंत्री ने रविवार को ... बातचीत
की । दोनों सरकारों ने आठ समझौतों पर हस्ताक्षर किए"): the signing has no date of its own, but it
was on Sunday. An event whose own clause names no date takes, in this order:

1. told before or after another kind of event in its clause ("राष्ट्रपति से मिलने से पहले ... बातचीत की"; dates.toml
   [sequenced]), the date of the last event of that kind the story dated itself;
2. else the latest date told before it (its own sentence included);
3. else the first date told after it (a headline's event is dated in the report below it);
4. else, for an event reported as done, the publication date.

A document with no publication date (BBC Hindi's copy) gets only the first two, the second from its own sentence, for an event
reported as done: a year told far back in a profile is seldom the news's, and nothing could tell a planned event's
date from a past one.

A date that cannot hold for the event's status is passed over: nothing reported as done
(occurred, ongoing) takes a date after publication, nothing planned a date wholly before it.
Nor is a date followed by "के बाद", "से पहले", "तक" (roles.toml date_reference): it bounds the
event rather than dating it; nor a date more than a year old that is the reference point of the news
("1979 की इस्लामी क्रांति के बाद ... पहली बातचीत") or the start of a period ("2005 से चल रही वार्ता";
hindi.events.dates.background). An event told with a time in words that name no date, in its clause before the trigger
or just after it ("हाल ही में", "कई बार"; dates.toml [undated] vague), stays undated.

The date keeps the text and value it came from and says where: ``source = "context"`` or
``"published"``. A date the event's own clause gives has no ``source``. Measured on the gold
sets in docs/results.md (2026-12-05): of the matched events the text left undated, about two
in three get the gold date this way.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from ..core.registry import stage
from ..hindi.events import CONFIG_DIR, key, load_roles, timex_interval
from ..hindi.events.dates import _published, background, story_day
from ..hindi.events.lexicons import _match_at


def _allowed(value: str, status: str, pub) -> bool:
    """Whether a date value can be the date of an event of this status published on pub."""
    span = timex_interval(value)
    if span is None:
        return False
    if status in ("occurred", "ongoing"):
        return span[0] <= pub
    if status == "planned":
        return span[1] >= pub
    return True


VAGUE_BEFORE = 10  # words before the trigger, in its clause, a vague time word may stand in ("हाल ही में सऊदी अरब की यात्रा")


@stage("event_dates", requires=("events", "dates"), provides=("event_dates",), settings={"roles": None, "dates": None})
def make_event_dates(settings: dict, context):
    """Date each undated event from the dates told around it (pipeline/stages/event_dates.py)."""
    # roles: the roles table whose date_reference words a date must not precede (none: configs/events/roles.toml)
    roles = Path(context.resolve(settings["roles"])) if settings.get("roles") else CONFIG_DIR / "roles.toml"
    table = load_roles(str(roles.resolve()))
    reference, breaks = table.date_reference, set(table.clause_breaks) | {","}
    clause_breaks = table.clause_breaks
    # dates: the date lexicon whose [undated] vague words keep an event undated and whose [sequenced] words name the
    # event kind an event is told against (none: configs/dates.toml)
    lexicon = Path(context.resolve(settings["dates"])) if settings.get("dates") else CONFIG_DIR.parent / "dates.toml"
    rules = tomllib.loads(lexicon.read_text(encoding="utf-8"))
    vague = sorted({tuple(key(w) for w in phrase.split()) for phrase in rules.get("undated", {}).get("vague", [])},
                   key=len, reverse=True)
    sequenced = rules.get("sequenced", {})
    kind_of = {key(w): kind for kind, words in sequenced.items() if kind != "light" for w in words}
    light = {key(w) for w in sequenced.get("light", [])}

    def told_dates(doc) -> list[tuple[int, int, dict]]:
        """(sentence, offset, {"text", "value"}) of each full date of the document, in order."""
        out = []
        for e in doc.entities:
            if e.label != "DATE" or not e.value or timex_interval(e.value) is None:
                continue
            s, t = doc.sentence_of(e.start), doc.token_at(e.end - 1)
            if t >= 0:
                words = [key(tok.text) for tok in doc.sentence_tokens(s)]
                j = t + 1 - doc.sentences[s].tok_start
                if _match_at(words, j, reference):
                    continue  # also a range closed by "तक": a period ("22 से 31 मार्च तक लॉकडाउन"), no event's day
                if background(words, j, e, doc.published, len(words), clause_breaks):
                    continue  # "1979 की इस्लामी क्रांति के बाद", "2005 से चल रही": a reference point, not a day told
            out.append((s, e.start, {"text": e.text, "value": e.value}))
        return sorted(out, key=lambda d: d[:2])

    def vague_near(doc, mention) -> bool:
        """A vague time word in the few words before the trigger or just after it."""
        tokens = doc.sentence_tokens(mention.sent_id)
        words = [key(t.text) for t in tokens]
        at = next((i for i, t in enumerate(tokens) if t.end > mention.trigger_start), len(tokens))
        start = at
        while start > 0 and at - start < VAGUE_BEFORE and words[start - 1] not in breaks:
            start -= 1
        return any(_match_at(words, i, vague) for i in range(start, min(len(words), at + 3)))

    def sequenced_kind(doc, mention) -> str | None:
        """The kind of event the clause before the trigger tells this one before or after: "<event word> [होने] से
        पहले" (dates.toml [sequenced], roles.toml sequence), the nearest such before the trigger; None otherwise."""
        tokens = doc.sentence_tokens(mention.sent_id)
        words = [key(t.text) for t in tokens]
        at = next((i for i, t in enumerate(tokens) if t.end > mention.trigger_start), len(words))
        for k in range(at - 1, -1, -1):
            if words[k] in breaks:
                return None
            if words[k] in kind_of:
                m = k + 1 + (k + 1 < at and words[k + 1] in light)
                if _match_at(words, m, table.sequence):
                    return kind_of[words[k]]
        return None

    def sequenced_date(doc, e, first, pub) -> dict | None:
        """The own date of the last event of the kind e is told against (sequenced_kind of its first mention), told
        before e."""
        here = (first.sent_id, first.trigger_start)
        kind = sequenced_kind(doc, first)
        if kind is None:
            return None
        dated = [(min((m.sent_id, m.trigger_start) for m in x.mentions), x.date) for x in doc.events
                 if x is not e and x.type == kind and x.mentions and x.date and "source" not in x.date]
        dated = [(at, d) for at, d in dated if at < here and _allowed(d["value"], e.status, pub)]
        return max(dated, key=lambda ad: ad[0])[1] if dated else None

    def run(doc):
        undated = [e for e in doc.events if not e.date and e.mentions]
        pub = _published(doc.published)
        dated_story = pub is not None
        if not dated_story and undated:
            # BBC Hindi's copy carries no date: a past event takes a full date told before it in its own sentence
            # ("दिसंबर 2011 में ... ने स्वीकार किया था कि ... वार्ता चल रही है"), judged against the latest date the story
            # tells; nothing from further away (a profile's years are not its news's), nothing planned
            pub = _published(story_day(doc))
            undated = [e for e in undated if e.status in ("occurred", "ongoing")] if pub else []
        if not undated or pub is None:
            return doc
        told = told_dates(doc)
        for e in undated:
            first = min(e.mentions, key=lambda m: (m.sent_id, m.trigger_start))
            if vague_near(doc, first):
                continue
            here = (first.sent_id, first.trigger_start)
            sequenced_on = sequenced_date(doc, e, first, pub)
            if sequenced_on is not None:
                e.date = {"text": sequenced_on["text"], "value": sequenced_on["value"], "source": "sequence"}
                continue
            fits = [d for d in told if _allowed(d[2]["value"], e.status, pub)]
            before = [d for d in fits if d[:2] < here and (dated_story or d[0] == here[0])]
            after = [d for d in fits if d[:2] > here]
            # the last told before, else the first told after
            pick = before[-1] if before else (after[0] if after and dated_story else None)
            if pick is not None:
                e.date = {**pick[2], "source": "context"}
            elif e.status in ("occurred", "ongoing") and dated_story:
                e.date = {"text": "", "value": pub.isoformat(), "source": "published"}
        return doc

    return run
