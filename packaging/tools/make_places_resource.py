#!/usr/bin/env python3
"""Build onionpanel/resources/world/places-110m.json.gz: where on land a country-only relay may go.

  python3 packaging/tools/make_places_resource.py WORLD_ATLAS_DIR [OUT_DIR]

WORLD_ATLAS_DIR is an unpacked ``npm pack world-atlas@2.0.2`` (see onionpanel/resources/world/README.md).
For every ISO 3166-1 alpha-2 code (as tor's ip-to-country returns them, upper-cased):

- ``places[CODE]``: the country's main land as triangles, ready for area-weighted sampling. The
  polygons come from countries-110m (the outlines the map draws); a country 110m lacks (Singapore,
  Malta, Hong Kong, ...) takes its countries-50m polygons, which are then also listed in
  ``outlines`` so the map draws them. "Main land" is the largest polygon plus every polygon whose
  centroid lies within two disc radii of it: Alaska, Hawaii, French Guiana and Svalbard are not
  where a German or US relay should be drawn. Overseas parts that tor's GeoIP files name with a
  code of their own (RE, GP, GF, MQ, YT, SJ, BQ ...) get the polygon of the parent country that
  holds (or is nearest to) a point inside them.
- Each entry is ``[ring, triangles]``: ``ring`` a flat [lon, lat, ...] list in hundredths of a
  degree (rings across the antimeridian unwrapped to 0..360), ``triangles`` a flat list of vertex
  index triples into the ring (ear clipping). Both are stored as base64 of little-endian arrays
  (int32 and uint16): the panel decodes one country at a time, and json.loads of strings costs
  a millisecond where the same numbers as JSON lists cost ten, in one block on the GUI thread.

Natural Earth data is in the public domain; world-atlas is ISC licensed.
"""

from __future__ import annotations

import array
import base64
import gzip
import json
import math
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_world_resource import (  # noqa: E402  (the sibling script)
    Ring,
    alpha2_codes,
    area_and_centroid,
    country_code,
    decode_arcs,
    polygons,
    unwrapped,
)

# Overseas parts with a code of their own in tor's GeoIP files: parent and a point on them.
OVERSEAS = {
    "GF": ("FR", -53.1, 3.9),
    "GP": ("FR", -61.55, 16.25),
    "MQ": ("FR", -61.02, 14.64),
    "RE": ("FR", 55.53, -21.13),
    "YT": ("FR", 45.15, -12.82),
    "SJ": ("NO", 16.0, 78.6),
    "BQ": ("NL", -68.26, 12.18),
}


def ring_area(points: Ring) -> float:
    return sum(
        x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)
    ) / 2


def _cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _inside_triangle(p: tuple[float, float], a: Any, b: Any, c: Any) -> bool:
    return _cross(a, b, p) >= 0 and _cross(b, c, p) >= 0 and _cross(c, a, p) >= 0


def triangulate(points: Ring) -> list[int]:
    """Ear clipping of a simple polygon; index triples into ``points`` (counter-clockwise)."""
    indices = list(range(len(points)))
    if len(points) > 3 and points[0] == points[-1]:
        indices.pop()
    if ring_area([points[i] for i in indices]) < 0:
        indices.reverse()
    triangles: list[int] = []
    k = misses = 0
    while len(indices) > 3 and misses < len(indices):
        count = len(indices)
        k %= count
        i0, i1, i2 = indices[k - 1], indices[k], indices[(k + 1) % count]
        a, b, c = points[i0], points[i1], points[i2]
        ear = _cross(a, b, c) > 0 and not any(
            _inside_triangle(points[j], a, b, c)
            for j in indices
            if j not in (i0, i1, i2) and points[j] not in (a, b, c)
        )
        if ear:
            triangles += [i0, i1, i2]
            del indices[k]
            misses = 0
        else:
            k += 1
            misses += 1
    if len(indices) == 3:
        triangles += indices
    return [
        index
        for t in range(0, len(triangles), 3)
        if _contains(points, _middle(points, triangles[t : t + 3]))
        for index in triangles[t : t + 3]
    ]  # a self-touching ring can leave an ear outside itself: drop such triangles


