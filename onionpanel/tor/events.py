"""Event handlers that outlive connections: who wants which of tor's events, and getting
them from stem's thread to the loop (through onionpanel.tor.bridge), in order.

  EventRouter(on_closed, max_backlog=DEFAULT_BACKLOG)
  |- add(types, handler, translate) -> key       remember a handler (any connection)
  |- remove(key) -> bool                          forget it
  |- bridge_for(loop, waker=None)                 the bridge onto this loop (made on demand;
  |                                               waker: see onionpanel.tor.bridge.Waker)
  |- attach(controller, generation)               worker thread: subscribe every handler and
  |                                               listen for the socket closing; when more
  |                                               than max_backlog events wait for the loop,
  |                                               the connection ends (controller.abort)
  |- subscribe(controller, generation, key)       worker thread: one handler
  |- unsubscribe(controller, key)                 worker thread
  |- generation                                   the connection whose events count
  |- holding()                                    see EventBridge.holding
  |- close()                                      drop whatever is still queued
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import stem
import stem.control

from onionpanel.tor.bridge import EventBridge, Waker

log = logging.getLogger(__name__)

EventHandler = Callable[[list[Any]], None]
Translate = Callable[[Any], Any]  # stem event -> value, or None to drop it; runs on stem's thread
_CLOSED = -1  # bridge key: the control socket closed
# How often the loop takes what stem's thread queued. A request through tor brings its events
# over 100-200 ms; taking them every 16 ms (a frame) woke the loop three times as often and
# cost about 0.45 % CPU more at 5 requests/s (bench/peers.py scene, main thread 2.1 % vs
# 1.65 %). 100 ms is still well under what a person notices in a list or a graph.
EVENT_BATCH = 0.1
# A request's events come over some tens of ms (NEW, SENTCONNECT, SUCCEEDED, then the
# answer): waiting a whole interval for the rest of the burst makes them one batch (one
# loop wake-up and one flush, not two or three). At 30 ms the bench/peers.py scene still
# flushed 8.4 times a second for 5 requests.
EVENT_GATHER = EVENT_BATCH
DEFAULT_BACKLOG = 50_000  # events read but not taken by the loop yet (about 50 s at 1,000/s)


@dataclass(frozen=True)
class _Subscription:
    event_types: frozenset[str]
    handler: EventHandler
    translate: Translate


def _identity(event: Any) -> Any:
    return event


class EventRouter:
    def __init__(self, on_closed: Callable[[], None], max_backlog: int = DEFAULT_BACKLOG) -> None:
        self._on_closed = on_closed
        self._max_backlog = max_backlog
        self._keys = itertools.count(1)
        self._subscriptions: dict[int, _Subscription] = {}
        self._stem_listeners: dict[int, Callable[[Any], None]] = {}
        self._bridge: EventBridge[tuple[int, int, Any]] | None = None
        self.generation = 0

    def add(
        self, event_types: Iterable[str], handler: EventHandler, translate: Translate | None
    ) -> int:
        key = next(self._keys)
        types = frozenset(t.upper() for t in event_types)
        self._subscriptions[key] = _Subscription(types, handler, translate or _identity)
        return key

    def remove(self, key: int) -> bool:
        return self._subscriptions.pop(key, None) is not None

    def holding(self) -> contextlib.AbstractContextManager[None]:
        if self._bridge is None:
            return contextlib.nullcontext()
        return self._bridge.holding()

    def bridge_for(
        self, loop: Any, waker: Waker | None = None
    ) -> EventBridge[tuple[int, int, Any]]:
        if self._bridge is None or self._bridge.loop is not loop:
            if self._bridge is not None:
                self._bridge.close()
            self._bridge = EventBridge(
                loop, self._deliver, interval=EVENT_BATCH, gather=EVENT_GATHER, waker=waker
            )
        return self._bridge

    def close(self) -> None:
        if self._bridge is not None:
            self._bridge.close()
            self._bridge = None

    def attach(self, controller: Any, generation: int) -> None:
        """Worker thread: listen for the socket closing, subscribe every handler."""
        bridge = self._bridge
        assert bridge is not None

        def on_state(_controller: Any, state: Any, _timestamp: float) -> None:
            if state == stem.control.State.CLOSED:
                bridge.put((generation, _CLOSED, None))

        controller.add_status_listener(on_state, spawn=False)
        self._stem_listeners.clear()
        for key in list(self._subscriptions):
            self.subscribe(controller, generation, key)

    def subscribe(self, controller: Any, generation: int, key: int) -> None:
        subscription = self._subscriptions.get(key)
        bridge = self._bridge
        if subscription is None or bridge is None:
            return
        translate, limit = subscription.translate, self._max_backlog

        def on_stem_thread(event: Any) -> None:
            try:
                value = translate(event)
            except Exception:
                log.exception("cannot translate %s event", getattr(event, "type", "?"))
                return
            if value is not None and bridge.put((generation, key, value)) > limit:
                # the loop cannot keep up with tor: end rather than grow
                controller.abort(f"tor sent events faster than the panel can take them "
                                 f"({limit:,} waiting)")  # fmt: skip

        try:
            controller.add_event_listener(on_stem_thread, *sorted(subscription.event_types))
        except (stem.InvalidRequest, ValueError) as error:  # tor does not know a type
            log.error("cannot subscribe to %s: %s", sorted(subscription.event_types), error)
            return
        self._stem_listeners[key] = on_stem_thread

    def unsubscribe(self, controller: Any, key: int) -> None:
        listener = self._stem_listeners.pop(key, None)
        if listener is not None:
            with contextlib.suppress(stem.ControllerError):
                controller.remove_event_listener(listener)

    def _deliver(self, batch: list[tuple[int, int, Any]]) -> None:
        """On the loop: hand each handler its share of the batch, in order."""
        lost = False
        grouped: dict[int, list[Any]] = {}
        for generation, key, value in batch:
            if generation != self.generation:
                continue  # from a connection that is already gone
            if key == _CLOSED:
                lost = True
            else:
                grouped.setdefault(key, []).append(value)
        for key, values in grouped.items():
            subscription = self._subscriptions.get(key)
            if subscription is None:
                continue
            try:
                subscription.handler(values)
            except Exception:
                log.exception("event handler %r failed", subscription.handler)
        if lost:
            self._on_closed()
