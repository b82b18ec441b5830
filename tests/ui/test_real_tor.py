"""The session's person-facing paths against real, offline tors (DisableNetwork 1)."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QMessageBox

from onionpanel.core.status import AuthMethod, ConnectionPhase
from onionpanel.launcher.process import TorProcess, find_tor_binary, free_tcp_port
from onionpanel.sandbox.pytest_plugin import TorFactory
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.session import TorSession
from onionpanel.ui.shell.tray import Tray
from tests.ui.test_end_to_end import run_on_qasync

pytestmark = pytest.mark.tor


def _hashed(password: str) -> str:
    output = subprocess.run(
        [find_tor_binary(), "--quiet", "--hash-password", password],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return output.strip().splitlines()[-1]


def test_password_asked_again_after_a_wrong_one(
    qapp: QApplication, tor_factory: TorFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    tor = tor_factory([f"HashedControlPassword {_hashed('right horse')}"])
    endpoint = tor.wait_for_control_port(10)
    asked: list[tuple[str, bool]] = []
    answers = iter(["wrong", "right horse"])

    async def prompt(where: str, rejected: bool) -> tuple[str, bool]:
        asked.append((where, rejected))
        return next(answers), False

    session = TorSession(password_prompt=prompt)

    async def scenario() -> bool:
        try:
            return await session.attach(endpoint)
        finally:
            await session.close()

    # No desktop keyring here: the session would look one up before asking.
    monkeypatch.setattr("onionpanel.ui.shell.session.load_password", lambda key: None)
    assert run_on_qasync(qapp, scenario) is True
    assert asked == [(str(endpoint), False), (str(endpoint), True)]


def test_cancelled_password_leaves_a_clear_error(
    qapp: QApplication, tor_factory: TorFactory
) -> None:
    tor = tor_factory([f"HashedControlPassword {_hashed('x')}"])
    endpoint = tor.wait_for_control_port(10)

    async def prompt(where: str, rejected: bool) -> None:
        return None

    session = TorSession(password_prompt=prompt)
    assert run_on_qasync(qapp, lambda: session.attach(endpoint)) is False
    assert session.status.phase is ConnectionPhase.DISCONNECTED
    assert session.status.error == (
        f"The Tor at {endpoint} needs a control password, and none was given."
    )


def test_no_tor_offers_one_of_your_own_and_quit_stops_it(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    nothing = f"127.0.0.1:{free_tcp_port()}"
    panel = Panel(qapp, Tray(), parse_args(["--control", nothing]))
    panel.session.own_tor_options = {
        "data_dir": tmp_path / "own-tor",
        "extra_torrc_lines": ["DisableNetwork 1"],  # never reach out to the real Tor network
        "socks_ports": (free_tcp_port(),),  # not 9050: other tors on this machine may want it
    }
    started: list[TorProcess] = []

    async def scenario() -> None:
        # panel.run() attaches to --control, finds nothing, and asks.
        box = await _wait_for_question(qapp)
        qtbot.addWidget(panel.window)
        assert panel.window.isVisible()
        assert nothing in box.informativeText()
        start = next(b for b in box.buttons() if b.accessibleName() == "Start my own Tor")
        connected = asyncio.Event()
        panel.session.status_changed.connect(
            lambda status: status.phase is ConnectionPhase.CONNECTED and connected.set()
        )
        start.click()
        await connected.wait()
        own = panel.session._own_tor
        started.append(own._process)
        assert panel.session.status.auth_method in (AuthMethod.SAFECOOKIE, AuthMethod.COOKIE)
        panel.quit()

    async def run() -> None:
        await asyncio.gather(panel.run(), scenario())

    run_on_qasync(qapp, run)
    assert started
    assert not started[0].running


async def _wait_for_question(qapp: QApplication) -> QMessageBox:
    while True:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                return widget
        await asyncio.sleep(0.02)
