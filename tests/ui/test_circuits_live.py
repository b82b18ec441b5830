"""The Circuits page against the real sandbox tor: streams made through its SocksPort appear
under the circuit that carries them; closing that circuit (Del on the page, then CLOSECIRCUIT
through the tor layer) moves the next request to another circuit. Screenshot in artifacts/."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onionpanel.core import circuits as core
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.sandbox.probe import LocalHttpServer, http_get_via_socks
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.translate import CIRCUIT_EVENT_TYPES, translate
from onionpanel.ui.circuits.feed import CircuitFeed
from onionpanel.ui.circuits.model import CircuitModel
from onionpanel.ui.circuits.page import CircuitsPage
from onionpanel.ui.circuits.roles import RelayBrief
from tests.conftest import ARTIFACTS

pytestmark = pytest.mark.tor


async def wait_for(condition: Callable[[], object], within: float = 20.0) -> object:
    deadline = time.monotonic() + within
    while not (result := condition()):
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within} s: {condition}")
        await asyncio.sleep(0.05)
    return result


def stream_to(state: core.NetworkState, target: str, exclude: set[str]) -> core.Stream | None:
    for stream in state.streams.values():
        if stream.display_target == target and stream.id not in exclude and stream.circuit_id:
            return stream
    return None


async def scenario(
    sandbox: SandboxNetwork, server: LocalHttpServer, qtbot: object
) -> tuple[str, str]:
    relays = {relay.fingerprint: relay for relay in sandbox.relays}
    model = CircuitModel(
        # loopback relays have no country (tor's GeoIP says '??'); roles stand in for flags
        relay_info=lambda fp: RelayBrief("127.0.0.1", (relays[fp].role,)) if fp in relays else None
    )
    feed = CircuitFeed(model)
    page = CircuitsPage(model)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.resize(1100, 420)
    page.show()
    connection = TorConnection(sandbox.control_endpoint, sandbox=True)
    closing: list[asyncio.Future[None]] = []
    page.close_circuit_requested.connect(
        lambda cid: closing.append(asyncio.ensure_future(connection.close_circuit(cid)))
    )
    await connection.connect()
    try:
        connection.add_event_handler(CIRCUIT_EVENT_TYPES, feed.on_events, translate)
        feed.load(
            await connection.get_info("circuit-status"), await connection.get_info("stream-status")
        )
        target = f"127.0.0.1:{server.port}"
        loop = asyncio.get_running_loop()

        def fetch() -> None:
            http_get_via_socks(sandbox.socks_port, "127.0.0.1", server.port)

        await loop.run_in_executor(None, fetch)
        first = await wait_for(lambda: stream_to(model.state, target, set()))
        assert isinstance(first, core.Stream)
        circuit = model.state.circuits[first.circuit_id]
        assert circuit.exit is not None
        assert relays[circuit.exit.fingerprint].is_exit
        assert model.index_of_stream(first.id).parent() == model.index_of_circuit(circuit.id)

        with qtbot.waitActive(page):  # type: ignore[attr-defined]
            page.activateWindow()
        page.select_circuit(circuit.id)
        page.tree.setFocus()
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
        await wait_for(lambda: closing)
        await closing[0]
        await wait_for(lambda: model.state.circuits.get(circuit.id, circuit).closed)

        await loop.run_in_executor(None, fetch)
        second = await wait_for(lambda: stream_to(model.state, target, {first.id}))
        assert isinstance(second, core.Stream)
        await wait_for(lambda: feed.model.index_of_stream(second.id).isValid())
        page.show_internal.setChecked(True)
        page.tree.expandAll()
        await asyncio.sleep(0.05)  # not processEvents(): see tests/ui/test_panel_live.py
        ARTIFACTS.mkdir(exist_ok=True)
        page.grab().save(str(ARTIFACTS / "circuits_live.png"))
        return circuit.id, second.circuit_id
    finally:
        await connection.close()


def test_streams_land_under_their_circuit_and_closing_moves_them(
    qapp: QApplication, qtbot: object, sandbox: SandboxNetwork, local_http_server: LocalHttpServer
) -> None:
    loop = qasync.QEventLoop(qapp, already_running=False)
    try:
        first_circuit, second_circuit = loop.run_until_complete(
            asyncio.wait_for(scenario(sandbox, local_http_server, qtbot), 90)
        )
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    assert second_circuit != first_circuit
