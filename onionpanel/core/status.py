"""What the panel knows about its tor: connection phase, bootstrap, version, notices.

Pure data and pure functions; the tor layer fills these in, the ui layer shows them.

  ControlEndpoint   where a control port is (tcp host:port or unix socket path)
  AuthMethod        how we authenticated
  ConnectionPhase   disconnected / connecting / authenticating / connected / reconnecting
  Bootstrap         tor's last BOOTSTRAP status: percent, tag, summary, and a problem if any
  NoticeKind        the kinds of STATUS_CLIENT / STATUS_GENERAL events worth telling a person
  Notice            one such event, with its arguments (the ui turns it into a sentence)
  TorStatus         everything the status window and tray show, in one immutable value
  |- with_(...)     a copy with some fields changed
  bootstrap_from_event(args, severity) -> Bootstrap
  notice_from_event(event_type, action, severity, args) -> Notice | None
  listener_addresses(reply) -> list[str]   GETINFO net/listeners/socks as "127.0.0.1:9050"
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ControlEndpoint:
    """A control port: ``tcp`` with host and port, or ``unix`` with a socket path."""

    kind: str  # "tcp" or "unix"
    host: str = ""
    port: int = 0
    path: str = ""

    @classmethod
    def tcp(cls, host: str, port: int) -> ControlEndpoint:
        return cls("tcp", host=host, port=port)

    @classmethod
    def unix(cls, path: str) -> ControlEndpoint:
        return cls("unix", path=path)

    def __str__(self) -> str:
        return f"unix:{self.path}" if self.kind == "unix" else f"{self.host}:{self.port}"


class AuthMethod(enum.Enum):
    NONE = "none"
    COOKIE = "cookie"
    SAFECOOKIE = "safecookie"
    PASSWORD = "password"


class ConnectionPhase(enum.Enum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    AUTHENTICATING = "authenticating"
    CONNECTED = "connected"  # bootstrap progress is in TorStatus.bootstrap
    RECONNECTING = "reconnecting"


@dataclass(frozen=True)
class Bootstrap:
    progress: int = 0
    tag: str = ""
    summary: str = ""
    warning: str = ""  # tor's WARNING= text when bootstrap has a problem
    reason: str = ""  # tor's REASON= keyword (e.g. "CONNECTREFUSED", "NOROUTE")

    @property
    def done(self) -> bool:
        return self.progress >= 100


class NoticeKind(enum.Enum):
    CLOCK_SKEW = "clock_skew"
    BOOTSTRAP_PROBLEM = "bootstrap_problem"
    DANGEROUS_PORT = "dangerous_port"
    DANGEROUS_SOCKS = "dangerous_socks"
    SOCKS_UNKNOWN_PROTOCOL = "socks_unknown_protocol"
    SOCKS_BAD_HOSTNAME = "socks_bad_hostname"
    DNS_HIJACKED = "dns_hijacked"
    DNS_USELESS = "dns_useless"
    TOR_OUT_OF_DATE = "tor_out_of_date"
    DANGEROUS_VERSION = "dangerous_version"
    TOO_MANY_CONNECTIONS = "too_many_connections"
    BUG = "bug"
    CIRCUIT_ESTABLISHED = "circuit_established"
    CIRCUIT_NOT_ESTABLISHED = "circuit_not_established"
    # not tor's own: the routing config declares a port tor does not listen on
    ROUTING_PORT_MISSING = "routing_port_missing"
    # not tor's own: something the panel asked tor for failed (arguments: task, problem)
    PANEL_TASK_FAILED = "panel_task_failed"
    # not tor's own: the connection broke or the panel dropped it, and it is being rebuilt
    # (argument: reason)
    CONNECTION_DROPPED = "connection_dropped"


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    severity: str  # "NOTICE", "WARN" or "ERR", as tor says
    arguments: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_problem(self) -> bool:
        return self.severity in ("WARN", "ERR") and self.kind is not NoticeKind.CIRCUIT_ESTABLISHED


@dataclass(frozen=True)
class TorStatus:
    phase: ConnectionPhase = ConnectionPhase.DISCONNECTED
    endpoint: ControlEndpoint | None = None
    auth_method: AuthMethod | None = None
    version: str = ""
    version_status: str = ""  # tor's status/version/current: recommended, obsolete, ...
    bootstrap: Bootstrap = Bootstrap()
    problem: Notice | None = None  # the latest unresolved warning, for the tray's warning state
    error: str = ""  # why we are disconnected, already phrased by the tor layer's error type
    sandbox: bool = False  # a private practice network: never anonymous

    def with_(self, **changes: object) -> TorStatus:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def bootstrap_from_event(arguments: Mapping[str, str], severity: str = "NOTICE") -> Bootstrap:
    """A BOOTSTRAP status event (or ``status/bootstrap-phase`` reply) as a Bootstrap."""
    try:
        progress = max(0, min(100, int(arguments.get("PROGRESS", "0"))))
    except ValueError:
        progress = 0
    problem = severity in ("WARN", "ERR")
    return Bootstrap(
        progress=progress,
        tag=arguments.get("TAG", ""),
        summary=arguments.get("SUMMARY", ""),
        warning=arguments.get("WARNING", "") if problem else "",
        reason=arguments.get("REASON", "") if problem else "",
    )


_ACTION_KINDS: Mapping[str, NoticeKind] = {
    "CLOCK_SKEW": NoticeKind.CLOCK_SKEW,
    "DANGEROUS_PORT": NoticeKind.DANGEROUS_PORT,
    "DANGEROUS_SOCKS": NoticeKind.DANGEROUS_SOCKS,
    "SOCKS_UNKNOWN_PROTOCOL": NoticeKind.SOCKS_UNKNOWN_PROTOCOL,
    "SOCKS_BAD_HOSTNAME": NoticeKind.SOCKS_BAD_HOSTNAME,
    "DNS_HIJACKED": NoticeKind.DNS_HIJACKED,
    "DNS_USELESS": NoticeKind.DNS_USELESS,
    "DANGEROUS_VERSION": NoticeKind.DANGEROUS_VERSION,
    "TOO_MANY_CONNECTIONS": NoticeKind.TOO_MANY_CONNECTIONS,
    "BUG": NoticeKind.BUG,
    "CIRCUIT_ESTABLISHED": NoticeKind.CIRCUIT_ESTABLISHED,
    "CIRCUIT_NOT_ESTABLISHED": NoticeKind.CIRCUIT_NOT_ESTABLISHED,
}


def notice_from_event(
    event_type: str, action: str, severity: str, arguments: Mapping[str, str]
) -> Notice | None:
    """A STATUS_CLIENT / STATUS_GENERAL / STATUS_SERVER event as a Notice, or None if a
    person need not hear of it (routine bootstrap progress, ENOUGH_DIR_INFO and the like)."""
    if action == "BOOTSTRAP":
        if severity in ("WARN", "ERR"):
            return Notice(NoticeKind.BOOTSTRAP_PROBLEM, severity, dict(arguments))
        return None
    out_of_date = arguments.get("REASON", "").upper() in ("OBSOLETE", "UNRECOMMENDED")
    if action == "DANGEROUS_VERSION" and out_of_date:
        return Notice(NoticeKind.TOR_OUT_OF_DATE, severity, dict(arguments))
    kind = _ACTION_KINDS.get(action)
    if kind is None:
        return None
    return Notice(kind, severity, dict(arguments))


def listener_addresses(reply: str) -> list[str]:
    """``GETINFO net/listeners/socks`` (and friends) as addresses: tor quotes each one and
    separates them with spaces, e.g. ``"127.0.0.1:9050" "unix:/run/tor/socks"``."""
    return [word.strip('"') for word in reply.split() if word.strip('"')]
