"""OnionPanel side by side with nyx and Onion Circuits on one sandbox network.

    python -m bench.peers [--runs 3] [--seconds 10] [--tools onionpanel,onioncircuits,nyx]
                          [--screenshots DIR]

Starts one sandbox network, one Xvfb (with a private D-Bus session bus) and one tmux server,
then runs each tool in turn, interleaved (run 1: A B C, run 2: B C A, run 3: C A B), each showing
its window: nyx in a 160x48 tmux window, Onion Circuits and OnionPanel on the Xvfb display
(OnionPanel finds no tray host there, so it opens its main window, Status page first).
Every tool is pointed at the sandbox client's control port and authenticates with its cookie on
its own: nyx ``-i HOST:PORT``, Onion Circuits ``TOR_CONTROL_ADDRESS``/``TOR_CONTROL_PORT`` (stem's
``connect()``, which reads the cookie path from PROTOCOLINFO), OnionPanel ``--control HOST:PORT``.

Per tool and run:
  attach   spawn -> the tool's TCP connection to the control port is ESTABLISHED. Measured the
           same way for every tool, from outside: the bench polls /proc/net/tcp every 2 ms for a
           new connection to the control port (its own connections are known beforehand). All
           three connect as their first network act and authenticate right after, so this is
           where each one starts talking to tor; the time to a finished AUTHENTICATE is a few
           ms more for each. The spawn instant is taken just before exec (for nyx: before
           ``tmux new-window``, whose server is already running).
  rss      VmRSS of the tool's processes 8 s after the spawn (the tmux server and X server,
           which draw for it, are not counted for any tool)
  idle     CPU of the tool's processes (all threads, /proc/PID/task/*/schedstat) over the next
           ``--seconds`` with no traffic. The sandbox votes every 10 s, so tor sends a few more
           consensus events than a real network would; all tools see the same.
  load     the same over ``--seconds`` while 5 requests/s go through tor's SocksPort to a
           loopback HTTP server (each request: a new stream, its STREAM and CIRC events)
Prints every run, then the medians as the issue's table, with OnionPanel / peer ratios.
Treat the figures as noisy on a shared machine. A peer that is not installed is skipped
(install them with ``packaging/dev/install-deps --bench``). Every process the bench starts is
stopped at the end, also on Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from onionpanel.sandbox.network import SandboxNetwork, temporary_sandbox
from onionpanel.sandbox.probe import LocalHttpServer, http_get_via_socks

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ("onionpanel", "onioncircuits", "nyx")
LABELS = {
    "onionpanel": "OnionPanel",
    "onioncircuits": "Onion Circuits (Debian)",
    "nyx": "nyx (Debian)",
}
RSS_AFTER_S = 8.0
POLL_S = 0.002
REQUESTS_PER_S = 5.0


@dataclass(frozen=True)
class Sample:
    tool: str
    attach_s: float
    rss_mb: float
    idle_pct: float
    load_pct: float
    requests_ok: int

    def line(self) -> str:
        return (
            f"{LABELS[self.tool]:<26} attach {self.attach_s:.3f} s  rss {self.rss_mb:.0f} MB  "
            f"idle {self.idle_pct:.2f} %  load {self.load_pct:.2f} % "
            f"({self.requests_ok} requests ok)"
        )


# ---- /proc readers ---------------------------------------------------------------------------


def tcp_connections_to(port: int) -> set[tuple[str, int]]:
    """(table, local port) of every ESTABLISHED socket whose remote port is ``port``."""
    found: set[tuple[str, int]] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError), open(table) as handle:
            next(handle, None)
            for line in handle:
                fields = line.split()
                if fields[3] != "01":  # ESTABLISHED
                    continue
                if int(fields[2].rsplit(":", 1)[1], 16) == port:
                    found.add((table, int(fields[1].rsplit(":", 1)[1], 16)))
    return found


def process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, ()))
    return tree


def rss_mb(pids: list[int]) -> float:
    total_kb = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
    return total_kb / 1024


def cpu_ns(pids: list[int]) -> int:
    """CPU time of every thread of ``pids`` (schedstat: nanoseconds on a CPU)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                with contextlib.suppress(OSError, ValueError, IndexError):
                    total += int((task / "schedstat").read_text().split()[0])
    return total


