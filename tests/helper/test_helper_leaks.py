"""The leak matrix against an independent frame counter (issue 10's findings).

Every test here watches the veth end in the destination namespace with frame_counter.py: an
AF_PACKET socket that sees every frame leaving the client namespace, whatever rule let it out,
and fails on the first one that is not allowed (ARP and neighbour discovery only, here: no
tor runs in these tests, the TransPort and DNSPort are plain listeners standing in for it).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from routing_netns import DESTINATION, DESTINATION6, FrameCounter, NetNs, needs_root
from test_helper_netns import TEST_UID, Scene

pytestmark = [needs_root, pytest.mark.root]
SETTLE_S = 1.5  # long enough for ~30 packets of a flow that still works


@pytest.fixture
def scene(netns: NetNs, tmp_path: Path) -> Scene:
    return Scene(netns, tmp_path)


@pytest.fixture
def counter(netns: NetNs) -> FrameCounter:
    return FrameCounter(netns)


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
