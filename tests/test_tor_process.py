"""TorProcess against the real tor binary: start with networking off, read the control port,
stop, and leave nothing behind."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from onionpanel.launcher.process import TorProcess, TorStartError


def test_starts_opens_control_port_and_stops(tmp_path: Path) -> None:
    tor = TorProcess(
        tmp_path / "tor",
        ["DisableNetwork 1", "SocksPort 0", "ControlPort 127.0.0.1:auto", "CookieAuthentication 1"],
    )
    try:
        tor.start()
        endpoint = tor.wait_for_control_port(timeout=30)
        with socket.create_connection((endpoint.host, endpoint.port), timeout=5) as control:
            control.sendall(b"PROTOCOLINFO 1\r\n")
            assert b"COOKIE" in control.recv(4096)
    finally:
        tor.stop()
    assert not tor.running


def test_bad_torrc_raises_with_tors_words(tmp_path: Path) -> None:
    tor = TorProcess(tmp_path / "tor", ["NoSuchOption 1", "ControlPort 127.0.0.1:auto"])
    try:
        tor.start()
        with pytest.raises(TorStartError, match="NoSuchOption"):
            tor.wait_for_control_port(timeout=30)
    finally:
        tor.stop()
