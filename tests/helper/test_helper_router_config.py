"""[[router]] entries: a good one loads and renders; each unsafe one is refused naming file,
key and fix; check notes forwarding that is off while the config forwards traffic as is."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from test_helper_config import GOOD, parse, refused

from onionpanel.helper.config_router import address_problems, forwarding_problems, wan_problems
from onionpanel.helper.router_state import forwarding_sysctls
from onionpanel.helper.ruleset import render

VMS: dict[str, Any] = {
    "interfaces": ["br-vms"],
    "forwarded": "tor",
    "address": "192.168.50.1",
    "trans_port": 9140,
    "dns_port": 9153,
}


def with_router(**changes: Any) -> dict[str, Any]:
    main = copy.deepcopy(GOOD)
    main["router"] = [{**VMS, **changes}]
    return main


def test_a_vm_bridge_loads_and_sends_its_tcp_and_dns_to_tor() -> None:
    config = parse(with_router())
    (router,) = config.routers
    assert (router.interfaces, router.address, router.trans_port) == (
        ("br-vms",),
        "192.168.50.1",
        9140,
    )
    text = render(config, "tor")
    assert "udp dport 53 dnat ip to 192.168.50.1:9153" in text
    assert "meta l4proto tcp dnat ip to 192.168.50.1:9140" in text
    assert "iifname @router0_ifs drop" in text
    lockdown = render(config, "lockdown")
    assert "dnat" not in lockdown
    assert "iifname @router0_ifs drop" in lockdown
    off = render(config, "off")
    assert "router" not in off  # off: forwarding as the OS configured it
    assert "forward" not in off


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("0.0.0.0", "would open tor's TransPort and DNSPort on every interface"),
        ("127.0.0.1", "is loopback"),
        ("203.0.113.5", "is not LAN space"),
        ("fd00::1", "is not IPv4"),
    ],
)
def test_tor_never_listens_for_guests_on_every_or_a_wan_address(address: str, why: str) -> None:
    (problem,) = refused(with_router(address=address))
    assert problem.startswith(f"config.toml: router[0].address: '{address}' ")
    assert why in problem


def test_a_tor_router_needs_its_ports_and_names_them() -> None:
    main = with_router()
    del main["router"][0]["trans_port"]
    assert refused(main) == [
        "config.toml: router[0].trans_port: is missing; add it "
        "(see packaging/config/config.example.toml)"
    ]


def test_allowed_ranges_follow_the_lan_rules() -> None:
    problems = refused(with_router(allowed_destinations_v4=["8.8.8.0/24"]))
    assert any("router[0].allowed_destinations_v4" in p and "not LAN space" in p for p in problems)
    ranges = [f"{n}.0.0.0/8" for n in range(1, 5)]
    problems = refused(with_router(allowed_destinations_v4=ranges, forwarded="tor"))
    assert any("catch-all" in p or "not LAN space" in p for p in problems)
    problems = refused(with_router(allowed_sources_v4=["0.0.0.0/0"]))
    assert any("router[0].allowed_sources_v4" in p and "catch-all" in p for p in problems)


def test_an_interface_cannot_be_routed_and_forwarded_without_tor() -> None:
    main = with_router()
    main["policy"]["forward_interfaces"] = ["br-vms"]
    problems = refused(main)
    assert any("also in policy.forward_interfaces" in p for p in problems)


def test_unknown_router_keys_are_errors() -> None:
    problems = refused(with_router(transport=9140))
    assert any(p.startswith("config.toml: router[0].transport: unknown key") for p in problems)


def test_check_says_when_forwarding_is_off_but_ranges_are_forwarded_as_is() -> None:
    config = parse(with_router(allowed_destinations_v4=["192.168.1.20/32"]))
    (note,) = forwarding_problems(config, lambda path: "0\n")
    assert note.startswith("net.ipv4.ip_forward is 0, but [[router]] forwards some traffic as is")
    assert forwarding_problems(config, lambda path: "1\n") == []
    assert forwarding_problems(parse(with_router()), lambda path: "0\n") == []  # tor: no forwarding


def test_check_refuses_a_router_address_held_by_another_interface() -> None:
    config = parse(with_router())
    assert address_problems(config, {"192.168.50.1": "br-vms"}) == []
    assert address_problems(config, {}) == []  # not up yet (a VM bridge made on demand)
    assert address_problems(config, {"192.168.50.1": "eth0"}) == [
        "config.toml: router[0].address: 192.168.50.1 belongs to eth0, not to br-vms; tor's "
        "ports must never listen on another (WAN) interface: give the routed interface's own "
        "address"
    ]


SYSCTLS = {
    "/proc/sys/net/ipv4/ip_forward": "net.ipv4.ip_forward",
    "/proc/sys/net/ipv6/conf/all/forwarding": "net.ipv6.conf.all.forwarding",
}


def _noted(config: Any, off: set[str]) -> list[str]:
    """The sysctls forwarding_problems names when those in ``off`` read 0 (the others 1)."""
    notes = forwarding_problems(config, lambda path: "0\n" if SYSCTLS[path] in off else "1\n")
    return sorted(name for name in SYSCTLS.values() if any(n.startswith(name) for n in notes))


def test_check_names_exactly_the_forwarding_each_family_needs() -> None:
    every = set(SYSCTLS.values())
    v6_ranges = parse(with_router(allowed_destinations_v6=["fd00:1::/64"]))
    assert _noted(v6_ranges, every) == ["net.ipv6.conf.all.forwarding"]
    # IPv6 through tor is redirected to the host like IPv4: it needs no forwarding at all
    v6_tor = parse(with_router(ipv6="tor", address_v6="fd50::1"))
    assert _noted(v6_tor, every) == []
    v4_ranges = parse(
        with_router(ipv6="tor", address_v6="fd50::1", allowed_sources_v4=["192.168.50.9/32"])
    )
    assert _noted(v4_ranges, every) == ["net.ipv4.ip_forward"]
    allow = parse(with_router(forwarded="allow"))
    assert _noted(allow, every) == ["net.ipv4.ip_forward"]
    assert _noted(allow, set()) == []
    # a "block" entry forwards nothing, whatever ranges it lists
    block = parse(with_router(forwarded="block", allowed_destinations_v4=["192.168.1.20/32"]))
    assert _noted(block, every) == []


def test_an_interface_group_is_a_prefix_and_one_trailing_star() -> None:
    config = parse(with_router(interfaces=["br-vms", "vnet*"]))
    assert config.routers[0].interfaces == ("br-vms", "vnet*")
    text = render(config, "tor")
    assert 'set router0_ifs { type ifname; flags interval; elements = { "br-vms", "vnet*" } }' in (
        text
    )
    exact = render(parse(with_router()), "tor")
    assert 'set router0_ifs { type ifname; elements = { "br-vms" } }' in exact


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("*", "is not an interface name"),
        ("vnet**", "is not an interface name"),
        ("v*net", "is not an interface name"),
        ("*vnet", "is not an interface name"),
        ("br-?", "is not an interface name"),
        ("abcdefghijklmno*", "is not an interface name"),  # 15 before the star: none is longer
        ("lo", "names loopback"),
        ("lo*", "names loopback"),
        ("l*", "names loopback"),
    ],
)
def test_a_group_that_is_no_prefix_or_covers_loopback_is_refused(name: str, why: str) -> None:
    (problem,) = refused(with_router(interfaces=[name]))
    assert problem.startswith(f"config.toml: router[0].interfaces: {name!r} "), problem
    assert why in problem


def test_groups_may_not_overlap_other_entries_or_the_bridges_forwarded_without_tor() -> None:
    main = with_router(interfaces=["br-*"])
    main["router"].append({"interfaces": ["br-vms"], "forwarded": "block"})
    assert refused(main) == [
        "config.toml: router[1].interfaces: 'br-vms' overlaps 'br-*' of router[0]"
    ]
    main = with_router(interfaces=["vnet*", "vnet1*"])
    assert refused(main) == [
        "config.toml: router[0].interfaces: 'vnet1*' overlaps 'vnet*' of router[0]"
    ]
    main = with_router(interfaces=["virbr*"])
    main["policy"]["forward_interfaces"] = ["virbr0"]
    (problem,) = refused(main)
    assert "'virbr*' covers 'virbr0', which is in policy.forward_interfaces" in problem
    assert parse(with_router(interfaces=["vnet*", "vmnet*"])).routers  # disjoint prefixes


def test_check_refuses_a_group_covering_the_wan_and_an_address_outside_the_group() -> None:
    config = parse(with_router(interfaces=["br-*"]))
    assert wan_problems(config, {"eth0", "wlan0"}) == []
    assert wan_problems(config, {"br-wan"}) == [
        "config.toml: router[0].interfaces: 'br-*' covers br-wan, which holds the default route "
        "(the WAN side); tor's ports must never be open there: name only the guests' interfaces"
    ]
    assert wan_problems(parse(with_router()), {"br-vms"}) != []  # a name, not only a group
    # the address may sit on any interface of the group: one listener serves all of them
    assert address_problems(config, {"192.168.50.1": "br-0a1b2c"}) == []
    (problem,) = address_problems(config, {"192.168.50.1": "eth0"})
    assert "192.168.50.1 belongs to eth0, not to br-*" in problem


@pytest.mark.parametrize(
    "changes",
    [
        {"allowed_destinations_v6": ["fd00:1::/64"]},
        {"ipv6": "tor", "address_v6": "fd50::1"},
        {"forwarded": "allow"},
        {"forwarded": "allow", "ipv6": "tor"},
        {"forwarded": "block", "allowed_destinations_v4": ["192.168.1.20/32"]},
        {"allowed_sources_v4": ["192.168.50.9/32"], "allowed_sources_v6": ["fd50::9/128"]},
    ],
)
def test_the_panel_is_told_the_same_sysctls_check_names(changes: dict[str, Any]) -> None:
    """GetRouters (router_state.py) and `check` must agree: one rule, forwarded_families."""
    config = parse(with_router(**changes))
    told = forwarding_sysctls(config.routers[0])
    assert told == _noted(config, set(SYSCTLS.values()))
