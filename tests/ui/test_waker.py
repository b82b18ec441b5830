"""Issue 18: stem's thread wakes the GUI loop through one Qt timer (ui.common.waker), not
through qasync's call_soon_threadsafe chain. Counted (Python calls on the GUI thread), never
timed. Real Qt, real qasync loop, a plain thread standing in for stem's reader."""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from collections import Counter
from typing import Any

from PySide6.QtWidgets import QApplication

from onionpanel.tor.bridge import EventBridge
from onionpanel.tor.events import EVENT_BATCH, EVENT_GATHER
from onionpanel.ui.common.waker import qt_waker
from tests.ui.test_end_to_end import run_on_qasync


def test_a_burst_wakes_the_gui_loop_with_no_python_before_the_flush(qapp: QApplication) -> None:
    gui_thread = threading.get_ident()
    batches: list[tuple[int, list[int]]] = []
    gui_calls: Counter[tuple[str, str]] = Counter()  # (where, function)

    def on_gui_thread(frame: Any, event: str, _arg: Any) -> None:
        if event == "call":
            code = frame.f_code
            gui_calls[(_where(code.co_filename), code.co_name)] += 1

    async def scenario() -> int:
        loop = asyncio.get_running_loop()
        threadsafe_calls = [0]
        original = loop.call_soon_threadsafe

        def counting(*args: Any, **kwargs: Any) -> Any:
            threadsafe_calls[0] += 1
            return original(*args, **kwargs)

        loop.call_soon_threadsafe = counting  # type: ignore[method-assign]
        arrived = asyncio.Event()

        def deliver(batch: list[int]) -> None:
            sys.setprofile(None)
            batches.append((threading.get_ident(), batch))
            arrived.set()

        bridge: EventBridge[int] = EventBridge(
            loop, deliver, interval=EVENT_BATCH, gather=EVENT_GATHER, waker=qt_waker
        )

        def request() -> None:  # a request's events, a few ms apart, as tor sends them
            for n in range(7):
                bridge.put(n)
                time.sleep(0.002)

        waiting = asyncio.ensure_future(arrived.wait())
        await asyncio.sleep(EVENT_BATCH)  # a quiet spell; ``waiting`` is already suspended
        producer = threading.Thread(target=request)
        producer.start()  # the GUI thread handles nothing of it before this coroutine suspends
        sys.setprofile(on_gui_thread)  # this thread only: what the GUI thread runs from here
        await waiting  # run_on_qasync's timeout guards it
        producer.join()
        return threadsafe_calls[0]

    threadsafe_calls = run_on_qasync(qapp, scenario, timeout=10)
    assert batches == [(gui_thread, list(range(7)))]
    assert threadsafe_calls == 0
    # once this coroutine suspended, the GUI thread ran the flush and no step of the loop's
    # machinery: no qasync call_soon / call_later / timerEvent, no bridge scheduling step
    # (what earlier tests left in the suite's shared QApplication, such as an event filter,
    # may run Python of its own meanwhile: it is not counted)
    machinery = {key for key in gui_calls if key[0] in ("asyncio", "qasync", "bridge")}
    assert machinery <= {("bridge", "_flush"), ("asyncio", "time"), ("qasync", "time")}, gui_calls
    assert gui_calls[("bridge", "_flush")] == 1


def _where(filename: str) -> str:
    """asyncio, qasync or bridge (onionpanel.tor.bridge) for the code of that name, else ''."""
    path = filename.replace("\\", "/")
    if path.endswith("/onionpanel/tor/bridge.py"):
        return "bridge"
    for package in ("asyncio", "qasync"):
        if f"/{package}/" in path:
            return package
    return ""
