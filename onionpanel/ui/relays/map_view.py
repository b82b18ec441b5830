"""The relay map: every relay as a dot on Natural Earth outlines, circuits as arcs on top.

  MapCanvas(QWidget)                  the map itself (paints, zooms, pans, hit-tests)
  |- set_world(world)                 outlines (onionpanel.geo.world.World)
  |- set_relays(relays, positions)    Relay records by fingerprint, (lon, lat) by fingerprint
  |- set_circuits(circuits)           {circuit id: [hop fingerprints]} or a list of hop lists
  |- select_circuit(id)               highlight one circuit ("" or None: none)
  |- fit_to_circuit(id=None)          zoom to the hops of a circuit (the selected one by default)
  |- highlight_relay(fingerprint)     ring one relay, e.g. the one selected in the list
  |- zoom_by(factor), pan_by(dx, dy), reset_view()
  |- layer_complete(), finish_layer()   the cached picture comes in slices; finish it now
  |- relay_clicked(str), circuit_clicked(str)   signals
  MapView(QWidget)                    the canvas plus zoom/fit buttons and the geo source label
  |- canvas, set_geo_source(text)     and the canvas API above, forwarded

Performance (see design/performance.md §B2): outlines and the 8k relay dots are painted once into
a cached pixmap per consensus and zoom level, covering the view plus a margin; a repaint blits
that pixmap and draws only the circuits, the hovered relay and the legend.
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from onionpanel.core.relays import Relay
from onionpanel.geo.world import World

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
LAYER_SLICE_S = 0.004  # dots painted per paint event, so the loop is never held long

LonLat = tuple[float, float]


def dot_radius(bandwidth: int) -> float:
    """Dot radius in px: grows with the log of the consensus weight, 1.5 to 4.5 px, in 0.5
    steps (8,000 bigger dots turn relay-dense countries into solid blobs)."""
    radius = 1.0 + 0.5 * math.log10(max(1, bandwidth))
    return max(1.5, min(4.5, round(radius * 2) / 2))


def _sprite(colour: QColor, radius: float, ratio: float) -> QPixmap:
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


def _arc_points(start: QPointF, end: QPointF, steps: int = 16) -> list[QPointF]:
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


def _distance_to_polyline(point: QPointF, line: Sequence[QPointF]) -> float:
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


class _Layer:
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


class MapCanvas(QWidget):
    relay_clicked = Signal(str)
    circuit_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Relay map"))
        self.setAccessibleDescription(
            self.tr("World map of relays; arrows pan, plus and minus zoom, F fits the circuit")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._rings: list[QPolygonF] = []
        self._previous: _Layer | None = None
        self._relays: dict[str, Relay] = {}
        self._positions: dict[str, LonLat] = {}
        self._circuits: dict[str, list[str]] = {}
        self._selected = ""
        self._hovered = ""
        self._highlighted = ""
        self._zoom = 1.0
        self._center: LonLat = (0.0, 20.0)
        self._generation = 0  # bumps whenever relays or outlines change
        self._layer: _Layer | None = None
        self._order: list[Dot] = []
        self._order_generation = -1
        self._index: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
        self._index_key: tuple[float, int] = (0.0, -1)
        self._sprites: dict[tuple[str, float], QPixmap] = {}
        self._drag_from: QPoint | None = None
        self._dragged = False

    # -- data ------------------------------------------------------------------------------
    def set_world(self, world: World) -> None:
        self._rings = [
            QPolygonF([QPointF(ring[i], -ring[i + 1]) for i in range(0, len(ring), 2)])
            for ring in world.rings
        ]
        self._invalidate()

    def set_relays(self, relays: Mapping[str, Relay], positions: Mapping[str, LonLat]) -> None:
        self._relays = dict(relays)
        self._positions = {fp: pos for fp, pos in positions.items() if fp in self._relays}
        self._invalidate()

    def relay_count(self) -> int:
        return len(self._relays)

    def placed_count(self) -> int:
        return len(self._positions)

    def position_of(self, fingerprint: str) -> QPointF | None:
        """Where a relay is drawn now, in widget coordinates (None if it has no place)."""
        lonlat = self._positions.get(fingerprint)
        return None if lonlat is None else self._to_view(lonlat)

    def set_circuits(self, circuits: Mapping[str, Sequence[str]] | Sequence[Sequence[str]]) -> None:
        if isinstance(circuits, Mapping):
            self._circuits = {str(cid): list(hops) for cid, hops in circuits.items()}
        else:
            self._circuits = {str(i): list(hops) for i, hops in enumerate(circuits)}
        if self._selected not in self._circuits:
            self._selected = ""
        self.update()

    def select_circuit(self, circuit_id: str | None) -> None:
        self._selected = str(circuit_id) if circuit_id else ""
        self.update()

    def selected_circuit(self) -> str:
        return self._selected

    def highlight_relay(self, fingerprint: str) -> None:
        """Ring one relay (e.g. the one selected in the relay list); "" clears it."""
        self._highlighted = fingerprint
        self.update()

    def highlighted_relay(self) -> str:
        return self._highlighted

    # -- view ------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def _scale(self) -> float:
        return self._zoom * max(0.5, min(self.width() / 360.0, self.height() / 170.0))

    def _view_origin(self) -> QPointF:
        scale = self._scale()
        lon, lat = self._center
        return QPointF(
            (lon + 180.0) * scale - self.width() / 2, (90.0 - lat) * scale - self.height() / 2
        )

    def _to_world_px(self, lonlat: LonLat, scale: float) -> QPointF:
        return QPointF((lonlat[0] + 180.0) * scale, (90.0 - lonlat[1]) * scale)

    def _to_view(self, lonlat: LonLat) -> QPointF:
        return self._to_world_px(lonlat, self._scale()) - self._view_origin()

    def _to_lonlat(self, point: QPointF) -> LonLat:
        scale = self._scale()
        world = point + self._view_origin()
        return world.x() / scale - 180.0, 90.0 - world.y() / scale

    def _set_center(self, lon: float, lat: float) -> None:
        """Keep the world in view: no empty band past a pole or the antimeridian if avoidable."""
        scale = self._scale()
        half_w, half_h = self.width() / 2 / scale, self.height() / 2 / scale
        lon = 0.0 if half_w >= 180 else max(-180 + half_w, min(180 - half_w, lon))
        lat = 0.0 if half_h >= 90 else max(-90 + half_h, min(90 - half_h, lat))
        self._center = (lon, lat)
        self.update()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        before = self._to_lonlat(anchor)
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom * factor))
        after = self._to_lonlat(anchor)
        self._set_center(
            self._center[0] + before[0] - after[0], self._center[1] + before[1] - after[1]
        )

    def pan_by(self, dx: float, dy: float) -> None:
        scale = self._scale()
        self._set_center(self._center[0] + dx / scale, self._center[1] - dy / scale)

    def reset_view(self) -> None:
        self._zoom = 1.0
        self._set_center(0.0, 20.0)

    def fit_to_circuit(self, circuit_id: str | None = None) -> bool:
        hops = self._circuits.get(circuit_id or self._selected, [])
        places = [self._positions[fp] for fp in hops if fp in self._positions]
        if not places:
            return False
        lons, lats = [p[0] for p in places], [p[1] for p in places]
        span_lon = max(max(lons) - min(lons), 10.0) * 1.4
        span_lat = max(max(lats) - min(lats), 6.0) * 1.4
        base = self._scale() / self._zoom
        fit = min(self.width() / (span_lon * base), self.height() / (span_lat * base))
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, fit))
        self._set_center((max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2)
        return True

    def _invalidate(self) -> None:
        self._generation += 1
        self.update()

    # -- painting --------------------------------------------------------------------------
    def _sprite_for(self, role: str, radius: float) -> QPixmap:
        key = (role, radius)
        sprite = self._sprites.get(key)
        if sprite is None:
            sprite = _sprite(ROLE_COLOURS[role], radius, self.devicePixelRatioF())
            self._sprites[key] = sprite
        return sprite

    def _build_layer(self, view: QRectF, scale: float) -> _Layer:
        margin_x, margin_y = view.width() / 2, view.height() / 2
        world = QRectF(0, 0, 360.0 * scale, 180.0 * scale)
        wanted = view.adjusted(-margin_x, -margin_y, margin_x, margin_y)
        area = wanted.intersected(world).united(view)
        origin = QPointF(math.floor(area.left()), math.floor(area.top()))
        size = QSize(math.ceil(area.width()) + 1, math.ceil(area.height()) + 1)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(SEA)
        layer = _Layer(pixmap, QRectF(origin, QSizeF(size)), scale, self._generation)
        layer.work = self._layer_work(layer)
        return layer

    def finish_layer(self) -> None:
        """Paint the whole cached layer now (screenshots, tests); the UI lets it come in slices."""
        scale = self._scale()
        view = QRectF(self._view_origin(), QSizeF(self.width(), self.height()))
        if self._layer is None or not self._layer.covers(view, scale, self._generation):
            self._layer = self._build_layer(view, scale)
        self._layer.paint_pending(math.inf)
        self._previous = None

    def layer_complete(self) -> bool:
        """True once the cached layer of the current view has every outline and relay dot."""
        return self._layer is not None and self._layer.complete

    def _layer_work(self, layer: _Layer) -> Iterator[None]:
        yield from self._outline_work(layer)
        order = self._order if self._order_generation == self._generation else None
        if order is None:
            order = yield from self._draw_order_work()
        yield from self._dot_work(layer, order)

    def _outline_work(self, layer: _Layer, rings_per_step: int = 12) -> Iterator[None]:
        pen = QPen(BORDER, 0.8)
        pen.setCosmetic(True)
        for start in range(0, len(self._rings), rings_per_step):
            painter = layer.painter
            assert painter is not None
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(-layer.origin)
            painter.scale(layer.scale, layer.scale)
            painter.translate(180.0, 90.0)
            painter.setPen(pen)
            painter.setBrush(LAND)
            for ring in self._rings[start : start + rings_per_step]:
                painter.drawPolygon(ring)
            painter.restore()
            yield

    def _draw_order_work(self, per_step: int = 1000) -> Generator[None, None, list[Dot]]:
        """Every placed relay's dot, small and common first so big exits end on top; kept
        until the relays change, so a zoom does not repeat it."""
        rank = {role: index for index, role in enumerate(ROLE_ORDER)}
        sprites: dict[tuple[str, float], tuple[QPixmap, float]] = {}
        buckets: dict[tuple[int, float], list[Dot]] = {}
        relays = self._relays
        for count, (fp, (lon, lat)) in enumerate(self._positions.items(), start=1):
            relay = relays[fp]
            role, radius = relay.role, dot_radius(relay.bandwidth)
            found = sprites.get((role, radius))
            if found is None:
                sprite = self._sprite_for(role, radius)
                found = (sprite, sprite.deviceIndependentSize().width() / 2)
                sprites[(role, radius)] = found
            buckets.setdefault((rank[role], radius), []).append((lon, lat, *found))
            if count % per_step == 0:
                yield
        order = [dot for key in sorted(buckets) for dot in buckets[key]]
        self._order, self._order_generation = order, self._generation
        return order

    def _dot_work(self, layer: _Layer, order: list[Dot], per_step: int = 200) -> Iterator[None]:
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

    def _ensure_index(self, scale: float) -> None:
        if self._index_key == (scale, self._generation):
            return
        index: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
        for fp, (lon, lat) in self._positions.items():
            x, y = (lon + 180.0) * scale, (90.0 - lat) * scale
            index.setdefault((int(x // CELL), int(y // CELL)), []).append((x, y, fp))
        self._index = index
        self._index_key = (scale, self._generation)

    def relay_at(self, point: QPointF) -> str:
        """The fingerprint of the relay drawn nearest to ``point`` (widget px), or ""."""
        scale = self._scale()
        self._ensure_index(scale)
        world = point + self._view_origin()
        cx, cy = int(world.x() // CELL), int(world.y() // CELL)
        best, best_distance = "", HIT_RADIUS
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for x, y, fp in self._index.get((gx, gy), ()):
                    distance = math.hypot(x - world.x(), y - world.y())
                    if distance <= best_distance:
                        best, best_distance = fp, distance
        return best

    def circuit_at(self, point: QPointF) -> str:
        lines = self.circuit_lines()
        for cid in sorted(lines, key=lambda c: c != self._selected):
            if _distance_to_polyline(point, lines[cid][1]) <= 5.0:
                return cid
        return ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        scale = self._scale()
        origin = self._view_origin()
        view = QRectF(origin, QSize(self.width(), self.height()))
        layer = self._layer
        if layer is None or not layer.covers(view, scale, self._generation):
            if layer is not None and layer.complete:
                self._previous = layer
            layer = self._layer = self._build_layer(view, scale)
        layer.paint_pending(LAYER_SLICE_S)
        if layer.complete:
            self._previous = None
        else:
            QTimer.singleShot(0, self.update)
        painter = QPainter(self)
        painter.fillRect(self.rect(), SEA)
        previous = self._previous
        if not layer.complete and previous is not None:
            # until the new picture is done, show the last finished one, stretched to fit
            # (only the part in view: scaling the whole margin-sized pixmap costs ~5 ms)
            factor = scale / previous.scale
            source = QRectF(origin / factor - previous.origin, QSizeF(self.size()) / factor)
            ratio = previous.pixmap.devicePixelRatio()
            source = QRectF(source.topLeft() * ratio, source.size() * ratio)
            painter.drawPixmap(QRectF(self.rect()), previous.pixmap, source)
        else:
            painter.drawPixmap(layer.origin - origin, layer.pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_circuits(painter)
        self._paint_hover(painter)
        self._paint_legend(painter)
        painter.end()

    def circuit_lines(self) -> dict[str, tuple[list[QPointF], list[QPointF]]]:
        """circuit id -> (hop points, arc polyline) in widget coordinates, for the current view."""
        lines: dict[str, tuple[list[QPointF], list[QPointF]]] = {}
        for cid, hops in self._circuits.items():
            points = [self._to_view(self._positions[fp]) for fp in hops if fp in self._positions]
            if len(points) < 2:
                continue
            line: list[QPointF] = []
            for start, end in itertools.pairwise(points):
                line.extend(_arc_points(start, end))
            lines[cid] = (points, line)
        return lines

    def _paint_circuits(self, painter: QPainter) -> None:
        lines = self.circuit_lines()
        for cid in sorted(lines, key=lambda c: c == self._selected):
            points, line = lines[cid]
            selected = cid == self._selected
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

    def _paint_hover(self, painter: QPainter) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        chosen = self.position_of(self._highlighted) if self._highlighted else None
        if chosen is not None:
            painter.setPen(QPen(SELECTED, 2.5))
            painter.drawEllipse(chosen, 9.0, 9.0)
        point = self.position_of(self._hovered) if self._hovered else None
        if point is not None:
            painter.setPen(QPen(QColor("#222222"), 1.0))
            painter.drawEllipse(point, 7.0, 7.0)

    def _paint_legend(self, painter: QPainter) -> None:
        painter.setFont(self.font())
        labels = (
            ("guard", self.tr("Guard")),
            ("exit", self.tr("Exit")),
            ("other", self.tr("Other relay")),
        )
        metrics = painter.fontMetrics()
        note = self.tr("Dot size: bandwidth")
        line = metrics.height() + 2
        width = (
            max(metrics.horizontalAdvance(t) for t in (*(text for _, text in labels), note)) + 30
        )
        box = QRect(8, self.height() - 8 - line * 4 - 8, width, line * 4 + 8)
        painter.setPen(QPen(QColor(0, 0, 0, 60)))
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(box, 4, 4)
        y = box.top() + 4
        for role, label in labels:
            painter.setPen(QPen(ROLE_COLOURS[role].darker(140)))
            painter.setBrush(ROLE_COLOURS[role])
            painter.drawEllipse(QPointF(box.left() + 12, y + line / 2), 4.0, 4.0)
            painter.setPen(QColor("#222222"))
            painter.drawText(QPointF(box.left() + 22, y + metrics.ascent() + 1), label)
            y += line
        painter.drawText(QPointF(box.left() + 8, y + metrics.ascent() + 1), note)

    # -- input -----------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.25**steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        step = 60.0
        actions: dict[Qt.Key, Callable[[], object]] = {
            Qt.Key.Key_Plus: lambda: self.zoom_by(1.5),
            Qt.Key.Key_Equal: lambda: self.zoom_by(1.5),
            Qt.Key.Key_Minus: lambda: self.zoom_by(1 / 1.5),
            Qt.Key.Key_Left: lambda: self.pan_by(-step, 0),
            Qt.Key.Key_Right: lambda: self.pan_by(step, 0),
            Qt.Key.Key_Up: lambda: self.pan_by(0, -step),
            Qt.Key.Key_Down: lambda: self.pan_by(0, step),
            Qt.Key.Key_0: self.reset_view,
            Qt.Key.Key_F: self.fit_to_circuit,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position().toPoint()
            self._dragged = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point = event.position().toPoint()
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = point - self._drag_from
            if self._dragged or delta.manhattanLength() > 3:
                self._dragged = True
                self.pan_by(-delta.x(), -delta.y())
                self._drag_from = point
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        hovered = self.relay_at(event.position())
        if hovered != self._hovered:
            self._hovered = hovered
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hovered else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._drag_from is None:
            return
        self._drag_from = None
        self.unsetCursor()
        if self._dragged:
            return
        relay = self.relay_at(event.position())
        if relay:
            self.relay_clicked.emit(relay)
            return
        circuit = self.circuit_at(event.position())
        if circuit:
            self.select_circuit(circuit)
            self.circuit_clicked.emit(circuit)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPointF) -> str:
        fp = self.relay_at(point)
        if fp:
            relay = self._relays[fp]
            return self.tr("{nickname} ({ip})\n{flags}\nBandwidth: {bw} kB/s\n{fp}").format(
                nickname=relay.nickname,
                ip=relay.ip,
                flags=" ".join(relay.flag_names),
                bw=relay.bandwidth,
                fp=fp,
            )
        circuit = self.circuit_at(point)
        if circuit:
            return self.tr("Circuit {id}").format(id=circuit)
        return ""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._layer = None
        super().resizeEvent(event)


class MapView(QWidget):
    """The map with a row of controls: zoom, fit to circuit, and which geo source is in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Relay map page"))
        self.canvas = MapCanvas(self)
        self.relay_clicked = self.canvas.relay_clicked
        self.circuit_clicked = self.canvas.circuit_clicked
        self.source_label = QLabel(self)
        self.source_label.setAccessibleName(self.tr("Location source"))
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Relay count"))
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for text, name, slot in (
            ("+", self.tr("Zoom in"), lambda: self.canvas.zoom_by(1.5)),
            ("\u2212", self.tr("Zoom out"), lambda: self.canvas.zoom_by(1 / 1.5)),
            (
                self.tr("Fit circuit"),
                self.tr("Fit the selected circuit"),
                self.canvas.fit_to_circuit,
            ),
            (self.tr("World"), self.tr("Show the whole world"), self.canvas.reset_view),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        bar.addWidget(self.source_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.set_geo_source("")

    def set_geo_source(self, description: str) -> None:
        self.source_label.setText(
            self.tr("Locations: {source}").format(source=description or self.tr("none"))
        )

    def set_world(self, world: World) -> None:
        self.canvas.set_world(world)

    def set_relays(self, relays: Mapping[str, Relay], positions: Mapping[str, LonLat]) -> None:
        self.canvas.set_relays(relays, positions)
        self.count_label.setText(
            self.tr("{placed} of {total} relays placed").format(
                placed=self.canvas.placed_count(), total=self.canvas.relay_count()
            )
        )

    def set_circuits(self, circuits: Mapping[str, Sequence[str]] | Sequence[Sequence[str]]) -> None:
        self.canvas.set_circuits(circuits)

    def select_circuit(self, circuit_id: str | None) -> None:
        self.canvas.select_circuit(circuit_id)

    def fit_to_circuit(self, circuit_id: str | None = None) -> bool:
        return self.canvas.fit_to_circuit(circuit_id)


def positions_from(points: Iterable[tuple[str, LonLat | None]]) -> dict[str, LonLat]:
    """fingerprint -> (lon, lat) for the relays that have a place."""
    return {fp: place for fp, place in points if place is not None}
