"""The systemd units are hardened (systemd-analyze's own score) and nft still works inside the
sandbox they declare.

systemd is not PID 1 here (nor in CI's container), so the units cannot be started for real. The
last test applies, with the kernel's own tools, the parts of the sandbox that decide whether nft
can work: the capability bounding set read from the unit, no_new_privs, a read-only root with
only the state directory writable, and a network namespace of its own; then the real
onionpanel-helper applies a mode with the real nft. SystemCallFilter= and
RestrictAddressFamilies= need systemd's seccomp set-up and are not reproduced (stand-in: the
families are checked to include AF_NETLINK, which nft's netlink socket needs).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "packaging" / "systemd"
MAX_EXPOSURE = {"onionpanel-helper.service": 2.5, "onionpanel-firewall.service": 3.0}
HELPER = Path(sys.executable).with_name("onionpanel-helper")
CONFIG = """\
schema = 1
[tor]
user = "daemon"
trans_port = 9040
dns_port = 9053
[policy]
boot_mode = "tor"
user_may_switch = ["off", "tor", "lockdown"]
"""

needs_analyze = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="needs systemd-analyze"
)


def unit_settings(unit: Path, key: str) -> list[str]:
    return [
        line.split("=", 1)[1].strip()
        for line in unit.read_text().splitlines()
        if line.startswith(f"{key}=")
    ]


def exposure(unit: Path) -> float:
    result = subprocess.run(
        ["systemd-analyze", "security", "--offline=true", "--no-pager", str(unit)],
        capture_output=True,
        text=True,
        check=False,
    )
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert match, result.stdout + result.stderr
    return float(match.group(1))


@needs_analyze
@pytest.mark.parametrize("name", sorted(MAX_EXPOSURE))
def test_exposure_score_stays_low(name: str) -> None:
    score = exposure(UNITS / name)
    print(f"{name}: systemd-analyze security exposure {score}")
    assert score <= MAX_EXPOSURE[name]


@pytest.mark.parametrize("name", sorted(MAX_EXPOSURE))
def test_units_keep_what_nft_and_dbus_need(name: str) -> None:
    unit = UNITS / name
    assert unit_settings(unit, "CapabilityBoundingSet") == ["CAP_NET_ADMIN"]
    families = " ".join(unit_settings(unit, "RestrictAddressFamilies")).split()
    assert "AF_NETLINK" in families  # nft talks to the kernel over netlink
    assert "AF_UNIX" in families  # the system bus, the journal
    assert not {"AF_INET", "AF_INET6", "AF_PACKET"} & set(families)
    # a private network namespace or user namespace would cut nft off the host's tables
    assert unit_settings(unit, "PrivateNetwork") in ([], ["no"])
    assert unit_settings(unit, "PrivateUsers") in ([], ["no"])
    assert unit_settings(unit, "StateDirectory") == ["onionpanel"]


@pytest.fixture
def outside_tmp() -> Iterator[Path]:
    """A folder that the sandbox's private /tmp does not hide."""
    folder = Path(tempfile.mkdtemp(prefix=f"onionpanel-units-{os.getpid()}-", dir="/var/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _sandboxed(state: Path, capabilities: str, command: list[str]) -> list[str]:
    """command inside: a new network and mount namespace, an empty /tmp (PrivateTmp=), / read-only
    except the state dir (ProtectSystem=strict, StateDirectory=), the given bounding set and
    no_new_privs."""
    script = (
        "set -e; mount --make-rprivate /; mount -t tmpfs -o mode=1777 tmpfs /tmp; "
        f'mount --bind "{state}" "{state}"; mount -o remount,bind,ro /; '
        'exec "$@"'
    )
    setpriv = [
        "setpriv",
        f"--bounding-set=-all{capabilities}",
        "--inh-caps=-all",
        "--no-new-privs",
    ]
    return ["unshare", "--net", "--mount", "sh", "-c", script, "sh", *setpriv, *command]


@pytest.mark.root
@pytest.mark.skipif(
    os.geteuid() != 0 or not all(map(shutil.which, ("nft", "unshare", "setpriv"))),
    reason="needs root, nft, unshare and setpriv",
)
@pytest.mark.parametrize("name", sorted(MAX_EXPOSURE))
def test_nft_works_inside_the_units_sandbox(name: str, outside_tmp: Path) -> None:
    config = outside_tmp / "config.toml"
    config.write_text(CONFIG)
    state = outside_tmp / "state"
    state.mkdir(mode=0o700)
    (bounding,) = unit_settings(UNITS / name, "CapabilityBoundingSet")
    capabilities = "".join(f",+{cap.removeprefix('CAP_').lower()}" for cap in bounding.split())
    apply = [str(HELPER), "--config", str(config), "--state-dir", str(state), "apply", "tor"]
    listing = ["nft", "list", "table", "inet", "onionpanel"]
    both = [
        "sh",
        "-c",
        f'{" ".join(apply)} && {" ".join(listing)} && touch "{state}/x" '
        "&& ! touch /onionpanel-test-readonly 2>/dev/null",
    ]

    applied = subprocess.run(
        _sandboxed(state, capabilities, both), capture_output=True, text=True, timeout=60
    )
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert "table inet onionpanel" in applied.stdout
    assert (state / "x").exists()

    # The same without CAP_NET_ADMIN fails: the bounding set above is what let nft work.
    refused = subprocess.run(
        _sandboxed(state, "", ["nft", "list", "ruleset"]),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode != 0
