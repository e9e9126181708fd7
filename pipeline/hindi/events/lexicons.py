"""Step 0 of the rule engine: the word lists (configs/events/*.toml) read into frozen dataclasses,
the matching key every token and list word is compared by, and phrase matching on token keys."""
from __future__ import annotations

import dataclasses
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..normalise import fold
from ..phrases import Phrases

CONFIG_DIR = Path(__file__).resolve().parents[3] / "configs" / "events"


# The glide spellings of verb endings as their vowel letters: गयीं = गईं, जायेंगी = जाएंगी, किये = किए
# (not after a virama: ज्येष्ठ).
_GLIDE = re.compile("(?<=[\u0900-\u094c\u094e-\u097f])\u092f([\u0940\u0947])")
_GLIDE_VOWEL = {"\u0940": "\u0908", "\u0947": "\u090f"}


@lru_cache(maxsize=1 << 17)  # every token of every sentence goes through it
def key(text: str) -> str:
    """Matching key: fold() (which holds chandrabindu as anusvara: पहुँचे = पहुंचे), with the glide spellings
    of verb endings as vowel letters (आयेंगी = आएंगी)."""
    folded = fold(text)
    return _GLIDE.sub(lambda m: _GLIDE_VOWEL[m.group(1)], folded) if "\u092f" in folded else folded


def _phrases(words) -> Phrases:
    # (a hyphen is a token of its own, as the tokenizer splits "विचार-विमर्श" into विचार, -, विमर्श; a phrase of
    # several words is spelt either way: "सहमति पत्रों" and "सहमति-पत्रों", "विचार-विमर्श" and "विचार विमर्श")
    out = []
    for w in (key(w) for w in words):
        if w.split():
            spaced = tuple(w.replace("-", " ").split())
            joined = tuple(w.replace("-", " - ").split()) if "-" in w else tuple(" - ".join(spaced).split())
            out += [spaced, joined]
    return Phrases(out)


def _set(words) -> frozenset[str]:
    return frozenset(key(w) for w in words)


# How a TOML list becomes a field of a lexicon dataclass, by the field's type.
_READERS = {"frozenset[str]": _set, "list[tuple[str, ...]]": _phrases}


def _from_raw(cls, raw: dict, required: tuple[str, ...] = (), **given):
    """cls with each word-list field read from the TOML key of the same name (missing: empty,
    unless required), and the other fields as given."""
    kwargs = dict(given)
    for f in dataclasses.fields(cls):
        read = _READERS.get(f.type)
        if f.name not in kwargs and read is not None:
            kwargs[f.name] = read(raw[f.name] if f.name in required else raw.get(f.name, []))
    return cls(**kwargs)