# ---- the shared scene: sandbox, display, terminal, traffic ------------------------------------


class Scene:
    """Everything the tools share; ``close()`` stops every process it started."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.sandbox: SandboxNetwork | None = None
        self.processes: list[subprocess.Popen[bytes]] = []
        self.display = ""
        self.dbus_address = ""
        self.tmux_socket = f"onionpanel-bench-{os.getpid()}"
        self.tmux_started = False
        self.http = LocalHttpServer()

    def start(self) -> None:
        print("starting a sandbox network ...", flush=True)
        self.sandbox = temporary_sandbox(owner_pid=os.getpid())
        self.sandbox.start()
        self.http.start()
        if shutil.which("Xvfb"):
            self.display = self._start_reporting(
                ["Xvfb", "-displayfd", "{fd}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"]
            )
            self.display = ":" + self.display
        if shutil.which("dbus-daemon"):
            self.dbus_address = self._start_reporting(
                ["dbus-daemon", "--session", "--nofork", "--print-address={fd}"]
            )
        if shutil.which("tmux"):
            subprocess.run(
                ["tmux", "-L", self.tmux_socket, "-f", "/dev/null", "new-session", "-d",
                 "-x", "160", "-y", "48", "-s", "bench", "sleep 86400"],
                check=True, env=self.env(),
            )  # fmt: skip
            self.tmux_started = True

    def _start_reporting(self, command: list[str]) -> str:
        """Start a daemon that writes one line (its display / address) to a pipe we pass it."""
        read_end, write_end = os.pipe()
        argv = [part.replace("{fd}", str(write_end)) for part in command]
        process = subprocess.Popen(
            argv, pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.processes.append(process)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            return pipe.readline().strip()

    @property
    def control(self) -> tuple[str, int]:
        assert self.sandbox is not None
        return "127.0.0.1", self.sandbox.control_port

    def env(self) -> dict[str, str]:
        home = self.workdir / "home"
        home.mkdir(exist_ok=True)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "XDG_", "DBUS_", "TMUX", "DISPLAY", "WAYLAND"))
        }
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_RUNTIME_DIR=str(self.workdir),
            TERM="screen-256color",
        )
        if self.display:
            env["DISPLAY"] = self.display
        if self.dbus_address:
            env["DBUS_SESSION_BUS_ADDRESS"] = self.dbus_address
        return env

    def close(self) -> None:
        if self.tmux_started:
            subprocess.run(["tmux", "-L", self.tmux_socket, "kill-server"], check=False)
        for process in reversed(self.processes):
            stop_process(process.pid)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(5)
        self.http.stop()
        if self.sandbox is not None:
            self.sandbox.stop()


def stop_process(pid: int, grace_s: float = 5.0) -> None:
    """SIGTERM the process and its children, SIGKILL whatever is left after ``grace_s``."""
    tree = process_tree(pid)
    for member in tree:
        with contextlib.suppress(ProcessLookupError):
            os.kill(member, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in tree):
        for member in tree:  # reap our own children
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(member, os.WNOHANG)
        time.sleep(0.05)
    for member in tree:
        with contextlib.suppress(ProcessLookupError):
            os.kill(member, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(member, os.WNOHANG)


@contextlib.contextmanager
def traffic(scene: Scene) -> Iterator[list[int]]:
    """5 requests/s through the sandbox's SocksPort to the loopback HTTP server; yields
    [ok, failed], counted until the block ends."""
    assert scene.sandbox is not None
    counts = [0, 0]
    stop = threading.Event()
    socks_port, host, port = scene.sandbox.socks_port, scene.http.host, scene.http.port

    def one() -> None:
        try:
            http_get_via_socks(socks_port, host, port, timeout=10)
            counts[0] += 1
        except OSError:
            counts[1] += 1

    def pace() -> None:
        next_at = time.monotonic()
        while not stop.is_set():
            threading.Thread(target=one, daemon=True).start()
            next_at += 1 / REQUESTS_PER_S
            stop.wait(max(0.0, next_at - time.monotonic()))

    pacer = threading.Thread(target=pace, daemon=True)
    pacer.start()
    try:
        yield counts
    finally:
        stop.set()
        pacer.join()


# ---- one tool --------------------------------------------------------------------------------


def spawn(tool: str, scene: Scene) -> Callable[[], int]:
    """Start ``tool``; returns a function giving its main pid (nyx: once tmux started it)."""
    host, port = scene.control
    env = scene.env()
    if tool == "nyx":
        subprocess.run(
            ["tmux", "-L", scene.tmux_socket, "new-window", "-t", "bench", "-n", "nyx",
             f"exec nyx -i {host}:{port}"],
            check=True, env=env,
        )  # fmt: skip

        def nyx_pid() -> int:
            out = subprocess.run(
                ["tmux", "-L", scene.tmux_socket, "list-panes", "-t", "bench:nyx", "-F",
                 "#{pane_pid}"],
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            return int(out.split()[0])

        return nyx_pid
    if tool == "onioncircuits":
        env.update(TOR_CONTROL_ADDRESS=host, TOR_CONTROL_PORT=str(port))
        argv = ["onioncircuits"]
    else:
        env["QT_QPA_PLATFORM"] = "xcb" if scene.display else "offscreen"
        env["PYTHONPATH"] = checkout_first(env.get("PYTHONPATH", ""))
        argv = [sys.executable, "-m", "onionpanel", "--control", f"{host}:{port}"]
    process = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=scene.workdir
    )
    scene.processes.append(process)
    return lambda: process.pid


def checkout_first(python_path: str) -> str:
    """PYTHONPATH for OnionPanel: this checkout first. It runs in a temporary directory, where
    an editable install of another checkout (a venv shared by worktrees) would be imported."""
    return os.pathsep.join(part for part in (str(ROOT), python_path) if part)


def wait_attach(port: int, before: set[tuple[str, int]], started: float, limit_s: float) -> float:
    while time.perf_counter() - started < limit_s:
        if tcp_connections_to(port) - before:
            return time.perf_counter() - started
        time.sleep(POLL_S)
    return float("nan")


def screenshot(tool: str, scene: Scene, directory: Path) -> None:
    """What the tool shows 8 s after its start: the Xvfb screen as PNG, or nyx's tmux pane
    as text."""
    directory.mkdir(parents=True, exist_ok=True)
    if tool == "nyx":
        text = subprocess.run(
            ["tmux", "-L", scene.tmux_socket, "capture-pane", "-p", "-t", "bench:nyx"],
            capture_output=True, text=True, check=False,
        ).stdout  # fmt: skip
        (directory / "peers-nyx.txt").write_text(text)
        return
    if not (scene.display and shutil.which("xwd")):
        return
    raw = subprocess.run(
        ["xwd", "-root", "-display", scene.display], capture_output=True, check=False
    ).stdout
    save_xwd_as_png(raw, directory / f"peers-{tool}.png")


def save_xwd_as_png(raw: bytes, target: Path) -> None:
    """xwd's dump of a 24/32-bit TrueColor screen (Xvfb's) as PNG, through QImage."""
    from PySide6.QtGui import QImage

    header = struct.unpack(">25I", raw[:100])
    header_size, width, height = header[0], header[4], header[5]
    bits_per_pixel, bytes_per_line, colours = header[11], header[12], header[19]
    # 4 bytes a pixel, LSBFirst: what Xvfb -screen ...x24 gives (xwd may call it 24 or 32 bpp)
    if bits_per_pixel not in (24, 32) or bytes_per_line < 4 * width or header[7] != 0:
        target.with_suffix(".xwd").write_bytes(raw)
        return
    pixels = raw[header_size + 12 * colours :]
    image = QImage(pixels, width, height, bytes_per_line, QImage.Format.Format_RGB32)
    image.copy().save(str(target))


def measure(tool: str, scene: Scene, seconds: float, screenshots: Path | None = None) -> Sample:
    _, port = scene.control
    before = tcp_connections_to(port)
    started = time.perf_counter()
    main_pid = spawn(tool, scene)
    attach = wait_attach(port, before, started, limit_s=RSS_AFTER_S)
    pid = main_pid()
    try:
        time.sleep(max(0.0, started + RSS_AFTER_S - time.perf_counter()))
        tree = process_tree(pid)
        rss = rss_mb(tree)
        if screenshots is not None:
            screenshot(tool, scene, screenshots)
        idle = cpu_share(lambda: process_tree(pid), seconds)
        with traffic(scene) as counts:
            load = cpu_share(lambda: process_tree(pid), seconds)
    finally:
        stop_process(pid)
        if tool == "nyx":
            subprocess.run(
                ["tmux", "-L", scene.tmux_socket, "kill-window", "-t", "bench:nyx"],
                check=False, stderr=subprocess.DEVNULL,
            )  # fmt: skip
    return Sample(tool, attach, rss, idle, load, counts[0])


def cpu_share(tree: Callable[[], list[int]], seconds: float) -> float:
    pids = tree()
    wall, cpu = time.perf_counter(), cpu_ns(pids)
    time.sleep(seconds)
    used = cpu_ns(pids) - cpu
    return 100 * used / 1e9 / (time.perf_counter() - wall)


# ---- report ----------------------------------------------------------------------------------


def table(samples: list[Sample]) -> str:
    tools = [tool for tool in TOOLS if any(s.tool == tool for s in samples)]

    def median(tool: str, field: str) -> float:
        return float(statistics.median(getattr(s, field) for s in samples if s.tool == tool))

    rows = [
        "| | attach (spawn → control connection established) | RSS 8 s after start "
        "| CPU idle | CPU while 5 requests/s go through tor |",
        "|---|---|---|---|---|",
    ]
    for tool in tools:
        attach, rss = median(tool, "attach_s"), median(tool, "rss_mb")
        idle, load = median(tool, "idle_pct"), median(tool, "load_pct")
        rows.append(
            f"| {LABELS[tool]} | {attach:.2f} s | {rss:.0f} MB | {idle:.2f} % | {load:.2f} % |"
        )
    if "onionpanel" in tools:
        for peer in (tool for tool in tools if tool != "onionpanel"):
            ratios = [
                median("onionpanel", field) / max(median(peer, field), 1e-9)
                for field in ("attach_s", "rss_mb", "idle_pct", "load_pct")
            ]
            rows.append(
                f"| OnionPanel ÷ {LABELS[peer]} | "
                + " | ".join(f"{ratio:.2f}×" for ratio in ratios)
                + " |"
            )
    return "\n".join(rows)


def available(tools: list[str]) -> list[str]:
    found, has_display = [], bool(shutil.which("Xvfb"))
    for tool in tools:
        if tool == "nyx" and not (shutil.which("nyx") and shutil.which("tmux")):
            print("nyx or tmux is not installed: skipping nyx")
        elif tool == "onioncircuits" and not (shutil.which("onioncircuits") and has_display):
            print("onioncircuits or Xvfb is not installed: skipping Onion Circuits")
        else:
            found.append(tool)
    return found


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0, help="idle and load windows")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument(
        "--screenshots", type=Path, help="save what each tool shows in run 1 (PNG / text) here"
    )
    args = parser.parse_args(argv)
    tools = available([tool for tool in args.tools.split(",") if tool in TOOLS])
    samples: list[Sample] = []
    # SIGTERM (e.g. from a CI timeout) unwinds like Ctrl-C, so the finally below runs
    signal.signal(signal.SIGTERM, _interrupt)
    with tempfile.TemporaryDirectory(prefix=f"onionpanel-peers-{os.getpid()}-") as tmp:
        scene = Scene(Path(tmp))
        try:
            scene.start()
            host, port = scene.control
            display = scene.display or "-"
            print(f"sandbox control {host}:{port}, display {display}; {len(tools)} tools x "
                  f"{args.runs} runs, {args.seconds:.0f} s windows")  # fmt: skip
            for run in range(args.runs):
                order = tools[run % len(tools) :] + tools[: run % len(tools)]
                for tool in order:
                    shots = args.screenshots if run == 0 else None
                    sample = measure(tool, scene, args.seconds, shots)
                    samples.append(sample)
                    print(f"run {run + 1}: {sample.line()}", flush=True)
        except KeyboardInterrupt:
            print("interrupted: stopping everything the bench started")
        finally:
            scene.close()
    if samples:
        print("\nmedians:\n" + table(samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
