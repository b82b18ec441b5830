"""Leak checks with real nft and real traffic, inside namespaces the tests create.

The client namespace holds the helper's table; the destination (198.51.100.1) lives in a second
namespace behind a veth pair, so "direct" means the packet really left. The test user is uid
65534; "daemon" (uid 1) plays tor's user. Where a TransPort or DNSPort is needed, a plain
listener stands in for tor (a stub, not a real tor: it only proves where the flow was sent).
"""

from __future__ import annotations

import os
import pwd
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from routing_netns import (
    CLIENT,
    CLIENT6,
    DESTINATION,
    DESTINATION6,
    ROOT,
    FrameCounter,
    NetNs,
    ProfileSlice,
    needs_root,
)

from onionpanel.helper import nft
from onionpanel.helper.config import Config, load_config
from onionpanel.helper.watch import Watcher

pytestmark = [needs_root, pytest.mark.root]

TEST_UID = "65534"
TOR_UID = "1"  # "daemon", tor's user in the test config
CONFIG = """\
schema = 1
[tor]
user = "daemon"
trans_port = 9040
dns_port = 9053
[policy]
boot_mode = "tor"
user_may_switch = ["off", "tor", "lockdown"]
[[profile]]
name = "mail"
kind = "tor-isolated"
trans_port = 9041
"""
OTHER_FIREWALL = """\
table ip otherfw {
    set blocked { type ipv4_addr; elements = { 203.0.113.7 } }
    chain out { type filter hook output priority 10; policy accept; ip daddr @blocked drop; }
}
table inet filter {
    chain input { type filter hook input priority 0; policy accept; }
}
"""


class Scene:
    """One namespace pair with a destination server, another firewall and the helper."""

    def __init__(self, netns: NetNs, tmp_path: Path) -> None:
        self.netns = netns
        assert netns.destination is not None
        self.server = netns.destination.start("serve", DESTINATION)
        self.port = self.server.line().split()[1]
        self.config_path = tmp_path / "config.toml"
        self.config_path.write_text(CONFIG)
        self.config: Config = load_config(self.config_path)
        self.state_dir = tmp_path / "state"
        netns.nft("-f", "/dev/stdin", stdin=OTHER_FIREWALL)
        self.other = self.other_tables()

    def other_tables(self) -> tuple[str | None, str | None]:
        return self.netns.list_table("ip", "otherfw"), self.netns.list_table("inet", "filter")

    def apply(self, mode: str) -> None:
        nft.apply(self.config, mode, self.state_dir, nft=self.netns.nft_argv)
        assert self.other_tables() == self.other, "another firewall's table changed"

    def connect(self, uid: str = TEST_UID) -> str:
        return self.netns.ask("connect", DESTINATION, self.port, uid)

    def server_saw(self) -> list[str]:
        return self.server.lines_so_far()


@pytest.fixture
def scene(netns: NetNs, tmp_path: Path) -> Scene:
    return Scene(netns, tmp_path)


def test_off_is_direct_tor_without_transport_and_lockdown_fail_closed(
    scene: Scene, counter: FrameCounter
) -> None:
    scene.apply("off")
    assert scene.connect() == "connected"
    assert scene.server_saw() == [f"peer {CLIENT}"]

    scene.apply("tor")  # nothing listens on the TransPort: tor is "down"
    armed = counter.arm()
    assert scene.connect() == "refused"
    assert scene.connect(uid="0") == "refused"  # root is not exempt either
    assert scene.server_saw() == []

    scene.apply("lockdown")
    assert scene.connect() == "refused"
    assert scene.server_saw() == []
    counter.assert_clean(armed)
    assert scene.connect(uid=TOR_UID) == "connected"  # tor's own user still leaves
    assert scene.server_saw() == [f"peer {CLIENT}"]

    scene.apply("off")
    assert scene.connect() == "connected"
    assert scene.netns.list_table("inet", "onionpanel") is not None  # off = empty table


