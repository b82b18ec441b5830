"""The control connection's first seconds, before stem, asyncio or Qt are imported.

The panel opens tor's control port and authenticates at the very top of its entry point,
while the heavy imports still run; TorConnection then adopts the authenticated socket
(onionpanel.tor.discovery.adopt_endpoint). Only the standard library is used, and only the
plain path: connect, PROTOCOLINFO, then NULL, SAFECOOKIE or COOKIE authentication. Anything
else (a password to ask for, an unreadable cookie, an error reply, garbage, a refused
connection) is *declined*: the socket is closed and the regular, stem-based path runs once the
loop is up, so every error reads exactly as it always did.

  DEFAULT_ENDPOINTS                  unix:/run/tor/control, 127.0.0.1:9051, 127.0.0.1:9151
  Link                               endpoint, sock (authenticated), method, tries
  DeclinedError(Exception)                why the plain path was left (for logs and tests)
  open_link(candidates, deadline) -> Link     blocking; raises DeclinedError
  EarlyAttach(candidates, deadline, before=None, on_done=None)   open_link on a thread of
                                     its own; on_done("tor authenticated" | "tor declined")
  |- start() -> EarlyAttach
  |- take(timeout) -> Link | None    the link if it is ready within ``timeout``; else None, and
  |                                  a link that arrives later is closed (never used twice)
  |- abandon()                       close whatever it has or will have
  |- reason -> str                   why there is no link ("" while there may be one)
  |- taken -> bool                   take() handed the link over
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from onionpanel.core.status import ControlEndpoint

DEFAULT_ENDPOINTS: tuple[ControlEndpoint, ...] = (
    ControlEndpoint.unix("/run/tor/control"),  # Debian, NixOS controlSocket, ControlSocket users
    ControlEndpoint.tcp("127.0.0.1", 9051),  # a system tor's usual ControlPort
    ControlEndpoint.tcp("127.0.0.1", 9151),  # Tor Browser's tor
)
_MAX_REPLY = 64 << 10  # a PROTOCOLINFO or AUTHCHALLENGE reply is a few hundred bytes
_LINE = re.compile(rb"^([2-6][0-9][0-9])([ -])(.*)\r\n$", re.DOTALL)
_SERVER_KEY = b"Tor safe cookie authentication server-to-controller hash"
_CLIENT_KEY = b"Tor safe cookie authentication controller-to-server hash"
_COOKIE_SIZE = 32


class DeclinedError(Exception):
    """The plain path does not fit this tor: the regular path decides what to say."""


@dataclass
class Link:
    endpoint: ControlEndpoint
    sock: socket.socket  # authenticated, blocking, nothing unread
    method: str  # "none", "safecookie" or "cookie" (onionpanel.core.status.AuthMethod values)


class _Reader:
    """Whole replies from a blocking socket; anything unexpected declines."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buffer = b""

    def reply(self) -> list[tuple[str, bytes]]:
        lines: list[tuple[str, bytes]] = []
        size = 0
        while True:
            line = self._line()
            size += len(line)
            match = _LINE.match(line)
            if match is None or size > _MAX_REPLY:
                raise DeclinedError("not a reply line of tor's control protocol")
            lines.append((match.group(1).decode(), match.group(3)))
            if match.group(2) == b" ":
                return lines

    def _line(self) -> bytes:
        while b"\n" not in self._buffer:
            if len(self._buffer) > _MAX_REPLY:
                raise DeclinedError("a reply line too long")
            chunk = self._sock.recv(4096)
            if not chunk:
                raise DeclinedError("tor closed the connection")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line + b"\n"

    @property
    def unread(self) -> bool:
        return bool(self._buffer)


def _command(sock: socket.socket, reader: _Reader, command: str) -> list[tuple[str, bytes]]:
    sock.sendall(command.encode() + b"\r\n")
    lines = reader.reply()
    if any(code != "250" for code, _ in lines):
        raise DeclinedError(f"tor refused {command.split()[0]}")
    return lines


def _connect(endpoint: ControlEndpoint, deadline: float) -> socket.socket:
    if endpoint.kind == "unix":
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        where: str | tuple[str, int] = endpoint.path
    else:
        family = socket.AF_INET6 if ":" in endpoint.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        where = (endpoint.host, endpoint.port)
    sock.settimeout(deadline)
    try:
        sock.connect(where)
    except OSError:
        sock.close()
        raise
    return sock


def _quoted(value: bytes) -> str | None:
    """A QuotedString's contents (tor escapes only backslash and quote in a path)."""
    if len(value) < 2 or not value.startswith(b'"') or not value.endswith(b'"'):
        return None
    inner = value[1:-1]
    if re.search(rb'(?<!\\)(\\\\)*"', inner):
        return None
    return re.sub(rb"\\(.)", rb"\1", inner).decode("utf-8", "surrogateescape")


def _protocolinfo(lines: list[tuple[str, bytes]]) -> tuple[set[str], str | None]:
    """(AUTH METHODS, COOKIEFILE) from a PROTOCOLINFO reply."""
    if not lines or not lines[0][1].startswith(b"PROTOCOLINFO "):
        raise DeclinedError("no PROTOCOLINFO reply")
    for _code, content in lines:
        if not content.startswith(b"AUTH METHODS="):
            continue
        words = content[len(b"AUTH ") :].split(b" ", 1)
        methods = {m.decode("ascii", "replace") for m in words[0][len(b"METHODS=") :].split(b",")}
        cookie = None
        if len(words) > 1 and words[1].startswith(b"COOKIEFILE="):
            cookie = _quoted(words[1][len(b"COOKIEFILE=") :].strip())
        return methods, cookie
    raise DeclinedError("PROTOCOLINFO named no authentication method")


