"""Soak: does the real panel stay bounded under a steady flood, and reconnect after restarts?
Prints numbers; asserts nothing.

    python -m bench.soak [--minutes 10] [--rate 1000] [--restarts 20] [--sample 30]

1. flood: the fake control port of tests/fakeport.py, in a process of its own, sends --rate
   CIRC/STREAM/BW events a second, spread evenly (circuits and streams open, build and close,
   so closed rows pile up unless they expire). The whole panel (offscreen, window open on
   the Circuits page, the app's own runtime settings) is attached to it. RSS is sampled every
   --sample seconds; target: growth under 5 MB after the first minute.
2. restarts: a real tor (DisableNetwork 1, fixed ControlPort, cookie) is stopped and started
   --restarts times under a TorConnection; each reconnect time is measured from the moment
   tor's control port accepts again (target: <= 2 s), and from the restart.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtWidgets import QApplication

from onionpanel.core.status import ConnectionPhase, TorStatus
from onionpanel.launcher.process import TorProcess, free_tcp_port
from onionpanel.tor.connection import TorConnection
from onionpanel.ui.common.runtime import keep_long_lived, tune_for_gui
from onionpanel.ui.shell.app import parse_args
from onionpanel.ui.shell.panel import Panel
from onionpanel.ui.shell.tray import Tray
from tests.fakeport import PortProcess


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def flood(panel: Panel, minutes: float, sample: float) -> list[tuple[float, float, int]]:
    """(seconds, RSS MB, circuit rows) every ``sample`` seconds while the flood runs."""
    running = asyncio.ensure_future(panel.run())
    await _until(lambda: panel.session.status.phase is ConnectionPhase.CONNECTED)
    panel.window.show_page(1)  # the Circuits page: the view that once grew without end
    started = time.monotonic()
    curve: list[tuple[float, float, int]] = []
    while (elapsed := time.monotonic() - started) < minutes * 60:
        rows = len(panel.pages.circuit_model.state.circuits)
        curve.append((elapsed, rss_mb(), rows))
        print(
            f"  {elapsed:6.0f} s  RSS {curve[-1][1]:7.1f} MB  circuits shown {rows:6d}  "
            f"{_backlogs(panel)}",
            flush=True,
        )
        await asyncio.sleep(min(sample, max(0.1, minutes * 60 - elapsed)))
    curve.append(
        (time.monotonic() - started, rss_mb(), len(panel.pages.circuit_model.state.circuits))
    )
    print(f"  {curve[-1][0]:6.0f} s  RSS {curve[-1][1]:7.1f} MB  circuits shown {curve[-1][2]:6d}")
    quit_started = time.monotonic()
    panel.quit()
    await running
    print(f"  quit took {time.monotonic() - quit_started:.2f} s")
    return curve


async def restarts(count: int) -> list[tuple[float, float]]:
    """(from the control port accepting, from the restart) per restart, in seconds."""
    directory = Path(tempfile.mkdtemp(prefix=f"op-soak{os.getpid()}-"))
    port = free_tcp_port()
    lines = [
        "DisableNetwork 1",
        "SocksPort 0",
        f"ControlPort 127.0.0.1:{port}",
        "CookieAuthentication 1",
    ]
    tor = TorProcess(directory / "tor", lines)
    tor.start()
    endpoint = tor.wait_for_control_port(timeout=30)
    statuses: list[tuple[float, TorStatus]] = []
    connection = TorConnection(
        endpoint, defaults=(), on_status=lambda s: statuses.append((time.monotonic(), s))
    )
    await connection.connect()
    times: list[tuple[float, float]] = []
    try:
        for _ in range(count):
            await asyncio.to_thread(tor.stop)
            await _until(lambda: connection.status.phase is not ConnectionPhase.CONNECTED)
            restarted = time.monotonic()
            tor = TorProcess(directory / "tor", lines)
            await asyncio.to_thread(tor.start)
            await asyncio.to_thread(tor.wait_for_control_port, 30)
            accepting = time.monotonic()
            await _until(lambda: connection.status.phase is ConnectionPhase.CONNECTED)
            connected = next(
                at for at, s in reversed(statuses) if s.phase is ConnectionPhase.CONNECTED
            )
            times.append((max(0.0, connected - accepting), connected - restarted))
            print(
                f"  restart {len(times):2d}: connected {times[-1][0]:.2f} s after tor's port "
                f"opened, {times[-1][1]:.2f} s after the restart began",
                flush=True,
            )
    finally:
        await connection.close()
        tor.stop()
    return times


async def _until(condition: Callable[[], bool], step: float = 0.005) -> None:
    for _ in itertools.count():
        if condition():
            return
        await asyncio.sleep(step)


def _backlogs(panel: Panel) -> str:
    """Where events could pile up: the bridge to the loop (stem's reader hands each event on
    as it reads it), the feed's queue (peeked at, for the bench)."""
    events = getattr(panel.session.connection, "_events", None)
    bridge = getattr(events, "_bridge", None)
    waiting = len(bridge._items) if bridge is not None else -1
    feed_queue = len(panel.pages.circuit_feed._queue)
    return f"bridge backlog {waiting:5d}  feed queue {feed_queue:5d}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=1000.0)
    parser.add_argument("--restarts", type=int, default=20)
    parser.add_argument("--sample", type=float, default=30.0)
    args = parser.parse_args()

    app = QApplication([])
    collector = tune_for_gui(app)
    keep_long_lived()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    print(f"flood: {args.rate:.0f} CIRC/STREAM/BW events/s, evenly, for {args.minutes:g} min")
    with PortProcess("plain-tor", flood_rate=args.rate) as port:
        panel = Panel(app, Tray(), parse_args(["--control", port.endpoint]))
        panel.open_window()
        curve = loop.run_until_complete(flood(panel, args.minutes, args.sample))
    after_first_minute = [rss for at, rss, _ in curve if at >= 60] or [curve[-1][1]]
    growth = max(after_first_minute) - after_first_minute[0]
    print(
        f"RSS: start {curve[0][1]:.1f} MB, at 1 min {after_first_minute[0]:.1f} MB, "
        f"max after 1 min {max(after_first_minute):.1f} MB, end {curve[-1][1]:.1f} MB; "
        f"growth after the first minute {growth:.1f} MB (target < 5 MB)"
    )
    print(f"circuits shown: max {max(rows for *_, rows in curve)}")
    if args.restarts:
        print(f"restarts: a real tor restarted {args.restarts} times")
        times = loop.run_until_complete(restarts(args.restarts))
        port_times = sorted(t for t, _ in times)
        print(
            f"reconnect after tor's port opened: median {statistics.median(port_times):.2f} s, "
            f"max {port_times[-1]:.2f} s (target <= 2 s); after the restart began: median "
            f"{statistics.median(t for _, t in times):.2f} s; "
            f"{len(times)}/{args.restarts} reconnected"
        )
    collector.stop()
    asyncio.set_event_loop(None)
    loop.close()


if __name__ == "__main__":
    main()
