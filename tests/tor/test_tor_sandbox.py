"""The tor layer on the private Tor network (the session's ``sandbox`` fixture): a fully
bootstrapped client with circuits, the CLI on it, and reconnecting when the client restarts."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from onionpanel.core.status import AuthMethod, ConnectionPhase, TorStatus
from onionpanel.tor.connection import TorConnection

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


async def test_bootstrapped_client_with_circuits(sandbox: Any) -> None:
    await asyncio.to_thread(sandbox.check_fetch)  # makes sure a circuit has been built
    connection = TorConnection(sandbox.control_endpoint, defaults=())
    try:
        status = await connection.connect()
        assert status.bootstrap.progress == 100
        assert status.auth_method is AuthMethod.SAFECOOKIE
        assert status.sandbox
        assert await connection.circuit_count() >= 1
    finally:
        await connection.close()


def test_status_json_on_the_sandbox(sandbox: Any) -> None:
    command = [sys.executable, "-m", "onionpanel", "status", "--json"]
    result = subprocess.run(
        [*command, "--control", str(sandbox.control_endpoint)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["bootstrap"]["progress"] == 100
    assert report["sandbox"] is True
    text = subprocess.run(
        [*command[:-1], "--control", str(sandbox.control_endpoint)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert text.stdout.splitlines()[0] == "Sandbox — not anonymous"


async def test_reconnects_and_follows_bootstrap_when_the_client_restarts(sandbox: Any) -> None:
    statuses: list[TorStatus] = []
    changed = asyncio.Event()

    def on_status(status: TorStatus) -> None:
        statuses.append(status)
        changed.set()

    async def until(condition: Any) -> None:
        async def check() -> None:
            while not (statuses and condition(statuses[-1])):
                changed.clear()
                await changed.wait()

        await asyncio.wait_for(check(), 60)

    connection = TorConnection(sandbox.control_endpoint, defaults=(), on_status=on_status)
    try:
        await connection.connect()
        await asyncio.to_thread(sandbox.stop_client)
        await until(lambda s: s.phase is ConnectionPhase.RECONNECTING)
        restarted = time.monotonic()
        restart = asyncio.create_task(asyncio.to_thread(sandbox.start_client))
        await until(lambda s: s.phase is ConnectionPhase.CONNECTED)
        print(f"\nreconnected {time.monotonic() - restarted:.2f} s after restarting the client")
        await restart
        await until(lambda s: s.bootstrap.progress == 100)
        seen = sorted(
            {s.bootstrap.progress for s in statuses if s.phase is ConnectionPhase.CONNECTED}
        )
        print(f"bootstrap steps seen while connected: {seen}")
    finally:
        await connection.close()


async def test_twenty_client_restarts_in_a_row_each_reconnect(sandbox: Any) -> None:
    """Issue 11: every restart of a real tor reconnects (times printed, not asserted)."""
    statuses: list[TorStatus] = []
    changed = asyncio.Event()

    def on_status(status: TorStatus) -> None:
        statuses.append(status)
        changed.set()

    async def until(condition: Any) -> None:
        async def check() -> None:
            while not (statuses and condition(statuses[-1])):
                changed.clear()
                await changed.wait()

        await asyncio.wait_for(check(), 60)

    connection = TorConnection(sandbox.control_endpoint, defaults=(), on_status=on_status)
    times: list[float] = []
    try:
        await connection.connect()
        for _ in range(20):
            await asyncio.to_thread(sandbox.stop_client)
            await until(lambda s: s.phase is ConnectionPhase.RECONNECTING)
            restarted = time.monotonic()
            restart = asyncio.create_task(asyncio.to_thread(sandbox.start_client))
            await until(lambda s: s.phase is ConnectionPhase.CONNECTED)
            times.append(time.monotonic() - restarted)
            await restart
        assert len(times) == 20
        assert connection.status.phase is ConnectionPhase.CONNECTED
        ordered = sorted(times)
        print(
            f"\n20 restarts: reconnected after median {ordered[10]:.2f} s, max {ordered[-1]:.2f} s"
        )
    finally:
        await connection.close()
