"""What tor is configured to do, as plain data: bridges, onion services, relay, the report.

  IMPORTANT_OPTIONS                options shown in their own section, not in "other"
  BridgeState (enum), Bridge(transport, address, fingerprint, options, source, state, reason)
  parse_bridge(value) -> (transport, address, fingerprint, options)
  bridge_states(bridges, use_bridges, entry_guards, orconn_status, events) -> list[Bridge]
  OnionService(name, ports, directory, origin, source, problem)
  hidden_services(settings, read_hostname) -> list[OnionService]
  control_port_services(current, detached) -> list[OnionService]
  RelayInfo(role, nickname, fingerprint, or_ports, reachable_or, reachable_dir, accounting)
  parse_reachability(reply) -> (or, dir)
  ConfigReport(...)                everything the page and `onionpanel config` show
  |- to_json() -> dict             what `onionpanel config --json` prints
The ports live in onionpanel.core.torports.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from onionpanel.core.nixos_options import nixos_option
from onionpanel.core.torports import PORT_KEYS, UNKNOWN_SOURCE, Listener, isolation_words
from onionpanel.core.torrc import Setting, Source

BRIDGE_OPTIONS = {"bridge", "usebridges", "clienttransportplugin"}
ONION_OPTIONS = {"hiddenservicedir", "hiddenserviceport", "hiddenserviceversion"}
RELAY_OPTIONS = {"nickname", "bridgerelay", "accountingmax", "accountingstart", "contactinfo"}
RELAY_OPTIONS |= {"exitrelay", "exitpolicy", "publishserverdescriptor", "address"}
IMPORTANT_OPTIONS = {*PORT_KEYS, *BRIDGE_OPTIONS, *ONION_OPTIONS, *RELAY_OPTIONS}


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
