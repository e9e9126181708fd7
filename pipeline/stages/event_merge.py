"""One Event per real event per document: mentions of the same event are merged.

Two mentions are the same event when they have the same type, share a participant
(canonical name) and their dates are compatible (equal, one inside the other, or
one missing). A mention that points back with a demonstrative ("इस बैठक में",
"यह बैठक 11 अप्रैल को होगी", "इस पर हस्ताक्षर") joins the latest event of its type
in the fifteen sentences before it, whatever its participants. An undated mention told as
earlier ("इससे पहले ... चर्चा की थी") is an event of its own, and takes in no other mention
by its participants. Different dates stay
different events (the same leaders meeting on 2 and 11 April is two meetings); for
AGREEMENT a different status is a different event too (signed vs about to be ratified), and for the others talks
called off and talks held, each told with its tense or cue (a call held instead of the meeting called off), and
talks held and talks set after the publication day even between the same two parties; and a
meeting or agreement with other people as the other party is another event (counterparts_compatible),
and so is a visit of the same traveller to another country (places_compatible).
Rules for one kind of event follow its frame (Event.frame): a TOUR lexicon with frame VISIT
merges as visits.
A signing that names nobody takes its parties from what was just told: the countries of the talks it follows
("बातचीत के बाद ... दस्तख़त किए गए", `_parties_of_talks`), the parties of the agreement or talks before a signing
still ahead ("अंतिम करार पर दस्तख़त अगले महीने होंगे", `_parties_of_signing_ahead`), or the visit it was signed on
(`_parties_from_visits`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as _date, timedelta

from ..core.document import Event
from ..core.registry import stage
from ..hindi.events import _is_future, _is_past, key, timex_interval
from ..hindi.events.dates import long_before
from ..hindi.events.lexicons import _from_raw, _match_at

TALKS_REACH = 3  # sentences back the talks an unnamed signing "बातचीत के बाद" follows may be told (blind 2026-12-07: 2 -> 3, +5 found, 0 false)
BOTH_REACH = 6  # sentences back the talks of the two leaders before whom an unnamed signing was done may be told
SIGNING_REACH = 6  # sentences back the agreement or talks an unnamed planned signing belongs to may be told
ANAPHOR_WINDOW = 15  # sentences back an anaphoric mention may reach (about one article)


def _pkeys(e: Event) -> set[str]:
    return {key(p.get("canonical") or p.get("text", "")) for p in e.actor + e.target}


def _contains(outer, inner) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def dates_compatible(a: dict | None, b: dict | None) -> bool:
    """Equal, or one inside the other (4 December inside December), or one missing."""
    if not a or not b:
        return True
    va, vb = a.get("value"), b.get("value")
    if not va or not vb or va == vb:
        return True
    ia, ib = timex_interval(va), timex_interval(vb)
    if ia is None or ib is None:
        return False
    return _contains(ia, ib) or _contains(ib, ia)


def _years_before(a: dict | None, b: dict | None, published: str | None) -> bool:
    """One date given and the other not, the given one over a year (OLD_DAYS) before the publication date: "दोनों देशों ने
    2010 में सामाजिक सुरक्षा समझौते पर दस्तख़त किए थे" is not the agreement the story tells undated ("रक्षा उद्योग
    में सहयोग के एक समझौते पर इसी दौरे में दस्तख़त हुए"), though both are between the same two countries."""
    given = [d.get("value") for d in (a, b) if d and d.get("value")]
    return len(given) == 1 and long_before(given[0], published)


def _finer(a: dict | None, b: dict | None) -> dict | None:
    """The more precise of two compatible dates (the one inside the other); on a tie the first."""
    if not a:
        return b
    if not b:
        return a
    ia, ib = timex_interval(a.get("value")), timex_interval(b.get("value"))
    if ia and ib and ia != ib and _contains(ia, ib):
        return b
    return a


STRONG = ("cue", "tense", "postponed", "rescheduled")


def _evidence(e: Event) -> int:
    """How much a mention says about the event's time: a date, then a verb or cue."""
    return 2 * bool(e.date) + (e.attrs.get("status_from") in STRONG)


def _tell_counterpart(m: Event, e: Event) -> None:
    """Remember the one person e's mention names as the other party (attrs.told_with), for
    counterparts_compatible: a meeting told with one counterpart is not a meeting told with another."""
    people = _people(e.target)
    if m.frame == "MEETING" and len(people) == 1 and not e.attrs.get("attendance"):
        m.attrs["told_with"] = sorted(set(m.attrs.get("told_with", [])) | people)


