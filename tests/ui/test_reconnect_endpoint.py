"""Issue 12, item 1: a sandbox never attaches to anything but its sandbox. After the sandbox's
client tor is stopped, reconnecting tries its endpoint only, even with another tor answering at
a place discovery would look; discovery runs only when the person named no endpoint.

A stand-in for "the machine's system tor": a real tor (tor_factory, DisableNetwork) on a free
port, put in place of the tor layer's usual places (the TorConnection default of ``defaults``);
the real ones (/run/tor/control, 9051, 9151) belong to whatever runs on this machine and must
not be bound by a test."""

from __future__ import annotations

import asyncio

import pytest

from PySide6.QtWidgets import QApplication

from onionpanel.core.status import ConnectionPhase
from onionpanel.launcher.process import TorProcess
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.sandbox.pytest_plugin import TorFactory
from onionpanel.tor.connection import TorConnection
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray
from tests.ui.test_circuits_live import wait_for
from tests.ui.test_end_to_end import run_on_qasync

pytestmark = [pytest.mark.tor, pytest.mark.slow]


@pytest.fixture
def system_tor(tor_factory: TorFactory, monkeypatch: pytest.MonkeyPatch) -> TorProcess:
    tor = tor_factory(["CookieAuthentication 1"])
    defaults = dict(TorConnection.__init__.__kwdefaults__ or {})
    defaults["defaults"] = (tor.control_endpoint,)
    monkeypatch.setattr(TorConnection.__init__, "__kwdefaults__", defaults)
    return tor


def test_sandbox_reconnects_only_to_its_own_tor(
    qapp: QApplication, sandbox: SandboxNetwork, system_tor: TorProcess
) -> None:
    panel = Panel(qapp, Tray(), parse_args(["--sandbox"]))
    session = panel.session
    seen: list[object] = []
    session.status_changed.connect(lambda status: seen.append(status.endpoint))

    async def scenario() -> None:
        assert await session.attach(sandbox.control_endpoint)
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, sandbox.stop_client)
            await wait_for(lambda: session.status.phase is not ConnectionPhase.CONNECTED)
            await asyncio.sleep(6)  # several reconnect attempts (backoff 0.5, 1, 2 s ...)
            assert session.status.phase is not ConnectionPhase.CONNECTED
            assert system_tor.control_endpoint not in seen
            await loop.run_in_executor(None, sandbox.start_client)
            await wait_for(lambda: session.status.phase is ConnectionPhase.CONNECTED, within=40)
            assert session.status.endpoint == sandbox.control_endpoint
            assert session.status.sandbox
        finally:
            await session.close()
            await panel.settle()

    run_on_qasync(qapp, scenario, timeout=120)
    assert system_tor.control_endpoint not in seen


def test_discovery_runs_when_no_endpoint_was_named(
    qapp: QApplication, system_tor: TorProcess
) -> None:
    panel = Panel(qapp, Tray(), parse_args([]))
    session = panel.session

    async def scenario() -> None:
        try:
            assert await session.attach(None)
            assert session.status.endpoint == system_tor.control_endpoint
        finally:
            await session.close()
            await panel.settle()

    run_on_qasync(qapp, scenario, timeout=60)
