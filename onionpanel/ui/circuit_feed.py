"""Keeps the circuit model current: core events in, row updates out, closed rows aged out.

  CircuitFeed(model, *, linger=5.0, clock=time.time)
  |- hold                    () -> context manager: the connection's holding_events, so
                             stem's thread waits while a slice or an update runs
  |- on_events(batch)        queue a batch of core events (the bridge handler); returns at once
  |- flush()                 apply everything queued now (tests, shutdown)
  |- load(circuit_status, stream_status)   the GETINFO replies, after subscribing
  |- clear()                 on disconnect
  |- stop()                  no more updates or ticks
  |- tick()                  expire closed rows and refresh ages (a 1 s timer calls it)
  |- busy -> bool            events queued or applied but not yet shown

Work is sliced so the loop never waits long: each loop turn applies queued events to a
pending state for at most ``budget`` (8 ms), and the model gets one folded Change at most
every ``publish_every`` (100 ms), in a turn of its own. A 10,000-event burst becomes a few
dozen short turns and about ten model updates; the view relayouts and repaints (its real
cost with hundreds of rows) ten times a second at most, whatever tor's event rate.

Use with the tor layer (the session does this; this module never imports stem):
    feed = CircuitFeed(model)
    conn.add_event_handler(CIRCUIT_EVENT_TYPES, feed.on_events, translate)
    feed.load(await conn.get_info("circuit-status"), await conn.get_info("stream-status"))
"""

from __future__ import annotations

import collections
import contextlib
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

from onionpanel.core import circuits as core
from onionpanel.ui.circuit_model import CircuitModel

_EVENT_TYPES = (
    core.CircEvent,
    core.CircMinorEvent,
    core.StreamEvent,
    core.CircBwEvent,
    core.StreamBwEvent,
)
_CHUNK = 64  # events per apply_events call inside one slice
_MAX_TOUCHED = 200  # ids per model update: bounds the rows one update (and relayout) touches


class CircuitFeed(QObject):
    def __init__(
        self,
        model: CircuitModel,
        parent: QObject | None = None,
        *,
        linger: float = 5.0,
        clock: Callable[[], float] = time.time,
        budget: float = 0.008,
        publish_every: float = 0.1,
    ) -> None:
        super().__init__(parent or model)
        self._model = model
        self._linger = linger
        self._clock = clock
        self._budget = budget
        self._publish_every = publish_every
        self._queue: collections.deque[core.Event] = collections.deque()
        self._pending_state: core.NetworkState | None = None
        self._touched_circuits: set[str] = set()
        self._touched_streams: set[str] = set()
        self._last_publish = time.perf_counter()
        self._drain_timer = QTimer(self)
        self._drain_timer.setSingleShot(True)
        self._drain_timer.setInterval(0)
        self._drain_timer.timeout.connect(self._drain)
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.timeout.connect(self._publish_due)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self.tick)
        self._tick_timer.start()
        self.hold: Callable[[], contextlib.AbstractContextManager[None]] = contextlib.nullcontext

    @property
    def model(self) -> CircuitModel:
        return self._model

    @property
    def busy(self) -> bool:
        return bool(self._queue) or self._pending_state is not None

    def on_events(self, batch: Sequence[object]) -> None:
        self._queue.extend(e for e in batch if isinstance(e, _EVENT_TYPES))
        if self._queue and not self._drain_timer.isActive():
            self._drain_timer.start()

    def flush(self) -> None:
        self._publish_timer.stop()
        self._drain_timer.stop()
        self._apply_for(float("inf"))
        self._publish()
        while self._queue:
            self._apply_for(float("inf"))
            self._publish()

    def load(self, circuit_status: str, stream_status: str) -> None:
        self._drop_pending()
        self._model.reset(core.snapshot(circuit_status, stream_status, self._clock()))

    def clear(self) -> None:
        self._drop_pending()
        self._model.reset(core.NetworkState())

    def stop(self) -> None:
        """No more updates or ticks (the page is going away)."""
        self._drop_pending()
        self._drain_timer.stop()
        self._tick_timer.stop()

    def tick(self) -> None:
        with self.hold():
            if self._pending_state is None:  # mid-burst the drain publishes soon anyway
                state, change = core.expire(self._model.state, self._clock(), self._linger)
                if change:
                    self._model.update(state, change)
            self._model.refresh_ages()

    # --- slicing ----------------------------------------------------------------------

    def _drain(self) -> None:
        with self.hold():
            self._apply_for(self._budget)
        if self._queue and not self._full:
            self._drain_timer.start()
        self._schedule_publish()

    @property
    def _full(self) -> bool:
        return len(self._touched_circuits) + len(self._touched_streams) >= _MAX_TOUCHED

    def _schedule_publish(self) -> None:
        if self._pending_state is None or self._publish_timer.isActive():
            return
        wait = self._last_publish + self._publish_every - time.perf_counter()
        self._publish_timer.start(max(0, int(wait * 1000)))

    def _publish_due(self) -> None:
        with self.hold():
            self._publish()  # a loop turn of its own: the view relayouts after it
        if self._queue and not self._drain_timer.isActive():
            self._drain_timer.start()
        self._schedule_publish()

    def _apply_for(self, budget: float) -> None:
        started = time.perf_counter()
        state = self._pending_state or self._model.state
        while self._queue and time.perf_counter() - started < budget and not self._full:
            chunk = [self._queue.popleft() for _ in range(min(_CHUNK, len(self._queue)))]
            state, change = core.apply_events(state, chunk)
            self._touched_circuits |= change.circuits
            self._touched_streams |= change.streams
        self._pending_state = state

    def _publish(self) -> None:
        self._last_publish = time.perf_counter()
        state, self._pending_state = self._pending_state, None
        if state is None:
            return
        change = core.diff(self._model.state, state, self._touched_circuits, self._touched_streams)
        self._touched_circuits, self._touched_streams = set(), set()
        if change:
            self._model.update(state, change)

    def _drop_pending(self) -> None:
        self._queue.clear()
        self._pending_state = None
        self._publish_timer.stop()
        self._touched_circuits, self._touched_streams = set(), set()
