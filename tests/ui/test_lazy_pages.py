"""Pages built on first show are complete: on the sandbox's real tor, circuits, streams and
relays that came before the Circuits and Relays pages existed are on them once opened, and so
are the log messages, bandwidth seconds and configuration that came before the Log, Bandwidth
and Configuration pages existed. Screenshots go to artifacts/ (lazy-*.png)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.sandbox.probe import LocalHttpServer, http_get_via_socks
from onionpanel.ui.bandwidth.page import BandwidthPage
from onionpanel.ui.circuits.page import CircuitsPage
from onionpanel.ui.config.page import ConfigPage
from onionpanel.ui.log.page import LogPage
from onionpanel.ui.relays.page import RelayPage
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray
from tests.ui.test_circuits_live import wait_for
from tests.ui.test_end_to_end import run_on_qasync
from tests.ui.test_panel_live import new_stream

pytestmark = [pytest.mark.tor, pytest.mark.slow]


def texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Every cell's text in a tree model, depth first."""
    parent = parent or QModelIndex()
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            value = model.data(model.index(row, column, parent), Qt.ItemDataRole.DisplayRole)
            if value:
                found.append(str(value))
        found += texts(model, model.index(row, 0, parent))
    return found


def test_circuits_and_relays_from_before_the_pages_existed_are_shown(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    sandbox: SandboxNetwork,
    local_http_server: LocalHttpServer,
    artifacts: Path,
) -> None:
    panel = Panel(qapp, Tray(), parse_args(["--control", f"127.0.0.1:{sandbox.control_port}"]))
    target = f"127.0.0.1:{local_http_server.port}"

    def fetch() -> None:
        http_get_via_socks(sandbox.socks_port, "127.0.0.1", local_http_server.port)

    async def scenario() -> None:
        assert await panel.session.attach(sandbox.control_endpoint)
        pages = panel.pages
        try:
            await wait_for(lambda: pages.loader is not None and pages.loader.relays)
            await asyncio.get_running_loop().run_in_executor(None, fetch)
            stream = await wait_for(lambda: new_stream(panel, target, set()))
            assert pages.built_pages() == [], "no window shown: no heavy page built"

            panel.open_window()
            window = panel.window
            window.resize(1100, 700)
            qtbot.addWidget(window)
            titles = [window.navigation.item(row).text() for row in range(4)]
            assert titles == ["Status", "Circuits", "Relays", "Log"]
            assert pages.built_pages() == [], "the Status page shows first; the rest wait"
            await asyncio.sleep(0.05)
            assert window.grab().save(str(artifacts / "lazy-status.png"))

            window.show_page(1)
            assert pages.built_pages() == ["circuits"]
            page = window.pages.currentWidget()
            assert isinstance(page, CircuitsPage)
            await asyncio.sleep(0.1)
            shown = texts(page.tree.model())
            assert target in shown, shown
            assert stream is not None
            assert any(stream.circuit_id in text for text in shown), shown
            assert page.isVisible()
            assert window.grab().save(str(artifacts / "lazy-circuits.png"))

            window.show_page(2)
            relays = window.pages.currentWidget()
            assert isinstance(relays, RelayPage)
            assert sorted(pages.built_pages()) == ["circuits", "relays"]
            await asyncio.sleep(0.1)
            table = relays.relay_list.model
            listed = [
                str(table.data(table.index(row, column)))
                for row in range(table.rowCount())
                for column in range(table.columnCount())
            ]
            for relay in sandbox.relays:
                assert relay.nickname in listed
            assert window.grab().save(str(artifacts / "lazy-relays.png"))
        finally:
            await panel.session.close()
            await panel.settle()

    run_on_qasync(qapp, scenario, timeout=120)


def test_log_bandwidth_and_configuration_from_before_the_pages_existed_are_shown(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    sandbox: SandboxNetwork,
    artifacts: Path,
) -> None:
    """Issue 18: the Log, Bandwidth and Configuration pages are built on first show."""
    panel = Panel(qapp, Tray(), parse_args(["--control", f"127.0.0.1:{sandbox.control_port}"]))
    loaded: list[bool] = []

    async def scenario() -> None:
        pages = panel.pages
        pages.config_feed.loaded.connect(lambda: loaded.append(True))
        assert await panel.session.attach(sandbox.control_endpoint)
        try:
            await wait_for(lambda: pages.log_data.model.rowCount() > 0)
            await wait_for(lambda: pages.bandwidth_data.history.samples_seen >= 2)
            await wait_for(lambda: bool(loaded))
            assert pages.built_pages() == [], "no window shown: no page built"
            logged = pages.log_data.model.rowCount()
            seen = pages.bandwidth_data.history.samples_seen

            panel.open_window()
            window = panel.window
            window.resize(1000, 640)
            qtbot.addWidget(window)
            titles = [window.navigation.item(row).text() for row in range(6)]
            assert titles[3:] == ["Log", "Bandwidth", "Configuration"]
            assert pages.built_pages() == []

            window.show_page(3)
            log = window.pages.currentWidget()
            assert isinstance(log, LogPage)
            assert pages.built_pages() == ["log"]
            assert log.proxy.rowCount() >= min(logged, 1)  # NOTICE and above are shown
            assert log.model.rowCount() >= logged
            await asyncio.sleep(0.1)
            assert window.grab().save(str(artifacts / "lazy-log.png"))

            window.show_page(4)
            bandwidth = window.pages.currentWidget()
            assert isinstance(bandwidth, BandwidthPage)
            assert bandwidth.history.samples_seen >= seen
            rates = [bandwidth.read_rate.text(), bandwidth.read_total.text()]
            assert all(rates), rates
            await asyncio.sleep(0.1)
            assert window.grab().save(str(artifacts / "lazy-bandwidth.png"))

            window.show_page(5)
            config = window.pages.currentWidget()
            assert isinstance(config, ConfigPage)
            assert config.tree.topLevelItemCount() > 0
            assert config.answer.text()
            await asyncio.sleep(0.1)
            assert window.grab().save(str(artifacts / "lazy-configuration.png"))
            assert sorted(pages.built_pages()) == ["bandwidth", "configuration", "log"]
        finally:
            await panel.session.close()
            await panel.settle()

    run_on_qasync(qapp, scenario, timeout=120)
