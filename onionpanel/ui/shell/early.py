"""What the panel does before Qt is imported: start talking to tor, and note when things happen.

No Qt, stem or asyncio here (importing this module costs a few milliseconds): the panel's
entry point calls start() first, so tor's control connection is authenticated on a thread of
its own while PySide6 loads and the tray is built (onionpanel.tor.handshake).

  APP_ID                            "org.onionpanel.OnionPanel": bus name, desktop file, icon
  parse_endpoint(text) -> ControlEndpoint   ``HOST:PORT`` or ``unix:PATH``; ValueError
  start(options) -> EarlyAttach | None      None for --sandbox / --launch-tor (their tor is
                                    not running yet); the early attach declines when another
                                    panel already owns APP_ID on the session bus: a second
                                    launch hands its action over and never talks to tor
  another_panel_runs(timeout) -> bool       APP_ID has an owner on the session bus
  mark(name), timeline() -> list[(name, seconds)]   the start-up's order of events, for
                                    bench/startup.py and the tests (monotonic clock)
"""

from __future__ import annotations

import argparse
import os
import threading
import time

from onionpanel.core.status import ControlEndpoint
from onionpanel.tor.handshake import DEFAULT_ENDPOINTS, DeclinedError, EarlyAttach

APP_ID = "org.onionpanel.OnionPanel"
# Set by bench/startup.py and the tests: a panel of its own, never handed over (ui.shell.app)
PROBE_ENV = "ONIONPANEL_STARTUP_PROBE"
BUS_TIMEOUT = 1.0  # seconds the session bus may take to say whether a panel runs
EARLY_DEADLINE = 10.0  # seconds tor may take per step of the early handshake

_timeline: list[tuple[str, float]] = []
_timeline_lock = threading.Lock()


def mark(name: str) -> None:
    with _timeline_lock:
        _timeline.append((name, time.monotonic()))


def timeline() -> list[tuple[str, float]]:
    with _timeline_lock:
        return list(_timeline)


def parse_endpoint(text: str) -> ControlEndpoint:
    """``HOST:PORT`` or ``unix:PATH``; raises ValueError with a readable message."""
    if text.startswith("unix:"):
        if not text[5:]:
            raise ValueError(f"no socket path in {text!r}")
        return ControlEndpoint.unix(text[5:])
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"expected HOST:PORT or unix:PATH, got {text!r}")
    return ControlEndpoint.tcp(host.strip("[]"), int(port))


def another_panel_runs(timeout: float = BUS_TIMEOUT) -> bool:
    """Whether APP_ID has an owner on the session bus; False without a bus."""
    from jeepney import DBus
    from jeepney.io.blocking import open_dbus_connection

    try:
        with open_dbus_connection(bus="SESSION") as bus:
            reply = bus.send_and_get_reply(DBus().NameHasOwner(APP_ID), timeout=timeout)
    except (KeyError, OSError, ValueError, TimeoutError):  # no bus: every launch is a panel
        return False
    return bool(reply.body and reply.body[0])


def _stand_aside() -> None:
    """On the early thread, before tor: a second launch does not talk to tor at all."""
    if another_panel_runs():
        mark("another panel runs")
        raise DeclinedError("another panel owns the session bus name")


def start(options: argparse.Namespace) -> EarlyAttach | None:
    if options.sandbox or options.launch_tor:
        return None
    candidates = [options.endpoint] if options.endpoint is not None else DEFAULT_ENDPOINTS
    # a probe (bench/startup.py) is a panel of its own, as ui.shell.app._hand_over says
    before = None if os.environ.get(PROBE_ENV) else _stand_aside
    return EarlyAttach(candidates, EARLY_DEADLINE, before=before, on_done=mark).start()
