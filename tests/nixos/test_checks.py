"""packaging/nixos/checks.nix judged by the helper itself: for each settings snippet, the NixOS
build fails an assertion exactly when the helper's own config parser refuses the config the
module generates, and the assertion names the key the helper names."""

from __future__ import annotations

import tomllib

import pytest
from nixeval import config_files, evaluate_source, needs_nix

from onionpanel.helper.config import ConfigError, parse_config

pytestmark = needs_nix

CONFIGURATION = """{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];
  services.onionpanel = {
    enable = true;
    settings = { %s };
  };
}
"""
BANK = (
    'profile = [ { name = "bank"; kind = "clearnet-proxy"; proxy = "127.0.0.1:3128"; '
    'proxy_user = "onionpanel-bank"; %s } ];'
)
MAIL = 'profile = [ { name = "mail"; kind = "tor-isolated"; trans_port = 941; %s } ];'
ROUTER = "router = [ { interfaces = [ %s ]; %s } ];"
VMS = '"br-vms"'
TOR = 'address = "192.168.50.1"; trans_port = 914; dns_port = 915; '


def router(rest: str, interfaces: str = VMS) -> str:
    return ROUTER % (interfaces, rest)


def lan(v4: str = "", v6: str = "", public: bool = False) -> str:
    return (
        f"policy.lan = {{ allow = true; ranges_v4 = [ {v4} ]; ranges_v6 = [ {v6} ]; "
        f"allow_public_ranges = {'true' if public else 'false'}; }};"
    )


