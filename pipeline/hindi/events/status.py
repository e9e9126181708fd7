"""Step 5: an event's status (planned, ongoing, occurred, cancelled) from cue words near the
trigger, the tense of its clause, and its date against the publication date."""
from __future__ import annotations

from functools import cached_property

from ..tense import tense_at, verb_group_tense
from .dates import _is_future, _is_past
from .document_index import SentView
from .lexicons import _ends_at, _match_at, key

# Words after a trigger in which a status word (expected, called off, postponed) still speaks of it:
# "हस्ताक्षर किए जाने की उम्मीद है", "दौरे की क्रेमलिन ने शुरू की तैयारी", "बैठक को तीन महीने के लिए टाल
# दिया"; further on it belongs to something else ("... तैयारी पैकेज").
PLANNED_WINDOW = 6


class StatusReader:
    """Extractor's status step (uses self.status, self.tense, self.roles and the role step)."""

    # -- status -----------------------------------------------------------

    def status_of(self, v: SentView, lo: int, hi: int, trig, date_value: str | None,
                  published: str | None, previous: list[str] = (), date_at: int | None = None) -> tuple[str, str]:
        """(status, what it was read from: cue, tense, date or default); `previous` is the words of the
        sentence before, `date_at` where the date stands."""
        w = v.words
        s = self.status
        after = w[trig[1]:hi]
        near_before = w[max(lo, trig[0] - 3):trig[0]]
        # a cue before a postposition is the topic ("तैयारियों पर बैठक की"), not the event's status
        marked = [k for k, x in enumerate(near_before) if x in self.roles.markers]
        if marked:
            near_before = near_before[marked[-1] + 1:]
        window = after[:PLANNED_WINDOW] + near_before
        if any(x in s.cancel and not (k + 1 < len(window) and window[k + 1] in s.demand_infinitives
                                      and any(y in s.demands for y in after[k + 2:k + 5]))
               for k, x in enumerate(window)):
            # not a call-off asked for of something else: "राष्ट्रपति से मिलकर तीनों कानून रद्द करने की मांग की"
            return "cancelled", "cue"
        that = max((k for k in range(lo) if w[k] == key("कि")), default=None) if lo > 0 else None
        if that is not None and any(x in s.denial for x in w[max(0, that - 6):that]):
            return "cancelled", "cue"  # "... ख़बरों का खंडन किया है कि अधिकारियों ने ... मुलाक़ात की"
        if self._headline_calloff(w, trig):
            return "cancelled", "cue"  # "रद्द हुआ ओबामा का रूस दौरा", "टली भारत-चीन सीमा वार्ता, नई तारीख़ तय नहीं"
        # a negation in the verb group, or right before a verb trigger ("भारत नहीं जाएंगे")
        if self._negated(after[:5]) or any(x in s.negation for x in w[max(lo, trig[0] - 1):trig[0]]):
            return "cancelled", "cue"
        if self.lex.choose_verbs and _match_at(after, 0, self.roles.purpose) and any(
                x in self.lex.choose_verbs for x in after[2:]):
            # "अपनी पहली विदेश यात्रा के लिए भारत को चुना था": the place was chosen, the trip made
            return ("planned" if _is_future(date_value, published) else "occurred"), "cue"
        if self.lex.under_negotiation and _match_at(after, 0, self.lex.under_negotiation):
            return "planned", "cue"  # "समझौते पर चल रही बातचीत", "करार पर बातचीत आख़िरी दौर में है": still to be made
        if after and after[0] not in self.roles.markers and any(x in s.cancel for x in w[max(trig[1], hi - 4):hi]):
            # The trigger unmarked, the subject of its clause, and a call-off in the clause's last verb group:
            # "उच्चस्तरीय वार्ता प्रतिनिधिमंडल के नेतृत्व को लेकर विवाद के बाद आख़िरी समय में रद्द हो गई".
            return "cancelled", "cue"
        cues = [k for k, x in enumerate(after[:PLANNED_WINDOW]) if x in s.postpone]
        if not cues and after and after[0] not in self.roles.markers:
            cues = [k for k in range(max(0, hi - 4 - trig[1]), len(after)) if after[k] in s.postpone]  # "... टल गया है"
        if cues:
            # Put off to a new time ("तीन महीने के लिए टाल दिया", "अगले महीने तक स्थगित"): still expected.
            # Put off with no new time ("यात्रा टल गई"): called off for now.
            # The new time may follow the cue too: "... टाला; ... तीन महीने के लिए टाल दिया जो अब जून में होगी".
            rest = after[max(0, cues[0] - 4):]
            # A date before the trigger is the time it was put off from ("अक्तूबर में होने वाली अपनी
            # वॉशिंगटन की स्टेट विज़िट टाल दी है"), not a new one.
            new_date = _is_future(date_value, published) and (date_at is None or date_at >= trig[1])
            rescheduled = (new_date or any(x in s.reschedule for x in rest)
                           or any(self.tense.is_future_form(x) for x in rest))
            if any(x in s.indefinite for x in rest):
                rescheduled = False  # "अनिश्चितकाल के लिए टाल दी गई": no new time
            return ("planned", "rescheduled") if rescheduled else ("cancelled", "postponed")
        if self._staying(w[trig[0]:hi]):
            return "ongoing", "cue"  # "चीन गए हुए हैं": gone and still there
        if self.lex.type != "VISIT" and any(_ends_at(w, k, s.going_on) for k in range(max(lo, trig[0] - 3), trig[0] + 1)):
            return "ongoing", "cue"  # "छह महीने से चल रही शांति वार्ता": talks under way
        if _match_at([x for x in after if x not in self.roles.particles], 0, s.ongoing_phrases):
            # "इन दिनों भारत के दौरे पर हैं": on the trip now (or, with a later date, still to come).
            return ("planned" if _is_future(date_value, published) else "ongoing"), "cue"
        # An infinitive after a genitive is a noun: "उनका कहना था" (they said), "उनका मानना था" (they believed).
        tried = next((k for k in range(1, min(4, len(after))) if after[k] in s.attempt and after[k - 1] == key("की")), None)
        if tried is not None:
            # "वेदांता से बातचीत करने की कोशिश की लेकिन ... मना कर दिया": an attempt that was turned down (a
            # refusal or negation later in the sentence) did not happen; an attempt alone is still to happen
            # ("खेल-मंत्री से मिलने की कोशिश कर रहे हैं").
            rest = w[trig[1] + tried + 1:]
            if any(x in s.cancel or x in s.negation for x in rest):
                return "cancelled", "cue"
            return "planned", "cue"
        offered = next((k for k in range(min(PLANNED_WINDOW, len(after))) if after[k] in s.offers), None)
        if offered is not None and any(x in s.cancel for x in w[trig[1] + offered + 1:]):
            return "cancelled", "cue"  # "मुलाक़ात की पेशकश की गई थी, लेकिन ईरान ने इसे ठुकरा दिया"
        # (the trigger may be the infinitive itself: "मोदी को इस महीने अमेरिका जाना था")
        own = w[trig[0]:trig[1]] + after
        bare = [x for x in own if x not in self.roles.particles]
        # (not a perfective that ends like an infinitive: "सहमति बनी थी" was reached, not was to be)
        was_to = (any(len(a) > 2 and a.endswith((key("ना"), key("नी"))) and b in self.tense.past_aux
                      and a not in self.tense.past_verbs and a not in self.tense.past_verbs_final
                      and not (k and _genitive_form(own[k - 1])) for k, (a, b) in enumerate(zip(own, own[1:])))
                  # "आगरा जाने का कार्यक्रम था, लेकिन ...": what was planned
                  or any(a in s.plans and b in self.tense.past_aux
                         for a, b in zip(bare[:PLANNED_WINDOW], bare[1:PLANNED_WINDOW + 1]))
                  or any(len(a) > 2 and a.endswith(key("ने")) and b in self.tense.prospective and c in self.tense.past_aux
                         for a, b, c in zip(own, own[1:], own[2:])))  # (the trigger too: "बेंगलुरु जाने वाले थे")
        if was_to:
            # "सम्मेलन में हिस्सा लेना था", "हिस्सा लेने वाले थे": was to, not did; after a call-off told in
            # this sentence or the one before ("... दौरा टल गया है । मोदी को ... सम्मेलन में हिस्सा लेना था")
            # it will not happen.
            if any(x in s.cancel or x in s.postpone for x in list(previous) + w) or any(
                    x in s.contrast for x in w[trig[1]:]):  # "... का कार्यक्रम था, लेकिन ...": it did not happen
                return "cancelled", "cue"
            return "planned", "cue"
        if trig[0] > lo and w[trig[0] - 1] in s.resultative and not _is_future(date_value, published):
            # "भारत और पाकिस्तान के बीच हुए समझौते के मुताबिक़ ... करेंगे": the agreement made, whatever
            # the main verb tells of what follows from it.
            return "occurred", "cue"
        if any(x in s.planned for x in self._own_group(w, trig, after) + near_before) or _ends_at(w, trig[0], s.prospective):
            return "planned", "cue"
        next_words = [x for x in after if x not in self.roles.particles][:2]
        if len(next_words) == 2 and next_words[0] in s.scheduled and next_words[1] in self.tense.present_aux:
            return "planned", "cue"  # "उनकी मुलाक़ात (भी) तय है": scheduled
        infinitive = [w[trig[1] - 1]] if w[trig[1] - 1].endswith(key("ने")) else []
        if self._decided(infinitive + after):  # the trigger may be the infinitive: "अमरीका जाने का फ़ैसला"
            return "planned", "cue"
        group = after[:PLANNED_WINDOW + 1]  # the trigger's own verb group, not a later verb ("... कर ली है और ... जा सकता है")
        if any(a in s.possible and b in self.tense.present_aux for a, b in zip(group, group[1:])):
            return "planned", "cue"  # "बातचीत कर सकते हैं", "वार्ता के लिए बुलाया जा सकता है": may, not did
        # The tense of the trigger's own clause (tense.py cuts at "और", "कि" ...; a clause without
        # a verb takes the next one's): "इस बैठक में ... चर्चा की जाएगी और ... सकते हैं" is future.
        offset = v.tokens[trig[0]].start - v.start
        tense = self._tense_at(v)(offset)
        # "बैठक बुलाई है": the meeting has been called, it is still to come (unless dated in the past or
        # told in the pluperfect: "शुक्रवार को बैठक बुलाई थी" reports a meeting held).
        if (any(x in s.convene for x in after[:2]) and not any(x in self.tense.past_aux for x in after[:4])
                and not _is_past(date_value, published)):
            return "planned", "cue"
        if tense is None:
            verbs = [x for x in after if any(c.isalpha() for c in x)]  # "की अध्यक्षता की ." ends in a verb
            tense = verb_group_tense(verbs, self.tense) if verbs else None
        if tense is None:
            # Headlines put the verb first: "रूस मंजूर करेगा बड़ा रक्षा समझौता".
            # Only a future form counts there: a "की" before the trigger is a genitive, not a verb.
            before_words = [x for x in w[lo:trig[0]] if any(c.isalpha() for c in x)]
            if any(self.tense.is_future_form(x) for x in before_words):
                tense = "future"
        if tense in ("future", None) and self._has_agent(v, lo, trig) and not self.tense.is_future_form(w[trig[0]]):
            # (not when the trigger is itself a future verb: "मोदी ने न्योता स्वीकार कर लिया है और वे अमेरिका
            # जाएंगे" - the ने-subject's verb is another one)
            # "ने" marks the subject of a perfective verb only: "योगी ने बैठक के दौरान ... बंद रहेंगे" tells
            # a decision taken at a meeting held, whatever the tense of the rest.
            return "occurred", "tense"
        if tense == "future":
            return "planned", "tense"
        if tense == "present" and any(x in self.tense.progressive or x in s.ongoing for x in after):
            # "भारत की यात्रा पर आ रहे हैं" is a visit on its way; a progressive with a later date too.
            # (the trigger may be the motion verb itself: "कोरिया ... में हिंदी पढ़ाने जा रहे हैं")
            coming = any(a in s.arriving and b in self.tense.progressive
                         for a, b in zip([w[trig[1] - 1]] + after, after))
            if coming or _is_future(date_value, published):
                return "planned", "tense"
            return "ongoing", "tense"
        if _is_future(date_value, published):
            return "planned", "date"
        if tense == "present" and all(x in self.roles.auxiliaries for x in after if any(c.isalpha() for c in x)):
            # "ये छठी बैठक है": the trigger is only named, nothing tells it took place
            return "occurred", "default"
        if tense in ("past", "present"):
            return "occurred", "tense"
        if _is_past(date_value, published):
            return "occurred", "date"
        return "occurred", "default"

    def _own_group(self, w: list[str], trig, after: list[str]) -> list[str]:
        """The words after the trigger that still speak of it: up to PLANNED_WINDOW, ending with a
        conjunctive participle ("मुलाक़ात करके | उन्हें ... तैयारियों"); none after a trigger that is one
        ("मिलकर | न्योता ...")."""
        if w[trig[1] - 1] not in self.status.conjunctive and w[trig[1] - 1].endswith(key("कर")):
            return []
        group = after[:PLANNED_WINDOW]
        end = next((k + 1 for k, x in enumerate(group) if x in self.status.conjunctive), len(group))
        # ... or ending with its verb before "और": "... के साथ बैठक की और फसल विविधीकरण योजना की प्रगति की जानकारी
        # दी" (the scheme, योजना, is no plan of the meeting's)
        joined = next((k for k, x in enumerate(group[:end]) if x in self._clause_joins and k
                       and (group[k - 1] in self.lex.light or group[k - 1] in self.tense.past_aux
                            or group[k - 1] in self.tense.present_aux)), None)
        return group[:joined if joined is not None else end]

    _clause_joins = frozenset(key(x) for x in ("और", "तथा", "एवं"))

    def _negated(self, verb_group: list[str]) -> bool:
        """A negation in the trigger's verb group that denies the event ("बैठक नहीं होगी"), not its outcome:
        next to an outcome word ("बातचीत सफल नहीं हो पाई", "वार्ता का कोई नतीजा नहीं निकला") the talks were held."""
        # "समझौते पर सहमति नहीं बन पाई": for an agreement a consensus is the event itself, not an outcome.
        outcome = self.status.outcome - self._own_words
        for k, x in enumerate(verb_group):
            if x in self.status.negation and not (
                    (k > 0 and verb_group[k - 1] in outcome) or (k + 1 < len(verb_group) and verb_group[k + 1] in outcome)
                    or any(y in self.status.time_nouns for y in verb_group[:k])):
                return True
        return False

    def _headline_calloff(self, w: list[str], trig) -> bool:
        """A headline opening with a call-off or put-off word and ending at the trigger (no verb after it)."""
        s = self.status
        if trig[0] == 0 or not any(x in s.cancel or x in s.postpone for x in w[:2]):
            return False
        rest = w[trig[1]:]
        end = next((k for k, x in enumerate(rest) if not any(c.isalnum() for c in x)), len(rest))
        return end == 0

    @cached_property
    def _own_words(self) -> frozenset[str]:
        """The one-word triggers of this stage's lexicon."""
        return frozenset(p[0] for p in (*self.lex.strong, *self.lex.weak) if len(p) == 1)

    def _staying(self, words: list[str]) -> bool:
        """A motion verb in the resultative present: "गए हुए हैं", "वृंदावन गई हुई है" (gone and there now);
        "पहुंचे हुए थे" (past) says nothing of now."""
        s = self.status
        return any(a in s.arrived and b in s.resultative and c in self.tense.present_aux
                   for a, b, c in zip(words, words[1:], words[2:]))

    def _decided(self, after: list[str]) -> bool:
        """"बैठक करने का फैसला किया", "यात्रा पर जाने की घोषणा की": an event decided or announced."""
        for k, x in enumerate(after[:3]):
            # the infinitive of the trigger's own verb ("करने", "होने", "जाने"), not of another verb:
            # "बातचीत में तेज़ी लाने का फ़ैसला किया" decides to speed up talks going on
            if len(x) > 2 and x.endswith(key("ने")) and (x in self.lex.light or x in self.lex.verbs or k == 0) \
                    and k + 2 < len(after) + 1:
                nxt = after[k + 1:k + 3]
                if len(nxt) == 2 and nxt[0] in self.roles.genitive and nxt[1] in self.status.decision:
                    return True
        return False

    def _has_agent(self, v: SentView, lo: int, trig) -> bool:
        for sp in v.spans:
            if lo <= sp.i and sp.j <= trig[0]:
                kind, at = self._own_marker(v, sp, trig[0])
                if kind == "agent" and v.words[at] == key("ने"):
                    return True
        return False

    def _tense_at(self, v: SentView):
        if getattr(v, "_tense", None) is None or v._tense[0] is not self.tense:
            v._tense = (self.tense, tense_at(v.text, self.tense))
        return v._tense[1]


def _genitive_form(word: str) -> bool:
    """का/की/के, or a word ending in them ("उनका", "इसकी", "आपके")."""
    return word.endswith((key("का"), key("की"), key("के")))
