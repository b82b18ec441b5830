"""Where on land a relay goes when all we know is its country: one spot per relay, always the same.

  Places                       every country's main land as triangles (onionpanel/resources/world/
                               places-110m.json.gz, from packaging/tools/make_places_resource.py)
  |- spot(code, seed) -> (lon, lat) | None   a point on the land of ``code``, area-weighted,
                               deterministic for one seed (a relay's address); None when
                               the code names no land (``??``, ``A1`` ...)
  |- centroid(code) -> (lon, lat) | None     the land's area centroid, regions (EU, AP) included
  |- outlines                  rings of countries the 1:110m outlines lack (Singapore, Malta ...)
  |- codes                     every code with land, region codes included
  |- prepare(code)             decode the land of ``code`` now (~0.2-2 ms; spot does it on first
                               use), so a caller can give each country its own slice
  |- prepare_steps(code)       the same, a member country per step (regions: EU has 27)
  load_places(path=None) -> Places   cached for the default path (found by geo.world)
  REGION_CODES                 tor's codes for regions and retired codes -> countries whose land
                               they spread over (EU, AP, UK, CS, AN; islands too small for 1:50m)
  land_share(points, rings) -> float   share of points inside any ring (even-odd), for tests and
                               benches: the map's own outlines are the measure of "on land"

A country's land is decoded on first use (a few hundred µs), so a consensus touching sixty
countries never blocks the loop for long; each spot costs a hash and a bisect.
"""

from __future__ import annotations

import array
import base64
import bisect
import functools
import gzip
import hashlib
import json
import math
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from onionpanel.geo.world import default_places_path

LonLat = tuple[float, float]

# EU member states (tor's GeoIP files say "EU" for ranges registered to the EU as a whole).
_EU = (
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
)  # fmt: skip
REGION_CODES: dict[str, tuple[str, ...]] = {
    "EU": _EU,
    # "AP": Asia/Pacific, registered to the region as a whole; the region's hosting hubs
    "AP": ("JP", "SG", "HK", "KR", "TW", "AU", "IN"),
    "UK": ("GB",),
    "CS": ("RS", "ME"),  # Serbia and Montenegro
    "AN": ("CW", "SX", "BQ"),  # Netherlands Antilles
    # too small for Natural Earth 1:50m: drawn on the nearest country's land
    "GI": ("ES",),
    "TK": ("WS",),
    "TV": ("FJ",),
    "CX": ("ID",),
    "CC": ("ID",),
    "UM": ("US",),
    "BV": ("ZA",),
}


@dataclass(frozen=True, slots=True)
class _Land:
    corners: tuple[tuple[float, ...], ...]  # per triangle: ax ay bx by cx cy
    cumulative: tuple[float, ...]  # running area, for picking a triangle by area

    @property
    def area(self) -> float:
        return self.cumulative[-1] if self.cumulative else 0.0


def _decode(text: str, typecode: str) -> array.array[int]:
    values = array.array(typecode)
    values.frombytes(base64.b64decode(text))
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _triangles(ring_text: str, triangle_text: str) -> list[tuple[float, ...]]:
    ring = _decode(ring_text, "i")
    corners = []
    indices = _decode(triangle_text, "H")
    for start in range(0, len(indices) - 2, 3):
        a, b, c = (2 * indices[start + k] for k in range(3))
        corners.append(tuple(ring[i] / 100 for i in (a, a + 1, b, b + 1, c, c + 1)))
    return corners


def _area(t: Sequence[float]) -> float:
    """Planar area in degrees², shrunk by cos(latitude) so northern land is not overweighted."""
    ax, ay, bx, by, cx, cy = t
    flat = abs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)) / 2
    return flat * math.cos(math.radians((ay + by + cy) / 3))


def _unit_triple(seed: str) -> tuple[float, float, float]:
    digest = hashlib.blake2b(seed.encode(), digest_size=12).digest()
    return (
        int.from_bytes(digest[0:4]) / 2**32,
        int.from_bytes(digest[4:8]) / 2**32,
        int.from_bytes(digest[8:12]) / 2**32,
    )


def _wrap(lon: float) -> float:
    return lon - 360 if lon > 180 else lon


