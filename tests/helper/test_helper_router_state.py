"""What the helper reports about its [[router]] entries (GetRouters), against real nft in
namespaces: a guest behind bridge opbr0 whose UDP, ICMP and QUIC the forward chain drops
raises its entry's count; the count is read from the helper's own table only; the watcher does
not take a changing count for someone else's change; the networks of the routed interfaces and
forwarding sysctls that are off come from the namespace itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from routing_netns import DESTINATION, OPBR0_ROUTER, NetNs, add_container, needs_root
from test_helper_netns import CONFIG, TEST_UID, Scene
from test_helper_watch import after_change, start_watcher

from onionpanel.helper import nft
from onionpanel.helper.config import load_config
from onionpanel.helper.router_state import blocked_counts, router_report

pytestmark = [needs_root, pytest.mark.root]
ROUTER = OPBR0_ROUTER
LAN_PORT = """
[[router]]
interfaces = ["oplan0"]
forwarded = "allow"
"""
FOREIGN_COUNTER = """
table inet otherfw {
    counter router0_blocked { packets 999 bytes 99900 }
}
"""


def blocked(netns: NetNs, config_path: Path) -> int:
    report = router_report(load_config(config_path), netns.nft_argv)
    return int(report[0][-1])


def test_blocked_guest_traffic_is_counted_per_entry(netns: NetNs, tmp_path: Path) -> None:
    guest = add_container(netns)
    path = tmp_path / "config.toml"
    path.write_text(CONFIG + ROUTER)
    config = load_config(path)
    netns.nft("-f", "/dev/stdin", stdin=FOREIGN_COUNTER)  # another table's counter of that name
    assert nft.apply(config, "tor", tmp_path / "state", netns.nft_argv).mode == "tor"
    [entry] = router_report(config, netns.nft_argv)
    assert entry == (
        "router[0]",
        ["opbr0"],
        "tor",
        "10.77.0.1",
        "",
        9140,
        9153,
        "block",
        [("10.77.0.0/24", "opbr0")],
        [],  # "tor" needs no forwarding
        0,
    )
    assert guest.ask("udp", DESTINATION, "9999", TEST_UID) == "timeout"
    after_udp = blocked(netns, path)
    assert after_udp >= 1
    assert guest.ask("udp", DESTINATION, "443", TEST_UID) == "timeout"  # QUIC
    assert guest.ask("ping", DESTINATION, "0") == "timeout"
    assert blocked(netns, path) > after_udp
    assert blocked_counts(netns.nft_argv).keys() == {"router0_blocked"}

    nft.apply(config, "off", tmp_path / "state", netns.nft_argv)  # no router rules, no count
    assert blocked(netns, path) == 0


def test_a_rising_count_is_not_someone_elses_change(
    netns: NetNs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The watcher compares the whole table with what it loaded; a counter's values change
    with every blocked packet and must not make it re-apply (which would also reset them)."""
    guest = add_container(netns)
    scene = Scene(netns, tmp_path)
    scene.config_path.write_text(CONFIG + ROUTER)
    watcher = start_watcher(scene)
    assert guest.ask("udp", DESTINATION, "9999", TEST_UID) == "timeout"
    assert blocked(netns, scene.config_path) >= 1
    assert after_change(watcher) == ""  # said nothing: nothing re-applied
    assert blocked(netns, scene.config_path) >= 1


def test_forwarding_off_is_reported_for_the_entries_that_need_it(
    netns: NetNs, tmp_path: Path
) -> None:
    add_container(netns)
    netns.run("ip", "link", "add", "oplan0", "type", "bridge")
    netns.run("ip", "addr", "add", "192.168.77.1/24", "dev", "oplan0")
    netns.run("ip", "addr", "add", "fd78::1/64", "dev", "oplan0", "nodad")
    netns.run("ip", "link", "set", "oplan0", "up")
    path = tmp_path / "config.toml"
    path.write_text(CONFIG + ROUTER + LAN_PORT)
    config = load_config(path)
    nft.apply(config, "tor", tmp_path / "state", netns.nft_argv)
    netns.run("sysctl", "-qw", "net.ipv4.ip_forward=0")
    bridge, lan = router_report(config, netns.nft_argv)
    assert bridge[9] == []  # "tor" needs no forwarding
    assert lan[1] == ["oplan0"]
    assert lan[8] == [("192.168.77.0/24", "oplan0"), ("fd78::/64", "oplan0")]
    assert lan[9] == ["net.ipv4.ip_forward"]
    netns.run("sysctl", "-qw", "net.ipv4.ip_forward=1")
    assert router_report(config, netns.nft_argv)[1][9] == []


def test_one_reading_serves_every_caller_for_a_second(netns: NetNs, tmp_path: Path) -> None:
    """GetRouters is open to anyone on the system bus and each reading runs three commands as
    root: callers in a loop must not keep the helper busy. A mode change reads afresh."""
    from jeepney import DBusAddress, new_method_call

    from onionpanel.helper.service import (
        BUS_NAME,
        INTERFACE,
        OBJECT_PATH,
        HelperService,
        SandboxAuthority,
    )

    log = tmp_path / "commands"
    config_path = tmp_path / "config.toml"
    config_path.write_text(CONFIG + ROUTER)
    config = load_config(config_path)
    # every command the helper runs "where nft runs" is logged, then run in the namespace
    logging = ["sh", "-c", f'echo "$0" >> {log}; exec "$0" "$@"', "nft"]
    service = HelperService(
        config, tmp_path / "state", SandboxAuthority(), [*netns.nft_argv[:-1], *logging]
    )
    service.set_mode("tor", switchable_check=False)
    applied = len(log.read_text().splitlines())
    call = new_method_call(DBusAddress(OBJECT_PATH, BUS_NAME, INTERFACE), "GetRouters")
    for _ in range(20):
        answer = service.handle(call)
        assert answer is not None
        assert answer.body[0][0][0] == config.routers[0].name
    read = log.read_text().splitlines()[applied:]
    assert sorted(read) == ["cat", "ip", "nft"], read
    service.set_mode("lockdown", switchable_check=False)
    after_switch = len(log.read_text().splitlines())
    service.handle(call)
    assert len(log.read_text().splitlines()) == after_switch + 3