@dataclass(frozen=True)
class Lexicon:
    type: str
    strong: list[tuple[str, ...]]
    weak: list[tuple[str, ...]]
    verbs: frozenset[str]
    light: frozenset[str]
    not_before: list[tuple[str, ...]]
    not_after: list[tuple[str, ...]]
    attend: frozenset[str]
    ratify: frozenset[str]
    not_counterpart: frozenset[str] = frozenset()  # the press: "मीडिया से बात करते हुए", "बीबीसी ने ... बातचीत की"
    audiences: frozenset[str] = frozenset()  # the nation addressed: "देश से संवाद किया"
    also_after: list[tuple[str, ...]] = field(default_factory=list)  # "सहमति पत्र पर भी दस्तख़त": another agreement
    be_after: frozenset[str] = frozenset()  # "भेंट ... Y से होगी": forms of होना (and तय) after the other party
    dative: frozenset[str] = frozenset()
    se_verbs: frozenset[str] = frozenset()  # verbs of meeting only after "से" (मिलकर)
    next_round: list[tuple[str, ...]] = field(default_factory=list)  # "अगला दौर": another round of the talks
    next_words: frozenset[str] = frozenset()  # "अगली शिखर बैठक": the next meeting of a kind told
    needs_other_party: list[tuple[str, ...]] = field(default_factory=list)  # "भोज": a meal with a named guest
    receptions: list[tuple[str, ...]] = field(default_factory=list)  # "अगवानी": a host (the ने-subject) receives
    matters: list[tuple[str, ...]] = field(default_factory=list)  # "सीरिया पर चर्चा": what talks are about
    on_trip: frozenset[str] = frozenset()
    presence: frozenset[str] = frozenset()  # "कुआलालंपुर में मौजूद थीं": a foreigner present in a place
    presence_copulas: frozenset[str] = frozenset()  # "इन दिनों ब्रुनेई में हैं"
    presence_times: frozenset[str] = frozenset()  # "इस मौक़े पर", "इन दिनों": between the person and the place
    presence_not_titles: frozenset[str] = frozenset()  # "अमरीका के राजदूत ... ढाका में हैं": envoys live where posted
    reactions: frozenset[str] = frozenset()  # "समझौते का स्वागत किया": a reaction to an agreement, no party to it
    naming_verbs: frozenset[str] = frozenset()  # "सम्मेलन को 'दिखावा' करार दिया": what an event is called
    invitations: frozenset[str] = frozenset()  # "आने का न्योता स्वीकार किया": accepted, the subject's trip
    accept_verbs: frozenset[str] = frozenset()  # "दौरे पर ... में थे": the case after a trip noun of being on it
    not_within: frozenset[str] = frozenset()
    instruments: frozenset[tuple[str, ...]] = frozenset()
    instrument_after: list[tuple[str, ...]] = field(default_factory=list)
    place_links: list[tuple[str, ...]] = field(default_factory=list)
    landing: frozenset[str] = frozenset()  # "यांगून हवाई अड्डे पर उतरे": a motion verb told with the place marked
    arrivals: frozenset[str] = frozenset()  # "ज़ूमा रविवार सुबह आए": coming, with no place, where the last visit went
    times_of_day: frozenset[str] = frozenset()  # "रविवार सुबह आए": what may follow the date before such a verb
    landing_links: list[tuple[str, ...]] = field(default_factory=list)
    host_places: frozenset[str] = frozenset()  # "<person> के घर/पास गए": a trip to see the person
    gatherings: frozenset[str] = frozenset()  # "<place> ... समारोह में गए": a trip to the gathering's place
    tour_starts: list[tuple[str, ...]] = field(default_factory=list)  # "दौरे की शुरुआत ओमान से की": its first leg
    choose_verbs: frozenset[str] = frozenset()  # "यात्रा के लिए भारत को चुना": the place chosen for a trip
    legs: frozenset[str] = frozenset()  # "दौरे का आख़िरी पड़ाव गबोन होगा": a leg of a trip, its place after it
    leg_copulas: frozenset[str] = frozenset()
    leg_next: frozenset[str] = frozenset()
    attend_gathering: frozenset[str] = frozenset()  # "<place> में ... सम्मेलन में हिस्सा लेंगे": a trip there
    not_phrases: list[tuple[str, ...]] = field(default_factory=list)
    attend_participles: frozenset[str] = frozenset()
    verb_stems: frozenset[str] = frozenset()
    stem_followers: frozenset[str] = frozenset()
    stem_perfectives: frozenset[str] = frozenset()
    self_standing: frozenset[str] = frozenset()
    consent: frozenset[str] = frozenset()
    expressed: frozenset[str] = frozenset()  # "सहमति जताई": a consent expressed, read as the consent words
    signing: frozenset[str] = frozenset()
    drafts: frozenset[str] = frozenset()  # "करार का मसौदा तैयार है": an agreement still to be signed
    signed_documents: frozenset[str] = frozenset()  # "प्रोटोकॉल पर दस्तख़त": an agreement only when signed
    officials: frozenset[str] = frozenset()
    return_verbs: frozenset[str] = frozenset()
    return_homes: frozenset[str] = frozenset()
    purpose_not: frozenset[str] = frozenset()  # words in -ने before a motion verb that are no purpose infinitive
    send_verbs: frozenset[str] = frozenset()
    vehicles: frozenset[str] = frozenset()
    reflexives: frozenset[str] = frozenset()
    control_nouns: frozenset[str] = frozenset()
    sent_groups: frozenset[str] = frozenset()
    trip_ends: list[tuple[str, ...]] = field(default_factory=list)
    trip_during: list[tuple[str, ...]] = field(default_factory=list)
    welcome: frozenset[str] = frozenset()
    approval_objects: list[tuple[str, ...]] = field(default_factory=list)  # "इसका अनुमोदन": the one just told
    light_before: frozenset[str] = frozenset()  # a participle before a weak word: "के बीच बनी सहमति"
    light_after: list[tuple[str, ...]] = field(default_factory=list)  # "सहमति का एलान किया"
    not_yet: list[tuple[str, ...]] = field(default_factory=list)  # "अब तक ... नहीं": an approval still to come
    talks_nouns: frozenset[str] = frozenset()  # "X से बातचीत के बाद ... दस्तख़त": X is the talks' party
    approval_received: frozenset[str] = frozenset()  # "समझौते को X की मंज़ूरी मिलनी है": X approves it
    under_negotiation: list[tuple[str, ...]] = field(default_factory=list)  # "समझौते पर बातचीत": not yet made
    welcome_manner: frozenset[str] = frozenset()
    home_country: tuple[str, ...] = ()  # (canonical, ISO code) a bare "सरकार" sending people stands for

    @classmethod
    def from_file(cls, path) -> "Lexicon":
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return _from_raw(cls, raw, type=raw["type"], instruments=frozenset(_phrases(raw.get("instruments", []))),
                         home_country=tuple(raw.get("home_country", ())))


