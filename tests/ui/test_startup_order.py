"""The panel talks to tor before Qt: real `python -m onionpanel` processes against the sandbox.

The order of events comes from the panel's own record (ui.shell.early.timeline), written by the
start-up probe (bench/startup.py uses the same); a second launch is checked on a private
session bus with a listening socket of the test's own standing in for tor's control port.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.ui.shell.early import APP_ID, PROBE_ENV
from tests.ui import session_bus

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter where Qt, stem and asyncio cannot be imported at all.
WITHOUT_QT = """
import sys
for name in ("PySide6", "shiboken6", "stem", "asyncio", "qasync"):
    sys.modules[name] = None
from onionpanel.ui.shell.app import parse_args
from onionpanel.ui.shell.early import start
early = start(parse_args(sys.argv[1:]))
link = early.take(30)
print(link.method if link else "declined: " + early.reason)
"""


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    env.update(extra)
    return env


@pytest.mark.tor
def test_the_control_connection_needs_neither_qt_nor_stem(
    sandbox: SandboxNetwork, tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_QT, "--control", f"127.0.0.1:{sandbox.control_port}"],
        env=_env(tmp_path, **{PROBE_ENV: str(tmp_path / "unused.json")}),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "safecookie"


@pytest.mark.tor
@pytest.mark.slow
def test_the_panel_authenticates_before_its_widgets_exist(
    sandbox: SandboxNetwork, tmp_path: Path
) -> None:
    probe = tmp_path / "probe.json"
    process = subprocess.run(
        [sys.executable, "-m", "onionpanel", "--control", f"127.0.0.1:{sandbox.control_port}"],
        env=_env(tmp_path, **{PROBE_ENV: str(probe)}),
        capture_output=True, text=True, timeout=90, check=False,
    )  # fmt: skip
    assert process.returncode == 0, process.stderr
    figures = json.loads(probe.read_text())
    order = [name for name, _ in figures["timeline"]]
    print(order)
    assert figures["early_taken"], figures["early_reason"]
    assert order.index("tor authenticated") < order.index("window built")
    assert "Connected" in figures["tooltip"]  # the adopted connection is the live one


@pytest.mark.tor
@pytest.mark.slow
@pytest.mark.skipif(not session_bus.available(), reason="needs dbus-daemon, gdbus")
def test_a_second_launch_never_connects_to_tor(sandbox: SandboxNetwork, tmp_path: Path) -> None:
    listener = socket.create_server(("127.0.0.1", 0), backlog=8)
    listener.setblocking(False)
    with session_bus.session_bus() as bus, listener:
        env = _env(tmp_path, DBUS_SESSION_BUS_ADDRESS=bus)
        first = subprocess.Popen(
            [sys.executable, "-m", "onionpanel", "--control",
             f"127.0.0.1:{sandbox.control_port}"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while not session_bus.name_owner(bus, APP_ID):
                assert first.poll() is None, "the first panel exited"
                assert time.monotonic() < deadline, "the first panel never took its bus name"
                time.sleep(0.1)
            port = listener.getsockname()[1]
            second = subprocess.run(
                [sys.executable, "-m", "onionpanel", "--control", f"127.0.0.1:{port}"],
                env=env, capture_output=True, text=True, timeout=60, check=False,
            )  # fmt: skip
            assert second.returncode == 0, second.stderr
            with pytest.raises(BlockingIOError):
                listener.accept()  # the kernel would have queued even a connection never used
        finally:
            first.terminate()
            first.wait(timeout=30)
