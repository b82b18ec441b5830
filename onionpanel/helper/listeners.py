"""Who listens on tor's declared ports: only tor (or root) may receive redirected traffic.

  survey(config, read=read_proc_net) -> Survey   problems: a TransPort or the DNSPort (also a
                                                 [[router]]'s, on its address) bound
                                                 by someone other than tor's uid or root, one
                                                 sentence each; unbound: ports nobody holds
  port_problems(config, read=read_proc_net) -> list[str]   survey(...).problems
  read_proc_net(name) -> str       /proc/net/<name> of this process's network namespace
  parse(text) -> [Socket]          the rows of /proc/net/tcp, tcp6, udp or udp6

The kernel records a socket's owner (the uid that made it) in /proc/net/{tcp,udp}{,6}. A user
who binds the TransPort while tor is down would receive every redirected connection with its
original destination, and whoever binds the DNSPort every name lookup. tor binds its ports
before it drops privileges, so its sockets belong to root or to tor's user; both are trusted
(root is trusted anyway). A port below 1024 cannot be taken by an ordinary user at all.
A port nobody listens on is no problem here: redirected traffic then meets a closed port and
fails closed. But while one is unbound (tor is down) anyone may bind it, so the watcher then
looks every 50 ms instead of every second (and a port below 1024, as the example config
recommends, cannot be taken at all).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from onionpanel.helper.config import Config

TCP_LISTEN = "0A"
UDP_UNCONNECTED = "07"
PROC_NET = "/proc/net"


@dataclass(frozen=True)
class Socket:
    address: ipaddress.IPv4Address | ipaddress.IPv6Address
    port: int
    state: str
    uid: int


def read_proc_net(name: str) -> str:
    with open(f"{PROC_NET}/{name}") as file:
        return file.read()


def _address(hex_text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    raw = bytes.fromhex(hex_text)
    # The kernel prints each 32-bit word in host byte order (little-endian here).
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    return ipaddress.ip_address(words)


def parse(text: str) -> list[Socket]:
    sockets = []
    for line in text.splitlines()[1:]:
        fields = line.split()
        if len(fields) < 8:
            continue
        address, port = fields[1].split(":")
        sockets.append(Socket(_address(address), int(port, 16), fields[3], int(fields[7])))
    return sockets


def _reaches(socket: Socket, target: str) -> bool:
    """Bound where a redirect to ``target`` (loopback: "", or a router's address) would land."""
    address = socket.address
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_unspecified:
        return True
    return address.is_loopback if not target else address == ipaddress.ip_address(target)


def _ports(config: Config) -> list[tuple[str, int, str, str]]:
    """(protocol, port, what, address: "" for loopback) of every port tor must hold."""
    wanted = [
        ("tcp", config.tor.trans_port, "TransPort", ""),
        ("udp", config.tor.dns_port, "DNSPort", ""),
    ]
    wanted += [
        ("tcp", p.trans_port, f"TransPort of profile {p.name!r}", "") for p in config.profiles
    ]
    for router in config.routers:  # router mode: tor's listeners on the interface's address
        if router.forwarded == "tor":
            where = f"{router.name} ({', '.join(router.interfaces)})"
            for address in filter(None, (router.address, router.address_v6)):
                wanted += [
                    ("tcp", router.trans_port, f"TransPort of {where}", address),
                    ("udp", router.dns_port, f"DNSPort of {where}", address),
                ]
    return [entry for entry in wanted if entry[1]]


@dataclass(frozen=True)
class Survey:
    problems: list[str]
    unbound: list[str]


def port_problems(config: Config, read: Callable[[str], str] = read_proc_net) -> list[str]:
    """What is wrong with the listeners of tor's declared ports, one sentence each."""
    return survey(config, read).problems


def survey(config: Config, read: Callable[[str], str] = read_proc_net) -> Survey:
    tables: dict[str, Sequence[Socket]] = {}
    problems: list[str] = []
    for protocol in ("tcp", "udp"):
        state = TCP_LISTEN if protocol == "tcp" else UDP_UNCONNECTED
        rows: list[Socket] = []
        for name in (protocol, protocol + "6"):
            try:
                rows += parse(read(name))
            except OSError as error:
                if name == protocol:  # without it nobody can tell who holds tor's ports
                    problems.append(
                        f"cannot read /proc/net/{name} ({error}) to see who holds tor's ports"
                    )
                continue  # a kernel without IPv6 has no tcp6/udp6
        tables[protocol] = [row for row in rows if row.state == state]
    trusted = {0, config.tor.uid}
    unbound: list[str] = []
    for protocol, port, name, address in _ports(config):
        rows = [row for row in tables[protocol] if row.port == port and _reaches(row, address)]
        owners = sorted({row.uid for row in rows})
        if not owners:
            unbound.append(f"{name} {port}/{protocol}")
        strangers = [uid for uid in owners if uid not in trusted]
        if strangers:
            problems.append(
                f"{name} {port}/{protocol} is held by uid {', '.join(map(str, strangers))}, not by "
                f"tor (uid {config.tor.uid}); declare a port below 1024 so only tor can bind it"
            )
    return Survey(problems, unbound)
