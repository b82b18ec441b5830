"""Circuits and streams as tor reports them, and the pure bookkeeping of their events.

  Hop                 one relay of a circuit: fingerprint and nickname
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
  expire(state, now, linger=5.0) -> (state, Change)  drops closed circuits/streams after linger
  load_circuit_status(text, at) / load_stream_status(text, at) -> events of a GETINFO reply
  snapshot(circuit_status, stream_status, at) -> NetworkState
  is_internal(circuit) -> bool     tor's own housekeeping circuits (HS_*, one-hop, ...)
  path_text(circuit) -> str        the path as copyable text, one hop a line
  stream_group(stream) -> str      the application a stream came from, as tor identifies it

Statuses, purposes and reasons stay plain strings: tor adds new ones (CONFLUX_LINKED,
HS_VANGUARDS, CHANNEL_CLOSED in 0.4.8/0.4.9) faster than any enum can follow.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

_EXIT_SUFFIX = re.compile(r"\.\$?[0-9A-Fa-f]{40}\.exit$")
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
class Hop:
    fingerprint: str  # 40 hex digits, no '$'
    nickname: str = ""

    @property
    def label(self) -> str:
        return self.nickname or self.fingerprint[:8]


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
    source: StreamSource = StreamSource()
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


# --- events -------------------------------------------------------------------------------


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


def expire(state: NetworkState, now: float, linger: float = 5.0) -> tuple[NetworkState, Change]:
    """Drop circuits and streams that closed at least ``linger`` seconds before ``now``."""

    def gone(closed_at: float | None) -> bool:
        return closed_at is not None and closed_at + linger <= now

    old_circuits = [cid for cid, c in state.circuits.items() if gone(c.closed_at)]
    old_streams = [sid for sid, s in state.streams.items() if gone(s.closed_at)]
    if not old_circuits and not old_streams:
        return state, NO_CHANGE
    dropped_circuits, dropped_streams = set(old_circuits), set(old_streams)
    circuits = {k: v for k, v in state.circuits.items() if k not in dropped_circuits}
    streams = {k: v for k, v in state.streams.items() if k not in dropped_streams}
    after = NetworkState(MappingProxyType(circuits), MappingProxyType(streams))
    return after, diff(state, after, old_circuits, old_streams)


def next_expiry(state: NetworkState, linger: float = 5.0) -> float | None:
    """When expire() will next have something to drop, or None."""
    times = [c.closed_at for c in state.circuits.values() if c.closed_at is not None]
    times += [s.closed_at for s in state.streams.values() if s.closed_at is not None]
    return min(times) + linger if times else None


# --- classification and text ---------------------------------------------------------------


def is_internal(circuit: Circuit) -> bool:
    """True for circuits tor builds for itself: onion-service plumbing (HS_*), one-hop
    directory fetches, timeout measurement, padding and test circuits, unlinked conflux legs."""
    purpose = circuit.purpose.upper()
    if purpose.startswith("HS_") or purpose in _INTERNAL_PURPOSES:
        return True
    return "ONEHOP_TUNNEL" in circuit.build_flags


def path_text(circuit: Circuit) -> str:
    """The circuit's path as text to copy: one hop a line, ``nickname $FINGERPRINT``."""
    return "\n".join(f"{hop.nickname or '?'} ${hop.fingerprint}" for hop in circuit.hops)


def path_summary(circuit: Circuit) -> str:
    return " → ".join(hop.label for hop in circuit.hops)


def source_profile(source: StreamSource, profile_groups: Mapping[int, str]) -> str:
    """The routing profile a stream came from, when it is known: the one `onionpanel run`
    launched its program in, else the profile whose ports carry the stream's SessionGroup=
    (``profile_groups``, from the system's routing config)."""
    if source.launched_in:
        return source.launched_in
    if source.session_group is not None:
        return profile_groups.get(source.session_group, "")
    return ""


def listener_number(session_group: int) -> int | None:
    """1 for the first listener tor opened without SessionGroup=, 2 for the next, ..."""
    if session_group > SESSION_GROUP_FIRST_AUTO:
        return None
    return SESSION_GROUP_FIRST_AUTO - session_group + 1


def stream_group(stream: Stream) -> str:
    """A key for the application a stream came from: its SOCKS username when it has one
    (Tor Browser and torsocks isolate by it), else the listener's protocol and session group."""
    source = stream.source
    if source.socks_username:
        return f"user:{source.socks_username}"
    if source.protocol or source.session_group is not None:
        group = "" if source.session_group is None else f"#{source.session_group}"
        return f"{source.protocol or '?'}{group}"
    return ""


# --- GETINFO circuit-status / stream-status ---------------------------------------------------


def split_fields(line: str) -> tuple[list[str], dict[str, str]]:
    """A control-port line's positional words and KEY=VALUE pairs (values may be quoted
    with backslash escapes, as SOCKS_USERNAME is)."""
    positional: list[str] = []
    keywords: dict[str, str] = {}
    i, n = 0, len(line)
    while i < n:
        while i < n and line[i] == " ":
            i += 1
        if i >= n:
            break
        start = i
        while i < n and line[i] not in ' ="':
            i += 1
        if i < n and line[i] == "=":
            key = line[start:i]
            i += 1
            value, i = _read_value(line, i)
            keywords[key] = value
        else:
            while i < n and line[i] != " ":
                i += 1
            positional.append(line[start:i])
    return positional, keywords


