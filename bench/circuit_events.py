"""How the circuits view copes with event floods. Prints numbers; asserts nothing.

    python -m bench.circuit_events [--burst 10000] [--rate 1000] [--seconds 5] [--repeat 1]

1. direct: translate + apply + model update on the main thread, in bridge-sized batches;
   events/s and the longest single batch.
2. burst through the real bridge: a thread parses raw ``650`` lines with stem (as stem's
   reader thread does), runs onionpanel.tor.translate and puts them on EventBridge; the loop
   (qasync on Qt) applies each batch to the model behind a shown CircuitsPage. A 1 ms
   heartbeat QTimer measures the main loop's longest block (goal: <= 50 ms).
3. sustained --rate events/s through the same path (goal: <= 16 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import threading
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from stem.response import ControlMessage

import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench.tor_lines import synthetic_lines
from onionpanel.core import circuits as core
from onionpanel.tor.bridge import EventBridge, listener
from onionpanel.tor.translate import translate
from onionpanel.ui.circuits.feed import CircuitFeed
from onionpanel.ui.circuits.model import CircuitModel
from onionpanel.ui.circuits.page import CircuitsPage
from onionpanel.ui.common.runtime import keep_long_lived, tune_for_gui


def parse(line: str) -> object:
    return ControlMessage.from_str(line + "\r\n", "EVENT")


class Heartbeat:
    """A 1 ms timer on the main thread; the longest gap between ticks, minus 1 ms, is the
    longest time the loop could not run anything."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []

    def start(self) -> None:
        self.gaps = []
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    @property
    def longest_block_ms(self) -> float:
        return max(0.0, (max(self.gaps, default=0.0) - 0.001) * 1000)

    @property
    def p99_gap_ms(self) -> float:
        if len(self.gaps) < 100:
            return max(self.gaps, default=0.0) * 1000
        return statistics.quantiles(self.gaps, n=100)[98] * 1000


class TimedFeed:
    """CircuitFeed.on_events, timed per batch (it only queues: the work is in the feed's
    own sliced loop turns, which the heartbeat sees)."""

    def __init__(self, feed: CircuitFeed) -> None:
        self.feed = feed
        self.batch_ms: list[float] = []
        self.events = 0

    def __call__(self, batch: list[core.Event]) -> None:
        start = time.perf_counter()
        self.feed.on_events(batch)
        self.batch_ms.append((time.perf_counter() - start) * 1000)
        self.events += len(batch)


_KEEP: list[object] = []  # Qt objects must die on the main thread, never in a GC pass elsewhere


def make_page(show_internal: bool = False) -> tuple[CircuitsPage, CircuitFeed]:
    model = CircuitModel()
    feed = CircuitFeed(model)
    page = CircuitsPage(model)
    page.painted.connect(feed.repainted)  # as LivePages does
    feed.updating.connect(page.hold_repaints)
    page.show_internal.setChecked(show_internal)  # True: every circuit is a visible row
    page.resize(1100, 700)
    page.show()
    _KEEP.extend((model, feed, page))
    return page, feed


def direct(lines: list[tuple[str, float]]) -> None:
    page, feed = make_page()
    events = [translate(parse(line)) for line, _ in lines]
    batch_ms = []
    start = time.perf_counter()
    for i in range(0, len(events), 160):  # ~ what the bridge gathers in 16 ms of a burst
        began = time.perf_counter()
        feed.on_events([e for e in events[i : i + 160] if e is not None])
        feed.flush()  # apply + model update at once, no slicing
        QApplication.processEvents()  # the view's relayout and paint
        batch_ms.append((time.perf_counter() - began) * 1000)
    elapsed = time.perf_counter() - start
    print(
        f"direct  : {len(events)} events, apply+model+view {len(events) / elapsed:,.0f} events/s, "
        f"longest 160-event batch {max(batch_ms):.1f} ms (median "
        f"{statistics.median(batch_ms):.1f}), rows {page.proxy.rowCount()}"
    )
    feed.stop()
    page.close()
    page.deleteLater()


def produce(
    lines: list[tuple[str, float]], put: Callable[[object], None], rate: float | None
) -> None:
    start = time.perf_counter()
    for i, (line, _) in enumerate(lines):
        if rate:
            due = start + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
        put(parse(line))


async def through_bridge(
    name: str,
    lines: list[tuple[str, float]],
    rate: float | None,
    *,
    show_internal: bool = False,
    handler: bool = True,
) -> None:
    """handler=False: the same producer and bridge, batches dropped on arrival (the floor
    set by stem's parsing thread holding the GIL and by the machine's load)."""
    page, feed = make_page(show_internal)
    timed = TimedFeed(feed)
    deliver: Callable[[list[core.Event]], None] = timed if handler else (lambda batch: None)
    bridge: EventBridge[core.Event] = EventBridge(asyncio.get_running_loop(), deliver)
    feed.hold = bridge.holding  # as LivePages does with the connection's holding_events
    on_stem_thread = listener(bridge, translate)
    heartbeat = Heartbeat()
    heartbeat.start()
    await asyncio.sleep(0.2)
    start = time.perf_counter()
    producer = threading.Thread(target=produce, args=(lines, on_stem_thread, rate))
    producer.start()
    while producer.is_alive() or feed.busy or bridge.delivered < len(lines):
        await asyncio.sleep(0.01)
        if not producer.is_alive() and time.perf_counter() - start > 120:
            break
    elapsed = time.perf_counter() - start
    await asyncio.sleep(0.1)
    heartbeat.stop()
    producer.join()
    bridge.close()
    feed.stop()
    print(
        f"{name}: {len(lines)} events in {elapsed:.2f} s ({len(lines) / elapsed:,.0f}/s), "
        f"{bridge.flushes} batches (largest {bridge.largest_batch}), "
        f"rows {page.proxy.rowCount()}; main loop longest block "
        f"{heartbeat.longest_block_ms:.1f} ms, p99 heartbeat gap {heartbeat.p99_gap_ms:.1f} ms"
    )
    page.close()
    page.deleteLater()
    await asyncio.sleep(0.05)


async def main_async(args: argparse.Namespace) -> None:
    burst = synthetic_lines(args.burst, seed=42)
    sustained = synthetic_lines(int(args.rate * args.seconds), seed=43)
    for run in range(1, args.repeat + 1):
        print(f"-- run {run} of {args.repeat}; load average {os.getloadavg()[0]:.1f}")
        await through_bridge("baseline burst, no handler ", burst, None, handler=False)
        await through_bridge("burst                      ", burst, None)
        await through_bridge("burst, internal shown      ", burst, None, show_internal=True)
        await through_bridge("baseline 1k/s, no handler  ", sustained, args.rate, handler=False)
        await through_bridge("sustained                  ", sustained, args.rate)
        await through_bridge(
            "sustained, internal shown  ", sustained, args.rate, show_internal=True
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=1000.0)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    tune_for_gui(
        app
    )  # as onionpanel.ui.shell.app.main does: GIL switch interval, GC on this thread
    keep_long_lived()
    direct(synthetic_lines(args.burst, seed=42))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main_async(args))


if __name__ == "__main__":
    main()
