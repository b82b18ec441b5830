"""A minimal adapter with TorConnection's event API over a bare stem Controller.

Real stem, real tor. Used where a test checks which events stem asked tor for (stem's own
bookkeeping, which TorConnection keeps on its worker thread): listeners translate on stem's
thread and hand batches to the loop, as onionpanel.tor.bridge does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from typing import Any

from stem.control import Controller

from onionpanel.core.status import ControlEndpoint


class StemStandIn:
    def __init__(self, endpoint: ControlEndpoint, loop: asyncio.AbstractEventLoop) -> None:
        self.controller = Controller.from_port(address=endpoint.host, port=endpoint.port)
        self.controller.authenticate()
        self.loop = loop

    async def get_info(self, key: str) -> str:
        value: str = await asyncio.to_thread(self.controller.get_info, key)
        return value

    def add_event_handler(
        self,
        types: Iterable[str],
        handler: Callable[[list[Any]], None],
        translate: Callable[[Any], Any] | None = None,
    ) -> Callable[[], None]:
        def listener(event: Any) -> None:
            item = translate(event) if translate else event
            self.loop.call_soon_threadsafe(handler, [item])

        self.controller.add_event_listener(listener, *types)
        return lambda: self.controller.remove_event_listener(listener)

    def subscribed(self) -> set[str]:
        """The event types stem has asked tor for (stem's own bookkeeping, read for tests)."""
        listeners: dict[str, list[Any]] = self.controller._event_listeners
        return {event_type for event_type, registered in listeners.items() if registered}

    def close(self) -> None:
        self.controller.close()
