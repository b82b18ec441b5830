"""Idle CPU of the log and bandwidth pages, fed by a real tor's BW and log events.

    python -m bench.idle_cpu [--seconds 20]

Starts a tor of its own (DisableNetwork 1: it sends one BW event a second and no traffic),
subscribes the pages' events (BW, NOTICE/WARN/ERR) through stem, and measures this process's
CPU time (user + system, all threads: Qt, stem's reader and event threads) over a window:
first with both pages hidden, then with the bandwidth page shown (graph repainting every
second). Prints the measured figures only; nothing is extrapolated. Target: <= 0.5 % hidden.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stem.control import Controller

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from onionpanel.launcher.process import TorProcess
from onionpanel.tor.logsource import (
    LIVE_LOG_EVENTS,
    translate_bw_event,
    translate_log_event,
)
from onionpanel.ui.bandwidth_page import BandwidthPage
from onionpanel.ui.log_page import LogPage


class Relay(QObject):
    """Bench-only hop from stem's thread to Qt's (a queued signal), standing in for the bridge."""

    samples = Signal(object)
    entries = Signal(object)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class Window:
    cpu: float  # process, all threads
    main_thread: float  # Qt's thread: the pages' own work
    wall: float
    bw_events: int

    def line(self, name: str) -> str:
        return (
            f"{name:<22}{100 * self.cpu / self.wall:.3f} % CPU "
            f"(process {self.cpu * 1000:.0f} ms, of it Qt thread {self.main_thread * 1000:.0f} ms "
            f"= {100 * self.main_thread / self.wall:.3f} %; {self.wall:.1f} s, "
            f"{self.bw_events} BW events)"
        )


def run_for(seconds: float, received: dict[str, int]) -> Window:
    """Runs the event loop for ``seconds`` and measures it."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    received["bw"] = 0
    wall, cpu, main = time.monotonic(), cpu_seconds(), time.thread_time()
    loop.exec()
    return Window(
        cpu_seconds() - cpu, time.thread_time() - main, time.monotonic() - wall, received["bw"]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each window")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    log_page, bandwidth_page, relay = LogPage(), BandwidthPage(), Relay()
    relay.samples.connect(bandwidth_page.add_samples)
    relay.entries.connect(log_page.add_entries)
    received = {"bw": 0}

    def on_bw(event: Any) -> None:
        received["bw"] += 1
        relay.samples.emit([translate_bw_event(event)])

    def on_log(event: Any) -> None:
        relay.entries.emit([translate_log_event(event)])

    with tempfile.TemporaryDirectory(prefix=f"onionpanel-idle-{os.getpid()}-") as directory:
        tor = TorProcess(
            Path(directory),
            ["DisableNetwork 1", "SocksPort 0", "ControlPort 127.0.0.1:auto"],
            owner_pid=os.getpid(),
        )
        try:
            tor.start()
            endpoint = tor.wait_for_control_port()
            controller = Controller.from_port(address=endpoint.host, port=endpoint.port)
            controller.authenticate()
            controller.add_event_listener(on_bw, "BW")
            controller.add_event_listener(on_log, *LIVE_LOG_EVENTS)
            run_for(2.0, received)  # settle: first events, imports, caches
            hidden = run_for(args.seconds, received)
            bandwidth_page.resize(760, 420)
            bandwidth_page.show()
            run_for(1.0, received)
            shown = run_for(args.seconds, received)
            controller.close()
        finally:
            tor.stop()

    print(f"window: {args.seconds:.0f} s each, one real BW event a second (tor, DisableNetwork)")
    print(hidden.line("pages hidden:"))
    print(shown.line("bandwidth page shown:"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
