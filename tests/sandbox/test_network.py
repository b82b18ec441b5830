"""The session sandbox against real tor: a fetch through SOCKS, sandbox.json, strict exits,
the client restarting on the same ports, and an embedded tor joining the network."""

from __future__ import annotations

import json
import os
import re
import socket
import time
from pathlib import Path

import pytest

from onionpanel.launcher.embedded import EmbeddedTor
from onionpanel.sandbox.cli import is_sandbox_tor
from onionpanel.sandbox.network import NOT_ANONYMOUS, SandboxNetwork
from onionpanel.sandbox.probe import (
    BODY,
    LocalHttpServer,
    SocksError,
    http_get_via_socks,
    socks5_connect,
)

pytestmark = pytest.mark.tor


def _control_lines(port: int, cookie: Path, command: str) -> str:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as control:
        reader = control.makefile("rb")
        control.sendall(f"AUTHENTICATE {cookie.read_bytes().hex()}\r\n".encode())
        assert reader.readline().startswith(b"250")
        control.sendall(f"{command}\r\nQUIT\r\n".encode())
        return b"".join(iter(reader.readline, b"")).decode()


def test_a_fetch_through_socks_reaches_a_local_server_from_an_exit(
    sandbox: SandboxNetwork, local_http_server: LocalHttpServer
) -> None:
    body = http_get_via_socks(sandbox.socks_port, "127.0.0.1", local_http_server.port)

    assert body == BODY
    assert local_http_server.request_count == 1
    assert local_http_server.peers[0][0] == "127.0.0.1"  # the exit connected, on loopback


def test_sandbox_json_has_ports_cookie_relays_and_pids(sandbox: SandboxNetwork) -> None:
    info = json.loads((sandbox.root_dir / "sandbox.json").read_text())

    assert info["label"] == NOT_ANONYMOUS
    for key in ("control_port", "socks_port", "trans_port", "dns_port"):
        assert info[key] == getattr(sandbox, key) > 0
    assert Path(info["cookie_path"]).read_bytes().__len__() == 32
    assert len(info["relays"]) == 6
    assert all(re.fullmatch(r"[0-9A-F]{40}", relay["fingerprint"]) for relay in info["relays"])
    assert [r["nickname"] for r in info["relays"] if r["exit"]] == ["sbexit0", "sbexit1"]
    assert info["pids"] == sandbox.pids
    assert len(info["pids"]) == 7


def test_the_client_bootstrapped_and_speaks_cookie_auth(sandbox: SandboxNetwork) -> None:
    reply = _control_lines(
        sandbox.control_port, sandbox.cookie_path, "GETINFO status/bootstrap-phase"
    )
    assert "PROGRESS=100" in reply


def test_exits_refuse_a_destination_outside_exit_accept(sandbox: SandboxNetwork) -> None:
    # 192.0.2.1 is TEST-NET-1: documentation only, never routed. Nothing is sent anywhere.
    with pytest.raises(SocksError):
        socks5_connect(sandbox.socks_port, "192.0.2.1", 80, timeout=60).close()


def test_exit_descriptors_accept_only_loopback(sandbox: SandboxNetwork) -> None:
    authority = sandbox.root_dir / "nodes" / "sbauth0"
    descriptors = "".join(
        path.read_text(errors="replace") for path in authority.glob("cached-descriptors*")
    )
    for relay in sandbox.exit_relays:
        descriptor = descriptors.split(f"router {relay.nickname} ")[1].split("router-signature")[0]
        policy = [line for line in descriptor.splitlines() if line.startswith(("accept", "reject"))]
        assert policy == ["accept 127.0.0.0/8:*", "reject *:*"]


def test_the_client_restarts_on_the_same_ports(
    sandbox: SandboxNetwork, local_http_server: LocalHttpServer
) -> None:
    ports = (sandbox.control_port, sandbox.socks_port, sandbox.trans_port, sandbox.dns_port)
    old_pid = sandbox.pids["client"]

    sandbox.stop_client()
    assert "client" not in sandbox.pids
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", sandbox.control_port), timeout=2).close()
    sandbox.start_client()

    assert (sandbox.control_port, sandbox.socks_port, sandbox.trans_port, sandbox.dns_port) == ports
    assert sandbox.pids["client"] != old_pid
    sandbox.check_fetch(timeout=30)


def test_an_embedded_tor_can_join_the_sandbox(
    sandbox: SandboxNetwork, tmp_path: Path, local_http_server: LocalHttpServer
) -> None:
    embedded = EmbeddedTor(
        data_dir=tmp_path / "tor", extra_torrc_lines=[*sandbox.join_torrc_lines(), "SafeLogging 0"]
    )
    log = tmp_path / "tor" / "notice.log"
    try:
        started = embedded.start(timeout=30)
        for _attempt in range(300):  # ≈3 s on a sandbox; no timing is asserted
            if "Bootstrapped 100%" in log.read_text(errors="replace"):
                break
            assert embedded.running
            time.sleep(0.1)
        body = http_get_via_socks(started.socks_port, "127.0.0.1", local_http_server.port)
        assert body == BODY
    finally:
        embedded.stop()


def test_ctrl_c_during_start_leaves_no_tor_behind(tmp_path: Path) -> None:
    network = SandboxNetwork(tmp_path / "sb", owner_pid=os.getpid())
    seen: dict[str, int] = {}

    def interrupt_once_relays_run(step: str) -> None:
        if "consensus" in step:
            seen.update(network.pids)
            raise KeyboardInterrupt  # what Ctrl-C raises in the thread running start()

    with pytest.raises(KeyboardInterrupt):
        network.start(progress=interrupt_once_relays_run)

    assert len(seen) == 6
    torrcs = {name: str(tmp_path / "sb" / "nodes" / name / "torrc") for name in seen}
    assert not any(is_sandbox_tor(pid, torrcs[name]) for name, pid in seen.items())
    assert network.pids == {}
