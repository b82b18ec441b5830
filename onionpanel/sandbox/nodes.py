"""What a sandbox network is made of: its relays, the ports its client tor listens on.

Relay           one relay as the network sees it: nickname, fingerprint, role, ports (frozen)
Node            a relay's tor process in the making: data dir, reserved ports, keys, process
|- consensus_lists(nodes)    this authority's cached consensus lists every one of them
|- info() -> dict            what sandbox.json says of it
ClientPorts     the client tor's ports, reserved until tor binds them
|- reserve()                 five free ports, held until release() just before tor binds them
make_nodes(nodes_dir, counts) -> [Node]   sbauthN, sbmiddleN, sbexitN with data dirs and ports
SandboxError    the network did not come up; the message carries tor's own words
"""

from __future__ import annotations

import base64
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onionpanel.launcher.process import TorProcess, port_of, reserve_tcp_port, reserve_udp_port


class SandboxError(RuntimeError):
    """The sandbox network could not be built or did not become ready."""


@dataclass(frozen=True)
class Relay:
    nickname: str
    fingerprint: str  # 40 hex digits, RSA identity
    role: str  # "authority", "middle" or "exit"
    or_port: int
    dir_port: int = 0  # authorities only
    v3ident: str = ""  # authorities only

    @property
    def is_exit(self) -> bool:
        return self.role == "exit"

    @property
    def is_authority(self) -> bool:
        return self.role == "authority"


@dataclass
class Node:
    nickname: str
    role: str
    data_dir: Path
    or_port: int
    dir_port: int = 0  # authorities only
    reserved: list[socket.socket] = field(default_factory=list)  # held until tor starts
    fingerprint: str = ""
    v3ident: str = ""
    process: TorProcess | None = None

    def relay(self) -> Relay:
        return Relay(
            self.nickname, self.fingerprint, self.role, self.or_port, self.dir_port, self.v3ident
        )

    def consensus_lists(self, nodes: Sequence[Node]) -> bool:
        """True once this authority's cached consensus has an "r" line for every node."""
        try:
            text = (self.data_dir / "cached-consensus").read_text(errors="replace")
        except OSError:
            return False
        return all(f" {_identity_base64(node.fingerprint)} " in text for node in nodes)

    def info(self) -> dict[str, Any]:
        return {
            "nickname": self.nickname,
            "fingerprint": self.fingerprint,
            "role": self.role,
            "exit": self.role == "exit",
            "or_port": self.or_port,
            "dir_port": self.dir_port or None,
            "pid": self.process.pid if self.process else None,
        }

    def release_ports(self) -> None:
        """Let go of the reserved ports just before tor binds them."""
        for reserved in self.reserved:
            reserved.close()
        self.reserved.clear()


@dataclass
class ClientPorts:
    socks: int
    control: int
    trans: int
    dns: int
    app_socks: int
    reserved: list[socket.socket] = field(default_factory=list)

    @classmethod
    def reserve(cls) -> ClientPorts:
        reserved = [reserve_tcp_port() for _ in range(3)] + [reserve_udp_port(), reserve_tcp_port()]
        socks, control, trans, dns, app_socks = (port_of(port) for port in reserved)
        return cls(socks, control, trans, dns, app_socks, reserved)

    def release(self) -> None:
        for reserved in self.reserved:
            reserved.close()
        self.reserved.clear()


def make_nodes(nodes_dir: Path, counts: Mapping[str, int]) -> list[Node]:
    nodes = []
    for role, prefix in (("authority", "sbauth"), ("middle", "sbmiddle"), ("exit", "sbexit")):
        for index in range(counts[role]):
            nickname = f"{prefix}{index}"
            data_dir = nodes_dir / nickname
            data_dir.mkdir(mode=0o700)
            reserved = [reserve_tcp_port() for _ in range(2 if role == "authority" else 1)]
            ports = [port_of(port) for port in reserved] + [0]
            nodes.append(Node(nickname, role, data_dir, ports[0], ports[1], reserved))
    return nodes


def _identity_base64(fingerprint: str) -> str:
    """How a consensus "r" line spells a relay's identity."""
    return base64.b64encode(bytes.fromhex(fingerprint)).decode().rstrip("=")
