"""TorConnection, as the panel uses it, against the misbehaving ports of issue 11 (the fake
port of tests/fakeport.py: a real tor cannot be made to send these): malformed events are
skipped and delivery goes on; a handler failing past every except, events piling up for the
loop, a command past its deadline or a protocol violation drops the connection, says why and
reconnects; close() never waits for tor; an oversized reply costs little memory and a large
legitimate one at most about 3x its size."""

from __future__ import annotations

import asyncio
import threading
import time
import tracemalloc
from typing import Any

import pytest

from onionpanel.core import circuits as core
from onionpanel.core.status import ConnectionPhase, TorStatus
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.errors import ProtocolBroken, TorStoppedAnswering
from onionpanel.tor.translate import CIRCUIT_EVENT_TYPES, translate
from tests.control_scenarios import GOOD_CIRC, SCENARIOS, Scenario, by_name
from tests.fakeport import STALL, FakeControlPort, PortProcess, Script, reply_lines


class Statuses:
    def __init__(self) -> None:
        self.seen: list[tuple[float, TorStatus]] = []

    def __call__(self, status: TorStatus) -> None:
        self.seen.append((time.monotonic(), status))

    def since(self, moment: float) -> list[TorStatus]:
        return [status for at, status in self.seen if at >= moment]

    async def wait_for(self, phase: ConnectionPhase, after: float, limit: float = 10) -> TorStatus:
        async def reached() -> TorStatus:
            while True:
                for status in self.since(after):
                    if status.phase is phase:
                        return status
                await asyncio.sleep(0.02)

        return await asyncio.wait_for(reached(), limit)


def connection_to(port: FakeControlPort, statuses: Statuses, deadline: float = 10) -> TorConnection:
    return TorConnection(port.endpoint, defaults=(), on_status=statuses, deadline=deadline)


@pytest.mark.parametrize(
    "scenario", [s for s in SCENARIOS if s.events_survive], ids=lambda s: s.name
)
async def test_events_keep_coming_after_malformed_ones(scenario: Scenario) -> None:
    arrived = asyncio.Event()

    def on_events(batch: list[Any]) -> None:
        if any(isinstance(e, core.CircEvent) and e.id == "7" for e in batch):
            arrived.set()

    with FakeControlPort(scenario.script) as port:
        connection = connection_to(port, Statuses())
        connection.add_event_handler(CIRCUIT_EVENT_TYPES, on_events, translate)
        await connection.connect()
        try:
            await asyncio.wait_for(arrived.wait(), 10)
            assert connection.status.phase is ConnectionPhase.CONNECTED
            skipped = sum(connection.skipped_events.values())
            assert (skipped > 0) == (scenario.name != "plain-tor")
        finally:
            await connection.close()


class Boom(BaseException):
    """Gets past every ``except Exception``, as a bug in stem could: it would end the thread
    that reads tor's lines."""


async def test_a_flood_of_malformed_events_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    with FakeControlPort(by_name("malformed-flood").script) as port:
        connection = connection_to(port, Statuses())
        await connection.connect()
        try:
            for _ in range(200):
                if connection.skipped_events.get("CIRC", 0) >= 2000:
                    break
                await asyncio.sleep(0.05)
        finally:
            await connection.close()
    logged = [r for r in caplog.records if "skipped a malformed CIRC" in r.getMessage()]
    assert len(logged) == 1


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # on purpose
async def test_a_failure_past_every_handler_drops_and_reconnects_within_a_second() -> None:
    """Nothing polls for it: the thread that reads tor's lines ends the connection, with the
    reason, and goes on to see the close (a reader that died would leave every command
    waiting for its deadline)."""
    exploded: list[float] = []
    armed = threading.Event()

    def explode_once(event: Any) -> Any:
        if armed.is_set() and not exploded:
            exploded.append(time.monotonic())
            raise Boom()
        return translate(event)

    # the fatal event comes with the answer to a command sent once the connection is up
    with_event = reply_lines(GOOD_CIRC, "250-circuit-status=", "250 OK")
    with FakeControlPort(Script(replies={"GETINFO circuit-status": with_event})) as port:
        statuses = Statuses()
        connection = connection_to(port, statuses)
        connection.add_event_handler(CIRCUIT_EVENT_TYPES, lambda batch: None, explode_once)
        await connection.connect()
        start = time.monotonic()
        armed.set()
        try:
            await connection.get_info("circuit-status")
            dropped = await statuses.wait_for(ConnectionPhase.RECONNECTING, start)
            noticed = next(at for at, s in statuses.seen if s is dropped)
            assert noticed - exploded[0] < 1.0
            assert "handing on tor's events failed" in dropped.error
            await statuses.wait_for(ConnectionPhase.CONNECTED, noticed)
            assert port.connections == 2
        finally:
            await connection.close()


