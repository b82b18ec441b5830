"""The bridge: stem's threads put, the loop gets everything queued so far as one batch."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

from onionpanel.tor.bridge import EventBridge, listener


class CountingWakeups:
    """Wraps a loop's call_soon_threadsafe to count how often the bridge wakes the loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.calls = 0
        self._original = loop.call_soon_threadsafe

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self._original(*args, **kwargs)


async def test_a_burst_from_another_thread_arrives_as_one_batch_on_the_loop() -> None:
    loop = asyncio.get_running_loop()
    wakeups = CountingWakeups(loop)
    loop.call_soon_threadsafe = wakeups  # type: ignore[method-assign]
    batches: list[tuple[int, list[int]]] = []
    done = asyncio.Event()

    def deliver(batch: list[int]) -> None:
        batches.append((threading.get_ident(), batch))
        done.set()

    bridge: EventBridge[int] = EventBridge(loop, deliver)
    producer = threading.Thread(target=lambda: [bridge.put(n) for n in range(5000)])
    producer.start()
    producer.join()  # blocks the loop on purpose: everything queues up meanwhile
    await asyncio.wait_for(done.wait(), 5)
    assert batches == [(threading.get_ident(), list(range(5000)))]
    assert wakeups.calls == 1
    assert (bridge.flushes, bridge.delivered, bridge.largest_batch) == (1, 5000, 5000)


async def test_a_burst_spread_over_a_few_ms_after_a_quiet_spell_is_one_batch() -> None:
    """As the connection's router uses it: a request's events, which tor sends a few ms
    apart, wake the loop once and arrive together, not the first alone."""
    from onionpanel.tor.events import EVENT_BATCH, EVENT_GATHER

    loop = asyncio.get_running_loop()
    batches: list[list[int]] = []
    bridge: EventBridge[int] = EventBridge(
        loop, batches.append, interval=EVENT_BATCH, gather=EVENT_GATHER
    )

    def request() -> None:
        for n in range(7):
            bridge.put(n)
            time.sleep(0.001)

    await asyncio.sleep(EVENT_BATCH)  # quiet: nothing flushed for a whole interval
    await asyncio.to_thread(request)
    await asyncio.sleep(EVENT_BATCH + EVENT_GATHER)
    assert batches == [list(range(7))]


async def test_steady_trickle_keeps_order_and_coalesces() -> None:
    loop = asyncio.get_running_loop()
    received: list[int] = []
    finished = asyncio.Event()

    def deliver(batch: list[int]) -> None:
        received.extend(batch)
        if received[-1] == 19_999:
            finished.set()

    bridge: EventBridge[int] = EventBridge(loop, deliver)

    def produce() -> None:
        for n in range(20_000):
            bridge.put(n)

    threads = threading.Thread(target=produce)
    threads.start()
    await asyncio.wait_for(finished.wait(), 10)
    threads.join()
    assert received == list(range(20_000))
    assert bridge.flushes < 20_000


async def test_translate_runs_on_the_stem_side_and_none_is_dropped() -> None:
    loop = asyncio.get_running_loop()
    got: list[list[str]] = []
    arrived = asyncio.Event()
    bridge: EventBridge[str] = EventBridge(loop, lambda b: (got.append(b), arrived.set()))
    translated_on: list[int] = []

    def translate(event: int) -> str | None:
        translated_on.append(threading.get_ident())
        return None if event % 2 else f"event {event}"

    on_stem_thread = listener(bridge, translate)
    worker = threading.Thread(target=lambda: [on_stem_thread(n) for n in range(4)])
    worker.start()
    worker.join()
    await asyncio.wait_for(arrived.wait(), 5)
    assert got == [["event 0", "event 2"]]
    assert threading.get_ident() not in translated_on


async def test_a_failing_handler_does_not_stop_the_bridge() -> None:
    loop = asyncio.get_running_loop()
    seen: list[list[int]] = []
    second = asyncio.Event()

    def deliver(batch: list[int]) -> None:
        seen.append(batch)
        if len(seen) == 1:
            raise RuntimeError("handler bug")
        second.set()

    bridge: EventBridge[int] = EventBridge(loop, deliver)
    bridge.put(1)
    await asyncio.sleep(0.05)
    bridge.put(2)
    await asyncio.wait_for(second.wait(), 5)
    assert seen == [[1], [2]]


async def test_closed_bridge_drops_puts() -> None:
    loop = asyncio.get_running_loop()
    seen: list[list[int]] = []
    bridge: EventBridge[int] = EventBridge(loop, seen.append)
    bridge.put(1)
    bridge.close()
    bridge.put(2)
    await asyncio.sleep(0.05)
    assert seen == []


def test_put_after_the_loop_closed_is_harmless() -> None:
    loop = asyncio.new_event_loop()
    bridge: EventBridge[int] = EventBridge(loop, lambda batch: None)
    loop.close()
    bridge.put(1)
    bridge.put(2)


async def test_while_the_loop_holds_the_gate_stem_waits_and_loses_nothing() -> None:
    loop = asyncio.get_running_loop()
    received: list[int] = []
    bridge: EventBridge[int] = EventBridge(loop, received.extend, interval=0.0)
    put_returned = threading.Event()

    def stem_thread() -> None:
        bridge.put(1)
        put_returned.set()

    with bridge.holding():
        producer = threading.Thread(target=stem_thread)
        producer.start()
        assert not put_returned.wait(0.1), "put() went through while the loop held the gate"
    assert put_returned.wait(1)  # released at the end of the with-block
    producer.join()
    for _ in range(50):
        if received:
            break
        await asyncio.sleep(0.01)
    assert received == [1]


def test_a_gate_left_held_delays_stem_by_at_most_the_limit(monkeypatch: Any) -> None:
    from onionpanel.tor import bridge as bridge_module

    monkeypatch.setattr(bridge_module, "HOLD_LIMIT", 0.05)
    loop = asyncio.new_event_loop()
    try:
        bridge: EventBridge[int] = EventBridge(loop, lambda batch: None)
        holding = bridge.holding()
        holding.__enter__()  # never released: a bug on the loop side must not hang tor's events
        producer = threading.Thread(target=lambda: bridge.put(1))
        producer.start()
        producer.join(2)
        assert not producer.is_alive()
        holding.__exit__(None, None, None)
    finally:
        loop.close()
