"""Leak matrix 8: programs in two tor-isolated profiles never share a circuit.

A sandbox network of its own, whose client declares one SocksPort per profile (as a system's
torrc would). The same program (curl, so even the SOCKS username is the same) fetches the
same local page from both profiles, several times at once; tor's events must show every
stream of one profile on circuits that no stream of the other profile used."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from onionpanel.core.circuits import StreamEvent
from onionpanel.launcher.process import free_tcp_port
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.sandbox.probe import LocalHttpServer
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.translate import translate

REPO = Path(__file__).resolve().parents[2]
FETCHES = 3

pytestmark = [
    pytest.mark.tor,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl"),
]


@pytest.fixture(scope="module")
def two_ports() -> tuple[int, int]:
    return free_tcp_port(), free_tcp_port()


@pytest.fixture(scope="module")
def network(
    tmp_path_factory: pytest.TempPathFactory, two_ports: tuple[int, int]
) -> Iterator[SandboxNetwork]:
    sandbox = SandboxNetwork(
        tmp_path_factory.mktemp("isolation"),
        owner_pid=os.getpid(),
        client_extra_lines=[f"SocksPort 127.0.0.1:{port}" for port in two_ports],
    )
    try:
        sandbox.start(timeout=120)
        yield sandbox
    finally:
        sandbox.stop()


def config(path: Path, sandbox: SandboxNetwork, ports: tuple[int, int]) -> Path:
    profiles = "".join(
        f'[[profile]]\nname = "{name}"\nkind = "tor-isolated"\nsocks_port = {port}\n'
        for name, port in zip(("mail", "chat"), ports, strict=True)
    )
    path.write_text(
        f'schema = 1\n[tor]\ncontrol = "127.0.0.1:{sandbox.control_port}"\nuser = "debian-tor"\n'
        f"trans_port = {sandbox.trans_port}\ndns_port = {sandbox.dns_port}\n{profiles}"
    )
    return path


def stream_event(event: object) -> StreamEvent | None:
    translated = translate(event)
    return translated if isinstance(translated, StreamEvent) else None


def test_two_isolated_profiles_never_share_a_circuit(
    tmp_path: Path,
    network: SandboxNetwork,
    two_ports: tuple[int, int],
    local_http_server: LocalHttpServer,
) -> None:
    settings = config(tmp_path / "config.toml", network, two_ports)
    url = f"http://127.0.0.1:{local_http_server.port}/"
    run = [sys.executable, "-m", "onionpanel", "run", "--config", str(settings)]

    async def scenario() -> dict[int, set[str]]:
        connection = TorConnection(network.control_endpoint, sandbox=True)
        await connection.connect()
        circuits_by_group: dict[int, set[str]] = {}

        def on_streams(batch: list[StreamEvent]) -> None:
            for event in batch:
                group = event.source.session_group
                if (
                    event.circuit_id
                    and group is not None
                    and event.target.endswith(f":{local_http_server.port}")
                ):
                    circuits_by_group.setdefault(group, set()).add(event.circuit_id)

        remove = connection.add_event_handler({"STREAM"}, on_streams, stream_event)
        try:
            fetches = [
                asyncio.create_subprocess_exec(
                    *run,
                    profile,
                    "--",
                    "curl",
                    "-sf",
                    "--max-time",
                    "60",
                    url,
                    cwd=REPO,
                    stdout=subprocess.DEVNULL,
                )
                for profile in ("mail", "chat") * FETCHES
            ]
            processes = await asyncio.gather(*fetches)
            codes = await asyncio.gather(*(process.wait() for process in processes))
            assert codes == [0] * len(codes)
            await asyncio.sleep(0.5)  # the last events
            return circuits_by_group
        finally:
            remove()
            await connection.close()

    circuits_by_group = asyncio.run(scenario())
    assert len(circuits_by_group) == 2, circuits_by_group  # one session group per profile port
    first, second = circuits_by_group.values()
    assert first.isdisjoint(second), circuits_by_group