async def test_a_command_past_its_deadline_drops_and_reconnects() -> None:
    with FakeControlPort(Script(replies={"GETINFO circuit-status": STALL})) as port:
        statuses = Statuses()
        connection = connection_to(port, statuses, deadline=1)
        await connection.connect()
        try:
            asked = time.monotonic()
            with pytest.raises(
                TorStoppedAnswering, match="no reply to GETINFO circuit-status within 1 s"
            ):
                await asyncio.wait_for(connection.get_info("circuit-status"), 5)
            dropped = await statuses.wait_for(ConnectionPhase.RECONNECTING, asked)
            assert dropped.error.startswith("tor stopped answering")
            await statuses.wait_for(ConnectionPhase.CONNECTED, asked)
            assert connection.status.error == ""
        finally:
            await connection.close()


@pytest.mark.parametrize(
    "stall",
    [
        {"GETINFO circuit-status": STALL},  # a command in flight
        {"GETINFO circuit-status": (b"250+circuit-status=\r\n1 BUILT", STALL)},  # mid-reply
    ],
)
async def test_close_never_waits_for_tor(stall: dict[str, Any]) -> None:
    with FakeControlPort(Script(replies=stall)) as port:
        connection = connection_to(port, Statuses())
        await connection.connect()
        stuck = asyncio.ensure_future(connection.get_info("circuit-status"))
        await asyncio.sleep(0.3)
        started = time.monotonic()
        await asyncio.wait_for(connection.close(), 5)
        assert time.monotonic() - started < 2
        assert connection.status.phase is ConnectionPhase.DISCONNECTED
        with pytest.raises(Exception):  # noqa: B017, PT011 (whichever way it ended)
            await asyncio.wait_for(stuck, 3)


async def test_close_never_waits_for_a_port_that_never_answers_protocolinfo() -> None:
    with FakeControlPort(by_name("silent-from-the-start").script) as port:
        connection = connection_to(port, Statuses())
        attempt = asyncio.ensure_future(connection.connect(retry=True))
        await asyncio.sleep(0.5)
        started = time.monotonic()
        await asyncio.wait_for(connection.close(), 5)
        assert time.monotonic() - started < 2
        attempt.cancel()


@pytest.mark.parametrize(
    "reply", [b"999 OK\r\n", b"abc OK\r\n", b"2\x0050 OK\r\n"], ids=["999", "letters", "nul"]
)
async def test_a_garbage_reply_code_drops_and_reconnects_with_the_reason(reply: bytes) -> None:
    with FakeControlPort(Script(replies={"GETINFO ns/all": reply})) as port:
        statuses = Statuses()
        connection = connection_to(port, statuses)
        await connection.connect()
        try:
            asked = time.monotonic()
            with pytest.raises(ProtocolBroken, match="broke the control protocol"):
                await connection.get_info("ns/all")
            dropped = await statuses.wait_for(ConnectionPhase.RECONNECTING, asked)
            assert "broke the control protocol" in dropped.error
            await statuses.wait_for(ConnectionPhase.CONNECTED, asked)
        finally:
            await connection.close()


async def _peak_while(work: Any) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        outcome: Any
        try:
            outcome = await work
        except Exception as error:
            outcome = error
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


