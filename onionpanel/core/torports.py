"""Tor's listening ports as plain data: each port option joined with its real socket, and
its isolation rules in words.

  PORT_OPTIONS                 option -> net/listeners/<kind> (SocksPort -> socks, ...)
  PORT_KEYS                    lower-case option -> tor's spelling
  Isolation                    one isolation rule (enum; its value is the English words)
  Listener(option, address, listening, flags, source, line)
  |- isolation -> tuple[Isolation, ...]   the rules in effect, tor's defaults included
  |- session_group -> int | None, other_flags -> tuple[str, ...], is_client_port, kind
  isolation_words(rule, listener) -> str
  listeners(port_settings, listening) -> list[Listener]   config lines joined with sockets
  parse_listeners(reply) -> list[str]   GETINFO net/listeners/* ("a" "b") -> ["a", "b"]

Facts from tor's manual: streams on different ports never share circuits unless the ports
share a SessionGroup; IsolateClientAddr and IsolateSOCKSAuth are on unless turned off.
"""

from __future__ import annotations

import enum
import shlex
from collections.abc import Sequence
from dataclasses import dataclass, replace

from onionpanel.core.torrc import Setting, Source, SourceKind

PORT_OPTIONS: dict[str, str] = {
    "SocksPort": "socks",
    "HTTPTunnelPort": "httptunnel",
    "TransPort": "trans",
    "NATDPort": "natd",
    "DNSPort": "dns",
    "ControlPort": "control",
    "ControlSocket": "control",
    "ORPort": "or",
    "DirPort": "dir",
    "ExtORPort": "extor",
    "MetricsPort": "metrics",
}
PORT_KEYS = {option.lower(): option for option in PORT_OPTIONS}
_CLIENT_PORTS = {"socksport", "httptunnelport", "transport", "natdport", "dnsport"}
UNKNOWN_SOURCE = Source(SourceKind.UNKNOWN)


class Isolation(enum.Enum):
    OWN_PORT = "streams from other ports never share its circuits"
    SESSION_GROUP = "shares circuits with the other ports of session group {group}"
    CLIENT_ADDR = "each client address gets its own circuits"
    NO_CLIENT_ADDR = "clients at different addresses may share circuits"
    SOCKS_AUTH = "each SOCKS user name and password gets its own circuits"
    NO_SOCKS_AUTH = "SOCKS user names and passwords do not separate circuits"
    CLIENT_PROTOCOL = "each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits"
    DEST_ADDR = "each destination address gets its own circuits"
    DEST_PORT = "each destination port gets its own circuits"
    KEEP_ALIVE = "circuits with SOCKS authentication stay open while in use"


# flag -> (rule when set, rule when "No"-prefixed); tor's defaults are IsolateClientAddr and
# IsolateSOCKSAuth on, the rest off (tor manual, SocksPort "isolation flags").
_ISOLATION_FLAGS: dict[str, tuple[Isolation, Isolation | None]] = {
    "isolateclientaddr": (Isolation.CLIENT_ADDR, Isolation.NO_CLIENT_ADDR),
    "isolatesocksauth": (Isolation.SOCKS_AUTH, Isolation.NO_SOCKS_AUTH),
    "isolateclientprotocol": (Isolation.CLIENT_PROTOCOL, None),
    "isolatedestaddr": (Isolation.DEST_ADDR, None),
    "isolatedestport": (Isolation.DEST_PORT, None),
    "keepaliveisolatesocksauth": (Isolation.KEEP_ALIVE, None),
}
_ON_BY_DEFAULT = ("isolateclientaddr", "isolatesocksauth")
# no SOCKS user names on these: the SOCKS-auth rules say nothing there
_NO_AUTH_PORTS = {"transport", "dnsport", "natdport"}
_AUTH_RULES = {Isolation.SOCKS_AUTH, Isolation.NO_SOCKS_AUTH, Isolation.KEEP_ALIVE}


