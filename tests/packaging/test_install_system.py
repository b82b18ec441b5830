"""packaging/install-system into a temporary DESTDIR: the files land where systemd, D-Bus and
polkit read them, carry the helper's real path, pass the validators (xmllint against polkit's
DTD, a real dbus-daemon loading the policy and the activation file, systemd-analyze verify),
and uninstall removes exactly what install put there."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "install-system"
POLKIT_DTD = Path("/usr/share/polkit-1/policyconfig-1.dtd")
BUS_NAME = "org.onionpanel.Helper1"
INSTALLED = {
    "usr/share/dbus-1/system.d/org.onionpanel.Helper1.conf",
    "usr/share/dbus-1/system-services/org.onionpanel.Helper1.service",
    "usr/share/polkit-1/actions/org.onionpanel.helper.policy",
    "usr/lib/systemd/system/onionpanel-firewall.service",
    "usr/lib/systemd/system/onionpanel-helper.service",
    "usr/share/onionpanel/config.example.toml",
    "usr/share/doc/onionpanel/README.md",
    "etc/onionpanel/config.toml",
}


def needs(tool: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"needs {tool}")


def install_system(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result


def files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() or p.is_symlink()}


@pytest.fixture
def helper_bin(tmp_path: Path) -> Path:
    """A stand-in onionpanel-helper, so systemd-analyze finds the ExecStart binary."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    helper = bindir / "onionpanel-helper"
    helper.write_text("#!/bin/sh\nexit 0\n")
    helper.chmod(0o755)
    return bindir


@pytest.fixture
def installed(tmp_path: Path, helper_bin: Path) -> Path:
    destdir = tmp_path / "dest"
    install_system(DESTDIR=str(destdir), BINDIR=str(helper_bin))
    return destdir


def test_install_puts_every_file_where_the_system_reads_it(installed: Path, helper_bin: Path):
    assert files_under(installed) == INSTALLED
    for name in INSTALLED:
        assert (installed / name).stat().st_mode & 0o777 == 0o644, name
    helper = f"{helper_bin}/onionpanel-helper"
    units = installed / "usr/lib/systemd/system"
    assert f"ExecStart={helper} boot\n" in (units / "onionpanel-firewall.service").read_text()
    assert f"ExecStart={helper} serve\n" in (units / "onionpanel-helper.service").read_text()
    activation = installed / f"usr/share/dbus-1/system-services/{BUS_NAME}.service"
    assert f"Exec={helper} serve\n" in activation.read_text()
    for name in INSTALLED - {"usr/share/doc/onionpanel/README.md"}:
        assert "/usr/bin/onionpanel-helper" not in (installed / name).read_text(), name
    for unit in units.glob("*.service"):
        for line in unit.read_text().splitlines():
            if line.startswith("Documentation=file://"):
                assert (installed / line.removeprefix("Documentation=file:///")).is_file(), line
    readme = installed / "usr/share/doc/onionpanel/README.md"
    assert readme.read_text() == (ROOT / "README.md").read_text()
    example = ROOT / "packaging/config/config.example.toml"
    assert (installed / "etc/onionpanel/config.toml").read_text() == example.read_text()


def test_boot_unit_comes_before_the_network(installed: Path) -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read(installed / "usr/lib/systemd/system/onionpanel-firewall.service")
    assert unit["Unit"]["DefaultDependencies"] == "no"
    assert "network-pre.target" in unit["Unit"]["Before"].split()
    assert "network-pre.target" in unit["Unit"]["Wants"].split()
    assert unit["Install"]["WantedBy"] == "sysinit.target"


def test_prefix_and_flags_for_a_package_build(tmp_path: Path) -> None:
    # what packaging/nixos/package.nix runs: everything under $out, no /etc
    out = "/nix/store/00000000000000000000000000000000-onionpanel-0.1.0"
    destdir = tmp_path / "dest"
    install_system(
        "install",
        "--destdir",
        str(destdir),
        "--prefix",
        out,
        "--bindir",
        f"{out}/bin",
        "--no-config",
    )
    relative = {name.replace("usr/", out.lstrip("/") + "/", 1) for name in INSTALLED}
    assert files_under(destdir) == relative - {"etc/onionpanel/config.toml"}
    unit = destdir / out.lstrip("/") / "lib/systemd/system/onionpanel-helper.service"
    text = unit.read_text()
    assert f"ExecStart={out}/bin/onionpanel-helper serve" in text
    assert f"file://{out}/share/doc/onionpanel/README.md" in text


def test_an_existing_config_is_never_replaced_nor_removed(tmp_path: Path, helper_bin: Path):
    destdir = tmp_path / "dest"
    config = destdir / "etc/onionpanel/config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("# the admin's own\n")
    result = install_system("--destdir", str(destdir), "--bindir", str(helper_bin))
    assert "kept" in result.stdout
    assert config.read_text() == "# the admin's own\n"
    install_system("uninstall", "--destdir", str(destdir))
    assert files_under(destdir) == {"etc/onionpanel/config.toml"}
    assert config.read_text() == "# the admin's own\n"


