"""Load a run's output folder as typed pandas DataFrames.

    >>> import pipeline
    >>> docs, entities, events = pipeline.load("outputs/seeds")          # doctest: +SKIP
    >>> events[(events.type == "VISIT") & (events.date >= "2025-12-01")]  # doctest: +SKIP
    >>> entities[entities.label == "PER"].canonical.value_counts()        # doctest: +SKIP
    >>> clusters = pipeline.loader.load_clusters("outputs/seeds")        # doctest: +SKIP

Reads documents.jsonl / entities.csv / events.jsonl (events.csv when there is no
events.jsonl), or the Parquet equivalents (documents.parquet, ... as a file or a
folder of partitions) when they are there. Whatever the source, the frames have
the same columns and dtypes:

- dates (``published``, event ``date``/``date_end``) are ``datetime64[ns]``;
- labels, types, statuses, sources and extractors are categoricals;
- ``actor``/``target`` are Python lists of canonical names, ``actor_full``/``target_full``
  the participant dicts ({text, canonical, label, country}); ``location`` is the canonical name,
  ``location_full`` the dict;
- text columns use pandas' ``string`` dtype; missing values are NA/NaT, never "";
- event ``attrs`` (extension data) is JSON text;
- entity ``country`` (ISO 3166-1 alpha-3, ``INT`` for international bodies) is a string,
  ``lat``/``lon`` are float64 and ``geonames_id`` a nullable Int64 (places the knowledge base knows);
- ``actor_country``/``target_country`` (ISO 3166-1 alpha-3), ``cameo`` and ``plover`` are strings
  (``country_pairs`` counts events by country pair and period).

Writing a loaded frame to Parquet with pandas and loading that folder again gives
the same frames back.
"""
from __future__ import annotations

import json
import re
from calendar import monthrange
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

# Known values first, in this order; values an extension adds are appended.
LABELS = ["PER", "ORG", "LOC", "DATE"]
EVENT_TYPES = ["VISIT", "MEETING", "AGREEMENT"]
STATUSES = ["occurred", "planned", "ongoing", "cancelled"]
SEP = "; "  # how events.csv joins participants

DOC_COLUMNS = ["doc_id", "path", "title", "published", "published_raw", "source", "url", "text", "sentences",
               "n_tokens", "n_entities", "n_events"]
ENT_COLUMNS = ["doc_id", "sent_id", "start", "end", "orig_start", "orig_end", "text", "label", "canonical",
               "value", "source", "score", "wikidata", "country", "lat", "lon", "geonames_id"]
EVENT_COLUMNS = ["doc_id", "event_id", "cluster_id", "published", "type", "status", "trigger",
                 "actor", "target", "location", "date", "date_end", "date_text", "date_value", "date_source",
                 "evidence", "n_mentions", "confidence", "extractor",
                 "actor_full", "target_full", "location_full", "mentions", "attrs",
                 "actor_country", "target_country", "cameo", "plover"]

CLUSTER_COLUMNS = ["cluster_id", "type", "participants", "date", "status", "n_documents", "n_events",
                   "first_published", "last_published", "doc_ids"]


class Outputs(NamedTuple):
    """The three tables of a run; unpacks as ``docs, entities, events = load(...)``."""

    documents: pd.DataFrame
    entities: pd.DataFrame
    events: pd.DataFrame


def load(outdir: str | Path) -> Outputs:
    """Load documents, entities and events from a pipeline output folder."""
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise FileNotFoundError(f"no output folder at {outdir}")
    docs = _read(outdir, "documents", ["documents.jsonl"])
    if docs is None:
        raise FileNotFoundError(f"{outdir} has neither documents.jsonl nor documents.parquet: "
                                "is it an output folder of `hindi-events run`?")
    ents = _read(outdir, "entities", ["entities.csv"])
    events = _read(outdir, "events", ["events.jsonl", "events.csv"])
    return Outputs(documents_frame(docs), entities_frame(ents), events_frame(events))


