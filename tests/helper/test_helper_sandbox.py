"""Mode tor with a real tor: the test user's TCP reaches the destination only through an exit of
the sandbox network, and fails (nothing direct) once the client tor is stopped; a server-first
flow opened in mode off dies at the switch.

The whole private Tor network runs inside the client namespace. Its client runs as tor's user
(exempt by the config). Its relays run as root, which the config may not exempt, so a second
table marks root's packets to the destination network and the config exempts that fwmark, the
way a WireGuard transport is exempted on a real machine. That table also gives the relays'
traffic an address of its own (198.51.100.3, as exits bound with OutboundBindAddressExit), so
the frame counter on the far side of the veth can tell tor's traffic from everything else:
any frame from another source is a leak.
"""

from __future__ import annotations

import os
import pwd
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from routing_netns import DESTINATION, FrameCounter, NetNs, needs_root
from test_helper_netns import TEST_UID

from onionpanel.helper import nft
from onionpanel.helper.config import load_config
from onionpanel.sandbox.network import SandboxNetwork

TOR_USER = "debian-tor"
pytestmark = [
    needs_root,
    pytest.mark.root,
    pytest.mark.tor,
    pytest.mark.slow,
    pytest.mark.skipif(
        TOR_USER not in {entry.pw_name for entry in pwd.getpwall()}, reason="needs debian-tor"
    ),
]
RELAY_MARK = 0x5A
RELAY_ADDRESS = "198.51.100.3"
MARK_RELAYS = f"""\
table inet relaysmark {{
    chain route_out {{
        type route hook output priority -150; policy accept;
        meta skuid 0 ip daddr 198.51.100.0/24 meta mark set {RELAY_MARK:#x}
    }}
    chain relays_source {{
        type nat hook postrouting priority srcnat; policy accept;
        meta mark {RELAY_MARK:#x} snat ip to {RELAY_ADDRESS}
    }}
}}
"""
STREAMS = """\
import sys
from stem.control import Controller
with Controller.from_port(port=int(sys.argv[1])) as controller:
    controller.authenticate()
    print(controller.get_info("stream-status"))
"""


def config_text(sandbox: SandboxNetwork) -> str:
    return (
        f'schema = 1\n[tor]\nuser = "{TOR_USER}"\ntrans_port = {sandbox.trans_port}\n'
        f'dns_port = {sandbox.dns_port}\n[policy]\nboot_mode = "tor"\n'
        f"[exempt]\nfwmarks = [{RELAY_MARK:#x}]\n"
    )


def streams(netns: NetNs, control_port: int) -> str:
    result = netns.run(sys.executable, "-c", STREAMS, str(control_port))
    return result.stdout


def test_tor_mode_reaches_the_destination_only_through_an_exit(
    netns: NetNs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETNS_AGENT_TIMEOUT", "30")  # a first circuit to the exit takes a while
    # tor drops to its user, which must traverse every parent directory (pytest's are 0700).
    root = Path(tempfile.mkdtemp(prefix=f"onionpanel-helper-sandbox-{os.getpid()}-"))
    root.chmod(0o755)
    sandbox = SandboxNetwork(
        root,
        netns=netns.name,
        # Clients pick exits by the consensus' port summary, which ignores address-specific
        # rules: "accept 198.51.100.0/24:*, reject *:*" summarizes to "reject 1-65535" and no
        # exit qualifies. Inside this namespace the only route leads to the destination, so
        # the exits may accept every IPv4 address and still reach nothing else.
        exit_accept=("127.0.0.0/8", "0.0.0.0/0"),
        owner_pid=os.getpid(),
        client_user=TOR_USER,
    )
    try:
        sandbox.start(timeout=120)
        (tmp_path / "config.toml").write_text(config_text(sandbox))
        config = load_config(tmp_path / "config.toml")
        netns.run("ip", "addr", "add", f"{RELAY_ADDRESS}/24", "dev", "op0")
        netns.nft("-f", "/dev/stdin", stdin=MARK_RELAYS)
        assert netns.destination is not None
        server = netns.destination.start("serve", DESTINATION)
        port = server.line().split()[1]
        talker = netns.destination.start("talk", DESTINATION, "7777")
        assert talker.line() == "ready 7777"
        counter = FrameCounter(netns, "--allow-src", RELAY_ADDRESS)
        nft.apply(config, "off", tmp_path / "state", netns.nft_argv)
        opened_in_off = netns.start("echo-client", "tcp", DESTINATION, "7777", TEST_UID)
        assert opened_in_off.line() == "connected"
        applied = nft.apply(config, "tor", tmp_path / "state", netns.nft_argv)
        armed = counter.arm()
        assert applied.mode == "tor", applied.reason  # tor's client holds its ports

        answer, status = "", ""
        for _attempt in range(3):
            # On a busy machine tor may close a stream whose circuit is still being built;
            # the application then simply tries again (every frame is still counted).
            held = netns.start("connect", DESTINATION, port, TEST_UID, "hold")
            assert held.line() == "connected"
            answer = held.tell("send")
            if answer == "ok":
                break
            status = streams(netns, sandbox.control_port)
        assert answer == "ok", status
        peers = server.lines_so_far()
        assert peers, "the destination saw nobody"
        assert set(peers) == {f"peer {RELAY_ADDRESS}"}  # only ever from the exit's side
        status = streams(netns, sandbox.control_port)
        assert "SUCCEEDED" in status, status
        assert f"{DESTINATION}:{port}" in status, status

        sandbox.stop_client()  # tor is down: fail closed, nothing goes direct
        assert netns.ask("connect", DESTINATION, port, TEST_UID) == "refused"
        assert server.lines_so_far() == []
        counter.assert_clean(armed)  # the flow opened in off sent nothing after the switch
    finally:
        sandbox.stop()
        shutil.rmtree(root, ignore_errors=True)