def test_tor_sends_tcp_to_the_transport_and_dns_to_the_dnsport(
    scene: Scene, counter: FrameCounter
) -> None:
    netns, destination = scene.netns, scene.netns.destination
    assert destination is not None
    transport = netns.start("serve", "127.0.0.1", "9040")  # stand-in for tor's TransPort
    dns_port = netns.start("serve-udp", "127.0.0.1", "9053")  # stand-in for tor's DNSPort
    remote_dns = destination.start("serve-udp", DESTINATION, "53")
    remote_udp = destination.start("serve-udp", DESTINATION, "9999")
    for listener in (transport, dns_port, remote_dns, remote_udp):
        assert listener.line().startswith("ready")
    scene.apply("tor")
    armed = counter.arm()

    held = netns.start("connect", DESTINATION, scene.port, TEST_UID, "hold")
    assert held.line() == "connected"
    for _ in range(3):  # data both ways through the redirect (the P14 class of resets)
        assert held.tell("send") == "ok"
    seen = transport.lines_so_far()
    assert f"origdst {DESTINATION}:{scene.port}" in seen, seen
    assert scene.server_saw() == []

    assert netns.ask("udp", DESTINATION, "53", TEST_UID) == "answer"
    assert len(dns_port.lines_so_far()) == 1
    assert netns.ask("udp", DESTINATION, "9999", TEST_UID) == "blocked"
    assert remote_dns.lines_so_far() == []
    assert remote_udp.lines_so_far() == []
    counter.assert_clean(armed)

    assert scene.connect(uid=TOR_UID) == "connected"  # tor's user is exempt: direct
    assert scene.server_saw() == [f"peer {CLIENT}"]
    assert transport.lines_so_far() == []


def test_a_connection_opened_in_off_dies_at_the_switch_to_tor(scene: Scene) -> None:
    scene.apply("off")
    client = scene.netns.start("connect", DESTINATION, scene.port, TEST_UID, "hold")
    assert client.line() == "connected"
    assert client.tell("send") == "ok"
    tor_client = scene.netns.start("connect", DESTINATION, scene.port, TOR_UID, "hold")
    assert tor_client.line() == "connected"

    scene.apply("tor")
    assert client.tell("send") == "reset"
    assert tor_client.tell("send") == "ok"  # tor's own flows survive the switch


def test_bad_config_undeclared_mode_or_nft_refusal_change_nothing(scene: Scene) -> None:
    netns = scene.netns
    common = ["--config", str(scene.config_path), "--state-dir", str(scene.state_dir)]
    applied = netns.helper(*common, "apply", "lockdown")
    assert applied.returncode == 0, applied.stderr
    before = netns.list_table("inet", "onionpanel")
    assert nft.persisted_mode(scene.state_dir) == "lockdown"

    bad = scene.config_path.with_name("bad.toml")
    bad.write_text(CONFIG.replace("dns_port = 9053", "dns_port = 9053\ndns_prot = 53"))
    refused = netns.helper(
        "--config", str(bad), "--state-dir", str(scene.state_dir), "apply", "off"
    )
    assert refused.returncode == 1
    assert "tor.dns_prot: unknown key" in refused.stderr

    hostile = netns.helper(*common, "apply", "off; delete table inet filter")
    assert hostile.returncode == 1
    assert "is not a declared mode" in hostile.stderr

    missing_cgroup = {"mail": ["no-such.slice"]}  # real nft refuses a cgroup that does not exist
    with pytest.raises(nft.ApplyError, match="nft refused the ruleset for mode 'tor'"):
        nft.apply(scene.config, "tor", scene.state_dir, netns.nft_argv, missing_cgroup)

    assert netns.list_table("inet", "onionpanel") == before
    assert nft.persisted_mode(scene.state_dir) == "lockdown"
    assert scene.other_tables() == scene.other
    status = netns.helper(*common, "status")
    assert "applied:         lockdown" in status.stdout


def test_boot_applies_the_remembered_mode(scene: Scene) -> None:
    scene.apply("lockdown")
    scene.apply("off")
    (scene.state_dir / "mode").write_text("lockdown\n")
    common = ["--config", str(scene.config_path), "--state-dir", str(scene.state_dir)]
    booted = scene.netns.helper(*common, "boot")
    assert booted.returncode == 0, booted.stderr
    assert nft.applied_mode(scene.netns.nft_argv) == "lockdown"


def test_the_watcher_restores_the_table_after_someone_flushes_everything(scene: Scene) -> None:
    messages: list[str] = []
    changes: list[tuple[str, str]] = []
    watcher = Watcher(
        scene.config,
        scene.state_dir,
        scene.netns.nft_argv,
        messages.append,
        on_change=lambda mode, why: changes.append((mode, why)),
    )
    scene.apply("tor")
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,))
    thread.start()
    try:
        time.sleep(0.5)  # past the watcher's first look, which applies the remembered mode
        scene.netns.nft("flush", "ruleset")  # another program wipes every table
        for _ in range(200):  # no timed assertion: bench/mode_switch.py measures the delay
            if len(messages) > 1:
                break
            time.sleep(0.05)
        assert nft.applied_mode(scene.netns.nft_argv) == "tor"
        assert messages == [
            "applied mode 'tor'",
            "table inet onionpanel was changed: the table was gone; re-applied mode 'tor'",
        ]
        assert changes == [("tor", "started"), ("tor", "restored:gone")]  # for the panel
        assert scene.connect() == "refused"
    finally:
        stop.set()
        thread.join()


