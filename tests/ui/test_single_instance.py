"""One panel per session: a second ``onionpanel`` hands its action to the first and exits.

Real processes on a real (private) dbus-daemon session bus; the first panel is attached to the
sandbox's tor, and the NEWNYM that a second ``onionpanel --new-identity`` asks for is seen by a
separate control connection as tor's own SIGNAL event.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from stem.control import Controller, EventType

from PySide6.QtWidgets import QApplication

from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.tor.auth import authenticate, read_protocolinfo
from onionpanel.tor.discovery import open_endpoint
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.instance import APP_ID, OBJECT_PATH, PanelInstance
from onionpanel.ui.shell.tray import Tray
from tests.conftest import dispose_panel
from tests.ui import session_bus

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not session_bus.available(), reason="needs dbus-daemon, gdbus")


@pytest.fixture
def bus() -> Iterator[str]:
    with session_bus.session_bus() as address:
        yield address


def _environment(address: str, tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        DBUS_SESSION_BUS_ADDRESS=address,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )


def _wait_for_owner(address: str, first: subprocess.Popen[str], timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        owner = session_bus.name_owner(address, APP_ID)
        if owner:
            return owner
        assert first.poll() is None, "the first panel exited"
        time.sleep(0.2)
    raise AssertionError(f"no panel took {APP_ID} on the session bus")


def _launch(env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onionpanel", *arguments],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.tor
@pytest.mark.slow
def test_second_launch_passes_new_identity_to_the_running_panel(
    bus: str, sandbox: SandboxNetwork, tmp_path: Path
) -> None:
    env = _environment(bus, tmp_path)
    control = f"127.0.0.1:{sandbox.control_port}"
    first = subprocess.Popen(
        [sys.executable, "-m", "onionpanel", "--control", control],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    signals: queue.Queue[str] = queue.Queue()
    try:
        owner = _wait_for_owner(bus, first)
        with Controller(open_endpoint(sandbox.control_endpoint)) as controller:
            # not controller.authenticate(): in the process that owns the sandbox, stem would
            # also TAKEOWNERSHIP, and the sandbox's tor would exit with this connection
            protocolinfo, plan = read_protocolinfo(controller, sandbox.control_endpoint)
            authenticate(controller, sandbox.control_endpoint, plan[0], protocolinfo.cookie_path)
            controller.add_event_listener(lambda event: signals.put(event.signal), EventType.SIGNAL)
            time.sleep(3)  # the first panel attaches to tor and builds its circuit model

            started = time.monotonic()
            second = _launch(env, "--new-identity", "--control", control)
            print(f"second launch handed over in {time.monotonic() - started:.2f} s")
            assert second.returncode == 0, second.stdout + second.stderr
            received = signals.get(timeout=30)
            assert received == "NEWNYM"

        raised = _launch(env)  # a plain second launch: raise the first panel's window
        assert raised.returncode == 0, raised.stdout + raised.stderr
        assert first.poll() is None, "the first panel must keep running"
        assert session_bus.name_owner(bus, APP_ID) == owner, "no second panel took over"
    finally:
        first.terminate()
        output, _ = first.communicate(timeout=30)
    assert first.returncode == 0, output


def test_activate_over_the_bus_opens_the_window(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    bus: str,
) -> None:
    panel = Panel(qapp, Tray(), parse_args(["--control", "127.0.0.1:1"]))
    instance = PanelInstance(bus)
    try:
        assert instance.claim()
        panel.follow_instance(instance)
        assert panel._window is None
        with qtbot.waitSignal(instance.activated, timeout=10000):
            caller = subprocess.Popen(
                ["gdbus", "call", "--address", bus, "--dest", APP_ID, "--object-path",
                 OBJECT_PATH, "--method", "org.freedesktop.Application.Activate", "{}"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
        assert caller.wait(timeout=10) == 0, caller.stderr.read() if caller.stderr else ""
        assert panel.window.isVisible()
        second = PanelInstance(bus)
        assert not second.claim(), "the name is taken: a later launch must not serve too"
        second.release()
    finally:
        instance.release()
        dispose_panel(panel)
