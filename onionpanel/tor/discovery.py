"""Where is tor's control port? The user's --control first, then the usual places.

DEFAULT_ENDPOINTS                    unix:/run/tor/control, 127.0.0.1:9051, 127.0.0.1:9151
parse_endpoint(text) -> ControlEndpoint          raises EndpointSyntaxError
candidate_endpoints(explicit, defaults) -> list[ControlEndpoint]
open_endpoint(endpoint) -> stem ControlSocket    raises OSError-like stem.SocketError
adopt_endpoint(link) -> Found                    the socket tor.handshake opened and authenticated
take_early(early, candidates, wait) -> (Found, AuthMethod) | None   blocking: the early
                                                 handshake's link, if it is one of ours
find_endpoint(candidates) -> Found               blocking; raises NoControlPort
Found - endpoint, control_socket (stem), attempts (the ones that failed before it)
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import stem

from onionpanel.core.status import AuthMethod, ControlEndpoint
from onionpanel.tor.errors import Attempt, EndpointSyntaxError, NoControlPort
from onionpanel.tor.handshake import DEFAULT_ENDPOINTS as DEFAULT_ENDPOINTS
from onionpanel.tor.handshake import EarlyAttach, Link
from onionpanel.tor.permissions import owning_group, user_name
from onionpanel.tor.wire import AdoptedPort, AdoptedSocketFile, GuardedPort, GuardedSocketFile

log = logging.getLogger(__name__)


def parse_endpoint(text: str) -> ControlEndpoint:
    """``HOST:PORT``, ``[IPv6]:PORT``, a bare ``PORT`` (on 127.0.0.1) or ``unix:PATH``."""
    value = text.strip()
    if not value:
        raise EndpointSyntaxError(text, "it is empty")
    if value.startswith("unix:"):
        path = value[len("unix:") :]
        if not path:
            raise EndpointSyntaxError(text, "the socket path after 'unix:' is missing")
        return ControlEndpoint.unix(os.path.abspath(os.path.expanduser(path)))
    if value.isdigit():
        return ControlEndpoint.tcp("127.0.0.1", _port(text, value))
    host, separator, port = value.rpartition(":")
    if not separator or not host:
        raise EndpointSyntaxError(text, "the port is missing")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    elif ":" in host:
        raise EndpointSyntaxError(text, "write an IPv6 address in brackets, like [::1]:9051")
    return ControlEndpoint.tcp(host, _port(text, port))


def _port(text: str, port: str) -> int:
    if not port.isdigit():
        raise EndpointSyntaxError(text, f"the port {port!r} is not a number")
    number = int(port)
    if not 1 <= number <= 65535:
        raise EndpointSyntaxError(text, f"the port {number} is not between 1 and 65535")
    return number


def candidate_endpoints(
    explicit: ControlEndpoint | str | None = None,
    defaults: Sequence[ControlEndpoint] = DEFAULT_ENDPOINTS,
) -> list[ControlEndpoint]:
    """The user's endpoint (if any) first, then the defaults, without repeats."""
    if isinstance(explicit, str):
        explicit = parse_endpoint(explicit)
    ordered = ([explicit] if explicit else []) + list(defaults)
    return list(dict.fromkeys(ordered))


def open_endpoint(endpoint: ControlEndpoint) -> Any:
    """A connected control socket with the strict reader of onionpanel.tor.wire (blocking;
    raises stem.SocketError)."""
    if endpoint.kind == "unix":
        return GuardedSocketFile(endpoint.path)
    return GuardedPort(endpoint.host, endpoint.port)


def adopt_endpoint(link: Link) -> Found:
    """The early, already authenticated socket (onionpanel.tor.handshake) as stem's."""
    endpoint = link.endpoint
    if endpoint.kind == "unix":
        control_socket: Any = AdoptedSocketFile(link.sock, endpoint.path)
    else:
        control_socket = AdoptedPort(link.sock, endpoint.host, endpoint.port)
    return Found(endpoint, control_socket, ())


def take_early(
    early: EarlyAttach, candidates: Sequence[ControlEndpoint], wait: float
) -> tuple[Found, AuthMethod] | None:
    """Blocking, at most ``wait`` seconds: the early handshake's authenticated socket, adopted,
    when it is on one of ``candidates``; None sends the caller down the regular path."""
    link = early.take(wait)
    if link is None:
        log.debug("the early handshake is not used: %s", early.reason)
        return None
    if link.endpoint not in candidates:
        link.sock.close()
        return None
    return adopt_endpoint(link), AuthMethod(link.method)


@dataclass(frozen=True)
class Found:
    endpoint: ControlEndpoint
    control_socket: Any  # stem.socket.ControlSocket; stays inside onionpanel.tor
    attempts: tuple[Attempt, ...]  # the endpoints tried before this one, and why they failed


def find_endpoint(candidates: Sequence[ControlEndpoint]) -> Found:
    """Open the first candidate that accepts a connection. Blocking: run it off the loop."""
    attempts: list[Attempt] = []
    for endpoint in candidates:
        try:
            return Found(endpoint, open_endpoint(endpoint), tuple(attempts))
        except stem.SocketError as error:
            attempts.append(_attempt(endpoint, error))
    raise NoControlPort(attempts)


def _attempt(endpoint: ControlEndpoint, error: Exception) -> Attempt:
    reason = _reason(endpoint, error)
    if endpoint.kind == "unix" and reason == "permission denied":
        return Attempt(endpoint, reason, owning_group(Path(endpoint.path)), user_name())
    return Attempt(endpoint, reason)


def _reason(endpoint: ControlEndpoint, error: Exception) -> str:
    text = str(error)
    if endpoint.kind == "unix":
        try:
            os.stat(endpoint.path)
        except FileNotFoundError:
            return "no such socket"
        except PermissionError:
            return "permission denied"  # a directory on the way hides it from us
    if "Connection refused" in text or "[Errno 111]" in text:
        return "connection refused"
    if "Permission denied" in text or "[Errno 13]" in text:
        return "permission denied"
    return text or type(error).__name__
