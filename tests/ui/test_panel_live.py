"""The whole panel on the sandbox network: every page fills from the real tor, and New Identity
tells the truth about what tor did. Screenshots of each page go to artifacts/."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from onionpanel.core.circuits import Stream
from onionpanel.core.identity import circuits_through_exit
from onionpanel.sandbox.network import APP_PROFILE, APP_SESSION_GROUP, SandboxNetwork
from onionpanel.sandbox.probe import LocalHttpServer, http_get_via_socks
from onionpanel.ui.circuits.identity import IdentityBar
from onionpanel.ui.circuits.roles import Column
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray
from tests.ui.test_circuits_live import wait_for
from tests.ui.test_end_to_end import run_on_qasync

pytestmark = [pytest.mark.tor, pytest.mark.slow]


def stream_ids(panel: Panel) -> set[str]:
    return set(panel.pages.circuit_feed.state.streams)


def new_stream(panel: Panel, target: str, known: set[str]) -> Stream | None:
    """The first stream to ``target`` that is not in ``known`` and has a circuit."""
    for stream in panel.pages.circuit_feed.state.streams.values():
        if stream.display_target == target and stream.circuit_id and stream.id not in known:
            return stream
    return None


async def screenshot(panel: Panel, page: int, path: Path) -> None:
    panel.window.show_page(page)
    # the loop lays the page out; QApplication.processEvents() inside a coroutine would run
    # other tasks' first steps nested in this one, and asyncio refuses those for good
    await asyncio.sleep(0.05)
    assert panel.window.grab().save(str(path))


def test_pages_fill_and_new_identity_reports_the_exit(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    sandbox: SandboxNetwork,
    local_http_server: LocalHttpServer,
    artifacts: Path,
) -> None:
    tray = Tray()
    panel = Panel(qapp, tray, parse_args(["--sandbox"]))
    panel.open_window()
    window = panel.window
    window.resize(1180, 720)
    qtbot.addWidget(window)
    target = f"127.0.0.1:{local_http_server.port}"
    exits = {relay.fingerprint for relay in sandbox.relays if relay.is_exit}
    messages: list[str] = []

    def fetch() -> None:
        http_get_via_socks(sandbox.socks_port, "127.0.0.1", local_http_server.port)

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        assert await panel.session.attach(sandbox.control_endpoint)
        pages, identity = panel.pages, panel.identity
        identity.message.connect(messages.append)
        try:
            await wait_for(lambda: pages.loader is not None and pages.loader.relays)
            assert pages.loader is not None
            assert set(pages.loader.relays) >= {relay.fingerprint for relay in sandbox.relays}
            await wait_for(lambda: tray.new_identity_action.isEnabled())

            # traffic before: its exit is what New Identity must move away from
            known = stream_ids(panel)
            await loop.run_in_executor(None, fetch)
            before = await wait_for(lambda: new_stream(panel, target, known))
            assert isinstance(before, Stream)
            old_circuit = before.circuit_id
            await wait_for(lambda: pages.log.model.rowCount() > 0)
            await wait_for(lambda: len(pages.bandwidth.history.rates(1)) > 1)

            bar = window.findChild(IdentityBar)
            assert bar is not None
            assert bar.button.isEnabled()
            bar.button.click()  # the window's button, as a person would
            await wait_for(lambda: identity.outcome is None and messages)
            await wait_for(lambda: identity.available, within=15)

            known = stream_ids(panel)
            await loop.run_in_executor(None, fetch)
            outcome = await wait_for(lambda: identity.outcome)
            after = new_stream(panel, target, known)
            assert after is not None
            assert after.circuit_id != old_circuit
            # NEWNYM retires circuits that carried traffic; a clean one built before is fine
            assert identity.outcome is not None
            assert identity.outcome.circuit_id == after.circuit_id
            assert identity.outcome.exit.fingerprint in exits
            text = identity.outcome_text(identity.outcome)
            assert text in messages
            assert bar.label.text() == text
            assert ("reused the same exit" in text) == identity.outcome.reused
            assert bar.drop_button.isVisible()
            assert outcome is identity.outcome

            # drop every circuit through the exit the outcome named
            through_exit = circuits_through_exit(
                pages.circuit_feed.state, identity.outcome.exit.fingerprint
            )
            assert through_exit
            await identity.drop_exit()
            closed = int(messages[-1].split()[1])  # "Closed 3 circuits through sbexit1."
            assert closed >= len(through_exit), messages[-1]

            def all_closed() -> bool:
                circuits = pages.circuit_feed.state.circuits
                return all(i not in circuits or circuits[i].closed for i in through_exit)

            await wait_for(all_closed)

            # a second request within tor's 10 s: tor delays it and says how long
            await identity.request()
            wait = identity.wait_left()
            assert 0 < wait <= 10, messages[-1]
            assert f"switches in {wait} s" in messages[-1] or f"in {wait + 1} s" in messages[-1]
            assert not bar.button.isEnabled()
            assert not tray.new_identity_action.isEnabled()
            # the shortcut during the countdown sends nothing and says why
            await identity.request()
            assert "already on its way" in messages[-1]

            # "New circuit for this host": the next request to that host takes another circuit
            known = stream_ids(panel)
            await loop.run_in_executor(None, fetch)
            carrying = await wait_for(lambda: new_stream(panel, target, known))
            assert isinstance(carrying, Stream)
            pages.circuits.select_stream(carrying.id)
            assert pages.circuits.new_circuit_button.isEnabled()
            pages.circuits.new_circuit_button.click()
            await wait_for(lambda: any("its next connection gets a new one" in m for m in messages))
            await wait_for(
                lambda: (
                    pages.circuit_feed.state.circuits[carrying.circuit_id].closed
                    or carrying.circuit_id not in pages.circuit_feed.state.circuits
                )
            )
            known = stream_ids(panel)
            await loop.run_in_executor(None, fetch)
            moved = await wait_for(lambda: new_stream(panel, target, known))
            assert isinstance(moved, Stream)
            assert moved.circuit_id != carrying.circuit_id

            # the sandbox's second SocksPort stands for a tor-isolated profile's port
            def fetch_in_profile() -> None:
                http_get_via_socks(sandbox.app_socks_port, "127.0.0.1", local_http_server.port)

            known = stream_ids(panel)
            await loop.run_in_executor(None, fetch_in_profile)
            profiled = await wait_for(lambda: new_stream(panel, target, known))
            assert isinstance(profiled, Stream)
            assert profiled.source.session_group == APP_SESSION_GROUP
            # the model's rows follow once the Circuits page is shown (hidden, only the
            # feed's state does)
            window.show_page(1)
            model = pages.circuit_model
            await wait_for(
                lambda: (
                    model.index_of_stream(profiled.id, Column.PURPOSE).data()
                    == f"profile {APP_PROFILE}"
                )
            )

            window.show_page(1)
            pages.circuits.tree.expandAll()
            for page, name in enumerate(("status", "circuits", "relays", "log", "bandwidth")):
                await screenshot(panel, page, artifacts / f"panel_{name}.png")
        finally:
            await panel.session.close()
            await panel.settle()

    run_on_qasync(qapp, scenario, timeout=150)
    assert not tray.new_identity_action.isEnabled()  # closed: nothing to ask
