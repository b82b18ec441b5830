"""Router interface groups ("opvm*", nft's iifname wildcard) with real nft in namespaces.

The entry covers the bridge opbr0 by name and every interface whose name starts with "opvm".
The guest's veth opvm0 is made only AFTER the mode is applied (as libvirt makes vnet0 when a VM
starts): its TCP and DNS must still go to tor's ports and nothing else it sends may leave,
judged by the independent frame counter on the router's outward link, and what was dropped
counts as the entry's blocked guest traffic. The config forwards
other bridges as is (policy.forwarded = "allow"), so only the router entry's rules stand
between the new guest and the destination.

tor itself is not needed to prove where the packets go: root-owned listeners on tor's
router address stand in for its TransPort and DNSPort (root is trusted like tor's user);
test_helper_router.py proves the same rules with real tor.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from routing_netns import DESTINATION, FrameCounter, NetNs, add_container, needs_root
from test_helper_netns import CONFIG, TEST_UID, Scene
from test_helper_watch import RESTORED, after_change, start_watcher

from onionpanel.helper import nft
from onionpanel.helper.config import load_config
from onionpanel.helper.router_state import blocked_counts

pytestmark = [needs_root, pytest.mark.root]
GATEWAY = "10.77.0.1"  # opbr0's: tor's one listener for the whole group
NEW_GATEWAY, NEW_GUEST = "10.78.0.1", "10.78.0.2"
ROUTER = f"""
[[router]]
interfaces = ["opbr0", "opvm*"]
address = "{GATEWAY}"
trans_port = 9140
dns_port = 9153
"""


@pytest.fixture
def late_guest(netns: NetNs) -> Iterator[NetNs]:
    """A namespace for the guest whose interface is made later (by the test)."""
    guest = NetNs(f"opvmg{os.getpid()}")
    subprocess.run(["ip", "netns", "add", guest.name], check=True)
    try:
        yield guest
    finally:
        for agent in guest.agents:
            agent.stop()
        subprocess.run(["ip", "netns", "del", guest.name], check=False, capture_output=True)


def plug(router: NetNs, guest: NetNs, name: str) -> None:
    """veth ``name`` in the router (NEW_GATEWAY) to eth0 of ``guest`` (NEW_GUEST)."""
    host = ["ip", "-n", router.name]
    inside = ["ip", "-n", guest.name]
    for argv in (
        [*host, "link", "add", name, "type", "veth", "peer", "name", "eth0", "netns", guest.name],
        [*host, "addr", "add", f"{NEW_GATEWAY}/24", "dev", name],
        [*host, "link", "set", name, "up"],
        [*inside, "link", "set", "lo", "up"],
        [*inside, "addr", "add", f"{NEW_GUEST}/24", "dev", "eth0"],
        [*inside, "link", "set", "eth0", "up"],
        [*inside, "route", "add", "default", "via", NEW_GATEWAY],
    ):
        subprocess.run(argv, check=True)
    guest.run("sysctl", "-qw", "net.ipv4.ping_group_range=0 2147483647")


def test_an_interface_made_after_the_apply_is_caught_by_its_group(
    netns: NetNs, counter: FrameCounter, late_guest: NetNs, tmp_path: Path
) -> None:
    add_container(netns)  # opbr0 holds GATEWAY; forwarding on, as the OS would have it
    text = CONFIG.replace("[policy]\n", '[policy]\nforwarded = "allow"\n') + ROUTER
    (tmp_path / "config.toml").write_text(text)
    config = load_config(tmp_path / "config.toml")
    assert netns.helper("--config", str(tmp_path / "config.toml"), "check").returncode == 0
    transport = netns.start("serve", GATEWAY, "9140")  # root: trusted like tor's user
    assert transport.line() == "ready 9140"
    dns_port = netns.start("serve-udp", GATEWAY, "9153")
    assert dns_port.line() == "ready 9153"
    applied = nft.apply(config, "tor", tmp_path / "state", netns.nft_argv)
    assert applied.mode == "tor", applied.reason
    table = netns.nft("-s", "list", "table", "inet", "onionpanel")  # -s: counters change

    plug(netns, late_guest, "opvm0")  # after the apply; nobody re-applies anything
    armed = counter.arm()
    assert late_guest.ask("connect", DESTINATION, "80", TEST_UID) == "connected"
    assert transport.lines_so_far() == [f"peer {NEW_GUEST}", f"origdst {DESTINATION}:80"]
    assert late_guest.ask("dns", DESTINATION, "example.com", TEST_UID) == "answer 0"
    assert dns_port.lines_so_far() == [f"from {NEW_GUEST}"]
    assert late_guest.ask("udp", DESTINATION, "9999", TEST_UID) == "timeout"
    assert late_guest.ask("udp", DESTINATION, "443", TEST_UID) == "timeout"  # QUIC
    assert late_guest.ask("ping", DESTINATION, TEST_UID) == "timeout"
    assert late_guest.ask("udp", NEW_GATEWAY, "5353", TEST_UID) == "timeout"  # the host: tor only
    counter.assert_clean(armed)
    # and they count as the entry's blocked guest packets (what GetRouters shows the panel):
    # two datagrams and an echo request that the forward chain dropped, at least
    assert blocked_counts(netns.nft_argv)["router0_blocked"] >= 3
    assert netns.nft("-s", "list", "table", "inet", "onionpanel") == table  # nothing re-applied

    nft.apply(config, "lockdown", tmp_path / "state", netns.nft_argv)
    assert late_guest.ask("connect", DESTINATION, "80", TEST_UID) == "timeout"
    assert transport.lines_so_far() == []
    counter.assert_clean(armed)


def test_an_interface_outside_the_group_is_not_routed(
    netns: NetNs, counter: FrameCounter, late_guest: NetNs, tmp_path: Path
) -> None:
    """The prefix is the whole rule: "opvx0" is not in "opvm*" and stays forwarded as the
    machine's policy says (here: as is). Proves the wildcard is no catch-all."""
    add_container(netns)
    text = CONFIG.replace("[policy]\n", '[policy]\nforwarded = "allow"\n') + ROUTER
    (tmp_path / "config.toml").write_text(text)
    config = load_config(tmp_path / "config.toml")
    assert nft.apply(config, "tor", tmp_path / "state", netns.nft_argv).mode == "tor"
    plug(netns, late_guest, "opvx0")
    armed = counter.arm()
    late_guest.ask("udp", DESTINATION, "9999", TEST_UID)
    assert any(f"udp {NEW_GUEST}:" in leak for leak in counter.leaks(armed))


