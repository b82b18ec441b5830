"""How the relay map is drawn: dot sprites, circuit arcs, and the cached layer of outlines and dots
that is painted a slice at a time.

dot_radius(bandwidth) -> px            make_sprite(colour, radius, ratio) -> QPixmap
arc_points(start, end) -> [QPointF]    distance_to_polyline(point, line) -> px
Layer, new_layer(view, scale, generation, ratio)   a cached picture in world pixels at one
                                       scale, covering the view and a margin
HitGrid(positions, scale, generation)  which relay is drawn nearest a point (a 16 px grid)
|- paint_pending(budget_s)             run its work for at most budget_s
outline_work(layer, rings), draw_order_work(relays, positions, sprite_for), dot_work(layer, order)
                                       the generators a Layer runs, a small unit per step
paint_circuits(painter, lines, chosen) the arcs, the chosen one thick with numbered hops
paint_legend(painter, labels, note, size, rtl)   the key, bottom left (right for RTL)
ROLE_COLOURS, SEA, SELECTED, MIN_ZOOM, MAX_ZOOM, CELL, HIT_RADIUS, LAYER_SLICE_S
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QPolygonF

from onionpanel.core.relays import Relay

ROLE_COLOURS = {"guard": QColor("#2e9d4a"), "exit": QColor("#d9482b"), "other": QColor("#3a7bd5")}
ROLE_ORDER = ("other", "guard", "exit")  # exits on top: they matter most to a user
SEA = QColor("#dfe9f2")
LAND = QColor("#f7f5ef")
BORDER = QColor("#b4b9be")
CIRCUIT = QColor(70, 70, 95, 170)
SELECTED = QColor("#7b2cbf")
MIN_ZOOM, MAX_ZOOM = 1.0, 64.0
CELL = 16  # px, the hit-test grid
HIT_RADIUS = 7.0
LAYER_SLICE_S = 0.002  # dots painted per paint event, so the loop is never held long

LonLat = tuple[float, float]


def dot_radius(bandwidth: int) -> float:
    """Dot radius in px: grows with the log of the consensus weight, 1.5 to 4.5 px, in 0.5
    steps (8,000 bigger dots turn relay-dense countries into solid blobs)."""
    radius = 1.0 + 0.5 * math.log10(max(1, bandwidth))
    return max(1.5, min(4.5, round(radius * 2) / 2))


def make_sprite(colour: QColor, radius: float, ratio: float) -> QPixmap:
    size = math.ceil(radius * 2 + 2)
    pixmap = QPixmap(QSize(size, size) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    edge = colour.darker(150)
    edge.setAlpha(170)
    painter.setPen(QPen(edge, 0.6))
    fill = QColor(colour)
    fill.setAlpha(150)
    painter.setBrush(fill)
    painter.drawEllipse(QPointF(size / 2, size / 2), radius, radius)
    painter.end()
    return pixmap


def arc_points(start: QPointF, end: QPointF, steps: int = 16) -> list[QPointF]:
    """A quadratic arc bowed to the left of start->end, as a polyline."""
    mid = (start + end) / 2
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy) or 1.0
    bow = min(80.0, 0.2 * length)
    control = QPointF(mid.x() + dy / length * bow, mid.y() - dx / length * bow)
    points = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        points.append(start * a + control * b + end * c)
    return points


def distance_to_polyline(point: QPointF, line: Sequence[QPointF]) -> float:
    best = math.inf
    for a, b in itertools.pairwise(line):
        ab = b - a
        length2 = ab.x() ** 2 + ab.y() ** 2
        t = 0.0
        if length2 > 0:
            ap = point - a
            t = max(0.0, min(1.0, (ap.x() * ab.x() + ap.y() * ab.y()) / length2))
        closest = a + ab * t
        best = min(best, math.hypot(point.x() - closest.x(), point.y() - closest.y()))
    return best


Dot = tuple[float, float, QPixmap, float]  # lon, lat, sprite, half the sprite's size


class Layer:
    """The cached picture of outlines and relays, in world pixels at one scale.

    It is painted by ``work``, a generator that does a small unit per step (a few country
    rings, a few hundred relays); paint_pending runs it for LAYER_SLICE_S per paint event, so
    a new consensus or zoom level never holds the loop for the whole picture.
    """

    def __init__(self, pixmap: QPixmap, area: QRectF, scale: float, generation: int) -> None:
        self.pixmap = pixmap
        self.origin = area.topLeft()
        self.area = area
        self.scale = scale
        self.generation = generation
        self.painter: QPainter | None = None
        self.work: Iterator[None] | None = None

    @property
    def complete(self) -> bool:
        return self.work is None

    def covers(self, view: QRectF, scale: float, generation: int) -> bool:
        return scale == self.scale and generation == self.generation and self.area.contains(view)

    def paint_pending(self, budget_s: float) -> None:
        if self.work is None:
            return
        deadline = time.perf_counter() + budget_s
        self.painter = QPainter(self.pixmap)
        try:
            while time.perf_counter() < deadline:
                next(self.work)
        except StopIteration:
            self.work = None
        finally:
            self.painter.end()
            self.painter = None


def new_layer(view: QRectF, scale: float, generation: int, ratio: float) -> Layer:
    """An empty layer (sea only) for ``view`` and half a view around it; its work comes next."""
    margin_x, margin_y = view.width() / 2, view.height() / 2
    world = QRectF(0, 0, 360.0 * scale, 180.0 * scale)
    wanted = view.adjusted(-margin_x, -margin_y, margin_x, margin_y)
    area = wanted.intersected(world).united(view)
    origin = QPointF(math.floor(area.left()), math.floor(area.top()))
    size = QSize(math.ceil(area.width()) + 1, math.ceil(area.height()) + 1)
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(SEA)
    return Layer(pixmap, QRectF(origin, QSizeF(size)), scale, generation)


class HitGrid:
    """Relay positions in world pixels at one scale, bucketed in CELL-sized squares."""

    def __init__(self, positions: Mapping[str, LonLat], scale: float, generation: int) -> None:
        self.key = (scale, generation)
        self._cells: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
        for fp, (lon, lat) in positions.items():
            x, y = (lon + 180.0) * scale, (90.0 - lat) * scale
            self._cells.setdefault((int(x // CELL), int(y // CELL)), []).append((x, y, fp))

    def fits(self, scale: float, generation: int) -> bool:
        return self.key == (scale, generation)

    def relay_near(self, world: QPointF) -> str:
        """The fingerprint nearest ``world`` (world px) within HIT_RADIUS, or ""."""
        cx, cy = int(world.x() // CELL), int(world.y() // CELL)
        best, best_distance = "", HIT_RADIUS
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for x, y, fp in self._cells.get((gx, gy), ()):
                    distance = math.hypot(x - world.x(), y - world.y())
                    if distance <= best_distance:
                        best, best_distance = fp, distance
        return best


def outline_work(
    layer: Layer, rings: Sequence[QPolygonF], work_per_step: float = 4e5
) -> Iterator[None]:
    """The land, a few rings per step: filling costs by the area in view (Russia or Canada
    at a high zoom fill most of the layer), outlining by the points."""
    pen = QPen(BORDER, 0.8)
    pen.setCosmetic(True)
    scale, area = layer.scale, layer.area
    start = 0
    while start < len(rings):
        end, work = start, 0.0
        while end < len(rings) and (end == start or work <= work_per_step):
            box = rings[end].boundingRect()
            shown = QRectF(
                (box.left() + 180.0) * scale, (box.top() + 90.0) * scale,
                box.width() * scale, box.height() * scale,
            ).intersected(area)  # fmt: skip
            work += shown.width() * shown.height() + 100.0 * rings[end].size()
            end += 1
        painter = layer.painter
        assert painter is not None
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-layer.origin)
        painter.scale(scale, scale)
        painter.translate(180.0, 90.0)
        painter.setPen(pen)
        painter.setBrush(LAND)
        for ring in rings[start:end]:
            painter.drawPolygon(ring)
        painter.restore()
        start = end
        yield


def draw_order_work(
    relays: Mapping[str, Relay],
    positions: Mapping[str, LonLat],
    sprite_for: Callable[[str, float], QPixmap],
    per_step: int = 200,
) -> Generator[None, None, list[Dot]]:
    """Every placed relay's dot, small and common first so big exits end on top; kept
    until the relays change, so a zoom does not repeat it."""
    rank = {role: index for index, role in enumerate(ROLE_ORDER)}
    sprites: dict[tuple[str, float], tuple[QPixmap, float]] = {}
    buckets: dict[tuple[int, float], list[Dot]] = {}
    for count, (fp, (lon, lat)) in enumerate(positions.items(), start=1):
        relay = relays[fp]
        role, radius = relay.role, dot_radius(relay.bandwidth)
        found = sprites.get((role, radius))
        if found is None:
            sprite = sprite_for(role, radius)
            found = (sprite, sprite.deviceIndependentSize().width() / 2)
            sprites[(role, radius)] = found
        buckets.setdefault((rank[role], radius), []).append((lon, lat, *found))
        if count % per_step == 0:
            yield
    order = [dot for key in sorted(buckets) for dot in buckets[key]]
    return order


def dot_work(layer: Layer, order: list[Dot], per_step: int = 60) -> Iterator[None]:
    scale, left, top = layer.scale, layer.area.left(), layer.area.top()
    width, height = layer.area.width(), layer.area.height()
    for start in range(0, len(order), per_step):
        painter = layer.painter
        assert painter is not None
        for lon, lat, sprite, half in order[start : start + per_step]:
            x = (lon + 180.0) * scale - left - half
            y = (90.0 - lat) * scale - top - half
            if -2 * half <= x <= width and -2 * half <= y <= height:
                painter.drawPixmap(QPointF(x, y), sprite)
        yield


def paint_circuits(
    painter: QPainter, lines: Mapping[str, tuple[list[QPointF], list[QPointF]]], chosen: str
) -> None:
    for cid in sorted(lines, key=lambda c: c == chosen):
        points, line = lines[cid]
        selected = cid == chosen
        # a 1 px pen takes the raster engine's fast path: 10 circuits cost ~0.4 ms, not ~8
        pen = QPen(SELECTED if selected else CIRCUIT, 3.0 if selected else 1.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(line))
        if selected:
            painter.setBrush(QBrush(Qt.GlobalColor.white))
            font = painter.font()
            font.setPixelSize(11)
            font.setBold(True)
            painter.setFont(font)
            for number, point in enumerate(points, start=1):
                painter.drawEllipse(point, 9.0, 9.0)
                painter.drawText(
                    QRectF(point.x() - 9, point.y() - 9, 18, 18),
                    Qt.AlignmentFlag.AlignCenter,
                    str(number),
                )


def paint_legend(
    painter: QPainter, labels: Mapping[str, str], note: str, size: QSize, rtl: bool = False
) -> None:
    """The key in the corner where lines begin (bottom left, bottom right for right-to-left):
    a dot per role, and what a dot's size means."""
    metrics = painter.fontMetrics()
    line = metrics.height() + 2
    width = max(metrics.horizontalAdvance(t) for t in (*labels.values(), note)) + 30
    left = size.width() - 8 - width if rtl else 8
    box = QRect(left, size.height() - 8 - line * 4 - 8, width, line * 4 + 8)
    painter.setPen(QPen(QColor(0, 0, 0, 60)))
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawRoundedRect(box, 4, 4)
    text_flags = int(
        Qt.AlignmentFlag.AlignAbsolute
        | Qt.AlignmentFlag.AlignVCenter
        | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    )
    y = box.top() + 4
    for role, label in labels.items():
        dot_x = box.right() - 12 if rtl else box.left() + 12
        painter.setPen(QPen(ROLE_COLOURS[role].darker(140)))
        painter.setBrush(ROLE_COLOURS[role])
        painter.drawEllipse(QPointF(dot_x, y + line / 2), 4.0, 4.0)
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRect(box.left() + 8, y, width - 30, line).translated(0 if rtl else 14, 0),
            text_flags,
            label,
        )
        y += line
    painter.drawText(QRect(box.left() + 8, y, width - 16, line), text_flags, note)
