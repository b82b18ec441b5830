"""The ``[[router]]`` entries: router mode for forwarded traffic (VMs, containers, a LAN port).

router_sections(problems, file, tables) -> tuple[Router, ...]
check_routers(problems, file, config)       across sections: ports, interfaces, ranges
forwarding_problems(config, read) -> list[str]   "check": forwarding off though a router expects it
forwarded_families(router) -> (v4, v6)          whether the entry forwards that family as is
address_problems(config, holders) -> list[str]   "check": tor's router address on another interface
host_addresses() -> dict[str, str]               address -> interface, from `ip -j addr`

Tor listens for the guests on the interface's own address. 0.0.0.0, loopback and public
addresses are refused: 0.0.0.0 would open the TransPort to the WAN side too, a loopback address
cannot receive forwarded packets, and a public address is a WAN interface's.
"""

from __future__ import annotations

import ipaddress
import json
import subprocess
from collections.abc import Callable, Mapping
from typing import Any

from onionpanel.helper.config_checks import check_range_list
from onionpanel.helper.config_types import (
    INTERFACE_PATTERN,
    LAN_SPACE_V4,
    LAN_SPACE_V6,
    Config,
    Problem,
    Router,
)
from onionpanel.helper.config_values import Reader, networks

ROUTER_FORWARDED = ("tor", "block", "allow")


def router_sections(problems: list[Problem], file: str, tables: object) -> tuple[Router, ...]:
    if not isinstance(tables, list):
        problems.append(Problem(file, "router", "write router entries as [[router]] tables"))
        return ()
    routers = []
    for index, table in enumerate(tables):
        if not isinstance(table, Mapping):
            problems.append(Problem(file, f"router[{index}]", "must be a [[router]] table"))
            continue
        routers.append(_router(problems, file, index, table))
    return tuple(routers)


def _router(problems: list[Problem], file: str, index: int, table: Mapping[str, Any]) -> Router:
    r = Reader(problems, file, f"router[{index}].", table)
    interfaces = r.strings("interfaces") if r.require("interfaces") else ()
    for name in interfaces:
        if not INTERFACE_PATTERN.match(name):
            r.problem("interfaces", f'{name!r} is not an interface name (e.g. "br-vms")')
    if not interfaces and "interfaces" in table:
        r.problem("interfaces", 'name at least one interface, e.g. ["br-vms"]')
    forwarded = r.choice("forwarded", ROUTER_FORWARDED, "tor")
    ipv6 = r.choice("ipv6", ("block", "tor"), "block")
    tor_mode = forwarded == "tor"
    address = _address(r, "address", 4, tor_mode)
    address_v6 = _address(r, "address_v6", 6, tor_mode and ipv6 == "tor")
    router = Router(
        index=index,
        interfaces=tuple(name for name in interfaces if INTERFACE_PATTERN.match(name)),
        forwarded=forwarded,
        address=address,
        trans_port=r.port("trans_port", required=tor_mode),
        dns_port=r.port("dns_port", required=tor_mode),
        address_v6=address_v6,
        ipv6=ipv6,
        allowed_destinations_v4=networks(r, "allowed_destinations_v4", 4, True),
        allowed_destinations_v6=networks(r, "allowed_destinations_v6", 6, True),
        allowed_sources_v4=networks(r, "allowed_sources_v4", 4, True),
        allowed_sources_v6=networks(r, "allowed_sources_v6", 6, True),
        dhcp=r.boolean("dhcp"),
    )
    r.finish()
    return router


def _address(r: Reader, key: str, version: int, required: bool) -> str:
    if required and not r.require(key):
        return ""
    text = r.string(key)
    if not text:
        return ""
    example = "10.77.0.1" if version == 4 else "fd77::1"
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        r.problem(key, f"{text!r} is not an IPv{version} address; write e.g. {example!r}")
        return ""
    space = LAN_SPACE_V4 if version == 4 else LAN_SPACE_V6
    if address.version != version:
        r.problem(key, f"{text!r} is not IPv{version}; write e.g. {example!r}")
    elif address.is_unspecified:
        r.problem(
            key,
            f"{text!r} would open tor's TransPort and DNSPort on every interface, the WAN "
            f"included; give the routed interface's own address, e.g. {example!r}",
        )
    elif address.is_loopback:
        r.problem(
            key,
            f"{text!r} is loopback, which forwarded packets cannot reach; give the "
            "routed interface's own address",
        )
    elif not any(address in block for block in space):
        r.problem(
            key,
            f"{text!r} is not LAN space (private, link-local, CGNAT or ULA): that is a WAN "
            "address, and tor's ports must never listen on a WAN interface",
        )
    else:
        return str(address)
    return ""