@dataclass(frozen=True)
class Roles:
    agent: list[tuple[str, ...]]
    counterpart: list[tuple[str, ...]]
    between: list[tuple[str, ...]]
    genitive: frozenset[str]
    side: list[tuple[str, ...]]
    chair: list[tuple[str, ...]]
    place: frozenset[str]
    coordinators: frozenset[str]
    particles: frozenset[str]
    demonstratives: frozenset[str]
    clause_breaks: frozenset[str]
    titles: dict[tuple[str, ...], str]
    title_words: frozenset[str]
    role_nouns: frozenset[str]
    anaphor_phrases: list[tuple[str, ...]]
    date_reference: list[tuple[str, ...]]
    markers: frozenset[str]
    pronouns: frozenset[str]
    participle: frozenset[str]
    auxiliaries: frozenset[str]
    title_phrases: Phrases = field(default_factory=Phrases)  # the keys of titles, indexed
    # plural titles after a list of countries, each country's holder ("भारत और चीन के विदेश मंत्रियों"): key -> title
    plural_titles: dict[tuple[str, ...], str] = field(default_factory=dict)
    plural_title_phrases: Phrases = field(default_factory=Phrases)
    subject_pronouns: frozenset[str] = frozenset()
    earlier_cues: list[tuple[str, ...]] = field(default_factory=list)
    # (title key, country, person, from, to): who held an office when (office_holders.tsv)
    office_holders: tuple[tuple[str, str, str, str, str], ...] = ()
    office_blockers: frozenset[str] = frozenset()
    office_words_after: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)  # folded adjective -> country
    # adjectives of two words ("उत्तर कोरियाई" -> North Korea, not the South of "कोरियाई"): (first, second) -> country
    demonym_pairs: dict[tuple[str, str], str] = field(default_factory=dict)
    demonym_pair_governments: dict[tuple[str, str], str] = field(default_factory=dict)
    demonym_governments: dict[str, str] = field(default_factory=dict)  # folded adjective -> its government
    # "दोनों देश", "दोनों पक्ष": the noun after दोनों -> the kind of the two parties it stands for
    both: dict[str, str] = field(default_factory=dict)
    # "दोनों प्रधानमंत्रियों": the noun after दोनों -> the title its two people were named with
    both_titles: dict[str, str] = field(default_factory=dict)
    government_words: frozenset[str] = frozenset()
    legislatures: frozenset[str] = frozenset()  # "दोनों देशों की संसदों": the two countries' parliaments
    chair_after: list[tuple[str, ...]] = field(default_factory=list)
    place_nouns: frozenset[str] = frozenset()
    durations: frozenset[str] = frozenset()
    times_of_day: frozenset[str] = frozenset()  # "बुधवार शाम को": a part of the day after a date
    teams: frozenset[str] = frozenset()
    team_modifiers: frozenset[str] = frozenset()
    team_members: frozenset[str] = frozenset()  # "स्वीडन की कंपनियों का ... प्रतिनिधिमंडल": people whose team stands for X
    team_counts: frozenset[str] = frozenset()
    # "X और Y से अलग-अलग मुलाक़ात की": one meeting with each (whole strings, one token or several)
    separately: frozenset[str] = frozenset()
    # "... पुतिन से भी अलग से भेंट की": a few words before a trigger, a meeting of its own
    apart: list[tuple[str, ...]] = field(default_factory=list)
    # "आठ अन्य करारों", "एक और बैठक": right before a trigger, another event than the one told before
    another: list[tuple[str, ...]] = field(default_factory=list)
    ended: list[tuple[str, ...]] = field(default_factory=list)  # "बैठक ख़त्म होने के बाद": after it was over
    # "केंद्रीय टीम": an adjective that makes a team with no owner named the team of one body
    national_teams: dict[str, str] = field(default_factory=dict)
    joins: frozenset[str] = frozenset()
    others_cases: frozenset[str] = frozenset()
    first: frozenset[str] = frozenset()
    give: frozenset[str] = frozenset()
    sidelines: list[tuple[str, ...]] = field(default_factory=list)
    sequence_words: frozenset[str] = frozenset()  # "आयोग की अगली बैठक": which of a body's meetings
    trip_modifiers: frozenset[str] = frozenset()  # "उनका प्रस्तावित जापान दौरा": a trip's word before its place
    place_qualifiers: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()
    clause_pronouns: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()  # "आयोग की पिछली बैठक": the commission named before
    relative_pronouns: frozenset[str] = frozenset()  # ", जो ... पहुंचे थे": the person just before the comma
    subject_clause_openers: frozenset[str] = frozenset()  # "मनमोहन सिंह जब अस्ताना गए थे": the subject before
    traveller_pronouns: frozenset[str] = frozenset()
    obligation_pronouns: frozenset[str] = frozenset()  # "उन्हें ... बर्लिन जाना था": the dative traveller
    obligation_auxiliaries: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    about: frozenset[str] = frozenset()  # "बैठक को लेकर ... कहा": spoken about, not named
    first_person: frozenset[str] = frozenset()  # "मैं", "मैंने": inside a quotation, who speaks
    ergative_pronouns: frozenset[str] = frozenset()  # "उन्होंने", "मैंने": a pronoun that carries its ने
    quote_marks: frozenset[str] = frozenset()
    honorific_verbs: frozenset[str] = frozenset()
    singular_verbs: frozenset[str] = frozenset()
    plural_auxiliaries: frozenset[str] = frozenset()  # "गई थीं": a feminine participle honouring a woman
    feminine_verbs: frozenset[str] = frozenset()  # verbs that agree with a woman as their subject
    masculine_verbs: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    not_person_heads: frozenset[str] = frozenset()
    # The commonest Hindi words (wordfreq, Zipf >= 3): a word not among them is a name or a loanword.
    ordinary_words: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    counterpart_pronouns: frozenset[str] = frozenset()
    leader_titles: frozenset[str] = frozenset()  # a speaker with one of these still leads the story
    title_buildings: frozenset[str] = frozenset()  # "राष्ट्रपति भवन": the post's house, no office holder by date
    counterpart_after_pronoun: list[tuple[str, ...]] = field(default_factory=list)
    source: list[tuple[str, ...]] = field(default_factory=list)  # "X के अनुसार": who tells of it
    purpose: list[tuple[str, ...]] = field(default_factory=list)  # "X के लिए": what it is for, no party
    causes: list[tuple[str, ...]] = field(default_factory=list)  # "X में ... के चलते": a place in a cause, no role
    postposition_heads: frozenset[str] = frozenset()  # "के लिए", "के साथ": not inside a long item of a list
    place_adverbials: list[tuple[str, ...]] = field(default_factory=list)  # "नाइजीरिया से वे ...": no subject
    manner_adverbs: list[tuple[str, ...]] = field(default_factory=list)  # "X से अलग से मिलेंगे": between party and verb
    surname_first_countries: frozenset[str] = frozenset()  # ISO 3166-1 alpha-3: the family name comes first
    surname_not_alone: frozenset[str] = frozenset()
    motion_participles: frozenset[str] = frozenset()  # "शिखर सम्मेलन के लिए आए पुतिन ने": the purpose of coming
    motion_infinitives: frozenset[str] = frozenset()  # "किंशासा आने से पहले": a place gone to
    sequence: list[tuple[str, ...]] = field(default_factory=list)  # "आने से पहले": one trip before another
    genitive_pronouns: frozenset[str] = frozenset()
    perfect_participles: frozenset[str] = frozenset()  # "के बीच ... हुई बातचीत": the pair of a later noun
    topic: list[tuple[str, ...]] = field(default_factory=list)  # "X से जुड़े": what it is about
    # Canonical names of the countries and territories (countries.tsv) and those of the demonyms
    country_names: frozenset[str] = frozenset()
    reporters: frozenset[str] = frozenset()  # canonical names of news agencies, papers and broadcasters
    country_by_code: dict[str, str] = field(default_factory=dict)  # ISO 3166-1 alpha-3 -> canonical name
    home_country: str = ""  # whose holders a bare title means, as office_holders.tsv names it ("India")
    home_code: str = ""  # its ISO 3166-1 alpha-3 code (countries.tsv): "IND"
    # "राज्य सरकार", "प्रदेश सरकार": the word before a government word that makes it the government of the
    # home country's state the document names most; the state -> its government (governments.tsv)
    state_words: frozenset[str] = frozenset()
    own_words: frozenset[str] = frozenset()  # "अपना दौरा": the subject's own trip
    here_words: frozenset[str] = frozenset()  # "यहां पहुंचे": the place the story is told from
    there_words: frozenset[str] = frozenset()  # "वहां पहुंचे": the place named last
    state_heads: frozenset[str] = frozenset()  # "मध्य प्रदेश के मुख्यमंत्री": the state the story is of
    state_governments: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_file(cls, path) -> "Roles":
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        here = Path(path).parent
        holders = _read_tsv(here / raw["office_holders"]) if raw.get("office_holders") else []
        demonyms = _read_tsv(here / raw["demonyms"]) if raw.get("demonyms") else []
        titles = {tuple(key(k).split()): key(v) for k, v in raw.get("titles", {}).items()}
        plural_titles = {tuple(key(k).split()): key(v) for k, v in raw.get("plural_titles", {}).items()}
        # "ऊर्जा सचिव", "कृषि मंत्री": every portfolio with every post of it is a title of its own
        portfolios = raw.get("portfolio_titles", {})
        for portfolio in portfolios.get("portfolios", []):
            for post in portfolios.get("posts", []):
                titles.setdefault(tuple(key(f"{portfolio} {post}").split()), key(f"{portfolio} {post}"))
        countries = _read_tsv(here / raw["countries"]) if raw.get("countries") else []
        governments = _read_tsv(here / raw["governments"]) if raw.get("governments") else []
        reporters = frozenset(r["canonical"] for r in _read_tsv(here / raw["reporters"])) \
            if raw.get("reporters") else frozenset()
        home_code = next((r["country"] for r in countries if r["canonical"] == raw.get("home_country")), "")
        prefix = "Government of "
        state_governments = {r["canonical"][len(prefix):]: r["canonical"] for r in governments
                             if r["canonical"].startswith(prefix) and r.get("country") == home_code
                             and r["canonical"] != prefix + raw.get("home_country", "")}
        ordinary = frozenset()
        if raw.get("ordinary_words"):
            from ..ner_features import folded_words  # the list the NER stages read, once per process
            words = (here / raw["ordinary_words"]).resolve()
            ordinary = folded_words(words, words.stat().st_mtime_ns)
        return _from_raw(
            cls, raw, required=("agent", "counterpart", "between", "genitive", "side", "chair", "place",
                                "coordinators", "particles", "clause_breaks"),
            titles=titles, title_phrases=Phrases(titles), ordinary_words=ordinary,
            plural_titles=plural_titles, plural_title_phrases=Phrases(plural_titles),
            country_names=frozenset(r["canonical"] for r in countries) | {r["country"] for r in demonyms},
            country_by_code={r["country"]: r["canonical"] for r in countries if r.get("country")},
            home_country=raw.get("home_country", ""), title_words=_set(raw.get("title_words", {}).get("words", [])),
            office_holders=tuple((key(r["title"]), r["country"], r["person"], r.get("from") or "", r.get("to") or "")
                                 for r in holders),
            demonyms={key(r["adjective"]): r["country"] for r in demonyms},
            demonym_pairs={tuple(key(r["adjective"]).split()): r["country"] for r in demonyms
                           if len(key(r["adjective"]).split()) == 2},
            demonym_pair_governments={tuple(key(r["adjective"]).split()): r["government"] for r in demonyms
                                      if len(key(r["adjective"]).split()) == 2 and r.get("government")},
            demonym_governments={key(r["adjective"]): r["government"] for r in demonyms if r.get("government")},
            both={key(k): v for k, v in raw.get("both", {}).items()},
            both_titles={key(k): v for k, v in raw.get("both_titles", {}).items()},
            national_teams={key(k): v for k, v in raw.get("national_teams", {}).items()},
            state_governments=state_governments, home_code=home_code, reporters=reporters)