def _absorb(m: Event, e: Event) -> None:
    _tell_counterpart(m, e)
    if not m.actor and e.actor:
        # a headline with its subject unread ("चार दशक बाद भारत आईं सू ची, मनमोहन सिंह से मिलीं") learns it
        # from the report: the party the report names as subject moves over from the other side
        subject = _keys(e.actor)
        m.actor = [p for p in m.target if key(p.get("canonical") or p.get("text", "")) in subject]
        m.target = [p for p in m.target if p not in m.actor]
    for p in e.actor:
        if key(p.get("canonical") or p.get("text", "")) not in _pkeys(m):
            m.actor.append(p)
    for p in e.target:
        if key(p.get("canonical") or p.get("text", "")) not in _pkeys(m):
            m.target.append(p)
    if m.location is None:
        m.location = e.location
    if e.attrs.get("offices"):
        m.attrs["offices"] = sorted(set(m.attrs.get("offices", [])) | set(e.attrs["offices"]))
    froms = {m.attrs.get("status_from"), e.attrs.get("status_from")}
    if froms == {"postponed", "rescheduled"}:
        # "बैठक टाली" and "बैठक तीन महीने के लिए टाल दी": the report with the new time says more.
        m.status, m.attrs["status_from"] = "planned", "rescheduled"
    elif e.status == "cancelled" and m.status != "cancelled" and not (
            m.status == "occurred" and m.attrs.get("status_from") == "tense"):
        # a call-off reported anywhere ends the event, unless the event is told in the past tense: then the
        # call-off is of a part of it or of something else ("मुख्यमंत्री ... दिल्ली पहुंचे थे" ... "इस दौरे में यह
        # मुलाकात संभव नहीं होगी")
        m.status = e.status
    elif e.attrs.get("anaphoric") == "setting":
        pass  # "इस बैठक में ... कहा": the verb tells what happened at the event, not whether it did
    elif (m.status == "planned" and e.status == "occurred" and _strong(e)
          and m.attrs.get("strong_status", _strong(m))):
        m.status = e.status  # a later report that it took place supersedes the announcement
        m.attrs["evidence"] = max(_evidence(e), m.attrs.get("evidence", 0))
    elif (m.status != "cancelled" and not (m.status == "occurred" and e.status == "planned" and _strong(m))
          and _evidence(e) > m.attrs.get("evidence", _evidence(m))):
        m.status = e.status
        m.attrs["evidence"] = _evidence(e)
        m.attrs["strong_status"] = _strong(e)
    m.date = _finer(m.date, e.date)
    m.mentions.extend(e.mentions)
    m.confidence = round(min(0.99, max(m.confidence, e.confidence) + 0.05), 3)


def _strong(e: Event) -> bool:
    return e.attrs.get("status_from") in STRONG


def statuses_compatible(m: Event, e: Event, published: str | None = None) -> bool:
    """Same status, or one of them only guessed, or a call-off of a planned event, or the same day.

    "मोदी 11 अप्रैल को बैठक करेंगे" and "मोदी ने बैठक की थी" are two meetings; "दौरा रद्द" ends the
    planned visit; for AGREEMENT a different status is always a different event."""
    if m.status == e.status:
        return True
    if m.frame == "AGREEMENT":
        return False
    if "cancelled" in (m.status, e.status) and "occurred" not in (m.status, e.status):
        return True
    if not _strong(e) or not m.attrs.get("strong_status", _strong(m)):
        return True
    if {m.status, e.status} == {"cancelled", "occurred"}:
        return False  # the talks called off and the call held instead: "तय बैठक रद्द ... दोनों ने फ़ोन पर बात की"
    if len(_pkeys(m) & _pkeys(e)) >= 2:
        # the same two parties: one meeting reported before and after it took place, unless the one
        # planned lies after the publication day or the one held before it ("अगले दौर की बातचीत जून में होगी")
        planned, held = (m, e) if m.status == "planned" else (e, m)
        return not (planned.status == "planned" and held.status == "occurred"
                    and (_future(planned.date, published) or _past(held.date, published)))
    return bool(m.date and e.date and m.date.get("value") == e.date.get("value"))


def _keys(parts: list[dict]) -> set[str]:
    return {key(p.get("canonical") or p.get("text", "")) for p in parts}


def _people(parts: list[dict]) -> set[str]:
    return {key(p.get("canonical") or p.get("text", "")) for p in parts if p.get("label") == "PER"}


def _named(parts: list[dict]) -> set[str]:
    """People and bodies (not places)."""
    return _keys([p for p in parts if p.get("label") in ("PER", "ORG")])


def _countries(parts: list[dict]) -> set[str]:
    return {p["country"] for p in parts if p.get("country")}