def test_check_refuses_a_group_that_covers_the_default_route_interface(
    netns: NetNs, tmp_path: Path
) -> None:
    add_container(netns)
    netns.run("ip", "route", "add", "default", "via", DESTINATION)  # op0 is the WAN side
    path = tmp_path / "config.toml"
    path.write_text(CONFIG + ROUTER.replace('["opbr0", "opvm*"]', '["op*"]'))
    result = netns.helper("--config", str(path), "check")
    assert result.returncode == 1
    assert (
        f"{path}: router[0].interfaces: 'op*' covers op0, which holds the default route (the "
        "WAN side); tor's ports must never be open there"
    ) in result.stderr
    path.write_text(CONFIG + ROUTER)  # "opvm*" does not cover op0
    assert netns.helper("--config", str(path), "check").returncode == 0


def test_the_watcher_keeps_a_group_still_and_repairs_it(netns: NetNs, tmp_path: Path) -> None:
    """The interval set a group needs lists back as it was loaded: the watcher sees no
    difference (it would re-apply every second otherwise) until someone changes the table."""
    add_container(netns)
    scene = Scene(netns, tmp_path)
    scene.config_path.write_text(CONFIG + ROUTER)
    scene.config = load_config(scene.config_path)
    watcher = start_watcher(scene)
    assert after_change(watcher) == ""  # > 1 s: at least one look found nothing to repair
    netns.nft("flush", "chain", "inet", "onionpanel", "filter_forward")
    assert RESTORED in after_change(watcher)
    assert '"opvm*"' in (netns.list_table("inet", "onionpanel") or "")
