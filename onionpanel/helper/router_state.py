"""What the helper tells the panel about its ``[[router]]`` entries (D-Bus GetRouters).

  ROUTERS_SIGNATURE                       a(sassssqqsa(ss)ast), one struct per entry:
                                          name, interfaces, forwarded, address, address_v6,
                                          trans_port, dns_port, ipv6, networks (network,
                                          interface), sysctls_off, blocked
  router_report(config, nft=("nft",)) -> list[tuple]   the reply body's one argument
  blocked_counts(nft=("nft",)) -> dict[str, int]        counter name -> packets, this table only
  interface_networks(patterns, links) -> list[(network, interface)]   on those interfaces
  forwarding_sysctls(router) -> list[str]               sysctls the entry needs at 1

``networks`` lets the panel say which routed interface a stream's source address came from.
``sysctls_off`` names the forwarding sysctls that are off although the entry forwards some
traffic as is (the helper never changes them). ``blocked`` counts the packets the entry's
guests sent outward that the forward chain dropped since the rules were last loaded (a mode
switch or a repair starts again at 0; mode off has no counter, so 0). Everything is read
where ``nft`` runs (``ip netns exec NAME nft`` in tests): nft, ``ip -j addr`` and /proc/sys.
"""

from __future__ import annotations

import ipaddress
import json
import subprocess
from collections.abc import Sequence
from typing import Any

from onionpanel.helper.config_router import forwarded_families, matches
from onionpanel.helper.config_types import Config, Router
from onionpanel.helper.nft import elsewhere
from onionpanel.helper.ruleset import TABLE
from onionpanel.helper.ruleset_router import blocked_counter

ROUTERS_SIGNATURE = "a(sassssqqsa(ss)ast)"
IP_FORWARD = "net.ipv4.ip_forward"
IPV6_FORWARDING = "net.ipv6.conf.all.forwarding"
TIMEOUT_S = 10.0


def _run(argv: Sequence[str]) -> str:
    try:
        result = subprocess.run(
            list(argv), capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout if result.returncode == 0 else ""


def blocked_counts(nft: Sequence[str] = ("nft",)) -> dict[str, int]:
    """Every named counter of the helper's own table (never another table's)."""
    family, name = TABLE.split()
    text = _run([*nft, "-j", "list", "counters", "table", family, name])
    try:
        items = json.loads(text)["nftables"] if text else []
    except (ValueError, KeyError, TypeError):
        return {}
    counts = {}
    for item in items:
        counter = item.get("counter") if isinstance(item, dict) else None
        if isinstance(counter, dict) and counter.get("table") == name:
            counts[str(counter.get("name"))] = int(counter.get("packets", 0))
    return counts


def _links(nft: Sequence[str]) -> list[dict[str, Any]]:
    text = _run(elsewhere(nft, "ip", "-j", "addr", "show"))
    try:
        links = json.loads(text) if text else []
    except ValueError:
        return []
    return [link for link in links if isinstance(link, dict)]


def interface_networks(
    patterns: Sequence[str], links: Sequence[dict[str, Any]]
) -> list[tuple[str, str]]:
    """The networks of the links whose names match (an entry may name ``vnet*``); link-local
    networks are left out: every interface has one, they say nothing about where a guest is."""
    networks: list[tuple[str, str]] = []
    for link in links:
        name = str(link.get("ifname", ""))
        if not any(matches(pattern, name) for pattern in patterns):
            continue
        for entry in link.get("addr_info", []):
            try:
                network = ipaddress.ip_interface(f"{entry['local']}/{entry['prefixlen']}").network
            except (KeyError, ValueError):
                continue
            if not network.is_link_local and (str(network), name) not in networks:
                networks.append((str(network), name))
    return networks


def forwarding_sysctls(router: Router) -> list[str]:
    """``forwarded = "tor"`` alone needs no forwarding (guests talk to tor on the host); "allow"
    and the allowed ranges are forwarded as is and do (config_router.forwarded_families, the
    same rule ``check`` applies)."""
    v4, v6 = forwarded_families(router)
    return [name for name, needed in ((IP_FORWARD, v4), (IPV6_FORWARDING, v6)) if needed]


def _sysctl_values(nft: Sequence[str]) -> dict[str, str]:
    paths = {
        IP_FORWARD: "/proc/sys/net/ipv4/ip_forward",
        IPV6_FORWARDING: "/proc/sys/net/ipv6/conf/all/forwarding",
    }
    text = _run(elsewhere(nft, "cat", *paths.values()))
    values = text.split()
    return dict(zip(paths, values, strict=False)) if len(values) == len(paths) else {}


def router_report(config: Config, nft: Sequence[str] = ("nft",)) -> list[tuple[Any, ...]]:
    if not config.routers:
        return []
    counts, links, sysctls = blocked_counts(nft), _links(nft), _sysctl_values(nft)
    return [
        (
            router.name,
            list(router.interfaces),
            router.forwarded,
            router.address,
            router.address_v6,
            router.trans_port,
            router.dns_port,
            router.ipv6,
            interface_networks(router.interfaces, links),
            [name for name in forwarding_sysctls(router) if sysctls.get(name, "1") != "1"],
            counts.get(blocked_counter(router), 0),
        )
        for router in config.routers
    ]