def counterparts_compatible(m: Event, e: Event) -> bool:
    """Not two meetings of one party with different people: "मोदी ने पुतिन से मुलाकात की ... मोदी ने शी से
    मुलाकात की" is two meetings, though they share Modi: the same subject, and each names people as
    the other party whom the other mention does not name at all. Visits keep merging (places nest:
    Belgium, Brussels); attendees named later with another subject join as before."""
    if m.frame == "VISIT":
        return True
    if (m.attrs.get("apart") or e.attrs.get("apart")) and not (_people(m.target) & _people(e.target)):
        # "... पुतिन से भी अलग से भेंट की", "आठ अन्य करारों पर भी हस्ताक्षर किए": an event apart from the one
        # told, unless with the same person
        return False
    if m.frame == "AGREEMENT":
        # "भारत ने जापान के साथ करार ... भारत और थाईलैंड के बीच संधि": one side in common and another on
        # each side is two agreements; a person counts as the country they are of
        mine, theirs = _sides(m.actor + m.target), _sides(e.actor + e.target)
        return not (len(mine & theirs) == 1 and mine - theirs and theirs - mine)
    if m.attrs.get("attendance") and not e.attrs.get("attendance") and _people(e.target) and not _people(m.target):
        return False  # "कैमरन सम्मेलन में शामिल होंगे ... वहां उनकी मुलाक़ात विग्नेश्वरन से होगी": a talk of its own
    if _bilateral_within(m, e) or _bilateral_within(e, m):
        return False
    if (m.attrs.get("with_officials") and _people(e.target)) or (e.attrs.get("with_officials") and _people(m.target)):
        return False  # "अधिकारियों के साथ समीक्षा बैठक की ... राज्यपाल से मिले": two meetings
    told, theirs = set(m.attrs.get("told_with", [])), _people(e.target)
    if len(theirs) == 1 and told and not (told & theirs) and not e.attrs.get("attendance") and theirs <= _pkeys(m):
        # a headline of two talks ("देब ने गडकरी और गोयल से की मुलाकात") told one by one after it: "सुबह गडकरी से
        # मिले ... दोपहर बाद गोयल से भेंट की" is two meetings, the second not inside the first
        return False
    if not e.actor:
        return True
    # the subject may be among the other's parties on either side: "... राजनाथ सिंह और जयशंकर तथा ... पोम्पियो
    # और एस्पर शामिल हुए ... दोनों अमेरिकी मंत्री मोदी से मुलाकात करेंगे" is another meeting
    same_subject = _keys(e.actor) <= _pkeys(m)
    # (the other party may be among the actors: "कैमरन और मनमोहन सिंह के बीच वार्ता ... सुषमा स्वराज से कैमरन की
    # मुलाक़ात")
    mine, theirs = _people(m.actor + m.target) - _pkeys(e), _people(e.target) - _pkeys(m)
    if same_subject and mine and theirs and not (_people(m.target) & _people(e.target)):
        return False
    # "ओबामा ने अर्दोआन से फ़ोन पर बात की ... ओबामा और नेतन्याहू के बीच लंबी बैठक चली": one person in common and
    # each names another person the other does not, whoever is the subject: two meetings
    # (each with its subject: "... युवराज और जूही चावला से फ़ोन पर बात की" with "उन्होंने" unread is the call told next)
    if (m.frame == "MEETING" and not e.attrs.get("attendance") and not m.attrs.get("attendance") and m.actor and e.actor
            and len(_pkeys(m) & _pkeys(e)) == 1 and _people(m.actor + m.target) - _pkeys(e)
            and _people(e.actor + e.target) - _pkeys(m)):
        return False
    # "सू ची ने मनमोहन सिंह से मुलाक़ात की ... सोनिया गांधी ने उनसे भेंट की": one person in common, other
    # subjects, and each names another person as a party whom the other does not name: two meetings
    # (the other subject may be a body: "रॉ प्रमुख ... की ओली से मुलाकात" after "श्रृंगला ... ओली से मिले")
    return not (m.frame == "MEETING" and not e.attrs.get("attendance") and m.actor and e.actor
                and not (_keys(m.actor) & _keys(e.actor)) and _people(m.actor + m.target) - _pkeys(e)
                and _named(e.actor) - _pkeys(m) and len(_pkeys(m) & _pkeys(e)) == 1)


def _bilateral_within(a: Event, b: Event) -> bool:
    """a is a talk of two people who are among b's parties, and b names two or more others:
    a bilateral on the sidelines of a larger meeting ("क्वाड देशों के विदेश मंत्रियों की बैठक ... बैठक से पहले
    उन्होंने मोतेगी के साथ द्विपक्षीय वार्ता की"), not that meeting."""
    pair = _people(a.actor + a.target)
    if a.frame != "MEETING" or len(pair) != 2 or _named(a.actor + a.target) - pair:
        return False  # (two people: "मोदी ने स्वास्थ्य मंत्रालय के साथ बैठक की" retells a review meeting)
    others = _named(b.actor + b.target)
    return pair < others and len(others - pair) >= 2


def _sides(parts: list[dict]) -> set[str]:
    return {p.get("country") or key(p.get("canonical") or p.get("text", "")) for p in parts}


def _target_countries(e: Event) -> set[str]:
    return {p["country"] for p in e.target if p.get("label") == "LOC" and p.get("country")}


def places_compatible(m: Event, e: Event, points: dict | None = None) -> bool:
    """Not two visits of one traveller to different countries ("ओबामा अगले सोमवार को म्यांमार जाएंगे ...
    म्यांमार से ओबामा कंबोडिया जाएंगे" is two visits), nor visits of different travellers to one place. Places in one country nest (India, New Delhi) and
    keep merging, and so does a place of unknown country."""
    if m.frame != "VISIT":
        return True
    if m.actor and e.actor and not (_keys(m.actor) & _keys(e.actor)):
        return False  # other travellers to the same place: "इसराइल का प्रतिनिधिमंडल काहिरा पहुंचेगा ... केरी काहिरा नहीं जाएंगे"
    if (e.status == "cancelled") != (m.status == "cancelled") and m.target and e.target \
            and not (_keys(m.target) & _keys(e.target)):
        return False  # "पेशावर जाने का भी कार्यक्रम था, लेकिन ... रद्द": a leg called off, not the trip
    mine, theirs = _target_countries(m), _target_countries(e)
    if mine and theirs and not (mine & theirs):
        return False
    # Legs of one trip to towns far apart are visits of their own ("सोमवार को कोलंबो पहुंचे ... बुधवार को वह
    # त्रिंकोमाली जाएंगे"); places in one town (Delhi, New Delhi) are one visit.
    here, there = _points(m, points), _points(e, points)
    return not (here and there and min(_km(a, b) for a in here for b in there) > SAME_TOWN_KM)


SAME_TOWN_KM = 50  # two places of a visit closer than this are one town (Delhi and New Delhi, a city and its airport)


def _points(e: Event, points: dict) -> list[tuple[float, float]]:
    return [points[p["canonical"]] for p in e.target if p.get("label") == "LOC" and p.get("canonical") in points]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    from math import asin, cos, radians, sin, sqrt
    la1, lo1, la2, lo2 = map(radians, (*a, *b))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 12742 * asin(sqrt(h))