def _read_value(line: str, i: int) -> tuple[str, int]:
    n = len(line)
    if i < n and line[i] == '"':
        start = i = i + 1
        while i < n and line[i] != '"':
            i += 2 if line[i] == "\\" else 1
        return unescape(line[start:i]), i + 1
    start = i
    while i < n and line[i] != " ":
        i += 1
    return line[start:i], i


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def unescape(text: str) -> str:
    """The inside of a control-port QuotedString: C escapes (``\\"``, ``\\\\``, ``\\n``, octal)."""
    if "\\" not in text:
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char != "\\" or i + 1 == n:
            out.append(char)
            i += 1
            continue
        following = text[i + 1]
        octal = text[i + 1 : i + 4]
        if len(octal) == 3 and all(c in "01234567" for c in octal):
            out.append(chr(int(octal, 8)))
            i += 4
        else:
            out.append(_ESCAPES.get(following, following))
            i += 2
    return "".join(out)


def parse_path(text: str) -> tuple[Hop, ...]:
    """``$FP~nick,$FP=nick,$FP`` (tor's LongName list) as hops."""
    hops = []
    for item in text.split(","):
        item = item.strip().lstrip("$")
        if not item:
            continue
        for separator in ("~", "="):
            if separator in item:
                fingerprint, _, nickname = item.partition(separator)
                break
        else:
            fingerprint, nickname = item, ""
        hops.append(Hop(fingerprint.upper(), nickname))
    return tuple(hops)


def parse_time(text: str) -> float | None:
    """tor's ISOTime2Frac (UTC, ``2026-11-22T06:00:00.123456``) as epoch seconds."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


def _int_or_none(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def circ_event_from_fields(
    positional: list[str], keywords: Mapping[str, str], at: float
) -> CircEvent:
    path = positional[2] if len(positional) > 2 else ""
    flags = keywords.get("BUILD_FLAGS", "")
    return CircEvent(
        id=positional[0],
        status=positional[1],
        at=at,
        hops=parse_path(path),
        purpose=keywords.get("PURPOSE", ""),
        build_flags=tuple(f for f in flags.split(",") if f),
        created=parse_time(keywords.get("TIME_CREATED", "")),
        hs_state=keywords.get("HS_STATE", ""),
        rend_query=keywords.get("REND_QUERY", ""),
        socks_username=keywords.get("SOCKS_USERNAME", ""),
        conflux_id=keywords.get("CONFLUX_ID", ""),
        reason=keywords.get("REASON", ""),
        remote_reason=keywords.get("REMOTE_REASON", ""),
    )


def stream_source_from_fields(keywords: Mapping[str, str]) -> StreamSource:
    address, port = "", None
    source_addr = keywords.get("SOURCE_ADDR", "")
    if source_addr:
        host, _, port_text = source_addr.rpartition(":")
        address, port = host, _int_or_none(port_text)
    iso = keywords.get("ISO_FIELDS", "")
    password = keywords.get("SOCKS_PASSWORD", "")
    launched_in = password[len(LAUNCHED_PASSWORD_PREFIX) :]
    if not password.startswith(LAUNCHED_PASSWORD_PREFIX):
        launched_in = ""
    return StreamSource(
        protocol=keywords.get("CLIENT_PROTOCOL", ""),
        socks_username=keywords.get("SOCKS_USERNAME", ""),
        address=address,
        port=port,
        session_group=_int_or_none(keywords.get("SESSION_GROUP")),
        nym_epoch=_int_or_none(keywords.get("NYM_EPOCH")),
        iso_fields=tuple(f for f in iso.split(",") if f),
        launched_in=launched_in,
    )


def stream_event_from_fields(
    positional: list[str], keywords: Mapping[str, str], at: float
) -> StreamEvent:
    circuit_id = positional[2] if len(positional) > 2 else ""
    return StreamEvent(
        id=positional[0],
        status=positional[1],
        target=positional[3] if len(positional) > 3 else "",
        at=at,
        circuit_id="" if circuit_id == "0" else circuit_id,
        purpose=keywords.get("PURPOSE", ""),
        source=stream_source_from_fields(keywords),
        reason=keywords.get("REASON", ""),
        remote_reason=keywords.get("REMOTE_REASON", ""),
    )


def _reply_lines(text: str, key: str) -> Iterable[str]:
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith(key + "="):
            line = line[len(key) + 1 :].strip()
        if line and line != ".":
            yield line


def load_circuit_status(text: str, at: float) -> tuple[CircEvent, ...]:
    """The reply to ``GETINFO circuit-status`` as CIRC events (lines tor cannot have
    meant, with fewer than two words, are skipped)."""
    events = []
    for line in _reply_lines(text, "circuit-status"):
        positional, keywords = split_fields(line)
        if len(positional) >= 2:
            events.append(circ_event_from_fields(positional, keywords, at))
    return tuple(events)


def load_stream_status(text: str, at: float) -> tuple[StreamEvent, ...]:
    """The reply to ``GETINFO stream-status`` as STREAM events."""
    events = []
    for line in _reply_lines(text, "stream-status"):
        positional, keywords = split_fields(line)
        if len(positional) >= 4:
            events.append(stream_event_from_fields(positional, keywords, at))
    return tuple(events)


def snapshot(circuit_status: str, stream_status: str, at: float) -> NetworkState:
    """A fresh state from the two GETINFO replies (taken after subscribing to the events,
    so that events arriving later simply update it)."""
    events: list[Event] = [*load_circuit_status(circuit_status, at)]
    events += load_stream_status(stream_status, at)
    state, _ = apply_events(NetworkState(), events)
    return state