def _read_tsv(path: Path) -> list[dict[str, str]]:
    import csv

    with Path(path).open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()}
                for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


@dataclass(frozen=True)
class StatusCues:
    cancel: frozenset[str]
    negation: frozenset[str]
    postpone: frozenset[str]
    planned: frozenset[str]
    prospective: list[tuple[str, ...]]
    ongoing: frozenset[str]
    arriving: frozenset[str] = frozenset()
    convene: frozenset[str] = frozenset()
    ongoing_phrases: list[tuple[str, ...]] = field(default_factory=list)
    decision: frozenset[str] = frozenset()
    reschedule: frozenset[str] = frozenset()
    new_time_clause: frozenset[str] = frozenset()
    outcome: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    demand_infinitives: frozenset[str] = frozenset()
    demands: frozenset[str] = frozenset()
    plans: frozenset[str] = frozenset()
    contrast: frozenset[str] = frozenset()  # "... का कार्यक्रम था, लेकिन ...": what was to happen did not
    possible: frozenset[str] = frozenset()
    date_follow_up: list[tuple[str, ...]] = field(default_factory=list)
    same_time_clause: list[tuple[str, ...]] = field(default_factory=list)
    when_clause: frozenset[str] = frozenset()
    when_joiners: frozenset[str] = frozenset()
    arrived: frozenset[str] = frozenset()
    offers: frozenset[str] = frozenset()
    going_on: list[tuple[str, ...]] = field(default_factory=list)
    attempt: frozenset[str] = frozenset()
    resultative: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()
    denial: frozenset[str] = frozenset()
    scheduled: frozenset[str] = frozenset()
    conjunctive: frozenset[str] = frozenset()

    @classmethod
    def from_file(cls, path) -> "StatusCues":
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return _from_raw(cls, raw, required=("cancel", "negation", "postpone", "planned"))