@dataclass(frozen=True)
class UndatedCues:
    """Words that date an undated mention before it is merged (configs/events/merge.toml)."""
    talk_nouns: frozenset[str] = frozenset()
    after_or_during: list[tuple[str, ...]] = field(default_factory=list)
    talks_then: list[tuple[str, ...]] = field(default_factory=list)  # "बातचीत हुई, जिसके बाद ..."
    talks_openers: list[tuple[str, ...]] = field(default_factory=list)  # "इसके बाद ...", "इसमें ..." after the talks
    both: frozenset[str] = frozenset()
    in_presence: list[tuple[str, ...]] = field(default_factory=list)  # "दोनों नेताओं की मौजूदगी में ..."
    that_trip: list[tuple[str, ...]] = field(default_factory=list)
    any_words: frozenset[str] = frozenset()  # "किसी जर्मन मंत्री का यह पहला भारत दौरा": the visit reported
    night_after_day: list[tuple[str, ...]] = field(default_factory=list)  # "सोमवार देर रात पहुंचे": the next day's talks

    @classmethod
    def from_toml(cls, raw: dict) -> "UndatedCues":
        return _from_raw(cls, raw)

    def after_talks(self, sentence: str, trigger: str) -> bool:
        """The sentence tells its trigger after or during talks: "बातचीत के बाद ... दस्तख़त किए", "बातचीत हुई, जिसके
        बाद ... दस्तख़त किए गए", "दोनों नेताओं की मौजूदगी में ... दस्तख़त किए गए"."""
        words = _words_before(sentence, trigger)
        if _match_at(words, 0, self.talks_openers):
            return True  # "इसके बाद ... दस्तख़त किए गए" right after the talks
        for k, w in enumerate(words):
            if w in self.talk_nouns and (_match_at(words, k + 1, self.after_or_during) or any(
                    _match_at(words, j, self.talks_then) for j in range(k + 1, len(words)))):
                return True
            if self.before_both(words, k):
                return True  # signed before the two leaders of the talks
        return False

    def before_both(self, words: list[str], k: int) -> bool:
        """"दोनों नेताओं की मौजूदगी में" at k."""
        return words[k] in self.both and any(_match_at(words, j, self.in_presence)
                                             for j in range(k + 2, min(k + 4, len(words))))

    def in_presence_of_both(self, sentence: str, trigger: str) -> bool:
        """The trigger is told before the two leaders: "दोनों नेताओं की मौजूदगी में ... दस्तख़त किए गए"."""
        words = _words_before(sentence, trigger)
        return any(self.before_both(words, k) for k in range(len(words)))

    def on_that_trip(self, sentence: str) -> bool:
        """The sentence is set on a trip told before: "उस दौरे में", "उसी यात्रा के दौरान"."""
        words = [key(w) for w in (sentence or "").split()]
        return any(_match_at(words, k, self.that_trip) for k in range(len(words)))


def _words_before(sentence: str, trigger: str) -> list[str]:
    """The sentence's words (keys, without commas and colons) before the trigger's first occurrence."""
    at = sentence.find(trigger) if sentence and trigger else -1
    return [key(w.strip(",;:")) for w in sentence[:max(at, 0)].split()]


def _countries_of(parts: list[dict], country_parts: dict[str, dict], known: dict[str, str] | None = None) -> list[dict]:
    """The countries (as the document names them) of parties that all have one the document names.
    known: canonical -> country of the knowledge base, for parties not given theirs yet (an office holder
    named by post: "तुर्कमेनिस्तान के राष्ट्रपति")."""
    out: list[dict] = []
    for p in parts:
        c = country_parts.get(p.get("country") or (known or {}).get(p.get("canonical") or "") or "")
        if c is None:
            return []
        if c not in out:
            out.append(c)
    return out


def _parties_of_talks(e: Event, merged: list[Event], sent: int, cues: UndatedCues, country_parts: dict[str, dict],
                      known: dict[str, str] | None) -> bool:
    """"बातचीत के बाद ... से जुड़े दो समझौतों पर दस्तख़त किए गए": an unnamed signing after talks is signed by the
    parties of the latest talks told that name two countries, by their countries, as agreements between states are told
    ("भारत और पेरू ने ... करार किए"), on the talks' day. Also reached in the talks ("बैठक में ... सहमति बनी") or told
    right after them ("इसके बाद ..."; merge.toml talks_openers). Whether it found them."""
    if not cues.after_talks(e.mentions[0].sentence, e.trigger):
        return False
    # the two leaders before whom it was signed are those of the talks even a quotation or two after them
    reach = BOTH_REACH if cues.in_presence_of_both(e.mentions[0].sentence, e.trigger) else TALKS_REACH
    found = _sides_told_before(merged, sent, ("MEETING",), reach,
                               lambda talks: _countries_of(talks.actor + talks.target, country_parts, known))
    if found is None:
        return False
    talks, sides = found
    _name_parties(e, sides)
    if not e.date and talks.date:
        e.date = dict(talks.date)
        e.attrs["date_from"] = "talks"
    return True


def _parties_of_signing_ahead(e: Event, merged: list[Event], sent: int, country_parts: dict[str, dict],
                              known: dict[str, str] | None) -> bool:
    """"अंतिम करार पर दस्तख़त अगले महीने होंगे": an unnamed signing still ahead (not an approval) is between the
    parties of the agreement or talks just told: the agreement's own parties when they are bodies ("तुर्की सरकार और
    कुर्दिस्तान क्षेत्रीय सरकार"), otherwise the countries of the people who talked. Whether it found them."""
    if not ((e.attrs.get("signed") or e.attrs.get("drafted")) and e.status == "planned" and e.attrs.get("kind") != "ratify"):
        return False
    def sides_of(told: Event) -> list[dict]:
        sides = [dict(p) for p in told.actor + told.target if p.get("label") == "ORG"]
        if told.frame != "AGREEMENT" or len(sides) < 2:
            sides = _countries_of(told.actor + told.target, country_parts, known)
        return sides

    found = _sides_told_before(merged, sent, ("AGREEMENT", "MEETING"), SIGNING_REACH, sides_of)
    if found is None:
        return False
    told, sides = found
    _name_parties(e, sides)
    e.attrs["parties_from"] = told.frame.lower()
    return True