@dataclass(frozen=True)
class Listener:
    option: str  # SocksPort, TransPort, ...
    address: str  # where it listens (127.0.0.1:9050, unix:/run/tor/socks), or would
    listening: bool
    flags: tuple[str, ...] = ()
    source: Source = UNKNOWN_SOURCE
    line: str = ""  # the option's value as tor reports it

    @property
    def kind(self) -> str:
        return PORT_OPTIONS.get(self.option, self.option.lower())

    @property
    def is_client_port(self) -> bool:
        return self.option.lower() in _CLIENT_PORTS

    @property
    def session_group(self) -> int | None:
        for flag in self.flags:
            name, _, value = flag.partition("=")
            if name.lower() == "sessiongroup" and value.isdigit():
                return int(value)
        return None

    @property
    def isolation(self) -> tuple[Isolation, ...]:
        if not self.is_client_port:
            return ()
        state = {name: name in _ON_BY_DEFAULT for name in _ISOLATION_FLAGS}
        for flag in self.flags:  # tor: later flags win
            lowered = flag.lower()
            negated = lowered.startswith("no") and lowered[2:] in state
            name = lowered[2:] if negated else lowered
            if name in state:
                state[name] = not negated
        rules = [Isolation.SESSION_GROUP if self.session_group is not None else Isolation.OWN_PORT]
        for name, (on, off) in _ISOLATION_FLAGS.items():
            if state[name]:
                rules.append(on)
            elif off is not None:
                rules.append(off)
        if self.option.lower() in _NO_AUTH_PORTS:
            rules = [rule for rule in rules if rule not in _AUTH_RULES]
        return tuple(rules)

    @property
    def other_flags(self) -> tuple[str, ...]:
        known = {*_ISOLATION_FLAGS, *(f"no{name}" for name in _ISOLATION_FLAGS), "sessiongroup"}
        return tuple(f for f in self.flags if f.lower().partition("=")[0] not in known)


def isolation_words(rule: Isolation, listener: Listener) -> str:
    return rule.value.format(group=listener.session_group)


def parse_listeners(reply: str) -> list[str]:
    """GETINFO net/listeners/socks -> ``"127.0.0.1:9050" "unix:/run/tor/socks"``."""
    try:
        return [word for word in shlex.split(reply) if word]
    except ValueError:
        return reply.replace('"', " ").split()


def _split_port_value(option: str, value: str) -> tuple[str, tuple[str, ...]]:
    """``127.0.0.1:9050 IsolateDestAddr`` -> ("127.0.0.1:9050", flags); ``9050`` is a port on
    127.0.0.1 (0.0.0.0 for ORPort and DirPort, where tor listens on every address)."""
    words = value.split()
    if not words:
        return "", ()
    address, flags = words[0], tuple(words[1:])
    if address.isdigit() or address == "auto":
        host = "0.0.0.0" if option.lower() in ("orport", "dirport") else "127.0.0.1"
        address = f"{host}:{address}"
    if option.lower() == "controlsocket" and not address.startswith("unix:"):
        address = f"unix:{address}"
    return address, flags


def _port_of(address: str) -> str:
    return "" if address.startswith("unix:") else address.rpartition(":")[2]


def _same_place(configured: str, actual: str) -> bool:
    if configured == actual:
        return True
    port = _port_of(configured)
    if not port or port == "auto" or port != _port_of(actual):
        return False
    host = configured.rpartition(":")[0].strip("[]")
    return host in ("0.0.0.0", "::", "") or host == actual.rpartition(":")[0].strip("[]")


def listeners(port_settings: Sequence[Setting], listening: dict[str, list[str]]) -> list[Listener]:
    """Join the port options tor uses with the sockets it has open (``listening``: kind ->
    addresses from net/listeners/<kind>). A socket no option explains is tor's default."""
    unclaimed = {kind: list(addresses) for kind, addresses in listening.items()}
    result: list[Listener] = []
    later: list[tuple[int, Setting, str, tuple[str, ...]]] = []
    for setting in port_settings:
        option = PORT_KEYS.get(setting.key.lower(), setting.key)
        address, flags = _split_port_value(option, setting.value)
        if not address or _port_of(address) == "0":
            continue  # "SocksPort 0": the port is off
        kind = PORT_OPTIONS.get(option, option.lower())
        open_here = unclaimed.get(kind, [])
        match = next((a for a in open_here if _same_place(address, a)), None)
        if match is None and _port_of(address) == "auto":
            later.append((len(result), setting, address, flags))
        if match is not None:
            open_here.remove(match)
        found = match is not None
        result.append(
            Listener(option, match or address, found, flags, setting.source, setting.value)
        )
    for index, _setting, _address, _flags in later:  # "auto": whichever socket is left
        kind = PORT_OPTIONS.get(result[index].option, "")
        if unclaimed.get(kind):
            chosen = unclaimed[kind].pop(0)
            result[index] = replace(result[index], address=chosen, listening=True)
    by_kind = {kind: option for option, kind in reversed(PORT_OPTIONS.items())}
    for kind, addresses in unclaimed.items():
        for address in addresses:
            option = by_kind.get(kind, kind)
            result.append(Listener(option, address, True, (), Source(SourceKind.BUILT_IN)))
    return result
