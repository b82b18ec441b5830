"""What tor is configured to do, as plain data: ports, bridges, onion services, relay, options.

PORT_OPTIONS                       option -> net/listeners/<kind> (SocksPort -> socks, ...)
Isolation                          one isolation rule (enum; its value is the English words)
Listener(option, address, listening, flags, source)
|- isolation -> tuple[Isolation, ...]   the rules in effect, tor's defaults included
|- session_group -> int | None, other_flags -> tuple[str, ...]
listeners(port_settings, listening) -> list[Listener]   config lines joined with real sockets
parse_listeners(reply) -> list[str]   GETINFO net/listeners/* ("a" "b") -> ["a", "b"]
BridgeState (enum), Bridge(transport, address, fingerprint, options, source, state, reason)
parse_bridge(value) -> (transport, address, fingerprint, options)
bridge_states(bridges, entry_guards, orconn_status) -> list[Bridge]
OnionService(name, ports, directory, hostname, origin, source, problem)
hidden_services(settings, read_hostname) -> list[OnionService]
RelayInfo(or_ports, nickname, fingerprint, reachable_or, reachable_dir, accounting, role)
ConfigReport(...)                  everything the page and `onionpanel config` show
|- to_json() -> dict               what `onionpanel config --json` prints
IMPORTANT_OPTIONS                  options shown in their own section, not in "other"
"""

from __future__ import annotations

import enum
import re
import shlex
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from onionpanel.core.nixos_options import nixos_option
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
_PORT_KEYS = {option.lower(): option for option in PORT_OPTIONS}
_CLIENT_PORTS = {"socksport", "httptunnelport", "transport", "natdport", "dnsport"}

BRIDGE_OPTIONS = {"bridge", "usebridges", "clienttransportplugin"}
ONION_OPTIONS = {"hiddenservicedir", "hiddenserviceport", "hiddenserviceversion"}
RELAY_OPTIONS = {"nickname", "bridgerelay", "accountingmax", "accountingstart", "contactinfo"}
RELAY_OPTIONS |= {"exitrelay", "exitpolicy", "publishserverdescriptor", "address"}
IMPORTANT_OPTIONS = {*_PORT_KEYS, *BRIDGE_OPTIONS, *ONION_OPTIONS, *RELAY_OPTIONS}
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
        option = _PORT_KEYS.get(setting.key.lower(), setting.key)
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


# --- bridges ---------------------------------------------------------------------------


class BridgeState(enum.Enum):
    CONNECTED = "connected"
    TRYING = "trying to connect"
    FAILED = "cannot connect"
    NOT_USED = "not used (UseBridges is off)"
    UNKNOWN = "not tried yet"


@dataclass(frozen=True)
class Bridge:
    transport: str  # "" for a plain bridge, obfs4, snowflake, webtunnel, meek_lite...
    address: str
    fingerprint: str
    options: tuple[str, ...]
    source: Source
    state: BridgeState = BridgeState.UNKNOWN
    reason: str = ""  # tor's words for the last failure (ORCONN REASON)
    line: str = ""


_FINGERPRINT = re.compile(r"^\$?[0-9A-Fa-f]{40}$")


def parse_bridge(value: str) -> tuple[str, str, str, tuple[str, ...]]:
    """``[transport] IP:ORPort [fingerprint] [k=v ...]`` (tor manual, Bridge)."""
    words = value.split()
    transport = ""
    if words and ":" not in words[0] and not _FINGERPRINT.match(words[0]):
        transport, words = words[0], words[1:]
    address = words[0] if words else ""
    rest = words[1:]
    fingerprint = ""
    if rest and _FINGERPRINT.match(rest[0]):
        fingerprint, rest = rest[0].lstrip("$").upper(), rest[1:]
    return transport, address, fingerprint, tuple(rest)


def _orconn_states(orconn_status: str) -> dict[str, tuple[str, str]]:
    """GETINFO orconn-status: ``$FP~nick CONNECTED`` or ``127.0.0.1:1 LAUNCHED`` per line;
    key -> (state, "")."""
    states: dict[str, tuple[str, str]] = {}
    for line in orconn_status.splitlines():
        target, _, state = line.strip().partition(" ")
        if target:
            states[_orconn_key(target)] = (state.strip(), "")
    return states