def load_clusters(outdir: str | Path) -> pd.DataFrame:
    """event_clusters.csv (the same real-world event across articles) as a typed frame.

    ``participants`` and ``doc_ids`` are lists; ``date``/``date_end`` bound the cluster's date value;
    ``first_published``/``last_published`` are datetimes. No file gives an empty frame.
    """
    path = Path(outdir) / "event_clusters.csv"
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8") if path.exists() and \
        path.stat().st_size else None
    df = _with_columns(df, CLUSTER_COLUMNS)
    out = pd.DataFrame(index=pd.RangeIndex(len(df)))
    out["cluster_id"] = _string(df["cluster_id"])
    out["type"] = _category(df["type"], EVENT_TYPES)
    out["status"] = _category(df["status"], STATUSES)
    out["participants"] = pd.Series([[p["canonical"] for p in _participants(v)] for v in df["participants"]],
                                    dtype=object)
    out["date_value"] = _string(df["date"])
    bounds = [timex_bounds(v) for v in out["date_value"].tolist()]
    out["date"] = pd.to_datetime(pd.Series([b[0] for b in bounds], dtype=object)).astype("datetime64[ns]")
    out["date_end"] = pd.to_datetime(pd.Series([b[1] for b in bounds], dtype=object)).astype("datetime64[ns]")
    for col in ("n_documents", "n_events"):
        out[col] = _int(df[col])
    for col in ("first_published", "last_published"):
        out[col] = _datetime(df[col])
    out["doc_ids"] = pd.Series([[d.strip() for d in str(v).split(SEP.strip()) if d.strip()] if not _missing(v)
                                else [] for v in df["doc_ids"]], dtype=object)
    return out


# --- reading ---------------------------------------------------------------------------------
def _read(outdir: Path, name: str, fallbacks: list[str]) -> pd.DataFrame | None:
    """Parquet if present (file or partition folder with parts), else the first text file found."""
    pq = outdir / f"{name}.parquet"
    if pq.is_file() or (pq.is_dir() and any(p.suffix == ".parquet" and not p.name.startswith((".", "_"))
                                            for p in pq.rglob("*.parquet"))):
        df = pd.read_parquet(pq)
        # Dask writes its index as a column; it carries nothing.
        return df.drop(columns=[c for c in df.columns if c.startswith("__") and c.endswith("__")])
    for fname in fallbacks:
        path = outdir / fname
        if path.exists():
            if path.stat().st_size == 0:
                return pd.DataFrame()
            if fname.endswith(".jsonl"):
                return _read_jsonl(path)
            # keep_default_na=False: a mention whose text is "NA" or "null" stays text.
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if pq.is_dir():  # a Parquet folder with no parts yet: no rows of this kind
        return pd.DataFrame()
    return None


def _read_jsonl(path: Path) -> pd.DataFrame:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError:  # a torn last line of a killed run
                    continue
    return pd.DataFrame.from_records(rows)


# --- normalising -------------------------------------------------------------------------------
def documents_frame(df: pd.DataFrame | None) -> pd.DataFrame:
    df = _with_columns(df, DOC_COLUMNS)
    out = pd.DataFrame(index=pd.RangeIndex(len(df)))
    for col in ("doc_id", "path", "title", "url", "text"):
        out[col] = _string(df[col])
    out["published"] = _datetime(df["published"])
    out["published_raw"] = _string(df["published_raw"])  # as the input gave it, when it did
    out["source"] = _category(df["source"])
    out["sentences"] = [_list(v) for v in df["sentences"]]
    for col in ("n_tokens", "n_entities", "n_events"):
        out[col] = _int(df[col])
    extra = [c for c in df.columns if c not in DOC_COLUMNS]
    for col in extra:
        out[col] = [_py(v) for v in df[col]]
    return out


def entities_frame(df: pd.DataFrame | None) -> pd.DataFrame:
    df = _with_columns(df, ENT_COLUMNS)
    out = pd.DataFrame(index=pd.RangeIndex(len(df)))
    out["doc_id"] = _string(df["doc_id"])
    for col in ("sent_id", "start", "end", "orig_start", "orig_end"):
        out[col] = _int(df[col])
    out["text"] = _string(df["text"], blank_is_na=False)
    out["label"] = _category(df["label"], LABELS)
    for col in ("canonical", "value", "wikidata"):
        out[col] = _string(df[col])
    out["source"] = _category(df["source"])
    out["score"] = pd.to_numeric(_blank_to_na(df["score"]), errors="coerce").astype("float64")
    # From the knowledge base: country (ISO 3166-1 alpha-3, "INT"), a place's coordinates and GeoNames id.
    out["country"] = _string(df["country"])
    for col in ("lat", "lon"):
        out[col] = pd.to_numeric(_blank_to_na(df[col]), errors="coerce").astype("float64")
    out["geonames_id"] = _int(df["geonames_id"])
    return out


