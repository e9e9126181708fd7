"""Step 4: choosing an event's date among the DATE entities of its clause, and comparing TIMEX
values with the publication date."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from ...core.document import Entity
from .document_index import SentView
from .lexicons import _match_at, key


_BY_END = frozenset(key(x) for x in ("तक", "पहले"))


def bounds_event(words: list[str], j: int, date: Entity, reference) -> bool:
    """A date whose words end before words[j] is the reference point of another time ("तीन मई के बाद",
    "मार्च तक"; roles.toml date_reference), not the event's date. Not the "तक" that closes a range the
    date is ("24 से 26 मार्च तक जापान की यात्रा पर रहेंगे"), nor "तक" or "(से) पहले" after a period's end ("इस साल
    के अंत तक", "इस साल के अंत से पहले": within the period)."""
    n = _match_at(words, j, reference)
    if not n:
        return False
    if words[j:j + n] == ["तक"] and "/" in (date.value or ""):
        return False
    # "इस साल के अंत तक / से पहले ... जाएंगे": by a period's end is within it
    return not ((date.attrs or {}).get("mod") == "END" and words[j + n - 1] in _BY_END)


_SINCE, _FROM_ON, _AFTER = key("से"), key("लेकर"), (key("के"), key("बाद"))
_FIRST = frozenset((key("पहला"), key("पहली")))  # "first" after the reference point: "... के बाद ... पहली बातचीत"
OLD_DAYS = 365  # a date ending this many days before publication is background, not the news
AFTER_REACH = 14  # words between a background date and the "के बाद" whose reference point it dates


def long_before(value: str | None, published) -> bool:
    """The date ends more than OLD_DAYS before the publication day: history, not the news."""
    iv, pub = timex_interval(value), _published(published)
    return bool(iv and pub and (pub - iv[1]).days > OLD_DAYS)


def background(words: list[str], j: int, date: Entity, published, stop: int, breaks, since: bool = True) -> bool:
    """A date that dates a reference point rather than the event: the "first since" of news, however recent
    ("25 मार्च को ... लॉकडाउन के बाद ... यह पहली बातचीत है", "2010 में पद संभालने के बाद ... पहली ... यात्रा"),
    and, more than a year before publication, any point the event comes after ("1979 की इस्लामी क्रांति के बाद
    ... सीधी बातचीत") or the start of a period: "2005 से चल रही ... वार्ता", "1984 से अब तक ... बातचीत हो चुकी
    है". words[j] is the first word after the date; "के बाद" must come before `stop`,
    in the same clause. since=False leaves the start of a period to date a "जब" clause after it ("यह समझौता 2011
    से अटका है, जब मनमोहन सिंह ढाका गए थे")."""
    if timex_interval(date.value) is None:
        return False
    old = long_before(date.value, published)
    if old and since and j < len(words) and words[j] == _SINCE:
        # not a range to another date: "2005 से 2009 तक", "1910 से लेकर 1945 तक"
        return not (j + 1 < len(words) and (words[j + 1][:1].isdigit() or words[j + 1] == _FROM_ON))
    for k in range(j, min(stop, j + AFTER_REACH, len(words) - 1)):
        if words[k] in breaks:
            return False
        if (words[k], words[k + 1]) == _AFTER:
            # however recent, what comes first after it is later: "2008 में सत्ता संभालने के बाद ... पहली चीन
            # यात्रा" (in undated copy too)
            return old or any(words[m] in _FIRST for m in range(k + 2, stop))
    return False


