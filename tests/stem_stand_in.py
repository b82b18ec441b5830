"""A minimal stand-in for onionpanel.tor's connection, until it is merged into main.

Real stem, real tor: only the small adapter is ours. It does what the bridge promises:
listeners translate on stem's thread and hand batches to the asyncio loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Any

from stem.control import Controller

from onionpanel.core.status import ControlEndpoint


class StemStandIn:
    def __init__(self, endpoint: ControlEndpoint, loop: asyncio.AbstractEventLoop) -> None:
        self.controller = Controller.from_port(address=endpoint.host, port=endpoint.port)
        self.controller.authenticate()
        self.loop = loop
        self._listeners: dict[Callable[..., Any], Callable[[Any], None]] = {}

    async def get_info(self, key: str) -> str:
        value: str = await asyncio.to_thread(self.controller.get_info, key)
        return value

    def add_event_handler(
        self,
        types: Sequence[str],
        handler: Callable[[list[Any]], None],
        translate: Callable[[Any], Any] | None = None,
    ) -> None:
        def listener(event: Any) -> None:
            item = translate(event) if translate else event
            self.loop.call_soon_threadsafe(handler, [item])

        self._listeners[handler] = listener
        self.controller.add_event_listener(listener, *types)

    def remove_event_handler(self, handler: Callable[[list[Any]], None]) -> None:
        self.controller.remove_event_listener(self._listeners.pop(handler))

    def subscribed(self) -> set[str]:
        """The event types stem has asked tor for (stem's own bookkeeping, read for tests)."""
        listeners: dict[str, list[Any]] = self.controller._event_listeners
        return {event_type for event_type, registered in listeners.items() if registered}

    def close(self) -> None:
        self.controller.close()
