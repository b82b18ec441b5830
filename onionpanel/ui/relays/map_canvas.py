"""The relay map's canvas: every relay as a dot on Natural Earth outlines, circuits as arcs.
Over 400 lines for one reason: a single widget whose view (zoom, centre), selection and input
(mouse, keys, tooltips) share one state; what could leave (drawing, the cached layer, the
hit-test grid) is in map_paint.py.

  MapCanvas(QWidget)                  the map itself (paints, zooms, pans, hit-tests)
  |- set_world(world)                 outlines (onionpanel.geo.world.World)
  |- set_relays(relays, positions)    Relay records by fingerprint, (lon, lat) by fingerprint
  |- set_circuits(circuits)           {circuit id: [hop fingerprints]} or a list of hop lists
  |- select_circuit(id)               highlight one circuit ("" or None: none)
  |- fit_to_circuit(id=None)          zoom to the hops of a circuit (the selected one by default)
  |- highlight_relay(fingerprint)     ring one relay, e.g. the one selected in the list
  |- zoom_by(factor), pan_by(dx, dy), reset_view()
  |- layer_complete(), finish_layer()   the cached picture comes in slices; finish it now
  |- build_more()                     one slice of it (queued on the loop while unfinished)
  |- until_drawn() -> Future | None   done when the picture is (None: nothing to wait for)
  |- choose_next_circuit(step=1)      keyboard choice: N / P step through the circuits, Esc none
  |- cluster_at(point) -> Cluster | None, cluster_spots() -> [(centre, Cluster)]
                                      below CLUSTER_UNTIL_ZOOM, crowded dots are one disc with
                                      a count (map_clusters.py); a click zooms in on it
  |- relay_clicked(str), circuit_clicked(str)   signals: the person picked one ("" none)
  |- selection_changed(str)           signal: the selected circuit changed, whoever changed it

Drawing (sprites, arcs, the cached layer) lives in map_paint.py.
Performance (see design/performance.md §B2): outlines and the 8k relay dots are painted once into
a cached pixmap per consensus and zoom level, covering the view plus a margin; a repaint blits
that pixmap and draws only the circuits, the hovered relay and the legend.
"""

from __future__ import annotations

import asyncio
import itertools
import math
from collections.abc import Callable, Iterator, Mapping, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
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
    QSizePolicy,
    QToolTip,
    QWidget,
)

from onionpanel.core.clusters import Cluster
from onionpanel.core.relays import Relay
from onionpanel.geo.world import World
from onionpanel.ui.common.flags import flags_text
from onionpanel.ui.relays.map_clusters import (
    CLUSTER_UNTIL_ZOOM,
    LayerClusters,
    badge_work,
    cluster_work,
    singles_work,
)
from onionpanel.ui.relays.map_paint import (
    LAYER_SLICE_S,
    MAX_ZOOM,
    MIN_ZOOM,
    ROLE_COLOURS,
    SEA,
    SELECTED,
    Dot,
    HitGrid,
    Layer,
    LonLat,
    arc_points,
    distance_to_polyline,
    dot_work,
    draw_order_work,
    make_sprite,
    new_layer,
    outline_work,
    paint_circuits,
    paint_legend,
)

CLUSTER_CLICK_ZOOM = 2.0


