"""The ``[[router]]`` entries: router mode for forwarded traffic (VMs, containers, a LAN port).

router_sections(problems, file, tables) -> tuple[Router, ...]
check_routers(problems, file, config)       across sections: ports, interfaces, ranges
forwarding_problems(config, read) -> list[str]   "check": forwarding off though a router expects it
forwarded_families(router) -> (v4, v6)          whether the entry forwards that family as is
address_problems(config, holders) -> list[str]   "check": tor's router address on another interface
host_addresses() -> dict[str, str]               address -> interface, from `ip -j addr`
wan_problems(config, wan) -> list[str]           "check": an entry covers a default-route interface
default_route_interfaces() -> set[str]           the interfaces holding a default route
interface_problem(name) -> str                   why a name is no router interface ("" if it is)
matches(pattern, name) -> bool                   an entry's name or PREFIX* covers an interface

Tor listens for the guests on the interface's own address. 0.0.0.0, loopback and public
addresses are refused: 0.0.0.0 would open the TransPort to the WAN side too, a loopback address
cannot receive forwarded packets, and a public address is a WAN interface's.

An entry may name interface groups as a non-empty prefix and one trailing ``*`` ("vnet*",
"br-*"): nft's iifname wildcard, matched by name on every packet, so an interface that appears
after the apply is covered at once. A group never covers loopback (refused when the config
loads) nor an interface holding a default route (refused by ``check``, which looks at the
interfaces present then). The entry's address must not be held by an interface the entry does
not cover; one tor listener on it serves every interface of the group (a packet DNAT'ed to a
local address is delivered whichever interface it arrived on).
"""

from __future__ import annotations

import ipaddress
import json
import subprocess
from collections.abc import Callable, Iterable, Mapping
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
IFNAMSIZ = 15  # the kernel's longest interface name (16 bytes with its NUL)


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
        why = interface_problem(name)
        if why:
            r.problem("interfaces", why)
    if not interfaces and "interfaces" in table:
        r.problem("interfaces", 'name at least one interface, e.g. ["br-vms"]')
    forwarded = r.choice("forwarded", ROUTER_FORWARDED, "tor")
    ipv6 = r.choice("ipv6", ("block", "tor"), "block")
    tor_mode = forwarded == "tor"
    address = _address(r, "address", 4, tor_mode)
    address_v6 = _address(r, "address_v6", 6, tor_mode and ipv6 == "tor")
    router = Router(
        index=index,
        interfaces=tuple(name for name in interfaces if not interface_problem(name)),
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


def interface_problem(name: str) -> str:
    """Why ``name`` is no router interface ("" if it is one): an interface name, or a group
    of them written as a non-empty prefix and one trailing ``*`` (nft's iifname wildcard)."""
    if not INTERFACE_PATTERN.match(name.removesuffix("*")) or (
        name.endswith("*") and len(name) > IFNAMSIZ
    ):
        return (
            f'{name!r} is not an interface name (e.g. "br-vms") nor a group of them '
            '(a prefix and one trailing *, e.g. "vnet*")'
        )
    if matches(name, "lo"):
        return f"{name!r} names loopback: only interfaces that guests send from can be routed"
    return ""


def matches(pattern: str, name: str) -> bool:
    """Whether the router interface ``pattern`` (a name or PREFIX*) covers interface ``name``."""
    if pattern.endswith("*"):
        return name.startswith(pattern[:-1])
    return name == pattern


def overlap(first: str, second: str) -> bool:
    """Whether some interface name would be covered by both."""
    a, b = first.removesuffix("*"), second.removesuffix("*")
    if first.endswith("*") and second.endswith("*"):
        return a.startswith(b) or b.startswith(a)
    return matches(first, second) if first.endswith("*") else matches(second, first)


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
    owners: list[tuple[str, str]] = []
    for router in config.routers:
        key = router.name
        for name in router.interfaces:
            for other, owner in owners:
                if overlap(name, other):
                    why = (
                        f"is already in {owner}"
                        if other == name
                        else f"overlaps {other!r} of {owner}"
                    )
                    problems.append(Problem(file, f"{key}.interfaces", f"{name!r} {why}"))
            owners.append((name, key))
            for other in config.policy.forward_interfaces:
                if matches(name, other):
                    what = "is also" if other == name else f"covers {other!r}, which is"
                    problems.append(
                        Problem(
                            file,
                            f"{key}.interfaces",
                            f"{name!r} {what} in policy.forward_interfaces (forwarded without "
                            "tor); remove it from one of them",
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
    "allow" forwards IPv4, and IPv6 when it says ipv6 = "tor" or lists v6 ranges (many hosts
    never forward IPv6); "block" forwards nothing, whatever ranges it lists."""
    if router.forwarded == "block":
        return False, False
    allow = router.forwarded == "allow"
    v4 = bool(router.allowed_destinations_v4 or router.allowed_sources_v4)
    v6 = bool(router.allowed_destinations_v6 or router.allowed_sources_v6)
    return v4 or allow, v6 or (allow and router.ipv6 == "tor")


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
            if address and holder is not None and not _covers(router, holder):
                problems.append(
                    f"{file}: {router.name}.{key}: {address} belongs to {holder}, not to "
                    f"{', '.join(router.interfaces)}; tor's ports must never listen on another "
                    "(WAN) interface: give the routed interface's own address"
                )
    return problems


def _covers(router: Router, name: str) -> bool:
    return any(matches(pattern, name) for pattern in router.interfaces)


def default_route_interfaces() -> set[str]:
    """The interfaces that hold a default route (IPv4 or IPv6) in this network namespace."""
    names: set[str] = set()
    for family in ("-4", "-6"):
        result = subprocess.run(
            ["ip", "-j", family, "route", "show", "default"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if result.returncode != 0:
            continue
        for route in json.loads(result.stdout or "[]"):
            hops = route.get("nexthops") or [route]
            names.update(hop["dev"] for hop in hops if "dev" in hop)
    return names


def wan_problems(config: Config, wan: Iterable[str]) -> list[str]:
    """No router interface, named or by wildcard, may cover an interface holding a default
    route: tor's ports would be open to the WAN side and its traffic redirected."""
    problems = []
    file = config.files[0] if config.files else "config"
    for router in config.routers:
        for pattern in router.interfaces:
            for name in sorted(wan):
                if matches(pattern, name):
                    problems.append(
                        f"{file}: {router.name}.interfaces: {pattern!r} covers {name}, which "
                        "holds the default route (the WAN side); tor's ports must never be open "
                        "there: name only the guests' interfaces"
                    )
    return problems
