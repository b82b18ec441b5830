"""Router mode without tor (real nft, namespaces, the independent frame counter):

* its ports belong to tor: a user who binds a [[router]]'s TransPort on the bridge's address
  while tor is down gets lockdown applied instead, and the guest's connections neither reach
  the squatter nor leave;
* every mode of a config using every router key loads in real nft;
* SIGKILL in the middle of a switch with router rules leaves one whole ruleset;
* the watcher repairs the router's chains like any other part of the table (it compares the
  whole table), and the guest's UDP does not leave meanwhile or after.
No tor is needed to prove that nobody else receives the guests' traffic and nothing leaves."""

from __future__ import annotations

from pathlib import Path

import pytest
from routing_netns import DESTINATION, OPBR0_ROUTER, FrameCounter, NetNs, add_container, needs_root
from test_helper_netns import CONFIG, TEST_UID, Scene, kill_mid_switch
from test_helper_watch import RESTORED, after_change, start_watcher

from onionpanel.helper import nft
from onionpanel.helper.config import load_config
from onionpanel.helper.ruleset import render

pytestmark = [needs_root, pytest.mark.root]
ROUTER = OPBR0_ROUTER


def test_a_user_squatting_a_router_transport_gets_nothing(
    netns: NetNs, counter: FrameCounter, tmp_path: Path
) -> None:
    guest = add_container(netns)
    (tmp_path / "config.toml").write_text(CONFIG + ROUTER)
    config = load_config(tmp_path / "config.toml")
    squatter = netns.start("serve", "10.77.0.1", "9140", TEST_UID)
    assert squatter.line() == "ready 9140"
    applied = nft.apply(config, "tor", tmp_path / "state", netns.nft_argv)
    armed = counter.arm()
    assert applied.mode == "lockdown"
    assert applied.reason == (
        f"TransPort of router[0] (opbr0) 9140/tcp is held by uid {TEST_UID}, not by tor "
        "(uid 1); declare a port below 1024 so only tor can bind it"
    )
    assert guest.ask("connect", DESTINATION, "80", TEST_UID) == "timeout"
    assert guest.ask("connect", "10.77.0.1", "9140", TEST_UID) == "timeout"
    assert squatter.lines_so_far() == []
    counter.assert_clean(armed)


@pytest.mark.parametrize(
    "change",
    [
        "flush chain inet onionpanel nat_prerouting",
        "delete chain inet onionpanel filter_input",
        "flush chain inet onionpanel filter_forward",
    ],
)
def test_the_watcher_repairs_the_router_chains(
    netns: NetNs, counter: FrameCounter, tmp_path: Path, change: str
) -> None:
    guest = add_container(netns)
    scene = Scene(netns, tmp_path)
    scene.config_path.write_text(CONFIG + ROUTER)
    scene.config = load_config(scene.config_path)
    watcher = start_watcher(scene)
    netns.nft(*change.split())
    assert RESTORED in after_change(watcher)
    armed = counter.arm()
    assert guest.ask("udp", DESTINATION, "9999", TEST_UID) == "timeout"
    assert guest.ask("ping", DESTINATION, "0") == "timeout"
    counter.assert_clean(armed)


EVERY_KEY = """
[[router]]
interfaces = ["opbr0", "opbr1"]
address = "10.77.0.1"
trans_port = 9140
dns_port = 9153
ipv6 = "tor"
address_v6 = "fd77::1"
dhcp = true
allowed_destinations_v4 = ["192.168.1.20/32"]
allowed_destinations_v6 = ["fd00:1::/64"]
allowed_sources_v4 = ["10.77.0.99/32"]
allowed_sources_v6 = ["fd77::99/128"]
[[router]]
interfaces = ["docker0"]
forwarded = "block"
[[router]]
interfaces = ["lan0"]
forwarded = "allow"
"""


