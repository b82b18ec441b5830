"""The world resource: country outlines and centroids from Natural Earth (resources/world/).

World               outlines and centroids, loaded once
|- rings            tuple of flat (lon, lat, lon, lat, ...) tuples in degrees
|- centroids        ISO alpha-2 -> Centroid
Centroid            lon, lat, radius (degrees, a disc as large as the country)
load_world(path)    -> World (cached for the default path)
default_world_path() -> Path of the packaged file (ONIONPANEL_RESOURCES overrides the folder)
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


@functools.cache
def _load_cached(path: Path) -> World:
    data = json.loads(gzip.decompress(path.read_bytes()))
    rings = tuple(tuple(value / 100 for value in ring) for ring in data["rings"])
    centroids = {code: Centroid(*values) for code, values in data["centroids"].items()}
    return World(rings, centroids, data["source"])


def load_world(path: Path | None = None) -> World:
    return _load_cached(path or default_world_path())
