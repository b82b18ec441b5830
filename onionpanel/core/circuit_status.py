"""GETINFO circuit-status and stream-status, and the fields of CIRC and STREAM lines.

split_fields(line) -> (words, keywords)     positional words and KEY=VALUE pairs
unescape(text) -> str                        a quoted control-port string's escapes undone
parse_path(text) -> tuple[Hop, ...]          ``$FP~nick,$FP~nick``
parse_time(text) -> float | None             tor's ISO time, as epoch seconds
circ_event_from_fields / stream_event_from_fields / stream_source_from_fields
load_circuit_status(text, at) / load_stream_status(text, at) -> events of a GETINFO reply
snapshot(circuit_status, stream_status, at) -> NetworkState
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from onionpanel.core.circuits import (
    LAUNCHED_PASSWORD_PREFIX,
    CircEvent,
    Event,
    Hop,
    NetworkState,
    StreamEvent,
    StreamSource,
    apply_events,
)


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
