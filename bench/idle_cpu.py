"""Idle CPU of the log and bandwidth pages, fed by a real tor as the panel feeds them.

    python -m bench.idle_cpu [--seconds 20]

Starts a tor of its own (DisableNetwork 1: one BW event a second, no traffic), connects with
TorConnection on a qasync loop and attaches the pages with PageFeed (back-fill, BW and
NOTICE/WARN/ERR subscriptions), exactly the panel's path. Then measures this process's CPU
time (user + system, all threads: Qt, the connection's worker, stem's reader and event threads)
over a window with both pages hidden, then over one with the bandwidth page shown (the graph
repaints once a second), then with the pages detached (the connection's own cost).
Prints the measured figures only; nothing is extrapolated.
Target: <= 0.5 % with the pages hidden.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

from onionpanel.launcher.process import TorProcess
from onionpanel.tor.connection import TorConnection
from onionpanel.ui.bandwidth.page import BandwidthPage
from onionpanel.ui.common.runtime import keep_long_lived, tune_for_gui
from onionpanel.ui.log.page import LogPage
from onionpanel.ui.shell.page_feed import PageFeed


@dataclass(frozen=True)
class Window:
    cpu: float  # process, all threads
    main_thread: float  # Qt's thread: the pages' own work and the loop
    wall: float
    bw_samples: int

    def line(self, name: str) -> str:
        return (
            f"{name:<22}{100 * self.cpu / self.wall:.3f} % CPU "
            f"(process {self.cpu * 1000:.0f} ms, of it Qt thread {self.main_thread * 1000:.0f} ms "
            f"= {100 * self.main_thread / self.wall:.3f} %; {self.wall:.1f} s, "
            f"{self.bw_samples} BW events)"
        )


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def measure(seconds: float, page: BandwidthPage) -> Window:
    samples = page.history.samples_seen
    wall, cpu, main = time.monotonic(), cpu_seconds(), time.thread_time()
    await asyncio.sleep(seconds)
    return Window(
        cpu_seconds() - cpu,
        time.thread_time() - main,
        time.monotonic() - wall,
        page.history.samples_seen - samples,
    )


async def scenario(tor: TorProcess, seconds: float) -> tuple[Window, Window, Window]:
    log_page, bandwidth_page = LogPage(), BandwidthPage()
    feed = PageFeed(log_page, bandwidth_page)
    connection = TorConnection(tor.wait_for_control_port(), defaults=())
    await connection.connect()
    try:
        await feed.attach(connection)
        await asyncio.sleep(2.0)  # settle: first events, lazy imports, caches
        hidden = await measure(seconds, bandwidth_page)
        bandwidth_page.resize(760, 420)
        bandwidth_page.show()
        await asyncio.sleep(1.0)
        shown = await measure(seconds, bandwidth_page)
        bandwidth_page.hide()
        feed.detach()
        await asyncio.sleep(1.0)
        baseline = await measure(seconds, bandwidth_page)
    finally:
        feed.detach()
        await connection.close()
    return hidden, shown, baseline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each window")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    tune_for_gui(
        app
    )  # as onionpanel.ui.shell.app.main does: GIL switch interval, GC on this thread
    keep_long_lived()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    with tempfile.TemporaryDirectory(prefix=f"onionpanel-idle-{os.getpid()}-") as directory:
        tor = TorProcess(
            Path(directory),
            ["DisableNetwork 1", "SocksPort 0", "ControlPort 127.0.0.1:auto"],
            owner_pid=os.getpid(),
        )
        try:
            tor.start()
            hidden, shown, baseline = loop.run_until_complete(scenario(tor, args.seconds))
        finally:
            tor.stop()
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    print(f"window: {args.seconds:.0f} s each; a real tor (DisableNetwork), one BW event a second")
    print(hidden.line("pages hidden:"))
    print(shown.line("bandwidth page shown:"))
    print(baseline.line("connection, no pages:"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
