"""Relay identities and authority certificates for a sandbox, generated or taken from a cache.

generate_keys(nodes, tor_binary, key_cache, cancel)   fills each Node's fingerprint (and an
                                                       authority's v3ident); parallel, ≈2 s
default_key_cache() -> Path   $XDG_CACHE_HOME/onionpanel/sandbox-keys: relay keys, reused
                              by every sandbox of this user (key_cache=None: always generate)
KEY_CACHE_MAX_AGE             seconds a cached identity is reused
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from onionpanel.sandbox.nodes import Node, SandboxError
from onionpanel.xdg import cache_home

KEY_CACHE_MAX_AGE = 30 * 24 * 3600  # well inside the 12-month authority certificates


def default_key_cache() -> Path:
    return cache_home() / "onionpanel" / "sandbox-keys"


def _find_gencert(tor_binary: str) -> str:
    beside_tor = Path(tor_binary).with_name("tor-gencert")
    found = shutil.which("tor-gencert") or (str(beside_tor) if beside_tor.exists() else None)
    if found is None:
        raise SandboxError("tor-gencert is missing (Debian/Ubuntu: it comes with the tor package)")
    return found


def generate_keys(
    nodes: Sequence[Node], tor: str, key_cache: Path | None, cancel: threading.Event
) -> None:
    """Relay identities and authority certificates, all in parallel (≈2 s on 2 cores)."""
    jobs: list[tuple[Node, str, subprocess.Popen[bytes]]] = []
    for node in nodes:
        if _restore_keys(node, key_cache):
            continue
        fingerprint_command = [
            *(tor, "--ignore-missing-torrc", "-f", "/dev/null"),
            *("--defaults-torrc", "/dev/null", "--orport", "1"),
            *("--datadirectory", str(node.data_dir), "--nickname", node.nickname),
            *("--list-fingerprint", "--quiet"),
        ]
        jobs.append((node, "fingerprint", _spawn_quietly(fingerprint_command)))
        if node.role == "authority":
            keys = node.data_dir / "keys"
            keys.mkdir(mode=0o700, exist_ok=True)
            gencert_command = [
                *(_find_gencert(tor), "--create-identity-key", "-m", "12"),
                *("-a", f"127.0.0.1:{node.dir_port}"),
                *("-i", str(keys / "authority_identity_key")),
                *("-s", str(keys / "authority_signing_key")),
                *("-c", str(keys / "authority_certificate"), "--passphrase-fd", "0"),
            ]
            jobs.append((node, "gencert", _spawn_quietly(gencert_command)))
    try:
        for node, kind, job in jobs:
            _read_key_job(node, kind, job, cancel)
        for node in {node.nickname: node for node, _, _ in jobs}.values():
            _store_keys(node, key_cache)
    finally:  # on failure, cancel or Ctrl-C no key generator outlives us
        for _, _, job in jobs:
            if job.poll() is None:
                job.kill()
            job.wait()
            if job.stdout is not None:
                job.stdout.close()


def _restore_keys(node: Node, key_cache: Path | None) -> bool:
    if key_cache is None:
        return False
    entry = key_cache / node.nickname
    try:
        if _is_stale(entry):
            return False
        identity = json.loads((entry / "identity.json").read_text())
        shutil.copytree(entry / "keys", node.data_dir / "keys", dirs_exist_ok=True)
    except (OSError, ValueError):
        shutil.rmtree(node.data_dir / "keys", ignore_errors=True)  # no half-copied identity
        return False
    (node.data_dir / "keys").chmod(0o700)
    node.fingerprint = str(identity.get("fingerprint", ""))
    node.v3ident = str(identity.get("v3ident", ""))
    return bool(node.fingerprint) and (node.role != "authority" or bool(node.v3ident))


def _store_keys(node: Node, key_cache: Path | None) -> None:
    """Into the cache, atomically: a parallel sandbox may be storing the same nickname."""
    if key_cache is None:
        return
    entry = key_cache / node.nickname
    partial = key_cache / f".{node.nickname}.{os.getpid()}.{threading.get_ident()}"
    try:
        key_cache.mkdir(mode=0o700, parents=True, exist_ok=True)
        if entry.exists() and not _is_stale(entry):
            return
        shutil.rmtree(entry, ignore_errors=True)
        shutil.copytree(node.data_dir / "keys", partial / "keys")
        identity = {"fingerprint": node.fingerprint, "v3ident": node.v3ident}
        (partial / "identity.json").write_text(json.dumps(identity))
        partial.rename(entry)
    except OSError:
        pass  # someone else stored it first, or no cache here: we just generate next time
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def _is_stale(entry: Path) -> bool:
    return time.time() - entry.stat().st_mtime > KEY_CACHE_MAX_AGE


def _read_key_job(
    node: Node, kind: str, job: subprocess.Popen[bytes], cancel: threading.Event
) -> None:
    while job.poll() is None:
        if cancel.wait(0.05):
            raise SandboxError("the sandbox was stopped while it was starting")
    output, _ = job.communicate()
    if job.returncode != 0:
        words = output.decode(errors="replace").strip()
        raise SandboxError(f"{kind} for {node.nickname} failed: {words}")
    if kind == "fingerprint":
        node.fingerprint = "".join(output.decode().strip().splitlines()[-1].split()[1:])
    else:
        node.v3ident = _v3ident(node.data_dir / "keys" / "authority_certificate")


def _spawn_quietly(command: list[str]) -> subprocess.Popen[bytes]:
    # stdin /dev/null: the empty passphrase tor-gencert reads from fd 0
    return subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )


def _v3ident(certificate: Path) -> str:
    for line in certificate.read_text().splitlines():
        if line.startswith("fingerprint "):
            return line.split()[1]
    raise SandboxError(f"no fingerprint line in {certificate}")
