"""Router mode against real tor and real nft: a guest behind a bridge gets Tor and nothing else.

Three namespaces: the guest (10.77.0.2, fd77::2) behind bridge opbr0 (10.77.0.1) of the router
namespace, which holds the helper's table and the sandbox's private Tor network (its client as
tor's user, listening for the guests on 10.77.0.1); the router reaches the "internet"
namespace (the destination 198.51.100.1) through a veth. The independent frame counter sits on
the far end of that veth: any frame from another source than the relays' own address
(198.51.100.3, see test_helper_sandbox.py) is a leak, whatever rule let it out.

The router namespace forwards IPv4 and IPv6 and masquerades the guests, as the OS of a real
host would (the helper never changes sysctls): in mode off the guest reaches the destination
directly; every leak probe below would get out without the helper's router rules (the config
forwards other bridges as is, policy.forwarded = "allow", so only the router entry's rules
stand between the guest and the destination).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from routing_netns import (
    CLIENT6,
    CONTAINER,
    DESTINATION,
    DESTINATION6,
    FrameCounter,
    NetNs,
    add_container,
)
from test_helper_netns import TEST_UID
from test_helper_sandbox import (
    MARK_RELAYS,
    RELAY_ADDRESS,
    config_text,
    pytestmark,  # noqa: F401  (root, tor, slow, debian-tor)
    streams,
)

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onionpanel.core.circuits import Stream, StreamEvent
from onionpanel.core.routers import routers_from_reply
from onionpanel.helper import nft
from onionpanel.helper.config import Config, load_config
from onionpanel.helper.router_state import router_report
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.tor.translate import parse_event, translate
from onionpanel.ui.circuits.cells import CircuitCells
from onionpanel.ui.circuits.roles import Column

GATEWAY = "10.77.0.1"
GATEWAY6, GUEST6 = "fd77::1", "fd77::2"
TRANS, DNS = 9140, 9153
MAPPED_NAME = "guest.onionpanel.test"  # tor's DNSPort answers it from MapAddress, no exit needed
ROUTER = f"""
[[router]]
interfaces = ["opbr0"]
forwarded = "tor"
address = "{GATEWAY}"
trans_port = {TRANS}
dns_port = {DNS}
"""
ROUTER6 = f'ipv6 = "tor"\naddress_v6 = "{GATEWAY6}"\n'
SETTLE_S = 1.5
STREAM_EVENTS = """\
import sys
from stem.control import Controller, EventType
with Controller.from_port(port=int(sys.argv[1])) as controller:
    controller.authenticate()
    controller.add_event_listener(
        lambda event: print(event.raw_content().strip(), flush=True), EventType.STREAM
    )
    print("ready", flush=True)
    sys.stdin.read()