async def test_a_10_mb_line_is_refused_without_holding_it() -> None:
    huge = b"250-circuit-status=" + b"9" * (10 << 20) + b"\r\n250 OK\r\n"
    with FakeControlPort(Script(replies={"GETINFO circuit-status": huge})) as port:
        connection = connection_to(port, Statuses())
        await connection.connect()
        try:
            outcome, peak = await _peak_while(connection.get_info("circuit-status"))
            assert isinstance(outcome, ProtocolBroken)
            assert "larger than" in str(outcome)
            assert peak < 3 * (10 << 20)
        finally:
            await connection.close()


async def test_a_large_legitimate_reply_costs_at_most_about_three_times_its_size() -> None:
    scenario = by_name("large-ns-all")
    size = len(scenario.script.info["ns/all"])
    with PortProcess(scenario.name) as port:  # its own allocations must not count here
        connection = TorConnection(port.endpoint, defaults=())
        await connection.connect()
        try:
            outcome, peak = await _peak_while(connection.get_info("ns/all"))
            assert isinstance(outcome, str)
            assert len(outcome) >= size
            print(f"peak {peak / size:.2f}x the reply")
            assert peak < 3 * size, f"{peak / size:.1f}x"
        finally:
            await connection.close()


async def test_events_piling_up_for_the_loop_drop_the_connection_with_the_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What waits for the loop is bounded: a loop that cannot keep up ends the connection.
    (stem's reader handles each event as it reads it, so nothing piles up on stem's side: a
    slow listener there only makes tor wait.)"""
    from onionpanel.tor import connection as connection_module

    monkeypatch.setattr(connection_module, "MAX_BACKLOG", 100)

    def slow_loop(batch: list[Any]) -> None:
        if not slow_loop.__dict__.get("done"):
            slow_loop.__dict__["done"] = True
            time.sleep(0.5)  # the loop busy elsewhere while tor's 1,000 events come in

    flood = reply_lines(*[f"650 BW {n} {n}" for n in range(1000)])
    with FakeControlPort(Script(after_setevents=flood)) as port:
        statuses = Statuses()
        connection = connection_to(port, statuses)
        connection.add_event_handler({"BW"}, slow_loop)
        start = time.monotonic()
        try:
            try:
                await connection.connect()
            except ProtocolBroken as error:
                reason = str(error)
            else:
                reason = (await statuses.wait_for(ConnectionPhase.RECONNECTING, start)).error
            assert "faster than the panel can take them" in reason
        finally:
            await connection.close()


async def test_a_consensus_event_reaches_its_handler_as_text_without_stems_entry_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 18: stem would parse every router status entry of a NEWCONSENSUS (thousands,
    hourly) on the thread that also reads our commands' replies; the relay list only wants
    the text (tor.relay_events), so stem's entry parser never runs."""
    import stem.descriptor.router_status_entry as entries

    from onionpanel.tor.relay_events import NS_EVENTS, ns_event_text

    parsed: list[object] = []
    original = entries._parse_file
    monkeypatch.setattr(
        entries, "_parse_file", lambda *a, **k: parsed.append(a) or original(*a, **k)
    )
    relay = f"r relay1 {'A' * 27} {'B' * 27} 2026-12-01 00:00:00 10.0.0.1 9001 0"
    event = reply_lines("650+NEWCONSENSUS", relay, "s Fast Running Valid", ".", "650 OK")
    got: list[tuple[str, str]] = []
    arrived = asyncio.Event()

    def on_events(batch: list[tuple[str, str]]) -> None:
        got.extend(batch)
        arrived.set()

    with FakeControlPort(Script(after_setevents=event)) as port:
        connection = connection_to(port, Statuses())
        connection.add_event_handler(NS_EVENTS, on_events, ns_event_text)
        await connection.connect()
        try:
            await asyncio.wait_for(arrived.wait(), 10)
        finally:
            await connection.close()
    assert got
    assert {kind for kind, _ in got} == {"NEWCONSENSUS"}  # sent after each SETEVENTS
    assert relay in got[0][1]
    assert parsed == []