def _parties_of_one_more(e: Event, merged: list[Event], sent: int, country_parts: dict[str, dict],
                         known: dict[str, str] | None) -> bool:
    """"कृषि शोध में सहयोग के एक सहमति पत्र पर भी दस्तख़त हुए", "एक और करार पर भी दस्तख़त किए गए": one more
    agreement signed with nobody named is between the parties of the agreement just told (the countries of its
    parties, else its bodies), and of its day when it tells none and was signed as that one was. Whether it found
    them."""
    # (signed or sealed: "सरकारी स्तर के करारों पर भी [असर] दिखा", "एक अन्य करार के मुताबिक़" tell of no signing)
    if not (e.attrs.get("apart") and (e.attrs.get("signed") or e.attrs.get("kind") == "ratify")):
        return False
    def sides_of(told: Event) -> list[dict]:
        sides = _countries_of(told.actor + told.target, country_parts, known)
        return sides if len(sides) >= 2 else [dict(p) for p in told.actor + told.target if p.get("label") == "ORG"]

    found = _sides_told_before(merged, sent, ("AGREEMENT",), SIGNING_REACH, sides_of)
    if found is None:
        return False
    told, sides = found
    _name_parties(e, sides)
    e.attrs["parties_from"] = "agreement"
    if not e.date and told.date and told.status == e.status:
        e.date = dict(told.date)
        e.attrs["date_from"] = "agreement"
    return True


def _sides_told_before(merged: list[Event], sent: int, frames: tuple[str, ...], reach: int,
                       sides_of) -> tuple[Event, list[dict]] | None:
    """The latest merged event of these frames last told at most `reach` sentences before whose parties give two
    sides or more (`sides_of`), with those sides: not a signing by two ministers one of whom no table places ("गाओ
    हुचेंग और यून सांग-जिक ने दस्तख़त किए"), but the agreement between China and South Korea told before it."""
    for m in reversed(merged):
        if m.frame in frames and _pkeys(m) and m.mentions and 0 <= sent - m.mentions[-1].sent_id <= reach:
            sides = sides_of(m)
            if len(sides) >= 2:
                return m, sides
    return None


def _name_parties(e: Event, sides: list[dict]) -> None:
    """An unnamed signing gets its parties: the first as actor, the others as target."""
    e.actor, e.target = sides[:1], sides[1:]
    e.attrs.pop("unnamed", None)