def test_ipv6_and_icmp_do_not_leave_in_tor_mode(scene: Scene, counter: FrameCounter) -> None:
    destination = scene.netns.destination
    assert destination is not None
    server6 = destination.start("serve", DESTINATION6)
    port6 = server6.line().split()[1]
    scene.apply("off")
    assert scene.netns.ask("connect", DESTINATION6, port6, TEST_UID) == "connected"
    assert server6.lines_so_far() == [f"peer {CLIENT6}"]
    assert scene.netns.ask("ping", DESTINATION, TEST_UID) == "answer"

    scene.apply("tor")
    armed = counter.arm()
    assert scene.netns.ask("connect", DESTINATION6, port6, TEST_UID) == "refused"
    assert scene.netns.ask("udp", DESTINATION6, "53", TEST_UID) == "blocked"
    assert scene.netns.ask("ping", DESTINATION, TEST_UID) == "blocked"
    assert server6.lines_so_far() == []
    counter.assert_clean(armed)


def test_a_time_limited_clearnet_mode_goes_back_to_tor(scene: Scene, tmp_path: Path) -> None:
    config_path = tmp_path / "clearnet.toml"
    config_path.write_text(
        CONFIG.replace('"lockdown"]', '"lockdown", "tor+portal"]')
        + '[[profile]]\nname = "portal"\nkind = "clearnet-direct"\nallow_direct = true\n'
    )
    config = load_config(config_path)
    common = ["--config", str(config_path), "--state-dir", str(scene.state_dir)]
    for minutes in ("0", "1441"):
        assert (
            scene.netns.helper(*common, "apply", "tor+portal", "--minutes", minutes).returncode == 2
        )
    limited = scene.netns.helper(*common, "apply", "tor+portal", "--minutes", "15")
    assert limited.returncode == 0, limited.stderr
    assert "back to tor in 15 min" in limited.stdout
    assert "back to 'tor' in 15 min" in scene.netns.helper(*common, "status").stdout
    assert nft.boot_mode(config, scene.state_dir) == "tor"  # never survives a reboot

    messages: list[str] = []
    watcher = Watcher(config, scene.state_dir, scene.netns.nft_argv, messages.append)
    assert watcher.ensure() is None  # not yet
    nft.apply(config, "tor+portal", scene.state_dir, scene.netns.nft_argv, until=time.time() - 1)
    assert watcher.ensure() == "tor"  # the watcher loop calls this every second
    assert messages == ["time limit reached; back to mode 'tor'"]
    assert nft.applied_mode(scene.netns.nft_argv) == "tor"
    assert nft.pending_revert(scene.state_dir) is None


def test_clearnet_proxy_mode_lets_only_the_proxy_user_out_and_guards_its_port(
    scene: Scene, tmp_path: Path
) -> None:
    config_path = tmp_path / "proxy.toml"
    config_path.write_text(
        CONFIG.replace('"lockdown"]', '"lockdown", "tor+bank"]')
        + '[[profile]]\nname = "bank"\nkind = "clearnet-proxy"\nproxy = "127.0.0.1:3128"\n'
        + 'proxy_user = "proxy"\n'
    )
    scene.config = load_config(config_path)
    proxy_uid = str(pwd.getpwnam("proxy").pw_uid)  # stands in for squid's user; no real proxy
    proxy_port = scene.netns.start("serve", "127.0.0.1", "3128")  # where the proxy would listen
    assert proxy_port.line() == "ready 3128"

    scene.apply("tor")
    assert scene.connect(uid=proxy_uid) == "refused"  # in plain tor the proxy goes via tor too
    assert scene.server_saw() == []

    scene.apply("tor+bank")
    held = scene.netns.start("connect", DESTINATION, scene.port, proxy_uid, "hold")
    assert held.line() == "connected"
    assert held.tell("send") == "ok"
    assert scene.server_saw() == [f"peer {CLIENT}"]
    assert scene.connect() == "refused"  # everyone else still goes to the (absent) TransPort
    # The proxy's port is for programs in the bank profile's slice only (none here).
    assert scene.netns.ask("connect", "127.0.0.1", "3128", TEST_UID) == "refused"
    assert proxy_port.lines_so_far() == []

    scene.apply("tor")
    assert held.tell("send") == "reset"  # the clearnet flow dies when tor is back
    assert scene.server_saw() == []


