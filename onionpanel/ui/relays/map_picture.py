"""The relay map's cached picture: outlines and 8k relay dots painted once per consensus and
zoom level, a slice at a time, on the loop but outside any paint event; and what depends on
it (the clusters drawn, the hit-test grid).

  MapPicture(repaint, shown)          repaint(): ask the widget for a paint; shown() -> bool
  |- set_world(world), set_relays(relays, positions)   (a details-only change redraws nothing)
  |- relays, positions, generation    what is drawn; generation bumps on every change
  |- layer_for(view, scale, zoom, ratio) -> Layer   the layer a paint shows (a new one, built
                                      in the background, when the view left the old one)
  |- previous                         the last finished layer, shown stretched meanwhile
  |- build_more()                     one slice of the layer's work (LAYER_SLICE_S)
  |- finish(view, scale, zoom, ratio) the whole layer now (screenshots, tests)
  |- complete() -> bool               the layer is done and shows the current relays
  |- until_drawn() -> Future | None   done when it is (None: done, or nothing is painting)
  |- relay_near(world_px, scale) -> fingerprint | ""   "" also inside a cluster's disc
  |- clusters_at(scale) -> LayerClusters | None        the discs of the current layer
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QPointF, QRectF, QTimer
from PySide6.QtGui import QPixmap, QPolygonF

from onionpanel.core.relays import Relay
from onionpanel.geo.world import World
from onionpanel.ui.relays.map_clusters import (
    CLUSTER_UNTIL_ZOOM,
    LayerClusters,
    badge_work,
    cluster_work,
    singles_work,
)
from onionpanel.ui.relays.map_paint import (
    LAYER_SLICE_S,
    ROLE_COLOURS,
    Dot,
    HitGrid,
    Layer,
    LonLat,
    dot_work,
    draw_order_work,
    make_sprite,
    new_layer,
    outline_work,
)


class MapPicture:
    def __init__(self, repaint: Callable[[], None], shown: Callable[[], bool]) -> None:
        self._repaint, self._shown = repaint, shown
        self.rings: list[QPolygonF] = []
        self.relays: dict[str, Relay] = {}
        self.positions: dict[str, LonLat] = {}
        self.generation = 0  # bumps whenever relays or outlines change
        self.layer: Layer | None = None
        self.previous: Layer | None = None
        self._ratio = 1.0
        self._building = False  # a build_more is queued
        self._drawn: list[asyncio.Future[None]] = []  # until_drawn() callers
        self._order: list[Dot] = []
        self._order_generation = -1
        self._grid: HitGrid | None = None
        self._clusters: LayerClusters | None = None
        self._sprites: dict[tuple[str, float], QPixmap] = {}

    # -- what is drawn ---------------------------------------------------------------------
    def set_world(self, world: World) -> None:
        self.rings = [
            QPolygonF([QPointF(ring[i], -ring[i + 1]) for i in range(0, len(ring), 2)])
            for ring in world.rings
        ]
        self.generation += 1

    def set_relays(self, relays: Mapping[str, Relay], positions: Mapping[str, LonLat]) -> bool:
        """True if the picture changes (descriptor details for the same relays change
        nothing drawn)."""
        placed = {fp: pos for fp, pos in positions.items() if fp in relays}
        same = placed == self.positions and _same_dots(self.relays, relays)
        self.relays = dict(relays)
        self.positions = placed
        if not same:
            self.generation += 1
        return not same

    # -- the layer -------------------------------------------------------------------------
    def layer_for(self, view: QRectF, scale: float, zoom: float, ratio: float) -> Layer:
        """The layer a paint shows; a new one (queued to be built) when the view left it."""
        layer = self.layer
        if layer is None or not layer.covers(view, scale, self.generation):
            if layer is not None and layer.complete:
                self.previous = layer
            layer = self.layer = self._new_layer(view, scale, zoom, ratio)
        if layer.complete:
            self.previous = None
        elif not self._building:
            self._building = True
            QTimer.singleShot(0, self.build_more)
        return layer

    def _new_layer(self, view: QRectF, scale: float, zoom: float, ratio: float) -> Layer:
        self._ratio = ratio
        layer = new_layer(view, scale, self.generation, ratio)
        layer.work = self._layer_work(layer, zoom)
        return layer

    def build_more(self) -> None:
        """A slice of the layer's work, outside any paint: the widget is repainted once,
        when the picture is done (a repaint per slice cost ~3 ms more each)."""
        layer = self.layer
        if layer is None or layer.complete:
            self._building = False
            return
        layer.paint_pending(LAYER_SLICE_S)
        if not layer.complete:
            QTimer.singleShot(0, self.build_more)
            return
        self._building = False
        self._repaint()
        waiting, self._drawn = self._drawn, []
        for future in waiting:
            if not future.done():
                future.set_result(None)

    def finish(self, view: QRectF, scale: float, zoom: float, ratio: float) -> None:
        if self.layer is None or not self.layer.covers(view, scale, self.generation):
            self.layer = self._new_layer(view, scale, zoom, ratio)
        self.layer.paint_pending(math.inf)
        self.previous = None

    def complete(self) -> bool:
        layer = self.layer
        return layer is not None and layer.complete and layer.generation == self.generation

    def until_drawn(self) -> asyncio.Future[None] | None:
        if self.complete() or not self._shown():
            return None
        future = asyncio.get_running_loop().create_future()
        self._drawn.append(future)
        return future

    def _sprite_for(self, role: str, radius: float) -> QPixmap:
        key = (role, radius)
        sprite = self._sprites.get(key)
        if sprite is None:
            sprite = self._sprites[key] = make_sprite(ROLE_COLOURS[role], radius, self._ratio)
        return sprite

    def _layer_work(self, layer: Layer, zoom: float) -> Iterator[None]:
        yield from outline_work(layer, self.rings)
        order = self._order if self._order_generation == self.generation else None
        if order is None:
            generation = self.generation
            order = yield from draw_order_work(self.relays, self.positions, self._sprite_for)
            self._order, self._order_generation = order, generation  # a zoom reuses it
        if zoom >= CLUSTER_UNTIL_ZOOM:
            self._clusters = None
            yield from dot_work(layer, order)
            return
        groups = yield from cluster_work(layer, self.positions)
        self._clusters = groups
        alone = yield from singles_work(order, self.positions, groups.hidden)
        yield from dot_work(layer, alone)
        yield from badge_work(layer, groups)

    # -- hit tests -------------------------------------------------------------------------
    def clusters_at(self, scale: float) -> LayerClusters | None:
        groups = self._clusters
        return groups if groups is not None and groups.fits(scale, self.generation) else None

    def relay_near(self, world: QPointF, scale: float) -> str:
        grid = self._grid
        if grid is None or not grid.fits(scale, self.generation):
            grid = self._grid = HitGrid(self.positions, scale, self.generation)
        found = grid.relay_near(world)
        groups = self.clusters_at(scale)
        return "" if groups is not None and found in groups.hidden else found


def _same_dots(old: Mapping[str, Relay], new: Mapping[str, Relay]) -> bool:
    """Whether every relay would be drawn as before: role and size come from these."""
    if len(old) != len(new):
        return False
    for fp, relay in new.items():
        before = old.get(fp)
        if before is None or before.flags != relay.flags or before.bandwidth != relay.bandwidth:
            return False
    return True
