"""What one GetRouters costs the helper, and what the panel's look every 5 s adds up to.

Run as root: python -m bench.router_state [--reads 50]
Builds its own namespaces (tests/helper/routing_netns.py) with a guest behind bridge opbr0 and
a [[router]] entry for it, applies mode tor with the real nft, lets the guest send UDP that the
forward chain drops, then reads the entries READS times as GetRouters does (nft -j list
counters of the helper's table, ip -j addr, /proc/sys: three short processes) and prints:
  * one read: median and max in ms;
  * the count it read (it must have risen with the guest's UDP);
  * the share of wall time the helper spends reading while the status page polls every 5 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "helper"))

from routing_netns import (
    DESTINATION,
    EXAMPLE,
    EXAMPLE_UIDS,
    OPBR0_ROUTER,
    add_container,
    make_netns,
    remove_netns,
)

from onionpanel.helper import nft
from onionpanel.helper.config import load_config
from onionpanel.helper.router_state import router_report
from onionpanel.ui.common.routers import POLL_MS

ROUTER = OPBR0_ROUTER


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reads", type=int, default=50)
    args = parser.parse_args()
    netns = make_netns()
    try:
        guest = add_container(netns)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "config.toml"
            path.write_text(EXAMPLE.read_text() + ROUTER)
            config = load_config(path, user_id=EXAMPLE_UIDS.get, trust=False)
            nft.apply(config, "tor", Path(folder) / "state", netns.nft_argv)
            for _ in range(5):
                guest.ask("udp", DESTINATION, "9999", "0")
            seconds = []
            report: list[tuple[object, ...]] = []
            for _ in range(args.reads):
                started = time.perf_counter()
                report = router_report(config, netns.nft_argv)
                seconds.append(time.perf_counter() - started)
    finally:
        remove_netns(netns)
    median = statistics.median(seconds)
    print(f"GetRouters read: median {median * 1000:.1f} ms, max {max(seconds) * 1000:.1f} ms")
    print(f"blocked count read: {report[0][-1]} (after 5 guest UDP probes)")
    share = median / (POLL_MS / 1000)
    print(f"helper busy while polled every {POLL_MS / 1000:.0f} s: ~{share:.2%} of the time")


if __name__ == "__main__":
    main()
