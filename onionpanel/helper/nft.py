"""Applying a mode: check, one nft transaction, verify, then remember the mode for boot.

  DEFAULT_STATE_DIR        /var/lib/onionpanel (holds the files "mode" and "revert")
  ApplyError               nft refused or the result was not what was rendered; nothing persisted
  apply(config, mode, state_dir=..., nft=("nft",), cgroups=None, persist=True, until=None)
      -> float (seconds)
  applied_mode(nft=("nft",)) -> str | None     mode named by the live table, None if no table
  persisted_mode(state_dir) -> str | None
  boot_mode(config, state_dir) -> str          the persisted mode if still declared, else boot_mode
                                               (a time-limited mode never survives a reboot)
  pending_revert(state_dir) -> (at, mode) | None   a time limit set by apply(..., until=...)

Only ``inet onionpanel`` is ever listed, created or deleted. ``nft`` is an argv prefix so tests
can run it inside a network namespace (``ip netns exec NAME nft``); it never comes from a caller
of the CLI or D-Bus.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from onionpanel.helper.config import Config, check_mode
from onionpanel.helper.ruleset import TABLE, render, table_comment

DEFAULT_STATE_DIR = Path("/var/lib/onionpanel")
MODE_FILE = "mode"
REVERT_FILE = "revert"
REVERT_MODE = "tor"
NFT_TIMEOUT_S = 10.0


class ApplyError(Exception):
    pass


def _nft(
    nft: Sequence[str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [*nft, *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=NFT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ApplyError(f"could not run {' '.join(nft)}: {error}") from error


def applied_mode(nft: Sequence[str] = ("nft",)) -> str | None:
    """The mode the live table says it is, or None when the table does not exist."""
    family, name = TABLE.split()
    result = _nft(nft, "list", "table", family, name)
    if result.returncode != 0:
        return None
    prefix = f'comment "{table_comment("")}'
    for line in result.stdout.splitlines():
        line = line.strip()
        if line.startswith(prefix) and line.endswith('"'):
            return line[len(prefix) : -1]
    return ""


def persisted_mode(state_dir: Path = DEFAULT_STATE_DIR) -> str | None:
    try:
        return (state_dir / MODE_FILE).read_text().strip() or None
    except OSError:
        return None


def pending_revert(state_dir: Path = DEFAULT_STATE_DIR) -> tuple[float, str] | None:
    try:
        at, mode = (state_dir / REVERT_FILE).read_text().split()
        return float(at), mode
    except (OSError, ValueError):
        return None


def boot_mode(config: Config, state_dir: Path = DEFAULT_STATE_DIR) -> str:
    revert = pending_revert(state_dir)
    if revert is not None and revert[1] in config.modes:
        return revert[1]
    persisted = persisted_mode(state_dir)
    return persisted if persisted in config.modes else config.policy.boot_mode


# Held around every load-and-persist, and by the watcher around look-then-repair, so a D-Bus
# switch and the watcher's repair never interleave. Re-entrant: the watcher's apply nests.
serialized = threading.RLock()


def _write(state_dir: Path, name: str, text: str) -> None:
    state_dir.mkdir(mode=0o755, parents=True, exist_ok=True)
    temporary = state_dir / f".{name}.{os.getpid()}.{threading.get_ident()}"
    temporary.write_text(text)
    os.replace(temporary, state_dir / name)


def _persist(state_dir: Path, mode: str, until: float | None) -> None:
    if until is None:
        (state_dir / REVERT_FILE).unlink(missing_ok=True)
    _write(state_dir, MODE_FILE, mode + "\n")
    if until is not None:
        _write(state_dir, REVERT_FILE, f"{until:.0f} {REVERT_MODE}\n")


def apply(
    config: Config,
    mode: str,
    state_dir: Path = DEFAULT_STATE_DIR,
    nft: Sequence[str] = ("nft",),
    cgroups: Mapping[str, Sequence[str]] | None = None,
    persist: bool = True,
    until: float | None = None,
) -> float:
    """Make ``mode`` the applied state in one transaction; return the seconds it took.

    On any error nothing is persisted and nft's own atomicity leaves the old table in place.
    ``persist=False`` is for fallbacks (lockdown after a failure) that must not replace the
    mode remembered for boot. ``until`` (a time.time() value) makes the mode temporary: the
    watcher goes back to "tor" then, and a reboot never keeps it.
    """
    if until is not None and mode in (REVERT_MODE, "lockdown"):
        raise ApplyError(f"a time limit makes no sense for mode {mode!r}")
    check_mode(config, mode)
    with serialized:
        return _apply(config, mode, state_dir, nft, cgroups, persist, until)


def _apply(
    config: Config,
    mode: str,
    state_dir: Path,
    nft: Sequence[str],
    cgroups: Mapping[str, Sequence[str]] | None,
    persist: bool,
    until: float | None,
) -> float:
    ruleset = render(config, mode, cgroups)
    started = time.perf_counter()
    with tempfile.NamedTemporaryFile("w", prefix="onionpanel-", suffix=".nft") as file:
        file.write(ruleset)
        file.flush()
        checked = _nft(nft, "-c", "-f", file.name)
        if checked.returncode != 0:
            raise ApplyError(f"nft refused the ruleset for mode {mode!r}: {checked.stderr.strip()}")
        loaded = _nft(nft, "-f", file.name)
        if loaded.returncode != 0:
            raise ApplyError(f"nft could not load mode {mode!r}: {loaded.stderr.strip()}")
    elapsed = time.perf_counter() - started
    now = applied_mode(nft)
    if now != mode:
        raise ApplyError(f"after loading mode {mode!r} the table says {now!r}; not persisted")
    if persist:
        _persist(state_dir, mode, until)
    return elapsed
