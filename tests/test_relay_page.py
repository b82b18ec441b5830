"""The relays page: map and list kept in step, and the geo source said in words."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from onionpanel.geo.locator import GeoLocator
from onionpanel.ui.relays.connect import tor_country_lookup
from onionpanel.ui.relays.loader import RelayLoader
from onionpanel.ui.relays.page import RelayPage, describe_geo_source
from tests.conftest import ARTIFACTS
from tests.geodb import build_city_db
from tests.test_map_view import sandbox_like_ns_all


@pytest.fixture
def loader(tmp_path: Path) -> RelayLoader:
    database = build_city_db(tmp_path / "GeoLite2-City.mmdb")
    text = sandbox_like_ns_all()

    async def get_info(key: str) -> str:
        if key == "ns/all":
            return text
        raise RuntimeError("not available")  # fake: a client without server descriptors

    return RelayLoader(get_info, GeoLocator(database))


def test_map_and_list_select_each_other(qtbot: QtBot, loader: RelayLoader) -> None:
    page = RelayPage()
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.bind(loader)
    asyncio.run(loader.load())
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.map.canvas.layer_complete)
    assert page.relay_list.proxy.rowCount() == 10
    assert "GeoLite2-City.mmdb (city database)" in page.map.source_label.text()

    canvas = page.map.canvas
    tokyo = next(fp for fp, relay in loader.relays.items() if relay.ip == "127.0.0.8")
    point = canvas.position_of(tokyo)
    assert point is not None
    with qtbot.waitSignal(page.relay_selected) as selected:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert selected.args == [tokyo]
    assert page.relay_list.current_fingerprint() == tokyo
    assert page.relay_list.details.value("country") == "JP"
    assert canvas.highlighted_relay() == tokyo
    qtbot.wait(20)
    ARTIFACTS.mkdir(exist_ok=True)
    assert page.grab().save(str(ARTIFACTS / "relay-page.png"))


def test_source_descriptions() -> None:
    assert describe_geo_source(GeoLocator(search=False)) == "none"
    fallback = GeoLocator(tor_country=lambda ips: {}, search=False)
    assert "tor" in describe_geo_source(fallback)


def test_tor_country_lookup_asks_per_address_and_survives_errors() -> None:
    asked: list[str] = []

    async def get_info(key: str) -> str:
        asked.append(key)
        if key.endswith("9.9.9.9"):
            raise RuntimeError("bad address")
        return "de\n"

    lookup = tor_country_lookup(get_info)

    async def run(ips: Sequence[str]) -> object:
        return await lookup(ips)  # type: ignore[misc]

    assert asyncio.run(run(["1.2.3.4", "9.9.9.9"])) == {"1.2.3.4": "de", "9.9.9.9": "??"}
    assert asked == ["ip-to-country/1.2.3.4", "ip-to-country/9.9.9.9"]