def test_programs_in_the_bank_profile_reach_the_destination_through_its_proxy(
    scene: Scene, tmp_path: Path, bank_slice: ProfileSlice
) -> None:
    """Leak matrix 7, both halves: a program in the bank profile's slice reaches the destination
    directly through the proxy; the same program outside the slice is refused the proxy's port,
    and back in mode tor the proxy itself can only go through tor."""
    config_path = tmp_path / "proxy.toml"
    config_path.write_text(
        CONFIG.replace('"lockdown"]', '"lockdown", "tor+bank"]')
        + '[[profile]]\nname = "bank"\nkind = "clearnet-proxy"\nproxy = "127.0.0.1:3128"\n'
        + 'proxy_user = "proxy"\n'
    )
    config = load_config(config_path)
    proxy_uid = str(pwd.getpwnam("proxy").pw_uid)
    proxy = scene.netns.start("proxy", "3128", proxy_uid)
    assert proxy.line() == "ready 3128"
    nft_argv = scene.netns.nft_argv_with_cgroups
    cgroups = {"bank": [bank_slice.relative]}  # what profile_cgroups() finds on a v2 host

    def ask_through_proxy(in_slice: bool) -> str:
        program = scene.netns.start("via-proxy", "3128", DESTINATION, scene.port, TEST_UID)
        assert program.line() == "waiting"
        if in_slice:
            bank_slice.join(program.process.pid)  # as systemd-run --scope does
        return program.tell("go")

    nft.apply(config, "tor+bank", scene.state_dir, nft=nft_argv, cgroups=cgroups)
    listed = subprocess.run(
        [*nft_argv, "list", "set", "inet", "onionpanel", "cg_bank"], capture_output=True, text=True
    )
    assert bank_slice.relative in listed.stdout, listed.stderr
    assert ask_through_proxy(in_slice=True) == "through"
    assert scene.server_saw() == [f"peer {CLIENT}"]  # straight from the client, not via tor
    assert ask_through_proxy(in_slice=False) == "refused"  # the proxy's port: the slice's only
    assert scene.server_saw() == []
    assert scene.other_tables() == scene.other

    nft.apply(config, "tor", scene.state_dir, nft=nft_argv, cgroups=cgroups)
    assert ask_through_proxy(in_slice=True) == "refused"  # the proxy's way out is tor's now
    assert scene.server_saw() == []
    assert scene.other_tables() == scene.other


def test_killing_the_helper_mid_switch_leaves_one_whole_ruleset(
    scene: Scene, tmp_path: Path
) -> None:
    """Leak matrix 6: SIGKILL at random moments of `onionpanel-helper apply`; the table is
    always exactly the old mode's or the new mode's, and the other firewall never changes."""
    kill_mid_switch(scene, tmp_path)


def kill_mid_switch(scene: Scene, tmp_path: Path) -> None:
    scene.apply("tor")
    tor_table = scene.netns.list_table("inet", "onionpanel")
    scene.apply("lockdown")
    lockdown_table = scene.netns.list_table("inet", "onionpanel")
    whole = {tor_table, lockdown_table}
    seen = set()
    private_tmp = tmp_path / "tmp"  # where a temporary ruleset file would be left behind
    private_tmp.mkdir()
    chance = random.Random(6)
    for attempt in range(20):
        target = "tor" if attempt % 2 == 0 else "lockdown"
        helper = subprocess.Popen(
            [
                *("ip", "netns", "exec", scene.netns.name, sys.executable, "-m"),
                *("onionpanel.helper", "--config", str(scene.config_path)),
                *("--state-dir", str(scene.state_dir), "apply", target),
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "TMPDIR": str(private_tmp)},
        )
        time.sleep(chance.uniform(0.05, 0.6))  # interpreter start, nft -c, nft -f, verify
        helper.kill()
        helper.wait()
        time.sleep(0.3)  # an nft child outlives its parent; let it finish either way
        table = scene.netns.list_table("inet", "onionpanel")
        assert table in whole, table
        seen.add(table)
        assert scene.other_tables() == scene.other
    assert len(seen) == 2, "every kill landed on the same side: the test proved little"
    assert list(private_tmp.iterdir()) == []  # rulesets go to nft on stdin, never to a file
