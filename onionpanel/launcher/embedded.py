"""The user's own tor, for when no system tor answers (``--launch-tor``).

It lives in the XDG state dir, listens only on 127.0.0.1, and is stopped when the panel quits
(and exits by itself if the panel dies). It never reads or writes the system tor's config.

default_data_dir() -> Path          <state>/onionpanel/tor
EmbeddedTor(*, data_dir, extra_torrc_lines, owner_pid, tor_binary, socks_ports)
|- start(timeout) -> EmbeddedTorInfo    blocks until the control port is open
|- stop()                               idempotent
|- running -> bool
EmbeddedTorInfo   endpoint (ControlEndpoint), socks_port, cookie_path, data_dir, pid
STABLE_SOCKS_PORTS   9050, tor's usual SocksPort, then one fixed fallback: applications are
                     set up once and keep working; an automatic port only if both are taken
"""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from onionpanel.core.status import ControlEndpoint
from onionpanel.launcher.process import TorProcess, port_of, reserve_tcp_port
from onionpanel.xdg import state_home

STABLE_SOCKS_PORTS = (9050, 19050)


def reserve_stable_port(ports: Sequence[int], host: str = "127.0.0.1") -> socket.socket:
    """The first of ``ports`` that is free, kept bound until tor takes it; else any port."""
    for port in ports:
        probe = socket.socket()
        try:
            probe.bind((host, port))
        except OSError:
            probe.close()
            continue
        return probe
    return reserve_tcp_port(host)


def default_data_dir() -> Path:
    return state_home() / "onionpanel" / "tor"


@dataclass(frozen=True)
class EmbeddedTorInfo:
    endpoint: ControlEndpoint
    socks_port: int
    cookie_path: Path
    data_dir: Path
    pid: int


class EmbeddedTor:
    """A tor of the user's own with cookie auth on an automatic control port."""

    def __init__(
        self,
        *,
        data_dir: Path | None = None,
        extra_torrc_lines: Sequence[str] = (),
        owner_pid: int | None = None,
        tor_binary: str | None = None,
        socks_ports: Sequence[int] = STABLE_SOCKS_PORTS,
    ) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.extra_torrc_lines = list(extra_torrc_lines)
        self.owner_pid = os.getpid() if owner_pid is None else owner_pid
        self.tor_binary = tor_binary
        self.socks_ports = tuple(socks_ports)
        self._process: TorProcess | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.running

    def start(self, timeout: float = 60.0) -> EmbeddedTorInfo:
        """Raises TorStartError (with tor's own last words) if tor does not come up."""
        self.stop()
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        socks = reserve_stable_port(self.socks_ports)
        socks_port = port_of(socks)
        process = TorProcess(
            self.data_dir,
            [
                f"SocksPort 127.0.0.1:{socks_port}",
                "ControlPort 127.0.0.1:auto",
                "CookieAuthentication 1",
                *self.extra_torrc_lines,
            ],
            tor_binary=self.tor_binary,
            owner_pid=self.owner_pid,
        )
        self._process = process
        socks.close()  # just before tor binds it
        try:
            process.start()
            endpoint = process.wait_for_control_port(timeout)
        except BaseException:
            self.stop()
            raise
        pid = process.pid or 0
        return EmbeddedTorInfo(endpoint, socks_port, process.cookie_path, self.data_dir, pid)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.stop()
