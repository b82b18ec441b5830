"""Startup benchmark: process start to tray visible, and idle RSS (targets 300 ms, 80 MB).

Runs the real ``python -m onionpanel`` with the startup probe (onionpanel.ui.shell.app.PROBE_ENV)
pointed at a control port where nothing listens, so the session runs its whole attach path.
The clock starts just before the process is spawned (CLOCK_MONOTONIC is system-wide).

  python bench/startup.py [--runs N] [--cold N] [--mode tray|offscreen]

``tray`` (default when Xvfb, dbus-run-session and gdbus exist): a private Xvfb and D-Bus
session with tests/ui/sni_watcher.py as tray host, so the real StatusNotifierItem path is
timed. ``offscreen``: no tray host, so the figure is "window shown" instead.
``--cold N``: N runs after dropping the page cache (root only; skipped otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from onionpanel.launcher.process import free_tcp_port  # noqa: E402
from onionpanel.ui.shell.app import PROBE_ENV  # noqa: E402


def _drop_caches() -> bool:
    if os.geteuid() != 0:
        return False
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")
    return True


def _one_run(env: dict[str, str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix=f"onionpanel-bench-{os.getpid()}-") as tmp:
        probe = Path(tmp) / "probe.json"
        argv = [sys.executable, "-m", "onionpanel", "--control", f"127.0.0.1:{free_tcp_port()}"]
        spawned = time.monotonic()
        process = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=dict(env, **{PROBE_ENV: str(probe)}),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            process.wait(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        figures = json.loads(probe.read_text())
    return {
        "tray_ms": (figures["tray_shown_monotonic"] - spawned) * 1000,
        "loop_ms": (figures["first_loop_callback_monotonic"] - spawned) * 1000,
        "rss_mb": figures["idle_rss_kb"] / 1024,
        "tray_available": float(figures["tray_available"]),
    }


def _summary(label: str, runs: list[dict[str, float]]) -> None:
    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    tray = [run["tray_ms"] for run in runs]
    print(
        f"{label:<6} n={len(runs)}  tray shown {median('tray_ms'):6.0f} ms "
        f"[{min(tray):.0f}-{max(tray):.0f}]  first loop callback {median('loop_ms'):6.0f} ms  "
        f"idle RSS {median('rss_mb'):5.1f} MB  real tray: {bool(runs[0]['tray_available'])}"
    )


def _measure(env: dict[str, str], runs: int, cold: int) -> None:
    _one_run(env)  # warm the page cache and .pyc files
    _summary("warm", [_one_run(env) for _ in range(runs)])
    if cold and _drop_caches():
        cold_runs = []
        for _ in range(cold):
            _drop_caches()
            cold_runs.append(_one_run(env))
        _summary("cold", cold_runs)
    elif cold:
        print("cold   skipped: dropping the page cache needs root")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", type=int, default=3)
    parser.add_argument("--mode", choices=("tray", "offscreen"), default=None)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests" / "ui"))
    import xvfb  # tests/ui/xvfb.py

    mode = options.mode or ("tray" if xvfb.available() else "offscreen")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    print(f"onionpanel startup ({mode}); targets: tray <= 300 ms warm, idle RSS <= 80 MB")
    if mode == "offscreen":
        _measure(dict(env, QT_QPA_PLATFORM="offscreen"), options.runs, options.cold)
        return 0
    with xvfb.xvfb_display() as display:
        # One D-Bus session and watcher for all runs, as a desktop session would have.
        inner_env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        inner_env.pop("WAYLAND_DISPLAY", None)
        return subprocess.call(
            ["dbus-run-session", "--", sys.executable, __file__, "--inner-tray",
             str(options.runs), str(options.cold)],
            env=inner_env,
        )  # fmt: skip


def inner_tray(runs: int, cold: int) -> int:
    """Inside dbus-run-session: start the watcher once, then measure."""
    watcher = subprocess.Popen(
        [sys.executable, str(ROOT / "tests/ui/sni_watcher.py")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert watcher.stdout is not None
        watcher.stdout.readline()
        _measure(dict(os.environ), runs, cold)
    finally:
        watcher.terminate()
        watcher.wait(timeout=10)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--inner-tray":
        sys.exit(inner_tray(int(sys.argv[2]), int(sys.argv[3])))
    sys.exit(main())
