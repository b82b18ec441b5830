"""The relay map's canvas: every relay as a dot on Natural Earth outlines, circuits as arcs.
The widget keeps the view (zoom, centre), the selection and the input (mouse, keys, tooltips,
with their words); the cached picture and its hit tests are map_picture.py, the drawing
map_paint.py, the cluster discs map_clusters.py.

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
  |- picture                          the MapPicture (relays, positions, the cached layer)
  |- viewport                         the Viewport (zoom, centre, degrees <-> pixels)
  |- choose_next_circuit(step=1)      keyboard choice: N / P step through the circuits, Esc none
  |- cluster_at(point) -> Cluster | None, cluster_spots() -> [(centre, Cluster)]
                                      below CLUSTER_UNTIL_ZOOM, crowded dots are one disc with
                                      a count (map_clusters.py); a click zooms in on it
  |- relay_clicked(str), circuit_clicked(str)   signals: the person picked one ("" none)
  |- selection_changed(str)           signal: the selected circuit changed, whoever changed it

Performance (see design/performance.md §B2): outlines and the 8k relay dots are painted once into
a cached pixmap per consensus and zoom level, covering the view plus a margin; a repaint blits
that pixmap and draws only the circuits, the hovered relay and the legend.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
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
from onionpanel.ui.relays.map_paint import (
    SEA,
    SELECTED,
    LonLat,
    arc_points,
    distance_to_polyline,
    paint_circuits,
    paint_legend,
)
from onionpanel.ui.relays.map_picture import MapPicture
from onionpanel.ui.relays.map_viewport import Viewport

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
        self.picture = MapPicture(self.update, self.isVisible)
        self._circuits: dict[str, list[str]] = {}
        self._selected = ""
        self._hovered = ""
        self._highlighted = ""
        self.viewport = Viewport(lambda: (self.width(), self.height()))
        self._drag_from: QPoint | None = None
        self._dragged = False

    # -- data ------------------------------------------------------------------------------
    def set_world(self, world: World) -> None:
        self.picture.set_world(world)
        self.update()

    def set_relays(self, relays: Mapping[str, Relay], positions: Mapping[str, LonLat]) -> None:
        """The picture is redrawn only if a dot changed (details arriving do not)."""
        if self.picture.set_relays(relays, positions):
            self.update()

    def relay_count(self) -> int:
        return len(self.picture.relays)

    def placed_count(self) -> int:
        return len(self.picture.positions)

    def position_of(self, fingerprint: str) -> QPointF | None:
        """Where a relay is drawn now, in widget coordinates (None if it has no place)."""
        lonlat = self.picture.positions.get(fingerprint)
        return None if lonlat is None else self.viewport.to_view(lonlat)

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
        return self.viewport.zoom

    def _set_center(self, lon: float, lat: float) -> None:
        self.viewport.set_center(lon, lat)
        self.update()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        self.viewport.zoom_by(factor, anchor)
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        self.viewport.pan_by(dx, dy)
        self.update()

    def reset_view(self) -> None:
        self.viewport.reset()
        self.update()

    def fit_to_circuit(self, circuit_id: str | None = None) -> bool:
        hops = self._circuits.get(circuit_id or self._selected, [])
        positions = self.picture.positions
        fitted = self.viewport.fit([positions[fp] for fp in hops if fp in positions])
        self.update()
        return fitted

    def finish_layer(self) -> None:
        """Paint the whole cached picture now (screenshots, tests); the UI builds it in slices."""
        ratio = self.devicePixelRatioF()
        self.picture.finish(self.viewport.view(), self.viewport.scale(), self.zoom, ratio)

    def build_more(self) -> None:
        self.picture.build_more()

    def until_drawn(self) -> asyncio.Future[None] | None:
        return self.picture.until_drawn()

    def layer_complete(self) -> bool:
        """True once the cached picture has every outline and the current relays' dots."""
        return self.picture.complete()

    def relay_at(self, point: QPointF) -> str:
        """The fingerprint of the relay drawn nearest to ``point`` (widget px), or "" (also
        for a relay drawn inside a cluster's disc)."""
        return self.picture.relay_near(point + self.viewport.origin(), self.viewport.scale())

    def cluster_spots(self) -> list[tuple[QPointF, Cluster]]:
        """Every cluster disc of the current view: (centre in widget px, cluster)."""
        groups = self.picture.clusters_at(self.viewport.scale())
        origin = self.viewport.origin()
        return [] if groups is None else [(QPointF(c.x, c.y) - origin, c) for c in groups.clusters]

    def cluster_at(self, point: QPointF) -> Cluster | None:
        """The cluster disc under ``point`` (widget px), if the current view shows clusters."""
        groups = self.picture.clusters_at(self.viewport.scale())
        return None if groups is None else groups.at(point + self.viewport.origin())

    def circuit_at(self, point: QPointF) -> str:
        lines = self.circuit_lines()
        for cid in sorted(lines, key=lambda c: c != self._selected):
            if distance_to_polyline(point, lines[cid][1]) <= 5.0:
                return cid
        return ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        scale = self.viewport.scale()
        origin = self.viewport.origin()
        ratio = self.devicePixelRatioF()
        layer = self.picture.layer_for(self.viewport.view(), scale, self.zoom, ratio)
        painter = QPainter(self)
        painter.fillRect(self.rect(), SEA)
        previous = self.picture.previous
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
        positions = self.picture.positions
        for cid, hops in self._circuits.items():
            points = [self.viewport.to_view(positions[fp]) for fp in hops if fp in positions]
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
            relay = self.picture.relays[fp]
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
        self.picture.layer = None
        super().resizeEvent(event)