class DateChooser:
    """Extractor's date step (uses self.roles, self.status and the clause step)."""

    _bound_cases = frozenset(key(x) for x in ("को", "में"))

    def _bound(self, w: list[str], k: int, at: int) -> bool:
        """From k, a case or none and a prospective participle end right at the trigger at `at`: "मंगलवार [को होने
        वाली] बैठक", "अगले महीने [होने वाली] बैठक"."""
        k += w[k] in self._bound_cases
        n = _match_at(w, k, self.status.prospective) if k < at else 0
        return bool(n) and k + n == at

    def dates_of(self, v: SentView, lo: int, hi: int, trig, published: str | None = None) -> list[tuple[int, int, Entity]]:
        w = v.words
        cands = []
        cues = [k for k in range(trig[1], hi) if w[k] in self.status.postpone]
        cue = cues[-1] if cues else None
        end = hi
        if cue is not None and hi < len(w) and w[hi] in self.status.new_time_clause:
            # "... टाल दिया जो अब जून में होगी": the relative clause after a postponement tells the new time
            end = self.clause(v, hi + 1, hi + 1)[1]
        for i, j, e in v.dates:
            if i < lo or j > end or (j > hi and i <= hi):
                continue
            if bounds_event(w, j, e, self.roles.date_reference):
                continue
            if j <= trig[0] and background(w, j, e, published, trig[0], self.roles.clause_breaks):
                continue
            cands.append((i, j, e))
        if not cands:
            return []
        # Put off to a new time: the event's date is the new time, not the day it was put off
        # ("बैठक को बुधवार को तीन महीने के लिए टाल दिया जो अब जून में होगी" is in June).
        if cue is not None and any(d[0] > cue for d in cands):
            cands = [d for d in cands if d[0] > cue]
        if trig[1] < len(w) and (w[trig[1]] in self.lex.light or w[trig[1] - 1] in self.lex.verbs):
            # The trigger's own verb follows it ("शनिवार शाम ... से मुलाक़ात की और ... तीन अगस्त से शुरू हो रही यात्रा"):
            # its time stands before it, as Hindi puts an adverbial; a date after it tells of what follows
            before = [d for d in cands if d[1] <= trig[0]]
            if before:
                cands = before
        # A date bound to the trigger by a case and a prospective participle is its own ("बोर्ड की मंगलवार को होने
        # वाली बैठक में इस साल की यात्रा पर फैसला"), before any nearer date after it
        bound = [d for d in cands if d[1] < trig[0] and self._bound(w, d[1], trig[0])]
        if bound:
            cands = bound
        best = min(cands, key=lambda d: min(abs(d[0] - trig[1]), abs(trig[0] - d[1])))
        # Dates listed together ("20 मार्च, दो और 11 अप्रैल को") are one event each.
        ordered = sorted(cands, key=lambda d: d[0])
        k = ordered.index(best)

        def listed(a, b):  # only a comma or "और" between two dates
            gap = w[a[1]:b[0]]
            return len(gap) <= 2 and all(g in self.roles.coordinators for g in gap)

        lo_k, hi_k = k, k
        while lo_k > 0 and listed(ordered[lo_k - 1], ordered[lo_k]):
            lo_k -= 1
        while hi_k + 1 < len(ordered) and listed(ordered[hi_k], ordered[hi_k + 1]):
            hi_k += 1
        return ordered[lo_k:hi_k + 1]


    def main_clause_dates(self, v: SentView, lo: int, published: str | None = None) -> list[tuple[int, int, Entity]]:
        """The date of the clause before a "जहां" clause that opens at lo ("रविवार रात ... रात्रिभोज दिया, जहां
        दोनों नेताओं ने बातचीत की"; status.toml same_time_clause): what happened there happened then. The
        date nearest the opener."""
        w = v.words
        if 0 < lo and w[lo - 1] in self.status.when_clause:
            # "फ़रवरी में जब कैमरन एडिनबरा आए थे": the date just before "जब" (status.toml when_clause)
            k = lo - 1
            while k > 0 and w[k - 1] in self.status.when_joiners and lo - 1 - k < 2:
                k -= 1
            adjacent = [d for d in v.dates if d[1] == k][:1]
            if adjacent:
                return adjacent
        # the clause may start at the opener or just after it ("जिसके | बाद")
        k = next((p for p in (lo - 2, lo - 1, lo) if p >= 0 and p + _match_at(w, p, self.status.same_time_clause) > max(p, lo - 1)), None)
        if k is None:
            return []
        prev = k - 1 if k > 0 and w[k - 1] == "," else k
        if prev <= 0 or w[prev - 1] in self.roles.clause_breaks:
            return []  # "मंत्री ने सोमवार को बताया कि जब ...": no clause of its own before the opener
        start = self.clause(v, prev - 1, prev - 1)[0]
        cands = [d for d in v.dates if start <= d[0] and d[1] <= prev and not bounds_event(w, d[1], d[2], self.roles.date_reference)
                 and not background(w, d[1], d[2], published, prev, self.roles.clause_breaks, since=False)]
        return cands[-1:]

    def follow_up_dates(self, views: list[SentView], n: int, hi: int) -> list[tuple[int, int, Entity]]:
        """The dates of the clause that names the time of the event just told, when the trigger's own
        clause has none: a relative clause right after it ("... समिट, जिसका आयोजन 18 से 22 मार्च को
        होना था") or the next sentence opening with it ("... समिट को रद्द कर दिया है । इसका आयोजन
        15-20 मार्च को होना था")."""
        v = views[n]
        k = hi + 1 if hi < len(v.words) and v.words[hi] == "," else hi
        if k < len(v.words) and _match_at(v.words, k, self.status.date_follow_up):
            hi2 = self.clause(v, k + 1, k + 1)[1]
            return [d for d in v.dates if k < d[0] and d[1] <= hi2][:1]
        if n + 1 < len(views):
            nxt = views[n + 1]
            if any(_match_at(nxt.words, k, self.status.date_follow_up) for k in range(min(3, len(nxt.words)))):
                hi2 = self.clause(nxt, 0, 1)[1]
                return [d for d in nxt.dates if d[1] <= hi2][:1]
        return []


