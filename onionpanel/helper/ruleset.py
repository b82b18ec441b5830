"""The nftables ruleset for one mode: pure text, rendered from the validated config.

  TABLE                          "inet onionpanel", the only table the helper ever touches
  render(config, mode, cgroups) -> str   one atomic nft file for the mode
  table_comment(mode) -> str     the comment that names the applied mode inside the table

The file re-creates the whole table in one transaction: ``table`` + ``delete table`` (so it
works whether or not the table exists; nft 1.0.6 has no ``destroy``) + the full table.

Why flows cannot outlive a switch (issue 10; the whole design is in DESIGN.md here):
* conntrack runs in every mode: even "off" keeps two tracking chains (prerouting and output,
  policy accept, no effect on traffic) whose ct expressions keep the kernel tracking. So a flow
  opened in "off" is known from its first packet with the right originator, and a switch never
  meets it mid-stream (where ``nf_conntrack_tcp_loose`` would record whichever side spoke first
  after the switch, the server of a server-first flow, as the originator).
* every flow the table sees begin gets the "seen" ct mark bit: locally made flows at their
  first packet (TCP only with a bare SYN), inbound ones only when they start with a bare SYN or
  an ICMP echo request. Inbound UDP is never marked: a datagram arriving for a client's UDP flow
  the table did not see begin looks exactly like a new inbound flow.
* the filter accepts ``ct direction reply`` only with that bit, so a flow picked up mid-stream
  (after someone flushed the table and conntrack with it) can never pass as "replies". New TCP
  that is not a bare SYN is refused, so a mid-stream pickup from the client side dies too.
* every other packet is decided on its own: it is accepted only when it belongs to a flow
  redirected to loopback (``ct status dnat`` with a loopback reply source, covering the SYN-ACKs
  tor's kernel sends before accept(): they carry no socket uid, pitfall P14), comes from an
  exempt socket (whose flows also get the "exempt" bit so their socket-less packets, TIME_WAIT
  and resets, pass), goes to loopback or the LAN. A flow opened in mode "off" has none of these
  properties, so its next packet is rejected when the mode tightens: it dies at the switch,
  whichever side speaks first.
* after a redirect the filter hook still sees the original ``oifname`` (pitfall P13), so
  loopback is matched by address, never by ``oifname "lo"``.

Forwarded traffic (containers, VMs: docker0, virbr0, podman bridges) never passes the output
hook. With ``policy.forwarded = "block"`` (the default) the tor modes and lockdown add a forward
chain with policy drop: lockdown passes nothing, tor modes only the bridges the config lists in
``forward_interfaces`` and the LAN (DNS to the LAN excepted, as for the machine itself).

Router mode (``[[router]]`` entries: Tor for VMs, containers, a LAN port) adds its sets, a
prerouting NAT chain and an input chain, and opens the forward chain (ruleset_router.py).

The proxy user of a clearnet-proxy profile may send TCP and DNS over IPv4 only, unless the
profile declares ``proxy_ipv6 = true`` or ``proxy_udp_ports``.

Mode "off" renders the table with its comment and the tracking chains only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from onionpanel.helper.config import Config, Profile, check_mode
from onionpanel.helper.ruleset_router import (
    nat_prerouting,
    router_forward,
    router_input,
    router_output,
    router_sets,
)

TABLE = "inet onionpanel"
# Cgroup v2 level of onionpanel-<profile>.slice under a user manager:
# user.slice/user-UID.slice/user@UID.service/onionpanel.slice/onionpanel-NAME.slice
CGROUP_LEVEL = 5
CGROUP_PATH = re.compile(r"^[A-Za-z0-9_.@:/-]+$")
ND_TYPES = "{ nd-router-solicit, nd-neighbor-solicit, nd-neighbor-advert }"
BARE_SYN = "tcp flags & (fin | syn | rst | ack) == syn"
NOT_BARE_SYN = "tcp flags & (fin | syn | rst | ack) != syn"
TRACK_PRIORITY = -150  # after conntrack (-200), before NAT (-100) and the filter (0)


def table_comment(mode: str) -> str:
    return f"onionpanel mode={mode}"


def _set_name(profile: Profile) -> str:
    return "cg_" + profile.name.replace("-", "_")


def _cgroup_set(profile: Profile, paths: Sequence[str]) -> str:
    for path in paths:
        if not CGROUP_PATH.match(path) or ".." in path.split("/"):
            raise ValueError(f"not a cgroup path: {path!r}")
    quoted = ", ".join(f'"{path}"' for path in paths)
    elements = f" elements = {{ {quoted} }}" if paths else ""
    return f"set {_set_name(profile)} {{ type cgroupsv2;{elements} }}"


def _socket_in(profile: Profile) -> str:
    return f"socket cgroupv2 level {CGROUP_LEVEL} @{_set_name(profile)}"


class _Rules:
    """Ruleset pieces shared by the tor and lockdown modes."""

    def __init__(self, config: Config, mode: str, cgroups: Mapping[str, Sequence[str]]) -> None:
        self.config, self.mode, self.cgroups = config, mode, cgroups
        clearnet_name = mode.removeprefix("tor+") if mode.startswith("tor+") else ""
        self.clearnet = config.profile(clearnet_name) if clearnet_name else None
        self.mark = f"{config.policy.exempt_ct_mark:#010x}"
        self.seen = f"{config.policy.seen_ct_mark:#010x}"
        self.ipv6_tor = config.policy.ipv6 == "tor"

    def exempt_uids(self, lockdown: bool) -> list[int]:
        uids = [self.config.tor.uid]
        if not lockdown:
            uids += self.config.exempt.uids
        return sorted(set(uids))

    def sets(self, lockdown: bool) -> list[str]:
        uids = ", ".join(map(str, self.exempt_uids(lockdown)))
        lines = [f"set exempt_uids {{ type uid; elements = {{ {uids} }} }}"]
        lines += router_sets(self.config)
        if lockdown:
            return lines
        policy = self.config.policy
        if policy.forwarded == "block" and policy.forward_interfaces:
            names = ", ".join(f'"{name}"' for name in policy.forward_interfaces)
            lines.append(f"set forward_ifs {{ type ifname; elements = {{ {names} }} }}")
        if self.config.exempt.fwmarks:
            marks = ", ".join(f"{m:#x}" for m in self.config.exempt.fwmarks)
            lines.append(f"set exempt_marks {{ type mark; elements = {{ {marks} }} }}")
        if policy.lan_allow and policy.lan_v4:
            ranges = ", ".join(policy.lan_v4)
            lines.append(
                f"set lan4 {{ type ipv4_addr; flags interval; elements = {{ {ranges} }} }}"
            )
        if policy.lan_allow and policy.lan_v6:
            ranges = ", ".join(policy.lan_v6)
            lines.append(
                f"set lan6 {{ type ipv6_addr; flags interval; elements = {{ {ranges} }} }}"
            )
        lines += [
            _cgroup_set(p, self.cgroups.get(p.name, ()))
            for p in self.config.profiles
            if p.trans_port or p.is_clearnet
        ]
        return lines

    def nat_output(self) -> list[str]:
        tor, policy = self.config.tor, self.config.policy
        ipv4_only = "" if self.ipv6_tor else "meta nfproto ipv4 "
        rules = [
            "type nat hook output priority -100; policy accept;",
            "meta skuid @exempt_uids return",
        ]
        if self.config.exempt.fwmarks:
            rules.append("meta mark @exempt_marks return")
        rules += self._clearnet_nat()
        rules += [
            f"{ipv4_only}udp dport 53 redirect to :{tor.dns_port}",
            "ip daddr 127.0.0.0/8 return",
            "ip6 daddr ::1 return",
        ]
        isolated = [p for p in self.config.profiles if p.trans_port]
        if tor.virtual_addr_v4:
            for p in isolated:
                rules.append(
                    f"{_socket_in(p)} ip daddr {tor.virtual_addr_v4} meta l4proto tcp "
                    f"redirect to :{p.trans_port}"
                )
            rules.append(
                f"ip daddr {tor.virtual_addr_v4} meta l4proto tcp redirect to :{tor.trans_port}"
            )
        if policy.lan_allow and policy.lan_v4:
            rules.append("ip daddr @lan4 return")
        if policy.lan_allow and policy.lan_v6:
            rules.append("ip6 daddr @lan6 return")
        for p in isolated:
            rules.append(f"{_socket_in(p)} {ipv4_only}meta l4proto tcp redirect to :{p.trans_port}")
        rules.append(f"{ipv4_only}meta l4proto tcp redirect to :{tor.trans_port}")
        return rules

    def _clearnet_nat(self) -> list[str]:
        profile = self.clearnet
        if profile is None:
            return []
        if profile.kind == "clearnet-proxy":
            return [f"meta skuid {profile.proxy_uid} return"]
        return [f"{_socket_in(profile)} return"]

    def track_in(self) -> list[str]:
        remember = f"ct mark set ct mark | {self.seen}"
        return [
            f"type filter hook prerouting priority {TRACK_PRIORITY}; policy accept;",
            f"ct state new {BARE_SYN} {remember}",
            f"ct state new icmp type echo-request {remember}",
            f"ct state new icmpv6 type echo-request {remember}",
        ]

    def track_out(self) -> list[str]:
        remember = f"ct mark set ct mark | {self.seen}"
        return [
            f"type filter hook output priority {TRACK_PRIORITY}; policy accept;",
            f"ct state new {BARE_SYN} {remember}",
            f"ct state new meta l4proto != tcp {remember}",
        ]

    def filter_output(self, lockdown: bool) -> list[str]:
        seen = self.seen
        rules = [
            "type filter hook output priority filter; policy drop;",
            "ct state invalid drop",
            f"ct state new {NOT_BARE_SYN} reject with tcp reset",
            f"ct direction reply ct mark & {seen} == {seen} ct state {{ established, related }} "
            "accept",
        ]
        if lockdown:
            rules.append("meta skuid @exempt_uids accept")
        else:
            rules += self._exempt_filter()
        rules += ["ip daddr 127.0.0.0/8 accept", "ip6 daddr ::1 accept"]
        if not lockdown:
            rules += self._lan_filter()
        rules.append(f"icmpv6 type {ND_TYPES} accept")
        udp = "reject" if self.config.policy.udp == "reject" else "drop"
        rules += [
            f"meta l4proto udp {udp}",
            "meta l4proto tcp reject with tcp reset",
            "reject with icmpx admin-prohibited",
        ]
        return rules

    def _exempt_filter(self) -> list[str]:
        mark = self.mark
        remember = f"ct mark set ct mark | {mark} accept"
        rules = [f"meta skuid @exempt_uids {remember}"]
        if self.config.exempt.fwmarks:
            rules.append(f"meta mark @exempt_marks {remember}")
        rules.append(f"ct mark & {mark} == {mark} accept")
        # Clearnet identities are decided per packet, never remembered in conntrack, so their
        # flows die when the mode goes back to tor.
        profile = self.clearnet
        if profile is not None and profile.kind == "clearnet-proxy":
            rules += self._proxy_filter(profile)
        rules += [
            "ct status dnat ct reply ip saddr 127.0.0.0/8 accept",
            *router_output(self.config),
        ]
        if self.ipv6_tor:
            rules.append("ct status dnat ct reply ip6 saddr ::1 accept")
        # A clearnet proxy's port is for its own profile only, in every tor mode; matched on any
        # local address, since a proxy bound to 0.0.0.0 is also reachable via the LAN address.
        for p in self.config.profiles:
            if p.kind == "clearnet-proxy":
                family = "ip6" if ":" in p.proxy_host else "ip"
                proxy = f"{family} daddr {p.proxy_host} tcp dport {p.proxy_port}"
                rules += [
                    f"{proxy} {_socket_in(p)} accept",
                    f"tcp dport {p.proxy_port} fib daddr type local reject with tcp reset",
                ]
        if profile is not None and profile.kind == "clearnet-direct":
            rules.append(f"{_socket_in(profile)} accept")
        return rules

    @staticmethod
    def _proxy_filter(profile: Profile) -> list[str]:
        """What a proxy needs: TCP and DNS (IPv4 unless declared), declared UDP ports."""
        who = f"meta skuid {profile.proxy_uid}"
        if not profile.proxy_ipv6:
            who += " meta nfproto ipv4"
        rules = [f"{who} meta l4proto tcp accept", f"{who} udp dport 53 accept"]
        if profile.proxy_udp_ports:
            ports = ", ".join(map(str, profile.proxy_udp_ports))
            rules.append(f"{who} udp dport {{ {ports} }} accept")
        return rules

    def forward(self, lockdown: bool) -> list[str]:
        """Containers and VMs never pass the output hook: their traffic is decided here.
        Lockdown lets nothing through; tor modes only declared bridges and the LAN."""
        policy = self.config.policy
        verdict = "drop" if policy.forwarded == "block" else "accept"
        rules = [
            f"type filter hook forward priority filter; policy {verdict};",
            "ct state invalid drop",
            *router_forward(self.config, self.seen, lockdown),
        ]
        if lockdown or policy.forwarded != "block":
            return rules
        if policy.forward_interfaces:
            rules += [
                "iifname @forward_ifs accept",
                "oifname @forward_ifs ct direction reply accept",
            ]
        if policy.lan_allow:
            for family, name, present in (
                ("ip", "lan4", policy.lan_v4),
                ("ip6", "lan6", policy.lan_v6),
            ):
                if present:
                    rules += [
                        f"{family} daddr @{name} meta l4proto {{ tcp, udp }} th dport 53 reject",
                        f"{family} daddr @{name} accept",
                        f"{family} saddr @{name} ct direction reply accept",
                    ]
        return rules

    def _lan_filter(self) -> list[str]:
        policy = self.config.policy
        if not policy.lan_allow:
            return []
        rules = []
        for family, name, present in (
            ("ip", "lan4", policy.lan_v4),
            ("ip6", "lan6", policy.lan_v6),
        ):
            if present:
                rules += [
                    f"{family} daddr @{name} meta l4proto {{ tcp, udp }} th dport 53 reject",
                    f"{family} daddr @{name} accept",
                ]
        return rules


def _chain(name: str, rules: Sequence[str]) -> list[str]:
    return [f"\tchain {name} {{", *(f"\t\t{rule}" for rule in rules), "\t}"]


def render(config: Config, mode: str, cgroups: Mapping[str, Sequence[str]] | None = None) -> str:
    """The nft file that makes ``mode`` the applied state, atomically and idempotently.

    ``cgroups`` maps profile names to the cgroup v2 paths (relative to the cgroup root) of
    their running slices; the helper finds those itself, they never come from a caller.
    """
    check_mode(config, mode)
    rules = _Rules(config, mode, cgroups or {})
    body = [f'\tcomment "{table_comment(mode)}"']
    lockdown = mode == "lockdown"
    if mode != "off":
        body += [f"\t{line}" for line in rules.sets(lockdown)]
    body += _chain("track_in", rules.track_in()) + _chain("track_out", rules.track_out())
    if mode != "off":
        if not lockdown:
            body += _chain("nat_output", rules.nat_output())
        body += _chain("filter_output", rules.filter_output(lockdown))
        if config.routers and not lockdown:
            body += _chain("nat_prerouting", nat_prerouting(config))
        if config.policy.forwarded == "block" or config.routers:
            body += _chain("filter_forward", rules.forward(lockdown))
        if config.routers:
            body += _chain("filter_input", router_input(config, rules.seen, lockdown))
    lines = [
        f"# Generated by onionpanel-helper for mode {mode!r}; one transaction, do not edit.",
        f"table {TABLE}",
        f"delete table {TABLE}",
        f"table {TABLE} {{",
        *body,
        "}",
    ]
    return "\n".join(lines) + "\n"
