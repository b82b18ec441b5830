"""The real panel against the real sandbox network: tor, stem, qasync and widgets together."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication

from onionpanel.core.status import AuthMethod, ConnectionPhase, TorStatus
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import IconKind, Tray
from tests.conftest import close_qasync_loop

pytestmark = [pytest.mark.tor, pytest.mark.slow]


def run_on_qasync(
    app: QApplication, scenario: Callable[[], Awaitable[Any]], timeout: float = 60
) -> Any:
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(asyncio.wait_for(scenario(), timeout=timeout))
    finally:
        close_qasync_loop(loop)
        asyncio.set_event_loop(None)


def test_window_reaches_connected_on_the_sandbox(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    sandbox: SandboxNetwork,
    artifacts: Path,
) -> None:
    panel = Panel(qapp, Tray(), parse_args(["--sandbox"]))
    panel.open_window()
    window = panel.window
    qtbot.addWidget(window)

    async def scenario() -> None:
        ready = asyncio.Event()

        def check(status: TorStatus) -> None:
            if status.bootstrap.done and status.version_status:
                ready.set()

        panel.session.status_changed.connect(check)
        try:
            assert await panel.session.attach(sandbox.control_endpoint)
            check(panel.session.status)
            await ready.wait()
            assert panel.tray.state is not None
            assert panel.tray.state.kind is IconKind.CONNECTED
            await asyncio.sleep(0.05)  # not processEvents(): see tests/ui/test_panel_live.py
            assert window.grab().save(str(artifacts / "status_window_sandbox.png"))
        finally:
            await panel.session.close()
            await panel.settle()

    run_on_qasync(qapp, scenario)
    status = panel.session.status
    assert status.sandbox
    page = window.status_page
    assert page.endpoint_label.text() == str(sandbox.control_endpoint)
    assert page.auth_label.text() in ("Safe cookie", "Cookie file")
    assert page.version_label.text().startswith(status.version or "?")
    assert window.sandbox_banner.isVisibleTo(window)
    assert "Sandbox — not anonymous" in panel.tray.toolTip()
    assert status.phase is ConnectionPhase.DISCONNECTED  # close() disconnects
    assert status.auth_method in (AuthMethod.SAFECOOKIE, AuthMethod.COOKIE, None)
