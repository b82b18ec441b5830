"""stem's event objects turned into onionpanel.core values. Pure; cheap; runs on stem's thread.

  StatusUpdate - bootstrap (Bootstrap | None) and notice (Notice | None) from one event
  status_update(event) -> StatusUpdate | None      STATUS_CLIENT / STATUS_GENERAL / STATUS_SERVER
  bootstrap_from_phase(reply) -> Bootstrap         GETINFO status/bootstrap-phase
  parse_event(line) -> stem event                  a raw ``650 ...`` line (tests, replays)
  translate(event) -> circuits.Event | None        CIRC, CIRC_MINOR, STREAM, CIRC_BW, STREAM_BW
  |- circ_event / circ_minor_event / stream_event / circ_bw_event / stream_bw_event
  CIRCUIT_EVENT_TYPES                              what the circuits view subscribes to

stem 1.8.2 predates tor 0.4.8/0.4.9: it leaves new enum values (CONFLUX_LINKED, HS_VANGUARDS,
CHANNEL_CLOSED) as plain strings, which suits us, and it does not turn new keywords
(CLIENT_PROTOCOL, SESSION_GROUP, ISO_FIELDS, CONFLUX_ID, ...) into attributes, so these are read
from ``event.keyword_args``. Attributes stem does parse are read with getattr() and a default,
so an older or newer stem cannot raise AttributeError here (which stem's listener thread would
swallow silently).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from stem.response import ControlMessage

from onionpanel.core import circuit_status
from onionpanel.core import circuits as core
from onionpanel.core.status import Bootstrap, Notice, bootstrap_from_event, notice_from_event
from onionpanel.core.text import printable

STATUS_EVENTS = frozenset({"STATUS_CLIENT", "STATUS_GENERAL"})


@dataclass(frozen=True)
class StatusUpdate:
    bootstrap: Bootstrap | None
    notice: Notice | None


def status_update(event: Any) -> StatusUpdate | None:
    event_type = str(getattr(event, "type", ""))
    if not event_type.startswith("STATUS_"):
        return None
    severity = str(event.runlevel or "NOTICE").upper()
    action = str(event.action or "").upper()
    # shown in labels: nothing from the socket may move a cursor or change a colour
    arguments = {
        printable(str(k), 40): printable(str(v)) for k, v in (event.arguments or {}).items()
    }
    bootstrap = bootstrap_from_event(arguments, severity) if action == "BOOTSTRAP" else None
    notice = notice_from_event(event_type, action, severity, arguments)
    if bootstrap is None and notice is None:
        return None
    return StatusUpdate(bootstrap, notice)


def parse_event(line: str) -> Any:
    """A raw control-port event line such as ``650 STATUS_CLIENT NOTICE ...`` as stem parses it."""
    return ControlMessage.from_str(line.rstrip("\r\n"), "EVENT", normalize=True)


def bootstrap_from_phase(reply: str) -> Bootstrap:
    """``NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY="Done"`` as a Bootstrap."""
    update = status_update(parse_event(f"650 STATUS_CLIENT {reply.strip()}"))
    return update.bootstrap if update and update.bootstrap else Bootstrap()


# --- circuits and streams ------------------------------------------------------------------

CIRCUIT_EVENT_TYPES = ("CIRC", "CIRC_MINOR", "STREAM", "CIRC_BW", "STREAM_BW")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _keywords(event: Any) -> Mapping[str, str]:
    keywords = getattr(event, "keyword_args", None)
    return keywords if isinstance(keywords, Mapping) else {}


def _arrived(event: Any) -> float:
    return float(getattr(event, "arrived_at", 0) or 0)


def _epoch(value: Any) -> float | None:
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)  # tor speaks UTC
        return moment.timestamp()
    return None


def _hops(path: Any) -> tuple[core.Hop, ...]:
    hops = []
    for fingerprint, nickname in path or ():
        if fingerprint or nickname:
            hops.append(core.Hop(_text(fingerprint).upper(), _text(nickname)))
    return tuple(hops)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _stream_source(event: Any) -> core.StreamSource:
    keywords = dict(_keywords(event))
    for key in ("SOCKS_USERNAME", "SOCKS_PASSWORD"):  # stem drops the quotes, not the escapes
        if key in keywords:
            keywords[key] = circuit_status.unescape(keywords[key])
    return circuit_status.stream_source_from_fields(keywords)


def circ_event(event: Any) -> core.CircEvent:
    keywords = _keywords(event)
    return core.CircEvent(
        id=_text(event.id),
        status=_text(getattr(event, "status", "")),
        at=_arrived(event),
        hops=_hops(getattr(event, "path", ())),
        purpose=_text(getattr(event, "purpose", "")),
        build_flags=tuple(_text(f) for f in getattr(event, "build_flags", None) or ()),
        created=_epoch(getattr(event, "created", None)),
        hs_state=_text(getattr(event, "hs_state", "")),
        rend_query=_text(getattr(event, "rend_query", "")),
        socks_username=circuit_status.unescape(_text(getattr(event, "socks_username", ""))),
        conflux_id=keywords.get("CONFLUX_ID", ""),
        reason=_text(getattr(event, "reason", "")),
        remote_reason=_text(getattr(event, "remote_reason", "")),
    )


def circ_minor_event(event: Any) -> core.CircMinorEvent:
    return core.CircMinorEvent(
        id=_text(event.id),
        event=_text(getattr(event, "event", "")),
        at=_arrived(event),
        hops=_hops(getattr(event, "path", ())),
        purpose=_text(getattr(event, "purpose", "")),
        hs_state=_text(getattr(event, "hs_state", "")),
    )


def stream_event(event: Any) -> core.StreamEvent:
    return core.StreamEvent(
        id=_text(event.id),
        status=_text(getattr(event, "status", "")),
        target=_text(getattr(event, "target", "")),
        at=_arrived(event),
        circuit_id=_text(getattr(event, "circ_id", "")),
        purpose=_text(getattr(event, "purpose", "")),
        # SOURCE_ADDR, SOCKS_USERNAME, CLIENT_PROTOCOL, SESSION_GROUP, NYM_EPOCH, ISO_FIELDS
        source=_stream_source(event),
        reason=_text(getattr(event, "reason", "")),
        remote_reason=_text(getattr(event, "remote_reason", "")),
    )


def circ_bw_event(event: Any) -> core.CircBwEvent:
    return core.CircBwEvent(
        id=_text(event.id),
        read=_int(getattr(event, "read", 0)),
        written=_int(getattr(event, "written", 0)),
        at=_arrived(event),
    )


def stream_bw_event(event: Any) -> core.StreamBwEvent:
    return core.StreamBwEvent(
        id=_text(event.id),
        read=_int(getattr(event, "read", 0)),
        written=_int(getattr(event, "written", 0)),
        at=_arrived(event),
    )


_BY_TYPE: Mapping[str, Callable[[Any], core.Event]] = {
    "CIRC": circ_event,
    "CIRC_MINOR": circ_minor_event,
    "STREAM": stream_event,
    "CIRC_BW": circ_bw_event,
    "STREAM_BW": stream_bw_event,
}


def translate(event: Any) -> core.Event | None:
    """The core event for a stem CIRC, CIRC_MINOR, STREAM, CIRC_BW or STREAM_BW event;
    None for any other type."""
    convert = _BY_TYPE.get(getattr(event, "type", ""))
    return convert(event) if convert else None