# settings snippet -> does the helper accept it?
CASES = {
    "private ranges": (lan('"192.168.0.0/16" "10.0.0.0/8"', '"fe80::/10" "fc00::/7"'), True),
    "CGNAT and link-local": (lan('"100.64.0.0/10" "169.254.0.0/16"'), True),
    "public v4 range": (lan('"192.168.1.0/24" "198.51.100.0/24"'), False),
    "public v4 range allowed": (lan('"198.51.100.0/24"', public=True), True),
    "public v4 /8 in two halves": (lan('"8.0.0.0/9" "8.128.0.0/9"', public=True), True),
    "public v4 more than a /8": (lan('"8.0.0.0/9" "8.128.0.0/9" "9.0.0.0/24"', public=True), False),
    "public v4 nested counted once": (lan('"8.0.0.0/8" "8.1.0.0/16"', public=True), True),
    "v4 catch-all": (lan('"0.0.0.0/7"', public=True), False),
    "v4 host bits": (lan('"192.168.1.1/24"'), False),
    "v4 not an address": (lan('"192.168.300.0/24"'), False),
    "public v6 range": (lan(v6='"2001:db8::/48"'), False),
    "public v6 /32 allowed": (lan(v6='"2001:db8::/32"', public=True), True),
    "public v6 more than a /32": (lan(v6='"2001:db8::/32" "2001:db9::/48"', public=True), False),
    "v6 catch-all": (lan(v6='"::/0"', public=True), False),
    "v6 host bits": (lan(v6='"fe80::1/10"'), False),
    "lan without ranges": ("policy.lan.allow = true;", False),
    "seen mark moved": ("policy.seen_ct_mark = 16777216;", True),
    "seen mark two bits": ("policy.seen_ct_mark = 3;", False),
    "seen mark too wide": ("policy.seen_ct_mark = 4294967296;", False),
    "marks equal": ("policy.seen_ct_mark = 2097152;", False),
    "mark is a fwmark": ("policy.exempt_ct_mark = 1024; exempt.fwmarks = [ 1024 ];", False),
    "forwarded allowed": ('policy.forwarded = "allow";', True),
    "bridge exception": ('policy.forward_interfaces = [ "virbr0" "docker0" ];', True),
    "proxy ipv6 and udp": (BANK % "proxy_ipv6 = true; proxy_udp_ports = [ 443 3478 ];", True),
    "proxy keys on an isolated profile": (MAIL % "proxy_udp_ports = [ 443 ];", False),
    "isolation keys on a proxy profile": (BANK % "session_group = 4;", False),
    "router through tor": (router(TOR), True),
    "router for a group": (router(TOR, '"br-vms" "vnet*"'), True),
    "router group covering lo": (router(TOR, '"l*"'), False),
    "router named lo": (router(TOR, '"lo"'), False),
    "router without ports": (router('address = "192.168.50.1";'), False),
    "router without address": (router("trans_port = 914; dns_port = 915;"), False),
    "router on every interface": (router(TOR.replace("192.168.50.1", "0.0.0.0")), False),
    "router on loopback": (router(TOR.replace("192.168.50.1", "127.0.0.1")), False),
    "router on a public address": (router(TOR.replace("192.168.50.1", "203.0.113.5")), False),
    "router address not ipv4": (router(TOR.replace("192.168.50.1", "fd50::1")), False),
    "router ports equal": (router(TOR.replace("915", "914")), False),
    "router ipv6": (router(TOR + 'ipv6 = "tor"; address_v6 = "fd50::1";'), True),
    "router ipv6 link-local": (router(TOR + 'ipv6 = "tor"; address_v6 = "fe80::1";'), True),
    "router ipv6 without address": (router(TOR + 'ipv6 = "tor";'), False),
    "router ipv6 on every interface": (router(TOR + 'ipv6 = "tor"; address_v6 = "::";'), False),
    "router ipv6 on loopback": (router(TOR + 'ipv6 = "tor"; address_v6 = "::1";'), False),
    "router ipv6 public": (router(TOR + 'ipv6 = "tor"; address_v6 = "2001:db8::1";'), False),
    "router blocked needs no ports": (router('forwarded = "block";'), True),
    "router allowed as is": (router('forwarded = "allow";'), True),
    "router printer direct": (
        router(TOR + 'allowed_destinations_v4 = [ "192.168.1.20/32" ];'),
        True,
    ),
    "router public destination": (
        router(TOR + 'allowed_destinations_v4 = [ "8.8.8.0/24" ];'),
        False,
    ),
    "router catch-all source": (router(TOR + 'allowed_sources_v6 = [ "::/0" ];'), False),
    "router groups overlap": (router(TOR, '"vnet*" "vnet1*"'), False),
    "router name twice": (
        'router = [ { interfaces = [ "br-vms" ]; forwarded = "block"; } '
        '{ interfaces = [ "br-vms" ]; forwarded = "allow"; } ];',
        False,
    ),
    "router group and a name in another entry": (
        'router = [ { interfaces = [ "br-*" ]; forwarded = "block"; } '
        '{ interfaces = [ "br-vms" ]; forwarded = "block"; } ];',
        False,
    ),
    "router disjoint groups": (router(TOR, '"vnet*" "vmnet*"'), True),
    "router group covers a bridge let through": (
        router(TOR, '"virbr*"') + ' policy.forward_interfaces = [ "virbr0" ];',
        False,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_build_fails_exactly_when_the_helper_refuses(case: str) -> None:
    snippet, accepted = CASES[case]
    evaluated = evaluate_source(CONFIGURATION % snippet)
    files = config_files(evaluated)
    documents = [(name, tomllib.loads(text)) for name, text in sorted(files.items())]
    ids = {"tor": 900, "onionpanel-bank": 901}
    try:
        parse_config(documents, user_id=ids.get)
        problems = []
    except ConfigError as error:
        problems = list(error.problems)
    assert (problems == []) is accepted, problems
    failed = evaluated["failed"]
    assert (failed == []) is accepted, failed
    for problem in problems:
        last = problem.key.rsplit(".", 1)[-1]
        assert any(last in message for message in failed), (problem, failed)


def test_advice_becomes_warnings() -> None:
    evaluated = evaluate_source(
        CONFIGURATION % 'tor.trans_port = 9040; policy.forward_interfaces = [ "virbr0" ];'
    )
    assert evaluated["failed"] == []
    assert evaluated["warnings"] == [
        "services.onionpanel: settings.tor.trans_port = 9040: while tor is down any user may bind "
        "it and receive what is redirected there until the helper notices; a port below 1024 "
        "cannot be taken.",
        "services.onionpanel: settings.policy.forward_interfaces: traffic from virbr0 leaves "
        "without tor.",
    ]
    assert evaluate_source(CONFIGURATION % "")["warnings"] == []


def test_router_advice_becomes_warnings_too() -> None:
    tor = router(TOR.replace("914", "9140"))
    allow = 'router = [ { interfaces = [ "lan0" ]; forwarded = "allow"; } ];'
    assert evaluate_source(CONFIGURATION % tor)["warnings"] == [
        "services.onionpanel: settings.router[0].trans_port = 9140: a port below 1024 cannot be "
        "taken by another user while tor is down."
    ]
    assert evaluate_source(CONFIGURATION % allow)["warnings"] == [
        'services.onionpanel: settings.router[0].forwarded = "allow": traffic from lan0 leaves '
        "without tor."
    ]