def _orconn_key(target: str) -> str:
    target = target.lstrip("$")
    fingerprint = target.partition("~")[0].partition("=")[0]
    return fingerprint.upper() if _FINGERPRINT.match(fingerprint) else target


def _guard_states(entry_guards: str) -> dict[str, str]:
    """GETINFO entry-guards: ``$FP~nick up|down|never-connected|unusable``."""
    states: dict[str, str] = {}
    for line in entry_guards.splitlines():
        words = line.split()
        if len(words) >= 2:
            states[_orconn_key(words[0])] = words[1].lower()
    return states


def bridge_states(
    bridges: Iterable[Setting],
    use_bridges: bool,
    entry_guards: str = "",
    orconn_status: str = "",
    events: dict[str, tuple[str, str]] | None = None,
) -> list[Bridge]:
    """Each Bridge line with whether tor is connected to it: from entry-guards, orconn-status
    and the ORCONN/GUARD events seen since (``events``: fingerprint or address -> (ORCONN
    status or GUARD status, reason))."""
    orconns = _orconn_states(orconn_status)
    guards = _guard_states(entry_guards)
    seen = {**orconns, **(events or {})}
    result: list[Bridge] = []
    for setting in bridges:
        transport, address, fingerprint, options = parse_bridge(setting.value)
        status, reason = seen.get(fingerprint, ("", "")) if fingerprint else ("", "")
        if not status:
            status, reason = seen.get(address, ("", ""))
        guard = guards.get(fingerprint, "")
        state = _bridge_state(status, guard) if use_bridges else BridgeState.NOT_USED
        bridge = Bridge(transport, address, fingerprint, options, setting.source, state, reason)
        result.append(replace(bridge, line=setting.value))
    return result


def _bridge_state(orconn: str, guard: str) -> BridgeState:
    orconn = orconn.upper()
    if orconn == "CONNECTED" or guard == "up" or orconn in ("UP", "GOOD"):
        return BridgeState.CONNECTED
    if orconn in ("FAILED", "CLOSED", "DOWN", "BAD", "DROPPED") or guard in ("down", "unusable"):
        return BridgeState.FAILED
    if orconn in ("LAUNCHED", "NEW"):
        return BridgeState.TRYING
    return BridgeState.UNKNOWN


# --- onion services --------------------------------------------------------------------


@dataclass(frozen=True)
class OnionService:
    name: str  # xyz.onion, or "" when the hostname cannot be read
    ports: tuple[str, ...]  # "80 127.0.0.1:8080"
    directory: str  # HiddenServiceDir, "" for a service added over the control port
    origin: str  # "torrc" or "control port (detached)" / "control port (this connection)"
    source: Source = UNKNOWN_SOURCE
    problem: str = ""  # why the hostname is not shown


def hidden_services(
    settings: Sequence[Setting], read_hostname: Callable[[str], str]
) -> list[OnionService]:
    """HiddenServiceDir blocks in tor's order; each following HiddenServicePort belongs to
    the directory above it. ``read_hostname(dir)`` may raise OSError (the panel may not read
    tor's files), which becomes the service's problem."""
    services: list[OnionService] = []
    directory: Setting | None = None
    ports: list[str] = []

    def close() -> None:
        if directory is None:
            return
        name, problem = "", ""
        try:
            name = read_hostname(directory.value).strip()
        except OSError as error:
            problem = error.strerror or str(error)
        services.append(
            OnionService(name, tuple(ports), directory.value, "torrc", directory.source, problem)
        )

    for setting in settings:
        key = setting.key.lower()
        if key == "hiddenservicedir":
            close()
            directory, ports = setting, []
        elif key == "hiddenserviceport" and directory is not None:
            ports.append(setting.value)
    close()
    return services


def control_port_services(current: str, detached: str) -> list[OnionService]:
    """GETINFO onions/current and onions/detached: service ids, one per line."""
    services = [
        OnionService(f"{name}.onion", (), "", "control port (detached)")
        for name in detached.split()
    ]
    services += [
        OnionService(f"{name}.onion", (), "", "control port (this connection)")
        for name in current.split()
    ]
    return services


