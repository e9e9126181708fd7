"""`hindi-events report OUTDIR [-o report.html]`: one self-contained HTML page for a run's outputs.

Sections (stable ids, for links and tests): ``summary``, ``map`` (the places mentioned, sized by
mentions, over Natural Earth country outlines from configs/report/world_110m.tsv; needs the
``lat``/``lon`` columns of entities.csv), ``timeline`` (events by date, inline SVG), ``top-entities`` (most
frequent people, organisations and places), ``country-pairs`` (events by pair of countries and type),
``events`` (every event, in date order) and ``documents`` (each document's text with its entities
highlighted by spaCy's displaCy,
and its events with trigger and evidence sentence). No scripts, fonts or images are fetched: the CSS
is inline and the timeline and map are SVG (no map tiles), so the file opens offline and can be mailed around.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from functools import lru_cache
from html import escape
from pathlib import Path

import pandas as pd

from .core.config import CONFIG_DIR
from .loader import EVENT_TYPES, Outputs, load

TYPE_COLOURS = {"VISIT": "#1f6fb4", "MEETING": "#2a9d3a", "AGREEMENT": "#c8312f"}
# Types a lexicon adds (docs/extending.md) take one of these, the same one in every report.
EXTRA_COLOURS = ["#8e44ad", "#d35400", "#16a085", "#b7950b", "#c0392b", "#2c3e50", "#a04000", "#117a65"]
OTHER_COLOUR = "#7a7a7a"
ENTITY_COLOURS = {"PER": "#c9bdfc", "ORG": "#9eeeee", "LOC": "#fed58f", "DATE": "#cfe8e1"}
TOP_LABELS = [("PER", "People"), ("ORG", "Organisations"), ("LOC", "Places")]
FONT_STACK = '"Noto Sans Devanagari", "Noto Sans", "Lohit Devanagari", "Mangal", "Nirmala UI", sans-serif'

CSS = """
* { box-sizing: border-box; }
body { font-family: %(fonts)s; margin: 0; color: #1d1d1f; background: #fafafa; line-height: 1.5; }
header, main { max-width: 1140px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 18px; }
h1 { font-size: 1.6em; margin: 0.2em 0; }
h2 { font-size: 1.25em; border-bottom: 2px solid #ddd; padding-bottom: 4px; margin-top: 1.6em; }
h3 { font-size: 1.08em; margin: 0.2em 0 0.3em; }
nav a { margin-right: 1em; }
a { color: #1f5fa8; }
.muted { color: #666; font-size: 0.9em; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0; }
.card { background: #fff; border: 1px solid #e2e2e2; border-radius: 6px; padding: 6px 12px; }
.card b { font-size: 1.3em; display: block; }
table { border-collapse: collapse; width: 100%%; background: #fff; font-size: 0.92em; }
th, td { border: 1px solid #e2e2e2; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.type { color: #fff; border-radius: 4px; padding: 1px 6px; font-size: 0.85em; white-space: nowrap; }
.status-planned { font-style: italic; }
.status-cancelled { text-decoration: line-through; }
mark.trigger { background: #ffe066; padding: 0 2px; border-radius: 3px; }
.top { display: grid; grid-template-columns: repeat(3, 1fr); gap: 14px; }
.top table td.n { text-align: right; width: 4em; }
.bar { background: #d9e6f5; height: 0.55em; border-radius: 3px; margin-top: 2px; }
article.doc { background: #fff; border: 1px solid #e2e2e2; border-radius: 6px; padding: 10px 14px; margin: 14px 0; }
.doctext { max-height: 34em; overflow-y: auto; border-top: 1px solid #eee; margin-top: 8px; padding-top: 4px; }
.legend span { margin-right: 1.2em; white-space: nowrap; }
svg.map { width: 100%%; height: auto; max-height: 560px; border: 1px solid #d6dde3; }
svg text { font-family: %(fonts)s; }
footer { max-width: 1140px; margin: 30px auto; padding: 0 20px; }
""" % {"fonts": FONT_STACK}


# --- entry point -------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hindi-events report",
                                     description="Write a self-contained report.html for an output folder.")
    parser.add_argument("outdir", help="output folder of `hindi-events run`")
    parser.add_argument("-o", "--output", default=None, help="HTML file to write (default: OUTDIR/report.html)")
    parser.add_argument("--top", type=int, default=15, help="entities listed per label (default 15)")
    parser.add_argument("--max-docs", type=int, default=300,
                        help="documents shown with their full text (default 300; tables cover all)")
    parser.add_argument("--title", default=None, help="page title (default: the folder name)")
    args = parser.parse_args(argv)
    try:
        out = write_report(args.outdir, args.output, top=args.top, max_docs=args.max_docs, title=args.title)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"wrote {out}", file=sys.stderr)
    return 0


def write_report(outdir: str | Path, output: str | Path | None = None, *, top: int = 15, max_docs: int = 300,
                 title: str | None = None) -> Path:
    outdir = Path(outdir)
    outputs = load(outdir)
    run_info = {}
    if (outdir / "run.json").exists():
        try:
            run_info = json.loads((outdir / "run.json").read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            pass
    html = build_html(outputs, title=title or f"Hindi news events: {outdir.resolve().name}", top=top,
                      max_docs=max_docs, run_info=run_info)
    path = Path(output) if output else outdir / "report.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path


def build_html(outputs: Outputs, *, title: str, top: int = 15, max_docs: int = 300, run_info: dict | None = None) -> str:
    docs, ents, events = outputs
    anchors = {doc_id: f"doc-{i + 1}" for i, doc_id in enumerate(docs.doc_id.tolist())}
    parts = [
        "<!DOCTYPE html>", '<html lang="hi">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
        "<header>", f"<h1>{escape(title)}</h1>",
        '<nav><a href="#map">Map</a><a href="#timeline">Timeline</a><a href="#top-entities">Top entities</a>'
        '<a href="#country-pairs">Country pairs</a><a href="#events">Events</a><a href="#documents">Documents</a></nav>',
        "</header>", "<main>",
        _summary(docs, ents, events, run_info or {}),
        _map(ents),
        _timeline(events, anchors),
        _top_entities(ents, top),
        _country_pairs(events, top),
        _events_section(events, docs, anchors),
        _documents_section(docs, ents, events, anchors, max_docs),
        "</main>",
        '<footer class="muted">Written by <code>hindi-events report</code>. Entities: '
        + " ".join(f'<span style="background:{c};padding:0 4px;border-radius:3px">{lab}</span>'
                   for lab, c in ENTITY_COLOURS.items()) + "</footer>",
        "</body>", "</html>",
    ]
    return "\n".join(parts) + "\n"


# --- sections ------------------------------------------------------------------------------------
def _summary(docs, ents, events, run_info) -> str:
    cards = [("documents", len(docs)), ("entity mentions", len(ents)), ("events", len(events))]
    for label, name in TOP_LABELS:
        cards.append((f"distinct {name.lower()}", _names(ents[ents.label == label]).nunique()))
    for t in _types(events):
        cards.append((f"{t} events", int((events.type == t).sum())))
    published = docs.published.dropna()
    span = (f"Published {published.min():%Y-%m-%d} to {published.max():%Y-%m-%d}." if len(published)
            else "No publication dates.")
    ver = run_info.get("pipeline_version") or run_info.get("version")
    extra = f" Pipeline {escape(str(ver))}." if ver else ""
    html = ['<section id="summary">', '<div class="cards">']
    html += [f'<div class="card"><b>{n}</b><span class="muted">{escape(k)}</span></div>' for k, n in cards]
    html += ["</div>", f'<p class="muted">{span}{extra}</p>', "</section>"]
    return "\n".join(html)


def _timeline(events: pd.DataFrame, anchors: dict[str, str]) -> str:
    head = ['<section id="timeline">', "<h2>Timeline</h2>"]
    if events.empty:
        return "\n".join(head + ["<p>No events.</p>", "</section>"])
    ev = events.copy()
    # An event's own date where the text gives one with a known year, else its article's date.
    ev["when"] = ev.date.fillna(ev.published)
    ev["until"] = ev.date_end.where(ev.date.notna(), ev.when)
    ev["dated_by_text"] = ev.date.notna()
    undated = int(ev.when.isna().sum())
    ev = ev[ev.when.notna()].sort_values(["when", "type", "event_id"], kind="stable")
    if ev.empty:
        return "\n".join(head + ["<p>No event has a date.</p>", "</section>"])
    lo, hi = ev.when.min(), max(ev.until.max(), ev.when.max())
    span_days = max((hi - lo).days, 1)
    pad = pd.Timedelta(days=max(1, round(span_days * 0.04)))
    lo, hi = lo - pad, hi + pad
    types = _types(events)
    width, left, right, lane_h, top_pad = 1080, 110, 20, 46, 16
    plot_w = width - left - right

    def x(ts) -> float:
        return left + plot_w * ((ts - lo) / (hi - lo))

    # Stack events that fall on the same day of the same lane.
    slots: dict[tuple, int] = {}
    marks = []
    max_stack = 1
    for r in ev.itertuples():
        key = (r.type, r.when.normalize())
        k = slots.get(key, 0)
        slots[key] = k + 1
        max_stack = max(max_stack, k + 1)
        marks.append((r, k))
    lane_h = max(lane_h, 22 + 12 * min(max_stack, 12))  # room for up to 12 stacked marks a day
    step = min(12.0, (lane_h - 20) / (max_stack - 1)) if max_stack > 1 else 0
    height = top_pad + lane_h * len(types) + 30
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
           f'role="img" aria-label="Events by date">']
    for i, t in enumerate(types):
        y0 = top_pad + i * lane_h
        svg.append(f'<rect x="{left}" y="{y0}" width="{plot_w}" height="{lane_h}" fill="{"#fff" if i % 2 else "#f4f6f8"}"/>')
        svg.append(f'<text x="{left - 8}" y="{y0 + lane_h / 2 + 4}" text-anchor="end" font-size="13" '
                   f'fill="{_colour(t)}" font-weight="bold">{escape(t)}</text>')
    axis_y = top_pad + lane_h * len(types)
    svg.append(f'<line x1="{left}" y1="{axis_y}" x2="{left + plot_w}" y2="{axis_y}" stroke="#999"/>')
    for tick, label in _ticks(lo, hi):
        tx = x(tick)
        svg.append(f'<line x1="{tx:.1f}" y1="{top_pad}" x2="{tx:.1f}" y2="{axis_y + 4}" stroke="#ddd"/>')
        svg.append(f'<text x="{tx:.1f}" y="{axis_y + 18}" text-anchor="middle" font-size="11" fill="#555">'
                   f'{escape(label)}</text>')
    for r, k in marks:
        lane = types.index(r.type) if r.type in types else len(types) - 1
        n_here = slots[(r.type, r.when.normalize())]
        cy = top_pad + lane * lane_h + lane_h / 2 + (k - (n_here - 1) / 2) * step  # stack centred in its lane
        colour = _colour(r.type)
        x1 = x(r.when)
        tip = (f"{r.type} ({r.status}) {_fmt_date(r)}: {', '.join(r.actor) or '?'} → {', '.join(r.target) or '?'}"
               f" — {r.trigger}" + ("" if r.dated_by_text else " [article date]"))
        link = anchors.get(r.doc_id, "")
        svg.append(f'<a href="#{link}"><title>{escape(tip)}</title>')
        if r.until is not None and pd.notna(r.until) and r.until > r.when:
            svg.append(f'<line x1="{x1:.1f}" y1="{cy}" x2="{x(r.until):.1f}" y2="{cy}" stroke="{colour}" '
                       f'stroke-width="4" stroke-opacity="0.55" stroke-linecap="round"/>')
        fill = colour if r.status in ("occurred", "ongoing") else "#fff"
        dash = ' stroke-dasharray="2,2"' if r.status == "cancelled" or not r.dated_by_text else ""
        svg.append(f'<circle cx="{x1:.1f}" cy="{cy}" r="5.5" fill="{fill}" stroke="{colour}" stroke-width="2"{dash}/>')
        svg.append("</a>")
    svg.append("</svg>")
    legend = ('<p class="legend muted"><span>● occurred / ongoing</span><span>○ planned</span>'
              '<span>dashed: cancelled, or no date in the text (placed at the article\'s date)</span>'
              '<span>bar: a date range</span></p>')
    note = f'<p class="muted">{undated} event(s) without any date are not shown.</p>' if undated else ""
    return "\n".join(head + svg + [legend, note, "</section>"])


WORLD_MAP = CONFIG_DIR / "report" / "world_110m.tsv"
PLACE_COLOUR = "#d35400"
MAP_WIDTH_PX = 1100  # the SVG's width in CSS pixels at full size; strokes and labels are sized for it
MAP_LABELS = 10  # places named on the map (the most mentioned)


def _map(ents: pd.DataFrame) -> str:
    """The places mentioned (LOC entities with coordinates), one circle each, its area by mentions,
    over country outlines, framed to the places."""
    html = ['<section id="map">', "<h2>Places on the map</h2>"]
    if "lat" not in ents.columns or "lon" not in ents.columns:
        html += ['<p class="muted">No map: this output\'s entities.csv has no <code>lat</code>/<code>lon</code> '
                 "columns (an output of an older version, or a config without the knowledge base).</p>", "</section>"]
        return "\n".join(html)
    places = _places(ents)
    n_loc = _names(ents[ents.label == "LOC"]).nunique()
    if places.empty:
        html += [f'<p class="muted">None of the {n_loc} places mentioned has coordinates in the knowledge base.</p>',
                 "</section>"]
        return "\n".join(html)
    x0, y0, w, h = _frame(places)
    unit = w / MAP_WIDTH_PX  # degrees a CSS pixel
    peak = places.mentions.max()
    svg = [f'<svg class="map" viewBox="{x0:.2f} {y0:.2f} {w:.2f} {h:.2f}" preserveAspectRatio="xMidYMid meet" '
           f'role="img" aria-label="Map of the places mentioned">',
           f'<rect x="{x0:.2f}" y="{y0:.2f}" width="{w:.2f}" height="{h:.2f}" fill="#e3eef7"/>',
           f'<g fill="#f6f3ec" stroke="#9c968a" stroke-width="{0.8 * unit:.4f}" stroke-linejoin="round">']
    for iso, name, path, box in _world():
        if box[0] <= x0 + w and box[2] >= x0 and box[1] <= y0 + h and box[3] >= y0:
            svg.append(f'<path d="{path}"><title>{escape(name)}</title></path>')
    svg.append("</g>")
    svg.append(f'<g fill="{PLACE_COLOUR}" fill-opacity="0.62" stroke="#fff" stroke-width="{0.8 * unit:.4f}">')
    for r in places.itertuples():  # largest first, so small places stay on top and clickable
        radius = max(3.0, 22.0 * (r.mentions / peak) ** 0.5) * unit
        tip = f"{r.name}: {r.mentions} mention{'s' if r.mentions != 1 else ''} in {r.documents} document" \
              f"{'s' if r.documents != 1 else ''}"
        svg.append(f'<circle class="place" cx="{r.lon:.3f}" cy="{-r.lat:.3f}" r="{radius:.4f}">'
                   f"<title>{escape(tip)}</title></circle>")
    svg.append("</g>")
    svg.append(f'<g font-size="{12 * unit:.4f}" fill="#333" stroke="#fff" stroke-width="{2.5 * unit:.4f}" '
               'paint-order="stroke">')
    taken: list[tuple[float, float, float, float]] = []  # label boxes so far: no label over another
    for r in places.head(MAP_LABELS).itertuples():
        radius = max(3.0, 22.0 * (r.mentions / peak) ** 0.5) * unit
        x, y = r.lon + radius + 2 * unit, -r.lat + 4 * unit
        box = (x, y - 11 * unit, x + 7 * unit * len(r.name), y + 3 * unit)
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken):
            continue
        taken.append(box)
        svg.append(f'<text x="{x:.3f}" y="{y:.3f}">{escape(r.name)}</text>')
    svg += ["</g>", "</svg>"]
    missing = n_loc - len(places)
    note = (f'<p class="muted">{len(places)} of the {n_loc} places mentioned, a circle\'s area by mentions '
            f"({int(places.mentions.sum())} mentions)"
            + (f"; {missing} without coordinates are not shown" if missing > 0 else "")
            + ". Outlines: Natural Earth 1:110m (public domain).</p>")
    return "\n".join(html + svg + [note, "</section>"])


def _places(ents: pd.DataFrame) -> pd.DataFrame:
    """name, lat, lon, mentions, documents of each LOC entity with coordinates, most mentioned first."""
    loc = ents[(ents.label == "LOC") & ents.lat.notna() & ents.lon.notna()]
    if loc.empty:
        return pd.DataFrame(columns=["name", "lat", "lon", "mentions", "documents"])
    loc = loc.assign(name=_names(loc), lat=loc.lat.astype(float), lon=loc.lon.astype(float))
    out = (loc.groupby("name", observed=True)
           .agg(lat=("lat", "median"), lon=("lon", "median"), mentions=("doc_id", "size"),
                documents=("doc_id", "nunique"))
           .reset_index().sort_values(["mentions", "documents", "name"], ascending=[False, False, True],
                                      kind="stable"))
    return out.reset_index(drop=True)


def _frame(places: pd.DataFrame) -> tuple[float, float, float, float]:
    """viewBox (x, y, width, height) in degrees around the places: padded, at least 36 x 18
    degrees, twice as wide as high, inside the world."""
    lo_x, hi_x = places.lon.min(), places.lon.max()
    lo_y, hi_y = -places.lat.max(), -places.lat.min()
    w = max(36.0, (hi_x - lo_x) * 1.15 + 8)
    h = max(18.0, (hi_y - lo_y) * 1.15 + 6)
    w, h = max(w, 2 * h), max(h, w / 2)
    w, h = min(w, 360.0), min(h, 180.0)
    x0 = min(max((lo_x + hi_x) / 2 - w / 2, -180.0), 180.0 - w)
    y0 = min(max((lo_y + hi_y) / 2 - h / 2, -90.0), 90.0 - h)
    return x0, y0, w, h


@lru_cache(maxsize=1)
def _world() -> list[tuple[str, str, str, tuple[float, float, float, float]]]:
    """(iso_a3, name, SVG path, bounding box x0, y0, x1, y1) of each country in configs/report/world_110m.tsv."""
    rows = []
    if not WORLD_MAP.exists():
        return rows
    for line in WORLD_MAP.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("iso_a3\t") or not line.strip():
            continue
        iso, name, path = line.split("\t")
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", path)]
        xs, ys = nums[0::2], nums[1::2]
        rows.append((iso, name, path, (min(xs), min(ys), max(xs), max(ys))))
    return rows


def _top_entities(ents: pd.DataFrame, top: int) -> str:
    html = ['<section id="top-entities">', "<h2>Most frequent entities</h2>", '<div class="top">']
    for label, name in TOP_LABELS:
        sub = ents[ents.label == label].assign(name=lambda d: _names(d))
        html.append(f'<div id="top-{label}"><h3>{name}</h3>')
        if sub.empty:
            html.append("<p class=\"muted\">None found.</p></div>")
            continue
        counts = (sub.groupby("name", observed=True)
                  .agg(mentions=("doc_id", "size"), documents=("doc_id", "nunique"),
                       forms=("text", lambda s: " / ".join(dict.fromkeys(s.tolist()))))
                  .sort_values(["mentions", "documents"], ascending=False, kind="stable").head(top))
        peak = counts.mentions.max()
        html.append('<table><tr><th>name</th><th class="n">mentions</th><th class="n">docs</th></tr>')
        for nm, row in counts.iterrows():
            forms = row.forms if row.forms != nm else ""
            html.append(f'<tr><td>{escape(nm)}<div class="muted">{escape(forms[:120])}</div>'
                        f'<div class="bar" style="width:{100 * row.mentions / peak:.0f}%"></div></td>'
                        f'<td class="n">{row.mentions}</td><td class="n">{row.documents}</td></tr>')
        html.append("</table></div>")
    html += ["</div>", "</section>"]
    return "\n".join(html)


def _country_pairs(events: pd.DataFrame, top: int) -> str:
    """Who did what to whom by country: events per unordered pair of countries (actor_country,
    target_country), by type, with the months they fall in (loader.country_pairs)."""
    from .loader import country_pairs

    html = ['<section id="country-pairs">', "<h2>Country pairs</h2>"]
    if events.empty or "actor_country" not in events:
        return "\n".join(html + ["<p>No events.</p>", "</section>"])
    pairs = country_pairs(events, freq=None, by_type=True)
    if pairs.empty:
        return "\n".join(html + ['<p class="muted">No event names two countries.</p>', "</section>"])
    wide = pairs.pivot_table(index=["country_a", "country_b"], columns="type", values="events", aggfunc="sum",
                             fill_value=0, observed=True)
    wide["all"] = wide.sum(axis=1)
    wide = wide.sort_values("all", ascending=False, kind="stable").head(2 * top)
    months = country_pairs(events, freq="M").groupby(["country_a", "country_b"])["period"].agg(
        lambda p: ", ".join(sorted({str(x) for x in p})))
    types = [t for t in wide.columns if t != "all"]
    html.append("<table><tr><th>countries</th>" + "".join(f"<th class=\"n\">{_type_badge(t)}</th>" for t in types)
                + '<th class="n">all</th><th>months</th></tr>')
    for (a, b), row in wide.iterrows():
        html.append(f"<tr><td>{escape(a)} – {escape(b)}</td>"
                    + "".join(f'<td class="n">{int(row[t])}</td>' for t in types)
                    + f'<td class="n">{int(row["all"])}</td><td class="muted">{escape(months.get((a, b), ""))}</td></tr>')
    html += ["</table>", '<p class="muted">ISO 3166-1 alpha-3 codes; a pair counts each event whose actor and '
             "target sides are in the two countries, either way round.</p>", "</section>"]
    return "\n".join(html)


def _events_section(events: pd.DataFrame, docs: pd.DataFrame, anchors: dict[str, str]) -> str:
    html = ['<section id="events">', f"<h2>Events ({len(events)})</h2>"]
    if events.empty:
        return "\n".join(html + ["<p>No events.</p>", "</section>"])
    counts = events.groupby(["type", "status"], observed=True).size()
    html.append('<p class="muted">' + "; ".join(f"{t} {s}: {n}" for (t, s), n in counts.items()) + "</p>")
    ev = events.assign(when=events.date.fillna(events.published)).sort_values(["when", "doc_id", "event_id"],
                                                                              kind="stable", na_position="last")
    titles = dict(zip(docs.doc_id, docs.title.fillna(docs.doc_id)))
    html.append("<table><tr><th>date</th><th>type</th><th>status</th><th>actor</th><th>target</th>"
                "<th>location</th><th>trigger</th><th>cluster</th><th>document</th></tr>")
    for r in ev.itertuples():
        html.append(
            f'<tr><td>{escape(_fmt_date(r))}</td><td>{_type_badge(r.type)}</td>'
            f'<td class="status-{escape(str(r.status))}">{escape(str(r.status))}</td>'
            f"<td>{escape(', '.join(r.actor))}</td><td>{escape(', '.join(r.target))}</td>"
            f"<td>{escape(_s(r.location))}</td><td>{escape(_s(r.trigger))}</td><td>{escape(_s(r.cluster_id))}</td>"
            f'<td><a href="#{anchors.get(r.doc_id, "")}">{escape(_short(titles.get(r.doc_id, r.doc_id), 60))}</a></td></tr>')
    html += ["</table>", "</section>"]
    return "\n".join(html)


def _documents_section(docs, ents, events, anchors, max_docs) -> str:
    html = ['<section id="documents">', f"<h2>Documents ({len(docs)})</h2>"]
    if len(docs) > max_docs:
        html.append(f'<p class="muted">Showing the first {max_docs} of {len(docs)} documents '
                    "(see --max-docs); the tables above cover all of them.</p>")
    ents_by_doc = {k: g for k, g in ents.groupby("doc_id", sort=False)}
    events_by_doc = {k: g for k, g in events.groupby("doc_id", sort=False)}
    for doc in docs.head(max_docs).itertuples():
        d_ents = ents_by_doc.get(doc.doc_id, ents.iloc[0:0])
        d_events = events_by_doc.get(doc.doc_id, events.iloc[0:0])
        meta = [f"<code>{escape(doc.doc_id)}</code>"]
        if pd.notna(doc.published):
            meta.append(f"published {doc.published:%Y-%m-%d}")
        if pd.notna(doc.source):
            meta.append(escape(str(doc.source)))
        if pd.notna(doc.url):
            meta.append(f'<a href="{escape(str(doc.url))}">{escape(_short(str(doc.url), 60))}</a>')
        meta.append(f"{len(d_ents)} entity mentions, {len(d_events)} events")
        html.append(f'<article class="doc" id="{anchors[doc.doc_id]}">')
        html.append(f"<h3>{escape(_s(doc.title) or doc.doc_id)}</h3>")
        html.append(f'<p class="muted">{" · ".join(meta)}</p>')
        html.append(_doc_events(d_events, doc))
        html.append('<div class="doctext" lang="hi">' + _highlight(_s(doc.text), d_ents) + "</div>")
        html.append("</article>")
    html.append("</section>")
    return "\n".join(html)


def _doc_events(events: pd.DataFrame, doc) -> str:
    if events.empty:
        return '<p class="muted">No events.</p>'
    sents = {s.get("sent_id"): s for s in (doc.sentences or [])}
    rows = ["<table><tr><th>type</th><th>status</th><th>trigger</th><th>actor → target</th><th>location</th>"
            "<th>date</th><th>evidence</th></tr>"]
    for r in events.itertuples():
        mentions = r.mentions or []
        evidence = [_evidence(m, sents, r.trigger) for m in mentions] or [escape(_s(r.evidence))]
        ev_html = evidence[0]
        if len(evidence) > 1:
            ev_html += (f"<details><summary>{len(evidence) - 1} more mention(s)</summary>"
                        + "".join(f"<p>{e}</p>" for e in evidence[1:]) + "</details>")
        rows.append(
            f"<tr><td>{_type_badge(r.type)}</td><td class=\"status-{escape(str(r.status))}\">{escape(str(r.status))}</td>"
            f"<td>{escape(_s(r.trigger))}</td>"
            f"<td>{escape(', '.join(r.actor) or '—')} → {escape(', '.join(r.target) or '—')}</td>"
            f"<td>{escape(_s(r.location))}</td><td>{escape(_fmt_date(r, text=True))}</td>"
            f'<td lang="hi">{ev_html}</td></tr>')
    rows.append("</table>")
    return "\n".join(rows)


# --- pieces ----------------------------------------------------------------------------------------
def _highlight(text: str, ents: pd.DataFrame) -> str:
    """The text with its entities marked by displaCy; titles give canonical names and date values."""
    from spacy import displacy

    spans, last_end = [], -1
    ordered = ents.assign(_len=ents.end - ents.start).sort_values(["start", "_len"], ascending=[True, False])
    for e in ordered.itertuples():
        if pd.isna(e.start) or pd.isna(e.end) or e.start < last_end or e.end > len(text) or e.start >= e.end:
            continue  # displaCy cannot nest or overlap spans: keep the first, longest one
        spans.append(e)
        last_end = int(e.end)
    data = {"text": text, "ents": [{"start": int(e.start), "end": int(e.end), "label": str(e.label)} for e in spans],
            "title": None}
    html = displacy.render(data, style="ent", manual=True, page=False,
                           options={"colors": ENTITY_COLOURS})
    # Hover titles: displaCy writes one <mark> per span, in order.
    tips = iter([_tip(e) for e in spans])
    if html.count('<mark class="entity"') == len(spans):
        html = re.sub(r'<mark class="entity"', lambda m: f'<mark class="entity" title="{escape(next(tips))}"', html)
    return html


def _tip(e) -> str:
    if str(e.label) == "DATE":
        return f"DATE = {_s(e.value) or '?'}"
    tip = f"{e.label}: {_s(e.canonical) or e.text}"
    return tip + (f" ({e.wikidata})" if _s(e.wikidata) else "")


def _evidence(mention: dict, sents: dict, trigger) -> str:
    """The mention's sentence with its trigger marked (offsets are into the document text)."""
    sentence = _s(mention.get("sentence"))
    ts, te = mention.get("trigger_start"), mention.get("trigger_end")
    start = end = None
    s = sents.get(mention.get("sent_id"))
    if s is not None and ts is not None and te is not None and s["start"] <= ts < te <= s["end"]:
        start, end = ts - s["start"], te - s["start"]
    elif ts is not None and te is not None and 0 <= ts < te <= len(sentence):
        start, end = ts, te  # offsets into the sentence itself
    if start is None or end > len(sentence):
        i = sentence.find(_s(trigger)) if _s(trigger) else -1
        if i < 0:
            return escape(sentence)
        start, end = i, i + len(_s(trigger))
    return (escape(sentence[:start]) + '<mark class="trigger">' + escape(sentence[start:end]) + "</mark>"
            + escape(sentence[end:]))


def _ticks(lo: pd.Timestamp, hi: pd.Timestamp) -> list[tuple[pd.Timestamp, str]]:
    days = (hi - lo).days
    if days <= 20:
        rng, fmt = pd.date_range(lo.ceil("D"), hi, freq="D"), "%d %b"
    elif days <= 120:
        rng, fmt = pd.date_range(lo.ceil("D"), hi, freq="W-MON"), "%d %b"
    elif days <= 800:
        rng, fmt = pd.date_range(lo.ceil("D"), hi, freq="MS"), "%b %Y"
    elif days <= 365 * 15:
        rng, fmt = pd.date_range(lo.ceil("D"), hi, freq="YS"), "%Y"
    else:
        rng, fmt = [pd.Timestamp(y, 1, 1) for y in range((lo.year // 10 + 1) * 10, hi.year + 1, 10)], "%Y"
    rng = list(rng)
    if len(rng) > 14:  # keep labels readable
        rng = rng[:: -(-len(rng) // 14)]
    return [(t, t.strftime(fmt)) for t in rng]


def _types(events: pd.DataFrame) -> list[str]:
    seen = set(events.type.dropna().astype(str)) if len(events) else set()
    return [t for t in EVENT_TYPES] + sorted(seen - set(EVENT_TYPES))


def _names(ents: pd.DataFrame) -> pd.Series:
    return ents.canonical.fillna(ents.text).astype(str)


def _colour(t) -> str:
    if t is None or pd.isna(t) or not str(t):
        return OTHER_COLOUR
    return TYPE_COLOURS.get(str(t)) or EXTRA_COLOURS[zlib.crc32(str(t).encode("utf-8")) % len(EXTRA_COLOURS)]


def _type_badge(t) -> str:
    return f'<span class="type" style="background:{_colour(t)}">{escape(str(t))}</span>'


_DATE_SOURCES = {"sequence": "the event it was told before or after", "context": "the story",
                 "published": "the publication date"}  # event_dates: where an event's date came from


def _fmt_date(r, text: bool = False) -> str:
    value = _s(r.date_value)
    if value:
        shown = value
        if text and _s(r.date_text):
            shown = f"{r.date_text} = {value}"
        source = _s(getattr(r, "date_source", None))
        if source in _DATE_SOURCES:
            shown += f" (from {_DATE_SOURCES[source]})"
        return shown
    if text:
        return _s(r.date_text) or "—"
    if pd.notna(r.published):
        return f"(published {r.published:%Y-%m-%d})"
    return ""


def _s(v) -> str:
    return "" if v is None or (not isinstance(v, (list, dict)) and pd.isna(v)) else str(v)


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


if __name__ == "__main__":
    sys.exit(main())