def test_uninstall_removes_exactly_what_install_put_there(installed: Path) -> None:
    foreign = installed / "usr/share/dbus-1/system.d/org.example.Other.conf"
    foreign.write_text("<busconfig/>\n")
    install_system("uninstall", DESTDIR=str(installed))
    assert files_under(installed) == {"usr/share/dbus-1/system.d/org.example.Other.conf"}


def test_relative_paths_are_refused(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(SCRIPT), "--destdir", str(tmp_path), "--prefix", "usr"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "must be an absolute path" in result.stderr
    assert files_under(tmp_path) == set()


@needs("xmllint")
def test_polkit_actions_are_valid_against_polkits_dtd(installed: Path) -> None:
    if not POLKIT_DTD.exists():
        pytest.skip(f"{POLKIT_DTD} is not installed (policykit-1)")
    policy = installed / "usr/share/polkit-1/actions/org.onionpanel.helper.policy"
    subprocess.run(["xmllint", "--noout", "--dtdvalid", str(POLKIT_DTD), str(policy)], check=True)
    ids = {a.get("id") for a in ElementTree.parse(policy).getroot().iter("action")}
    assert ids == {
        "org.onionpanel.helper.read-state",
        "org.onionpanel.helper.read-routers",
        "org.onionpanel.helper.switch-mode",
        "org.onionpanel.helper.toggle-clearnet",
    }


# The bus configuration DTD is not shipped by any Debian package here (dbus only names its URL),
# so the policy is checked for well-formedness by xmllint, for the elements and attributes the
# DTD allows, and above all by a real dbus-daemon loading it.
BUSCONFIG_ATTRIBUTES = {
    "policy": {"context", "user", "group", "at_console"},
    "allow": {
        "own",
        "own_prefix",
        "user",
        "group",
        "send_destination",
        "send_interface",
        "send_member",
        "send_path",
        "send_type",
        "send_error",
        "send_broadcast",
        "send_requested_reply",
        "receive_sender",
        "receive_interface",
        "receive_member",
        "receive_path",
        "receive_type",
        "receive_error",
        "receive_requested_reply",
        "eavesdrop",
    },
}


@needs("xmllint")
def test_dbus_policy_is_well_formed_and_uses_only_busconfig_elements(installed: Path) -> None:
    policy = installed / f"usr/share/dbus-1/system.d/{BUS_NAME}.conf"
    subprocess.run(["xmllint", "--noout", str(policy)], check=True)
    text = policy.read_text()
    assert (
        '<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"' in text
    )
    root = ElementTree.parse(policy).getroot()
    assert root.tag == "busconfig"
    for policy_element in root:
        assert policy_element.tag == "policy"
        assert set(policy_element.attrib) <= BUSCONFIG_ATTRIBUTES["policy"]
        for rule in policy_element:
            assert rule.tag in {"allow", "deny"}
            assert set(rule.attrib) <= BUSCONFIG_ATTRIBUTES["allow"]


@needs("dbus-daemon")
@needs("dbus-send")
def test_a_real_dbus_daemon_loads_the_policy_and_the_activation_file(
    installed: Path, tmp_path: Path
) -> None:
    socket_path = tmp_path / "bus.sock"
    config = tmp_path / "bus.conf"
    config.write_text(
        "<busconfig><type>system</type>"
        f"<listen>unix:path={socket_path}</listen><auth>EXTERNAL</auth>"
        f"<servicedir>{installed}/usr/share/dbus-1/system-services</servicedir>"
        '<policy context="default"><allow user="*"/><allow send_destination="*"/>'
        '<allow receive_sender="*"/></policy>'
        f"<includedir>{installed}/usr/share/dbus-1/system.d</includedir></busconfig>"
    )
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), daemon.stderr.read() if daemon.stderr else ""
        listed = subprocess.run(
            [
                *("dbus-send", f"--bus={address}", "--print-reply"),
                *("--dest=org.freedesktop.DBus", "/org/freedesktop/DBus"),
                "org.freedesktop.DBus.ListActivatableNames",
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert listed.returncode == 0, listed.stderr
        assert f'string "{BUS_NAME}"' in listed.stdout
    finally:
        daemon.kill()
        _, errors = daemon.communicate()
    # dbus-daemon skips an included file it cannot parse and only says so on stderr
    assert "Encountered error" not in errors, errors


@needs("systemd-analyze")
def test_installed_units_pass_systemd_analyze_verify(installed: Path) -> None:
    units = sorted((installed / "usr/lib/systemd/system").glob("*.service"))
    assert len(units) == 2
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *map(str, units)],
        capture_output=True,
        text=True,
        cwd=installed,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr
