"""event_clusters.csv: events that are the same real-world event across the corpus share a cluster_id.

Runs before the events writers (config order), so the cluster_id it sets on each
document's events is what events.jsonl / events.csv record. Two events are the
same real-world event when:

- they have the same type (and, for AGREEMENT, the same status: signing and
  ratifying are different events);
- their participants agree: a VISIT shares a visitor and, when both name one, a
  place or host; a MEETING or AGREEMENT shares two participants, or one when
  either names only one;
- their times overlap. A dated event covers its TIMEX interval (2025-12 is the
  whole month). An undated one is placed by its article: three days before
  publication up to publication if it occurred, up to two weeks after if planned;
  and when it shares only one participant it joins only a cluster of exactly its
  participants ("स्वास्थ्य मंत्री करेंगे बैठक" is not the minister's dated meeting
  with the chief minister).

So "पुतिन दिसंबर में भारत का दौरा करेंगे" (published 11 Nov, 2025-12) and "पुतिन
4-5 दिसंबर को भारत की यात्रा पर आने वाले हैं" (published 30 Nov) are one visit.
The rules for one kind of event follow its frame (Event.frame): a TOUR lexicon
with frame VISIT clusters as visits; a type without a frame as a MEETING does.
On --resume the clusters of documents already written are rebuilt from events.jsonl.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from ...core.document import event_frame
from ...core.registry import stage
from ...hindi.events import key, timex_interval
from . import Writer

UNDATED_BEFORE = timedelta(days=3)  # an undated event reported as done happened in the days just before
UNDATED_AHEAD = timedelta(days=14)  # an undated planned event is expected within about two weeks
STATUS_ORDER = {"planned": 0, "ongoing": 1, "occurred": 2, "cancelled": 3}


def told_date(event: dict) -> str | None:
    """The value of the date the text gives the event. A date taken from the story around it
    (pipeline/stages/event_dates.py: date.source) is a guess, and a guess must not split or join
    clusters: such an event is placed by its article, as an undated one."""
    d = event.get("date") or {}
    return None if d.get("source") else d.get("value")


def event_interval(event: dict, published: str | None) -> tuple[date, date] | None:
    interval = timex_interval(told_date(event))
    if interval:
        return interval
    try:
        pub = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    if event.get("status") == "planned":
        return pub - timedelta(days=1), pub + UNDATED_AHEAD
    return pub - UNDATED_BEFORE, pub


def _keys(parts) -> set[str]:
    return {key(p.get("canonical") or p.get("text", "")) for p in parts or [] if isinstance(p, dict)}


@dataclass
class Cluster:
    cluster_id: str
    type: str
    actors: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)  # key -> display name
    interval: tuple[date, date] | None = None
    dates: list[str] = field(default_factory=list)
    statuses: list[tuple[str, str]] = field(default_factory=list)  # (published, status)
    docs: set[str] = field(default_factory=set)
    published: list[str] = field(default_factory=list)
    n_events: int = 0

    @property
    def keys(self) -> set[str]:
        return self.actors | self.targets


def participants_agree(frame: str, actors: set[str], targets: set[str], cluster: Cluster) -> bool:
    if frame == "VISIT":
        if actors and cluster.actors and not actors & cluster.actors:
            return False
        if targets and cluster.targets and not targets & cluster.targets:
            return False
        return bool((actors | targets) & cluster.keys)
    mine, theirs = actors | targets, cluster.keys
    need = min(2, len(mine), len(theirs))
    return need > 0 and len(mine & theirs) >= need


def _overlap(a, b) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


class EventClusters(Writer):
    def __init__(self):
        self.clusters: list[Cluster] = []

    def open(self, context) -> None:
        self.path = context.outdir / "event_clusters.csv"
        if context.resume:
            self._reload(context.outdir / "events.jsonl", context.done_ids)

    def _reload(self, path, done_ids) -> None:
        """Rebuild clusters from the events already written (their cluster_ids are kept)."""
        if not path.exists():
            return
        by_id: dict[str, Cluster] = {}
        with path.open(encoding="utf-8") as f:
            for line in f:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a torn last line; the events writer trims it
                if done_ids and rec.get("doc_id") not in done_ids:
                    continue
                cid = rec.get("cluster_id")
                if not cid:
                    continue
                if cid not in by_id:
                    by_id[cid] = Cluster(cid, rec.get("type", ""))
                    self.clusters.append(by_id[cid])
                self._add(by_id[cid], rec, rec.get("doc_id", ""), rec.get("published"))

    def assign(self, doc_id: str, published: str | None, event: dict) -> str:
        actors, targets = _keys(event.get("actor")), _keys(event.get("target"))
        etype = event.get("type", "")
        frame = event_frame(etype, event.get("attrs"))
        interval = event_interval(event, published)
        best, best_score = None, None
        for c in self.clusters:
            if c.type != etype or not participants_agree(frame, actors, targets, c):
                continue
            if frame == "AGREEMENT" and c.statuses and c.statuses[-1][1] != event.get("status"):
                continue
            if not _overlap(interval, c.interval):
                continue
            undated = timex_interval(told_date(event)) is None
            if undated and len((actors | targets) & c.keys) < 2 and (actors | targets) != c.keys:
                continue
            score = (len((actors | targets) & c.keys), c.n_events)
            if best_score is None or score > best_score:
                best, best_score = c, score
        if best is None:
            best = Cluster(f"C{len(self.clusters) + 1:05d}", etype)
            self.clusters.append(best)
        self._add(best, event, doc_id, published)
        return best.cluster_id

    def _add(self, c: Cluster, event: dict, doc_id: str, published: str | None) -> None:
        for role, bucket in (("actor", c.actors), ("target", c.targets)):
            for p in event.get(role) or []:
                if isinstance(p, dict):
                    k = key(p.get("canonical") or p.get("text", ""))
                    bucket.add(k)
                    c.names.setdefault(k, p.get("canonical") or p.get("text", ""))
        interval = event_interval(event, published)
        if interval:
            # The cluster's time narrows to what its members share (a month and a day in it: the day).
            if c.interval is None:
                c.interval = interval
            elif _overlap(interval, c.interval):
                c.interval = (max(c.interval[0], interval[0]), min(c.interval[1], interval[1]))
        value = told_date(event)
        if value:
            c.dates.append(value)
        c.statuses.append((published or "", event.get("status", "")))
        c.docs.add(doc_id)
        if published:
            c.published.append(published)
        c.n_events += 1

    def write(self, doc) -> None:
        for e in doc.events:
            record = {"type": e.type, "attrs": e.attrs, "actor": e.actor, "target": e.target, "date": e.date,
                      "status": e.status}
            e.cluster_id = self.assign(doc.doc_id, doc.published, record)

    def close(self, summary) -> None:
        columns = ("cluster_id", "type", "participants", "date", "status", "n_documents", "n_events",
                   "first_published", "last_published", "doc_ids")
        with self.path.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=columns)
            w.writeheader()
            for c in self.clusters:
                w.writerow({"cluster_id": c.cluster_id, "type": c.type,
                            "participants": "; ".join(c.names[k] for k in sorted(c.names)),
                            "date": _best_date(c), "status": _latest_status(c), "n_documents": len(c.docs),
                            "n_events": c.n_events, "first_published": min(c.published, default=""),
                            "last_published": max(c.published, default=""), "doc_ids": "; ".join(sorted(c.docs))})


def _best_date(c: Cluster) -> str:
    """The finest date reported (a day beats a month): the narrowest interval."""
    dated = [(timex_interval(v), v) for v in c.dates]
    dated = [(iv[1] - iv[0], v) for iv, v in dated if iv]
    return min(dated)[1] if dated else (c.dates[0] if c.dates else "")


def _latest_status(c: Cluster) -> str:
    """What the latest article says; on the same day, the more final status (occurred over planned)."""
    if not c.statuses:
        return ""
    return max(c.statuses, key=lambda ps: (ps[0], STATUS_ORDER.get(ps[1], -1)))[1]


@stage("event_clusters_csv", requires=("events",), kind="writer", settings={})
def make_event_clusters_csv(settings: dict, context):
    """event_clusters.csv: one row a real-world event across documents; sets each event's cluster_id."""
    return EventClusters()
