"""End to end: the sandbox's real tor network, through TorConnection and the loader, on the map."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from onionpanel.core.relays import RelayChange
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.tor.connection import TorConnection
from onionpanel.ui.relays.connect import connect_relay_page
from onionpanel.ui.relays.loader import RelayLoader
from onionpanel.ui.relays.page import RelayPage
from tests.conftest import ARTIFACTS
from tests.geodb import TEST_CITIES, build_city_db

pytestmark = [pytest.mark.tor, pytest.mark.slow]
NEW_CONSENSUS_TIMEOUT = 90.0  # the sandbox votes every 10 s; the client fetches a bit later


async def load_and_follow(
    sandbox: SandboxNetwork, page: RelayPage, database: Path
) -> tuple[RelayLoader, list[RelayChange]]:
    connection = TorConnection(sandbox.control_endpoint, sandbox=True)
    await connection.connect()
    try:
        loader = await connect_relay_page(page, connection, database=database)
        updates: list[RelayChange] = []
        consensus = asyncio.Event()

        def on_change(_loader: RelayLoader, change: RelayChange) -> None:
            updates.append(change)
            consensus.set()

        loader.on_change.append(on_change)
        try:
            await asyncio.wait_for(consensus.wait(), NEW_CONSENSUS_TIMEOUT)
        finally:
            loader.stop_following()
        return loader, updates
    finally:
        await connection.close()


def test_sandbox_relays_appear_at_their_test_database_places(
    sandbox: SandboxNetwork, qtbot: QtBot, tmp_path: Path
) -> None:
    database = build_city_db(tmp_path / "GeoLite2-City.mmdb")
    page = RelayPage()
    qtbot.addWidget(page)
    loader, updates = asyncio.run(load_and_follow(sandbox, page, database))

    assert updates, "a new consensus (or NS event) reached the loader"
    assert all(e.startswith(("desc/all-recent", "md/all")) for e in loader.errors)
    expected = {relay.fingerprint: relay for relay in sandbox.relays}
    assert set(expected) <= set(loader.relays)
    for fingerprint, relay in expected.items():
        record = loader.relays[fingerprint]
        assert (record.nickname, record.or_port) == (relay.nickname, relay.or_port)
        _, _, lon, lat = TEST_CITIES[record.ip]
        assert loader.positions[fingerprint] == pytest.approx((lon, lat))

    assert page.relay_list.proxy.rowCount() == len(loader.relays)
    assert "GeoLite2-City.mmdb (city database)" in page.map.source_label.text()
    view = page.map
    page.resize(1000, 800)
    hops = [relay.fingerprint for relay in sandbox.relays if not relay.is_authority][:3]
    view.set_circuits({"1": hops})
    view.select_circuit("1")
    page.show()
    qtbot.waitExposed(page)
    view.canvas.finish_layer()
    for fingerprint in expected:
        point = view.canvas.position_of(fingerprint)
        assert point is not None
        assert view.canvas.rect().contains(point.toPoint())
    ARTIFACTS.mkdir(exist_ok=True)
    assert page.grab().save(str(ARTIFACTS / "map-sandbox.png"))