def merge_events(doc_id: str, events: list[Event], published: str | None = None,
                 points: dict | None = None, cues: UndatedCues = UndatedCues(),
                 country_parts: dict[str, dict] | None = None, known: dict[str, str] | None = None) -> list[Event]:
    """points: canonical -> (lat, lon) of the document's towns (places with a GeoNames id, no countries)."""
    points = points or {}
    country_parts = country_parts or {}  # ISO code -> the country as the document names it (a participant)
    events = sorted(events, key=lambda e: (e.mentions[0].sent_id, e.mentions[0].trigger_start) if e.mentions else (0, 0))
    merged: list[Event] = []
    for e in events:
        sent = e.mentions[0].sent_id if e.mentions else 0
        keys = _pkeys(e)
        if e.frame == "AGREEMENT" and not e.date and e.mentions and cues.after_talks(e.mentions[0].sentence, e.trigger):
            # "बातचीत के बाद दोनों देशों ने दो समझौता ज्ञापनों पर दस्तख़त किए": signed on the day of the talks
            # told in the sentence, not at the treaty of 1949 that the same two countries signed
            talks = next((m for m in reversed(merged) if m.frame == "MEETING" and m.date
                          and any(x.sent_id == sent for x in m.mentions)), None)
            if talks is not None:
                e.date = dict(talks.date)
                e.attrs["date_from"] = "talks"
        if e.frame == "AGREEMENT" and not keys and e.attrs.get("unnamed") and e.mentions and (
                _parties_of_talks(e, merged, sent, cues, country_parts, known)
                or _parties_of_signing_ahead(e, merged, sent, country_parts, known)
                or _parties_of_one_more(e, merged, sent, country_parts, known)):
            keys = _pkeys(e)
        if e.frame != "VISIT" and not e.date and e.mentions and cues.on_that_trip(e.mentions[0].sentence):
            # "उस दौरे में ... मनमोहन सिंह यांगून में सू ची के घर जाकर उनसे मिले थे": on the earlier trip just told,
            # on its date, not at this week's meeting of the same two
            trip = _latest_visit_before([m for m in merged if m.frame == "VISIT" and m.date and m.mentions],
                                        sent, VISIT_DATE_REACH)
            if trip is not None:
                e.date = dict(trip.date)
                e.attrs["date_from"] = "that trip"
        # signing and ratifying are different events ("... पर दस्तख़त किए ... संसद इसका अनुमोदन करेगी")
        same = [m for m in merged if m.type == e.type and dates_compatible(m.date, e.date)
                and (m.attrs.get("kind") == "ratify") == (e.attrs.get("kind") == "ratify")]
        best = None
        if e.attrs.get("anaphoric"):
            # "इस बैठक में", "यह बैठक ... होगी": the latest event of the type just reported.
            # (not a trip to another country: "दौरे के आख़िरी चरण में वे किर्गिज़स्तान जाएंगे" is a visit of its own)
            recent = [m for m in same if m.mentions and sent - m.mentions[-1].sent_id <= ANAPHOR_WINDOW
                      and places_compatible(m, e, points) and not _bilateral_within(m, e)]
            if not recent and e.attrs.get("weak") and keys:
                # "बैठक में X, Y ... मौजूद रहे" far below the meeting: its attendees would be lost otherwise.
                recent = [m for m in same if m.mentions and places_compatible(m, e, points) and not _bilateral_within(m, e)]
            if e.attrs.get("anaphoric") == "setting" and e.status == "occurred" and keys:
                # Attendees who were there ("मौजूद रहे") were at a meeting held, not at one announced
                # in between ("20 मार्च को फिर समीक्षा बैठक की जाएगी").
                recent = [m for m in recent if m.status != "planned"] or recent
            if recent:
                best = max(recent, key=lambda m: m.mentions[-1].sent_id)
        if best is None and keys and not (e.attrs.get("earlier") and not e.date):
            sharing = [m for m in same if keys & _pkeys(m) and statuses_compatible(m, e, published) and counterparts_compatible(m, e)
                       and places_compatible(m, e, points) and not (m.attrs.get("earlier") and not m.date)
                       and not _years_before(m.date, e.date, published)
                       # "इसके बाद चौहान ने प्रधान से मुलाकात की। इससे पहले मंगलवार को मुख्यमंत्री ने फिक्की से संवाद
                       # किया था": told as before an undated event, a dated mention is not that event
                       and not (e.attrs.get("earlier") and e.date and not m.date)]
            if sharing:
                # the same day first, then the most parties in common ("दोनों नेताओं की बातचीत" is the talks of
                # the two, not a later meeting of one of them with a third), then the same status, the latest
                best = max(sharing, key=lambda m: (bool(m.date and e.date and m.date.get("value") == e.date.get("value")),
                                                   len(keys & _pkeys(m)), m.status == e.status, m.mentions[-1].sent_id))
        if best is None and not keys and e.attrs.get("round"):
            # "वार्ता का अगला दौर 11 जून से शुरू होगा": a new round of the talks last told, by their parties
            told = [m for m in merged if m.type == e.type and _pkeys(m) and m.mentions
                    and sent - m.mentions[-1].sent_id <= ANAPHOR_WINDOW]
            if e.attrs["round"] == "next":
                # "अगली त्रिपक्षीय शिखर बैठक अगले साल दक्षिण कोरिया में होगी": the next of the same kind, between the
                # countries of those who met (who comes next time is not said)
                told = [m for m in told if key(m.trigger) == key(e.trigger)]
            if told:
                # the talks of the same word first ("शांति वार्ता ... वार्ता का अगला दौर"), then the latest
                last = max(told, key=lambda m: (key(m.trigger) == key(e.trigger), m.mentions[-1].sent_id))
                sides = _countries_of(last.actor + last.target, country_parts, known) if e.attrs["round"] == "next" else []
                if e.attrs["round"] != "next":
                    e.actor, e.target = list(last.actor), list(last.target)
                elif len(sides) >= 2:
                    _name_parties(e, sides)
                e.attrs.pop("unnamed", None)
                e.attrs.pop("weak", None)
                keys = _pkeys(e)
        if best is not None:
            _absorb(best, e)
        elif (keys and not e.attrs.get("weak")) or e.attrs.get("unnamed") or (
                e.frame == "MEETING" and len(_people(e.actor + e.target)) >= 3):
            # (a meeting of three people or more named is one, though told as a setting: "शिखर सम्मेलन में
            # मेज़बान रूसेफ़ के साथ पुतिन, शी, ज़ूमा और मोदी ने हिस्सा लिया" after a headline of two of them)
            e.attrs["evidence"] = _evidence(e)
            e.attrs["strong_status"] = _strong(e)
            _tell_counterpart(e, e)
            merged.append(e)
    _parties_from_visits(merged, country_parts)
    merged = [m for m in merged if _pkeys(m)]  # placeholders nobody was named for
    merged = _fold_counterpart_only(merged)
    if cues.any_words:
        merged = _fold_any_traveller(merged, cues.any_words, known or {})
    _date_from_visits(merged, cues.night_after_day)
    for n, m in enumerate(merged, 1):
        m.event_id = f"{doc_id}#{n}"
        m.attrs.pop("evidence", None)
        offices = set(m.attrs.pop("offices", ()))
        for k in ("anaphoric", "weak", "strong_status", "unnamed", "earlier", "attendance", "round", "apart", "signed",
                  "drafted", "told_with", "with_officials"):
            m.attrs.pop(k, None)
        m.attrs["n_mentions"] = len(m.mentions)
        if m.frame != "VISIT" and any(p.get("label") == "PER" for p in m.actor + m.target):
            # Countries act through the people named: "भारत और रूस के बीच शिखर सम्मेलन ... पुतिन और मोदी के
            # बीच बातचीत" is a meeting of Putin and Modi. A visit keeps its destination, and a country
            # named for its unnamed envoy ("जयशंकर ने अमेरिका के राजदूत से मुलाकात की") stays.
            # A country none of the people is of stays when all their countries are known: "करज़ई ने
            # भारत के साथ समझौते पर दस्तख़त किए" is Karzai and India.
            people = [p.get("country") for p in m.actor + m.target if p.get("label") == "PER"]
            # (for an agreement a signer of unknown country does not stand for any country: "समझौते पर ...
            # राजेंद्र किशोर क्षत्री ने दस्तख़त किए" after "भारत और नेपाल ने ... हस्ताक्षर किए" keeps both)
            theirs = set(people) if all(people) else ({c for c in people if c} if m.frame == "AGREEMENT" else None)

            def kept(p):
                return (p.get("label") != "LOC" or key(p.get("canonical") or p.get("text", "")) in offices
                        or (theirs is not None and p.get("country") is not None and p["country"] not in theirs))
            m.actor = [p for p in m.actor if kept(p)]
            m.target = [p for p in m.target if kept(p)]
        if m.status == "occurred" and _future(m.date, published):
            m.status = "planned"  # dated after publication: it cannot have happened yet
    return merged


