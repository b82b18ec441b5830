"""The routing helper's ``[[router]]`` entries as the panel shows them (GetRouters). Pure data.

RouterInfo                   one entry: interfaces, forwarded ("tor" | "block" | "allow"),
                             addresses and ports, networks, sysctls_off, blocked
|- from_reply(item) -> RouterInfo        one struct of GetRouters' reply
routers_from_reply(body) -> tuple[RouterInfo, ...]
routed_interface(address, routers) -> str   the routed interface a source address came from,
                                            "" for the machine's own (or unknown) addresses
blocked_total(routers) -> int               blocked packets of all entries together
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RouterInfo:
    name: str  # "router[0]"
    interfaces: tuple[str, ...]
    forwarded: str = "tor"
    address: str = ""
    address_v6: str = ""
    trans_port: int = 0
    dns_port: int = 0
    ipv6: str = "block"
    networks: tuple[tuple[str, str], ...] = ()  # (network, interface) on the routed interfaces
    sysctls_off: tuple[str, ...] = ()  # needed at 1 for what the entry forwards as is, but 0
    blocked: int = 0  # packets its guests sent outward that were dropped

    @classmethod
    def from_reply(cls, item: Sequence[Any]) -> RouterInfo:
        (name, interfaces, forwarded, address, address_v6, trans, dns, ipv6, networks, off,
         blocked) = item  # fmt: skip
        return cls(
            name=str(name),
            interfaces=tuple(map(str, interfaces)),
            forwarded=str(forwarded),
            address=str(address),
            address_v6=str(address_v6),
            trans_port=int(trans),
            dns_port=int(dns),
            ipv6=str(ipv6),
            networks=tuple((str(network), str(interface)) for network, interface in networks),
            sysctls_off=tuple(map(str, off)),
            blocked=int(blocked),
        )

    @property
    def interface_list(self) -> str:
        return ", ".join(self.interfaces)


def routers_from_reply(body: Sequence[Any]) -> tuple[RouterInfo, ...]:
    return tuple(RouterInfo.from_reply(item) for item in (body[0] if body else ()))


def routed_interface(address: str, routers: Sequence[RouterInfo]) -> str:
    """The interface whose network holds ``address`` (tor's SOURCE_ADDR, maybe ``[v6]``)."""
    try:
        source = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return ""
    for router in routers:
        if str(source) in (router.address, router.address_v6):
            continue  # the host itself on that interface, not a guest
        for network, interface in router.networks:
            try:
                if source in ipaddress.ip_network(network, strict=False):
                    return interface
            except ValueError:
                continue
    return ""


def blocked_total(routers: Sequence[RouterInfo]) -> int:
    return sum(router.blocked for router in routers)