def timex_interval(value: str | None) -> tuple[date, date] | None:
    """A TIMEX-style value as (first day, last day): 2025-12-04, 2025-12, 2025, 2020-W15, a/b; None if partial."""
    if not value or value.startswith("X"):
        return None
    lo, _, hi = value.partition("/")
    a, b = _point(lo, False), _point(hi or lo, True)
    if a is None or b is None or b < a:
        return None
    return a, b


def _point(text: str, end: bool) -> date | None:
    try:
        if "-W" in text:
            y, wk = text.split("-W")
            monday = date.fromisocalendar(int(y), int(wk[:2]), 1)
            return monday + timedelta(days=6) if end else monday
        parts = text.split("-")
        y = int(parts[0])
        if len(parts) == 1:
            return date(y, 12, 31) if end else date(y, 1, 1)
        m = int(parts[1])
        if len(parts) == 2:
            return date(y, m, calendar.monthrange(y, m)[1]) if end else date(y, m, 1)
        return date(y, m, int(parts[2][:2]))
    except (ValueError, IndexError):
        return None


def story_day(doc) -> str | None:
    """The day a story is told from, which tells a reference point more than a year back (background()): the
    publication date, else the last day of the latest full date the story tells. BBC Hindi's copy carries no
    date, but "वर्ष 2006 में ... तख़्तापलट के बाद ... पहला फ़िजी दौरा" in a story that tells "फ़रवरी 2014" is a
    reference point all the same."""
    if doc.published:
        return doc.published
    ends = [iv[1] for e in doc.entities if e.label == "DATE" and (iv := timex_interval(e.value)) is not None]
    return max(ends).isoformat() if ends else None


def _published(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _is_future(value: str | None, published: str | None) -> bool:
    """The date lies wholly after the publication date."""
    iv, pub = timex_interval(value), _published(published)
    return bool(iv and pub and iv[0] > pub)


def _is_past(value: str | None, published: str | None) -> bool:
    """The date lies wholly before the publication date."""
    iv, pub = timex_interval(value), _published(published)
    return bool(iv and pub and iv[1] < pub)
