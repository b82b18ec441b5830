"""End to end: the sandbox's real tor network, through TorConnection and the loader, on the map."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from onionpanel.core.relays import RelayChange
from onionpanel.geo.locator import GeoLocator
from onionpanel.geo.world import load_world
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.relay_events import NS_EVENTS, ns_event_text
from onionpanel.ui.map_view import MapView
from onionpanel.ui.relay_loader import RelayLoader
from tests.conftest import ARTIFACTS
from tests.geodb import TEST_CITIES, build_city_db

pytestmark = [pytest.mark.tor, pytest.mark.slow]
NEW_CONSENSUS_TIMEOUT = 90.0  # the sandbox votes every 10 s; the client fetches a bit later


async def load_and_follow(
    sandbox: SandboxNetwork, database: Path
) -> tuple[RelayLoader, list[RelayChange]]:
    connection = TorConnection(sandbox.control_endpoint, sandbox=True)
    await connection.connect()
    try:
        loader = RelayLoader(connection.get_info, GeoLocator(database))
        await loader.load()
        updates: list[RelayChange] = []
        consensus = asyncio.Event()

        def on_change(_loader: RelayLoader, change: RelayChange) -> None:
            updates.append(change)
            consensus.set()

        loader.on_change.append(on_change)
        remove = connection.add_event_handler(NS_EVENTS, loader.on_events, ns_event_text)
        try:
            await asyncio.wait_for(consensus.wait(), NEW_CONSENSUS_TIMEOUT)
        finally:
            remove()
        return loader, updates
    finally:
        await connection.close()


def test_sandbox_relays_appear_at_their_test_database_places(
    sandbox: SandboxNetwork, qtbot: QtBot, tmp_path: Path
) -> None:
    database = build_city_db(tmp_path / "GeoLite2-City.mmdb")
    loader, updates = asyncio.run(load_and_follow(sandbox, database))

    assert updates, "a new consensus (or NS event) reached the loader"
    assert all(e.startswith(("desc/all-recent", "md/all")) for e in loader.errors)
    expected = {relay.fingerprint: relay for relay in sandbox.relays}
    assert set(expected) <= set(loader.relays)
    for fingerprint, relay in expected.items():
        record = loader.relays[fingerprint]
        assert (record.nickname, record.or_port) == (relay.nickname, relay.or_port)
        _, _, lon, lat = TEST_CITIES[record.ip]
        assert loader.positions[fingerprint] == pytest.approx((lon, lat))

    view = MapView()
    qtbot.addWidget(view)
    view.resize(1000, 560)
    view.set_world(load_world())
    view.set_geo_source(f"{database.name} (test City database)")
    view.set_relays(loader.relays, loader.positions)
    hops = [relay.fingerprint for relay in sandbox.relays if not relay.is_authority][:3]
    view.set_circuits({"1": hops})
    view.select_circuit("1")
    view.show()
    qtbot.waitExposed(view)
    view.canvas.finish_layer()
    for fingerprint in expected:
        point = view.canvas.position_of(fingerprint)
        assert point is not None
        assert view.canvas.rect().contains(point.toPoint())
    ARTIFACTS.mkdir(exist_ok=True)
    assert view.grab().save(str(ARTIFACTS / "map-sandbox.png"))
