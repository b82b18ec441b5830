"""The config's sections, each read into its frozen type with every problem recorded.

tor_section(problems, file, table, user_id) -> TorPorts
policy_section(problems, file, table) -> Policy
exempt_section(problems, file, table, user_id) -> Exempt
profile_section(problems, file, index, table, user_id) -> Profile | None
"""

from __future__ import annotations

import dataclasses
import ipaddress
from collections.abc import Mapping
from typing import Any

from onionpanel.helper.config_types import (
    INTERFACE_PATTERN,
    KINDS,
    MAX_SESSION_GROUP,
    NAME_PATTERN,
    Exempt,
    Policy,
    Problem,
    Profile,
    TorPorts,
    UserId,
)
from onionpanel.helper.config_values import Reader, host_port, networks, uid_for


def tor_section(
    problems: list[Problem], file: str, table: Mapping[str, Any], user_id: UserId
) -> TorPorts:
    r = Reader(problems, file, "tor.", table)
    user = r.string("user") if r.require("user") else ""
    uid = uid_for(r, "user", user, user_id, "tor's user") if user else -1
    control = r.string("control", "unix:/run/tor/control")
    trans_port = r.port("trans_port", required=True)
    dns_port = r.port("dns_port", required=True)
    virtual = r.string("virtual_addr_v4")
    if virtual:
        try:
            virtual = str(ipaddress.IPv4Network(virtual))
        except ValueError as error:
            r.problem("virtual_addr_v4", f"{virtual!r} is not an IPv4 network ({error})")
            virtual = ""
    r.finish()
    return TorPorts(control, user, uid, trans_port, dns_port, virtual)


def policy_section(problems: list[Problem], file: str, table: Mapping[str, Any]) -> Policy:
    r = Reader(problems, file, "policy.", table)
    lan = Reader(problems, file, "policy.lan.", r.table_at("lan"))
    policy = Policy(
        boot_mode=r.string("boot_mode", "tor"),
        user_may_switch=r.strings("user_may_switch") or Policy.user_may_switch,
        allow_boot_off=r.boolean("allow_boot_off"),
        ipv6=r.choice("ipv6", ("block", "tor"), "block"),
        udp=r.choice("udp", ("reject", "drop"), "reject"),
        lan_allow=lan.boolean("allow"),
        lan_v4=networks(lan, "ranges_v4", 4, True),
        lan_v6=networks(lan, "ranges_v6", 6, True),
        allow_public_ranges=lan.boolean("allow_public_ranges"),
        forwarded=r.choice("forwarded", ("block", "allow"), "block"),
        forward_interfaces=_interfaces(r, "forward_interfaces"),
        exempt_ct_mark=r.integer("exempt_ct_mark", Policy.exempt_ct_mark),
        seen_ct_mark=r.integer("seen_ct_mark", Policy.seen_ct_mark),
    )
    for key, mark in (
        ("exempt_ct_mark", policy.exempt_ct_mark),
        ("seen_ct_mark", policy.seen_ct_mark),
    ):
        if mark <= 0 or mark >= 2**32 or mark & (mark - 1):
            r.problem(key, f"{mark:#x} must be a single bit, e.g. {getattr(Policy, key):#010x}")
    lan.finish()
    r.finish()
    return policy


def _interfaces(r: Reader, key: str) -> tuple[str, ...]:
    names = r.strings(key)
    for name in names:
        if not INTERFACE_PATTERN.match(name):
            r.problem(key, f'{name!r} is not an interface name (e.g. "docker0")')
    return tuple(name for name in names if INTERFACE_PATTERN.match(name))


def exempt_section(
    problems: list[Problem], file: str, table: Mapping[str, Any], user_id: UserId
) -> Exempt:
    r = Reader(problems, file, "exempt.", table)
    users = r.strings("users")
    uids = tuple(uid_for(r, "users", user, user_id, "an exemption") for user in users)
    marks = []
    for mark in r._get("fwmarks", list, "a list of integers such as 0xca6c", []):
        if isinstance(mark, bool) or not isinstance(mark, int) or not 0 < mark < 2**32:
            r.problem("fwmarks", f"{mark!r} is not a fwmark; write a number from 1 to 0xffffffff")
        else:
            marks.append(mark)
    r.finish()
    return Exempt(users, tuple(uid for uid in uids if uid >= 0), tuple(marks))


def profile_section(
    problems: list[Problem], file: str, index: int, table: Mapping[str, Any], user_id: UserId
) -> Profile | None:
    r = Reader(problems, file, f"profile[{index}].", table)
    if not r.require("name") or not r.require("kind"):
        r.finish()
        return None
    name = r.string("name")
    r.prefix = f"profile {name!r}."
    if not NAME_PATTERN.match(name):
        r.problem("name", f'{name!r} must match {NAME_PATTERN.pattern} (e.g. "mail")')
    kind = r.choice("kind", KINDS, "")
    base = Profile(name, kind, file, r.string("description"), r.strings("apps"))
    profile: Profile | None = None
    if kind == "tor-isolated":
        trans, socks = r.port("trans_port"), r.port("socks_port")
        if not trans and not socks:
            r.problem("trans_port", "a tor-isolated profile needs trans_port or socks_port")
        profile = dataclasses.replace(
            base, trans_port=trans, socks_port=socks, session_group=session_group(r)
        )
    elif kind == "clearnet-proxy":
        host, port = host_port(r, "proxy") if r.require("proxy") else ("", 0)
        user = r.string("proxy_user") if r.require("proxy_user") else ""
        uid = uid_for(r, "proxy_user", user, user_id, "the proxy's user") if user else -1
        udp_ports = []
        for value in r._get("proxy_udp_ports", list, "a list of ports", []):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
                r.problem("proxy_udp_ports", f"{value!r} is not a port from 1 to 65535")
            else:
                udp_ports.append(value)
        profile = dataclasses.replace(
            base,
            proxy_host=host,
            proxy_port=port,
            proxy_user=user,
            proxy_uid=uid,
            proxy_udp_ports=tuple(udp_ports),
            proxy_ipv6=r.boolean("proxy_ipv6"),
        )
    elif kind == "clearnet-direct":
        if not r.boolean("allow_direct"):
            r.problem(
                "allow_direct",
                "a clearnet-direct profile lets its programs bypass Tor and is NOT a security "
                "boundary against your own processes; set allow_direct = true to accept that, "
                'or use kind = "clearnet-proxy"',
            )
        profile = base
    r.finish()
    return profile


def session_group(r: Reader) -> int | None:
    if "session_group" not in r.table:
        r.known.add("session_group")
        return None
    group = r.integer("session_group", -1)
    if group < 0 or group > MAX_SESSION_GROUP:
        if isinstance(r.table["session_group"], int):
            r.problem(
                "session_group",
                f"{group} is out of range; tor's SessionGroup= takes 0 to {MAX_SESSION_GROUP}",
            )
        return None
    return group
