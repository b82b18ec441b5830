"""Issue 12, items 2 and 3, against real tor: "Drop circuits through that exit" closes every
circuit whose last hop is that exit and reports the true count; New Identity's verdict is right
(a sandbox with a single exit forces "reused", even after the circuit that carried the earlier
traffic has closed and left the view); the result strip goes away once disconnected."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from onionpanel.core import circuits as core
from onionpanel.core.circuit_status import snapshot
from onionpanel.core.identity import IdentityOutcome
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.sandbox.probe import LocalHttpServer, http_get_via_socks
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.translate import CIRCUIT_EVENT_TYPES, translate
from onionpanel.ui.circuits.feed import CircuitFeed
from onionpanel.ui.circuits.identity import IdentityBar, NewIdentity
from onionpanel.ui.circuits.model import CircuitModel
from tests.ui.test_circuits_live import stream_to, wait_for
from tests.ui.test_end_to_end import run_on_qasync

pytestmark = [pytest.mark.tor, pytest.mark.slow]


@pytest.fixture(scope="module")
def one_exit_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxNetwork]:
    """A sandbox whose only exit is sbexit0: every new identity must reuse it."""
    network = SandboxNetwork(
        tmp_path_factory.mktemp("one-exit"), exits=1, middles=1, owner_pid=os.getpid()
    )
    try:
        network.start(timeout=90)
        yield network
    finally:
        network.stop()


async def attach(sandbox: SandboxNetwork) -> tuple[TorConnection, CircuitModel, CircuitFeed]:
    model = CircuitModel()
    feed = CircuitFeed(model, linger=0.5)
    connection = TorConnection(sandbox.control_endpoint, sandbox=True)
    await connection.connect()
    connection.add_event_handler(CIRCUIT_EVENT_TYPES, feed.on_events, translate)
    feed.load(
        await connection.get_info("circuit-status"), await connection.get_info("stream-status")
    )
    return connection, model, feed


def test_one_exit_new_identity_says_reused_and_the_strip_goes_when_disconnected(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    one_exit_sandbox: SandboxNetwork,
    local_http_server: LocalHttpServer,
    artifacts: Path,
) -> None:
    sandbox = one_exit_sandbox
    target = f"127.0.0.1:{local_http_server.port}"

    def fetch() -> None:
        http_get_via_socks(sandbox.socks_port, "127.0.0.1", local_http_server.port)

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        connection, model, _feed = await attach(sandbox)
        identity = NewIdentity(model)
        bar = IdentityBar(identity)
        qtbot.addWidget(bar)
        bar.resize(900, 44)
        bar.show()
        messages: list[str] = []
        identity.message.connect(messages.append)
        identity.set_connection(connection)
        try:
            await loop.run_in_executor(None, fetch)
            before = await wait_for(lambda: stream_to(model.state, target, set()))
            assert isinstance(before, core.Stream)
            # the circuit that carried it closes and leaves the view before New Identity
            await connection.close_circuit(before.circuit_id)
            await wait_for(lambda: before.circuit_id not in model.state.circuits)

            await identity.request()
            await wait_for(lambda: identity.available, within=15)
            await loop.run_in_executor(None, fetch)
            outcome = await wait_for(lambda: identity.outcome, within=30)
            assert isinstance(outcome, IdentityOutcome)
            assert outcome.reused, messages  # there is no other exit to move to
            assert messages[-1].startswith("Tor reused the same exit: sbexit0")
            assert bar.label.text() == messages[-1]
            assert bar.drop_button.isVisible()
            await asyncio.sleep(0.05)
            bar.grab().save(str(artifacts / "identity_reused.png"))

            identity.set_connection(None)  # disconnected: the verdict no longer applies
            assert identity.outcome is None
            assert not bar.label.isVisible()
            assert not bar.drop_button.isVisible()
        finally:
            await connection.close()

    run_on_qasync(qapp, scenario, timeout=180)


async def _build_through(
    connection: TorConnection, sandbox: SandboxNetwork, exit_fp: str, count: int
) -> list[str]:
    """``count`` circuits ending at ``exit_fp``, by EXTENDCIRCUIT on the connection's own
    stem controller (the test builds them; the panel never does). Not a stem Controller of
    the test's own: stem would TAKEOWNERSHIP of the sandbox's tor, which exits when it closes."""
    controller = connection._require()
    others = [relay.fingerprint for relay in sandbox.relays if relay.fingerprint != exit_fp]
    loop = asyncio.get_running_loop()
    return [
        await loop.run_in_executor(
            None,
            lambda i=i: controller.new_circuit(
                [others[i % len(others)], others[-1], exit_fp], await_build=True
            ),
        )
        for i in range(count)
    ]


async def _tor_circuits_through(connection: TorConnection, exit_fp: str) -> set[str]:
    """Tor's own answer, not the view's."""
    state = snapshot(await connection.get_info("circuit-status"), "", time.time())
    return {
        c.id
        for c in state.circuits.values()
        if not c.closed and c.exit is not None and c.exit.fingerprint == exit_fp
    }


def test_drop_exit_closes_every_circuit_ending_there_and_counts_them(
    qapp: QApplication, sandbox: SandboxNetwork
) -> None:
    exit_relay = sandbox.exit_relays[0]

    async def scenario() -> None:
        connection, model, _feed = await attach(sandbox)
        identity = NewIdentity(model)
        messages: list[str] = []
        identity.message.connect(messages.append)
        identity.set_connection(connection)
        try:
            built = await _build_through(connection, sandbox, exit_relay.fingerprint, 3)
            through = await _tor_circuits_through(connection, exit_relay.fingerprint)
            assert set(built) <= through
            # the person clicks while the view is still catching up with the builds
            identity.outcome = IdentityOutcome(
                built[0], core.Hop(exit_relay.fingerprint, exit_relay.nickname), False
            )
            await identity.drop_exit()
            left = await _tor_circuits_through(connection, exit_relay.fingerprint)
            assert not (through & left), f"still open at tor: {through & left}"
            assert messages[-1] == f"Closed {len(through)} circuits through {exit_relay.nickname}."
        finally:
            await connection.close()

    run_on_qasync(qapp, scenario, timeout=90)


@pytest.fixture(scope="module")
def two_exit_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxNetwork]:
    """A sandbox of its own: the test below has its client leave streams unattached."""
    network = SandboxNetwork(tmp_path_factory.mktemp("two-exits"), owner_pid=os.getpid())
    try:
        network.start(timeout=90)
        yield network
    finally:
        network.stop()


async def _fetch_on(
    connection: TorConnection, sandbox: SandboxNetwork, server: LocalHttpServer, circuit_id: str
) -> None:
    """One GET whose stream the test attaches to ``circuit_id`` (ATTACHSTREAM)."""
    loop = asyncio.get_running_loop()
    controller = connection._require()
    target = f"127.0.0.1:{server.port}"
    known = set(snapshot("", await connection.get_info("stream-status"), 0).streams)
    fetching = loop.run_in_executor(
        None, lambda: http_get_via_socks(sandbox.socks_port, "127.0.0.1", server.port)
    )

    async def new_stream() -> str:
        streams = snapshot("", await connection.get_info("stream-status"), 0).streams
        for stream in streams.values():
            if stream.id not in known and stream.display_target == target:
                return stream.id
        return ""

    deadline = time.monotonic() + 20
    while not (stream_id := await new_stream()):
        assert time.monotonic() < deadline, "no stream"
        await asyncio.sleep(0.05)
    await loop.run_in_executor(None, controller.attach_stream, stream_id, circuit_id)
    await fetching


def test_new_identity_says_new_when_the_next_traffic_leaves_by_another_exit(
    qapp: QApplication, two_exit_sandbox: SandboxNetwork, local_http_server: LocalHttpServer
) -> None:
    """The other outcome, forced: the test's own controller leaves streams unattached
    (__LeaveStreamsUnattached, on this sandbox's client only; the panel never sets options)
    and attaches the traffic before NEWNYM to a circuit through one exit, after it to one
    through the other."""
    sandbox = two_exit_sandbox
    first, second = sandbox.exit_relays[:2]

    async def scenario() -> None:
        connection, model, _feed = await attach(sandbox)
        controller = connection._require()
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, controller.set_conf, "__LeaveStreamsUnattached", "1")
        identity = NewIdentity(model)
        messages: list[str] = []
        identity.message.connect(messages.append)
        identity.set_connection(connection)
        try:
            (before,) = await _build_through(connection, sandbox, first.fingerprint, 1)
            await _fetch_on(connection, sandbox, local_http_server, before)
            await wait_for(lambda: before in identity._used)

            await identity.request()
            await wait_for(lambda: identity.available, within=15)
            (after,) = await _build_through(connection, sandbox, second.fingerprint, 1)
            await _fetch_on(connection, sandbox, local_http_server, after)
            outcome = await wait_for(lambda: identity.outcome, within=30)
            assert isinstance(outcome, IdentityOutcome)
            assert outcome.circuit_id == after
            assert not outcome.reused
            assert messages[-1] == f"New identity: exit {second.nickname}."
        finally:
            await connection.close()

    run_on_qasync(qapp, scenario, timeout=120)