@pytest.mark.parametrize("forwarded", ["block", "allow"])
def test_every_router_key_renders_rules_real_nft_accepts(
    netns: NetNs, tmp_path: Path, forwarded: str
) -> None:
    text = CONFIG.replace("[policy]\n", f'[policy]\nforwarded = "{forwarded}"\n') + EVERY_KEY
    (tmp_path / "config.toml").write_text(text)
    config = load_config(tmp_path / "config.toml")
    for mode in config.modes:
        netns.nft("-c", "-f", "-", stdin=render(config, mode))


def test_killing_the_helper_mid_switch_with_router_rules_leaves_one_whole_ruleset(
    netns: NetNs, tmp_path: Path
) -> None:
    add_container(netns)
    scene = Scene(netns, tmp_path)
    scene.config_path.write_text(CONFIG + ROUTER)
    scene.config = load_config(scene.config_path)
    kill_mid_switch(scene, tmp_path)


def test_check_refuses_tor_on_an_address_of_another_interface(netns: NetNs, tmp_path: Path) -> None:
    add_container(netns)  # opbr0 holds 10.77.0.1
    path = tmp_path / "config.toml"
    path.write_text(CONFIG + ROUTER)
    assert netns.helper("--config", str(path), "check").returncode == 0
    path.write_text(CONFIG + ROUTER.replace('"opbr0"', '"br-vms"'))
    result = netns.helper("--config", str(path), "check")
    assert result.returncode == 1
    assert (
        f"{path}: router[0].address: 10.77.0.1 belongs to opbr0, not to br-vms; tor's ports "
        "must never listen on another (WAN) interface"
    ) in result.stderr


def test_check_says_when_the_namespace_does_not_forward_what_the_config_forwards(
    netns: NetNs, tmp_path: Path
) -> None:
    add_container(netns)  # turns net.ipv4.ip_forward on
    path = tmp_path / "config.toml"
    path.write_text(CONFIG + ROUTER + 'allowed_destinations_v6 = ["fd00:1::/64"]\n')
    netns.run("sysctl", "-qw", "net.ipv6.conf.all.forwarding=0")
    result = netns.helper("--config", str(path), "check")
    assert result.returncode == 0, result.stderr  # a note, not a refusal: the OS decides
    assert (
        "note: net.ipv6.conf.all.forwarding is 0, but [[router]] forwards some traffic as is"
    ) in result.stderr
    assert "net.ipv4.ip_forward" not in result.stderr  # on, and only IPv6 is forwarded as is
    netns.run("sysctl", "-qw", "net.ipv6.conf.all.forwarding=1")
    assert "forwarding" not in netns.helper("--config", str(path), "check").stderr


def test_guests_of_an_ipv6_router_hear_the_hosts_router_advertisements(
    netns: NetNs, tmp_path: Path
) -> None:
    """With ipv6 = "tor" the guests need an IPv6 route to the host (SLAAC: radvd or dnsmasq
    advertise it); the host's advertisements on the router's interfaces must pass the output
    filter (they are untracked, not replies), and only there."""
    guest = add_container(netns)
    netns.run("ip", "addr", "add", "fd77::1/64", "dev", "opbr0", "nodad")
    path = tmp_path / "config.toml"
    path.write_text(CONFIG + ROUTER + 'ipv6 = "tor"\naddress_v6 = "fd77::1"\n')
    config = load_config(path)
    assert nft.apply(config, "tor", tmp_path / "state", netns.nft_argv).mode == "tor"
    listener = guest.start("listen-ra")
    assert listener.line() == "listening"
    assert netns.ask("send-ra", "opbr0") == "sent"
    assert listener.line().startswith("ra ")
    assert netns.ask("send-ra", "op0") == "blocked"  # op0 leads to the "internet"
    nft.apply(config, "lockdown", tmp_path / "state", netns.nft_argv)  # guests reach nothing
    assert netns.ask("send-ra", "opbr0") == "blocked"