# --- relay -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RelayInfo:
    role: str  # "relay", "bridge" or "" (not a relay)
    nickname: str = ""
    fingerprint: str = ""
    or_ports: tuple[str, ...] = ()
    reachable_or: bool | None = None
    reachable_dir: bool | None = None
    accounting: str = ""  # "" off, else e.g. "awake, 1.2 MB of 1 GB used"


def parse_reachability(reply: str) -> tuple[bool | None, bool | None]:
    """GETINFO status/reachability-succeeded: ``OR=1 DIR=0``."""
    values = dict(word.partition("=")[::2] for word in reply.split())
    return _flag(values.get("OR")), _flag(values.get("DIR"))


def _flag(value: str | None) -> bool | None:
    return None if value is None else value == "1"


# --- the whole report ------------------------------------------------------------------


@dataclass(frozen=True)
class ConfigReport:
    config_file: str
    defaults_file: str
    files_read: tuple[str, ...] = ()
    problems: tuple[tuple[str, str], ...] = ()  # (file, why not read)
    nixos: bool = False
    listeners: tuple[Listener, ...] = ()
    use_bridges: bool = False
    bridges: tuple[Bridge, ...] = ()
    transports: tuple[Setting, ...] = ()  # ClientTransportPlugin lines
    onion_services: tuple[OnionService, ...] = ()
    relay: RelayInfo = RelayInfo("")
    other: tuple[Setting, ...] = ()
    sandbox: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def socks_ports(self) -> tuple[Listener, ...]:
        return tuple(item for item in self.listeners if item.option == "SocksPort")

    def to_json(self) -> dict[str, Any]:
        return {
            "config_file": self.config_file,
            "defaults_file": self.defaults_file,
            "files_read": list(self.files_read),
            "unreadable": [{"path": path, "reason": why} for path, why in self.problems],
            "nixos": self.nixos,
            "sandbox": self.sandbox,
            "listeners": [_listener_json(item) for item in self.listeners],
            "bridges": {
                "use_bridges": self.use_bridges,
                "bridges": [_bridge_json(item) for item in self.bridges],
                "transports": [_setting_json(item) for item in self.transports],
            },
            "onion_services": [_onion_json(item) for item in self.onion_services],
            "relay": _relay_json(self.relay),
            "options": [_setting_json(item) for item in self.other],
            "notes": list(self.notes),
        }


def source_json(source: Source, option: str) -> dict[str, Any]:
    return {
        "kind": source.kind.value,
        "file": source.path or None,
        "line": source.line or None,
        "text": source.text or None,
        "nixos_option": nixos_option(option, source.text),
    }


def _setting_json(setting: Setting) -> dict[str, Any]:
    return {
        "option": setting.key,
        "value": setting.value,
        "source": source_json(setting.source, setting.key),
    }


def _listener_json(item: Listener) -> dict[str, Any]:
    return {
        "option": item.option,
        "address": item.address,
        "listening": item.listening,
        "flags": list(item.flags),
        "session_group": item.session_group,
        "isolation": [isolation_words(rule, item) for rule in item.isolation],
        "source": source_json(item.source, item.option),
    }


def _bridge_json(item: Bridge) -> dict[str, Any]:
    return {
        "transport": item.transport or None,
        "address": item.address,
        "fingerprint": item.fingerprint or None,
        "state": item.state.value,
        "reason": item.reason or None,
        "source": source_json(item.source, "Bridge"),
    }


def _onion_json(item: OnionService) -> dict[str, Any]:
    return {
        "name": item.name or None,
        "ports": list(item.ports),
        "directory": item.directory or None,
        "origin": item.origin,
        "problem": item.problem or None,
        "source": source_json(item.source, "HiddenServiceDir") if item.directory else None,
    }


def _relay_json(relay: RelayInfo) -> dict[str, Any]:
    return {
        "role": relay.role or None,
        "nickname": relay.nickname or None,
        "fingerprint": relay.fingerprint or None,
        "or_ports": list(relay.or_ports),
        "reachable_or": relay.reachable_or,
        "reachable_dir": relay.reachable_dir,
        "accounting": relay.accounting or None,
    }
