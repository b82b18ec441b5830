#!/usr/bin/env python3
"""Convert Natural Earth outlines (npm package world-atlas, TopoJSON) into the package's
resources/world/ folder.

  python3 packaging/tools/make_world_resource.py WORLD_ATLAS_DIR [OUT_DIR]

WORLD_ATLAS_DIR is an unpacked ``npm pack world-atlas`` (its ``package/`` folder). Writes
``world-110m.json.gz``: country outlines from countries-110m as rings of longitude/latitude in
hundredths of a degree (flat int lists), and a centroid (with the radius of a disc of the same
area) per ISO 3166-1 alpha-2 code, taken from the largest polygon of each country in the more
detailed countries-50m (which, unlike 110m, has small countries such as Singapore, Malta and
Luxembourg). Numeric ids are mapped to alpha-2 codes with Debian's iso-codes
(/usr/share/iso-codes/json/iso_3166-1.json).
Natural Earth data is in the public domain; world-atlas is ISC licensed.
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from pathlib import Path
from typing import Any

ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
# Natural Earth features without an ISO numeric id; codes as tor's GeoIP files use them.
CODE_BY_NAME = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}

Ring = list[tuple[float, float]]


def decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: Ring = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring(arcs: list[Ring], indices: list[int]) -> Ring:
    points: Ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def polygons(arcs: list[Ring], geometry: dict[str, Any]) -> list[list[Ring]]:
    if geometry["type"] == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in polygon] for polygon in geometry["arcs"]]
    return []


def unwrapped(points: Ring) -> Ring:
    """A ring cut at the antimeridian (Russia, Fiji) made contiguous in 0..360 degrees.

    Antarctica also spans every longitude but is closed along the pole; it is left alone.
    """
    xs = [x for x, _ in points]
    if max(xs) - min(xs) <= 180 or min(y for _, y in points) < -60:
        return points
    return [(x + 360 if x < 0 else x, y) for x, y in points]


def wrap(lon: float) -> float:
    return lon - 360 if lon > 180 else lon


def area_and_centroid(points: Ring) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        xs, ys = zip(*points, strict=True)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def alpha2_codes() -> dict[str, str]:
    entries = json.loads(ISO_CODES.read_text())["3166-1"]
    return {entry["numeric"]: entry["alpha_2"] for entry in entries}


def country_code(geometry: dict[str, Any], codes: dict[str, str]) -> str | None:
    name = geometry.get("properties", {}).get("name", "")
    return codes.get(str(geometry.get("id", ""))) or CODE_BY_NAME.get(name)


def centroids(topology: dict[str, Any], codes: dict[str, str]) -> dict[str, list[float]]:
    arcs = decode_arcs(topology)
    result: dict[str, tuple[float, float, float]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = country_code(geometry, codes)
        if code is None:
            continue
        for polygon in polygons(arcs, geometry):
            area, lon, lat = area_and_centroid(unwrapped(polygon[0]))
            if code not in result or area > result[code][0]:
                result[code] = (area, wrap(lon), lat)
    # third value: radius in degrees of a disc as large as that polygon, for spreading relays
    return {
        code: [round(lon, 2), round(lat, 2), round(math.sqrt(area / math.pi), 2)]
        for code, (area, lon, lat) in sorted(result.items())
    }


def outlines(topology: dict[str, Any]) -> list[list[int]]:
    arcs = decode_arcs(topology)
    rings: list[list[int]] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        for polygon in polygons(arcs, geometry):
            outer = unwrapped(polygon[0])
            shifts = (0, -360) if outer is not polygon[0] else (0,)
            for shift in shifts:
                flat: list[int] = []
                for lon, lat in outer:
                    flat += [round((lon + shift) * 100), round(lat * 100)]
                rings.append(flat)
    return rings


def main(argv: list[str]) -> int:
    source = Path(argv[1])
    out_dir = Path(argv[2]) if len(argv) > 2 else Path("onionpanel/resources/world")
    codes = alpha2_codes()
    coarse = json.loads((source / "countries-110m.json").read_text())
    fine = json.loads((source / "countries-50m.json").read_text())
    version = json.loads((source / "package.json").read_text())["version"]
    resource = {
        "source": f"Natural Earth 1:110m/1:50m admin 0 countries via world-atlas {version}",
        "license": "Natural Earth: public domain",
        "units": "rings are flat [lon, lat, ...] lists in hundredths of a degree",
        "rings": outlines(coarse),
        "centroids": centroids(fine, codes),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "world-110m.json.gz"
    payload = json.dumps(resource, separators=(",", ":")).encode()
    target.write_bytes(gzip.compress(payload, mtime=0))
    print(f"{target}: {len(resource['rings'])} rings, {len(resource['centroids'])} centroids")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
