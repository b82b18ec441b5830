"""Config trust: a file anyone but root could change is refused, one line naming file and fix;
LAN ranges must be LAN space, and many small ranges must not add up to the Internet.

Real files with real owners and modes (needs root, to give them away); the CLI's own check.
"""

from __future__ import annotations

import copy
import ipaddress
import os
import subprocess
import sys
from pathlib import Path

import pytest
from routing_netns import ROOT
from test_helper_config import good, parse, refused

from onionpanel.helper.config import ConfigError, load_config

NOBODY = 65534
CONFIG = """\
schema = 1
[tor]
user = "daemon"
trans_port = 9040
dns_port = 9053
[policy]
boot_mode = "tor"
user_may_switch = ["tor", "lockdown"]
"""
DIRECT = '[[profile]]\nname = "clearnet"\nkind = "clearnet-direct"\nallow_direct = true\n'
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give files away")


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return [str(problem) for problem in caught.value.problems]


def check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onionpanel.helper", "--config", str(path), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


@pytest.fixture
def etc(tmp_path: Path) -> Path:
    directory = tmp_path / "etc-onionpanel"
    directory.mkdir()
    (directory / "config.toml").write_text(CONFIG)
    return directory


@needs_root
def test_a_root_owned_closed_config_loads(etc: Path) -> None:
    assert load_config(etc / "config.toml").modes == ("off", "tor", "lockdown")


@needs_root
def test_a_config_others_can_write_is_refused(etc: Path) -> None:
    path = etc / "config.toml"
    path.chmod(0o666)
    assert problems_of(path) == [
        f"{path}: writable by group or others (mode 666); fix: chmod go-w {path}"
    ]
    refusal = check(path)
    assert refusal.returncode == 1
    assert f"fix: chmod go-w {path}" in refusal.stderr


@needs_root
def test_a_config_owned_by_another_user_is_refused(etc: Path) -> None:
    path = etc / "config.toml"
    os.chown(path, NOBODY, NOBODY)
    assert problems_of(path) == [
        f"{path}: owned by uid {NOBODY}, not root; fix: chown root:root {path}"
    ]


@needs_root
def test_a_symlink_a_user_owns_to_a_file_of_theirs_is_refused(etc: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    mine = home / "my.toml"
    mine.write_text(CONFIG)
    os.chown(mine, NOBODY, NOBODY)
    link = etc / "linked.toml"
    link.symlink_to(mine)
    os.lchown(link, NOBODY, NOBODY)
    assert problems_of(link) == [
        f"{link}: symlink owned by uid {NOBODY}, who can point it anywhere; fix: "
        f"cp --remove-destination {mine} {link} && chown root:root {link}",
        f"{mine}: owned by uid {NOBODY}, not root; fix: chown root:root {mine}",
    ]


@needs_root
def test_a_world_writable_profiles_d_with_a_foreign_file_is_refused(etc: Path) -> None:
    """The audit's case: it added a clearnet-direct mode nobody declared."""
    profiles = etc / "profiles.d"
    profiles.mkdir()
    profiles.chmod(0o777)
    added = profiles / "added.toml"
    added.write_text(DIRECT)
    os.chown(added, NOBODY, NOBODY)
    assert problems_of(etc / "config.toml") == [
        f"{profiles}: directory writable by group or others, who could replace the config; "
        f"fix: chmod go-w {profiles}",
        f"{added}: owned by uid {NOBODY}, not root; fix: chown root:root {added}",
    ]
    assert check(etc / "config.toml").returncode == 1


@needs_root
def test_nixos_store_symlinks_pass(tmp_path: Path) -> None:
    """/etc/onionpanel/config.toml -> /etc/static/onionpanel/config.toml, /etc/static -> a
    store path: root-owned symlinks, files of mode 0444 in a sticky group-writable store."""
    store = tmp_path / "nix" / "store"
    store.mkdir(parents=True)
    store.chmod(0o1775)
    generation = store / "abc-etc" / "etc"
    (generation / "onionpanel").mkdir(parents=True)
    stored = generation / "onionpanel" / "config.toml"
    stored.write_text(CONFIG)
    stored.chmod(0o444)
    etc = tmp_path / "etc"
    (etc / "onionpanel").mkdir(parents=True)
    (etc / "static").symlink_to(generation)
    (etc / "onionpanel" / "config.toml").symlink_to(etc / "static" / "onionpanel" / "config.toml")
    assert load_config(etc / "onionpanel" / "config.toml").modes == ("off", "tor", "lockdown")


def test_lan_ranges_must_be_lan_space_unless_allowed() -> None:
    config = good()
    config["policy"]["lan"]["ranges_v4"] = ["192.168.0.0/16", "203.0.113.0/24"]
    assert refused(config) == [
        "config.toml: policy.lan.ranges_v4: '203.0.113.0/24' is not LAN space (private, "
        "link-local, CGNAT or ULA); traffic to it would bypass Tor. Remove it, or set "
        "allow_public_ranges = true if that network really is local"
    ]
    config["policy"]["lan"]["allow_public_ranges"] = True
    assert parse(config).policy.lan_v4 == ("192.168.0.0/16", "203.0.113.0/24")


def test_many_small_ranges_that_cover_the_internet_are_refused() -> None:
    """The audit's 221 /8s: each passes the per-range catch-all check, together they are
    the public IPv4 space."""
    public = [
        f"{first}.0.0.0/8"
        for first in range(1, 224)
        if not ipaddress.IPv4Network(f"{first}.0.0.0/8").is_private and first not in (10, 127)
    ]
    assert len(public) >= 200
    config = copy.deepcopy(good())
    config["policy"]["lan"].update(ranges_v4=public, allow_public_ranges=True)
    problems = refused(config)
    assert len(problems) == 1
    assert "together the ranges cover" in problems[0]
    assert "a catch-all that would let most traffic bypass Tor" in problems[0]


@needs_root
def test_check_teaches_ports_below_1024(etc: Path) -> None:
    checked = check(etc / "config.toml")
    assert checked.returncode == 0, checked.stderr
    assert (
        "note: tor.trans_port = 9040: while tor is down any user may bind it and receive what "
        "is redirected there until the helper notices; a port below 1024 cannot be taken"
    ) in checked.stderr
    low = etc / "config.toml"
    low.write_text(CONFIG.replace("9040", "904").replace("9053", "953"))
    assert "note:" not in check(low).stderr
