"""How long a mode switch takes, and whether anything leaks while modes flip under load.

Run as root: python -m bench.mode_switch [--switches 100]
Builds its own pair of network namespaces (see tests/helper/routing_netns.py), applies the
example config's modes with the real nft, and prints:
  * the time of one full apply (nft -c, one nft transaction, verify, persist), median and max;
  * connections that reached the destination while a test user (uid 65534) kept connecting
    and the mode flipped between tor and lockdown (target: 0);
  * how long the watcher takes to restore the table after another program wipes the whole
    ruleset (target <= 1 s).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "helper"))

from routing_netns import (
    CLIENT,
    DESTINATION,
    NetNs,
    load_example,
    make_netns,
    remove_netns,
)

from onionpanel.helper import nft
from onionpanel.helper.config import Config
from onionpanel.helper.watch import Watcher

TARGET_MS = 100.0


def watcher_restore_ms(config: Config, namespace: NetNs, wipes: int = 10) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory(prefix="onionpanel-bench-") as state:
        nft.apply(config, "tor", Path(state), namespace.nft_argv)
        stop, restored = threading.Event(), threading.Event()
        thread = threading.Thread(
            target=Watcher(config, Path(state), namespace.nft_argv, lambda _: restored.set()).run,
            args=(stop,),
        )
        thread.start()
        try:
            time.sleep(0.5)  # let `nft monitor` start
            for _ in range(wipes):
                restored.clear()
                started = time.perf_counter()
                namespace.nft("flush", "ruleset")
                while nft.applied_mode(namespace.nft_argv) != "tor":
                    if time.perf_counter() - started > 10:
                        raise SystemExit("the watcher did not restore the table within 10 s")
                    time.sleep(0.005)
                times.append((time.perf_counter() - started) * 1000)
                restored.wait(10)  # the watcher has finished verifying: wipe again
        finally:
            stop.set()
            thread.join()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=100)
    args = parser.parse_args()
    config = load_example()
    namespace = make_netns()
    try:
        assert namespace.destination is not None
        server = namespace.destination.start("serve", DESTINATION)
        port = server.line().split()[1]
        with tempfile.TemporaryDirectory(prefix="onionpanel-bench-") as state:
            nft.apply(config, "tor", Path(state), namespace.nft_argv)
            flood = namespace.start("flood", DESTINATION, port, "65534")
            times = []
            started = time.perf_counter()
            for index in range(args.switches):
                mode = ("lockdown", "tor", "tor+bank", "tor")[index % 4]
                times.append(nft.apply(config, mode, Path(state), namespace.nft_argv) * 1000)
            elapsed = time.perf_counter() - started
            load = flood.tell("stop")
        leaked = [line for line in server.lines_so_far() if line == f"peer {CLIENT}"]
        restore = watcher_restore_ms(config, namespace)
    finally:
        remove_netns(namespace)
    median, worst = statistics.median(times), max(times)
    verdict = "ok" if median <= TARGET_MS else "over target"
    print(
        f"mode switch (nft -c + nft -f, one transaction): median {median:.1f} ms, "
        f"max {worst:.1f} ms over {len(times)} switches (target <= {TARGET_MS:.0f} ms: {verdict})"
    )
    print(
        f"connections leaked to the destination during {len(times)} switches in "
        f"{elapsed:.1f} s under a connect loop ({load}): {len(leaked)} (target 0)"
    )
    print(
        f"watcher restores the table after a wiped ruleset: median {statistics.median(restore):.0f}"
        f" ms, max {max(restore):.0f} ms over {len(restore)} wipes (target <= 1000 ms)"
    )
    return 0 if not leaked else 1


if __name__ == "__main__":
    sys.exit(main())
