"""Relay dots grouped by screen distance: one disc with a count wherever dots would pile up.

  Cluster                      x, y (mean of its members, pixels), members (keys, sorted)
  |- count
  cluster_points(points, radius_px) -> list[Cluster]
                               points: key -> (x, y) in pixels at the current zoom, bucketed in
                               cells ``radius_px`` wide; the fullest cell first takes the
                               neighbouring cells whose centre is within ``radius_px`` of its own.
                               Zooming in scales the pixels, so clusters split by themselves as
                               the user zooms.
  Clustering(points, radius_px)   the same in steps: step(cells=512) -> done; .clusters
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


def cluster_points(
    points: Mapping[str, tuple[float, float]], radius_px: float = CLUSTER_RADIUS_PX
) -> list[Cluster]:
    clustering = Clustering(points, radius_px)
    while not clustering.step(cells=1 << 30):
        pass
    return clustering.clusters


class Clustering:
    """cluster_points in steps, for a caller that must not block: ``step(cells)`` works on at
    most that many grid cells, or buckets eight times as many points (~1 µs each), and returns
    True when ``clusters`` is complete (~5-10 µs per cell)."""

    def __init__(
        self, points: Mapping[str, tuple[float, float]], radius_px: float = CLUSTER_RADIUS_PX
    ) -> None:
        self.clusters: list[Cluster] = []
        self._cells: dict[tuple[int, int], list[str]] = {}
        self._sums: dict[tuple[int, int], list[float]] = {}
        self._limit = radius_px * radius_px
        self._taken: set[tuple[int, int]] = set()
        self._order: list[tuple[int, int]] = []
        if radius_px <= 0:
            self.clusters = [Cluster(x, y, (key,)) for key, (x, y) in sorted(points.items())]
            self._pending: list[tuple[str, tuple[float, float]]] | None = None
            self._done = True
            return
        self._scale = 1 / radius_px
        self._pending = list(points.items())
        self._bucketed = 0
        self._done = False

    def _bucket(self, points: list[tuple[str, tuple[float, float]]], scale: float) -> None:
        cells, sums, floor = self._cells, self._sums, math.floor
        for key, (x, y) in points:
            cell = (floor(x * scale), floor(y * scale))
            members = cells.get(cell)
            if members is None:
                cells[cell] = [key]
                sums[cell] = [x, y]
            else:
                members.append(key)
                total = sums[cell]
                total[0] += x
                total[1] += y

    def step(self, cells: int = 512) -> bool:
        pending = self._pending
        if pending is not None:  # first the bucketing pass, a share per step
            end = self._bucketed + max(1, cells) * 8
            self._bucket(pending[self._bucketed : end], self._scale)
            self._bucketed = end
            if end >= len(pending):
                self._pending = None
                # greedy, fullest cell first: it takes the neighbouring cells whose centre lies
                # within the radius of its own, so a cluster never grows past ~2 radii (no
                # continent-wide chain)
                order = sorted(self._cells, key=lambda c: (-len(self._cells[c]), c), reverse=True)
                self._order = order
            return False
        order, taken = self._order, self._taken
        while order and cells > 0:
            cell = order.pop()  # reversed order: pop() takes the fullest cell first
            if cell in taken:
                continue
            cells -= 1
            taken.add(cell)
            self.clusters.append(self._grow(cell))
        if not order and not self._done:
            self.clusters.sort(key=lambda cluster: (cluster.y, cluster.x, cluster.members[0]))
            self._done = True
        return self._done

    def _grow(self, cell: tuple[int, int]) -> Cluster:
        cells, sums, taken = self._cells, self._sums, self._taken
        keys = list(cells[cell])
        sx, sy = sums[cell]
        x, y = sx / len(keys), sy / len(keys)
        column, row = cell
        for neighbour in (
            (column - 1, row - 1), (column, row - 1), (column + 1, row - 1), (column - 1, row),
            (column + 1, row), (column - 1, row + 1), (column, row + 1), (column + 1, row + 1),
        ):  # fmt: skip
            others = cells.get(neighbour)
            if others is None or neighbour in taken:
                continue
            ox, oy = sums[neighbour]
            count = len(others)
            if (ox / count - x) ** 2 + (oy / count - y) ** 2 <= self._limit:
                taken.add(neighbour)
                keys.extend(others)
                sx += ox
                sy += oy
        keys.sort()
        return Cluster(sx / len(keys), sy / len(keys), tuple(keys))


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
