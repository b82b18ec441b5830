"""``onionpanel-helper check --against-tor`` against a real tor: each tor runs in a network
namespace of this test (only loopback, so it reaches nothing and its ports collide with nobody),
configured with the torrc lines NixOS would write for an example of the module, or with lines
left out; the helper's printed torrc lines are fed back to tor to prove they are exactly right."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.nixos.nixeval import (
    HelperSystem,
    config_files,
    config_users,
    evaluate,
    needs_nix,
    needs_root_netns,
    torrc_from_settings,
)

pytestmark = [
    needs_root_netns,
    pytest.mark.root,
    pytest.mark.tor,
    pytest.mark.skipif(shutil.which("tor") is None, reason="needs tor"),
]

ROOT = Path(__file__).resolve().parents[2]
# What the test adds to the module's torrc: where tor keeps its state inside the namespace.
TEST_TORRC = ["DataDirectory /mnt/tor-data", "Log notice file /mnt/tor.log"]
NEXT_RUN = "\n# --- the lines the helper printed ---\n"
RUN_TOR_AND_CHECK = """
mkdir -p /run/tor /mnt/tor-data && mount -t tmpfs -o mode=0755 tor-run /run/tor
chmod 0700 /mnt/tor-data
tor -f /mnt/onionpanel/torrc --quiet & tor_pid=$!
for attempt in $(seq 120); do
  $HELPER check --against-tor > /mnt/out 2>&1; rc=$?
  grep -q "cannot reach tor's control port" /mnt/out || break
  kill -0 $tor_pid 2>/dev/null || { echo "tor exited:"; cat /mnt/tor.log; break; }
  sleep 0.25
