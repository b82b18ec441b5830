"""The one way from stem's threads onto the asyncio loop.

stem calls listeners on its own threads. Each call only appends to a lock-protected list;
at most one ``loop.call_soon_threadsafe`` is pending at any time, and the loop takes every
item queued so far as one batch, at most once per ``interval`` (16 ms: one frame), so a
burst of thousands of events costs the loop a handful of wake-ups. With ``gather``, the
first item after a quiet spell waits that long for the rest of its burst (tor sends a
request's events within a few ms of each other): one batch instead of the first item alone
and the rest an interval later.

  EventBridge(loop, deliver, *, interval=0.016, gather=0.0, waker=None)
  |- put(item) -> int   any thread; waits only while the loop holds the gate; returns how
  |                     many items wait for the loop now
  |- holding()          loop side: a with-block during which put() waits (at most HOLD_LIMIT)
  |- close()            later puts are dropped, a pending flush delivers nothing
  Waker                 waker(flush) -> wake(delay): wake is called on stem's thread and must
                        run flush on the loop once, ``delay`` seconds later. Without one the
                        bridge asks the loop (call_soon_threadsafe, then call_later): under
                        qasync that is a queued signal, a 0 ms timer and the delay's timer,
                        each running Python on the GUI thread; a Qt waker (ui/, as tor/ does
                        not import Qt) starts one timer from the queued signal, in C++.
  |- flushes, delivered, largest_batch   counters (for bench/ and tests)
  listener(bridge, translate) -> callable for stem: translate(event) on stem's thread,
                                 None results are dropped, the rest go through the bridge
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
S = TypeVar("S")
Waker = Callable[[Callable[[], None]], Callable[[float], None]]

FRAME = 0.016
# The loop holds stem's thread back while it changes the views: otherwise every return from
# a Qt call that released the GIL waits up to sys.getswitchinterval() (5 ms) for stem's
# thread to let go of it, and a 30 ms model update takes half a second. Never longer than:
HOLD_LIMIT = 0.25
log = logging.getLogger(__name__)


class EventBridge(Generic[T]):
    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        deliver: Callable[[list[T]], None],
        *,
        interval: float = FRAME,
        gather: float = 0.0,
        waker: Waker | None = None,
    ) -> None:
        self._loop = loop
        self._deliver = deliver
        self._interval = interval
        self._gather = gather
        self._lock = threading.Lock()
        self._items: list[T] = []
        self._wake_pending = False
        self._closed = False
        self._last_flush = -interval
        self._gate = threading.Event()
        self._gate.set()
        self.flushes = 0
        self.delivered = 0
        self.largest_batch = 0
        self._wake = waker(self._flush) if waker is not None else None

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._loop

    def put(self, item: T) -> int:
        self._gate.wait(HOLD_LIMIT)
        with self._lock:
            if self._closed:
                return 0
            self._items.append(item)
            waiting = len(self._items)
            if self._wake_pending:
                return waiting
            self._wake_pending = True
            delay = self._delay()
        try:
            if self._wake is not None:
                self._wake(delay)
            else:
                self._loop.call_soon_threadsafe(self._schedule_flush)
        except RuntimeError:  # the loop (or the waker's Qt object) is gone: nobody to tell
            with self._lock:
                self._closed = True
        return waiting

    def holding(self) -> contextlib.AbstractContextManager[None]:
        """Loop side, around synchronous work only (no await inside): put() waits meanwhile,
        so the loop has the GIL to itself. Events are delayed, never dropped."""
        return _Holding(self._gate)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._items = []
        self._gate.set()

    def _delay(self) -> float:
        """Until the next flush: the rest of the interval, and at least ``gather``."""
        return max(self._last_flush + self._interval - self._loop.time(), self._gather, 0.0)

    def _schedule_flush(self) -> None:
        delay = self._delay()
        if delay > 0:
            self._loop.call_later(delay, self._flush)
        else:
            self._flush()

    def _flush(self) -> None:
        with self._lock:
            batch, self._items = self._items, []
            self._wake_pending = False
            self._last_flush = self._loop.time()
        if not batch:
            return
        self.flushes += 1
        self.delivered += len(batch)
        self.largest_batch = max(self.largest_batch, len(batch))
        try:
            self._deliver(batch)
        except Exception:
            log.exception("event handler failed on a batch of %d", len(batch))


class _Holding:
    """EventBridge.holding's with-block (a class: cheaper than a generator, per loop step)."""

    def __init__(self, gate: threading.Event) -> None:
        self._gate = gate

    def __enter__(self) -> None:
        self._gate.clear()

    def __exit__(self, *_: object) -> None:
        self._gate.set()


def listener(bridge: EventBridge[T], translate: Callable[[S], T | None]) -> Callable[[S], None]:
    """A stem listener: translate on stem's thread (pure, cheap), then hand over."""

    def on_stem_thread(event: S) -> None:
        try:
            item = translate(event)
        except Exception:
            log.exception("cannot translate %r", event)
            return
        if item is not None:
            bridge.put(item)

    return on_stem_thread
