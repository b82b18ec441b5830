"""Coroutines started from Qt slots, kept alive until they end (asyncio holds only weak
references to tasks, so an unreferenced one may vanish mid-flight).

  Tasks()
  |- spawn(coroutine) -> asyncio.Future   schedule it on the running loop
  |- await cancel_all(wait_at_most)       cancel what is left and wait for it, bounded
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any


class Tasks:
    def __init__(self) -> None:
        self._running: set[asyncio.Future[Any]] = set()

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coroutine)
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return task

    async def cancel_all(self, wait_at_most: float) -> None:
        pending = [task for task in self._running if not task.done()]
        for task in pending:
            task.cancel()
        if pending:  # bounded: a task that never got its first turn may not get one now
            await asyncio.wait(pending, timeout=wait_at_most)
