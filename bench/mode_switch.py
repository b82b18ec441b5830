"""How long a mode switch takes, and whether anything leaks while modes flip or others interfere.

Run as root: python -m bench.mode_switch [--switches 100] [--flushes 20]
Builds its own pair of network namespaces (see tests/helper/routing_netns.py), applies the
example config's modes with the real nft, watches the far side of the veth with the frame
counter (tests/helper/frame_counter.py: every frame that leaves the client namespace), and prints:
  * the time of one full apply (nft -c, one nft transaction, verify, persist), median and max;
  * connections that reached the destination while a test user (uid 65534) kept connecting
    and the mode flipped between tor, lockdown and tor+bank (target: 0);
  * frames leaked across SWITCHES switches from off to tor or lockdown, each with a fresh
    server-first flow opened in off (target: 0);
  * router mode: a guest namespace behind a bridge ([[router]] opbr0 and the group "opvm*")
    floods the destination with connections and opens a server-first flow in off before each
    of SWITCHES switches to tor or lockdown: switch time with router rules, median and max
    (target <= 100 ms), and frames leaked after the commits (target: 0);
  * the watcher (the real CLI, inside the namespace) against FLUSHES foreign `nft flush ruleset`,
    a new server-first stream opened in each gap: restore time median and max (target <= 200 ms),
    frames that left inside the gaps, and streams still sending after the restore (target 0).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "helper"))

from routing_netns import (
    CLIENT,
    DESTINATION,
    EXAMPLE,
    EXAMPLE_UIDS,
    ROOT,
    Agent,
    FrameCounter,
    NetNs,
    add_container,
    load_example,
    make_netns,
    remove_netns,
)

from onionpanel.helper import nft
from onionpanel.helper.config import Config, load_config

TARGET_MS = 100.0
RESTORE_TARGET_MS = 200.0
TALK_PORT = "7777"
ROUTER = """
[[router]]
interfaces = ["opbr0", "opvm*"]
address = "10.77.0.1"
trans_port = 9140
dns_port = 9153
"""


def switch_under_load(config: Config, namespace: NetNs, state: Path, switches: int) -> str:
    assert namespace.destination is not None
    server = namespace.destination.start("serve", DESTINATION)
    port = server.line().split()[1]
    nft.apply(config, "tor", state, namespace.nft_argv)
    flood = namespace.start("flood", DESTINATION, port, "65534")
    times = []
    started = time.perf_counter()
    for index in range(switches):
        mode = ("lockdown", "tor", "tor+bank", "tor")[index % 4]
        times.append(nft.apply(config, mode, state, namespace.nft_argv).seconds * 1000)
    elapsed = time.perf_counter() - started
    load = flood.tell("stop")
    leaked = [line for line in server.lines_so_far() if line == f"peer {CLIENT}"]
    median, worst = statistics.median(times), max(times)
    verdict = "ok" if median <= TARGET_MS else "over target"
    return (
        f"mode switch (nft -c + nft -f, one transaction): median {median:.1f} ms, max "
        f"{worst:.1f} ms over {len(times)} switches (target <= {TARGET_MS:.0f} ms: {verdict})\n"
        f"connections leaked to the destination during {len(times)} switches in {elapsed:.1f} s"
        f" under a connect loop ({load}): {len(leaked)} (target 0)"
    )


def server_first_switches(
    config: Config, namespace: NetNs, state: Path, counter: FrameCounter, switches: int
) -> tuple[str, int]:
    leaked = 0
    for index in range(switches):
        nft.apply(config, "off", state, namespace.nft_argv)
        client = namespace.start("echo-client", "tcp", DESTINATION, TALK_PORT, "65534")
        assert client.line() == "connected"
        time.sleep(0.1)  # the flow is busy: the server speaks every 50 ms, the client answers
        target = ("tor", "lockdown")[index % 2]
        nft.apply(config, target, state, namespace.nft_argv)
        committed = time.monotonic()
        time.sleep(0.2)
        leaked += len(counter.leaks(committed))
        client.stop()
    line = (
        f"frames leaked across {switches} switches off -> tor/lockdown, each with a server-first "
        f"flow opened in off: {leaked} (target 0)"
    )
    return line, leaked


def router_switches(
    namespace: NetNs, state: Path, counter: FrameCounter, switches: int
) -> tuple[str, int]:
    config_path = state / "config.toml"
    config_path.write_text(EXAMPLE.read_text() + ROUTER)
    config = load_config(config_path, user_id=EXAMPLE_UIDS.get, trust=False)
    guest = add_container(namespace)  # forwarding on and a masquerade: the OS of a VM host
    assert namespace.destination is not None
    server = namespace.destination.start("serve", DESTINATION)
    flood = guest.start("flood", DESTINATION, server.line().split()[1], "65534")
    times, leaked = [], 0
    for index in range(switches):
        nft.apply(config, "off", state, namespace.nft_argv)
        client = guest.start("echo-client", "tcp", DESTINATION, TALK_PORT, "65534")
        client.line()
        time.sleep(0.1)
        target = ("tor", "lockdown")[index % 2]
        times.append(nft.apply(config, target, state, namespace.nft_argv).seconds * 1000)
        committed = time.monotonic()
        time.sleep(0.2)
        leaked += len(counter.leaks(committed))
        client.stop()
    load = flood.tell("stop")
    median, worst = statistics.median(times), max(times)
    verdict = "ok" if median <= TARGET_MS else "over target"
    return (
        f"router mode (a guest behind a bridge, {load}): switch with router rules median "
        f"{median:.1f} ms, max {worst:.1f} ms (target <= {TARGET_MS:.0f} ms: {verdict}); "
        f"frames leaked across {switches} switches off -> tor/lockdown, each with a server-first "
        f"guest flow opened in off: {leaked} (target 0)"
    ), leaked


def start_watcher(namespace: NetNs, state: Path) -> Agent:
    process = subprocess.Popen(
        [
            *("ip", "netns", "exec", namespace.name, sys.executable, "-m", "onionpanel.helper"),
            *("--config", str(EXAMPLE), "--state-dir", str(state), "watch"),
        ],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        bufsize=0,
    )
    watcher = Agent(process)
    namespace.agents.append(watcher)
    watcher.line()  # "applied mode ..." : the first look
    return watcher


def foreign_flushes(
    namespace: NetNs, state: Path, counter: FrameCounter, flushes: int
) -> tuple[str, int]:
    nft.apply(load_example(), "tor", state, namespace.nft_argv)
    watcher = start_watcher(namespace, state)
    streams = namespace.start("streams", DESTINATION, TALK_PORT, "65534")
    times, in_gap, after, opened = [], 0, 0, 0
    surviving: set[str] = set()
    for _ in range(flushes):
        since = time.monotonic()
        namespace.nft("flush", "ruleset")
        flushed = time.perf_counter()
        opened += streams.tell("open") == "connected"
        while nft.applied_mode(namespace.nft_argv) != "tor":
            if time.perf_counter() - flushed > 10:
                raise SystemExit("the watcher did not restore the table within 10 s")
        times.append((time.perf_counter() - flushed) * 1000)
        watcher.line()  # the watcher is done (conntrack entries forgotten): look from here
        restored = time.monotonic()
        time.sleep(0.4)
        leaks = counter.leaks(since)
        late = [line for line in leaks if float(line.split()[1]) >= restored]
        in_gap += len(leaks) - len(late)
        after += len(late)
        surviving |= {line.split()[3] for line in late}  # "leak T tcp SRC:PORT -> ..."
    watcher.stop()  # the next part switches modes itself
    median, worst = statistics.median(times), max(times)
    verdict = "ok" if worst <= RESTORE_TARGET_MS else "over target"
    return (
        f"watcher restore after a foreign `nft flush ruleset`: median {median:.0f} ms, max "
        f"{worst:.0f} ms over {flushes} flushes (target <= {RESTORE_TARGET_MS:.0f} ms: {verdict}); "
        f"frames that left inside the gaps: {in_gap} ({opened} streams opened in a gap); "
        f"frames after a restore: {after}, streams surviving: {len(surviving)} (target 0)"
    ), after


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=100)
    parser.add_argument("--flushes", type=int, default=20)
    args = parser.parse_args()
    config = load_example()
    namespace = make_netns()
    try:
        assert namespace.destination is not None
        talker = namespace.destination.start("talk", DESTINATION, TALK_PORT)
        assert talker.line() == f"ready {TALK_PORT}"
        counter = FrameCounter(namespace)
        counter.arm()
        with tempfile.TemporaryDirectory(prefix="onionpanel-bench-") as state:
            print(switch_under_load(config, namespace, Path(state), args.switches), flush=True)
        with tempfile.TemporaryDirectory(prefix="onionpanel-bench-") as state:
            line, switch_leaks = server_first_switches(
                config, namespace, Path(state), counter, args.switches
            )
            print(line, flush=True)
        with tempfile.TemporaryDirectory(prefix="onionpanel-bench-") as state:
            line, flush_leaks = foreign_flushes(namespace, Path(state), counter, args.flushes)
            print(line, flush=True)
        with tempfile.TemporaryDirectory(prefix="onionpanel-bench-") as state:
            line, router_leaks = router_switches(namespace, Path(state), counter, args.switches)
            print(line, flush=True)
    finally:
        remove_netns(namespace)
    return 0 if not switch_leaks and not flush_leaks and not router_leaks else 1


if __name__ == "__main__":
    sys.exit(main())