VISIT_DATE_REACH = 3  # sentences after a dated visit in which an undated meeting of its traveller takes its date


def _latest_visit_before(visits: list[Event], at: int, reach: int) -> Event | None:
    """The visit with a mention in the `reach` sentences up to sentence `at`, the latest such mention first."""
    near = [(max(mm.sent_id for mm in m.mentions if 0 <= at - mm.sent_id <= reach), m)
            for m in visits if any(0 <= at - mm.sent_id <= reach for mm in m.mentions)]
    return max(near, key=lambda t: t[0])[1] if near else None


def _arrived_at_night(visit: Event, night: list[tuple[str, ...]]) -> bool:
    """The visit's day is told with a night after it (merge.toml night_after_day): "मंगलवार देर रात तेहरान पहुँचे",
    "बुधवार रात लीमा पहुँचे"."""
    day = [key(w) for w in ((visit.date or {}).get("text") or "").split()]
    for mm in visit.mentions:
        words = [key(w) for w in (mm.sentence or "").split()]
        if day and any(words[k:k + len(day)] == day and _match_at(words, k + len(day), night)
                       for k in range(len(words))):
            return True
    return False


def _next_day(date: dict) -> dict:
    """The date one day after a calendar day; any other value (an undated story's "XXXX-WXX-1") as it is."""
    try:
        day = _date.fromisoformat(date.get("value") or "")
    except ValueError:
        return date
    return {**date, "value": (day + timedelta(days=1)).isoformat()}


def _date_from_visits(merged: list[Event], night: list[tuple[str, ...]] = ()) -> None:
    """An undated meeting or agreement of a traveller told just after the traveller's dated visit took
    place on that visit, on its day: "पुतिन सोमवार को दिल्ली पहुंचे ... मनमोहन सिंह के साथ शिखर बैठक के
    बाद ..." is Monday's. Only a one-day date, the same status, a traveller among its parties."""
    visits = [m for m in merged if m.frame == "VISIT" and m.date and m.mentions and m.actor
              and len((m.date.get("value") or "")) == 10]
    for e in merged:
        if e.frame == "VISIT" or e.date or not e.mentions or e.attrs.get("earlier"):
            continue
        at = e.mentions[0].sent_id
        # the visit told in any of its mentions just before ("... पुतिन राष्ट्रपति भवन गए, जहां ... भेंट हुई");
        # an agreement of the traveller's country ("पुतिन ... पहुंचे ... दोनों देशों ने ... हस्ताक्षर किए")
        parties = _pkeys(e) | (_countries(e.actor + e.target) if e.frame == "AGREEMENT" else set())
        m = _latest_visit_before([m for m in visits if m.status == e.status
                                  and (_keys(m.actor) | _countries(m.actor)) & parties], at, VISIT_DATE_REACH)
        if m is not None:
            # a dated event of the traveller told after the arrival is nearer: "सोमवार को ... ली केक्यांग के साथ
            # वार्ता के बाद ... । बाद में वे शी जिनपिंग से मिलीं" is Monday's, not the day she landed
            told = max((mm.sent_id for mm in m.mentions if mm.sent_id <= at), default=-1)
            traveller = _keys(m.actor)
            later = [(max(x.sent_id for x in o.mentions if told < x.sent_id <= at), o) for o in merged
                     if o is not e and o is not m and o.frame != "VISIT" and o.status == e.status and o.mentions
                     and len(((o.date or {}).get("value") or "")) == 10 and traveller & _pkeys(o)
                     and not o.attrs.get("date_from") and any(told < x.sent_id <= at for x in o.mentions)]
            e.date = dict(max(later, key=lambda t: t[0])[1].date if later else m.date)
            e.attrs["date_from"] = "visit"
            if not later and night and _arrived_at_night(m, night):
                e.date = _next_day(e.date)  # "सोमवार देर रात दिल्ली पहुंचे": the talks after are Tuesday's


VISIT_PARTY_REACH = 3  # sentences after a visit in which an agreement with nobody named is the visit's


def _parties_from_visits(merged: list[Event], country_parts: dict[str, dict] | None = None) -> None:
    """An agreement signed with nobody named just after a visit made or going on ("कृषि शोध में सहयोग के एक सहमति
    पत्र पर भी दस्तख़त हुए", "इसके बाद ... 38 समझौतों पर हस्ताक्षर हुए") was signed on that visit: its traveller
    and the country visited are its parties."""
    visits = [m for m in merged if m.frame == "VISIT" and m.actor and m.mentions and m.status in ("occurred", "ongoing")
              and any(p.get("label") == "LOC" and p.get("country") for p in m.target)]
    for e in merged:
        if e.frame != "AGREEMENT" or _pkeys(e) or not e.mentions or not e.attrs.get("signed") or e.status != "occurred":
            continue
        at = e.mentions[0].sent_id
        m = _latest_visit_before(visits, at, VISIT_PARTY_REACH)
        if m is None:
            continue
        home = _countries(m.actor)
        hosts = [p for p in m.target if p.get("label") == "LOC" and p.get("country") and p["country"] not in home]
        if hosts:
            e.actor = [dict(p) for p in m.actor]
            # the country visited, as the document names it, rather than the town ("शाह हमद दिल्ली में, ... चार
            # समझौतों पर दस्तख़त" is Bahrain's king and India)
            e.target = [dict((country_parts or {}).get(hosts[0]["country"]) or hosts[0])]
            e.attrs["parties_from"] = "visit"
            # the same signing told with its parties elsewhere ("ओलांद की भारत यात्रा: ... छह समझौतों पर दस्तख़त" and
            # "दोनों देशों ने छह समझौतों पर हस्ताक्षर किए") is one event
            other = next((o for o in merged if o is not e and o.frame == "AGREEMENT" and o.status == e.status
                          and _pkeys(o) & _pkeys(e) and dates_compatible(o.date, e.date)), None)
            if other is not None and not e.attrs.get("apart"):  # (not "एक सहमति पत्र पर भी": one more)
                _absorb(other, e)
                e.actor, e.target = [], []


