"""What tor's circuit and stream events say, as pure data (no state).

Hop                 one relay of a circuit: fingerprint and nickname
StreamSource        where a stream came from: protocol, SOCKS username, client address, ...
CircEvent, CircMinorEvent, StreamEvent, CircBwEvent, StreamBwEvent, Event (their union)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hop:
    fingerprint: str  # 40 hex digits, no '$'
    nickname: str = ""

    @property
    def label(self) -> str:
        return self.nickname or self.fingerprint[:8]


@dataclass(frozen=True)
class StreamSource:
    """What tor says about a stream's origin. Every field is optional: tor reports them
    only for some listeners and versions (CLIENT_PROTOCOL and ISO_FIELDS since 0.3.x)."""

    protocol: str = ""  # CLIENT_PROTOCOL: SOCKS4, SOCKS5, TRANS, NATD, DNS, HTTPCONNECT, ...
    socks_username: str = ""
    address: str = ""  # SOURCE_ADDR: the application's own address and port
    port: int | None = None
    session_group: int | None = None  # one per listener unless the torrc groups them
    nym_epoch: int | None = None
    iso_fields: tuple[str, ...] = ()
    # the profile `onionpanel run` launched the program in: it sets the SOCKS password to
    # "onionpanel:PROFILE" (any other password is never kept: it may be someone's secret)
    launched_in: str = ""


@dataclass(frozen=True)
class CircEvent:
    id: str
    status: str
    at: float  # when it arrived (seconds since the epoch)
    hops: tuple[Hop, ...] = ()
    purpose: str = ""
    build_flags: tuple[str, ...] = ()
    created: float | None = None
    hs_state: str = ""
    rend_query: str = ""
    socks_username: str = ""
    conflux_id: str = ""
    reason: str = ""
    remote_reason: str = ""


@dataclass(frozen=True)
class CircMinorEvent:
    """CIRC_MINOR: a circuit changed purpose or was cannibalized; its status stays."""

    id: str
    event: str  # PURPOSE_CHANGED, CANNIBALIZED
    at: float
    hops: tuple[Hop, ...] = ()
    purpose: str = ""
    hs_state: str = ""


@dataclass(frozen=True)
class StreamEvent:
    id: str
    status: str
    target: str
    at: float
    circuit_id: str = ""
    purpose: str = ""
    source: StreamSource = StreamSource()
    reason: str = ""
    remote_reason: str = ""


@dataclass(frozen=True)
class CircBwEvent:
    id: str
    read: int
    written: int
    at: float


@dataclass(frozen=True)
class StreamBwEvent:
    id: str
    read: int
    written: int
    at: float


Event = CircEvent | CircMinorEvent | StreamEvent | CircBwEvent | StreamBwEvent
