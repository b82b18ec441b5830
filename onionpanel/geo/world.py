"""The world resource: country outlines and centroids from Natural Earth (resources/world/ in
the package).

World               outlines and centroids, loaded once
|- rings            tuple of flat (lon, lat, lon, lat, ...) tuples in degrees (1:110m, plus the
                    1:50m outlines of countries 1:110m lacks, from places-110m.json.gz)
|- centroids        ISO alpha-2 -> Centroid
Centroid            lon, lat, radius (degrees, a disc as large as the country)
load_world(path)    -> World (cached for the default path)
default_world_path() -> Path of the packaged file (ONIONPANEL_RESOURCES overrides the folder)
default_places_path() -> Path of places-110m.json.gz (see onionpanel.geo.places)
"""

from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from onionpanel.resources import resource_path


@dataclass(frozen=True, slots=True)
class Centroid:
    lon: float
    lat: float
    radius: float


@dataclass(frozen=True)
class World:
    rings: tuple[tuple[float, ...], ...]
    centroids: dict[str, Centroid]
    source: str


def default_world_path() -> Path:
    return resource_path("world", "world-110m.json.gz")


def default_places_path() -> Path:
    return resource_path("world", "places-110m.json.gz")


@functools.cache
def _load_cached(path: Path) -> World:
    data = json.loads(gzip.decompress(path.read_bytes()))
    rings = tuple(tuple(value / 100 for value in ring) for ring in data["rings"])
    places_path = path.with_name("places-110m.json.gz")
    if places_path.exists():  # small countries (Singapore, Malta ...) drawn too
        from onionpanel.geo.places import load_places  # it imports this module

        rings += load_places(places_path).outlines
    centroids = {code: Centroid(*values) for code, values in data["centroids"].items()}
    return World(rings, centroids, data["source"])


def load_world(path: Path | None = None) -> World:
    return _load_cached(path or default_world_path())
