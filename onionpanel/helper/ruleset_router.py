"""Router mode's rules: forwarded traffic of the ``[[router]]`` interfaces (VMs, containers, LAN).

  router_sets(config) -> list[str]                 the interfaces, allowed ranges and counter
  blocked_counter(router) -> str                   name of the entry's counter of blocked packets
  nat_prerouting(config) -> list[str]              tor modes: TCP to TransPort, DNS to DNSPort
  router_forward(config, seen, lockdown) -> list[str]   first rules of the forward chain
  router_input(config, seen, lockdown) -> list[str]     what guests may send to the host itself
  router_output(config) -> list[str]               tor modes: tor's answers to the guests (and
                                                   with ipv6 = "tor" the host's router adverts)

They live in the same table as the machine's own rules and load in the same transaction.
Interfaces are matched by name (iifname/oifname, a set per entry): a "vnet*" group covers
interfaces made after the apply, and an interface that is re-created keeps its rules.
* ``forwarded = "tor"``: prerouting NAT sends every new TCP flow from the interfaces to tor's
  TransPort on the interface's address and every UDP datagram to port 53 (whatever resolver it
  aims at) to tor's DNSPort. Redirected packets go to the host (input), never to the forward
  chain, so the forward chain drops everything else they send: UDP, ICMP, QUIC, IPv6 unless
  ``ipv6 = "tor"``. Only the declared allowed sources and destinations are forwarded as is.
* ``forwarded = "block"``: nothing from or to the interfaces is forwarded; ``"allow"``: all of it
  is, without tor (a declared choice, noted by ``check``).
* To the host itself, guests reach only tor's ports on the interface's address (and DHCP if
  declared; IPv6 neighbour discovery keeps the link alive); replies to the host's own flows
  pass only with the "seen" bit (DESIGN.md section 1), like every reply in the table.
* Each entry's named counter counts the packets its guests tried to send outward and the forward
  chain dropped (UDP, QUIC, ICMP, IPv6, anything in lockdown or with "block"): the panel shows
  how many, read with ``nft -j list counters`` of this table (router_state.py).
* lockdown: nothing is forwarded and guests reach only DHCP if declared. Mode off renders none of
  this: forwarding is as the OS configured it. The helper never changes ``ip_forward``.
* A flow opened in off has no accepting rule afterwards: NAT sees only a flow's first packet,
  so an established forwarded flow meets the forward chain's drop, in both directions.
"""

from __future__ import annotations

from onionpanel.helper.config_types import Config, Router

ND_TYPES = "{ nd-router-solicit, nd-neighbor-solicit, nd-neighbor-advert }"


def _ifs(router: Router) -> str:
    return f"@router{router.index}_ifs"


def blocked_counter(router: Router) -> str:
    return f"router{router.index}_blocked"


def _range_sets(router: Router) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(set name, family, direction, ranges) of an entry's non-empty allowed ranges."""
    base = f"router{router.index}"
    candidates = (
        (f"{base}_dst4", "ip", "daddr", router.allowed_destinations_v4),
        (f"{base}_dst6", "ip6", "daddr", router.allowed_destinations_v6),
        (f"{base}_src4", "ip", "saddr", router.allowed_sources_v4),
        (f"{base}_src6", "ip6", "saddr", router.allowed_sources_v6),
    )
    return [candidate for candidate in candidates if candidate[3]]


def router_sets(config: Config) -> list[str]:
    lines = []
    for router in config.routers:
        names = ", ".join(f'"{name}"' for name in router.interfaces)
        # "vnet*" is a wildcard element, which only an interval set holds
        interval = " flags interval;" if any(n.endswith("*") for n in router.interfaces) else ""
        lines.append(
            f"set router{router.index}_ifs {{ type ifname;{interval} elements = {{ {names} }} }}"
        )
        lines.append(f"counter {blocked_counter(router)} {{ }}")
        for name, family, _, ranges in _range_sets(router):
            kind = "ipv4_addr" if family == "ip" else "ipv6_addr"
            elements = ", ".join(ranges)
            lines.append(
                f"set {name} {{ type {kind}; flags interval; elements = {{ {elements} }} }}"
            )
    return lines


