"""Coroutines started from Qt slots, kept alive until they end (asyncio holds only weak
references to tasks, so an unreferenced one may vanish mid-flight).

  Tasks(on_failure=None)                  on_failure(error): a task ended with an exception
                                          (never for a cancelled one); without it the
                                          exception is logged, never lost
  |- spawn(coroutine) -> Future | None    schedule it on the loop; None (and the coroutine
                                          closed) when no loop is left to run it
  |- await cancel_all(wait_at_most)       cancel what is left and wait for it, bounded
  cancel_leftovers(loop, wait_at_most)    before closing a loop that is not running: cancel
                                          every task still pending and give it its turn, as
                                          asyncio.run does (a task that never ran would leave
                                          a never-awaited coroutine behind)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class Tasks:
    def __init__(self, on_failure: Callable[[BaseException], None] | None = None) -> None:
        self._running: set[asyncio.Future[Any]] = set()
        self._on_failure = on_failure

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Future[Any] | None:
        try:
            task = asyncio.ensure_future(coroutine)
        except RuntimeError:  # a signal after the loop closed (shutting down)
            coroutine.close()
            return None
        self._running.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Future[Any]) -> None:
        self._running.discard(task)
        if task.cancelled() or task.exception() is None:
            return
        error = task.exception()
        assert error is not None
        if self._on_failure is None:
            log.error("a task failed", exc_info=error)
            return
        try:
            self._on_failure(error)
        except Exception:
            log.exception("reporting a failed task failed")

    async def cancel_all(self, wait_at_most: float) -> None:
        pending = [task for task in self._running if not task.done()]
        for task in pending:
            task.cancel()
        if pending:  # bounded: a task that never got its first turn may not get one now
            await asyncio.wait(pending, timeout=wait_at_most)


def cancel_leftovers(loop: asyncio.AbstractEventLoop, wait_at_most: float) -> None:
    leftovers = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in leftovers:
        task.cancel()
    if leftovers:
        loop.run_until_complete(asyncio.wait(leftovers, timeout=wait_at_most))