def events_frame(df: pd.DataFrame | None) -> pd.DataFrame:
    df = _with_columns(df, [])
    records = [_event_record(row) for row in df.to_dict("records")]
    out = pd.DataFrame(index=pd.RangeIndex(len(records)))
    get = lambda key: [r.get(key) for r in records]  # noqa: E731
    for col in ("doc_id", "event_id", "cluster_id", "trigger", "date_text", "date_value", "date_source", "evidence",
                "actor_country", "target_country", "cameo", "plover"):
        out[col] = _string(pd.Series(get(col), dtype=object))
    out["published"] = _datetime(pd.Series(get("published"), dtype=object))
    out["type"] = _category(pd.Series(get("type"), dtype=object), EVENT_TYPES)
    out["status"] = _category(pd.Series(get("status"), dtype=object), STATUSES)
    bounds = [timex_bounds(v) for v in out["date_value"].tolist()]
    out["date"] = pd.to_datetime(pd.Series([b[0] for b in bounds], dtype=object)).astype("datetime64[ns]")
    out["date_end"] = pd.to_datetime(pd.Series([b[1] for b in bounds], dtype=object)).astype("datetime64[ns]")
    for role in ("actor", "target"):
        full = [_participants(v) for v in get(role + "_full")]
        out[role] = pd.Series([[p["canonical"] for p in f] for f in full], dtype=object)
        out[role + "_full"] = pd.Series(full, dtype=object)
    loc = [_participant(v) for v in get("location_full")]
    out["location"] = _string(pd.Series([p["canonical"] if p else None for p in loc], dtype=object))
    out["location_full"] = pd.Series(loc, dtype=object)
    out["mentions"] = pd.Series([_list(v) for v in get("mentions")], dtype=object)
    out["n_mentions"] = _int(pd.Series(get("n_mentions"), dtype=object))
    out["confidence"] = pd.to_numeric(pd.Series(get("confidence"), dtype=object), errors="coerce").astype("float64")
    out["extractor"] = _category(pd.Series(get("extractor"), dtype=object))
    # JSON text, not dicts: free-form dicts (sometimes empty) do not fit one Parquet schema.
    out["attrs"] = _string(pd.Series([_json(v) for v in get("attrs")], dtype=object))
    return out[EVENT_COLUMNS]


