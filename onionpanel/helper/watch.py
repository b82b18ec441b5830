"""Keeping the table there: if someone else removes it, apply the remembered mode again.

  Watcher(config, state_dir, nft=("nft",), notify=print, cgroup_root=CGROUP_ROOT,
          on_change=None)     on_change(mode, why): "started", "restored" or "time limit"
  |- ensure() -> str | None   end an expired time limit, or re-apply if the table is gone;
  |                           the mode applied, or None. Also reloads the table when a
  |                           profile's slice appears or goes away.
  |- run(stop)                follow `nft monitor tables` (and look every second anyway)
                              until ``stop`` is set

The time limit of a clearnet mode is enforced here, by the helper, so it ends even when the
panel is gone. Only a missing table is repaired. A table naming another mode is left alone:
the CLI loads a mode before it persists it, so "applied differs from remembered" is a normal,
brief state.
"""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from onionpanel.helper import nft as nft_module
from onionpanel.helper.cgroups import CGROUP_ROOT, profile_cgroups
from onionpanel.helper.config import Config

POLL_S = 1.0
ATTEMPTS = 3


class Watcher:
    def __init__(
        self,
        config: Config,
        state_dir: Path = nft_module.DEFAULT_STATE_DIR,
        nft: Sequence[str] = ("nft",),
        notify: Callable[[str], None] = print,
        cgroup_root: Path = CGROUP_ROOT,
        on_change: Callable[[str, str], None] | None = None,
    ) -> None:
        self.config, self.state_dir, self.nft, self.notify = config, state_dir, nft, notify
        self.on_change = on_change or (lambda _mode, _why: None)
        self.cgroup_root = cgroup_root
        self.cgroups: dict[str, list[str]] = {}

    def _apply(self, mode: str, persist: bool = True) -> None:
        cgroups = profile_cgroups(self.config, self.cgroup_root)
        nft_module.apply(self.config, mode, self.state_dir, self.nft, cgroups, persist=persist)
        self.cgroups = cgroups

    def _refresh_cgroups(self, applied: str) -> None:
        """A profile's slice appeared or went away: load the table again with the new paths."""
        if applied not in self.config.modes or applied in ("off", "lockdown"):
            return
        if profile_cgroups(self.config, self.cgroup_root) != self.cgroups:
            with contextlib.suppress(nft_module.ApplyError):  # a slice vanished: retry next time
                self._apply(applied, persist=False)

    def ensure(self, at_start: bool = False) -> str | None:
        """``at_start``: the first look; a missing table then is no one's doing."""
        with nft_module.serialized:  # no D-Bus switch between looking and repairing
            return self._ensure(at_start)

    def _ensure(self, at_start: bool) -> str | None:
        revert = nft_module.pending_revert(self.state_dir)
        if revert is not None and time.time() >= revert[0]:
            self._apply(revert[1])
            self.notify(f"time limit reached; back to mode {revert[1]!r}")
            self.on_change(revert[1], "time limit")
            return revert[1]
        applied = nft_module.applied_mode(self.nft)
        if applied is not None:
            self._refresh_cgroups(applied)
            return None
        mode = nft_module.boot_mode(self.config, self.state_dir)
        error: nft_module.ApplyError | None = None
        # Whoever removed the table may still be at it (a verify can see it gone again), so
        # retry before falling back; the fallback is never remembered for boot.
        for _ in range(ATTEMPTS):
            try:
                self._apply(mode)
            except nft_module.ApplyError as failure:
                error = failure
                continue
            if at_start:
                self.notify(f"applied mode {mode!r}")
                self.on_change(mode, "started")
            else:
                self.notify(f"table inet onionpanel was removed; re-applied mode {mode!r}")
                self.on_change(mode, "restored")
            return mode
        self.notify(f"table inet onionpanel was removed; re-applying {mode!r} failed: {error}")
        self._apply("lockdown", persist=False)
        self.notify("table inet onionpanel was removed; applied lockdown until it can be fixed")
        self.on_change("lockdown", "restored")
        return "lockdown"

    def _monitor(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [*self.nft, "monitor", "tables"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )

    def run(self, stop: threading.Event) -> None:
        monitor = self._monitor()
        try:
            self.ensure(at_start=True)
            while not stop.is_set():
                assert monitor.stdout is not None
                descriptor = monitor.stdout.fileno()
                if select.select([descriptor], [], [], POLL_S)[0] and not os.read(
                    descriptor, 65536
                ):
                    monitor.wait()
                    stop.wait(POLL_S)
                    monitor = self._monitor()  # nft monitor ended; follow again
                self.ensure()
        finally:
            monitor.kill()
            monitor.wait()
