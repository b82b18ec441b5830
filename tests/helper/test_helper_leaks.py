"""The leak matrix against an independent frame counter (issue 10's findings).

Every test here watches the veth end in the destination namespace with frame_counter.py: an
AF_PACKET socket that sees every frame leaving the client namespace, whatever rule let it out,
and fails on the first one that is not allowed (ARP and neighbour discovery only, here: no
tor runs in these tests, the TransPort and DNSPort are plain listeners standing in for it).
"""

from __future__ import annotations

import pwd
import time
from pathlib import Path

import pytest
from routing_netns import (
    CLIENT,
    DESTINATION,
    DESTINATION6,
    FrameCounter,
    NetNs,
    add_container,
    needs_root,
)
from test_helper_netns import CONFIG, TEST_UID, Scene

from onionpanel.helper import nft
from onionpanel.helper.config import load_config

pytestmark = [needs_root, pytest.mark.root]
SETTLE_S = 1.5  # long enough for ~30 packets of a flow that still works


@pytest.fixture
def scene(netns: NetNs, tmp_path: Path) -> Scene:
    return Scene(netns, tmp_path)


def stand_in_tor(scene: Scene) -> None:
    """Root-owned listeners on the TransPort and DNSPort (root is trusted, as tor binds them)."""
    for command, port in (("serve", "9040"), ("serve-udp", "9053")):
        assert scene.netns.start(command, "127.0.0.1", port).line() == f"ready {port}"


FLOWS = {
    "tcp server-first": ("talk", DESTINATION, "echo-client", "tcp"),
    "tcp client-first": ("serve", DESTINATION, "send-client", "tcp"),
    "udp server-first": ("talk-udp", DESTINATION, "echo-client", "udp"),
    "udp client-first": ("serve-udp", DESTINATION, "send-client", "udp"),
    "tcp6 server-first": ("talk", DESTINATION6, "echo-client", "tcp"),
}


@pytest.mark.parametrize("target", ["tor", "lockdown"])
@pytest.mark.parametrize("flow", list(FLOWS))
def test_a_flow_opened_in_off_dies_at_the_switch(
    scene: Scene, counter: FrameCounter, flow: str, target: str
) -> None:
    server_command, address, client_command, protocol = FLOWS[flow]
    assert scene.netns.destination is not None
    port = "7777"
    server = scene.netns.destination.start(server_command, address, port)
    assert server.line() == f"ready {port}"
    stand_in_tor(scene)
    scene.apply("off")
    client = scene.netns.start(client_command, protocol, address, port, TEST_UID)
    assert client.line() == "connected"
    time.sleep(0.5)
    state, count = client.tell("status").split()
    assert state == "ok", "the flow does not work in mode off"
    assert int(count) > 0, "the flow does not work in mode off"

    scene.apply(target)
    armed = counter.arm()  # from the commit on: before it, the frames are mode off's
    time.sleep(SETTLE_S)
    counter.assert_clean(armed)
    client.tell("status")


@pytest.mark.parametrize(("command", "port", "name"), [("serve", "9040", "TransPort 9040/tcp")])
def test_a_user_squatting_the_transport_while_tor_is_down_gets_nothing(
    scene: Scene, counter: FrameCounter, command: str, port: str, name: str
) -> None:
    """With tor stopped, uid 65534 binds the TransPort: applying tor gives lockdown instead,
    and root's connections neither reach the squatter nor leave."""
    squatter = scene.netns.start(command, "127.0.0.1", port, TEST_UID)
    assert squatter.line() == f"ready {port}"
    applied = nft.apply(scene.config, "tor", scene.state_dir, scene.netns.nft_argv)
    armed = counter.arm()
    assert scene.connect(uid="0") == "refused"
    assert scene.netns.ask("udp", DESTINATION, "53", "0") == "blocked"
    assert squatter.lines_so_far() == []  # no redirected connection, no original destination
    counter.assert_clean(armed)
    assert applied.mode == "lockdown"
    assert applied.reason == (
        f"{name} is held by uid {TEST_UID}, not by tor (uid 1); declare a port below 1024 so "
        "only tor can bind it"
    )
    assert nft.persisted_mode(scene.state_dir) == "tor"  # tor again once tor holds its ports


def test_the_watcher_notices_a_squatter_and_gives_tor_back_its_mode(scene: Scene) -> None:
    from test_helper_watch import start_watcher

    scene.apply("tor")  # tor is down: nothing listens, redirected traffic meets a closed port
    watcher = start_watcher(scene)
    squatter = scene.netns.start("serve-udp", "127.0.0.1", "9053", TEST_UID)
    assert squatter.line() == "ready 9053"
    assert watcher.line(timeout=20) == (
        f"tor's ports: DNSPort 9053/udp is held by uid {TEST_UID}, not by tor (uid 1); declare "
        "a port below 1024 so only tor can bind it; applied mode 'lockdown'"
    )
    assert scene.netns.ask("udp", DESTINATION, "53", "0") == "blocked"
    assert squatter.lines_so_far() == []
    squatter.stop()
    stand_in_tor(scene)
    assert watcher.line(timeout=20) == "tor's ports: tor holds its ports again; applied mode 'tor'"


@pytest.mark.parametrize("target", ["tor", "lockdown"])
def test_a_container_behind_a_bridge_cannot_leave_in_tor_or_lockdown(
    scene: Scene, counter: FrameCounter, target: str
) -> None:
    container = add_container(scene.netns)
    stand_in_tor(scene)
    scene.apply("off")
    assert container.ask("connect", DESTINATION, scene.port, TEST_UID) == "connected"
    assert scene.server_saw() == [f"peer {CLIENT}"]  # masqueraded by the host's own table

    scene.apply(target)
    armed = counter.arm()
    assert container.ask("connect", DESTINATION, scene.port, TEST_UID) == "timeout"
    assert container.ask("udp", DESTINATION, "53", TEST_UID) == "timeout"
    assert container.ask("ping", DESTINATION, "0") == "timeout"
    counter.assert_clean(armed)
    assert scene.server_saw() == []


def test_the_proxy_user_of_a_clearnet_profile_sends_tcp_and_dns_only(
    scene: Scene, counter: FrameCounter, tmp_path: Path
) -> None:
    config_path = tmp_path / "proxy.toml"
    config_path.write_text(
        CONFIG.replace('"lockdown"]', '"lockdown", "tor+bank"]')
        + '[[profile]]\nname = "bank"\nkind = "clearnet-proxy"\nproxy = "127.0.0.1:3128"\n'
        + 'proxy_user = "proxy"\n'
    )
    scene.config = load_config(config_path)
    proxy_uid = str(pwd.getpwnam("proxy").pw_uid)  # stands in for squid's user
    assert scene.netns.destination is not None
    server6 = scene.netns.destination.start("serve", DESTINATION6)
    port6 = server6.line().split()[1]
    udp = scene.netns.destination.start("serve-udp", DESTINATION, "9999")
    assert udp.line() == "ready 9999"
    scene.apply("tor+bank")
    armed = counter.arm()
    assert scene.netns.ask("udp", DESTINATION, "9999", proxy_uid) == "blocked"
    assert scene.netns.ask("ping", DESTINATION, proxy_uid) == "blocked"
    assert scene.netns.ask("connect", DESTINATION6, port6, proxy_uid) == "refused"
    counter.assert_clean(armed)
    assert scene.connect(uid=proxy_uid) == "connected"  # what a proxy needs: TCP
    assert scene.server_saw() == [f"peer {CLIENT}"]
