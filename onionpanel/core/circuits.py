"""Circuits and streams as tor reports them, and the pure bookkeeping of their events.

  Hop, StreamSource, CircEvent, ... Event   the events' data (onionpanel.core.circuit_events)
  Circuit             one circuit: status, purpose, build flags, hops, times, close reasons, bytes
  |- closed           FAILED or CLOSED (it lingers until expire() drops it)
  |- exit             the last hop, if any
  StreamSource        where a stream came from: protocol, SOCKS username, client address, ...
  Stream              one stream: target, status, circuit, source, bytes
  CircEvent, CircMinorEvent, StreamEvent, CircBwEvent, StreamBwEvent   pure event data
  NetworkState        immutable circuits and streams by id
  Change              which circuit and stream ids were added, updated, removed
  apply_event(state, event) -> (state, Change)
  apply_events(state, events) -> (state, Change)     one Change for a whole batch
  diff(before, after, circuit_ids, stream_ids) -> Change   fold several batches into one
  expire(state, now, linger=5.0, cap=MAX_LINGERING) -> (state, Change)  drops closed rows
                      after linger, and the oldest beyond cap
  MAX_LINGERING                    closed circuits (and as many streams) kept at once
GETINFO replies and event fields: onionpanel.core.circuit_status. Words for circuits and
streams (is_internal, path_text, stream_group, ...): onionpanel.core.circuit_text.

Statuses, purposes and reasons stay plain strings: tor adds new ones (CONFLUX_LINKED,
HS_VANGUARDS, CHANNEL_CLOSED in 0.4.8/0.4.9) faster than any enum can follow.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from onionpanel.core.circuit_events import (
    CircBwEvent,
    CircEvent,
    CircMinorEvent,
    Event,
    Hop,
    StreamBwEvent,
    StreamEvent,
    StreamSource,
)

__all__ = [
    "CircBwEvent",
    "CircEvent",
    "CircMinorEvent",
    "Event",
    "Hop",
    "StreamBwEvent",
    "StreamEvent",
    "StreamSource",
]

_EXIT_SUFFIX = re.compile(r"\.\$?[0-9A-Fa-f]{40}\.exit$")
# Closed rows shown at once, of each kind: at 1,000 events/s about this many close within the
# 5 s they linger, and a flood must not grow the view beyond it.
MAX_LINGERING = 1000
CLOSED_STATUSES = frozenset({"FAILED", "CLOSED"})
STREAM_CLOSED_STATUSES = frozenset({"FAILED", "CLOSED"})

# Purposes that never carry a person's traffic by themselves. HS_* circuits do carry
# onion-site streams; the view shows any circuit with streams attached regardless.
_INTERNAL_PURPOSES = frozenset(
    {
        "TESTING",
        "MEASURE_TIMEOUT",
        "CIRCUIT_PADDING",
        "PATH_BIAS_TESTING",
        "CONTROLLER_INTERNAL",
        "CONFLUX_UNLINKED",
    }
)


@dataclass(frozen=True)
class Circuit:
    id: str
    status: str  # LAUNCHED, BUILT, GUARD_WAIT, EXTENDED, FAILED, CLOSED, or newer
    purpose: str = "GENERAL"
    build_flags: tuple[str, ...] = ()
    hops: tuple[Hop, ...] = ()
    created: float | None = None  # seconds since the epoch (tor's TIME_CREATED)
    hs_state: str = ""
    rend_query: str = ""
    socks_username: str = ""
    conflux_id: str = ""
    reason: str = ""  # our side's reason, when closed or failed
    remote_reason: str = ""  # the remote side's reason, when tor reports one
    closed_at: float | None = None
    bytes_read: int = 0
    bytes_written: int = 0

    @property
    def closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    @property
    def exit(self) -> Hop | None:
        return self.hops[-1] if self.hops else None


LAUNCHED_PASSWORD_PREFIX = "onionpanel:"
# tor's own SESSION_GROUP numbers (or/or.h): listeners without SessionGroup= get -4, -5, ...
SESSION_GROUP_DIRECTORY = -2
SESSION_GROUP_CONTROLLER_RESOLVE = -3
SESSION_GROUP_FIRST_AUTO = -4


@dataclass(frozen=True)
class Stream:
    id: str
    status: str  # NEW, NEWRESOLVE, REMAP, SENTCONNECT, SENTRESOLVE, SUCCEEDED, FAILED, ...
    target: str  # host:port as tor shows it
    circuit_id: str = ""  # "" while unattached
    purpose: str = ""
    source: StreamSource = StreamSource()  # noqa: RUF009 (frozen: shared safely)
    reason: str = ""
    remote_reason: str = ""
    opened_at: float | None = None
    closed_at: float | None = None
    bytes_read: int = 0  # received by the application
    bytes_written: int = 0  # sent by the application

    @property
    def closed(self) -> bool:
        return self.status in STREAM_CLOSED_STATUSES

    @property
    def target_host(self) -> str:
        """The host the application asked for, without the ``.<FINGERPRINT>.exit`` tor
        appends once it picks an exit for a loopback or .exit target."""
        host = self.target.rpartition(":")[0] if ":" in self.target else self.target
        return _EXIT_SUFFIX.sub("", host).strip("[]")

    @property
    def display_target(self) -> str:
        port = self.target_port
        host = self.target_host
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}" if port is not None else host

    @property
    def target_port(self) -> int | None:
        port = self.target.rpartition(":")[2]
        return int(port) if port.isdigit() else None


# --- state --------------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkState:
    circuits: Mapping[str, Circuit] = field(default_factory=lambda: MappingProxyType({}))
    streams: Mapping[str, Stream] = field(default_factory=lambda: MappingProxyType({}))

    def streams_on(self, circuit_id: str) -> tuple[Stream, ...]:
        return tuple(s for s in self.streams.values() if s.circuit_id == circuit_id)


@dataclass(frozen=True)
class Change:
    circuits_added: frozenset[str] = frozenset()
    circuits_updated: frozenset[str] = frozenset()
    circuits_removed: frozenset[str] = frozenset()
    streams_added: frozenset[str] = frozenset()
    streams_updated: frozenset[str] = frozenset()
    streams_removed: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))

    @property
    def circuits(self) -> frozenset[str]:
        return self.circuits_added | self.circuits_updated | self.circuits_removed

    @property
    def streams(self) -> frozenset[str]:
        return self.streams_added | self.streams_updated | self.streams_removed


NO_CHANGE = Change()


def diff(
    before: NetworkState, after: NetworkState, circuits: Iterable[str], streams: Iterable[str]
) -> Change:
    """The Change from ``before`` to ``after``, looking only at the given ids (those that
    events touched): lets a consumer fold many batches into one update."""

    def split(
        ids: Iterable[str], old: Mapping[str, object], new: Mapping[str, object]
    ) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        added, updated, removed = set(), set(), set()
        for key in ids:
            was, now = old.get(key), new.get(key)
            if was is None and now is not None:
                added.add(key)
            elif was is not None and now is None:
                removed.add(key)
            elif was is not None and was is not now:
                updated.add(key)
        return frozenset(added), frozenset(updated), frozenset(removed)

    c = split(circuits, before.circuits, after.circuits)
    s = split(streams, before.streams, after.streams)
    return Change(*c, *s)


def id_order(identifier: str) -> tuple[int, str]:
    """Sort key for tor's circuit and stream ids: numeric ids by number (they grow over time)."""
    return (int(identifier), "") if identifier.isdigit() else (1 << 62, identifier)