done
kill $tor_pid; wait $tor_pid
cat /mnt/out; exit $rc
"""


def _setup(example: str, torrc: list[str]) -> tuple[dict[str, str], list[str]]:
    files = config_files(evaluate(example))
    files["torrc"] = "\n".join([*torrc, *TEST_TORRC]) + "\n"
    return files, config_users(files)


def _module_torrc(example: str) -> list[str]:
    settings: dict[str, Any] = evaluate(example)["tor"]["settings"]
    return torrc_from_settings(settings)


# vm-router.nix: tor listens for the VMs on br-vms' own addresses, which must exist first
VM_BRIDGE = (
    "ip link add br-vms type bridge && ip addr add 192.168.50.1/24 dev br-vms && "
    "ip addr add fd50::1/64 dev br-vms nodad && ip link set br-vms up\n"
)


def _run(example: str, torrc: list[str]) -> tuple[int, str]:
    files, users = _setup(example, torrc)
    with HelperSystem(files, users) as system:
        result = system.run(VM_BRIDGE + RUN_TOR_AND_CHECK)
    return result.returncode, result.stdout + result.stderr


@needs_nix
@pytest.mark.parametrize("example", ["bank-proxy", "isolated-apps", "lockdown-at-boot"])
def test_module_generated_tor_has_every_listener_the_config_needs(example: str) -> None:
    # bank-proxy and isolated-apps: NixOS's control socket, no auth; lockdown-at-boot:
    # 127.0.0.1:9051 with tor's cookie (SAFECOOKIE)
    code, output = _run(example, _module_torrc(example))
    assert code == 0, output
    assert "tor listens everywhere the config needs it." in output
    if example == "isolated-apps":
        assert (
            "  ok       TransPort 127.0.0.1:941 SessionGroup=41 (profile 'mail'.trans_port)"
            in output
        )
        assert "  ok       TransPort [::1]:904 (tor.trans_port)" in output


@needs_nix
def test_the_router_listeners_are_checked_and_printed_like_the_others() -> None:
    wanted = _module_torrc("vm-router")
    code, output = _run("vm-router", wanted)
    assert code == 0, output
    assert "  ok       TransPort 192.168.50.1:914 (router[0].trans_port)" in output
    assert "  ok       DNSPort [fd50::1]:915 (router[0].dns_port)" in output
    left_out = ["TransPort [fd50::1]:914", "DNSPort 192.168.50.1:915"]
    assert set(left_out) <= set(wanted)
    code, output = _run("vm-router", [line for line in wanted if line not in left_out])
    assert code == 1, output
    printed_lines = output.split("then reload tor:\n", 1)[1].strip().splitlines()
    assert sorted(printed_lines) == sorted(left_out)


@needs_nix
def test_missing_listeners_are_printed_as_exact_torrc_lines_that_fix_it() -> None:
    wanted = _module_torrc("isolated-apps")
    left_out = [
        "TransPort 127.0.0.1:941 SessionGroup=41",
        "SOCKSPort 127.0.0.1:9102 SessionGroup=42",
        "DNSPort [::1]:953",
        "VirtualAddrNetworkIPv4 10.192.0.0/10",
    ]
    assert set(left_out) <= set(wanted)
    # the mail profile's SocksPort without its SessionGroup: a line to change, not to add
    torrc = [
        "SOCKSPort 127.0.0.1:9101" if line.startswith("SOCKSPort 127.0.0.1:9101") else line
        for line in wanted
        if line not in left_out
    ]
    code, output = _run("isolated-apps", torrc)
    assert code == 1, output
    printed_lines = output.split("then reload tor:\n", 1)[1].strip().splitlines()
    # profiles come in the order the helper reads them: profiles.d/chat.toml, then mail.toml
    assert printed_lines == [
        "DNSPort [::1]:953",
        "SocksPort 127.0.0.1:9102 SessionGroup=42",
        "TransPort 127.0.0.1:941 SessionGroup=41",
        "SocksPort 127.0.0.1:9101 SessionGroup=41",
        "VirtualAddrNetworkIPv4 10.192.0.0/10",
    ]
    assert "profile 'mail'.socks_port: tor's SocksPort 127.0.0.1:9101 has no SessionGroup" in output
    fixed = [line for line in torrc if not line.startswith("SOCKSPort 127.0.0.1:9101")]
    code, output = _run("isolated-apps", fixed + printed_lines)
    assert code == 0, output


def test_no_tor_and_not_tor_give_a_clear_error() -> None:
    files = {"config.toml": (ROOT / "packaging/config/config.example.toml").read_text()}
    with HelperSystem(files, config_users(files)) as system:
        absent = system.run("$HELPER check --against-tor")
        assert absent.returncode == 4, absent.stdout + absent.stderr
        assert "cannot reach tor's control port unix:/run/tor/control" in absent.stdout
        garbage_server = (
            "mkdir -p /run/tor && mount -t tmpfs tor-run /run/tor && "
            "python3 -c 'import socket,os\n"
            's=socket.socket(socket.AF_UNIX); s.bind("/run/tor/control"); s.listen()\n'
            'os.write(1, b"ready\\n")\n'
            'c,_=s.accept(); c.recv(100); c.sendall(b"HTTP/1.1 400 Bad Request\\r\\n\\r\\n")\' &'
            " sleep 1; $HELPER check --against-tor"
        )
        garbage = system.run(garbage_server)
        assert garbage.returncode == 4, garbage.stdout + garbage.stderr
        assert "this is not tor's control protocol: 'HTTP/1.1 400 Bad Request'" in garbage.stdout


def _readme_torrc_block() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Install on Debian, Fedora, Arch\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```torrc\n(.*?)```", section, re.S)
    assert len(blocks) == 1, "the section needs exactly one ```torrc block"
    return str(blocks[0]).splitlines()


def test_readme_torrc_lines_take_a_fresh_tor_to_the_example_config() -> None:
    # a fresh tor as Debian starts it: a SocksPort and the control socket, nothing else
    fresh = ["SocksPort 9050", "ControlPort unix:/run/tor/control GroupWritable RelaxDirModeCheck"]
    example = (ROOT / "packaging/config/config.example.toml").read_text()
    files = {"config.toml": example, "torrc": "\n".join([*fresh, *TEST_TORRC]) + "\n"}
    with HelperSystem(files, config_users(files)) as system:
        before = system.run(RUN_TOR_AND_CHECK)
    assert before.returncode == 1, before.stdout + before.stderr
    printed = before.stdout.split("then reload tor:\n", 1)[1].strip().splitlines()
    assert printed == _readme_torrc_block()
    files["torrc"] = "\n".join([*fresh, *printed, *TEST_TORRC]) + "\n"
    with HelperSystem(files, config_users(files)) as system:
        after = system.run(RUN_TOR_AND_CHECK)
    assert after.returncode == 0, after.stdout + after.stderr
    assert "tor listens everywhere the config needs it." in after.stdout


def test_a_tor_that_wants_a_password_is_named_as_such() -> None:
    hashed = (
        subprocess.run(
            ["tor", "--quiet", "--hash-password", "not-the-helpers"],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    torrc = [
        "SocksPort 0",
        "ControlPort unix:/run/tor/control GroupWritable RelaxDirModeCheck",
        f"HashedControlPassword {hashed}",
    ]
    files = {
        "config.toml": (ROOT / "packaging/config/config.example.toml").read_text(),
        "torrc": "\n".join([*torrc, *TEST_TORRC]) + "\n",
    }
    with HelperSystem(files, config_users(files)) as system:
        result = system.run(RUN_TOR_AND_CHECK)
    assert result.returncode == 4, result.stdout + result.stderr
    assert "tor asks for HASHEDPASSWORD; the helper logs in only without authentication or " in (
        result.stdout
    )