def _read_cookie(path: str | None) -> bytes:
    if not path:
        raise DeclinedError("tor named no cookie file")
    try:
        with open(path, "rb") as cookie_file:
            cookie = cookie_file.read(_COOKIE_SIZE + 1)
    except OSError as error:
        raise DeclinedError(f"the cookie is unreadable ({error.strerror})") from error
    if len(cookie) != _COOKIE_SIZE:
        raise DeclinedError("the cookie file is not 32 bytes long")
    return cookie


def _safecookie(sock: socket.socket, reader: _Reader, cookie: bytes) -> None:
    client_nonce = os.urandom(32)
    lines = _command(sock, reader, f"AUTHCHALLENGE SAFECOOKIE {client_nonce.hex().upper()}")
    fields = dict(word.split(b"=", 1) for word in lines[-1][1].split()[1:] if b"=" in word)
    try:
        server_hash = bytes.fromhex(fields[b"SERVERHASH"].decode("ascii"))
        server_nonce = bytes.fromhex(fields[b"SERVERNONCE"].decode("ascii"))
    except (KeyError, ValueError, UnicodeDecodeError) as error:
        raise DeclinedError("an AUTHCHALLENGE reply without its hash and nonce") from error
    message = cookie + client_nonce + server_nonce
    expected = hmac.new(_SERVER_KEY, message, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, server_hash):
        raise DeclinedError("tor's SAFECOOKIE hash does not match the cookie")
    client_hash = hmac.new(_CLIENT_KEY, message, hashlib.sha256).hexdigest().upper()
    _command(sock, reader, f"AUTHENTICATE {client_hash}")


def _authenticate(sock: socket.socket) -> str:
    reader = _Reader(sock)
    methods, cookie_path = _protocolinfo(_command(sock, reader, "PROTOCOLINFO 1"))
    if "NULL" in methods:
        _command(sock, reader, "AUTHENTICATE")
        method = "none"
    elif "SAFECOOKIE" in methods:
        _safecookie(sock, reader, _read_cookie(cookie_path))
        method = "safecookie"
    elif "COOKIE" in methods:
        _command(sock, reader, f"AUTHENTICATE {_read_cookie(cookie_path).hex().upper()}")
        method = "cookie"
    else:
        raise DeclinedError("tor asks for a password")  # the prompt needs Qt: the regular path
    if reader.unread:
        raise DeclinedError("tor sent more than it was asked for")
    return method


def open_link(candidates: Sequence[ControlEndpoint], deadline: float) -> Link:
    """Connect to the first candidate that accepts, as discovery.find_endpoint does, and
    authenticate without a password. Blocking. Raises DeclinedError."""
    for endpoint in candidates:
        try:
            sock = _connect(endpoint, deadline)
        except OSError:
            continue
        try:
            method = _authenticate(sock)
        except (OSError, DeclinedError) as error:
            sock.close()
            raise DeclinedError(str(error) or type(error).__name__) from error
        sock.settimeout(None)
        return Link(endpoint, sock, method)
    raise DeclinedError("no control port answered")


class EarlyAttach:
    """open_link on a daemon thread. ``before`` runs first on that thread and may decline
    (the panel asks the session bus whether another panel already runs)."""

    def __init__(
        self,
        candidates: Sequence[ControlEndpoint],
        deadline: float,
        before: Callable[[], None] | None = None,
        on_done: Callable[[str], None] | None = None,
    ) -> None:
        self._candidates = list(candidates)
        self._deadline = deadline
        self._before = before
        self._on_done = on_done
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._link: Link | None = None
        self._abandoned = False
        self.reason = ""
        self.taken = False

    def start(self) -> EarlyAttach:
        threading.Thread(target=self._run, name="onionpanel-early-attach", daemon=True).start()
        return self

    def _run(self) -> None:
        link: Link | None = None
        reason = ""
        try:
            if self._before is not None:
                self._before()
            link = open_link(self._candidates, self._deadline)
        except DeclinedError as error:
            reason = str(error)
        except Exception as error:  # never let the early path break the panel's start
            reason = f"{type(error).__name__}: {error}"
        with self._lock:
            if self._abandoned and link is not None:
                _close(link.sock)
                link, reason = None, "abandoned"
            self._link, self.reason = link, reason
            self._done.set()
        if self._on_done is not None:
            self._on_done("tor authenticated" if link is not None else "tor declined")

    def take(self, timeout: float) -> Link | None:
        """The link, once: later calls get None. Waits at most ``timeout`` seconds."""
        self._done.wait(timeout)
        with self._lock:
            link, self._link = self._link, None
            if not self._done.is_set():
                self._abandoned = True
                self.reason = "not ready in time"
            elif link is None and not self.reason:
                self.reason = "already taken"
            self.taken = self.taken or link is not None
            return link

    def abandon(self) -> None:
        with self._lock:
            self._abandoned = True
            link, self._link = self._link, None
        if link is not None:
            _close(link.sock)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.close()
