"""``onionpanel status`` and ``onionpanel newnym`` as a user runs them, against real tors."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from onionpanel.core.status import ControlEndpoint
from onionpanel.launcher.process import TorProcess, free_tcp_port

StartTor = Callable[..., tuple[TorProcess, ControlEndpoint]]  # the start_tor fixture
ROOT = Path(__file__).resolve().parents[2]


def onionpanel(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onionpanel", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_status_json(start_tor: StartTor) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    result = onionpanel("status", "--json", "--control", str(endpoint))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["endpoint"] == str(endpoint)
    assert report["auth_method"] == "safecookie"
    assert report["tor_version"].startswith("0.")
    assert report["bootstrap"]["progress"] == 0
    assert report["bootstrap"]["tag"] == "starting"
    assert report["built_circuits"] == 0
    assert report["sandbox"] is False


def test_status_text(start_tor: StartTor) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    result = onionpanel("status", "--control", str(endpoint))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"endpoint:   {endpoint}"
    assert lines[1] == "auth:       safecookie"
    assert lines[3] == "bootstrap:  0% Starting"
    assert lines[4] == "circuits:   0 built"


def test_status_cannot_connect_says_so_in_one_line() -> None:
    result = onionpanel("status", "--json", "--control", f"127.0.0.1:{free_tcp_port()}")
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"].startswith("no tor control port answered")
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(
        "onionpanel status: no tor control port answered; tried 127.0.0.1:"
    )


def test_status_cannot_authenticate_says_so_in_one_line(start_tor: StartTor) -> None:
    # the password is the output of `tor --hash-password secret`; no terminal to ask on
    _, endpoint = start_tor(
        "HashedControlPassword 16:8CB1E4A361D8B73B600D595BCB473A850E4EB6EDF7F3646767569C2046"
    )
    result = onionpanel("status", "--control", str(endpoint))
    assert result.returncode == 1
    assert result.stderr == (
        f"onionpanel status: tor at {endpoint} refused authentication: "
        "tor wants a control password and none was given\n"
    )


def test_status_bad_control_value() -> None:
    result = onionpanel("status", "--control", "localhost:tor")
    assert result.returncode == 1
    assert result.stderr.startswith(
        "onionpanel status: cannot use 'localhost:tor' as a control endpoint: "
        "the port 'tor' is not a number"
    )


def test_newnym_then_rate_limited(start_tor: StartTor) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    first = onionpanel("newnym", "--control", str(endpoint))
    second = onionpanel("newnym", "--control", str(endpoint))
    assert (first.returncode, first.stdout) == (0, "new circuits requested\n")
    assert second.returncode == 0
    assert second.stdout.startswith("tor rate-limits new identities: new circuits in ")
