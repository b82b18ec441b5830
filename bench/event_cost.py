"""What tor's events cost the whole panel, per thread: bench/peers.py's load, replayed.

    python -m bench.event_cost [--runs 3] [--seconds 20] [--requests 5] [--page status]

The load column of bench/peers.py on its own, without a sandbox network, so that a change to
the event path can be measured in a minute. A FAKE control port (tests/fakeport.PortProcess,
a process of its own; a real tor cannot be made to repeat one load exactly) replays what the
sandbox's tor sent while bench/peers.py put 5 requests/s through it (bench.tor_lines
.peers_request, recorded: per request a DANGEROUS_SOCKS status and one stream's seven
events; each second BW and three CIRC_BW; 39 events/s in all).

Each run is a fresh process running the real panel, ``onionpanel.ui.shell.app.main`` with
``--control``, on the platform in QT_QPA_PLATFORM (offscreen by default), window open on
``--page``; nothing else differs from bench/peers.py's OnionPanel. A thread of the bench in
that process (its own CPU is left out) reads /proc/self/task/*/schedstat: over ``--seconds``
with no events (idle), then over ``--seconds`` with the load, after 2 s of warm-up. Printed
per run and as medians: CPU % per thread (stem's reader "Tor listener", stem's event thread
"Event notifier" while there is one, the worker "onionpanel-tor", the GUI thread "MainThread",
Qt's own), microseconds of CPU per event (load minus idle), and how often each thread was
woken per event (schedstat's timeslices). Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WARM_UP = 8.0  # attach, snapshots, relay list, first collections
LOAD_SETTLE = 2.0
PAGES = {"status": 0, "circuits": 1, "relays": 2, "log": 3, "bandwidth": 4}


def _thread_times() -> dict[int, tuple[int, int, str]]:
    """tid -> (ns on a CPU, timeslices run, name) for every thread of this process."""
    names = {t.native_id: t.name for t in threading.enumerate() if t.native_id is not None}
    found: dict[int, tuple[int, int, str]] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            ran, _waited, slices = (task / "schedstat").read_text().split()[:3]
            comm = (task / "comm").read_text().strip()
        except (OSError, ValueError):
            continue
        tid = int(task.name)
        found[tid] = (int(ran), int(slices), names.get(tid, comm))
    return found


def _window(seconds: float, skip: int) -> tuple[float, dict[str, tuple[float, int]]]:
    """Wall seconds, and per thread name: (CPU seconds, timeslices) over the window."""
    before, started = _thread_times(), time.perf_counter()
    time.sleep(seconds)
    after, wall = _thread_times(), time.perf_counter() - started
    per_name: dict[str, tuple[float, int]] = {}
    for tid, (ran, slices, name) in after.items():
        if tid == skip:
            continue
        ran0, slices0, _ = before.get(tid, (0, 0, name))
        cpu, woken = per_name.get(name, (0.0, 0))
        per_name[name] = (cpu + (ran - ran0) / 1e9, woken + slices - slices0)
    return wall, per_name


def _inner(args: argparse.Namespace) -> None:
    """One run: the panel on this process's main thread, the measurements on another."""
    from tests.fakeport import PortProcess

    result: dict[str, object] = {}

    def measure(port: PortProcess) -> None:
        me = threading.get_native_id()
        try:
            time.sleep(WARM_UP)
            _open_page(args.page)
            time.sleep(1.0)
            result["idle"] = _window(args.seconds, me)
            port.start_flood()
            time.sleep(LOAD_SETTLE)
            profile = cProfile.Profile() if args.profile else None
            if profile is not None:
                _on_gui_thread(profile.enable)
            result["load"] = _window(args.seconds, me)
            if profile is not None:
                _on_gui_thread(profile.disable)
                profile.dump_stats(args.profile)
        finally:
            os.kill(os.getpid(), signal.SIGTERM)  # the panel quits as on the desktop

    with PortProcess("plain-tor", 11, args.requests, mix="peers", flood_when="asked") as port:
        from onionpanel.ui.shell.app import main

        threading.Thread(target=measure, args=(port,), name="bench", daemon=True).start()
        main(["--control", port.endpoint, "--open-window"])
    print(json.dumps(result), flush=True)