def split_change(change: Change, size: int) -> list[Change]:
    """``change`` as Changes of at most ``size`` ids each, circuits first and each kind in id
    order, so that most streams come after their circuit. Applied one after another with the
    same final state, they add up to ``change``."""
    circuit_fields = ("circuits_added", "circuits_updated", "circuits_removed")
    stream_fields = ("streams_added", "streams_updated", "streams_removed")
    ordered: list[tuple[str, str]] = []
    for fields in (circuit_fields, stream_fields):
        kind_of = {id_: kind for kind in fields for id_ in getattr(change, kind)}
        ordered += [(kind_of[id_], id_) for id_ in sorted(kind_of, key=id_order)]
    pieces = []
    for start in range(0, len(ordered), size):
        piece: dict[str, set[str]] = {}
        for kind, id_ in ordered[start : start + size]:
            piece.setdefault(kind, set()).add(id_)
        pieces.append(Change(**{kind: frozenset(ids) for kind, ids in piece.items()}))
    return pieces


def _circ_event(old: Circuit | None, event: CircEvent) -> Circuit | None:
    if old is None and event.status in CLOSED_STATUSES:
        return None  # closed before we ever saw it (e.g. just before we subscribed)
    if old is None or old.closed:
        old = Circuit(id=event.id, status=event.status, created=event.created or event.at)
    return dataclasses.replace(
        old,
        status=event.status,
        purpose=event.purpose or old.purpose,
        build_flags=event.build_flags or old.build_flags,
        hops=event.hops or old.hops,
        created=event.created or old.created,
        hs_state=event.hs_state or old.hs_state,
        rend_query=event.rend_query or old.rend_query,
        socks_username=event.socks_username or old.socks_username,
        conflux_id=event.conflux_id or old.conflux_id,
        reason=event.reason or old.reason,
        remote_reason=event.remote_reason or old.remote_reason,
        closed_at=event.at if event.status in CLOSED_STATUSES else None,
    )


def _circ_minor_event(old: Circuit | None, event: CircMinorEvent) -> Circuit | None:
    if old is None:
        return None
    return dataclasses.replace(
        old,
        purpose=event.purpose or old.purpose,
        hs_state=event.hs_state or old.hs_state,
        hops=event.hops or old.hops,
    )


