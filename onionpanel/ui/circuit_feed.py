"""Keeps the circuit model current: core events in, row updates out, closed rows aged out.

  CircuitFeed(model, *, linger=5.0, clock=time.time)
  |- on_events(batch)                 a batch of core circuit/stream events (the bridge handler)
  |- load(circuit_status, stream_status)   the GETINFO replies, after subscribing
  |- clear()                          on disconnect
  |- tick()                           expire closed rows and refresh ages (a 1 s timer calls it)

Use with the tor layer (the session does this; this module never imports stem):
    feed = CircuitFeed(model)
    conn.add_event_handler(CIRCUIT_EVENT_TYPES, feed.on_events, translate)
    feed.load(await conn.get_info("circuit-status"), await conn.get_info("stream-status"))
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

from onionpanel.core import circuits as core
from onionpanel.ui.circuit_model import CircuitModel


class CircuitFeed(QObject):
    def __init__(
        self,
        model: CircuitModel,
        parent: QObject | None = None,
        *,
        linger: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent or model)
        self._model = model
        self._linger = linger
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @property
    def model(self) -> CircuitModel:
        return self._model

    def on_events(self, batch: Sequence[object]) -> None:
        events = [e for e in batch if isinstance(e, _EVENT_TYPES)]
        state, change = core.apply_events(self._model.state, events)
        if change:
            self._model.update(state, change)

    def load(self, circuit_status: str, stream_status: str) -> None:
        self._model.reset(core.snapshot(circuit_status, stream_status, self._clock()))

    def clear(self) -> None:
        self._model.reset(core.NetworkState())

    def tick(self) -> None:
        state, change = core.expire(self._model.state, self._clock(), self._linger)
        if change:
            self._model.update(state, change)
        self._model.refresh_ages()


_EVENT_TYPES = (
    core.CircEvent,
    core.CircMinorEvent,
    core.StreamEvent,
    core.CircBwEvent,
    core.StreamBwEvent,
)