def _event_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat dict, from an events.jsonl line, an events.csv/Parquet row, or a loaded row."""
    row = {k: _py(v) for k, v in row.items()}
    if isinstance(row.get("record"), str) and row["record"].strip():  # engines/parquet keeps the full record
        full = json.loads(row["record"])
        full.setdefault("cluster_id", row.get("cluster_id"))
        row = full
    rec = dict(row)
    date = row.get("date")
    if isinstance(date, dict):  # events.jsonl: {"text", "value"}
        rec["date_text"], rec["date_value"] = date.get("text"), date.get("value")
        rec["date_source"] = (date.get("source") or "text") if date.get("value") else None
    elif "date_value" not in row:  # events.csv: date is the value, date_text beside it
        rec["date_value"] = date
    for role in ("actor", "target"):
        if role + "_full" not in row or _missing(row.get(role + "_full")):
            rec[role + "_full"] = row.get(role)
    if "location_full" not in row or _missing(row.get("location_full")):
        rec["location_full"] = row.get("location")
    mentions = _list(row.get("mentions"))
    rec["mentions"] = mentions
    if _missing(row.get("evidence")):
        rec["evidence"] = mentions[0].get("sentence") if mentions else row.get("first_sentence")
    if _missing(row.get("n_mentions")):
        rec["n_mentions"] = len(mentions) if mentions else None
    return rec


def _participants(value) -> list[dict[str, Any]]:
    if _missing(value):
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            return _participants(json.loads(text))
        names = [n.strip() for n in text.split(SEP.strip())]
        return [{"text": n, "canonical": n, "label": None} for n in names if n]
    if isinstance(value, dict):
        value = [value]
    return [p for p in (_participant(v) for v in value) if p]


def _participant(value) -> dict[str, Any] | None:
    if _missing(value):
        return None
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("{"):
            return _participant(json.loads(text))
        return {"text": text, "canonical": text, "label": None} if text else None
    if isinstance(value, dict):
        p = {k: _py(v) for k, v in value.items()}
        p["canonical"] = p.get("canonical") or p.get("text")
        p.setdefault("text", p["canonical"])
        p.setdefault("label", None)
        return p
    return None


# --- dates -------------------------------------------------------------------------------------
_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def timex_bounds(value) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """First and last day a TIMEX-style value covers: "2025-12" -> (2025-12-01, 2025-12-31).

    Ranges "A/B" give (start of A, end of B); decades "195X" / "1950/1969" work too.
    Values with an unknown year ("XXXX-12-04") or that do not parse give (None, None).
    """
    if _missing(value) or not isinstance(value, str) or not value.strip():
        return None, None
    parts = value.strip().split("/")
    first, last = _span(parts[0]), _span(parts[-1])
    if first is None or last is None:
        return None, None
    return first[0], last[1]


def _span(part: str):
    part = part.strip()
    m = re.fullmatch(r"(\d{3})X", part)  # a decade
    if m:
        return pd.Timestamp(int(m.group(1) + "0"), 1, 1), pd.Timestamp(int(m.group(1) + "9"), 12, 31)
    m = _DAY.match(part)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            d = pd.Timestamp(year, int(month), int(day))
            return d, d
        if month:
            return pd.Timestamp(year, int(month), 1), pd.Timestamp(year, int(month), monthrange(year, int(month))[1])
        return pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    except ValueError:
        return None


# --- helpers -----------------------------------------------------------------------------------
def _with_columns(df: pd.DataFrame | None, columns: list[str]) -> pd.DataFrame:
    df = pd.DataFrame() if df is None else df.reset_index(drop=True)
    for col in columns:
        if col not in df.columns:
            df[col] = pd.Series([None] * len(df), dtype=object)
    return df


def _missing(v) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, float) and np.isnan(v):
        return True
    return isinstance(v, str) and v == ""


def _py(v):
    """Plain Python values: Parquet gives numpy arrays for lists and numpy scalars."""
    if isinstance(v, np.ndarray):
        return [_py(x) for x in v.tolist()]
    if isinstance(v, (list, tuple)):
        return [_py(x) for x in v]
    if isinstance(v, dict):
        return {k: _py(x) for k, x in v.items()}
    if isinstance(v, np.generic):
        return v.item()
    return v


def _json(v) -> str | None:
    if isinstance(v, str):
        return v or None
    v = _py(v)
    return json.dumps(v, ensure_ascii=False, sort_keys=True) if v else None


def _list(v) -> list:
    if isinstance(v, str) and v.strip().startswith("["):
        v = json.loads(v)
    v = _py(v)
    return v if isinstance(v, list) else []


def _blank_to_na(s: pd.Series) -> pd.Series:
    return s.astype(object).map(lambda v: None if _missing(v) else v)


def _string(s: pd.Series, blank_is_na: bool = True) -> pd.Series:
    s = s.astype(object)
    s = s.map(lambda v: None if (_missing(v) if blank_is_na else (v is None or v is pd.NA or
                                                                  (isinstance(v, float) and np.isnan(v))))
              else str(v))
    return s.astype("string")


def _int(s: pd.Series) -> pd.Series:
    return pd.to_numeric(_blank_to_na(s), errors="coerce").astype("Int64")


def _datetime(s: pd.Series) -> pd.Series:
    s = _blank_to_na(s)
    return pd.to_datetime(s, errors="coerce", format="mixed").astype("datetime64[ns]")


def _category(s: pd.Series, known: list[str] | None = None) -> pd.Series:
    values = _string(s)
    seen = sorted(set(values.dropna().tolist()) - set(known or []))
    cats = list(known or []) + seen
    return pd.Series(pd.Categorical(values.astype(object).where(values.notna(), None), categories=cats),
                     index=s.index)


def country_pairs(events: pd.DataFrame, freq: str | None = "M", both_ways: bool = True,
                  by_type: bool = False) -> pd.DataFrame:
    """Events counted by country pair and period (what GDELT users aggregate on).

    ``events`` is the events frame of ``load``; ``freq`` a pandas period ("M" months, "W", "Y"; None:
    all time). An event counts in the period of its date, else of its publication date. With
    ``both_ways`` the pair is unordered (IND–RUS and RUS–IND are one row, sorted); else it is
    (actor_country, target_country). Events without both countries are left out.

        >>> docs, entities, events = pipeline.load("out")                               # doctest: +SKIP
        >>> pairs = pipeline.country_pairs(events, freq="M")                            # doctest: +SKIP
        >>> pairs[(pairs.country_a == "IND") & (pairs.country_b == "RUS")]              # doctest: +SKIP

    The same count in one pandas line, for India–Russia events per month:

        >>> events[events.actor_country.isin(["IND", "RUS"]) & events.target_country.isin(["IND", "RUS"])
        ...        & (events.actor_country != events.target_country)
        ...        ].groupby(events.date.fillna(events.published).dt.to_period("M")).size()  # doctest: +SKIP
    """
    ev = events[events.actor_country.notna() & events.target_country.notna()
                & (events.actor_country != events.target_country)]
    a, b = ev.actor_country.astype(object), ev.target_country.astype(object)
    if both_ways:
        a, b = a.where(a <= b, b), b.where(a <= b, a)
    table = pd.DataFrame({"country_a": a.values, "country_b": b.values}, index=ev.index)
    keys = ["country_a", "country_b"]
    if by_type:
        table["type"] = ev.type.astype(object).values
        keys.append("type")
    if freq:
        when = ev.date.fillna(ev.published)
        table["period"] = when.dt.to_period(freq).array
        keys.append("period")
    if table.empty:
        return pd.DataFrame(columns=[*keys, "events"])
    out = table.groupby(keys, dropna=False).size().rename("events").reset_index()
    if freq:  # by pair, then period
        return out.sort_values(keys, ignore_index=True)
    return out.sort_values(["events", *keys], ascending=[False] + [True] * len(keys), ignore_index=True)
