"""`hindi-events report` on a real output folder; the page rendered by headless Chromium shows Devanagari."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

import pipeline
from pipeline.loader import Outputs
from tests.conftest import cli
from tests.test_loader import make_output

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DEVANAGARI = re.compile("[\u0900-\u097f]")
TOFU = "\ue000"  # Private Use Area: no installed font has a glyph, so it renders as a .notdef box


@pytest.fixture(scope="module")
def outdir(tmp_path_factory):
    return make_output(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def report(outdir, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "report.html"
    r = cli("report", str(outdir), "-o", str(path))
    assert r.returncode == 0, r.stderr
    return path


def test_sections_and_devanagari(report, outdir):
    html = report.read_text(encoding="utf-8")
    for section in ("summary", "timeline", "top-entities", "events", "documents"):
        assert f'<section id="{section}">' in html, section
    docs, ents, events = pipeline.load(outdir)
    # Every document's title and its sentences' Devanagari words are on the page.
    for doc in docs.itertuples():
        assert doc.title in html
        for s in doc.sentences:
            for word in re.findall("[\u0900-\u097f]+", s["text"]):
                assert word in html, word
    # Entities are highlighted with their labels, events listed with trigger and evidence.
    assert html.count('<mark class="entity"') >= len(ents[ents.label.isin(["PER", "ORG", "LOC"])]) // 2
    for label in ("PER", "LOC"):
        assert re.search(rf"<span[^>]*>{label}</span>\s*</mark>", html), label
    for ev in events.itertuples():
        assert ev.trigger in html
    assert html.count('<mark class="trigger">') >= len(events)
    # Top entities: the most mentioned place is listed first in the places table.
    places = ents[ents.label == "LOC"].canonical.value_counts()
    top_loc = html.split('id="top-LOC"')[1].split("</table>")[0]
    first = re.search(r"<td>([^<]+)<", top_loc).group(1)
    assert places[first] == places.max()
    # One timeline mark an event that has a date (its own or its article's).
    svg = html.split('<section id="timeline">')[1].split("</svg>")[0]
    assert svg.count("<circle") == int(events.date.fillna(events.published).notna().sum())


def test_self_contained(report):
    html = report.read_text(encoding="utf-8")
    assert "<script" not in html and "<link" not in html and "@import" not in html and "url(" not in html
    assert not re.search(r'\bsrc\s*=', html)
    # The only URL is the SVG namespace (and any article URLs, which the test corpus has none of).
    assert set(re.findall(r'https?://[^"\'\s<>]+', html)) <= {"http://www.w3.org/2000/svg"}


def test_no_events_folder(tmp_path, outdir):
    only = tmp_path / "only"
    only.mkdir()
    for name in ("documents.jsonl", "entities.csv"):
        (only / name).write_bytes((outdir / name).read_bytes())
    r = cli("report", str(only))
    assert r.returncode == 0, r.stderr
    html = (only / "report.html").read_text(encoding="utf-8")
    assert '<section id="timeline">' in html and "No events." in html
    r = cli("report", str(tmp_path / "nowhere"))
    assert r.returncode == 2 and "no output folder" in r.stderr


# --- rendering ------------------------------------------------------------------------------------
# Tall enough to reach the documents' Devanagari below the map once places have coordinates.
def screenshot(html_path: Path, png: Path, profile: Path, size=(1200, 3600)) -> np.ndarray:
    from PIL import Image

    cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
           f"--window-size={size[0]},{size[1]}", html_path.resolve().as_uri()]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert r.returncode == 0 and png.exists(), r.stderr[-2000:]
    return np.asarray(Image.open(png).convert("L"))


def glyph_shapes(gray: np.ndarray, threshold: int = 120) -> Counter:
    """Dark connected components (8-connected) of a grey image, counted by their exact bitmap.

    Rendered Devanagari joins each word under its headline into one component of its own
    shape; missing-glyph boxes are all the same shape.
    """
    ink = gray < threshold
    parent: list[int] = []

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    runs_prev: list[tuple[int, int, int]] = []
    all_runs: list[tuple[int, int, int, int]] = []  # row, start, end (exclusive), run id
    for y in range(ink.shape[0]):
        row = ink[y]
        if not row.any():
            runs_prev = []
            continue
        edges = np.flatnonzero(np.diff(np.concatenate(([0], row.view(np.int8), [0]))))
        runs = []
        j = 0
        for start, end in zip(edges[::2].tolist(), edges[1::2].tolist()):
            rid = len(parent)
            parent.append(rid)
            # Join the runs of the row above that touch this one, diagonals included.
            while j < len(runs_prev) and runs_prev[j][1] < start:
                j += 1
            k = j
            while k < len(runs_prev) and runs_prev[k][0] <= end:
                ra, rb = find(rid), find(runs_prev[k][2])
                if ra != rb:
                    parent[ra] = rb
                k += 1
            runs.append((start, end, rid))
            all_runs.append((y, start, end, rid))
        runs_prev = runs
    comps: dict[int, list[tuple[int, int, int]]] = {}
    for y, start, end, rid in all_runs:
        comps.setdefault(find(rid), []).append((y, start, end))
    shapes: Counter = Counter()
    for runs in comps.values():
        y0 = min(r[0] for r in runs)
        x0 = min(r[1] for r in runs)
        shapes[tuple(sorted((y - y0, a - x0, b - x0) for y, a, b in runs))] += 1
    return shapes


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium fonts-noto-core)")
def test_chromium_renders_devanagari(report, tmp_path):
    """The report and a copy with every Devanagari letter swapped for a glyph no font has (tofu)
    are screenshotted; real Devanagari must give far more distinct glyph shapes than the boxes."""
    pytest.importorskip("PIL", reason="Pillow not installed (pip install pillow)")
    html = report.read_text(encoding="utf-8")
    n_deva = len(DEVANAGARI.findall(html))
    assert n_deva > 200
    control = tmp_path / "tofu.html"
    control.write_text(DEVANAGARI.sub(TOFU, html), encoding="utf-8")
    real_png, tofu_png = tmp_path / "real.png", tmp_path / "tofu.png"
    real = glyph_shapes(screenshot(report, real_png, tmp_path / "profile"))
    tofu = glyph_shapes(screenshot(control, tofu_png, tmp_path / "profile"))
    # Shapes only one of the two pages has: Latin text, rules and badges are common to both.
    real_only, tofu_only = set(real) - set(tofu), set(tofu) - set(real)
    (tmp_path / "shapes.json").write_text(json.dumps({"real_only": len(real_only), "tofu_only": len(tofu_only)}))
    assert len(real_only) >= 100 and len(real_only) >= 1.5 * len(tofu_only), (
        f"Devanagari seems not rendered: {len(real_only)} glyph shapes only on the page vs {len(tofu_only)} only "
        f"on its tofu copy (screenshots in {tmp_path}); is a Devanagari font installed (fonts-noto-core)?")


def test_glyph_shapes_counts_components():
    """The shape counter on a drawn image: two equal boxes are one shape, a different one is another."""
    img = np.full((40, 60), 255, dtype=np.uint8)
    img[5:15, 5:15] = 0
    img[5:15, 25:35] = 0
    img[20:35, 40:45] = 0
    img[35, 45] = 0  # touches the bar diagonally: same component
    shapes = glyph_shapes(img)
    assert sum(shapes.values()) == 3 and sorted(shapes.values()) == [1, 2]


# --- the map of places ------------------------------------------------------------------------------
# Coordinates of the places the test articles name (GeoNames), as the knowledge base gives them in
# entities.csv columns lat/lon; the test outputs get them here so the map is drawn with or without it.
COORDS = {"India": (22.0, 79.0), "Russia": (60.0, 100.0), "Moscow": (55.752, 37.616), "China": (35.0, 105.0),
          "Beijing": (39.907, 116.397), "New Delhi": (28.636, 77.224), "Delhi": (28.652, 77.231)}


def with_coordinates(outputs: Outputs) -> Outputs:
    docs, ents, events = outputs
    ents = ents.drop(columns=["lat", "lon"], errors="ignore")
    known = [COORDS.get(c) if lab == "LOC" else None for c, lab in zip(ents.canonical, ents.label)]
    ents = ents.assign(lat=[k[0] if k else np.nan for k in known], lon=[k[1] if k else np.nan for k in known])
    return Outputs(docs, ents, events)


@pytest.fixture(scope="module")
def map_html(outdir):
    from pipeline.report import build_html

    return build_html(with_coordinates(pipeline.load(outdir)), title="map")


def map_section(html: str) -> str:
    return html.split('<section id="map">')[1].split("</section>")[0]


def test_map_circles_sized_by_mentions(map_html, outdir):
    from pipeline.report import _frame, _places

    section = map_section(map_html)
    ents = with_coordinates(pipeline.load(outdir)).entities
    places = _places(ents)
    assert len(places) >= 3 and set(places.name) <= set(COORDS)
    circles = re.findall(r'<circle class="place" cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)"><title>([^<]+)</title>',
                         section)
    assert len(circles) == len(places)
    by_name = {t.split(":")[0]: (float(x), float(y), float(r)) for x, y, r, t in circles}
    counts = ents[(ents.label == "LOC") & ents.lat.notna()].canonical.value_counts()
    for name, n in counts.items():
        x, y, _ = by_name[name]
        assert (x, y) == pytest.approx((COORDS[name][1], -COORDS[name][0]), abs=1e-3)
        assert f"{name}: {n} mention" in section
    most, least = counts.index[0], counts.index[-1]
    assert counts[most] > counts[least] and by_name[most][2] > by_name[least][2]
    # The frame holds every place, and the outlines drawn include the countries named.
    x0, y0, w, h = _frame(places)
    assert all(x0 <= x <= x0 + w and y0 <= y <= y0 + h for x, y, _ in by_name.values())
    for country in ("India", "Russia", "China"):
        assert f"<title>{country}</title></path>" in section
    assert "Natural Earth" in section


def test_map_needs_coordinates(outdir):
    from pipeline.report import build_html

    docs, ents, events = pipeline.load(outdir)
    without = build_html(Outputs(docs, ents.drop(columns=["lat", "lon"], errors="ignore"), events), title="x")
    assert "<svg" not in map_section(without) and "has no <code>lat</code>/<code>lon</code> columns" in without
    empty = ents.assign(lat=np.nan, lon=np.nan)
    none = build_html(Outputs(docs, empty, events), title="x")
    assert "<svg" not in map_section(none) and "has coordinates in the knowledge base" in none


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium fonts-noto-core)")
def test_chromium_draws_the_map(map_html, outdir, tmp_path):
    """The map's SVG alone on a 1000 x 500 px page: each place's circle is drawn where its coordinates
    say, land is drawn in the land colour, and a copy without circles has no circle colour there."""
    pytest.importorskip("PIL", reason="Pillow not installed (pip install pillow)")
    from PIL import Image

    from pipeline.report import _frame, _places

    svg = re.search(r"<svg class=\"map\".*?</svg>", map_section(map_html), re.S).group(0)
    svg = svg.replace('<svg class="map"', '<svg class="map" width="1000" height="500"', 1)
    page = '<!DOCTYPE html><html><body style="margin:0;background:#fff">{}</body></html>'
    real, bare = tmp_path / "map.html", tmp_path / "bare.html"
    real.write_text(page.format(svg), encoding="utf-8")
    bare.write_text(page.format(re.sub(r"<circle .*?</circle>", "", svg)), encoding="utf-8")
    shots = []
    for html in (real, bare):
        png = tmp_path / f"{html.stem}.png"
        screenshot(html, png, tmp_path / "profile", size=(1000, 500))
        shots.append(np.asarray(Image.open(png).convert("RGB")).astype(int))
    drawn, plain = shots
    places = _places(with_coordinates(pipeline.load(outdir)).entities)
    x0, y0, w, h = _frame(places)

    def orange(img, x, y):  # the circle colour over land or sea: red well above blue
        r, g, b = img[y, x]
        return r - b > 80 and r > 180

    for p in places.itertuples():
        px, py = round((p.lon - x0) / w * 1000), round((-p.lat - y0) / h * 500)
        assert orange(drawn, px, py), (p.name, px, py, drawn[py, px])
        assert not orange(plain, px, py), (p.name, plain[py, px])
    land = (np.abs(drawn - np.array([0xf6, 0xf3, 0xec])).sum(axis=2) < 12).mean()
    sea = (np.abs(drawn - np.array([0xe3, 0xee, 0xf7])).sum(axis=2) < 12).mean()
    assert land > 0.15 and sea > 0.05, (land, sea)


def test_map_from_the_knowledge_base_alone(outdir):
    """Without the coordinates above: the real run's entities.csv carries the knowledge base's points
    of countries (build_countries: inside their outline) and the map draws them there."""
    from pipeline.report import build_html
    from pipeline.tools.build_countries import WORLD_MAP, inside, read_outlines

    outputs = pipeline.load(outdir)
    ents = outputs.entities
    outlines = read_outlines(WORLD_MAP)
    section = map_section(build_html(outputs, title="kb"))
    for name, code in (("India", "IND"), ("Russia", "RUS")):
        row = ents[ents.canonical == name].iloc[0]
        assert row.country == code and any(inside(row.lon, row.lat, ring) for ring in outlines[code]), row
        circle = re.search(rf'<circle class="place" cx="([-\d.]+)" cy="([-\d.]+)" r="[\d.]+"><title>{name}:', section)
        assert circle and (float(circle.group(1)), -float(circle.group(2))) == pytest.approx((row.lon, row.lat), abs=1e-3)
