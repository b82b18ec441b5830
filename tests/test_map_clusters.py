"""The relay map at low zoom: crowded dots become discs with a count, and split as you zoom in.

Real widgets offscreen, 8,000 synthetic relays placed as on tor's GeoIP path (a country each,
a spot on its land)."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping, Sequence

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPointF, Qt

from bench.synthetic_consensus import synthetic_md_client
from onionpanel.geo.locator import GeoLocator
from onionpanel.geo.world import load_world
from onionpanel.ui.relays.loader import RelayLoader
from onionpanel.ui.relays.map_clusters import CLUSTER_UNTIL_ZOOM, MIN_CLUSTER, count_text
from onionpanel.ui.relays.map_view import MapView
from tests.conftest import ARTIFACTS

CODES = ("DE", "DE", "DE", "US", "US", "NL", "FR", "SE", "RU", "CA", "BR", "JP", "AU")


def lookup(ips: Sequence[str]) -> Mapping[str, str]:
    def code(ip: str) -> str:
        return CODES[hashlib.blake2b(ip.encode(), digest_size=2).digest()[0] % len(CODES)]

    return {ip: code(ip) for ip in ips}


@pytest.fixture(scope="module")
def loaded() -> RelayLoader:
    ns_all, md_all = synthetic_md_client(8000)

    async def get_info(key: str) -> str:
        return {"ns/all": ns_all, "md/all": md_all}.get(key, "")

    loader = RelayLoader(get_info, GeoLocator(tor_country=lookup, search=False))
    asyncio.run(loader.load())
    return loader


def shown_map(qtbot: QtBot, loader: RelayLoader) -> MapView:
    view = MapView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.set_world(load_world())
    view.set_relays(loader.relays, loader.positions)
    view.show()
    view.canvas.finish_layer()
    return view


def test_world_zoom_shows_discs_with_counts(qtbot: QtBot, loaded: RelayLoader) -> None:
    view = shown_map(qtbot, loaded)
    spots = view.canvas.cluster_spots()
    assert spots, "crowded relays become discs"
    counts = [cluster.count for _, cluster in spots]
    assert min(counts) >= MIN_CLUSTER
    assert max(counts) > 100  # Germany at world zoom
    assert len(spots) < 400  # readable: a few hundred discs, not 8,000 dots
    centre, cluster = max(spots, key=lambda spot: spot[1].count)
    assert view.canvas.cluster_at(centre) == cluster
    assert view.canvas.relay_at(centre) == ""  # its relays are inside the disc
    assert str(cluster.count) in view.canvas.tooltip_at(centre)
    view.canvas.grab().save(str(ARTIFACTS / "map-clusters.png"))


def test_clicking_a_disc_zooms_in_and_discs_split(qtbot: QtBot, loaded: RelayLoader) -> None:
    view = shown_map(qtbot, loaded)
    canvas = view.canvas
    centre, biggest = max(canvas.cluster_spots(), key=lambda spot: spot[1].count)
    zoom = canvas.zoom
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert canvas.zoom == pytest.approx(zoom * 2)
    canvas.finish_layer()
    closer = [cluster.count for _, cluster in canvas.cluster_spots()]
    assert max(closer) < biggest.count  # the same relays, in smaller groups


def test_from_close_zoom_every_relay_is_a_dot(qtbot: QtBot, loaded: RelayLoader) -> None:
    view = shown_map(qtbot, loaded)
    canvas = view.canvas
    fp = next(iter(loaded.positions))
    canvas.highlight_relay(fp)
    while canvas.zoom < CLUSTER_UNTIL_ZOOM:
        canvas.zoom_by(2.0)
    lon, lat = loaded.positions[fp]
    canvas._set_center(lon, lat)
    canvas.finish_layer()
    assert canvas.cluster_spots() == []
    middle = QPointF(canvas.width() / 2, canvas.height() / 2)
    assert canvas.relay_at(middle) != ""


def test_count_text() -> None:
    assert [count_text(n) for n in (5, 999, 1000, 1234)] == ["5", "999", "1.0k", "1.2k"]
