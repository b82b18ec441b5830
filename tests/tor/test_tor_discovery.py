"""--control parsing and the order in which endpoints are tried, against real tors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from onionpanel.core.status import ControlEndpoint
from onionpanel.launcher.process import TorProcess, free_tcp_port
from onionpanel.tor.discovery import (
    DEFAULT_ENDPOINTS,
    candidate_endpoints,
    find_endpoint,
    parse_endpoint,
)
from onionpanel.tor.errors import EndpointSyntaxError, NoControlPort

StartTor = Callable[..., tuple[TorProcess, ControlEndpoint]]  # the start_tor fixture


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("127.0.0.1:9051", ControlEndpoint.tcp("127.0.0.1", 9051)),
        ("localhost:1", ControlEndpoint.tcp("localhost", 1)),
        ("[::1]:9151", ControlEndpoint.tcp("::1", 9151)),
        ("9051", ControlEndpoint.tcp("127.0.0.1", 9051)),
        ("unix:/run/tor/control", ControlEndpoint.unix("/run/tor/control")),
    ],
)
def test_parses_control_values(text: str, expected: ControlEndpoint) -> None:
    assert parse_endpoint(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "it is empty"),
        ("127.0.0.1", "the port is missing"),
        ("127.0.0.1:http", "the port 'http' is not a number"),
        ("127.0.0.1:70000", "the port 70000 is not between 1 and 65535"),
        ("::1:9051", "write an IPv6 address in brackets"),
        ("unix:", "the socket path after 'unix:' is missing"),
    ],
)
def test_bad_control_values_say_what_is_wrong(text: str, reason: str) -> None:
    with pytest.raises(EndpointSyntaxError) as caught:
        parse_endpoint(text)
    assert reason in str(caught.value)
    assert "expected HOST:PORT" in str(caught.value)


def test_users_endpoint_comes_first_then_the_usual_places() -> None:
    assert [str(e) for e in candidate_endpoints("127.0.0.1:5555")] == [
        "127.0.0.1:5555",
        "unix:/run/tor/control",
        "127.0.0.1:9051",
        "127.0.0.1:9151",
    ]
    assert candidate_endpoints(None) == list(DEFAULT_ENDPOINTS)
    assert candidate_endpoints("127.0.0.1:9051")[0:2] == [
        ControlEndpoint.tcp("127.0.0.1", 9051),
        ControlEndpoint.unix("/run/tor/control"),
    ]


def test_tries_in_order_and_says_which_were_tried(start_tor: StartTor, short_dir: Path) -> None:
    _, live = start_tor()
    missing_socket = ControlEndpoint.unix(str(short_dir / "no-such-socket"))
    refused = ControlEndpoint.tcp("127.0.0.1", free_tcp_port())
    found = find_endpoint([missing_socket, refused, live, refused])
    try:
        assert found.endpoint == live
        assert [(a.endpoint, a.reason) for a in found.attempts] == [
            (missing_socket, "no such socket"),
            (refused, "connection refused"),
        ]
    finally:
        found.control_socket.close()


def test_finds_a_unix_control_socket(start_tor: StartTor, short_dir: Path) -> None:
    socket_dir = short_dir / "run"
    socket_dir.mkdir(mode=0o700)
    path = socket_dir / "control"
    start_tor(f"ControlSocket {path}", "CookieAuthentication 1")
    found = find_endpoint(candidate_endpoints(f"unix:{path}", defaults=()))
    found.control_socket.close()
    assert found.endpoint == ControlEndpoint.unix(str(path))


def test_nothing_answers_lists_every_attempt() -> None:
    refused = [ControlEndpoint.tcp("127.0.0.1", free_tcp_port()) for _ in range(2)]
    with pytest.raises(NoControlPort) as caught:
        find_endpoint(refused)
    assert [a.endpoint for a in caught.value.attempts] == refused
    assert str(caught.value).startswith("no tor control port answered; tried 127.0.0.1:")
