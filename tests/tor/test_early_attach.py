"""The early handshake (onionpanel.tor.handshake) against real tors: the plain cases are
authenticated before stem is even imported and adopted by TorConnection; every other case is
left to the regular path, so each error reads exactly as it does without the early path."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from onionpanel.core.status import AuthMethod, ConnectionPhase, ControlEndpoint
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.errors import TorError
from onionpanel.tor.handshake import EarlyAttach, open_link
from tests.fakeport import PROTOCOLINFO, Script, fake_port
from tests.tor.test_tor_auth import (
    NOBODY,
    StartTor,
    a_group,
    hashed,
    wait_for_file,
)


def early_for(endpoint: ControlEndpoint) -> EarlyAttach:
    return EarlyAttach([endpoint], deadline=5).start()


async def outcome(endpoint: ControlEndpoint, early: EarlyAttach | None, **options: object) -> str:
    """What TorConnection ends with: the auth method, or the error's class and text."""
    connection = TorConnection(endpoint, defaults=(), early=early, **options)  # type: ignore[arg-type]
    try:
        status = await connection.connect()
        assert status.phase is ConnectionPhase.CONNECTED
        assert await connection.get_info("version") == status.version
        return f"connected with {status.auth_method.value if status.auth_method else '?'}"
    except TorError as error:
        return f"{type(error).__name__}: {error}"
    finally:
        await connection.close()


@pytest.mark.tor
async def test_a_cookie_tor_is_authenticated_early_and_adopted(start_tor: StartTor) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    early = early_for(endpoint)
    assert await outcome(endpoint, early) == "connected with safecookie"
    assert early.taken
    assert early.reason == ""


@pytest.mark.tor
async def test_an_open_tor_is_authenticated_early_and_events_flow(start_tor: StartTor) -> None:
    _, endpoint = start_tor()
    early = early_for(endpoint)
    connection = TorConnection(endpoint, defaults=(), early=early)
    seen: list[object] = []
    connection.add_event_handler(["SIGNAL"], seen.extend)
    try:
        assert (await connection.connect()).auth_method is AuthMethod.NONE
        assert early.taken
        await connection.signal_newnym()
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.05)
        assert seen, "events come through the one bridge after the adoption"
    finally:
        await connection.close()


@pytest.mark.tor
def test_an_early_link_is_an_authenticated_socket_with_nothing_unread(
    start_tor: StartTor,
) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    link = open_link([endpoint], 5)
    try:
        assert link.method == "safecookie"  # preferred over COOKIE, as auth.auth_plan does
        link.sock.sendall(b"GETINFO version\r\n")
        assert link.sock.recv(4096).startswith(b"250-version=")
    finally:
        link.sock.close()


@pytest.mark.tor
async def test_a_password_tor_is_left_to_the_regular_path(start_tor: StartTor) -> None:
    _, endpoint = start_tor(f"HashedControlPassword {hashed('right horse')}")
    for password, expected in (
        ("right horse", "connected with password"),
        (
            "wrong",
            f"PasswordRejected: tor at {endpoint} refused authentication: wrong control password",
        ),
    ):
        without = await outcome(endpoint, None, password_provider=lambda _, p=password: p)
        early = early_for(endpoint)
        with_early = await outcome(endpoint, early, password_provider=lambda _, p=password: p)
        assert with_early == without == expected
        assert not early.taken
        assert early.reason == "tor asks for a password"


@pytest.mark.tor
async def test_nothing_listening_reads_the_same(short_dir: Path) -> None:
    for endpoint in (ControlEndpoint.tcp("127.0.0.1", free_port()),
                     ControlEndpoint.unix(str(short_dir / "no-such-socket"))):  # fmt: skip
        without = await outcome(endpoint, None)
        assert without.startswith("NoControlPort")
        assert await outcome(endpoint, early_for(endpoint)) == without


@pytest.fixture
def not_tor() -> Iterator[ControlEndpoint]:
    """A port that answers like a web server: not a control port."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except TimeoutError:
                continue
            with client:
                client.recv(1024)
                client.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield ControlEndpoint.tcp("127.0.0.1", server.getsockname()[1])
    finally:
        stop.set()
        thread.join()
        server.close()


async def test_not_a_control_port_reads_the_same(not_tor: ControlEndpoint) -> None:
    without = await outcome(not_tor, None)
    assert without.startswith("NotTor")
    early = early_for(not_tor)
    assert await outcome(not_tor, early) == without
    assert not early.taken


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# As root every file is readable: the check runs in a forked child that became "nobody".
def connect_as_nobody(endpoint: ControlEndpoint, early: bool) -> dict[str, str]:
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(reader)
        try:
            os.setgroups([])
            os.setresgid(NOBODY, NOBODY, NOBODY)
            os.setresuid(NOBODY, NOBODY, NOBODY)
            attach = early_for(endpoint) if early else None
            result = {"result": asyncio.run(outcome(endpoint, attach))}
            result["early"] = attach.reason if attach is not None else ""
            os.write(writer, json.dumps(result).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        text = pipe.read()
    os.waitpid(child, 0)
    return dict(json.loads(text))


@pytest.mark.tor
@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to switch to another user")
def test_an_unreadable_cookie_reads_the_same(start_tor: StartTor, short_dir: Path) -> None:
    group = a_group()
    cookie_dir = short_dir / "cookie"
    cookie_dir.mkdir(mode=0o755)
    cookie = cookie_dir / "control.authcookie"
    _, endpoint = start_tor("CookieAuthentication 1", f"CookieAuthFile {cookie}")
    wait_for_file(cookie)
    os.chown(cookie, 0, group.gr_gid)
    cookie.chmod(0o640)
    short_dir.chmod(0o755)

    without, early = connect_as_nobody(endpoint, False), connect_as_nobody(endpoint, True)
    assert without["result"].startswith("CookieUnreadable: cannot read tor's authentication")
    assert early["result"] == without["result"]
    assert early["early"].startswith("the cookie is unreadable")


async def test_an_early_handshake_still_waiting_is_left_for_the_regular_path() -> None:
    """A FAKE port (a real tor cannot be made to stall one connection and not the next): the
    first connection's PROTOCOLINFO is never answered, so the session goes its own way after
    EARLY_WAIT instead of waiting for the early thread's deadline."""
    calls = itertools.count()

    def protocolinfo(_rng: random.Random) -> bytes:
        return b"" if next(calls) == 0 else PROTOCOLINFO

    with fake_port(Script(replies={"PROTOCOLINFO": protocolinfo})) as port:
        endpoint = ControlEndpoint.tcp("127.0.0.1", port.port)
        early = EarlyAttach([endpoint], deadline=30).start()
        connection = TorConnection(endpoint, defaults=(), early=early)
        try:
            status = await connection.connect()
            assert status.phase is ConnectionPhase.CONNECTED
            assert not early.taken
            assert early.reason == "not ready in time"
            assert port.connections == 2
        finally:
            await connection.close()
