"""pipeline/tools/build_world_map.py: the shapefile and dBase readers on files written here in the
formats' own layouts, and the committed table it made from Natural Earth (configs/report/world_110m.tsv)."""
from __future__ import annotations

import re
import struct
import subprocess
import sys

from pipeline.tools.build_world_map import OUT, read_dbf, read_polygons
from tests.conftest import REPO


def write_shapefile(folder, shapes: list[list[list[tuple[float, float]]]], rows: list[dict[str, str]]) -> None:
    """A Polygon shapefile (.shp) and its dBase III table (.dbf), as Natural Earth ships them."""
    records = b""
    for n, rings in enumerate(shapes, 1):
        points = [p for ring in rings for p in ring]
        parts, at = [], 0
        for ring in rings:
            parts.append(at)
            at += len(ring)
        content = struct.pack("<i4d2i", 5, 0, 0, 0, 0, len(rings), len(points))
        content += struct.pack(f"<{len(parts)}i", *parts)
        content += b"".join(struct.pack("<2d", x, y) for x, y in points)
        records += struct.pack(">2i", n, len(content) // 2) + content
    header = struct.pack(">7i", 9994, 0, 0, 0, 0, 0, (100 + len(records)) // 2) + struct.pack("<2i", 1000, 5)
    header += b"\0" * (100 - len(header))
    (folder / "ne_110m_admin_0_countries.shp").write_bytes(header + records)
    fields = [("ADM0_A3", 3), ("NAME", 20)]
    record_len = 1 + sum(n for _, n in fields)
    head_len = 32 + 32 * len(fields) + 1
    dbf = struct.pack("<4BIHH", 3, 124, 1, 1, len(rows), head_len, record_len) + b"\0" * 20
    for name, length in fields:
        dbf += name.encode().ljust(11, b"\0") + b"C" + b"\0" * 4 + bytes([length, 0]) + b"\0" * 14
    dbf += b"\r"
    for row in rows:
        dbf += b" " + b"".join(row[name].encode("utf-8").ljust(length) for name, length in fields)
    (folder / "ne_110m_admin_0_countries.dbf").write_bytes(dbf + b"\x1a")


def test_readers_and_builder_on_written_files(tmp_path):
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)]
    island = [(20.0, -5.0), (20.04, -5.0), (21.0, -5.0), (21.0, -4.0), (20.0, -5.0)]
    write_shapefile(tmp_path, [[square], [square, island]], [{"ADM0_A3": "AAA", "NAME": "Alpha"},
                                                             {"ADM0_A3": "BBB", "NAME": "Bêta"}])
    assert read_dbf((tmp_path / "ne_110m_admin_0_countries.dbf").read_bytes()) == [
        {"ADM0_A3": "AAA", "NAME": "Alpha"}, {"ADM0_A3": "BBB", "NAME": "Bêta"}]
    polys = read_polygons((tmp_path / "ne_110m_admin_0_countries.shp").read_bytes())
    assert polys == [[square], [square, island]]
    out = tmp_path / "world.tsv"
    subprocess.run([sys.executable, "-m", "pipeline.tools.build_world_map", str(tmp_path), "-o", str(out)],
                   cwd=REPO, check=True, capture_output=True)
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows[0] == ["iso_a3", "name", "path"]
    # y is minus the latitude; the point 0.04 degrees from the last kept one is dropped.
    assert rows[1] == ["AAA", "Alpha", "M0 0 10 0 10 -10 0 -10 0 0Z"]
    assert rows[2] == ["BBB", "Bêta", "M0 0 10 0 10 -10 0 -10 0 0ZM20 5 21 5 21 4 20 5Z"]


def test_committed_world_table():
    lines = [line for line in OUT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = {r[0]: r for r in (line.split("\t") for line in lines[1:])}
    assert len(rows) >= 170 and "Natural Earth" in OUT.read_text(encoding="utf-8")[:300]
    for iso, (lon_lo, lon_hi, lat_lo, lat_hi) in {"IND": (68, 98, 6, 36), "RUS": (-180, 180, 41, 82),
                                                  "BRA": (-74, -34, -34, 6)}.items():
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", rows[iso][2])]
        xs, lats = nums[0::2], [-y for y in nums[1::2]]
        assert lon_lo - 1 <= min(xs) and max(xs) <= lon_hi + 1, iso
        assert lat_lo - 1 <= min(lats) and max(lats) <= lat_hi + 1, iso