def nat_prerouting(config: Config) -> list[str]:
    rules = ["type nat hook prerouting priority -100; policy accept;"]
    for router in config.routers:
        if router.forwarded != "tor":
            continue
        ifs = _ifs(router)
        rules += [
            f"iifname {ifs} {family} {direction} @{name} return"
            for name, family, direction, _ in _range_sets(router)
        ]
        targets = [("ipv4", "ip", router.address)]
        if router.ipv6 == "tor":
            targets.append(("ipv6", "ip6", f"[{router.address_v6}]"))
        for nfproto, family, address in targets:
            match = f"iifname {ifs} meta nfproto {nfproto}"
            rules += [
                f"{match} udp dport 53 dnat {family} to {address}:{router.dns_port}",
                f"{match} meta l4proto tcp dnat {family} to {address}:{router.trans_port}",
            ]
    return rules


def router_forward(config: Config, seen: str, lockdown: bool) -> list[str]:
    rules = []
    for router in config.routers:
        ifs = _ifs(router)
        if not lockdown and router.forwarded == "allow":
            rules += [f"iifname {ifs} accept", f"oifname {ifs} ct direction reply accept"]
            continue
        if not lockdown and router.forwarded == "tor":
            for name, family, direction, _ in _range_sets(router):
                back = "saddr" if direction == "daddr" else "daddr"
                rules += [
                    f"iifname {ifs} {family} {direction} @{name} accept",
                    f"oifname {ifs} ct direction reply ct mark & {seen} == {seen} "
                    f"{family} {back} @{name} accept",
                ]
        count = f'counter name "{blocked_counter(router)}"'
        rules += [f"iifname {ifs} {count} drop", f"oifname {ifs} drop"]
    return rules


def router_output(config: Config) -> list[str]:
    """tor's answers to guests: its listeners were bound as root before it dropped privileges,
    so they carry no tor uid; a redirected flow whose reply comes from the address the router's
    DNAT sent it to is tor's."""
    rules = []
    for router in config.routers:
        if router.forwarded == "tor":
            rules.append(f"ct status dnat ct reply ip saddr {router.address} accept")
            if router.ipv6 == "tor":
                rules += [
                    f"ct status dnat ct reply ip6 saddr {router.address_v6} accept",
                    # the guests' IPv6 route to tor (SLAAC): untracked, so never a "reply"
                    f"oifname {_ifs(router)} icmpv6 type nd-router-advert accept",
                ]
    return rules


def router_input(config: Config, seen: str, lockdown: bool) -> list[str]:
    rules = ["type filter hook input priority filter; policy accept;"]
    for router in config.routers:
        if router.forwarded == "allow" and not lockdown:
            continue
        ifs = _ifs(router)
        rules.append(f"iifname {ifs} ct direction reply ct mark & {seen} == {seen} accept")
        if not lockdown and router.forwarded == "tor":
            ports = f"{{ {router.trans_port}, {router.dns_port} }}"
            rules += [
                f"iifname {ifs} ip daddr {router.address} tcp dport {router.trans_port} accept",
                f"iifname {ifs} ip daddr {router.address} udp dport {router.dns_port} accept",
            ]
            if router.ipv6 == "tor":
                rules.append(
                    f"iifname {ifs} ip6 daddr {router.address_v6} meta l4proto {{ tcp, udp }} "
                    f"th dport {ports} accept"
                )
        if router.dhcp:  # marked "seen" so the server's answer passes the output filter
            remember = f"ct mark set ct mark | {seen} accept"
            rules.append(f"iifname {ifs} udp dport {{ 67, 547 }} {remember}")
        rules += [f"iifname {ifs} icmpv6 type {ND_TYPES} accept", f"iifname {ifs} drop"]
    return rules
