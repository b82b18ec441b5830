"""Keeps the circuit model current: core events in, row updates out, closed rows aged out.

  CircuitFeed(model, *, linger=5.0, clock=time.time, visible=True)
  |- state                   the newest published core.NetworkState (the model's rows may
                             lag behind it while the view is hidden)
  |- state_changed()         signal after every publish, load, clear or expiry: New Identity
                             and the map follow the state here, not the model's rows
  |- set_visible(bool)       the view is on screen or not (CircuitsPage.visibility_changed).
                             Hidden, the feed keeps the state current but leaves the model's
                             rows alone, and ticks only when a closed row is due to go; shown
                             again, the rows catch up in slices
  |- refresh_relays()        the relay list changed: hop rows now, or when shown again
  |- sync_rows()             hidden: bring the model's rows up to the state at once (another
                             page selects a circuit on this one)
  |- hold                    () -> context manager: the connection's holding_events, so
                             stem's thread waits while a slice or an update runs
  |- on_events(batch)        queue a batch of core events (the bridge handler); returns at once
  |- flush()                 apply everything queued now (tests, shutdown)
  |- load(circuit_status, stream_status)   the GETINFO replies, after subscribing
  |- clear()                 on disconnect
  |- stop()                  no more updates or ticks
  |- tick()                  expire closed rows and refresh ages (a timer calls it: every
                             second while shown, when the next closed row is due while hidden)
  |- busy -> bool            events queued or applied but not yet shown
  |- overflowed()            signal: more than MAX_QUEUED events waited; they were dropped,
                             reload the snapshot (LivePages does)
  |- updating(bool)          signal: True while a folded Change reaches the model piece by
                             piece; a view holds its repaints until False (CircuitsPage does)
  |- repainted()             the view has painted: the next step may run (CircuitsPage.painted)

Work is sliced so the loop never waits long. Each step is a posted event of the lowest
priority that applies queued events to a pending state, or hands the model a few rows of a
folded Change (about half a millisecond per row), for at most ``budget`` (8 ms; 4 ms for
model rows outside a burst). The model gets a new folded Change at most every
``publish_every`` (100 ms).

The repaint after a model change costs 10-20 ms for a screenful of rows in Qt's software
raster, and Qt runs it right after the step that caused it, before any timer. So the view
paints once per folded Change, after its last piece, and the next step waits for that
repaint (or ``repaint_wait``, 30 ms, for a hidden view) and one more loop turn.

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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from onionpanel.core import circuits as core
from onionpanel.core.circuit_status import snapshot
from onionpanel.ui.circuits.model import CircuitModel

_EVENT_TYPES = (
    core.CircEvent,
    core.CircMinorEvent,
    core.StreamEvent,
    core.CircBwEvent,
    core.StreamBwEvent,
)
# Events waiting to be applied (about 50 s of a 1,000 events/s flood). Beyond that the feed
# drops them and says so (overflowed): its owner reloads circuit-status and stream-status.
MAX_QUEUED = 50_000
_CHUNK = 64  # events per apply_events call inside one slice
_MAX_TOUCHED = 200  # ids per folded Change: bounds how far the view lags behind the events
_PIECE = 2  # ids per model.update call while a folded Change is shown piece by piece
HIDDEN_PUBLISH = 0.25  # hidden, between publishes while a burst is applied (caught up: at once)
_BURST_BACKLOG = 400  # events queued: tor is flooding (1,000 events/s queue about 100)
_STEP = QEvent.Type(QEvent.registerEventType())
_AFTER_REPAINT = QEvent.Type(QEvent.registerEventType())
# below Qt's update requests (LowEventPriority), so a repaint due goes first
_STEP_PRIORITY = int(Qt.EventPriority.LowEventPriority.value) - 1


class CircuitFeed(QObject):
    updating = Signal(bool)
    overflowed = Signal()
    state_changed = Signal()

    def __init__(
        self,
        model: CircuitModel,
        parent: QObject | None = None,
        *,
        linger: float = 5.0,
        clock: Callable[[], float] = time.time,
        budget: float = 0.008,
        publish_every: float = 0.1,
        repaint_wait: float = 0.03,
        visible: bool = True,
    ) -> None:
        super().__init__(parent or model)
        self._model = model
        self._linger = linger
        self._clock = clock
        self._budget = budget
        self._publish_every = publish_every
        self._queue: collections.deque[core.Event] = collections.deque()
        self._pending_state: core.NetworkState | None = None
        # a folded Change on its way to the model, piece by piece, and the state it leads to
        self._pieces: collections.deque[core.Change] = collections.deque()
        self._target_state = model.state
        self._touched_circuits: set[str] = set()
        self._touched_streams: set[str] = set()
        # ids published while hidden, for the model to catch up on when shown again
        self._unshown_circuits: set[str] = set()
        self._unshown_streams: set[str] = set()
        self._visible = visible
        self._relays_stale = False
        self._last_publish = time.perf_counter()
        self._step_posted = False
        self._stopped = False
        self._updating = False
        self._publish_timer = QTimer(self)  # wakes the steps when a publish falls due
        self._publish_timer.setSingleShot(True)
        # a coarse timer (Qt's default) fires up to 5 % early, before the publish is due:
        # one more wake-up per publish to wait out the last few ms
        self._publish_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._publish_timer.timeout.connect(self._publish_fell_due)
        self._next_step_timer = QTimer(self)
        self._next_step_timer.setSingleShot(True)
        self._next_step_timer.setInterval(0)
        self._next_step_timer.timeout.connect(self._post_step)
        self._repaint_timer = QTimer(self)  # a hidden view never repaints: go on anyway
        self._repaint_timer.setSingleShot(True)
        self._repaint_timer.setInterval(int(repaint_wait * 1000))
        self._repaint_timer.timeout.connect(self._post_step)
        self._tick_timer = QTimer(self)
        self._tick_timer.setSingleShot(True)
        self._tick_timer.timeout.connect(self.tick)
        self._schedule_tick()
        self.hold: Callable[[], contextlib.AbstractContextManager[None]] = contextlib.nullcontext

    @property
    def model(self) -> CircuitModel:
        return self._model

    @property
    def state(self) -> core.NetworkState:
        return self._target_state

    @property
    def visible(self) -> bool:
        return self._visible

    def set_visible(self, visible: bool) -> None:
        if visible == self._visible:
            return
        self._visible = visible
        if visible:
            self._catch_up()
        else:  # a folded Change half shown: its rest waits with the rest
            for piece in self._pieces:
                self._unshown_circuits |= piece.circuits
                self._unshown_streams |= piece.streams
            self._pieces.clear()
            self._repaint_timer.stop()
            self._set_updating(False)
            self._post_step()  # a publish the pieces held up
        self._schedule_tick()

    def refresh_relays(self) -> None:
        if self._visible:
            self._model.refresh_relays()
        else:
            self._relays_stale = True

    @property
    def busy(self) -> bool:
        return bool(self._queue) or self._pending_state is not None or bool(self._pieces)

    def on_events(self, batch: Sequence[object]) -> None:
        self._queue.extend(e for e in batch if isinstance(e, _EVENT_TYPES))
        if len(self._queue) > MAX_QUEUED:  # hopelessly behind: start over from a snapshot
            self._drop_pending()
            self.overflowed.emit()
            return
        if not self._queue:
            return
        if not self._visible and len(self._queue) <= _CHUNK and not self._step_posted:
            self._step()  # a few events and no view to wait for: no slice to post
        else:
            self._post_step()

    def flush(self) -> None:
        self._publish_timer.stop()
        self._show_pieces(float("inf"))
        self._apply_for(float("inf"))
        self._publish()
        while self._queue:
            self._apply_for(float("inf"))
            self._publish()
        self._show_pieces(float("inf"))
        self._set_updating(False)

    def load(self, circuit_status: str, stream_status: str) -> None:
        self._reset(snapshot(circuit_status, stream_status, self._clock()))

    def clear(self) -> None:
        self._reset(core.NetworkState())

    def _reset(self, state: core.NetworkState) -> None:
        self._drop_pending()
        self._unshown_circuits, self._unshown_streams = set(), set()
        self._model.reset(state)
        self._target_state = self._model.state
        self.state_changed.emit()
        self._schedule_tick()

    def stop(self) -> None:
        """No more updates or ticks (the page is going away)."""
        self._drop_pending()
        self._stopped = True
        self._next_step_timer.stop()
        self._repaint_timer.stop()
        self._tick_timer.stop()

    def tick(self) -> None:
        """Expire closed rows whether or not events are on their way: under a steady flow
        the feed is never idle, and rows waiting for an idle moment would pile up."""
        with self._holding():
            if self.busy or not self._visible:
                # the removals travel with the applied events, through a publish
                state = self._pending_state or self._target_state
                state, change = core.expire(state, self._clock(), self._linger)
                if change:
                    self._pending_state = state
                    self._touched_circuits |= change.circuits
                    self._touched_streams |= change.streams
                    self._post_step()
            else:
                state, change = core.expire(self._model.state, self._clock(), self._linger)
                if change:
                    self._model.update(state, change)
                    self._target_state = state
                    self.state_changed.emit()
            if self._visible:
                self._model.refresh_ages()
        self._schedule_tick()

    def _schedule_tick(self) -> None:
        """Every second while shown (the ages); hidden, only when a closed row is due."""
        if self._stopped:
            return
        if self._visible:
            wait = 1.0
        else:
            due = core.next_expiry(self._pending_state or self._target_state, self._linger)
            if due is None:
                self._tick_timer.stop()
                return
            # at most once a second: under traffic some row is always about to go
            wait = min(max(1.0, due - self._clock()), max(1.0, self._linger)) + 0.05
        self._tick_timer.start(int(wait * 1000))

    # --- slicing ----------------------------------------------------------------------

    def repainted(self) -> None:
        if self._repaint_timer.isActive():
            self._repaint_timer.stop()
            # the repaint may have run in a timer turn: one more posted turn puts the
            # loop's own timers between it and the next step
            self._post_step(_AFTER_REPAINT)

    def event(self, event: QEvent) -> bool:
        if event.type() == _STEP:
            self._step_posted = False
            self._step()
            return True
        if event.type() == _AFTER_REPAINT:  # the view's repaint ran just before this
            self._step_posted = False
            self._post_step()
            return True
        return super().event(event)

    def _publish_fell_due(self) -> None:
        """Hidden, no repaint needs a turn of its own first: the step runs in this one,
        rather than in one more wake-up of the loop."""
        if self._visible:
            self._post_step()
        elif not self._step_posted:
            self._step()

    def _post_step(self, kind: QEvent.Type = _STEP) -> None:
        if not self._step_posted and not self._stopped and not self._repaint_timer.isActive():
            self._step_posted = True
            QCoreApplication.postEvent(self, QEvent(kind), _STEP_PRIORITY)

    def _step(self) -> None:
        """One slice of work; then the next step, or a wait for the next publish."""
        # in a burst the loop may block longer (50 ms, not a frame): longer steps let the
        # view catch up sooner
        burst = len(self._queue) >= _BURST_BACKLOG
        if self._updating and not self._pieces:
            # a step of its own: the view repaints right after it
            self._set_updating(False)
            self._repaint_timer.start()
            return
        with self._holding():
            if not self._pieces and self._publish_is_due():
                self._publish()
            if self._pieces and self._visible:
                self._set_updating(True)
                self._show_pieces(self._budget if burst else self._budget / 2)
            elif self._queue and not self._full:
                self._apply_for(self._budget)
                if not self._visible and not self._queue:
                    # hidden and caught up: publish in this step, not in a timer's wake-up
                    # (the bridge already spaces the batches: EVENT_BATCH, 100 ms)
                    self._publish()
        if self._updating or (self._queue and not self._full) or self._publish_is_due():
            # through a timer: the loop's own timers run before the next step, which a
            # step posted from this one would not let them do
            self._next_step_timer.start()
        elif self._pending_state is not None and not self._publish_timer.isActive():
            wait = self._last_publish + self._publish_interval - time.perf_counter()
            self._publish_timer.start(max(0, int(wait * 1000) + 1))

    def _holding(self) -> contextlib.AbstractContextManager[None]:
        """Hidden, a step only folds events into the state: no widget work, which is what
        holding stem's thread back is for."""
        return self.hold() if self._visible else contextlib.nullcontext()

    def _set_updating(self, updating: bool) -> None:
        if updating != self._updating:
            self._updating = updating
            self.updating.emit(updating)

    @property
    def _publish_interval(self) -> float:
        # hidden, a publish only tells New Identity and the map: a few times a second will do
        return self._publish_every if self._visible else max(self._publish_every, HIDDEN_PUBLISH)

    def _publish_is_due(self) -> bool:
        if self._pending_state is None:
            return False
        return self._full or time.perf_counter() >= self._last_publish + self._publish_interval

    @property
    def _full(self) -> bool:
        return len(self._touched_circuits) + len(self._touched_streams) >= _MAX_TOUCHED

    def _apply_for(self, budget: float) -> None:
        started = time.perf_counter()
        state = self._pending_state or self._target_state
        while self._queue and time.perf_counter() - started < budget and not self._full:
            chunk = [self._queue.popleft() for _ in range(min(_CHUNK, len(self._queue)))]
            state, change = core.apply_events(state, chunk)
            self._touched_circuits |= change.circuits
            self._touched_streams |= change.streams
        self._pending_state = state

    def _publish(self) -> None:
        """Fold what was applied since the last publish into pieces for the model."""
        self._last_publish = time.perf_counter()
        state, self._pending_state = self._pending_state, None
        if state is None:
            return
        if not self._visible:
            self._keep_unshown(state)
            return
        change = core.diff(self._target_state, state, self._touched_circuits, self._touched_streams)
        self._touched_circuits, self._touched_streams = set(), set()
        self._target_state = state
        if change:
            self._pieces.extend(core.split_change(change, _PIECE))
        self.state_changed.emit()

    def _keep_unshown(self, state: core.NetworkState) -> None:
        """Hidden: the new state is published, the model's rows wait. Only ids the model
        shows or the state has are worth remembering (a stream that came and went while
        hidden is not: hours hidden must not grow the set)."""
        self._unshown_circuits |= self._touched_circuits
        self._unshown_streams |= self._touched_streams
        self._touched_circuits, self._touched_streams = set(), set()
        self._target_state = state
        remembered = len(self._unshown_circuits) + len(self._unshown_streams)
        if remembered > 2 * (len(state.circuits) + len(state.streams)) + _MAX_TOUCHED:
            circuits, streams = self._model.shown_ids()
            self._unshown_circuits &= circuits | state.circuits.keys()
            self._unshown_streams &= streams | state.streams.keys()
        self.state_changed.emit()
        if not self._tick_timer.isActive():
            self._schedule_tick()

    def sync_rows(self) -> None:
        if self._visible:
            return
        change = self._unshown_change()
        if change:
            with self.hold():
                self._model.update(self._target_state, change)

    def _unshown_change(self) -> core.Change:
        circuits, streams = self._unshown_circuits, self._unshown_streams
        self._unshown_circuits, self._unshown_streams = set(), set()
        return core.Change(circuits_updated=frozenset(circuits), streams_updated=frozenset(streams))

    def _catch_up(self) -> None:
        """Shown again: every row that changed meanwhile, in pieces, as one update."""
        change = self._unshown_change()
        if change:
            self._pieces.extend(core.split_change(change, _PIECE))
            self._post_step()
        if self._relays_stale:
            self._relays_stale = False
            self._model.refresh_relays()

    def _show_pieces(self, budget: float) -> None:
        started = time.perf_counter()
        while self._pieces and time.perf_counter() - started < budget:
            self._model.update(self._target_state, self._pieces.popleft())

    def _drop_pending(self) -> None:
        self._queue.clear()
        self._pending_state = None
        self._pieces.clear()
        self._publish_timer.stop()
        self._set_updating(False)
        self._touched_circuits, self._touched_streams = set(), set()
