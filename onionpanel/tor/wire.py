"""Reading tor's control protocol strictly, with size limits, and ending a broken connection.

stem's reader accepts any three letters as a status code, reads a line of any length into
memory and keeps reading after a malformed reply, so one bad reply puts every later reply
out of step. This reader refuses all of that; the socket it serves then aborts itself, and
the reason is kept for the status page.

  GuardedSocket - mixin for stem's control sockets
  |- failure -> str               why the connection was ended ("" while it is fine)
  |- abort(reason)                end it now, from any thread, without waiting for a lock
  |- reply_limit                  bytes the reply to the command in flight may have
  GuardedPort(host, port), GuardedSocketFile(path)   the two kinds of control socket
  AdoptedPort(sock, host, port), AdoptedSocketFile(sock, path)   the same around a socket
                                  already connected (and authenticated) by tor.handshake
  read_message(file, reply_limit) -> stem ControlMessage    raises ProtocolViolation;
                                  reply_limit() says what the command in flight may get
  ProtocolViolation               a stem.ProtocolError that ends the connection
  SMALL_REPLY, LARGE_REPLY, EVENT_LIMIT, LARGE_EVENT_LIMIT   the limits, in bytes
"""

from __future__ import annotations

import contextlib
import re
import socket
import time
from collections.abc import Callable
from typing import Any, BinaryIO

import stem
import stem.response
import stem.socket

from onionpanel.core.text import printable

# A reply to anything but a relay list is a few KB; 1 MiB is generous.
SMALL_REPLY = 1 << 20
# ns/all or md/all for 10,000 relays is about 5 MB; a full desc/all-recent about 4x that.
LARGE_REPLY = 48 << 20
EVENT_LIMIT = 256 << 10
LARGE_EVENT_LIMIT = LARGE_REPLY  # NEWCONSENSUS carries the whole consensus
LARGE_EVENTS = frozenset({"NEWCONSENSUS", "NS", "NEWDESC"})
_CHUNK = 64 << 10  # read a line this much at a time, checking the limit in between
_FIRST_LINE = re.compile(rb"^([2-6][0-9][0-9])([ +-])")


class ProtocolViolation(stem.ProtocolError):  # type: ignore[misc]
    """What came from the socket is not tor's control protocol: the connection ends."""


class _TooLargeError(Exception):
    pass


def _size(limit: int) -> str:
    return f"{limit >> 20} MiB" if limit >= 1 << 20 else f"{limit >> 10} KiB"


def _violation(reason: str, line: bytes = b"") -> ProtocolViolation:
    shown = f": {printable(line[:60].decode('latin-1'))}" if line else ""
    return ProtocolViolation(f"{reason}{shown}")


def read_message(control_file: BinaryIO, reply_limit: Callable[[], int]) -> Any:
    """One whole reply or event (blocking). Raises stem.SocketClosed or ProtocolViolation.

    ``reply_limit`` is asked once the reply's first bytes are in: the reader waits for the
    next message before the command it answers is sent. Replies keep no raw copy (only
    events need one), so a reply costs its size about once here."""
    lines: list[tuple[str, str, bytes]] = []
    raw: list[bytes] = []
    limit = 0
    kind = "a reply"

    def room(head: bytes) -> int:
        """The whole message's limit; the first bytes of the message say what it is."""
        nonlocal limit, kind
        if not limit:
            if head.startswith(b"650"):
                limit, kind = _event_limit(head), "an event"
            else:
                limit = reply_limit()
        return limit

    try:
        return _read_lines(control_file, room, lines, raw)
    except _TooLargeError:
        raise _violation(f"{kind} larger than {_size(limit)}, the most it may have") from None


def _read_lines(
    control_file: BinaryIO,
    room: Callable[[bytes], int],
    lines: list[tuple[str, str, bytes]],
    raw: list[bytes],
) -> Any:
    size = 0
    while True:
        line = _read_line(control_file, lambda head: room(head) - size)  # noqa: B023 (now)
        match = _FIRST_LINE.match(line)
        if match is None:
            raise _violation("not a reply line of tor's control protocol", line)
        code, divider = match.group(1).decode(), match.group(2).decode()
        size += len(line)
        raw.append(line)
        content = line[4:-2]
        if divider == "+":
            content, size = _read_data(control_file, raw, room(b""), size, content)
        lines.append((code, divider, content))
        if divider == " ":
            kept = b"".join(raw) if lines[0][0] == "650" else b""
            return stem.response.ControlMessage(lines, kept, arrived_at=time.time())