@lru_cache(maxsize=16)
def load_lexicon(path: str) -> Lexicon:
    return Lexicon.from_file(path)


@lru_cache(maxsize=4)
def load_roles(path: str) -> Roles:
    return Roles.from_file(path)


@lru_cache(maxsize=4)
def load_status(path: str) -> StatusCues:
    return StatusCues.from_file(path)


def _match_at(words: list[str], i: int, phrases) -> int:
    """Length of the longest phrase starting at words[i], 0 if none (phrases: a Phrases, or
    a list of word tuples longest first)."""
    if isinstance(phrases, Phrases):
        return phrases.match_at(words, i)
    for p in phrases:
        if tuple(words[i:i + len(p)]) == p:
            return len(p)
    return 0


def _ends_at(words: list[str], j: int, phrases) -> bool:
    """A phrase ends right before words[j]."""
    if isinstance(phrases, Phrases):
        return phrases.ends_at(words, j)
    return any(j - len(p) >= 0 and tuple(words[j - len(p):j]) == p for p in phrases)


def _past_parenthesis(w: list[str], j: int) -> int:
    """The word after a short parenthesis that opens at `j` ("( सीआईआई )"), else `j`."""
    if j < len(w) and w[j] == "(" and ")" in w[j:j + 8]:
        return w.index(")", j) + 1
    return j


def _word(x: str) -> bool:
    """A word of letters: no digit or punctuation (vowel signs are not isalpha())."""
    return any(c.isalpha() for c in x) and not any(c.isdigit() or not (c.isalpha() or unicodedata.category(c)[0] == "M")
                                                    for c in x)
