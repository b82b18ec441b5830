"""Startup benchmark: process start to tor authenticated and tray visible, and idle RSS.

Runs the real ``python -m onionpanel`` with the startup probe (onionpanel.ui.shell.app.PROBE_ENV).
By default it is pointed at a control port where nothing listens, so the session runs its whole
attach path; ``--tor sandbox`` starts a sandbox network and attaches to its tor for real (the
figures then include "attach": spawn -> the control connection authenticated, read from the
panel's own order-of-events record). ``--window`` opens the window (``--open-window``), so RSS
is "window shown" rather than "tray only". RSS is read 2 s after the first loop callback.
The clock starts just before the process is spawned (CLOCK_MONOTONIC is system-wide).

  python bench/startup.py [--runs N] [--cold N] [--mode tray|offscreen]
                          [--tor none|sandbox|fake8k] [--window] [--page circuits|relays]

``--tor fake8k``: a FAKE control port in a process of its own (tests/fakeport.PortProcess; no
real tor can serve 8,000 relays here) that answers like a microdescriptor client of the
synthetic 8,000-relay consensus, with a country for every address, so ``--page relays``
gives RSS with the 8k-relay map open (the probe waits for the relays, opens the window on that
page, then measures); ``--page none`` waits for the relays and opens nothing (tray only, 8k
relays loaded).

``tray`` (default when Xvfb, dbus-run-session and gdbus exist): a private Xvfb and D-Bus
session with tests/ui/sni_watcher.py as tray host, so the real StatusNotifierItem path is
timed. ``offscreen``: no tray host, so the figure is "window shown" instead.
``--cold N``: N runs after dropping the page cache (root only; skipped otherwise).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from onionpanel.launcher.process import free_tcp_port  # noqa: E402
from onionpanel.ui.shell.app import PROBE_ENV, PROBE_PAGE_ENV, PROBE_PAGES  # noqa: E402

CONTROL_ENV = "ONIONPANEL_BENCH_CONTROL"  # the bench's own: which control port to attach to
WINDOW_ENV = "ONIONPANEL_BENCH_WINDOW"  # the bench's own: open the window


def _drop_caches() -> bool:
    if os.geteuid() != 0:
        return False
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")
    return True


def _one_run(env: dict[str, str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix=f"onionpanel-bench-{os.getpid()}-") as tmp:
        probe = Path(tmp) / "probe.json"
        control = env.get(CONTROL_ENV) or f"127.0.0.1:{free_tcp_port()}"
        argv = [sys.executable, "-m", "onionpanel", "--control", control]
        if env.get(WINDOW_ENV):
            argv.append("--open-window")
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
    marks = dict((name, at) for name, at in reversed(figures.get("timeline", [])))
    authenticated = marks.get("tor authenticated")
    return {
        "attach_ms": (authenticated - spawned) * 1000 if authenticated else float("nan"),
        "relays": float(figures.get("relays", 0)),
        "window_shown": float(figures.get("window_shown", False)),
        "tray_ms": (figures["tray_shown_monotonic"] - spawned) * 1000,
        "loop_ms": (figures["first_loop_callback_monotonic"] - spawned) * 1000,
        "rss_mb": figures["idle_rss_kb"] / 1024,
        "anon_mb": figures["idle_anon_kb"] / 1024,
        "file_mb": figures["idle_file_kb"] / 1024,
        "pss_mb": figures["idle_pss_kb"] / 1024,
        "tray_available": float(figures["tray_available"]),
    }


def _summary(label: str, runs: list[dict[str, float]]) -> None:
    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    tray = [run["tray_ms"] for run in runs]
    shown = "window shown" if runs[0]["window_shown"] else "tray only"
    print(
        f"{label:<6} n={len(runs)}  attach {median('attach_ms'):6.0f} ms  "
        f"tray shown {median('tray_ms'):6.0f} ms "
        f"[{min(tray):.0f}-{max(tray):.0f}]  first loop callback {median('loop_ms'):6.0f} ms  "
        f"idle RSS {median('rss_mb'):5.1f} MB ({shown}, {runs[0]['relays']:.0f} relays)  "
        f"real tray: {bool(runs[0]['tray_available'])}"
    )
    print(
        f"{'':<6} memory split (medians): anon {median('anon_mb'):5.1f} MB (heap, this process "
        f"only)  file {median('file_mb'):5.1f} MB (library pages, mostly shared)  "
        f"PSS {median('pss_mb'):5.1f} MB"
    )


def _private_targets(env: dict[str, str]) -> None:
    """The RSS targets as private memory, from the stack's floor on this display
    (bench/rss_floor.py)."""
    from bench.rss_floor import measure, private_budgets

    floor = measure(env.get("QT_QPA_PLATFORM", "offscreen"))
    if floor.returncode == 0:
        budgets = private_budgets(floor.stdout)
        print(
            "       private-memory equivalent of the RSS targets (target less the stack's own "
            "library pages): anon <= "
            + ", ".join(f"{budget:.1f} MB {name}" for name, (budget, _) in budgets.items())
        )


def _measure(env: dict[str, str], runs: int, cold: int) -> None:
    _private_targets(env)
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
    parser.add_argument("--tor", choices=("none", "sandbox", "fake8k"), default="none")
    parser.add_argument("--window", action="store_true", help="open the window (RSS shown)")
    parser.add_argument(
        "--page",
        choices=[*sorted(PROBE_PAGES), "none"],
        help="wait for the relays, open this page (none: no page), then measure",
    )
    options = parser.parse_args()
    with contextlib.ExitStack() as stack:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        if options.window:
            env[WINDOW_ENV] = "1"
        if options.page:
            env[PROBE_PAGE_ENV] = options.page
        if options.tor == "sandbox":
            env[CONTROL_ENV] = stack.enter_context(_sandbox())
        elif options.tor == "fake8k":
            env[CONTROL_ENV] = stack.enter_context(_fake_network(8000))
        return _run(options, env)


@contextlib.contextmanager
def _fake_network(relays: int) -> Iterator[str]:
    from tests.fakeport import PortProcess

    with PortProcess("plain-tor", relays=relays) as port:
        yield port.endpoint


@contextlib.contextmanager
def _sandbox() -> Iterator[str]:
    from onionpanel.sandbox.network import temporary_sandbox

    print("starting a sandbox network ...", flush=True)
    network = temporary_sandbox(owner_pid=os.getpid())
    try:
        network.start()
        yield f"127.0.0.1:{network.control_port}"
    finally:
        network.stop()


def _run(options: argparse.Namespace, env: dict[str, str]) -> int:
    sys.path.insert(0, str(ROOT / "tests" / "ui"))
    import xvfb  # tests/ui/xvfb.py

    mode = options.mode or ("tray" if xvfb.available() else "offscreen")
    print(
        f"onionpanel startup ({mode}, tor: {options.tor}); targets: attach no later than nyx, "
        "RSS <= 60 MB tray only, <= 70 MB window shown"
    )
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