def _stream_event(old: Stream | None, event: StreamEvent) -> Stream | None:
    closing = event.status in STREAM_CLOSED_STATUSES
    if old is None and event.status == "CLOSED":
        return None
    if old is None:
        old = Stream(id=event.id, status=event.status, target=event.target, opened_at=event.at)
    source = _merge_source(old.source, event.source)
    return dataclasses.replace(
        old,
        status=event.status,
        target=event.target or old.target,
        # tor names the circuit on every event once attached and 0 when detached; a
        # closing stream keeps its last circuit, so it lingers where it was
        circuit_id=event.circuit_id or (old.circuit_id if closing else ""),
        purpose=event.purpose or old.purpose,
        source=source,
        reason=event.reason or old.reason,
        remote_reason=event.remote_reason or old.remote_reason,
        closed_at=(old.closed_at or event.at) if closing else None,
    )


def _merge_source(old: StreamSource, new: StreamSource) -> StreamSource:
    """Later STREAM events repeat CLIENT_PROTOCOL but drop SOURCE_ADDR and SOCKS_USERNAME:
    keep what tor told us once."""
    if new == old or new == StreamSource():
        return old
    return StreamSource(
        protocol=new.protocol or old.protocol,
        socks_username=new.socks_username or old.socks_username,
        address=new.address or old.address,
        port=new.port if new.port is not None else old.port,
        session_group=new.session_group if new.session_group is not None else old.session_group,
        nym_epoch=new.nym_epoch if new.nym_epoch is not None else old.nym_epoch,
        iso_fields=new.iso_fields or old.iso_fields,
        launched_in=new.launched_in or old.launched_in,
    )


def apply_event(state: NetworkState, event: Event) -> tuple[NetworkState, Change]:
    """The state after one event, and what changed."""
    return apply_events(state, (event,))


def apply_events(state: NetworkState, events: Iterable[Event]) -> tuple[NetworkState, Change]:
    """The state after a batch of events, and one Change for the whole batch (an id added
    and removed again within the batch does not appear at all)."""
    circuits = dict(state.circuits)
    streams = dict(state.streams)
    touched_circuits: set[str] = set()
    touched_streams: set[str] = set()
    for event in events:
        match event:
            case CircEvent() | CircMinorEvent() | CircBwEvent():
                circuit = _next_circuit(circuits.get(event.id), event)
                if circuit is not None:
                    circuits[event.id] = circuit
                    touched_circuits.add(event.id)
            case StreamEvent() | StreamBwEvent():
                stream = _next_stream(streams.get(event.id), event)
                if stream is not None:
                    streams[event.id] = stream
                    touched_streams.add(event.id)
            case _:
                raise TypeError(f"not a circuit or stream event: {event!r}")
    if not touched_circuits and not touched_streams:
        return state, NO_CHANGE
    after = NetworkState(
        MappingProxyType(circuits) if touched_circuits else state.circuits,
        MappingProxyType(streams) if touched_streams else state.streams,
    )
    return after, diff(state, after, touched_circuits, touched_streams)


def _next_circuit(
    old: Circuit | None, event: CircEvent | CircMinorEvent | CircBwEvent
) -> Circuit | None:
    if isinstance(event, CircEvent):
        return _circ_event(old, event)
    if isinstance(event, CircMinorEvent):
        return _circ_minor_event(old, event)
    return old and dataclasses.replace(
        old, bytes_read=old.bytes_read + event.read, bytes_written=old.bytes_written + event.written
    )


def _next_stream(old: Stream | None, event: StreamEvent | StreamBwEvent) -> Stream | None:
    if isinstance(event, StreamEvent):
        return _stream_event(old, event)
    return old and dataclasses.replace(
        old, bytes_read=old.bytes_read + event.read, bytes_written=old.bytes_written + event.written
    )


def expire(
    state: NetworkState, now: float, linger: float = 5.0, cap: int = MAX_LINGERING
) -> tuple[NetworkState, Change]:
    """Drop circuits and streams that closed at least ``linger`` seconds before ``now``, and
    the oldest closed ones beyond ``cap`` (of each kind) however recent."""
    old_circuits = _expired(state.circuits, now, linger, cap)
    old_streams = _expired(state.streams, now, linger, cap)
    if not old_circuits and not old_streams:
        return state, NO_CHANGE
    dropped_circuits, dropped_streams = set(old_circuits), set(old_streams)
    circuits = {k: v for k, v in state.circuits.items() if k not in dropped_circuits}
    streams = {k: v for k, v in state.streams.items() if k not in dropped_streams}
    after = NetworkState(MappingProxyType(circuits), MappingProxyType(streams))
    return after, diff(state, after, old_circuits, old_streams)


def _expired(
    rows: Mapping[str, Circuit] | Mapping[str, Stream], now: float, linger: float, cap: int
) -> list[str]:
    closed = [(row.closed_at, key) for key, row in rows.items() if row.closed_at is not None]
    gone = [key for at, key in closed if at + linger <= now]
    lingering = sorted((at, key) for at, key in closed if at + linger > now)
    if len(lingering) > cap:
        gone += [key for _at, key in lingering[: len(lingering) - cap]]
    return gone


def next_expiry(state: NetworkState, linger: float = 5.0) -> float | None:
    """When expire() will next have something to drop, or None."""
    times = [c.closed_at for c in state.circuits.values() if c.closed_at is not None]
    times += [s.closed_at for s in state.streams.values() if s.closed_at is not None]
    return min(times) + linger if times else None