class MapCanvas(QWidget):
    relay_clicked = Signal(str)
    circuit_clicked = Signal(str)
    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Relay map"))
        self.setAccessibleDescription(
            self.tr(
                "World map of relays; arrows pan, plus and minus zoom, N and P choose the next "
                "or previous circuit, Escape none, F fits the chosen circuit"
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._rings: list[QPolygonF] = []
        self._previous: Layer | None = None
        self._relays: dict[str, Relay] = {}
        self._positions: dict[str, LonLat] = {}
        self._circuits: dict[str, list[str]] = {}
        self._selected = ""
        self._hovered = ""
        self._highlighted = ""
        self._zoom = 1.0
        self._center: LonLat = (0.0, 20.0)
        self._generation = 0  # bumps whenever relays or outlines change
        self._layer: Layer | None = None
        self._building = False  # a build_more is queued
        self._drawn: list[asyncio.Future[None]] = []  # until_drawn() callers
        self._order: list[Dot] = []
        self._order_generation = -1
        self._grid: HitGrid | None = None
        self._clusters: LayerClusters | None = None
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
        """The cached picture is redrawn only if a dot changed (descriptor details arriving
        for the same relays change nothing drawn)."""
        placed = {fp: pos for fp, pos in positions.items() if fp in relays}
        same = placed == self._positions and _same_dots(self._relays, relays)
        self._relays = dict(relays)
        self._positions = placed
        if not same:
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
            self.select_circuit("")
        self.update()

    def select_circuit(self, circuit_id: str | None) -> None:
        selected = str(circuit_id) if circuit_id else ""
        if selected != self._selected:
            self._selected = selected
            self.selection_changed.emit(selected)
        self.update()

    def circuit_ids(self) -> list[str]:
        """The circuits drawn, oldest (lowest id) first."""
        return sorted(self._circuits, key=lambda cid: (len(cid), cid))

    def choose_next_circuit(self, step: int = 1) -> None:
        ids = self.circuit_ids()
        if not ids:
            return
        here = ids.index(self._selected) if self._selected in ids else (-1 if step > 0 else 0)
        chosen = ids[(here + step) % len(ids)]
        self.select_circuit(chosen)
        self.circuit_clicked.emit(chosen)

    def _choose_none(self) -> None:
        self.select_circuit("")
        self.circuit_clicked.emit("")

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
            sprite = make_sprite(ROLE_COLOURS[role], radius, self.devicePixelRatioF())
            self._sprites[key] = sprite
        return sprite

    def _build_layer(self, view: QRectF, scale: float) -> Layer:
        layer = new_layer(view, scale, self._generation, self.devicePixelRatioF())
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

    def build_more(self) -> None:
        """A slice of the cached layer's work, outside any paint: the widget is repainted
        once, when the picture is done (a repaint per slice cost ~3 ms more each)."""
        layer = self._layer
        if layer is None or layer.complete:
            self._building = False
            return
        layer.paint_pending(LAYER_SLICE_S)
        if layer.complete:
            self._building = False
            self.update()
            self._tell_drawn()
        else:
            QTimer.singleShot(0, self.build_more)

    def until_drawn(self) -> asyncio.Future[None] | None:
        """A future done once the cached picture is finished, or None if there is nothing
        to wait for (done already, or the map is not shown, so it is not being drawn)."""
        if self.layer_complete() or not self.isVisible():
            return None
        future = asyncio.get_running_loop().create_future()
        self._drawn.append(future)
        return future

    def _tell_drawn(self) -> None:
        waiting, self._drawn = self._drawn, []
        for future in waiting:
            if not future.done():
                future.set_result(None)

    def layer_complete(self) -> bool:
        """True once the cached layer has every outline and the current relays' dots."""
        layer = self._layer
        return layer is not None and layer.complete and layer.generation == self._generation

    def _layer_work(self, layer: Layer) -> Iterator[None]:
        yield from outline_work(layer, self._rings)
        order = self._order if self._order_generation == self._generation else None
        if order is None:
            generation = self._generation
            order = yield from draw_order_work(self._relays, self._positions, self._sprite_for)
            self._order, self._order_generation = order, generation  # a zoom reuses it
        if self._zoom >= CLUSTER_UNTIL_ZOOM:
            self._clusters = None
            yield from dot_work(layer, order)
            return
        groups = yield from cluster_work(layer, self._positions)
        self._clusters = groups
        alone = yield from singles_work(order, self._positions, groups.hidden)
        yield from dot_work(layer, alone)
        yield from badge_work(layer, groups)

    def relay_at(self, point: QPointF) -> str:
        """The fingerprint of the relay drawn nearest to ``point`` (widget px), or "" (also
        for a relay drawn inside a cluster's disc)."""
        scale = self._scale()
        grid = self._grid
        if grid is None or not grid.fits(scale, self._generation):
            grid = self._grid = HitGrid(self._positions, scale, self._generation)
        found = grid.relay_near(point + self._view_origin())
        groups = self._clusters
        if groups is not None and groups.fits(scale, self._generation) and found in groups.hidden:
            return ""
        return found

    def cluster_spots(self) -> list[tuple[QPointF, Cluster]]:
        """Every cluster disc of the current view: (centre in widget px, cluster)."""
        groups = self._clusters
        if groups is None or not groups.fits(self._scale(), self._generation):
            return []
        origin = self._view_origin()
        return [(QPointF(c.x, c.y) - origin, c) for c in groups.clusters]

    def cluster_at(self, point: QPointF) -> Cluster | None:
        """The cluster disc under ``point`` (widget px), if the current view shows clusters."""
        groups = self._clusters
        if groups is None or not groups.fits(self._scale(), self._generation):
            return None
        return groups.at(point + self._view_origin())

    def circuit_at(self, point: QPointF) -> str:
        lines = self.circuit_lines()
        for cid in sorted(lines, key=lambda c: c != self._selected):
            if distance_to_polyline(point, lines[cid][1]) <= 5.0:
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
        if layer.complete:
            self._previous = None
        elif not self._building:
            self._building = True
            QTimer.singleShot(0, self.build_more)
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
        paint_circuits(painter, self.circuit_lines(), self._selected)
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
                line.extend(arc_points(start, end))
            lines[cid] = (points, line)
        return lines

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
        labels = {
            "guard": self.tr("Guard", "a relay's role in the circuit"),
            "exit": self.tr("Exit", "a relay's role in the circuit"),
            "other": self.tr("Other relay"),
        }
        rtl = self.layoutDirection() is Qt.LayoutDirection.RightToLeft
        note = self.tr("Dot size: bandwidth")
        paint_legend(painter, labels, note, self.size(), rtl)

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
            Qt.Key.Key_N: self.choose_next_circuit,
            Qt.Key.Key_P: lambda: self.choose_next_circuit(-1),
            Qt.Key.Key_Escape: self._choose_none,
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
        if self.cluster_at(event.position()) is not None:  # spread it: zoom in around it
            self.zoom_by(CLUSTER_CLICK_ZOOM, event.position())
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
                flags=flags_text(relay.flag_names),
                bw=relay.bandwidth,
                fp=fp,
            )
        cluster = self.cluster_at(point)
        if cluster is not None:
            return self.tr("%n relay(s) here; click to zoom in", "", cluster.count)
        circuit = self.circuit_at(point)
        if circuit:
            return self.tr("Circuit {id}").format(id=circuit)
        return ""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._layer = None
        super().resizeEvent(event)


def _same_dots(old: Mapping[str, Relay], new: Mapping[str, Relay]) -> bool:
    """Whether every relay would be drawn as before: role and size come from these."""
    if len(old) != len(new):
        return False
    for fp, relay in new.items():
        before = old.get(fp)
        if before is None or before.flags != relay.flags or before.bandwidth != relay.bandwidth:
            return False
    return True
