"""Time from SandboxNetwork.start() to ready (a fetch through SOCKS works), per phase.

    python -m bench.sandbox_startup [--runs N] [--no-key-cache]

Prints one line per run and the medians. The network is stopped after each run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

from onionpanel.sandbox.network import NOT_ANONYMOUS, SandboxNetwork

PHASES = ("keys", "consensus", "bootstrapped", "ready")


def _rss_mib(pids: dict[str, int]) -> float:
    total_kib = 0
    for pid in pids.values():
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total_kib += int(line.split()[1])
    return total_kib / 1024


def one_run(root: Path, key_cache: bool) -> tuple[dict[str, float], float]:
    network = SandboxNetwork(root, owner_pid=os.getpid())
    if not key_cache:
        network.key_cache = None
    try:
        network.start()
        return dict(network.timings), _rss_mib(network.pids)
    finally:
        network.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-key-cache", action="store_true", help="generate keys every run")
    args = parser.parse_args()
    runs = args.runs
    cache = "generated every run" if args.no_key_cache else "from the key cache after run 1"
    print(f"{NOT_ANONYMOUS}: 3 authorities + 1 middle + 2 exits + 1 client; keys {cache}")
    results: list[dict[str, float]] = []
    rss: list[float] = []
    with tempfile.TemporaryDirectory(prefix=f"onionpanel-bench-{os.getpid()}-") as tmp:
        for run in range(runs):
            timings, rss_mib = one_run(Path(tmp) / f"run{run}", not args.no_key_cache)
            results.append(timings)
            rss.append(rss_mib)
            phases = "  ".join(f"{phase} {timings[phase]:5.2f} s" for phase in PHASES)
            print(f"run {run + 1}: {phases}  RSS {rss_mib:.0f} MiB")
    medians = "  ".join(
        f"{phase} {statistics.median(r[phase] for r in results):5.2f} s" for phase in PHASES
    )
    print(f"median: {medians}  RSS {statistics.median(rss):.0f} MiB")
    print("(phases are cumulative from start(); ready = a fetch through SOCKS came back)")


if __name__ == "__main__":
    main()
