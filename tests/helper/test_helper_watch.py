"""The watcher against other programs changing the ruleset, judged by the frame counter.

The real CLI (``onionpanel-helper watch``) runs inside the client namespace, as it runs on a
machine: its nft, its /proc/net and its conntrack netlink socket are the namespace's.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from routing_netns import DESTINATION, ROOT, Agent, FrameCounter, NetNs, needs_root
from test_helper_netns import TEST_UID, Scene

pytestmark = [needs_root, pytest.mark.root]
RESTORED = "re-applied mode 'tor'"


@pytest.fixture
def scene(netns: NetNs, tmp_path: Path) -> Scene:
    return Scene(netns, tmp_path)


def start_watcher(scene: Scene) -> Agent:
    process = subprocess.Popen(
        [
            *("ip", "netns", "exec", scene.netns.name, sys.executable, "-m", "onionpanel.helper"),
            *("--config", str(scene.config_path), "--state-dir", str(scene.state_dir), "watch"),
        ],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        bufsize=0,
    )
    watcher = Agent(process)
    scene.netns.agents.append(watcher)
    assert watcher.line() == "applied mode 'tor'"  # the first look always applies
    return watcher


def after_change(watcher: Agent) -> str:
    """The watcher's next line; '' if it said nothing (then the counter decides what leaked)."""
    return watcher._next_line(5.0) or ""


def talk_server(scene: Scene) -> str:
    assert scene.netns.destination is not None
    server = scene.netns.destination.start("talk", DESTINATION, "7777")
    assert server.line() == "ready 7777"
    return "7777"


def assert_nothing_leaves(scene: Scene, counter: FrameCounter) -> None:
    armed = counter.arm()
    assert scene.connect() == "refused"
    assert scene.netns.ask("udp", DESTINATION, "9999", TEST_UID) == "blocked"
    assert scene.netns.ask("ping", DESTINATION, TEST_UID) == "blocked"
    time.sleep(0.3)
    counter.assert_clean(armed)


def test_a_reloaded_saved_off_ruleset_is_replaced(scene: Scene, counter: FrameCounter) -> None:
    """What an nftables.service reload does with a ruleset saved while the mode was off."""
    scene.apply("off")
    saved = "flush ruleset\n" + scene.netns.nft("list", "ruleset")
    scene.apply("tor")
    watcher = start_watcher(scene)
    scene.netns.nft("-f", "-", stdin=saved)
    line = after_change(watcher)
    assert_nothing_leaves(scene, counter)
    assert line == f"table inet onionpanel was changed: the table said mode 'off'; {RESTORED}"


@pytest.mark.parametrize(
    ("change", "found"),
    [
        ("delete chain inet onionpanel filter_output", "chain filter_output was deleted"),
        ("flush chain inet onionpanel filter_output", "chain filter_output was flushed"),
        (
            "insert rule inet onionpanel filter_output meta l4proto udp accept",
            "the rules of chain filter_output were changed",
        ),
        ("delete chain inet onionpanel track_out", "chain track_out was deleted"),
    ],
)
def test_a_changed_chain_is_restored(
    scene: Scene, counter: FrameCounter, change: str, found: str
) -> None:
    scene.apply("tor")
    watcher = start_watcher(scene)
    scene.netns.nft(*change.split())
    line = after_change(watcher)
    assert_nothing_leaves(scene, counter)
    assert line == f"table inet onionpanel was changed: {found}; {RESTORED}"


def test_no_stream_opened_while_the_ruleset_was_flushed_survives(
    scene: Scene, counter: FrameCounter
) -> None:
    """20 foreign `nft flush ruleset`, a new server-first stream opened in each gap: frames may
    leave inside a gap (root flushed the firewall), none after the table is back."""
    port = talk_server(scene)
    scene.apply("tor")
    watcher = start_watcher(scene)
    streams = scene.netns.start("streams", DESTINATION, port, TEST_UID)
    counter.arm()
    opened_in_gap = 0
    for _ in range(20):
        scene.netns.nft("flush", "ruleset")
        opened_in_gap += streams.tell("open") == "connected"
        assert after_change(watcher).endswith(RESTORED)
        restored = time.monotonic()
        time.sleep(0.4)  # a surviving stream answers the server every 50 ms
        # The program may still read and "send" (its packets are dropped as invalid once
        # conntrack picks the flow up): what counts is that nothing leaves.
        counter.assert_clean(restored)
    assert opened_in_gap > 0, "no stream was opened inside a gap: the test proved nothing"
