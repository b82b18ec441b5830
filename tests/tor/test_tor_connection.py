"""TorConnection against real tors: phases, reconnecting when tor restarts, events delivered
on the loop in batches, commands, and rate-limited NEWNYM."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from onionpanel.core.status import ConnectionPhase, ControlEndpoint, TorStatus
from onionpanel.launcher.process import TorProcess, free_tcp_port
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.errors import CommandFailed, NoControlPort, NotConnected

StartTor = Callable[..., tuple[TorProcess, ControlEndpoint]]  # the start_tor fixture
FAKE_FINGERPRINT = "A" * 40


class Phases:
    """Records every status and lets a test await a phase."""

    def __init__(self) -> None:
        self.seen: list[TorStatus] = []
        self._changed = asyncio.Event()

    def __call__(self, status: TorStatus) -> None:
        self.seen.append(status)
        self._changed.set()

    @property
    def phases(self) -> list[ConnectionPhase]:
        return [status.phase for status in self.seen]

    async def wait_for(self, phase: ConnectionPhase) -> None:
        async def reached() -> None:
            while not self.seen or self.seen[-1].phase is not phase:
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(reached(), 20)


async def test_not_connected_yet() -> None:
    connection = TorConnection("127.0.0.1:1", defaults=())
    with pytest.raises(NotConnected):
        await connection.get_info("version")
    with pytest.raises(NoControlPort):
        await connection.connect()
    assert connection.status.phase is ConnectionPhase.DISCONNECTED
    assert connection.status.error.startswith("no tor control port answered")


async def test_reconnects_when_tor_restarts_on_the_same_port(start_tor: StartTor) -> None:
    port = free_tcp_port()
    tor, endpoint = start_tor(f"ControlPort 127.0.0.1:{port}", "CookieAuthentication 1")
    phases = Phases()
    connection = TorConnection(endpoint, defaults=(), on_status=phases)
    signals: list[tuple[int, list[Any]]] = []
    connection.add_event_handler(
        {"SIGNAL"}, lambda batch: signals.append((threading.get_ident(), batch))
    )
    try:
        await connection.connect()
        await asyncio.to_thread(tor.stop)
        await phases.wait_for(ConnectionPhase.RECONNECTING)
        await asyncio.sleep(0.3)  # a few failed attempts while tor is away
        await asyncio.to_thread(tor.start)
        await asyncio.to_thread(tor.wait_for_control_port)
        port_back = time.monotonic()
        await phases.wait_for(ConnectionPhase.CONNECTED)
        print(
            f"\nreconnected {time.monotonic() - port_back:.3f} s after the control port came back"
        )

        # subscriptions survive the reconnect
        assert await connection.signal_newnym() == 0.0
        assert signals
        assert {thread for thread, _ in signals} == {threading.get_ident()}
    finally:
        await connection.close()
    assert phases.phases[:3] == [
        ConnectionPhase.CONNECTING,
        ConnectionPhase.AUTHENTICATING,
        ConnectionPhase.CONNECTED,
    ]
    assert ConnectionPhase.RECONNECTING in phases.phases
    assert phases.phases[-2:] == [ConnectionPhase.CONNECTED, ConnectionPhase.DISCONNECTED]
    reconnecting = [s for s in phases.seen if s.phase is ConnectionPhase.RECONNECTING]
    assert reconnecting[0].error == "the connection to tor was lost"


async def test_connect_with_retry_waits_for_a_tor_to_appear(start_tor: StartTor) -> None:
    port = free_tcp_port()
    connection = TorConnection(f"127.0.0.1:{port}", defaults=())
    try:
        attempt = asyncio.create_task(connection.connect(retry=True))
        await asyncio.sleep(0.2)
        assert not attempt.done()
        assert connection.status.phase is ConnectionPhase.CONNECTING
        await asyncio.to_thread(start_tor, f"ControlPort 127.0.0.1:{port}")
        status = await asyncio.wait_for(attempt, 20)
        assert status.phase is ConnectionPhase.CONNECTED
    finally:
        await connection.close()


async def test_close_while_reconnecting_stops_trying(start_tor: StartTor) -> None:
    tor, endpoint = start_tor(f"ControlPort 127.0.0.1:{free_tcp_port()}")
    phases = Phases()
    connection = TorConnection(endpoint, defaults=(), on_status=phases)
    await connection.connect()
    await asyncio.to_thread(tor.stop)
    await phases.wait_for(ConnectionPhase.RECONNECTING)
    await connection.close()
    assert connection.status.phase is ConnectionPhase.DISCONNECTED
    await asyncio.sleep(0.3)
    assert phases.seen[-1].phase is ConnectionPhase.DISCONNECTED


async def test_events_arrive_in_batches_on_the_loop_and_can_be_removed(
    start_tor: StartTor,
) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    connection = TorConnection(endpoint, defaults=())
    batches: list[tuple[int, list[str]]] = []
    await connection.connect()
    try:
        remove = connection.add_event_handler(
            {"signal"},
            lambda batch: batches.append((threading.get_ident(), batch)),
            translate=lambda event: f"signal {event.signal}",
        )
        assert await connection.signal_newnym() == 0.0
        assert batches == [(threading.get_ident(), ["signal NEWNYM"])]
        remove()
        await connection.get_info("version")  # the removal has reached stem (same worker)
        await connection.signal_newnym()
        assert len(batches) == 1
    finally:
        await connection.close()


async def test_newnym_reports_tors_rate_limit(start_tor: StartTor) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    first = TorConnection(endpoint, defaults=())
    second = TorConnection(endpoint, defaults=())  # knows nothing of the first one's signal
    try:
        await first.connect()
        await second.connect()
        assert await first.signal_newnym() == 0.0
        wait = await second.signal_newnym()
        print(f"\ntor delays the second NEWNYM by {wait:.0f} s")
        assert 0 < wait <= 10
    finally:
        await first.close()
        await second.close()


async def test_commands(start_tor: StartTor) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    connection = TorConnection(endpoint, defaults=())
    try:
        await connection.connect()
        assert await connection.circuit_count() == 0  # DisableNetwork: nothing built
        with pytest.raises(CommandFailed, match="Unknown circuit"):
            await connection.close_circuit("999999")
        with pytest.raises(CommandFailed, match="Unknown stream"):
            await connection.close_stream("999999")
        assert connection.status.bootstrap.progress == 0
        assert connection.status.bootstrap.tag == "starting"
        assert connection.status.version_status
        assert not connection.status.sandbox
    finally:
        await connection.close()


async def test_a_testing_network_is_flagged_as_sandbox(start_tor: StartTor) -> None:
    _, endpoint = start_tor(
        "TestingTorNetwork 1",
        f"DirAuthority fake orport=1 v3ident={FAKE_FINGERPRINT} 127.0.0.1:1 {FAKE_FINGERPRINT}",
    )
    connection = TorConnection(endpoint, defaults=())
    try:
        assert (await connection.connect()).sandbox
    finally:
        await connection.close()


async def test_concurrent_connects_share_one_connection(start_tor: StartTor) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    phases = Phases()
    connection = TorConnection(endpoint, defaults=(), on_status=phases)
    try:
        first, second = await asyncio.gather(connection.connect(), connection.connect())
        assert first is second
        assert phases.phases.count(ConnectionPhase.CONNECTED) == 1
    finally:
        await connection.close()


async def test_no_worker_thread_outlives_a_failed_or_closed_connection(
    start_tor: StartTor,
) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    before = set(threading.enumerate())  # earlier tests' threads end on their own schedule
    closed = TorConnection(endpoint, defaults=())
    await closed.connect()
    await closed.close()
    with pytest.raises(NoControlPort):
        await TorConnection(f"127.0.0.1:{free_tcp_port()}", defaults=()).connect()
    ours = [t for t in threading.enumerate() if t.name.startswith("onionpanel-tor")]
    for thread in ours:
        if thread not in before:
            thread.join(10)
    assert not [t.name for t in ours if t.is_alive() and t not in before]
