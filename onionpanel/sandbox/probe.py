"""Proof that a sandbox carries traffic: a local HTTP server and a SOCKS5 fetch through tor.

socks5_connect(socks_port, host, port, *, timeout) -> socket    raises SocksError
http_get_via_socks(socks_port, host, port, *, path, timeout) -> bytes   the response body
LocalHttpServer(host="127.0.0.1")   a threaded server on a free port; a context manager
|- start() / stop(), port, url
|- request_count, peers             how many requests came, and from which (host, port)
fetch_through(socks_port, timeout) -> None   start a server, fetch from it through tor, check it
main(argv) -> int                   ``python -m onionpanel.sandbox.probe SOCKS_PORT`` (used
                                    inside a network namespace, where our own sockets can't go)
"""

from __future__ import annotations

import http.server
import ipaddress
import socket
import struct
import sys
import threading
from collections.abc import Sequence
from types import TracebackType

BODY = b"onionpanel sandbox: practice network, not anonymous\n"

SOCKS_REPLIES = {
    1: "general failure",
    2: "connection not allowed by ruleset",
    3: "network unreachable",
    4: "host unreachable",
    5: "connection refused",
    6: "TTL expired",
    7: "command not supported",
    8: "address type not supported",
}


class SocksError(OSError):
    """The SOCKS5 proxy refused the request; ``reply`` is its reply code."""

    def __init__(self, reply: int, message: str) -> None:
        super().__init__(message)
        self.reply = reply


def _recv_exactly(sock: socket.socket, count: int) -> bytes:
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise SocksError(-1, "the SOCKS proxy closed the connection")
        data += chunk
    return data


def _address_field(host: str) -> bytes:
    try:
        return b"\x01" + ipaddress.IPv4Address(host).packed
    except ValueError:
        name = host.encode("idna")
        return b"\x03" + bytes([len(name)]) + name


def socks5_connect(
    socks_port: int, host: str, port: int, *, socks_host: str = "127.0.0.1", timeout: float = 30.0
) -> socket.socket:
    sock = socket.create_connection((socks_host, socks_port), timeout=timeout)
    try:
        sock.sendall(b"\x05\x01\x00")  # version 5, one method: no authentication
        if _recv_exactly(sock, 2) != b"\x05\x00":
            raise SocksError(-1, "the SOCKS proxy wants an authentication we don't offer")
        sock.sendall(b"\x05\x01\x00" + _address_field(host) + struct.pack("!H", port))
        _version, reply, _reserved, address_type = _recv_exactly(sock, 4)
        if reply != 0:
            reason = SOCKS_REPLIES.get(reply, f"reply {reply}")
            raise SocksError(reply, f"SOCKS connect to {host}:{port} failed: {reason}")
        bound_length = {1: 4, 4: 16}.get(address_type) or _recv_exactly(sock, 1)[0]
        _recv_exactly(sock, bound_length + 2)
        return sock
    except BaseException:
        sock.close()
        raise


def http_get_via_socks(
    socks_port: int, host: str, port: int, *, path: str = "/", timeout: float = 30.0
) -> bytes:
    with socks5_connect(socks_port, host, port, timeout=timeout) as sock:
        request = f"GET {path} HTTP/1.0\r\nHost: {host}:{port}\r\n\r\n"
        sock.sendall(request.encode())
        response = b""
        while chunk := sock.recv(65536):
            response += chunk
    head, _, body = response.partition(b"\r\n\r\n")
    status_line = head.split(b"\r\n")[0]
    if status_line.split()[1:2] != [b"200"]:
        raise OSError(f"unexpected HTTP answer: {head[:80]!r}")
    return body


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _CountingServer

    def do_GET(self) -> None:
        self.server.record(self.client_address)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests and the CLI have their own output."""


class _CountingServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int]) -> None:
        super().__init__(address, _Handler)
        self.lock = threading.Lock()
        self.peers: list[tuple[str, int]] = []

    def record(self, peer: tuple[str, int]) -> None:
        with self.lock:
            self.peers.append((peer[0], peer[1]))


class LocalHttpServer:
    """An HTTP server on ``host`` and a port the kernel picks; answers every GET with BODY."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._server: _CountingServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("LocalHttpServer is not started")
        port: int = self._server.server_address[1]
        return port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    @property
    def peers(self) -> list[tuple[str, int]]:
        if self._server is None:
            return []
        with self._server.lock:
            return list(self._server.peers)

    @property
    def request_count(self) -> int:
        return len(self.peers)

    def start(self) -> LocalHttpServer:
        if self._server is None:
            self._server = _CountingServer((self.host, 0))
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.1},
                name="sandbox-http",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def __enter__(self) -> LocalHttpServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


def fetch_through(socks_port: int, timeout: float = 30.0) -> None:
    """Raises OSError unless a GET through tor reaches a fresh local server and comes back."""
    with LocalHttpServer() as server:
        body = http_get_via_socks(socks_port, server.host, server.port, timeout=timeout)
        if body != BODY:
            raise OSError(f"the fetch through tor returned {body[:80]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        fetch_through(int(args[0]), timeout=float(args[1]) if len(args) > 1 else 30.0)
    except (OSError, ValueError, IndexError) as error:
        print(f"fetch failed: {error}", file=sys.stderr)
        return 1
    print("fetch ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
