"""Applying a mode: check, one nft transaction, verify, then remember the mode for boot.

  DEFAULT_STATE_DIR        /var/lib/onionpanel (holds the files "mode", "revert", "applied")
  ApplyError               nft refused or the result was not what was rendered; nothing persisted
  Applied                  mode (what is in force), asked, seconds, reason (why not ``asked``)
  apply(config, mode, state_dir=..., nft=("nft",), cgroups=None, persist=True, until=None,
        check=True) -> Applied     a tor mode whose ports someone other than tor holds becomes
                                   lockdown (reason says who); ``check=False`` skips nft -c
  applied_mode(nft=("nft",)) -> str | None     mode named by the live table, None if no table
  live_table(nft=("nft",)) -> str | None       the live table's content (nft -j, no handles
                                               or counter values)
  recorded(state_dir) -> Record | None         what the last apply loaded: mode, table, reason
  locked(state_dir)        context: one look-or-change at a time, across threads and processes
  port_survey(config, nft=("nft",)) -> Survey   listeners.survey where nft runs
  port_problems(config, nft=("nft",)) -> list[str]   its problems
  elsewhere(nft, *argv)    run argv where nft runs (inside the same network namespace)
  persisted_mode(state_dir) -> str | None
  boot_mode(config, state_dir) -> str          the persisted mode if still declared, else boot_mode
                                               (a time-limited mode never survives a reboot)
  pending_revert(state_dir) -> (at, mode) | None   a time limit set by apply(..., until=...)

Only ``inet onionpanel`` is ever listed, created or deleted. The ruleset goes to ``nft -f -``
on stdin: no file, so nothing is left behind when the helper is killed. ``nft`` is an argv
prefix so tests can run it inside a network namespace (``ip netns exec NAME nft``); whatever
precedes "nft" in it also runs the helper's other looks there (/proc/net, conntrack). It never
comes from a caller of the CLI or D-Bus.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onionpanel.helper import listeners
from onionpanel.helper.config import Config, check_mode
from onionpanel.helper.ruleset import TABLE, render, table_comment

DEFAULT_STATE_DIR = Path("/var/lib/onionpanel")
MODE_FILE = "mode"
REVERT_FILE = "revert"
APPLIED_FILE = "applied"
LOCK_FILE = ".lock"
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
_depth = 0  # how deep the thread holding ``serialized`` is; the flock is taken at depth 0


@contextmanager
def locked(state_dir: Path) -> Iterator[None]:
    """``serialized``, plus an flock on the state directory so that a CLI ``apply`` and a
    running watcher in another process never see each other's half-done change."""
    global _depth
    with serialized:
        if _depth:
            _depth += 1
            try:
                yield
            finally:
                _depth -= 1
            return
        state_dir.mkdir(mode=0o755, parents=True, exist_ok=True)
        with open(state_dir / LOCK_FILE, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            _depth = 1
            try:
                yield
            finally:
                _depth = 0


def elsewhere(nft: Sequence[str], *argv: str) -> list[str]:
    """argv run the way ``nft`` is run: ``ip netns exec NAME nft`` gives ``ip netns exec NAME``."""
    return [*nft[:-1], *argv]


def _proc_net_reader(nft: Sequence[str]) -> Callable[[str], str]:
    if tuple(nft) == ("nft",):
        return listeners.read_proc_net
    texts: dict[str, str] = {}

    def read(name: str) -> str:
        """Elsewhere: all four tables in one command, the first time one is asked for."""
        if not texts:
            script = 'for f; do echo "#$f"; cat "/proc/net/$f" 2>/dev/null; done'
            result = subprocess.run(
                elsewhere(nft, "sh", "-c", script, "sh", "tcp", "tcp6", "udp", "udp6"),
                capture_output=True,
                text=True,
                check=False,
            )
            for part in result.stdout.split("#")[1:]:
                table, _, text = part.partition("\n")
                texts[table] = text
        if not texts.get(name):
            raise OSError(f"no /proc/net/{name} there")
        return texts[name]

    return read


def port_survey(config: Config, nft: Sequence[str] = ("nft",)) -> listeners.Survey:
    """Who holds tor's ports, where ``nft`` runs (see listeners.py)."""
    return listeners.survey(config, _proc_net_reader(nft))


def port_problems(config: Config, nft: Sequence[str] = ("nft",)) -> list[str]:
    return port_survey(config, nft).problems


_VOLATILE = {"handle", "packets", "bytes"}  # a named counter's values change with traffic


def _strip_handles(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _strip_handles(item) for key, item in value.items() if key not in _VOLATILE}
    if isinstance(value, list):
        return [_strip_handles(item) for item in value]
    return value


def live_table(nft: Sequence[str] = ("nft",)) -> str | None:
    """Our table's content as nft lists it (JSON without handles or counter values), or None
    when it is gone."""
    family, name = TABLE.split()
    result = _nft(nft, "-j", "list", "table", family, name)
    if result.returncode != 0:
        return None
    try:
        items = json.loads(result.stdout)["nftables"]
    except (ValueError, KeyError, TypeError):
        return None
    content = [_strip_handles(item) for item in items if "metainfo" not in item]
    return json.dumps(content, sort_keys=True)


@dataclass(frozen=True)
class Record:
    """What the last apply loaded (in force unless someone changed it since)."""

    mode: str
    table: str
    reason: str = ""


def recorded(state_dir: Path = DEFAULT_STATE_DIR) -> Record | None:
    try:
        data = json.loads((state_dir / APPLIED_FILE).read_text())
        return Record(str(data["mode"]), str(data["table"]), str(data.get("reason", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True)
class Applied:
    mode: str  # what is in force now
    asked: str
    seconds: float
    reason: str = ""  # why ``mode`` is not ``asked``


def is_tor_mode(mode: str) -> bool:
    return mode == "tor" or mode.startswith("tor+")


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
    check: bool = True,
) -> Applied:
    """Make ``mode`` the applied state in one transaction.

    On any error nothing is persisted and nft's own atomicity leaves the old table in place.
    ``persist=False`` is for fallbacks (lockdown after a failure) that must not replace the
    mode remembered for boot. ``until`` (a time.time() value) makes the mode temporary: the
    watcher goes back to "tor" then, and a reboot never keeps it. A tor mode whose TransPort or
    DNSPort someone other than tor holds is applied as lockdown, and ``mode`` stays the one
    remembered, so the watcher applies it once tor holds its ports again.
    """
    if until is not None and mode in (REVERT_MODE, "lockdown"):
        raise ApplyError(f"a time limit makes no sense for mode {mode!r}")
    check_mode(config, mode)
    with locked(state_dir):
        reason = ""
        if is_tor_mode(mode):
            reason = "; ".join(port_problems(config, nft))
        actual = "lockdown" if reason else mode
        seconds = _load(config, actual, state_dir, nft, cgroups, check, reason)
        if persist:
            _persist(state_dir, mode, until)
        return Applied(actual, mode, seconds, reason)


def _load(
    config: Config,
    mode: str,
    state_dir: Path,
    nft: Sequence[str],
    cgroups: Mapping[str, Sequence[str]] | None,
    check: bool,
    reason: str,
) -> float:
    ruleset = render(config, mode, cgroups)
    started = time.perf_counter()
    if check:
        checked = _nft(nft, "-c", "-f", "-", stdin=ruleset)
        if checked.returncode != 0:
            raise ApplyError(f"nft refused the ruleset for mode {mode!r}: {checked.stderr.strip()}")
    loaded = _nft(nft, "-f", "-", stdin=ruleset)
    if loaded.returncode != 0:
        raise ApplyError(f"nft could not load mode {mode!r}: {loaded.stderr.strip()}")
    elapsed = time.perf_counter() - started
    now, table = applied_mode(nft), live_table(nft)
    if now != mode or table is None:
        raise ApplyError(f"after loading mode {mode!r} the table says {now!r}; not persisted")
    record = {"mode": mode, "table": table, "reason": reason}
    _write(state_dir, APPLIED_FILE, json.dumps(record) + "\n")
    return elapsed
