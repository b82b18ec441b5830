"""The session sandbox against real tor: a fetch through SOCKS, sandbox.json, strict exits,
the client restarting on the same ports, and an embedded tor joining the network."""

from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest

from onionpanel.launcher.embedded import EmbeddedTor
from onionpanel.sandbox.cli import is_sandbox_tor
from onionpanel.sandbox.network import (
    NO_RESOLVER,
    NOT_ANONYMOUS,
    SandboxError,
    SandboxNetwork,
    temporary_sandbox,
)
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


def _small_network(root: Path) -> SandboxNetwork:
    """Quicker to build, for tests that interrupt the start."""
    return SandboxNetwork(root, authorities=1, middles=0, exits=1, owner_pid=os.getpid())


def test_ctrl_c_during_start_leaves_no_tor_behind(tmp_path: Path) -> None:
    network = _small_network(tmp_path / "sb")
    seen: dict[str, int] = {}

    def interrupt_once_relays_run(step: str) -> None:
        if "consensus" in step:
            seen.update(network.pids)
            raise KeyboardInterrupt  # what Ctrl-C raises in the thread running start()

    with pytest.raises(KeyboardInterrupt):
        network.start(progress=interrupt_once_relays_run)

    assert len(seen) == 2
    torrcs = {name: str(tmp_path / "sb" / "nodes" / name / "torrc") for name in seen}
    assert not any(is_sandbox_tor(pid, torrcs[name]) for name, pid in seen.items())
    assert network.pids == {}


def test_stop_from_another_thread_interrupts_start(tmp_path: Path) -> None:
    network = _small_network(tmp_path / "sb")
    seen: dict[str, int] = {}
    stopper = threading.Thread(target=network.stop)

    def stop_once_relays_run(step: str) -> None:
        if "consensus" in step:
            seen.update(network.pids)
            stopper.start()  # e.g. the panel quits while its sandbox is still starting

    with pytest.raises(SandboxError, match="stopped while it was starting"):
        network.start(progress=stop_once_relays_run)
    stopper.join(10)

    assert not stopper.is_alive()
    assert len(seen) == 2
    torrcs = {name: str(tmp_path / "sb" / "nodes" / name / "torrc") for name in seen}
    assert not any(is_sandbox_tor(pid, torrcs[name]) for name, pid in seen.items())


def _socks_resolve(socks_port: int, name: str) -> int:
    """tor's SOCKS5 RESOLVE extension (command 0xF0): asks an exit to resolve ``name``."""
    with socket.create_connection(("127.0.0.1", socks_port), timeout=60) as sock:
        sock.sendall(b"\x05\x01\x00")
        assert sock.recv(2) == b"\x05\x00"
        encoded = name.encode()
        sock.sendall(b"\x05\xf0\x00\x03" + bytes([len(encoded)]) + encoded + b"\x00\x00")
        return sock.recv(64)[1]


def test_exits_resolve_nothing(sandbox: SandboxNetwork) -> None:
    # The client refuses to send a hostname to exits that only accept 127.0.0.0/8 ...
    with pytest.raises(SocksError):
        socks5_connect(sandbox.socks_port, "sandbox-probe.invalid", 80, timeout=60).close()
    # ... and an exit asked to resolve sends the query only to a closed port on loopback
    # (checked by hand with a listener on 127.0.0.1:9), never to the host's resolver.
    assert _socks_resolve(sandbox.socks_port, "sandbox-probe.invalid") != 0
    resolv_conf = sandbox.root_dir / "resolv.conf"
    assert resolv_conf.read_text() == f"nameserver {NO_RESOLVER}\n"
    exit_torrc = (sandbox.root_dir / "nodes" / "sbexit0" / "torrc").read_text()
    assert f"ServerDNSResolvConfFile {resolv_conf}" in exit_torrc


def test_a_temporary_sandbox_removes_its_directory_on_stop() -> None:
    network = temporary_sandbox(owner_pid=os.getpid())
    assert network.root_dir.is_dir()
    assert network.owner_pid == os.getpid()

    network.stop()

    assert not network.root_dir.exists()


class _StoppedAfterKeysError(Exception):
    """Raised from the progress callback to end a start() once keys are made."""


def _keys_only(root: Path, cache: Path) -> SandboxNetwork:
    network = SandboxNetwork(root, authorities=1, middles=0, exits=1, key_cache=cache)

    def stop_before_relays(step: str) -> None:
        if step.startswith("starting"):
            raise _StoppedAfterKeysError

    with pytest.raises(_StoppedAfterKeysError):
        network.start(progress=stop_before_relays)
    return network


def test_relay_keys_are_reused_from_the_key_cache(tmp_path: Path) -> None:
    first = _keys_only(tmp_path / "a", tmp_path / "cache")
    second = _keys_only(tmp_path / "b", tmp_path / "cache")

    assert sorted(entry.name for entry in (tmp_path / "cache").iterdir()) == ["sbauth0", "sbexit0"]

    def identities(network: SandboxNetwork) -> list[tuple[str, str, str]]:
        return [(relay.nickname, relay.fingerprint, relay.v3ident) for relay in network.relays]

    assert identities(first) == identities(second)
    assert all(relay.fingerprint for relay in second.relays)
    assert second.relays[0].v3ident
    assert (tmp_path / "b" / "nodes" / "sbauth0" / "keys" / "authority_certificate").exists()
    assert ((tmp_path / "cache").stat().st_mode & 0o777) == 0o700  # secret keys inside


def test_client_extra_lines_end_the_client_torrc(tmp_path: Path) -> None:
    network = SandboxNetwork(tmp_path, client_extra_lines=["MapAddress www.sb.example 10.9.0.1"])
    network._prepare_directories()  # only the ports and folders; no tor is started
    try:
        lines = network._client_lines()
    finally:
        network.stop()

    assert lines[-1] == "MapAddress www.sb.example 10.9.0.1"
    assert "UseMicrodescriptors 0" in lines
    assert "ConfluxEnabled 0" in lines