def _on_gui_thread(work: Callable[[], None]) -> None:
    """Run ``work`` on the GUI thread and wait for it."""
    from PySide6.QtCore import QMetaObject, QObject, Qt, Slot
    from PySide6.QtWidgets import QApplication

    class Call(QObject):
        @Slot()
        def run(self) -> None:
            work()

    call = Call()
    app = QApplication.instance()
    assert app is not None
    call.moveToThread(app.thread())
    QMetaObject.invokeMethod(call, "run", Qt.ConnectionType.BlockingQueuedConnection)


def _open_page(page: str) -> None:
    """Show ``page`` (the window opens on the Status page)."""
    from PySide6.QtWidgets import QApplication

    from onionpanel.ui.shell.main_window import MainWindow

    def show() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.show_page(PAGES[page])

    if page != "status":
        _on_gui_thread(show)


def _one_run(args: argparse.Namespace) -> dict[str, tuple[float, dict[str, list[float]]]]:
    with tempfile.TemporaryDirectory(prefix=f"onionpanel-event-cost-{os.getpid()}-") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DBUS_"))}
        env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_RUNTIME_DIR=home)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        command = [sys.executable, "-m", "bench.event_cost", "--inner", "--page", args.page,
                   "--seconds", str(args.seconds), "--requests", str(args.requests)]  # fmt: skip
        if args.profile:
            command += ["--profile", str(Path(args.profile).resolve())]
        out = subprocess.run(
            command, env=env, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300
        ).stdout
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"the run printed no figures:\n{out}")
    data: dict[str, tuple[float, dict[str, list[float]]]] = json.loads(lines[-1])
    return data


def _report(runs: list[dict[str, tuple[float, dict[str, list[float]]]]], events_s: float) -> str:
    names = sorted({name for run in runs for name in run["load"][1]})
    rows = [
        f"{'thread':<22}{'idle %':>8}{'load %':>8}{'µs/event':>10}{'woken/event':>13}",
    ]
    totals = {"idle": [0.0] * len(runs), "load": [0.0] * len(runs)}

    def share(run: dict[str, tuple[float, dict[str, list[float]]]], phase: str, name: str) -> float:
        wall, threads = run[phase]
        return 100 * threads.get(name, [0.0, 0])[0] / wall

    for name in names:
        idle = [share(run, "idle", name) for run in runs]
        load = [share(run, "load", name) for run in runs]
        for i in range(len(runs)):
            totals["idle"][i] += idle[i]
            totals["load"][i] += load[i]
        if max(load) < 0.005 and max(idle) < 0.005:
            continue
        woken = [
            (run["load"][1].get(name, [0, 0])[1] / run["load"][0])
            - (run["idle"][1].get(name, [0, 0])[1] / run["idle"][0])
            for run in runs
        ]
        cost = statistics.median(load) - statistics.median(idle)
        rows.append(
            f"{name[:21]:<22}{statistics.median(idle):8.3f}{statistics.median(load):8.3f}"
            f"{cost / 100 / events_s * 1e6:10.1f}{statistics.median(woken) / events_s:13.2f}"
        )
    idle, load = statistics.median(totals["idle"]), statistics.median(totals["load"])
    rows.append(
        f"{'all threads':<22}{idle:8.3f}{load:8.3f}{(load - idle) / 100 / events_s * 1e6:10.1f}"
    )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--requests", type=float, default=5.0, help="requests/s replayed")
    parser.add_argument("--page", choices=sorted(PAGES), default="status")
    parser.add_argument(
        "--profile", help="cProfile the GUI thread over the last run's load window (pstats file)"
    )
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        _inner(args)
        return
    from bench.tor_lines import PEERS_EVENTS_PER_REQUEST

    per_second = round(args.requests)
    events_s = args.requests * PEERS_EVENTS_PER_REQUEST + 4 * args.requests / per_second
    print(f"{args.runs} runs, {args.seconds:.0f} s idle then {args.seconds:.0f} s at "
          f"{args.requests:g} requests/s ({events_s:.0f} events/s), page {args.page}, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")  # fmt: skip
    runs = []
    for run in range(args.runs):
        runs.append(_one_run(args))
        print(f"run {run + 1}:\n{_report(runs[-1:], events_s)}", flush=True)
    print(f"\nmedians of {len(runs)} runs:\n{_report(runs, events_s)}")


if __name__ == "__main__":
    main()
