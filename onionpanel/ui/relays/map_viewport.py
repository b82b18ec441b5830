"""Where the relay map looks: zoom and centre, and the sums between degrees and pixels.

Viewport(size)                     size() -> (width, height) of the widget, asked each time
|- zoom, center                    1 = the whole world fits; (lon, lat) in the middle
|- scale() -> px per degree        origin() -> QPointF, the view's top left in world px
|- to_view(lonlat) -> QPointF      to_lonlat(point) -> (lon, lat)
|- view() -> QRectF                the view in world px
|- set_center(lon, lat)            kept so that no empty band shows past a pole if avoidable
|- zoom_by(factor, anchor=None), pan_by(dx, dy), reset()
|- fit(places) -> bool             zoom and centre on a few (lon, lat), with a margin
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF

from onionpanel.ui.relays.map_paint import MAX_ZOOM, MIN_ZOOM, LonLat

HOME: LonLat = (0.0, 20.0)


class Viewport:
    def __init__(self, size: Callable[[], tuple[int, int]]) -> None:
        self._size = size
        self.zoom = 1.0
        self.center: LonLat = HOME

    def scale(self) -> float:
        width, height = self._size()
        return self.zoom * max(0.5, min(width / 360.0, height / 170.0))

    def origin(self) -> QPointF:
        scale, (width, height) = self.scale(), self._size()
        lon, lat = self.center
        return QPointF((lon + 180.0) * scale - width / 2, (90.0 - lat) * scale - height / 2)

    def view(self) -> QRectF:
        width, height = self._size()
        return QRectF(self.origin(), QSizeF(width, height))

    def to_view(self, lonlat: LonLat) -> QPointF:
        scale = self.scale()
        world = QPointF((lonlat[0] + 180.0) * scale, (90.0 - lonlat[1]) * scale)
        return world - self.origin()

    def to_lonlat(self, point: QPointF) -> LonLat:
        scale = self.scale()
        world = point + self.origin()
        return world.x() / scale - 180.0, 90.0 - world.y() / scale

    def set_center(self, lon: float, lat: float) -> None:
        scale, (width, height) = self.scale(), self._size()
        half_w, half_h = width / 2 / scale, height / 2 / scale
        lon = 0.0 if half_w >= 180 else max(-180 + half_w, min(180 - half_w, lon))
        lat = 0.0 if half_h >= 90 else max(-90 + half_h, min(90 - half_h, lat))
        self.center = (lon, lat)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        width, height = self._size()
        anchor = anchor if anchor is not None else QPointF(width / 2, height / 2)
        before = self.to_lonlat(anchor)
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom * factor))
        after = self.to_lonlat(anchor)
        self.set_center(
            self.center[0] + before[0] - after[0], self.center[1] + before[1] - after[1]
        )

    def pan_by(self, dx: float, dy: float) -> None:
        scale = self.scale()
        self.set_center(self.center[0] + dx / scale, self.center[1] - dy / scale)

    def reset(self) -> None:
        self.zoom = 1.0
        self.set_center(*HOME)

    def fit(self, places: Sequence[LonLat]) -> bool:
        if not places:
            return False
        width, height = self._size()
        lons, lats = [p[0] for p in places], [p[1] for p in places]
        span_lon = max(max(lons) - min(lons), 10.0) * 1.4
        span_lat = max(max(lats) - min(lats), 6.0) * 1.4
        base = self.scale() / self.zoom
        fit = min(width / (span_lon * base), height / (span_lat * base))
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, fit))
        self.set_center((max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2)
        return True