def _read_line(control_file: BinaryIO, room: Callable[[bytes], int]) -> bytes:
    """One CRLF-terminated line, read a chunk at a time; ``room(first chunk)`` is how long
    it may be."""
    parts: list[bytes] = []
    size = 0
    while True:
        try:
            chunk = control_file.readline(_CHUNK)
        except (OSError, ValueError, AttributeError) as error:
            raise stem.SocketClosed(error) from error
        if not chunk:
            if parts:
                raise stem.SocketClosed("the connection closed in the middle of a reply")
            raise stem.SocketClosed("tor closed the connection")
        parts.append(chunk)
        size += len(chunk)
        if size > room(parts[0]):
            raise _TooLargeError()
        if chunk.endswith(b"\n"):
            break
    line = parts[0] if len(parts) == 1 else b"".join(parts)
    if not line.endswith(b"\r\n"):
        raise _violation("a line that does not end in CRLF", line)
    return line


def _read_data(
    control_file: BinaryIO, raw: list[bytes], limit: int, size: int, first: bytes
) -> tuple[bytes, int]:
    """The lines of a ``+`` data block up to the lone ``.``, joined with newlines."""
    block = bytearray(first)
    keep_raw = bool(raw) and raw[0].startswith(b"650")

    def room(_head: bytes) -> int:
        return limit - size

    while True:
        line = _read_line(control_file, room)
        size += len(line)
        if line == b".\r\n":
            return bytes(block), size
        if keep_raw:
            raw.append(line)
        block += b"\n"
        block += memoryview(line)[1 if line.startswith(b"..") else 0 : -2]


def _event_limit(first_line: bytes) -> int:
    event_type = first_line[4:].split(b" ", 1)[0].strip().decode("ascii", "replace")
    return LARGE_EVENT_LIMIT if event_type in LARGE_EVENTS else EVENT_LIMIT


class GuardedSocket:
    """Mixed into stem's ControlSocket classes (they provide _socket, _recv, _socket_file)."""

    failure = ""
    reply_limit = SMALL_REPLY
    _socket: socket.socket | None
    _socket_file: Any

    def recv(self) -> Any:
        try:
            return self._recv(self._read)  # type: ignore[attr-defined]
        except ProtocolViolation as error:
            self.abort(f"tor broke the control protocol ({error})")
            raise

    def _read(self, _socket: Any, control_file: BinaryIO) -> Any:
        return read_message(control_file, lambda: self.reply_limit)

    def abort(self, reason: str) -> None:
        """End the connection now. Lock-free, so it works while another thread is stuck in a
        read or a write: the shutdown wakes it, and stem then closes as usual."""
        if not self.failure:
            self.failure = reason
        raw = self._socket
        if raw is not None:
            with contextlib.suppress(OSError):
                raw.shutdown(socket.SHUT_RDWR)


class GuardedPort(GuardedSocket, stem.socket.ControlPort):  # type: ignore[misc]
    pass


class GuardedSocketFile(GuardedSocket, stem.socket.ControlSocketFile):  # type: ignore[misc]
    pass


class _Adopted(GuardedSocket):
    """Serves a socket connected before stem was imported; it cannot connect again."""

    _adopted: socket.socket | None = None

    def _make_socket(self) -> socket.socket:
        sock, self._adopted = self._adopted, None
        if sock is None:
            raise stem.SocketError("the early control connection was already used")
        return sock


class AdoptedPort(_Adopted, stem.socket.ControlPort):  # type: ignore[misc]
    def __init__(self, sock: socket.socket, host: str, port: int) -> None:
        self._adopted = sock
        super().__init__(host, port)


class AdoptedSocketFile(_Adopted, stem.socket.ControlSocketFile):  # type: ignore[misc]
    def __init__(self, sock: socket.socket, path: str) -> None:
        self._adopted = sock
        super().__init__(path)