def _middle(points: Ring, corners: list[int]) -> tuple[float, float]:
    return (
        sum(points[i][0] for i in corners) / 3,
        sum(points[i][1] for i in corners) / 3,
    )


def _contains(points: Ring, p: tuple[float, float]) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        if (y0 > p[1]) != (y1 > p[1]) and p[0] < x0 + (p[1] - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def flat(points: Ring) -> str:
    values = array.array("i", [round(v * 100) for point in points for v in point])
    return encoded(values)


def encoded(values: array.array[int]) -> str:
    if sys.byteorder != "little":
        values.byteswap()
    return base64.b64encode(values.tobytes()).decode()


def packed_triangles(points: Ring) -> str:
    return encoded(array.array("H", triangulate(points)))


def quantised(points: Ring) -> Ring:
    """The ring exactly as the resource stores it, so the triangles match what is read back."""
    unique: Ring = []
    for lon, lat in points:
        point = (round(lon * 100) / 100, round(lat * 100) / 100)
        if not unique or unique[-1] != point:
            unique.append(point)
    return unique


def country_polygons(topology: dict[str, Any], codes: dict[str, str]) -> dict[str, list[Ring]]:
    arcs = decode_arcs(topology)
    result: dict[str, list[Ring]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = country_code(geometry, codes)
        if code is None:
            continue
        for polygon in polygons(arcs, geometry):
            result.setdefault(code, []).append(quantised(unwrapped(polygon[0])))
    return result


def main_land(rings: list[Ring]) -> list[Ring]:
    measured = [(area_and_centroid(ring), ring) for ring in rings]
    (area, lon, lat), _ = max(measured, key=lambda item: item[0][0])
    reach = 2 * math.sqrt(area / math.pi)
    return [
        ring
        for (_, x, y), ring in measured
        if math.hypot((x - lon) * math.cos(math.radians(lat)), y - lat) <= reach
    ]


def _distance(ring: Ring, lon: float, lat: float) -> float:
    _, x, y = area_and_centroid(ring)
    return math.hypot(x - lon, y - lat)


def holding(rings: list[Ring], lon: float, lat: float) -> Ring:
    return min(rings, key=lambda ring: _distance(ring, lon, lat))


def main(argv: list[str]) -> int:
    source = Path(argv[1])
    out_dir = Path(argv[2]) if len(argv) > 2 else Path("onionpanel/resources/world")
    codes = alpha2_codes()
    coarse = country_polygons(json.loads((source / "countries-110m.json").read_text()), codes)
    fine = country_polygons(json.loads((source / "countries-50m.json").read_text()), codes)
    version = json.loads((source / "package.json").read_text())["version"]
    places: dict[str, list[list[str]]] = {}
    outlines: list[str] = []
    for code in sorted(set(coarse) | set(fine)):
        rings = coarse.get(code) or fine[code]
        if code not in coarse:
            outlines += [flat(ring) for ring in rings]
        places[code] = [[flat(ring), packed_triangles(ring)] for ring in main_land(rings)]
    for code, (parent, lon, lat) in OVERSEAS.items():
        if code in places:
            continue
        ring = holding(coarse.get(parent) or fine[parent], lon, lat)
        if _distance(ring, lon, lat) > 1.5:  # too small for 1:110m (Réunion): take 1:50m's
            ring = holding(fine[parent], lon, lat)
            outlines.append(flat(ring))
        places[code] = [[flat(ring), packed_triangles(ring)]]
    resource = {
        "source": f"Natural Earth 1:110m/1:50m admin 0 countries via world-atlas {version}",
        "license": "Natural Earth: public domain",
        "units": "rings: flat [lon, lat, ...] in hundredths of a degree; triangles: index triples",
        "encoding": "base64 of little-endian arrays: rings int32, triangles uint16",
        "places": places,
        "outlines": outlines,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "places-110m.json.gz"
    payload = json.dumps(resource, separators=(",", ":")).encode()
    target.write_bytes(gzip.compress(payload, mtime=0))
    triangles = sum(len(base64.b64decode(t)) // 6 for entries in places.values() for _, t in entries)
    print(f"{target}: {len(places)} countries, {triangles} triangles, {len(outlines)} outlines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