def check_routers(problems: list[Problem], file: str, config: Config) -> None:
    owners: dict[str, str] = {}
    for router in config.routers:
        key = router.name
        for name in router.interfaces:
            if name in owners:
                problems.append(
                    Problem(file, f"{key}.interfaces", f"{name!r} is already in {owners[name]}")
                )
            owners[name] = key
            if name in config.policy.forward_interfaces:
                problems.append(
                    Problem(
                        file,
                        f"{key}.interfaces",
                        f"{name!r} is also in policy.forward_interfaces (forwarded without tor); "
                        "remove it from one of them",
                    )
                )
        if router.forwarded == "tor" and router.trans_port == router.dns_port != 0:
            problems.append(Problem(file, f"{key}.dns_port", "must differ from trans_port"))
        for name, texts, space in (
            ("allowed_destinations_v4", router.allowed_destinations_v4, LAN_SPACE_V4),
            ("allowed_destinations_v6", router.allowed_destinations_v6, LAN_SPACE_V6),
            ("allowed_sources_v4", router.allowed_sources_v4, LAN_SPACE_V4),
            ("allowed_sources_v6", router.allowed_sources_v6, LAN_SPACE_V6),
        ):
            check_range_list(
                problems,
                file,
                f"{key}.{name}",
                texts,
                space,
                config.policy.allow_public_ranges,
            )


ReadText = Callable[[str], str]


IP_FORWARD = ("/proc/sys/net/ipv4/ip_forward", "net.ipv4.ip_forward")
IPV6_FORWARD = ("/proc/sys/net/ipv6/conf/all/forwarding", "net.ipv6.conf.all.forwarding")


def forwarded_families(router: Router) -> tuple[bool, bool]:
    """(IPv4, IPv6): whether the entry forwards traffic of that family as is. Redirected
    traffic ("tor", IPv4 and IPv6 alike) goes to tor on the host and is never forwarded;
    "allow" forwards IPv4 (IPv6 only with v6 ranges: many hosts never forward IPv6)."""
    if router.forwarded == "block":
        return False, False
    v4 = bool(router.allowed_destinations_v4 or router.allowed_sources_v4)
    v6 = bool(router.allowed_destinations_v6 or router.allowed_sources_v6)
    return v4 or router.forwarded == "allow", v6


def forwarding_problems(config: Config, read: ReadText) -> list[str]:
    """What ``check`` says when a [[router]] forwards but the OS does not (never changed here).
    The panel gets the same sentences through the helper's state."""
    needed = [forwarded_families(router) for router in config.routers]
    wanted: list[tuple[str, str]] = []
    if any(v4 for v4, _ in needed):
        wanted.append(IP_FORWARD)
    if any(v6 for _, v6 in needed):
        wanted.append(IPV6_FORWARD)
    notes = []
    for path, sysctl in wanted:
        try:
            value = read(path).strip()
        except OSError:
            continue
        if value != "1":
            notes.append(
                f"{sysctl} is {value}, but [[router]] forwards some traffic as is; the helper "
                f"never changes sysctls: set {sysctl} = 1 in the system's configuration"
            )
    return notes


def host_addresses() -> dict[str, str]:
    """Every address of this network namespace and the interface that holds it."""
    result = subprocess.run(
        ["ip", "-j", "addr", "show"], capture_output=True, text=True, timeout=10, check=False
    )
    if result.returncode != 0:
        return {}
    holders = {}
    for link in json.loads(result.stdout or "[]"):
        for entry in link.get("addr_info", []):
            holders[str(ipaddress.ip_address(entry["local"]))] = link["ifname"]
    return holders


def address_problems(config: Config, holders: Mapping[str, str]) -> list[str]:
    """A router's address must belong to one of its own interfaces: on any other (a WAN
    interface) tor's TransPort and DNSPort would be open there."""
    problems = []
    file = config.files[0] if config.files else "config"
    for router in config.routers:
        for key, address in (("address", router.address), ("address_v6", router.address_v6)):
            holder = holders.get(address)
            if address and holder is not None and holder not in router.interfaces:
                problems.append(
                    f"{file}: {router.name}.{key}: {address} belongs to {holder}, not to "
                    f"{', '.join(router.interfaces)}; tor's ports must never listen on another "
                    "(WAN) interface: give the routed interface's own address"
                )
    return problems
