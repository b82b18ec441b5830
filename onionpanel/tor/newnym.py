"""NEWNYM, and how long tor says it delays it.

signal_newnym(run, add_event_handler, controller) -> float   0.0: done now; else seconds
                                   (math.inf when tor names a delay that makes no sense)
newnym_outcome(event) -> float | None   stem thread: SIGNAL NEWNYM -> -1.0, the rate-limit
                                        notice -> its delay
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import stem

from onionpanel.core.text import plausible_seconds, printable

log = logging.getLogger(__name__)
NEWNYM_ANSWER_TIMEOUT = 2.0
NEWNYM_NOTICE_GRACE = 0.15  # after tor's SIGNAL event, how long a rate-limit notice may lag
_RATE_LIMITED = re.compile(r"Rate limiting NEWNYM request: delaying by (\S+) second")
Run = Callable[..., Awaitable[Any]]
AddHandler = Callable[[Iterable[str], Callable[[list[Any]], None], Any], Callable[[], None]]


async def signal_newnym(run: Run, add_event_handler: AddHandler, controller: Any) -> float:
    loop = asyncio.get_running_loop()
    answer: asyncio.Future[float] = loop.create_future()

    def settle(wait: float) -> None:
        if not answer.done():
            answer.set_result(wait)

    def on_answer(batch: list[float]) -> None:
        # tor announces every SIGNAL it takes (-1 here) and, when it rate-limits
        # NEWNYM, logs the delay right after; both leave tor in one write.
        delays = [wait for wait in batch if wait >= 0]
        if delays:
            settle(delays[0])
        else:
            loop.call_later(NEWNYM_NOTICE_GRACE, settle, 0.0)

    estimate = await run(controller.get_newnym_wait)
    remove = add_event_handler({"SIGNAL", "NOTICE"}, on_answer, newnym_outcome)
    try:
        await run(controller.signal, stem.Signal.NEWNYM)
        try:
            return await asyncio.wait_for(answer, NEWNYM_ANSWER_TIMEOUT)
        except TimeoutError:
            return float(estimate)
    finally:
        remove()


def newnym_outcome(event: Any) -> float | None:
    """stem thread: ``650 SIGNAL NEWNYM`` -> -1.0 (tor took it); the rate-limit notice -> delay."""
    if str(getattr(event, "type", "")) == "SIGNAL":
        return -1.0 if str(event.signal) == "NEWNYM" else None
    match = _RATE_LIMITED.search(str(getattr(event, "message", "")))
    if match is None:
        return None
    wait = plausible_seconds(match.group(1), most=3600)
    if wait is None:
        log.warning("tor named a nonsense NEWNYM delay: %s", printable(match.group(1), 40))
        return math.inf
    return wait
