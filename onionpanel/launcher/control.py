"""A few read-only GETINFO questions to a tor we started, in plain stdlib (stem lives in
onionpanel.tor; the launcher only needs to learn which ports tor picked for "auto").

getinfo(endpoint, cookie_path, keys, timeout) -> dict[str, str]
listener_port(endpoint, cookie_path, kind) -> int    kind: "socks", "trans", "dns", ...
ControlQueryError                                    tor said no, or the socket broke
"""

from __future__ import annotations

import socket
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from onionpanel.core.status import ControlEndpoint


class ControlQueryError(RuntimeError):
    """The control port refused us or answered something we cannot read."""


def _connect(endpoint: ControlEndpoint, timeout: float) -> socket.socket:
    if endpoint.kind == "unix":
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        sock.connect(endpoint.path)
        return sock
    return socket.create_connection((endpoint.host, endpoint.port), timeout=timeout)


def _read_reply(reader: BinaryIO) -> list[str]:
    """One reply as its lines, with data blocks ("250+key=" ... ".") folded into one line."""
    lines: list[str] = []
    while True:
        raw = reader.readline()
        if not raw:
            raise ControlQueryError("tor closed the control connection")
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if len(line) < 4 or not line[:3].isdigit():
            raise ControlQueryError(f"unexpected control reply: {line!r}")
        if not line.startswith("250"):
            raise ControlQueryError(line)
        if line[3] == "+":
            block: list[str] = []
            while (data := reader.readline().decode("utf-8", "replace").rstrip("\r\n")) != ".":
                block.append(data)
            lines.append(line[4:] + "\n".join(block))
        else:
            lines.append(line[4:])
        if line[3] == " ":
            return lines


def getinfo(
    endpoint: ControlEndpoint, cookie_path: Path | None, keys: Sequence[str], timeout: float = 5.0
) -> dict[str, str]:
    cookie = cookie_path.read_bytes().hex() if cookie_path is not None else ""
    with _connect(endpoint, timeout) as sock, sock.makefile("rwb") as stream:
        stream.write(f"AUTHENTICATE {cookie}\r\n".encode())
        stream.flush()
        _read_reply(stream)
        stream.write(f"GETINFO {' '.join(keys)}\r\n".encode())
        stream.flush()
        answers: dict[str, str] = {}
        for line in _read_reply(stream):
            key, found, value = line.partition("=")
            if found:
                answers[key] = value
        stream.write(b"QUIT\r\n")
        stream.flush()
        return answers


def listener_port(endpoint: ControlEndpoint, cookie_path: Path | None, kind: str) -> int:
    """The port of tor's first ``kind`` listener (after "auto"), e.g. kind="socks"."""
    key = f"net/listeners/{kind}"
    value = getinfo(endpoint, cookie_path, [key]).get(key, "")
    # '"127.0.0.1:39527" "127.0.0.1:41235"'
    first = value.split()[0].strip('"') if value.split() else ""
    _, _, port = first.rpartition(":")
    if not port.isdigit():
        raise ControlQueryError(f"tor has no {kind} listener ({key}={value!r})")
    return int(port)