def _fold_counterpart_only(merged: list[Event]) -> list[Event]:
    """A meeting told with only its other party named ("... कि पाकिस्तान सरकार के साथ शांति वार्ता चल
    रही है") is the fuller meeting of the same document that names that party among others ("तहरीके
    तालिबान और पाकिस्तानी सरकार में बातचीत हुई"), when their dates agree; the first such in the text."""
    out = list(merged)
    for m in merged:
        if m.actor or m.frame not in ("MEETING", "AGREEMENT") or m not in out:
            continue
        keys = _pkeys(m)
        fuller = next((o for o in out if o is not m and o.type == m.type and o.actor and keys < _pkeys(o)
                       and dates_compatible(o.date, m.date)), None) if m.frame == "MEETING" else None
        if fuller is not None:
            status = fuller.status
            _absorb(fuller, m)
            fuller.status = status  # the fuller report tells whether it happened
            fuller.mentions.sort(key=lambda x: (x.sent_id, x.trigger_start))
            out.remove(m)
            continue
        # "अमेरिका और फ्रांस के साथ एयर बबल करार" (a headline) told as two: "भारत ने अमेरिका और फ्रांस के साथ
        # अलग-अलग ... करार किए": each of its parties is in one of the fuller events; its mention joins the first
        parts = [o for o in out if o is not m and o.type == m.type and o.actor and keys & _pkeys(o)
                 and dates_compatible(o.date, m.date)]
        if len(parts) >= 2 and keys <= set().union(*(_pkeys(o) for o in parts)):
            parts[0].mentions = sorted(parts[0].mentions + m.mentions, key=lambda x: (x.sent_id, x.trigger_start))
            out.remove(m)
    return out


def _place_keys(parts: list[dict]) -> set:
    """The keys of places and their countries' codes."""
    return {key(p.get("canonical") or p.get("text", "")) for p in parts} | {p.get("country") for p in parts} - {None}


def _fold_any_traveller(merged: list[Event], any_words: frozenset[str], known: dict) -> list[Event]:
    """A visit told only as one by "any" official of a country ("... के बाद किसी जर्मन मंत्री का यह पहला भारत दौरा है",
    its traveller read as the country) is the visit of that country's person to the same place or country that the
    document reports, of a status of the same kind and a compatible date: its mentions join that visit's."""
    out = list(merged)
    went = {"occurred", "ongoing"}
    for m in merged:
        if m.frame != "VISIT" or not m.actor or any(p.get("label") != "LOC" for p in m.actor) or not m.mentions:
            continue
        if not all(any_words & {key(x) for x in mm.sentence.split()} for mm in m.mentions):
            continue
        lands = {p.get("country") or known.get(p.get("canonical")) for p in m.actor} - {None}
        places = _place_keys(m.target)
        visit = next((o for o in out if o is not m and o.frame == "VISIT"
                      and (o.status == m.status or {o.status, m.status} <= went) and dates_compatible(o.date, m.date)
                      and any(p.get("label") == "PER" and p.get("country") in lands for p in o.actor)
                      and places & _place_keys(o.target)), None)
        if visit is not None:
            visit.mentions = sorted(visit.mentions + m.mentions, key=lambda x: (x.sent_id, x.trigger_start))
            out.remove(m)
    return out


def _future(date, published) -> bool:
    return bool(date) and _is_future(date.get("value"), published)


def _past(date, published) -> bool:
    return bool(date) and _is_past(date.get("value"), published)


@stage("event_merge", requires=("entities",), provides=("events",),
       settings={"gazetteers": "gazetteers", "cues": "events/merge.toml"})
def make_event_merge(settings: dict, context):
    """Merge each document's event mentions into events; set event_id = '<doc_id>#<n>'."""
    from .ner_gazetteer import load_gazetteer  # loaded once per process; the tagger and linker share it

    from .event_countries import gazetteer_countries

    folder = context.resolve(settings.get("gazetteers", "gazetteers"))
    countries = load_gazetteer(folder).countries
    known = gazetteer_countries(folder)  # canonical -> country of every entity of the knowledge base that has one
    cues = UndatedCues.from_toml(context.read_toml(settings.get("cues", "events/merge.toml")))

    def run(doc):
        # towns only (a GeoNames id, coordinates, no country): a country's or state's centre says nothing of a leg
        points = {e.canonical: (e.lat, e.lon) for e in doc.entities
                  if e.label == "LOC" and e.canonical and e.geonames_id and e.lat is not None and e.lon is not None
                  and e.canonical not in countries}
        country_parts = {}
        for e in doc.entities:
            if e.label == "LOC" and e.canonical in countries and e.country:
                country_parts.setdefault(e.country, e.participant())
        doc.events = merge_events(doc.doc_id, doc.events, doc.published, points, cues, country_parts, known)
        return doc

    return run
