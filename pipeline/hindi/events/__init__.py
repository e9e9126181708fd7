"""Rule-based event extraction for Hindi news: VISIT, MEETING, AGREEMENT.

One engine, three lexicons (configs/events/<type>.toml). For each sentence:

1. Triggers: whole-token matches of a lexicon's words and phrases. *Strong* nouns
   (बैठक, यात्रा, समझौता) are events by themselves; *weak* nouns (बात, चर्चा,
   हस्ताक्षर) only with a light verb after them (बात की, हस्ताक्षर किए); *verbs*
   only in their frame: मिलना after "X से / X के साथ", motion verbs (गया, आएंगे,
   पहुंचे) right after a named place.
2. Clause: participants and dates are read from the trigger's clause only; a
   clause ends at punctuation and at clause words such as कि, so in
   "मंत्रालय ने कहा कि पुतिन भारत आएंगे" the ministry is not a visitor.
3. Roles from case marking: the postposition after a named entity, or after a
   list "X, Y और Z", says its role: ने/द्वारा -> actor; से, के साथ -> the other
   party; "X और Y के बीच" -> both; "X की (भारत) यात्रा" -> X's visit, and a place
   right before or in the genitive of a visit trigger is the place visited;
   "X में" -> location; a bare person or organisation before the trigger is the
   subject. A genitive before a title or another name ("दिल्ली के मुख्यमंत्री
   केजरीवाल") only modifies that name. A bare title ("प्रधानमंत्री ने") stands for
   the person the document names with that title ("प्रधानमंत्री नरेंद्र मोदी"), and
   "X ने कहा कि वह / उनकी ..." for the speaker X.
   With a dependency parse (the optional ``stanza`` stage), which names are the trigger's
   arguments, and with which marker, comes from the parse instead (pipeline/hindi/deproles.py):
   a name in another clause or modifying another noun is no participant. Where the parse gives
   the trigger no arguments, the rules above apply. Such events carry attrs["roles_from"]
   ("parse" or "rules"); without a parse nothing changes.
4. Date: the DATE entity of the clause nearest the trigger, unless it is the
   reference point of "के बाद / से पहले / तक"; dates listed together ("20 मार्च,
   दो और 11 अप्रैल") give one event each. With none there, the date of a clause that tells the
   time of the event just named: "..., जिसका आयोजन 18 मार्च को होना था" or a next sentence opening
   "इसका आयोजन ..." (attrs["date_from"] = "follow-up clause"). A "जब" clause takes the date right
   before "जब" ("फ़रवरी में जब ... आए थे") or, after a comma, the date of the clause it follows
   ("... सितंबर में हुआ था, जब ..."), as a "जहां" clause does. No other fallback: the date of an
   earlier sentence was wrong more often than right (docs/results.md, 2026-12-04).
5. Status, in this order: a cancellation or refusal word near the trigger, or a
   negation in its verb group (not one next to an outcome word: "वार्ता सफल नहीं हुई") -> cancelled;
   postponement to a new time -> planned (still expected), with no new time -> cancelled;
   "गए हुए हैं" -> ongoing; "यात्रा पर हैं" -> ongoing; an attempt ("करने की कोशिश की") -> cancelled
   when a refusal follows, else planned; "was to" ("हिस्सा लेना था", "लेने वाले थे") -> cancelled after
   a call-off in this or the previous sentence, else planned; an expectation word near
   the trigger (उम्मीद, प्रस्तावित, तैयारी, चाहते) or a prospective participle
   ("होने वाली बातचीत") -> planned; a present modal "कर सकते हैं" -> planned;
   "बैठक बुलाई है" -> planned; else the tense of
   the trigger's clause (pipeline/hindi/tense.py, cues in configs/tense.toml):
   future -> planned, past -> occurred, progressive -> ongoing ("आ रहे हैं" after a
   visit: planned); a date after the publication date makes it planned; with no
   verb at all, the date against the publication date, else occurred.

Filters: an event needs a named participant. A mention that points back with a
demonstrative ("इस बैठक में", "यह बैठक 11 अप्रैल को होगी", "इस पर हस्ताक्षर") is
kept without one, and so is a new event nobody is named for (a placeholder that
"इस बैठक में X शामिल थे" can attach to); a visit with no place named, or a visit
or meeting with no actor, is kept as *weak*. event_merge joins these to the
event they belong to and drops what is left over. All word lists are data in
configs/events/.
The steps, one module each: lexicons (the word lists), document_index (sentences, spans, titles,
pronouns), triggers (and clauses), roles (case frames), dates, status, extractor (building events).
"""
from __future__ import annotations

from .dates import _is_future, _is_past, timex_interval
from .document_index import NAMED, DocIndex, SentView, Span, index_of
from .extractor import Extractor
from .lexicons import CONFIG_DIR, Lexicon, Roles, StatusCues, key, load_lexicon, load_roles, load_status
from .roles import ACTOR, LOCATION, TARGET, DepRoles, RoleMap

__all__ = ["ACTOR", "CONFIG_DIR", "LOCATION", "NAMED", "TARGET", "DepRoles", "DocIndex", "Extractor", "Lexicon",
           "RoleMap", "Roles", "SentView", "Span", "StatusCues", "_is_future", "_is_past", "index_of", "key",
           "load_lexicon", "load_roles", "load_status", "timex_interval"]
