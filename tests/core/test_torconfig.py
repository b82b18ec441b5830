"""Ports with their isolation in words, bridges and their state, onion services."""

from __future__ import annotations

from onionpanel.core.torconfig import (
    BridgeState,
    bridge_states,
    control_port_services,
    hidden_services,
    parse_bridge,
    parse_reachability,
)
from onionpanel.core.torports import (
    Isolation,
    Listener,
    isolation_words,
    listeners,
    parse_listeners,
)
from onionpanel.core.torrc import Setting, Source, SourceKind

TORRC = Source(SourceKind.TORRC, "/etc/tor/torrc", 3, "x")


def _setting(key: str, value: str) -> Setting:
    return Setting(key, value, TORRC)


def test_isolation_in_words_with_tors_defaults() -> None:
    plain = Listener("SocksPort", "127.0.0.1:9050", True)
    assert plain.isolation == (
        Isolation.OWN_PORT,
        Isolation.CLIENT_ADDR,
        Isolation.SOCKS_AUTH,
    )
    strict = Listener("SocksPort", "127.0.0.1:9150", True, ("IsolateDestAddr", "IsolateDestPort"))
    assert Isolation.DEST_ADDR in strict.isolation
    assert Isolation.DEST_PORT in strict.isolation
    shared = Listener(
        "SocksPort",
        "127.0.0.1:9151",
        True,
        ("NoIsolateSOCKSAuth", "SessionGroup=4", "NoDNSRequest"),
    )
    assert shared.session_group == 4
    assert Isolation.NO_SOCKS_AUTH in shared.isolation
    assert isolation_words(shared.isolation[0], shared) == (
        "shares circuits with the other ports of session group 4"
    )
    assert shared.other_flags == ("NoDNSRequest",)
    trans = Listener("TransPort", "127.0.0.1:9040", True)
    assert Isolation.SOCKS_AUTH not in trans.isolation
    assert Listener("ControlPort", "127.0.0.1:9051", True).isolation == ()


def test_listeners_join_config_with_sockets_and_explain_the_rest() -> None:
    reply = '"127.0.0.1:9050" "127.0.0.1:41234" "unix:/run/tor/socks"'
    listening = {"socks": parse_listeners(reply), "control": ["127.0.0.1:9051"]}
    settings = [
        _setting("SocksPort", "9050 IsolateDestAddr"),
        _setting("SocksPort", "auto"),
        _setting("SocksPort", "unix:/run/tor/socks"),
        _setting("TransPort", "127.0.0.1:9040"),
        _setting("DNSPort", "0"),
    ]
    found = listeners(settings, listening)
    assert [(item.option, item.address, item.listening) for item in found] == [
        ("SocksPort", "127.0.0.1:9050", True),
        ("SocksPort", "127.0.0.1:41234", True),
        ("SocksPort", "unix:/run/tor/socks", True),
        ("TransPort", "127.0.0.1:9040", False),
        ("ControlPort", "127.0.0.1:9051", True),
    ]
    assert found[0].flags == ("IsolateDestAddr",)
    assert found[-1].source.kind is SourceKind.BUILT_IN


def test_bridge_lines_and_states() -> None:
    fingerprint = "0123456789ABCDEF0123456789ABCDEF01234567"
    assert parse_bridge(f"obfs4 192.0.2.1:443 {fingerprint} cert=abc iat-mode=0") == (
        "obfs4",
        "192.0.2.1:443",
        fingerprint,
        ("cert=abc", "iat-mode=0"),
    )
    assert parse_bridge("127.0.0.1:1") == ("", "127.0.0.1:1", "", ())
    other = "F" * 40
    bridges = [
        _setting("Bridge", f"127.0.0.1:1 {fingerprint}"),
        _setting("Bridge", f"127.0.0.1:5000 {other}"),
        _setting("Bridge", "127.0.0.1:6000"),
    ]
    states = bridge_states(
        bridges,
        True,
        entry_guards=f"${other}~relay up\n",
        orconn_status="",
        events={fingerprint: ("FAILED", "CONNECTREFUSED")},
    )
    assert [(b.state, b.reason) for b in states] == [
        (BridgeState.FAILED, "CONNECTREFUSED"),
        (BridgeState.CONNECTED, ""),
        (BridgeState.UNKNOWN, ""),
    ]
    assert bridge_states(bridges[:1], False)[0].state is BridgeState.NOT_USED


def test_onion_services_from_torrc_and_control_port() -> None:
    def read_hostname(directory: str) -> str:
        if directory == "/var/lib/tor/private":
            raise PermissionError(13, "Permission denied")
        return "abc.onion\n"

    settings = [
        _setting("HiddenServiceDir", "/var/lib/tor/web"),
        _setting("HiddenServicePort", "80 127.0.0.1:8080"),
        _setting("HiddenServicePort", "443 127.0.0.1:8443"),
        _setting("HiddenServiceDir", "/var/lib/tor/private"),
        _setting("HiddenServicePort", "22"),
    ]
    services = hidden_services(settings, read_hostname)
    assert [(s.name, s.ports, s.problem) for s in services] == [
        ("abc.onion", ("80 127.0.0.1:8080", "443 127.0.0.1:8443"), ""),
        ("", ("22",), "Permission denied"),
    ]
    added = control_port_services("", "xyz\nuvw")
    assert [(s.name, s.origin) for s in added] == [
        ("xyz.onion", "control port (detached)"),
        ("uvw.onion", "control port (detached)"),
    ]


def test_reachability_reply() -> None:
    assert parse_reachability("OR=1 DIR=0") == (True, False)
    assert parse_reachability("") == (None, None)
