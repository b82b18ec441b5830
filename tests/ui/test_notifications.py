"""Without a tray (GNOME without the AppIndicator extension) notifications go over
org.freedesktop.Notifications instead of being dropped.

A real dbus-daemon; tests/ui/notification_server.py stands in for the desktop's notification
daemon, which cannot run here.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication

from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.instance import APP_ID
from onionpanel.ui.shell.notifications import DesktopNotifications
from onionpanel.ui.shell.tray import Tray
from tests.conftest import dispose_panel
from tests.ui import session_bus
from tests.ui.test_end_to_end import run_on_qasync

HERE = Path(__file__).resolve().parent
pytestmark = pytest.mark.skipif(not session_bus.available(), reason="needs dbus-daemon, gdbus")


@pytest.fixture
def server() -> Iterator[tuple[str, subprocess.Popen[str]]]:
    with session_bus.session_bus() as address:
        process = subprocess.Popen(
            [sys.executable, str(HERE / "notification_server.py"), address],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready"
            yield address, process
        finally:
            process.terminate()
            process.wait(timeout=10)


def _everything_received(process: subprocess.Popen[str]) -> list[dict[str, Any]]:
    process.terminate()
    output, _ = process.communicate(timeout=10)
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_without_a_tray_the_panel_notifies_over_dbus(
    qapp: QApplication, server: tuple[str, subprocess.Popen[str]]
) -> None:
    address, process = server
    panel = Panel(qapp, Tray(), parse_args(["--control", "127.0.0.1:1"]))
    panel.notification_bus = address
    assert not panel.tray.isVisible()

    async def scenario() -> None:
        panel._notify("New identity", "Exit relay test1 (DE)")
        panel._notify("New identity", "Tor reused the same exit")
        await asyncio.sleep(0.5)
        await panel.settle()

    try:
        run_on_qasync(qapp, scenario)
    finally:
        dispose_panel(panel)
    received = _everything_received(process)
    assert len(received) == 2, received
    first, second = received
    assert first["summary"] == "New identity"
    assert first["body"] == "Exit relay test1 (DE)"
    assert first["app"] == "OnionPanel"
    assert first["hints"] == {"desktop-entry": APP_ID}
    assert first["signature"] == "susssasa{sv}i"
    assert second["replaces_id"] == 1, "a newer notice of the same kind replaces the shown one"


def test_no_notification_server_is_reported_not_raised(qapp: QApplication) -> None:
    with session_bus.session_bus() as address:
        notifications = DesktopNotifications(address)

        async def scenario() -> bool:
            sent = await notifications.notify("Title", "Body")
            await notifications.close()
            return sent

        assert run_on_qasync(qapp, scenario) is False
    assert notifications.unavailable
