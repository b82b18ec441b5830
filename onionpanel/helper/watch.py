"""Keeping the table what the helper made it: compare its content, restore on any difference.

  Watcher(config, state_dir, nft=("nft",), notify=print, cgroup_root=CGROUP_ROOT,
          on_change=None, purge=None)
      on_change(mode, why): "started", "restored:FOUND" (FOUND: a code of difference()),
      "time limit" or "ports"
      purge(mark) -> int: forget conntrack entries lacking ``mark`` (default: through
      conntrack's netlink interface, where ``nft`` runs)
  |- ensure(at_start=False) -> str | None   one look; the mode applied, or None
  |- run(stop)                follow `nft monitor` (every change of any table) and look every
                              second anyway (at tor's ports every 50 ms while one is unbound),
                              until ``stop`` is set

One look: end an expired time limit; list the table (``nft -j``) and compare it with what the
last apply loaded (recorded in the state directory, see nft.recorded); on any difference (the
table gone, a chain deleted or flushed, a rule added, an old ruleset reloaded) apply the
remembered mode again without ``nft -c`` (it was checked when first applied) and forget the
conntrack entries of flows born while the table was wrong or absent. A tor mode is also
checked against the listeners of its ports (listeners.py): someone else holding them means
lockdown until tor holds them again. A profile's slice appearing or going away reloads the
table with the new paths. The first look always applies: nothing is known about the table yet.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from onionpanel.helper import conntrack
from onionpanel.helper import nft as nft_module
from onionpanel.helper.cgroups import CGROUP_ROOT, profile_cgroups
from onionpanel.helper.config import Config

POLL_S = 1.0
# While a tor mode's port is unbound (tor is down) anyone may bind it: look at the ports this
# often (cheap: four /proc files), the full look stays once a second.
FAST_POLL_S = 0.05
# A restore closes a gap through which traffic leaves unfiltered: it should not wait behind a
# busy desktop. On Linux this applies to the watching thread and the nft it starts.
WATCH_NICE = -10
ATTEMPTS = 3


def _default_purge(nft: Sequence[str]) -> Callable[[int], int]:
    if tuple(nft) == ("nft",):
        return conntrack.delete_unmarked

    def purge(mark: int) -> int:
        argv = nft_module.elsewhere(nft, sys.executable, "-m", "onionpanel.helper.conntrack")
        result = subprocess.run([*argv, str(mark)], capture_output=True, text=True, check=False)
        return int(result.stdout or 0) if result.returncode == 0 else 0

    return purge


def difference(record: nft_module.Record, live: str | None, live_mode: str | None) -> str:
    """What someone changed, as a short code for the panel: gone, mode=M, deleted=CHAIN,
    flushed=CHAIN, changed=CHAIN, added=CHAIN or table (sets or properties)."""
    if live is None:
        return "gone"
    if live_mode and live_mode != record.mode:
        return f"mode={live_mode}"

    def chains(text: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for item in json.loads(text):
            if "chain" in item:
                found.setdefault(item["chain"]["name"], [])
            if "rule" in item:
                found.setdefault(item["rule"]["chain"], []).append(json.dumps(item))
        return found

    want, have = chains(record.table), chains(live)
    for name, rules in want.items():
        if name not in have:
            return f"deleted={name}"
        if not have[name] and rules:
            return f"flushed={name}"
        if have[name] != rules:
            return f"changed={name}"
    extra = sorted(set(have) - set(want))
    return f"added={extra[0]}" if extra else "table"


def found_text(code: str) -> str:
    """The code of ``difference`` in words, for the log."""
    kind, _, what = code.partition("=")
    return {
        "gone": "the table was gone",
        "mode": f"the table said mode {what!r}",
        "deleted": f"chain {what} was deleted",
        "flushed": f"chain {what} was flushed",
        "changed": f"the rules of chain {what} were changed",
        "added": f"chain {what} was added",
    }.get(kind, "sets or properties of the table changed")


class Watcher:
    def __init__(
        self,
        config: Config,
        state_dir: Path = nft_module.DEFAULT_STATE_DIR,
        nft: Sequence[str] = ("nft",),
        notify: Callable[[str], None] = print,
        cgroup_root: Path = CGROUP_ROOT,
        on_change: Callable[[str, str], None] | None = None,
        purge: Callable[[int], int] | None = None,
    ) -> None:
        self.config, self.state_dir, self.nft, self.notify = config, state_dir, nft, notify
        self.on_change = on_change or (lambda _mode, _why: None)
        self.cgroup_root = cgroup_root
        self.cgroups: dict[str, list[str]] = {}
        self.purge = purge or _default_purge(nft)
        self.tor_down = False  # a tor mode is applied and one of its ports is unbound

    def _apply(self, mode: str, persist: bool = True, check: bool = True) -> nft_module.Applied:
        cgroups = profile_cgroups(self.config, self.cgroup_root)
        applied = nft_module.apply(
            self.config, mode, self.state_dir, self.nft, cgroups, persist=persist, check=check
        )
        self.cgroups = cgroups
        return applied

    def _refresh_cgroups(self, applied: str) -> None:
        """A profile's slice appeared or went away: load the table again with the new paths."""
        if applied not in self.config.modes or applied in ("off", "lockdown"):
            return
        if profile_cgroups(self.config, self.cgroup_root) != self.cgroups:
            with contextlib.suppress(nft_module.ApplyError):  # a slice vanished: retry next time
                self._apply(applied, persist=False)

    def ensure(self, at_start: bool = False) -> str | None:
        """``at_start``: the first look; the table is applied whatever it holds."""
        with nft_module.locked(self.state_dir):  # no switch between looking and repairing
            return self._ensure(at_start)

    def _ensure(self, at_start: bool) -> str | None:
        revert = nft_module.pending_revert(self.state_dir)
        if revert is not None and time.time() >= revert[0]:
            applied = self._apply(revert[1])
            self.notify(f"time limit reached; back to mode {revert[1]!r}")
            self.on_change(applied.mode, "time limit")
            return applied.mode
        record = nft_module.recorded(self.state_dir)
        live = nft_module.live_table(self.nft)
        if at_start or record is None:
            return self._restore("started", "")
        if live != record.table:
            found = difference(record, live, nft_module.applied_mode(self.nft))
            return self._restore("restored", found)
        wanted = nft_module.boot_mode(self.config, self.state_dir)
        ports_held = record.reason != ""
        self.tor_down = False
        if nft_module.is_tor_mode(record.mode) or (ports_held and nft_module.is_tor_mode(wanted)):
            survey = nft_module.port_survey(self.config, self.nft)
            problems = survey.problems
            self.tor_down = nft_module.is_tor_mode(record.mode) and bool(survey.unbound)
            if bool(problems) != ports_held:
                return self._restore("ports", "; ".join(problems) or "tor holds its ports again")
        self._refresh_cgroups(record.mode)
        return None

    def _restore(self, why: str, found: str) -> str:
        mode = nft_module.boot_mode(self.config, self.state_dir)
        error: nft_module.ApplyError | None = None
        # Whoever changed the table may still be at it (a verify can see it changed again), so
        # retry before falling back; the fallback is never remembered for boot.
        for _ in range(ATTEMPTS):
            try:
                applied = self._apply(mode, check=why == "started")
            except nft_module.ApplyError as failure:
                error = failure
                continue
            self._forget_unseen_flows(why)
            self._say(why, found, applied)
            return applied.mode
        self.notify(f"re-applying {mode!r} failed ({found or why}): {error}")
        self._apply("lockdown", persist=False)
        self.notify("applied lockdown until it can be fixed")
        self.on_change("lockdown", why)
        return "lockdown"

    def _forget_unseen_flows(self, why: str) -> None:
        if why != "restored":
            return
        try:
            self.purge(self.config.policy.seen_ct_mark)
        except OSError as error:  # the table holds anyway: their replies are refused
            self.notify(f"could not forget the flows born meanwhile: {error}")

    def _say(self, why: str, found: str, applied: nft_module.Applied) -> None:
        mode = applied.mode
        because = f" ({applied.reason})" if applied.reason else ""
        if why == "started":
            self.notify(f"applied mode {mode!r}{because}")
        elif why == "restored":
            text = found_text(found)
            self.notify(f"table inet onionpanel was changed: {text}; re-applied mode {mode!r}")
            why = f"restored:{found}"
        else:
            self.notify(f"tor's ports: {found}; applied mode {mode!r}")
        self.on_change(mode, why)

    def _monitor(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [*self.nft, "monitor"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )

    def _ports_changed(self) -> bool:
        """Only while tor is down: has anyone (tor or a squatter) bound a port meanwhile?"""
        if not self.tor_down:
            return False
        survey = nft_module.port_survey(self.config, self.nft)
        return bool(survey.problems) or not survey.unbound

    def run(self, stop: threading.Event) -> None:
        with contextlib.suppress(OSError):  # not root: keep the priority it has
            os.setpriority(os.PRIO_PROCESS, 0, WATCH_NICE)
        monitor = self._monitor()
        try:
            self.ensure(at_start=True)
            looked = time.monotonic()
            while not stop.is_set():
                assert monitor.stdout is not None
                descriptor = monitor.stdout.fileno()
                wait = FAST_POLL_S if self.tor_down else POLL_S
                event = bool(select.select([descriptor], [], [], wait)[0])
                if event and not os.read(descriptor, 65536):
                    monitor.wait()
                    stop.wait(POLL_S)
                    monitor = self._monitor()  # nft monitor ended; follow again
                if event or time.monotonic() - looked >= POLL_S or self._ports_changed():
                    self.ensure()
                    looked = time.monotonic()
        finally:
            monitor.kill()
            monitor.wait()
