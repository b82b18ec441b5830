"""Evaluating packaging/nixos/module.nix offline, and running the helper on what it generates.

NIXLIB                      nixpkgs' lib/ (tests skip with the reason when it is absent)
needs_nix                   skip marker: nix-instantiate and nixpkgs' lib
needs_root_netns            skip marker: root, ip, nft, unshare
evaluate(example) -> dict   tests/nixos/eval.nix on examples/EXAMPLE.nix, evaluated as an admin's
                            configuration.nix next to a checkout called onionpanel/
evaluate_source(text)       the same for a configuration.nix given as text
to_toml(document) -> str    the TOML the module's pkgs.formats.toml would write
HelperSystem                (optionally) a network namespace plus a private mount namespace in which
                            /etc/passwd also holds the system users a config names and the config
                            sits root-owned (0644 in 0755 dirs) under /mnt/onionpanel
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
EXAMPLES = HERE / "examples"
NIX_ENV = {**os.environ, "NIX_CONFIG": "build-users-group =\nexperimental-features ="}


def _find_nixlib() -> Path | None:
    """ONIONPANEL_NIXPKGS_LIB, else shared/third-party/nixpkgs-lib next to the checkout or one of
    its parents (worktrees live one level deeper than the main checkout)."""
    override = os.environ.get("ONIONPANEL_NIXPKGS_LIB")
    if override:
        candidates = [Path(override)]
    else:
        candidates = [parent / "shared/third-party/nixpkgs-lib" for parent in ROOT.parents]
    return next((c for c in candidates if (c / "lib" / "default.nix").is_file()), None)


NIXLIB = _find_nixlib()
_nix_missing = (
    "nix-instantiate is missing (packaging/dev/install-deps installs Debian's nix-bin)"
    if shutil.which("nix-instantiate") is None
    else "nixpkgs' lib is absent (expected at ../shared/third-party/nixpkgs-lib or "
    "$ONIONPANEL_NIXPKGS_LIB; see its SOURCE.md)"
    if NIXLIB is None
    else ""
)
needs_nix = pytest.mark.skipif(bool(_nix_missing), reason=_nix_missing)
needs_root_netns = pytest.mark.skipif(
    os.geteuid() != 0 or not all(shutil.which(t) for t in ("ip", "nft", "unshare")),
    reason="needs root, ip, nft and unshare (network and mount namespaces)",
)


def nix_instantiate(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["nix-instantiate", *args],
        capture_output=True,
        text=True,
        env=NIX_ENV,
        cwd=cwd,
        timeout=120,
    )


def evaluate(example: str) -> dict[str, Any]:
    """The example as /etc/nixos/configuration.nix beside a checkout at /etc/nixos/onionpanel."""
    return evaluate_source((EXAMPLES / f"{example}.nix").read_text())


@functools.cache
def evaluate_source(text: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="onionpanel-nixos-") as directory:
        place = Path(directory)
        (place / "onionpanel").symlink_to(ROOT)
        (place / "configuration.nix").write_text(text)
        result = nix_instantiate(
            "--eval",
            "--strict",
            "--readonly-mode",
            "--json",
            "-I",
            f"nixlib={NIXLIB}",
            "--arg",
            "example",
            str(place / "configuration.nix"),
            str(HERE / "eval.nix"),
        )
    assert result.returncode == 0, result.stderr
    evaluated: dict[str, Any] = json.loads(result.stdout)
    return evaluated


# ---------------------------------------------------------------- TOML


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)  # a TOML basic string for the ASCII/escapes used here
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    raise TypeError(f"not a TOML value here: {value!r}")


def _toml_table(path: str, table: Mapping[str, Any], lines: list[str], array: bool) -> None:
    if path:
        lines.append(f"[[{path}]]" if array else f"[{path}]")
    scalars = {k: v for k, v in table.items() if not _is_table(v) and not _is_table_array(v)}
    lines.extend(f"{key} = {_toml_value(value)}" for key, value in sorted(scalars.items()))
    for key, value in sorted(table.items()):
        name = f"{path}.{key}" if path else key
        if _is_table(value):
            _toml_table(name, value, lines, array=False)
        elif _is_table_array(value):
            for item in value:
                _toml_table(name, item, lines, array=True)


def _is_table(value: Any) -> bool:
    return isinstance(value, dict)


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def to_toml(document: Mapping[str, Any]) -> str:
    lines: list[str] = []
    _toml_table("", document, lines, array=False)
    return "\n".join(lines) + "\n"


def config_files(evaluated: Mapping[str, Any]) -> dict[str, str]:
    """/etc/onionpanel/... path (relative to /etc/onionpanel) -> TOML text the module writes."""
    files = {}
    for name, entry in evaluated["etc"].items():
        if name.startswith("onionpanel/") and name.endswith(".toml"):
            files[name.removeprefix("onionpanel/")] = to_toml(entry["toml"])
    return files


def config_users(files: Mapping[str, str]) -> list[str]:
    """The user names a generated config asks the helper to resolve."""
    import tomllib

    users: list[str] = []
    for name, text in files.items():
        if not name.endswith(".toml"):
            continue
        document = tomllib.loads(text)
        if "tor" in document:
            users.append(document["tor"]["user"])
            users += document.get("exempt", {}).get("users", [])
        users += [p["proxy_user"] for p in document.get("profile", []) if "proxy_user" in p]
    return users


# ---------------------------------------------------------------- running the helper


def _free_id(taken: set[int], start: int) -> int:
    uid = start
    while uid in taken:
        uid += 1
    return uid


def passwd_with(users: Sequence[str]) -> str:
    """The host's /etc/passwd plus system users (uid < 1000) for each name it lacks."""
    text = Path("/etc/passwd").read_text()
    rows = [line.split(":") for line in text.splitlines() if line.count(":") >= 6]
    names = {row[0] for row in rows}
    taken = {int(row[2]) for row in rows if row[2].isdigit()}
    extra = []
    for name in users:
        if name not in names:
            uid = _free_id(taken, 900)
            taken.add(uid)
            extra.append(f"{name}:x:{uid}:{uid}::/nonexistent:/usr/sbin/nologin")
    return text.rstrip("\n") + "\n" + "".join(line + "\n" for line in extra)


