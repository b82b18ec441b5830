"""Relay dots grouped at low zoom: one disc with a count wherever dots would pile up.

CLUSTER_UNTIL_ZOOM                     from this zoom on, every relay is its own dot
CLUSTER_RADIUS, MIN_CLUSTER            22 px; fewer than 5 dots in a cluster stay dots
LayerClusters                          the clusters of one cached layer (world px at its scale)
|- clusters, hidden                    all clusters; fingerprints drawn inside a disc, not as dots
|- at(world_px) -> Cluster | None      the disc under a point
cluster_work(layer, positions) -> generator returning LayerClusters   (core.clusters, in steps)
singles_work(order, positions, hidden)   the dots still drawn on their own (a generator
                                       returning them, a few thousand relays per step)
badge_work(layer, groups)              paints the discs, a few dozen per step
count_text(count) -> str               "7", "312", "1.2k"

Clusters come from core.clusters with a fixed radius in pixels, so they split by themselves as
the user zooms in; a click on a disc zooms in around it (map_canvas).
"""

from __future__ import annotations

import math
from collections.abc import Generator, Iterator, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from onionpanel.core.clusters import Cluster, Clustering
from onionpanel.ui.common.units import format_number
from onionpanel.ui.relays.map_paint import Dot, Layer, LonLat

CLUSTER_UNTIL_ZOOM = 16.0
CLUSTER_RADIUS = 22.0  # px: wider than a disc (<= 16 px), so discs seldom overlap
MIN_CLUSTER = 5  # fewer dots than this stay dots: they do not pile up
BADGE = QColor(44, 62, 80, 215)
_STEP_CELLS = 128
_STEP_POINTS = 1000
_STEP_BADGES = 15


def badge_radius(count: int) -> float:
    return min(16.0, 7.0 + 3.0 * math.log10(max(1, count)))


def count_text(count: int) -> str:
    """A badge's count in the locale's digits; thousands short: "1.2k"."""
    if count < 1000:
        return format_number(count)
    text = QCoreApplication.translate(
        "MapClusters", "%1k", "thousands of relays, on a small badge: 1.2k"
    )
    return text.replace("%1", format_number(count / 1000, 1))


class LayerClusters:
    def __init__(self, clusters: Sequence[Cluster], scale: float, generation: int) -> None:
        self.clusters = [cluster for cluster in clusters if cluster.count >= MIN_CLUSTER]
        self.hidden = frozenset(fp for cluster in self.clusters for fp in cluster.members)
        self.scale, self.generation = scale, generation

    def fits(self, scale: float, generation: int) -> bool:
        return (self.scale, self.generation) == (scale, generation)

    def at(self, world: QPointF) -> Cluster | None:
        for cluster in reversed(self.clusters):  # the last painted is on top
            reach = badge_radius(cluster.count) + 1
            if math.hypot(cluster.x - world.x(), cluster.y - world.y()) <= reach:
                return cluster
        return None


def cluster_work(
    layer: Layer, positions: Mapping[str, LonLat]
) -> Generator[None, None, LayerClusters]:
    scale, area = (
        layer.scale,
        layer.area.adjusted(-CLUSTER_RADIUS, -CLUSTER_RADIUS, CLUSTER_RADIUS, CLUSTER_RADIUS),
    )
    left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
    points: dict[str, tuple[float, float]] = {}
    for count, (fp, (lon, lat)) in enumerate(positions.items(), start=1):
        x, y = (lon + 180.0) * scale, (90.0 - lat) * scale
        if left <= x <= right and top <= y <= bottom:  # only what this layer shows
            points[fp] = (x, y)
        if count % _STEP_POINTS == 0:
            yield
    clustering = Clustering(points, CLUSTER_RADIUS)
    yield
    while not clustering.step(_STEP_CELLS):
        yield
    return LayerClusters(clustering.clusters, scale, layer.generation)


def singles_work(
    order: list[Dot], positions: Mapping[str, LonLat], hidden: frozenset[str]
) -> Generator[None, None, list[Dot]]:
    """The dots of relays not inside a disc (relays on one spot share a cluster, so a spot
    decides)."""
    covered: set[LonLat] = set()
    for count, fp in enumerate(hidden, start=1):
        spot = positions.get(fp)
        if spot is not None:
            covered.add(spot)
        if count % _STEP_POINTS == 0:
            yield
    kept: list[Dot] = []
    for start in range(0, len(order), _STEP_POINTS):
        kept += [dot for dot in order[start : start + _STEP_POINTS] if dot[:2] not in covered]
        yield
    return kept


def badge_work(layer: Layer, groups: LayerClusters) -> Iterator[None]:
    font = QFont()
    font.setPixelSize(10)
    font.setBold(True)
    edge = QPen(QColor(255, 255, 255, 230), 1.2)
    for start in range(0, len(groups.clusters), _STEP_BADGES):
        painter = layer.painter
        assert painter is not None
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for cluster in groups.clusters[start : start + _STEP_BADGES]:
            radius = badge_radius(cluster.count)
            centre = QPointF(cluster.x - layer.area.left(), cluster.y - layer.area.top())
            painter.setPen(edge)
            painter.setBrush(BADGE)
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(QColor("white"))
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, count_text(cluster.count))
        painter.restore()
        yield
