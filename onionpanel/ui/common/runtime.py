"""How the interpreter runs under the GUI: who gets the GIL, and when garbage is collected.

  tune_for_gui(parent) -> MainThreadCollector   call once, after QApplication exists
  MainThreadCollector(parent=None, interval_ms=250)
  |- start() / stop()      automatic collection off while running, back on after stop()
  |- collect_now()         one step, as the timer would take it (tests)
  |- look()                what the loop calls before it sleeps: starts the timer when
                           objects pile up; an idle panel has no timer running at all
  keep_long_lived()        after a big load (window built, relay list in): never scan it again;
                           does nothing unless a collector runs (tests collect as Python does)

Why both:
- stem parses events on its own threads. With Python's default 5 ms switch interval the
  GUI thread waits up to 5 ms for the GIL at every return into Python, several times per
  loop turn; 1 ms keeps a turn short at a small cost in throughput. Issue 18 asked whether
  it costs more CPU than it saves: at 5 requests/s through tor (bench/peers.py's scene,
  two interleaved runs each) the panel used 3.67 / 3.42 % with 1 ms and 3.49 / 3.82 % with
  5 ms, idle 0.31 / 0.27 % and 0.36 / 0.33 %: no difference above the noise, because the
  interval only matters while two threads want the GIL at once. So 1 ms stays, for the
  bursts where it does matter.
- Automatic collection runs on whichever thread happens to allocate. On stem's thread it may
  delete Qt objects away from the GUI thread (Qt does not allow that), and a full collection
  in the middle of an event burst blocked the loop for 50 ms (bench/circuit_events.py). Here
  the GUI thread collects between loop turns, by generation as Python would (gen1 more
  often, a full pass in a quiet moment), and what was loaded once (gc.freeze) is not
  scanned again. Nothing polls: each time the loop is about to sleep it looks at Python's
  allocation count (a few microseconds) and starts the collection timer only when
  something is due; the timer stops once nothing is.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer

GIL_SWITCH_INTERVAL = 0.001
# Python's own thresholds, but gen1 every 3 gen0 collections instead of 10: each gen1 pass
# then scans about a third as many survivors (15-20 ms passes showed in the flood bench)
THRESHOLDS = (700, 3, 10)
FULL_COLLECTION_OVERDUE = 100  # gen1 passes since the last full one: do it even while busy
_running: MainThreadCollector | None = None


class MainThreadCollector(QObject):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        interval_ms: int = 250,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_now)
        self.collections = [0, 0, 0]  # per generation, for tests and bench/
        self._last_count = 0
        self._python_thresholds = gc.get_threshold()
        self._dispatcher: QAbstractEventDispatcher | None = None

    def start(self) -> None:
        global _running
        gc.disable()
        self._python_thresholds = gc.get_threshold()
        gc.set_threshold(*THRESHOLDS)
        _running = self
        self._dispatcher = QAbstractEventDispatcher.instance()
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.connect(self.look)
        self._timer.start()

    def look(self) -> None:
        if not self._timer.isActive() and _due_generation() is not None:
            self._timer.start()

    def stop(self) -> None:
        """Back to Python's own collection; frozen objects may be collected again."""
        global _running
        self._timer.stop()
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self.look)
            self._dispatcher = None
        if _running is self:
            _running = None
            gc.set_threshold(*self._python_thresholds)
            gc.unfreeze()
            gc.enable()

    def collect_now(self) -> None:
        """Collect what is due; look again soon while objects pile up, and stop the timer
        when they do not (look() starts it again). A full collection waits for a quiet
        moment (it scans everything since the last freeze: tens of ms), unless it is long
        overdue."""
        generation = _due_generation()
        busy_before = self._last_count >= 0
        if generation == 2 and busy_before and gc.get_count()[2] < FULL_COLLECTION_OVERDUE:
            generation = 1
        if generation is not None:
            gc.collect(generation)
            self.collections[generation] += 1
        count = gc.get_count()[0]
        busy = generation is not None or count - self._last_count > gc.get_threshold()[0] // 4
        self._last_count = count if busy else -1
        if not busy:
            self._timer.stop()


def _due_generation() -> int | None:
    """The oldest generation Python itself would collect now, if any."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            return generation
    return None


def keep_long_lived() -> None:
    if _running is not None:
        gc.freeze()


def tune_for_gui(parent: QObject | None = None) -> MainThreadCollector:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    collector = MainThreadCollector(parent)
    collector.start()
    return collector