class Places:
    def __init__(self, raw: dict[str, list[list[str]]], outlines: Sequence[str]) -> None:
        self._raw = raw
        self._outline_text = tuple(outlines)
        self._land: dict[str, _Land | None] = {}
        self._decoded: dict[str, list[tuple[float, ...]]] = {}  # per member country

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(self._raw) | frozenset(REGION_CODES)

    @functools.cached_property
    def outlines(self) -> tuple[tuple[float, ...], ...]:
        return tuple(
            tuple(value / 100 for value in _decode(text, "i")) for text in self._outline_text
        )

    def _country_triangles(self, code: str) -> list[tuple[float, ...]]:
        corners = self._decoded.get(code)
        if corners is None:
            corners = []
            for ring_text, triangle_text in self._raw.get(code, ()):
                corners += _triangles(ring_text, triangle_text)
            self._decoded[code] = corners
        return corners

    def _land_of(self, code: str) -> _Land | None:
        if code in self._land:
            return self._land[code]
        members = [c for c in REGION_CODES.get(code, (code,)) if c in self._raw]
        corners = [t for member in members for t in self._country_triangles(member)]
        land = None
        if corners:
            running, cumulative = 0.0, []
            for triangle in corners:
                running += _area(triangle)
                cumulative.append(running)
            land = _Land(tuple(corners), tuple(cumulative))
        self._land[code] = land
        return land

    def prepare(self, code: str) -> None:
        self._land_of(code.strip().upper())

    def prepare_steps(self, code: str) -> Iterator[None]:
        """prepare(code) one member country per step: a region (EU: 27 countries, ~9 ms)
        is not decoded in one go."""
        code = code.strip().upper()
        if code in self._land:
            return
        for member in REGION_CODES.get(code, ()):
            if member in self._raw and member not in self._decoded:
                self._country_triangles(member)
                yield
        self._land_of(code)
        yield

    def spot(self, code: str, seed: str) -> LonLat | None:
        land = self._land_of(code.strip().upper())
        if land is None or land.area <= 0:
            return None
        pick, u, v = _unit_triple(seed)
        index = min(bisect.bisect_right(land.cumulative, pick * land.area), len(land.corners) - 1)
        ax, ay, bx, by, cx, cy = land.corners[index]
        if u + v > 1:  # fold the far half of the parallelogram back into the triangle
            u, v = 1 - u, 1 - v
        lon = ax + u * (bx - ax) + v * (cx - ax)
        lat = ay + u * (by - ay) + v * (cy - ay)
        return _wrap(lon), lat

    def centroid(self, code: str) -> LonLat | None:
        land = self._land_of(code.strip().upper())
        if land is None or land.area <= 0:
            return None
        weight = lon = lat = 0.0
        for triangle in land.corners:
            area = _area(triangle)
            weight += area
            lon += area * (triangle[0] + triangle[2] + triangle[4]) / 3
            lat += area * (triangle[1] + triangle[3] + triangle[5]) / 3
        return _wrap(lon / weight), lat / weight


@functools.cache
def _load_cached(path: Path) -> Places:
    data = json.loads(gzip.decompress(path.read_bytes()))
    return Places(data["places"], data.get("outlines", ()))


def load_places(path: Path | None = None) -> Places:
    return _load_cached(path or default_places_path())


def _contains(ring: Sequence[float], lon: float, lat: float) -> bool:
    inside = False
    x0, y0 = ring[-2], ring[-1]
    for index in range(0, len(ring), 2):
        x1, y1 = ring[index], ring[index + 1]
        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
        x0, y0 = x1, y1
    return inside


def _bbox(ring: Sequence[float]) -> tuple[float, float, float, float]:
    xs, ys = ring[0::2], ring[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def land_share(points: Iterable[LonLat], rings: Sequence[Sequence[float]]) -> float:
    """Share of ``points`` inside at least one ring (rings unwrapped past 180° are also tried
    with the point shifted by 360°)."""
    boxes = [(_bbox(ring), ring) for ring in rings]
    total = on_land = 0
    for lon, lat in points:
        total += 1
        for candidate in (lon, lon + 360):
            if any(
                x0 <= candidate <= x1 and y0 <= lat <= y1 and _contains(ring, candidate, lat)
                for (x0, y0, x1, y1), ring in boxes
            ):
                on_land += 1
                break
    return on_land / total if total else 0.0
