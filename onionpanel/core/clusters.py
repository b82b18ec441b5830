"""Relay dots grouped by screen distance: one disc with a count wherever dots would pile up.

  Cluster                      x, y (mean of its members, pixels), members (keys, sorted)
  |- count
  cluster_points(points, radius_px) -> list[Cluster]
                               points: key -> (x, y) in pixels at the current zoom, bucketed in
                               cells ``radius_px`` wide; the fullest cell first takes the
                               neighbouring cells whose centre is within ``radius_px`` of its own.
                               Zooming in scales the pixels, so clusters split by themselves as
                               the user zooms.
  fan_out(cluster, spacing_px) -> {key: (x, y)}
                               where to draw each member of a cluster that does not split at
                               any zoom (relays on one address or one spot): a sunflower spiral
                               around the centre, ``spacing_px`` apart, the same every time
  CLUSTER_RADIUS_PX            the default radius (a dot of 4 px plus room for a count)

Pure and deterministic: the same points give the same clusters in the same order.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

CLUSTER_RADIUS_PX = 14.0
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


@dataclass(frozen=True, slots=True)
class Cluster:
    x: float
    y: float
    members: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.members)


def _cells(
    points: Mapping[str, tuple[float, float]], radius_px: float
) -> dict[tuple[int, int], list[str]]:
    cells: dict[tuple[int, int], list[str]] = {}
    for key, (x, y) in points.items():
        cells.setdefault((math.floor(x / radius_px), math.floor(y / radius_px)), []).append(key)
    return cells


def _centre(points: Mapping[str, tuple[float, float]], keys: list[str]) -> tuple[float, float]:
    return (
        sum(points[k][0] for k in keys) / len(keys),
        sum(points[k][1] for k in keys) / len(keys),
    )


def cluster_points(
    points: Mapping[str, tuple[float, float]], radius_px: float = CLUSTER_RADIUS_PX
) -> list[Cluster]:
    if radius_px <= 0:
        return [Cluster(x, y, (key,)) for key, (x, y) in sorted(points.items())]
    cells = _cells(points, radius_px)
    centres = {cell: _centre(points, keys) for cell, keys in cells.items()}
    limit = radius_px * radius_px
    taken: set[tuple[int, int]] = set()
    clusters = []
    # greedy, fullest cell first: it takes the neighbouring cells whose centre lies within the
    # radius of its own, so a cluster never grows past ~2 radii (no chains across a continent)
    for cell in sorted(cells, key=lambda c: (-len(cells[c]), c)):
        if cell in taken:
            continue
        taken.add(cell)
        keys = list(cells[cell])
        x, y = centres[cell]
        column, row = cell
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                neighbour = (column + dx, row + dy)
                other = centres.get(neighbour)
                if other is None or neighbour in taken:
                    continue
                if (other[0] - x) ** 2 + (other[1] - y) ** 2 <= limit:
                    taken.add(neighbour)
                    keys.extend(cells[neighbour])
        keys.sort()
        cx, cy = _centre(points, keys)
        clusters.append(Cluster(cx, cy, tuple(keys)))
    clusters.sort(key=lambda cluster: (cluster.y, cluster.x, cluster.members[0]))
    return clusters


def fan_out(cluster: Cluster, spacing_px: float) -> dict[str, tuple[float, float]]:
    if cluster.count == 1:
        return {cluster.members[0]: (cluster.x, cluster.y)}
    spots = {}
    for index, key in enumerate(cluster.members):
        distance = spacing_px * math.sqrt(index + 0.5)
        angle = index * _GOLDEN_ANGLE
        spots[key] = (
            cluster.x + distance * math.cos(angle),
            cluster.y + distance * math.sin(angle),
        )
    return spots