"""


@dataclass
class Router:
    netns: NetNs
    guest: NetNs
    sandbox: SandboxNetwork
    config: Config
    config6: Config  # the same entry with ipv6 = "tor"
    state: Path
    counter: FrameCounter

    def apply(self, mode: str, ipv6: bool = False) -> None:
        config = self.config6 if ipv6 else self.config
        applied = nft.apply(config, mode, self.state, self.netns.nft_argv)
        assert applied.mode == mode, applied.reason

    def blocked(self) -> int:
        return int(router_report(self.config, self.netns.nft_argv)[0][-1])

    def watch_streams(self) -> subprocess.Popen[str]:
        """tor's STREAM events as the control port sends them (with SOURCE_ADDR)."""
        watcher = subprocess.Popen(
            [
                *("ip", "netns", "exec", self.netns.name, sys.executable, "-c", STREAM_EVENTS),
                str(self.sandbox.control_port),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert watcher.stdout is not None
        assert watcher.stdout.readline().strip() == "ready"
        return watcher

    def probe(self, *args: str) -> str:
        """A one-shot agent in the guest with a short timeout (a leak probe expects none)."""
        os.environ["NETNS_AGENT_TIMEOUT"] = "3"
        try:
            return self.guest.ask(*args)
        finally:
            os.environ["NETNS_AGENT_TIMEOUT"] = "30"


@pytest.fixture
def router(netns: NetNs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Router]:
    monkeypatch.setenv("NETNS_AGENT_TIMEOUT", "30")  # a first circuit to the exit takes a while
    assert netns.destination is not None
    destination = netns.destination
    guest = add_container(netns)  # bridge opbr0 10.77.0.1, forwarding and a masquerade
    for argv in (
        ["-n", netns.name, "addr", "add", f"{GATEWAY6}/64", "dev", "opbr0", "nodad"],
        ["-n", guest.name, "addr", "add", f"{GUEST6}/64", "dev", "eth0", "nodad"],
        ["-n", guest.name, "-6", "route", "add", "default", "via", GATEWAY6],
        ["-n", destination.name, "-6", "route", "add", "fd77::/64", "via", CLIENT6],
    ):
        netns.run("ip", *argv)
    netns.run("sysctl", "-qw", "net.ipv6.conf.all.forwarding=1")
    root = Path(tempfile.mkdtemp(prefix=f"onionpanel-helper-router-{os.getpid()}-"))
    root.chmod(0o755)  # tor drops to its user, which must traverse every parent directory
    sandbox = SandboxNetwork(
        root,
        netns=netns.name,
        exit_accept=("127.0.0.0/8", "0.0.0.0/0"),  # see test_helper_sandbox.py
        owner_pid=os.getpid(),
        client_user="debian-tor",
        client_extra_lines=[
            f"TransPort {GATEWAY}:{TRANS}",
            f"DNSPort {GATEWAY}:{DNS}",
            f"TransPort [{GATEWAY6}]:{TRANS}",
            f"DNSPort [{GATEWAY6}]:{DNS}",
            f"MapAddress {MAPPED_NAME} {DESTINATION}",
        ],
    )
    try:
        sandbox.start(timeout=120)
        # The machine forwards other bridges as is: the router entry must hold on its own.
        text = config_text(sandbox).replace("[policy]\n", '[policy]\nforwarded = "allow"\n')
        (tmp_path / "config.toml").write_text(text + ROUTER)
        config = load_config(tmp_path / "config.toml")
        (tmp_path / "config6.toml").write_text(text + ROUTER + ROUTER6)
        config6 = load_config(tmp_path / "config6.toml")
        netns.run("ip", "addr", "add", f"{RELAY_ADDRESS}/24", "dev", "op0")
        netns.nft("-f", "/dev/stdin", stdin=MARK_RELAYS)
        counter = FrameCounter(netns, "--allow-src", RELAY_ADDRESS)
        yield Router(netns, guest, sandbox, config, config6, tmp_path / "state", counter)
    finally:
        sandbox.stop()
        shutil.rmtree(root, ignore_errors=True)


def guest_streams(watcher: subprocess.Popen[str]) -> list[Stream]:
    """Every STREAM event from the guest, through the panel's own stem translation."""
    output, _ = watcher.communicate("", timeout=10)
    events = [translate(parse_event(line)) for line in output.splitlines() if line]
    return [
        Stream(event.id, event.status, event.target, source=event.source)
        for event in events
        if isinstance(event, StreamEvent) and event.source.address == CONTAINER
    ]


def test_a_guest_gets_tor_and_nothing_else(router: Router, qapp: QApplication) -> None:
    destination = router.netns.destination
    assert destination is not None
    server = destination.start("serve", DESTINATION)
    port = server.line().split()[1]
    talker = destination.start("talk", DESTINATION, "7777")
    assert talker.line() == "ready 7777"
    resolver = destination.start("serve-udp", DESTINATION, "53")  # "another resolver"
    assert resolver.line() == "ready 53"
    server6 = destination.start("serve", DESTINATION6)
    port6 = server6.line().split()[1]

    router.apply("off")  # forwarding as the OS configured it: the guest goes direct
    assert router.probe("connect", DESTINATION6, port6, TEST_UID) == "connected"
    assert server6.lines_so_far() == [f"peer {GUEST6}"]
    opened_in_off = router.guest.start("echo-client", "tcp", DESTINATION, "7777", TEST_UID)
    assert opened_in_off.line() == "connected"
    time.sleep(0.5)
    assert opened_in_off.tell("status").split()[0] == "ok"

    router.apply("tor")
    armed = router.counter.arm()
    time.sleep(SETTLE_S)  # the server-first flow opened in off: its next packets must not leave
    router.counter.assert_clean(armed)

    watcher = router.watch_streams()
    held = router.guest.start("connect", DESTINATION, port, TEST_UID, "hold")
    assert held.line() == "connected"
    answer = held.tell("send")
    status = streams(router.netns, router.sandbox.control_port)
    assert answer == "ok", status
    assert server.lines_so_far() == [f"peer {RELAY_ADDRESS}"]  # the exit, not the guest
    assert f"{DESTINATION}:{port}" in status, status
    # the panel's circuits view says where the stream came from (tor's SOURCE_ADDR)
    from_guest = guest_streams(watcher)
    assert from_guest, "no STREAM event with the guest's SOURCE_ADDR"
    cells = CircuitCells()
    cells.routers = routers_from_reply((router_report(router.config, router.netns.nft_argv),))
    shown = cells.stream(from_guest[0])[Column.PURPOSE][Qt.ItemDataRole.DisplayRole]
    assert shown == f"from {CONTAINER} via opbr0"

    # DNS to any resolver is answered by tor's DNSPort; the resolver out there hears nothing
    assert router.probe("dns", DESTINATION, MAPPED_NAME, TEST_UID) == f"answer 0 {DESTINATION}"
    assert router.probe("dns", GATEWAY, MAPPED_NAME, TEST_UID) == f"answer 0 {DESTINATION}"
    assert resolver.lines_so_far() == []

    before = router.blocked()
    assert router.probe("udp", DESTINATION, "9999", TEST_UID) == "timeout"
    assert router.probe("udp", DESTINATION, "443", TEST_UID) == "timeout"  # QUIC
    assert router.probe("ping", DESTINATION, TEST_UID) == "timeout"
    assert router.probe("connect", DESTINATION6, port6, TEST_UID) == "timeout"
    assert router.blocked() >= before + 4  # each of them counted, as the panel shows
    # to the host itself only tor's ports (its TCP ports all lead to the TransPort)
    assert router.probe("udp", GATEWAY, "5353", TEST_UID) == "timeout"
    assert router.probe("ping", GATEWAY, TEST_UID) == "timeout"
    router.counter.assert_clean(armed)
    assert server6.lines_so_far() == []

    router.apply("lockdown")  # the guest reaches nothing, not even tor
    assert router.probe("connect", DESTINATION, port, TEST_UID) == "timeout"
    assert router.probe("dns", DESTINATION, MAPPED_NAME, TEST_UID) == "timeout"
    router.counter.assert_clean(armed)

    router.apply("tor")
    router.sandbox.stop_client()  # tor down: refused, nothing forwarded
    assert router.probe("connect", DESTINATION, port, TEST_UID) in ("refused", "timeout")
    assert router.probe("dns", DESTINATION, MAPPED_NAME, TEST_UID) in ("refused", "timeout")
    router.counter.assert_clean(armed)
    assert server.lines_so_far() == []


def test_a_guest_gets_ipv6_tcp_and_dns_through_tor_and_nothing_else(router: Router) -> None:
    destination = router.netns.destination
    assert destination is not None
    server6 = destination.start("serve", DESTINATION6)
    port6 = server6.line().split()[1]
    resolver6 = destination.start("serve-udp", DESTINATION6, "53")  # "another resolver"
    assert resolver6.line() == "ready 53"

    router.apply("tor", ipv6=True)
    armed = router.counter.arm()
    held = router.guest.start("connect", DESTINATION6, port6, TEST_UID, "hold")
    assert held.line() == "connected"
    # tor holds the guest's connection on its IPv6 TransPort and made it a stream to the
    # destination; the sandbox has no IPv6 exit (see DESIGN.md, router mode), so the stream
    # waits in tor and nothing leaves
    accepted = router.netns.run("ss", "-tnH", "state", "established", f"( sport = :{TRANS} )")
    assert f"[{GATEWAY6}]:{TRANS}" in accepted.stdout, accepted.stdout
    assert f"[{GUEST6}]:" in accepted.stdout, accepted.stdout
    assert '"tor"' in router.netns.run("ss", "-tnpH", "state", "established").stdout
    status = streams(router.netns, router.sandbox.control_port)
    assert f"[{DESTINATION6}]:{port6}" in status, status
    assert server6.lines_so_far() == []

    # DNS over IPv6 to any resolver is answered by tor's DNSPort on [GATEWAY6]
    assert router.probe("dns", DESTINATION6, MAPPED_NAME, TEST_UID) == f"answer 0 {DESTINATION}"
    assert router.probe("dns", GATEWAY6, MAPPED_NAME, TEST_UID) == f"answer 0 {DESTINATION}"
    assert resolver6.lines_so_far() == []

    assert router.probe("udp", DESTINATION6, "9999", TEST_UID) == "timeout"
    assert router.probe("udp", DESTINATION6, "443", TEST_UID) == "timeout"  # QUIC
    assert router.probe("ping", DESTINATION6, TEST_UID) == "timeout"
    assert router.probe("ping", GATEWAY6, TEST_UID) == "timeout"  # the host: tor's ports only
    assert router.probe("udp", GATEWAY6, "5353", TEST_UID) == "timeout"
    router.counter.assert_clean(armed)  # neighbour discovery is all the counter lets pass

    router.apply("lockdown", ipv6=True)
    assert router.probe("connect", DESTINATION6, port6, TEST_UID) == "timeout"
    assert router.probe("dns", GATEWAY6, MAPPED_NAME, TEST_UID) == "timeout"
    router.counter.assert_clean(armed)
    assert server6.lines_so_far() == []
