"""One time budget shared by every step of a long job on the event loop.

  TimeSlices(budget_s=0.004)
  |- due() -> bool          the current slice's time is up (cheap: one clock read)
  |- await pause()          give the loop a turn (asyncio.sleep(0)), then a fresh slice
  |- await tick()           pause() if due()
  |- budget_s

Why one object for a whole job: when each function of a pipeline (parse, locate, place,
details) starts its own deadline, the tail of one function's slice and a whole slice of the
next run back to back, and the loop is held for up to twice the budget. Passing one
TimeSlices down keeps every turn within about one budget, whichever function it ends in.
"""

from __future__ import annotations

import asyncio
import time

DEFAULT_BUDGET_S = 0.004


class TimeSlices:
    def __init__(self, budget_s: float = DEFAULT_BUDGET_S) -> None:
        self.budget_s = budget_s
        self._deadline = time.perf_counter() + budget_s

    def due(self) -> bool:
        return time.perf_counter() >= self._deadline

    async def pause(self) -> None:
        await asyncio.sleep(0)
        self._deadline = time.perf_counter() + self.budget_s

    async def tick(self) -> None:
        if time.perf_counter() >= self._deadline:
            await self.pause()
