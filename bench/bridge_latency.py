"""How much the stem -> loop bridge carries, and how long it holds the loop.

A producer thread (standing in for stem's event thread) puts events as fast as it can or at a
steady rate; the loop receives batches. Printed: events/s delivered, flushes, batch sizes,
put->delivery latency, and the longest the loop went without running a 1 ms ticker.

    python -m bench.bridge_latency [--events N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

from onionpanel.tor.bridge import EventBridge, listener
from onionpanel.tor.translate import parse_event, status_update

CIRC_LINE = (
    "650 CIRC 1000 EXTENDED $E57A476CD4DFBD99B4EE52A100A58610AD6E80B9~ergebnisoffen,"
    "$A6FD2C6C0A7C8A8B1B3A0C9C36E1B1B1B1B1B1B1~relay BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL"
)
STATUS_LINE = '650 STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=50 TAG=loading SUMMARY="Loading"'


async def ticker(stop: threading.Event, gaps: list[float]) -> None:
    last = time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(0.001)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now


async def run(
    name: str, count: int, rate: float | None, make: Callable[[int], Any], translate: Any
) -> None:
    loop = asyncio.get_running_loop()
    latencies: list[float] = []
    received = 0
    done = asyncio.Event()

    flush_times: list[float] = []

    def deliver(batch: list[tuple[float, Any]]) -> None:
        nonlocal received
        now = time.perf_counter()
        latencies.extend(now - put_at for put_at, _ in batch)
        received += len(batch)
        if received >= count:
            done.set()
        flush_times.append(time.perf_counter() - now)

    bridge: EventBridge[tuple[float, Any]] = EventBridge(loop, deliver)
    on_stem_thread = listener(bridge, lambda item: (item[0], translate(item[1])))
    stop, gaps = threading.Event(), []
    tick = loop.create_task(ticker(stop, gaps))

    def produce() -> None:
        interval = 1 / rate if rate else 0.0
        start = time.perf_counter()
        for n in range(count):
            if interval:
                while time.perf_counter() < start + n * interval:
                    time.sleep(interval / 4)
            on_stem_thread((time.perf_counter(), make(n)))

    started = time.perf_counter()
    producer = threading.Thread(target=produce, name="stand-in for stem")
    producer.start()
    await done.wait()
    elapsed = time.perf_counter() - started
    stop.set()
    await tick
    producer.join()
    latencies.sort()
    print(
        f"{name:<34} {count / elapsed:>10,.0f} ev/s  flushes {bridge.flushes:>5}  "
        f"mean batch {bridge.delivered / bridge.flushes:>7.1f}  "
        f"max batch {bridge.largest_batch:>6}  "
        f"latency p50 {1000 * statistics.median(latencies):5.1f} ms "
        f"p99 {1000 * latencies[int(len(latencies) * 0.99)]:5.1f} ms  "
        f"longest flush {1000 * max(flush_times):5.2f} ms  "
        f"max loop gap {1000 * max(gaps):5.1f} ms"
    )


def identity(value: Any) -> Any:
    return value


async def main(count: int) -> None:
    print("bridge: stem's thread -> asyncio loop, flushed at most every 16 ms")
    print("(max loop gap: longest a 1 ms ticker on the loop waited; includes GIL waits)")
    await run("raw items, flat out", count, None, lambda n: n, identity)
    await run("raw items, 2000/s", 2000, 2000, lambda n: n, identity)
    await run("CIRC lines parsed by stem", count // 10, None, lambda n: CIRC_LINE, parse_event)
    await run(
        "STATUS lines parsed + translated",
        count // 10,
        None,
        lambda n: STATUS_LINE,
        lambda line: status_update(parse_event(line)),
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=200_000)
    asyncio.run(main(parser.parse_args().events))
