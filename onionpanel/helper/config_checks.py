"""Checks across sections: distinct ports and session groups, declared modes.

check_ports(problems, main_file, tor, profiles)
check_session_groups(problems, profiles)
check_modes(problems, file, config)
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from onionpanel.helper.config_types import (
    LAN_SPACE_V4,
    LAN_SPACE_V6,
    WIDEST_V4_PREFIX,
    WIDEST_V6_PREFIX,
    Config,
    Policy,
    Problem,
    Profile,
    TorPorts,
)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def check_ports(
    problems: list[Problem], main_file: str, tor: TorPorts, profiles: Sequence[Profile]
) -> None:
    owners: dict[int, str] = {}

    def claim(port: int, file: str, key: str) -> None:
        if not port:
            return
        if port in owners:
            problems.append(
                Problem(
                    file,
                    key,
                    f"port {port} is already used by {owners[port]}; "
                    "every declared port must be distinct",
                )
            )
        else:
            owners[port] = f"{file}: {key}"

    claim(tor.trans_port, main_file, "tor.trans_port")
    claim(tor.dns_port, main_file, "tor.dns_port")
    for p in profiles:
        claim(p.trans_port, p.file, f"profile {p.name!r}.trans_port")
        claim(p.socks_port, p.file, f"profile {p.name!r}.socks_port")
        claim(p.proxy_port, p.file, f"profile {p.name!r}.proxy")


def check_session_groups(problems: list[Problem], profiles: Sequence[Profile]) -> None:
    owners: dict[int, str] = {}
    for p in profiles:
        if p.session_group is None:
            continue
        if p.session_group in owners:
            problems.append(
                Problem(
                    p.file,
                    f"profile {p.name!r}.session_group",
                    f"session group {p.session_group} already belongs to profile "
                    f"{owners[p.session_group]!r}; profiles sharing a group share circuits",
                )
            )
        else:
            owners[p.session_group] = p.name


def check_modes(problems: list[Problem], file: str, config: Config) -> None:
    declared = config.modes
    hint = f"declared modes: {', '.join(declared)}"
    for mode in config.policy.user_may_switch:
        if mode not in declared:
            problems.append(
                Problem(file, "policy.user_may_switch", f"mode {mode!r} is not declared; {hint}")
            )
    boot = config.policy.boot_mode
    if boot not in declared:
        problems.append(Problem(file, "policy.boot_mode", f"mode {boot!r} is not declared; {hint}"))
    elif boot == "off" and not config.policy.allow_boot_off:
        problems.append(
            Problem(
                file,
                "policy.boot_mode",
                '"off" at boot leaves the machine unprotected '
                "until someone switches; set allow_boot_off = true if that is intended",
            )
        )
    if config.policy.lan_allow and not (config.policy.lan_v4 or config.policy.lan_v6):
        problems.append(
            Problem(file, "policy.lan.allow", "LAN is allowed but no ranges_v4/ranges_v6 given")
        )
    marks = (config.policy.exempt_ct_mark, config.policy.seen_ct_mark)
    for key, mark in zip(("policy.exempt_ct_mark", "policy.seen_ct_mark"), marks, strict=True):
        if mark in config.exempt.fwmarks:
            problems.append(Problem(file, key, "collides with exempt.fwmarks; pick another bit"))
    if marks[0] == marks[1]:
        problems.append(
            Problem(file, "policy.seen_ct_mark", "equals exempt_ct_mark; pick another bit")
        )


def _public_addresses(ranges: Sequence[Network], space: Sequence[Network]) -> int:
    """How many addresses of ``ranges`` (overlaps counted once) lie outside ``space``."""
    total = 0
    for network in ipaddress.collapse_addresses(ranges):  # type: ignore[type-var]
        inside = sum(
            min(network, block, key=lambda n: n.num_addresses).num_addresses
            for block in space
            if network.overlaps(block)
        )
        total += network.num_addresses - inside
    return total


def check_ranges(problems: list[Problem], file: str, policy: Policy) -> None:
    """LAN ranges bypass Tor: each must be LAN space unless ``allow_public_ranges``, and all of
    them together must not amount to a catch-all (many small ranges can cover the Internet)."""
    for name, texts, space in (
        ("ranges_v4", policy.lan_v4, LAN_SPACE_V4),
        ("ranges_v6", policy.lan_v6, LAN_SPACE_V6),
    ):
        check_range_list(
            problems, file, f"policy.lan.{name}", texts, space, policy.allow_public_ranges
        )


def check_range_list(
    problems: list[Problem],
    file: str,
    key: str,
    texts: Sequence[str],
    space: Sequence[Network],
    allow_public: bool,
) -> None:
    """One list of ranges that bypass Tor (the LAN's, a router's allowed destinations)."""
    v4 = space is LAN_SPACE_V4
    widest, bits = (WIDEST_V4_PREFIX, 32) if v4 else (WIDEST_V6_PREFIX, 128)
    ranges = [ipaddress.ip_network(text) for text in texts]
    if not allow_public:
        for network in ranges:
            if not any(network.subnet_of(block) for block in space):  # type: ignore[arg-type]
                problems.append(
                    Problem(
                        file,
                        key,
                        f"{str(network)!r} is not LAN space (private, link-local, CGNAT or "
                        "ULA); traffic to it would bypass Tor. Remove it, or set "
                        "allow_public_ranges = true if that network really is local",
                    )
                )
    public = _public_addresses(ranges, space)
    if public > 2 ** (bits - widest):
        problems.append(
            Problem(
                file,
                key,
                f"together the ranges cover {public} public addresses, more than a "
                f"/{widest}: a catch-all that would let most traffic bypass Tor. "
                "List only the networks that are really local",
            )
        )


def advice(config: Config) -> list[str]:
    """What ``onionpanel-helper check`` points out in a valid config: allowed, but less safe."""
    tips = []
    ports = [("tor.trans_port", config.tor.trans_port), ("tor.dns_port", config.tor.dns_port)]
    ports += [(f"profile {p.name!r}.trans_port", p.trans_port) for p in config.profiles]
    for key, port in ports:
        if port >= 1024:
            tips.append(
                f"{key} = {port}: while tor is down any user may bind it and receive what is "
                "redirected there until the helper notices; a port below 1024 cannot be taken"
            )
    if config.policy.forwarded == "allow":
        tips.append('policy.forwarded = "allow": containers and VMs reach the Internet without tor')
    for name in config.policy.forward_interfaces:
        tips.append(f"policy.forward_interfaces: traffic from {name} leaves without tor")
    for router in config.routers:
        if router.forwarded == "allow":
            names = ", ".join(router.interfaces)
            tips.append(
                f'{router.name}.forwarded = "allow": traffic from {names} leaves without tor'
            )
        elif router.forwarded == "tor" and router.trans_port >= 1024:
            tips.append(
                f"{router.name}.trans_port = {router.trans_port}: a port below 1024 cannot be "
                "taken by another user while tor is down"
            )
    return tips
