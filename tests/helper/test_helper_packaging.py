"""The system files in packaging/ pass the distributions' own validators, and the bus policy
really keeps the helper's name for root on a real dbus-daemon."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from routing_netns import ROOT

PACKAGING = ROOT / "packaging"
POLKIT_DTD = Path("/usr/share/polkit-1/policyconfig-1.dtd")
BUS_NAME = "org.onionpanel.Helper1"
UNITS = sorted((PACKAGING / "systemd").glob("*.service"))


def needs(tool: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"needs {tool}")


@needs("xmllint")
def test_xml_files_are_well_formed_and_polkit_actions_valid() -> None:
    files = [*PACKAGING.glob("polkit/*.policy"), *PACKAGING.glob("dbus/*.conf")]
    assert len(files) == 2
    subprocess.run(["xmllint", "--noout", *map(str, files)], check=True)
    if POLKIT_DTD.exists():
        policy = next(PACKAGING.glob("polkit/*.policy"))
        subprocess.run(
            ["xmllint", "--noout", "--dtdvalid", str(POLKIT_DTD), str(policy)], check=True
        )


@needs("systemd-analyze")
def test_units_pass_systemd_analyze_verify_without_a_warning(tmp_path: Path) -> None:
    # verify insists that ExecStart exists; the helper is not installed here, so the copies
    # point at a stand-in script (the only change made to the units).
    helper = tmp_path / "onionpanel-helper"
    helper.write_text("#!/bin/sh\nexit 0\n")
    helper.chmod(0o755)
    copies = []
    for unit in UNITS:
        copy = tmp_path / unit.name
        copy.write_text(unit.read_text().replace("/usr/bin/onionpanel-helper", str(helper)))
        copies.append(str(copy))
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *copies],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr


@pytest.fixture
def system_bus(tmp_path: Path) -> Iterator[str]:
    """A private dbus-daemon whose policy is permissive except for the project's own file."""
    included = tmp_path / "system.d"
    included.mkdir()
    shutil.copy(PACKAGING / "dbus" / f"{BUS_NAME}.conf", included)
    # pytest's tmp dirs are 0700; the unprivileged client must reach the socket.
    public = Path(tempfile.mkdtemp(prefix=f"onionpanel-bus-{os.getpid()}-"))
    public.chmod(0o755)
    socket_path = public / "bus.sock"
    config = tmp_path / "bus.conf"
    config.write_text(
        "<busconfig><type>system</type>"
        f"<listen>unix:path={socket_path}</listen><auth>EXTERNAL</auth>"
        '<policy context="default"><allow user="*"/><allow own="*"/>'
        '<allow send_destination="*"/><allow receive_sender="*"/></policy>'
        f"<includedir>{included}</includedir></busconfig>"
    )
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        daemon.kill()
        daemon.wait()
        shutil.rmtree(public, ignore_errors=True)


def request_name(address: str, uid: int | None) -> subprocess.CompletedProcess[str]:
    prefix = (
        [] if uid is None else ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups"]
    )
    return subprocess.run(
        [
            *prefix,
            "dbus-send",
            f"--bus={address}",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.RequestName",
            f"string:{BUS_NAME}",
            "uint32:0",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )


@needs("dbus-daemon")
@needs("setpriv")
@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another user")
def test_only_root_may_own_the_helpers_bus_name(system_bus: str) -> None:
    refused = request_name(system_bus, uid=65534)
    assert refused.returncode != 0
    assert "AccessDenied" in refused.stderr
    owned = request_name(system_bus, uid=None)
    assert owned.returncode == 0, owned.stderr
    assert "uint32 1" in owned.stdout  # DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER
