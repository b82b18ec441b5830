"""How long the Configuration page takes to read everything from a real tor, and how long the
loop is held meanwhile (the page reads while the panel keeps running).

Starts the sandbox network (about 10 s), then reads the client's configuration N times through
one TorConnection. Printed: median/min/max per read, the number of control-port round trips,
and the longest the loop went without running a 1 ms ticker.

    python -m bench.config_read [--reads N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time

import stem.control

from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.tor.config_reader import read_config
from onionpanel.tor.connection import TorConnection


async def measure(network: SandboxNetwork, reads: int) -> None:
    sent: list[str] = []
    original = stem.control.BaseController.msg

    def counting(controller: object, message: str) -> object:
        sent.append(message)
        return original(controller, message)  # type: ignore[arg-type]

    connection = TorConnection(network.control_endpoint)
    await connection.connect()
    gaps: list[float] = []
    stop = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticking = asyncio.ensure_future(ticker())
    durations: list[float] = []
    stem.control.BaseController.msg = counting  # type: ignore[method-assign]
    try:
        for _ in range(reads):
            began = time.perf_counter()
            report = await read_config(connection)
            durations.append(time.perf_counter() - began)
    finally:
        stem.control.BaseController.msg = original  # type: ignore[method-assign]
        stop.set()
        await ticking
        await connection.close()
    ms = [d * 1000 for d in durations]
    print(f"reads: {reads}, rows: {len(report.listeners)} ports, {len(report.other)} other options")
    print(f"per read: median {statistics.median(ms):.1f} ms, min {min(ms):.1f}, max {max(ms):.1f}")
    print(f"control-port commands per read: {len(sent) / reads:.0f}")
    print(f"longest loop stall: {max(gaps) * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reads", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="onionpanel-bench-config-") as root:
        network = SandboxNetwork(root, owner_pid=os.getpid())
        try:
            network.start()
            asyncio.run(measure(network, args.reads))
        finally:
            network.stop()


if __name__ == "__main__":
    main()
