"""Issue 12, item 7: a tor the panel starts (--launch-tor) is usable. Its SocksPort is stable
(9050 when free, else one fixed fallback), the Status page shows it with a Copy button, and
``onionpanel status --json`` reports it. Real tor, a client of the sandbox network (with
DisableNetwork it would open no SocksPort at all); the test's own free ports stand in for 9050
and the fallback, which other tors on this machine may hold."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import pytest

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from onionpanel.core.status import ConnectionPhase
from onionpanel.launcher.embedded import STABLE_SOCKS_PORTS, EmbeddedTor
from onionpanel.launcher.process import free_tcp_port
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.tor.cli import status_main
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray
from tests.ui.test_circuits_live import wait_for
from tests.ui.test_end_to_end import run_on_qasync

pytestmark = pytest.mark.tor


def test_the_stable_ports_are_tors_usual_one_then_a_fixed_fallback() -> None:
    assert STABLE_SOCKS_PORTS == (9050, 19050)


def test_own_tor_takes_the_first_free_stable_port(tmp_path: Path, sandbox: SandboxNetwork) -> None:
    first, fallback = free_tcp_port(), free_tcp_port()
    with socket.socket() as taken:  # someone (a system tor, say) already has the first
        taken.bind(("127.0.0.1", first))
        taken.listen()
        tor = EmbeddedTor(
            data_dir=tmp_path / "tor",
            extra_torrc_lines=sandbox.join_torrc_lines(),
            socks_ports=(first, fallback),
        )
        try:
            assert tor.start().socks_port == fallback
            assert _listening(fallback)
        finally:
            tor.stop()
    try:
        assert tor.start().socks_port == first  # free again: the usual one, every time
        assert _listening(first)
    finally:
        tor.stop()


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_launched_tor_shows_its_socks_port_and_status_json_reports_it(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    sandbox: SandboxNetwork,
    tmp_path: Path,
    artifacts: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    port = free_tcp_port()
    panel = Panel(qapp, Tray(), parse_args(["--launch-tor"]))
    panel.session.own_tor_options = {
        "data_dir": tmp_path / "own-tor",
        "extra_torrc_lines": sandbox.join_torrc_lines(),  # never the real Tor network
        "socks_ports": (port,),
    }
    window = panel.window
    window.resize(900, 560)
    qtbot.addWidget(window)
    page = window.status_page
    endpoints: list[str] = []

    async def scenario() -> None:
        assert await panel.session.start_own_tor()
        try:
            await wait_for(lambda: panel.session.status.phase is ConnectionPhase.CONNECTED)
            await wait_for(lambda: page.socks_label.text())
            assert page.socks_label.text().startswith(f"127.0.0.1:{port} (SOCKS5")
            assert page.socks_copy.isVisibleTo(window)
            page.socks_copy.click()
            assert QGuiApplication.clipboard().text() == f"127.0.0.1:{port}"
            window.show()
            await asyncio.sleep(0.05)
            window.grab().save(str(artifacts / "status_own_tor_socks.png"))
            endpoints.append(str(panel.session.status.endpoint))
            loop = asyncio.get_running_loop()
            code = await loop.run_in_executor(
                None, status_main, ["--control", endpoints[0], "--json"]
            )
            assert code == 0
        finally:
            await panel.session.close()
            await panel.settle()

    run_on_qasync(qapp, scenario, timeout=90)
    report = json.loads(capsys.readouterr().out)
    assert report["socks_ports"] == [f"127.0.0.1:{port}"]
    assert not page.socks_copy.isVisibleTo(window)  # disconnected: no port to offer