class HelperSystem:
    """A network namespace named after this process, for nft -c; each run() happens in a fresh
    mount namespace inside it where /mnt is a root-owned tmpfs holding the config and
    /etc/passwd knows the config's users."""

    def __init__(self, files: Mapping[str, str], users: Sequence[str], netns: bool = True) -> None:
        self.name = f"opnix{os.getpid()}" if netns else ""
        self.stage = Path(tempfile.mkdtemp(prefix=f"onionpanel-nixos-{os.getpid()}-"))
        for relative, text in files.items():
            target = self.stage / "onionpanel" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        (self.stage / "passwd").write_text(passwd_with(users))

    def __enter__(self) -> HelperSystem:
        if not self.name:
            return self
        subprocess.run(["ip", "netns", "add", self.name], check=True, capture_output=True)
        subprocess.run(["ip", "-n", self.name, "link", "set", "lo", "up"], check=True)
        return self

    def __exit__(self, *_: object) -> None:
        if self.name:
            subprocess.run(["ip", "netns", "del", self.name], check=False, capture_output=True)
        shutil.rmtree(self.stage, ignore_errors=True)

    def run(self, script: str) -> subprocess.CompletedProcess[str]:
        """Run a sh script as root where /mnt/onionpanel/config.toml is the generated config;
        ``$HELPER`` runs onionpanel-helper --config /mnt/onionpanel/config.toml."""
        setup = (
            "set -e; mount -t tmpfs -o mode=0755 onionpanel-test /mnt; "
            f"cp -r {self.stage}/onionpanel /mnt/onionpanel; "
            "chown -R 0:0 /mnt/onionpanel; find /mnt/onionpanel -type d -exec chmod 0755 {} +; "
            "find /mnt/onionpanel -type f -exec chmod 0644 {} +; "
            f"mount --bind {self.stage}/passwd /etc/passwd; "
            f'HELPER="{sys.executable} -m onionpanel.helper --config /mnt/onionpanel/config.toml"; '
            "set +e; "
        )
        inside = ["ip", "netns", "exec", self.name] if self.name else []
        return subprocess.run(
            [*inside, "unshare", "--mount", "--propagation", "private", "sh", "-c", setup + script],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )


# ---------------------------------------------------------------- torrc from services.tor.settings

_PORT_FLAGS = (
    "GroupWritable",
    "RelaxDirModeCheck",
    "WorldWritable",
    "IsolateClientAddr",
    "IsolateClientProtocol",
    "IsolateDestAddr",
    "IsolateDestPort",
    "IsolateSOCKSAuth",
    "KeepAliveIsolateSOCKSAuth",
)


def _torrc_value(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dict):
        where = f"unix:{value['unix']}" if value.get("unix") else ""
        if not where:
            where = f"{value['addr']}:{value['port']}" if value.get("addr") else str(value["port"])
        flags = [flag for flag in _PORT_FLAGS if value.get(flag) is True]
        if value.get("SessionGroup") is not None:
            flags.append(f"SessionGroup={value['SessionGroup']}")
        return " ".join([where, *flags])
    return str(value)


def torrc_from_settings(settings: Mapping[str, Any]) -> list[str]:
    """The torrc lines NixOS's tor module writes for these settings: one line per list item,
    a listener as ``[addr:]port Flag… SessionGroup=N``, booleans as 1/0, nulls left out."""
    lines = []
    for key, value in sorted(settings.items()):
        for item in value if isinstance(value, list) else [value]:
            if item is not None and item != "":
                lines.append(f"{key} {_torrc_value(item)}")
    return lines
