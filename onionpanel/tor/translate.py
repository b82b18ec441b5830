"""stem's event objects turned into onionpanel.core values. Pure; runs on stem's thread.

StatusUpdate - bootstrap (Bootstrap | None) and notice (Notice | None) from one event
status_update(event) -> StatusUpdate | None      STATUS_CLIENT / STATUS_GENERAL / STATUS_SERVER
bootstrap_from_phase(reply) -> Bootstrap         GETINFO status/bootstrap-phase
parse_event(line) -> stem event                  a raw ``650 ...`` line (tests, replays)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stem.response import ControlMessage

from onionpanel.core.status import Bootstrap, Notice, bootstrap_from_event, notice_from_event

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
    arguments = {str(k): str(v) for k, v in (event.arguments or {}).items()}
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
