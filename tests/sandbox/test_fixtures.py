"""The fixtures other tests build on (tor_factory, local_http_server) and the embedded tor,
all with real tor processes that have networking disabled."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

from onionpanel.launcher.embedded import EmbeddedTor, default_data_dir
from onionpanel.launcher.process import TorProcess
from onionpanel.sandbox.cli import is_sandbox_tor
from onionpanel.sandbox.probe import BODY, LocalHttpServer
from onionpanel.sandbox.pytest_plugin import TorFactory
from onionpanel.xdg import state_home

pytestmark = pytest.mark.tor
REPO = Path(__file__).resolve().parents[2]


def _protocolinfo(tor: TorProcess) -> str:
    endpoint = tor.control_endpoint
    assert endpoint is not None
    with socket.create_connection((endpoint.host, endpoint.port), timeout=10) as control:
        control.sendall(b"PROTOCOLINFO 1\r\nQUIT\r\n")
        reader = control.makefile("rb")
        return b"".join(iter(reader.readline, b"")).decode()


def test_tor_factory_gives_a_cookie_tor(tor_factory: TorFactory) -> None:
    tor = tor_factory(["CookieAuthentication 1"])

    assert "METHODS=COOKIE,SAFECOOKIE" in _protocolinfo(tor)
    assert tor.cookie_path.stat().st_size == 32


def test_tor_factory_gives_a_password_tor(tor_factory: TorFactory) -> None:
    hashed = subprocess.run(
        ["tor", "--quiet", "--hash-password", "correct horse"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[-1]

    tor = tor_factory([f"HashedControlPassword {hashed}"])

    assert "METHODS=HASHEDPASSWORD" in _protocolinfo(tor)


def test_tor_factory_without_auth_is_null_auth(tor_factory: TorFactory) -> None:
    assert "METHODS=NULL" in _protocolinfo(tor_factory())


def test_local_http_server_counts_requests_and_peers(local_http_server: LocalHttpServer) -> None:
    with urllib.request.urlopen(local_http_server.url, timeout=10) as response:
        assert response.read() == BODY

    assert local_http_server.request_count == 1
    assert local_http_server.peers[0][0] == "127.0.0.1"


def test_a_failing_test_leaves_no_tor_from_tor_factory(tmp_path: Path) -> None:
    (tmp_path / "test_inner.py").write_text(
        textwrap.dedent(
            """
            def test_fails(tor_factory):
                tor = tor_factory(["CookieAuthentication 1"])
                print(f"TORPID={tor.pid} TORRC={tor.torrc_path}")
                assert False, "on purpose"
            """
        )
    )
    result = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-s", "-q", "-p", "onionpanel.sandbox.pytest_plugin"),
            *("-p", "no:cacheprovider", "--rootdir", str(tmp_path), "test_inner.py"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    line = next(word for word in result.stdout.split() if word.startswith("TORPID="))
    torrc = next(word for word in result.stdout.split() if word.startswith("TORRC="))
    assert not is_sandbox_tor(int(line.split("=")[1]), torrc.split("=", 1)[1])


def test_xdg_state_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert default_data_dir() == tmp_path / "onionpanel" / "tor"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/ignored")
    assert state_home() == Path.home() / ".local" / "state"


def test_embedded_tor_starts_with_cookie_auth_and_stops(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    embedded = EmbeddedTor(extra_torrc_lines=["DisableNetwork 1"])
    try:
        started = embedded.start(timeout=30)

        assert started.data_dir == tmp_path / "state" / "onionpanel" / "tor"
        assert started.cookie_path == started.data_dir / "control_auth_cookie"
        assert started.cookie_path.stat().st_size == 32
        assert started.socks_port > 0
        assert started.endpoint.host == "127.0.0.1"
        torrc = (started.data_dir / "torrc").read_text()
        assert f"SocksPort 127.0.0.1:{started.socks_port}" in torrc
        assert f"__OwningControllerProcess {os.getpid()}" in torrc
        assert is_sandbox_tor(started.pid, str(started.data_dir / "torrc"))
    finally:
        embedded.stop()
    assert not embedded.running
    assert not is_sandbox_tor(started.pid, str(started.data_dir / "torrc"))


def _tors_under(directory: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            arguments = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if arguments[0].endswith(b"tor") and any(str(directory).encode() in a for a in arguments):
            pids.append(int(entry.name))
    return pids


def test_ctrl_c_while_the_sandbox_fixture_starts_leaves_no_tor(tmp_path: Path) -> None:
    (tmp_path / "test_inner.py").write_text("def test_uses_it(sandbox):\n    pass\n")
    basetemp = tmp_path / "inner"
    inner = subprocess.Popen(
        [
            *(sys.executable, "-m", "pytest", "-q", "-p", "onionpanel.sandbox.pytest_plugin"),
            *("-p", "no:cacheprovider", "--basetemp", str(basetemp), "test_inner.py"),
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        # A shell's background jobs ignore SIGINT; give the inner pytest a real Ctrl-C.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        for _poll in range(600):  # until the relays run (a few seconds)
            if _tors_under(basetemp) or inner.poll() is not None:
                break
            time.sleep(0.1)
        assert _tors_under(basetemp), "the sandbox never started its relays"
        inner.send_signal(signal.SIGINT)
        output, _ = inner.communicate(timeout=60)
    finally:
        inner.kill()
        inner.wait()

    assert b"KeyboardInterrupt" in output
    assert _tors_under(basetemp) == []
