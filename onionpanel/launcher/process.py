"""One tor process that we started, and nothing else: never the system tor.

find_tor_binary() -> str
free_tcp_port() -> int
reserve_tcp_port() / reserve_udp_port() -> socket   held bound until the tor that needs it starts
port_of(reserved_socket) -> int
TorProcess(data_dir, torrc_lines, *, tor_binary, netns, owner_pid, user)
|- start() -> None                  spawn; raises TorStartError with tor's last log lines
|- control_endpoint, cookie_path    where its control port is, where its auth cookie would be
|- wait_for_control_port(timeout)   -> ControlEndpoint, read from ControlPortWriteToFile
|- wait_for_log(text, timeout)      -> bool
|- request_stop() -> None           SIGTERM, no waiting
|- stop(timeout) -> None            SIGTERM, then SIGKILL; idempotent
|- running -> bool, pid -> int | None
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from onionpanel.core.status import ControlEndpoint


class TorStartError(RuntimeError):
    """tor exited or did not open its control port in time."""


def find_tor_binary() -> str:
    found = shutil.which("tor") or ("/usr/sbin/tor" if os.path.exists("/usr/sbin/tor") else None)
    if found is None:
        raise TorStartError("tor is not installed (Debian/Ubuntu: apt install tor)")
    return found


def free_tcp_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


def reserve_tcp_port(host: str = "127.0.0.1") -> socket.socket:
    """A socket bound to a free port and kept bound, so nobody else is handed that port while
    we prepare the torrc that names it. Close it right before starting the tor."""
    probe = socket.socket()
    probe.bind((host, 0))
    return probe


def reserve_udp_port(host: str = "127.0.0.1") -> socket.socket:
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind((host, 0))
    return probe


def port_of(reserved: socket.socket) -> int:
    port: int = reserved.getsockname()[1]
    return port


class TorProcess:
    """A tor with its torrc written into ``data_dir/torrc``; logs go to ``data_dir/notice.log``."""

    def __init__(
        self,
        data_dir: Path,
        torrc_lines: Sequence[str],
        *,
        tor_binary: str | None = None,
        netns: str | None = None,
        owner_pid: int | None = None,
        user: str | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.torrc_lines = list(torrc_lines)
        self.tor_binary = tor_binary
        self.netns = netns
        self.owner_pid = owner_pid
        self.user = user  # torrc User: tor drops root to this account (data dir is chowned)
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def torrc_path(self) -> Path:
        return self.data_dir / "torrc"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "notice.log"

    @property
    def console_path(self) -> Path:
        return self.data_dir / "console.log"

    @property
    def control_port_file(self) -> Path:
        return self.data_dir / "control-port"

    @property
    def defaults_path(self) -> Path:
        return self.data_dir / "torrc-defaults"

    @property
    def cookie_path(self) -> Path:
        return self.data_dir / "control_auth_cookie"

    @property
    def control_endpoint(self) -> ControlEndpoint | None:
        return self.read_control_port()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _torrc_text(self) -> str:
        lines = [
            f"DataDirectory {self.data_dir}",
            f"Log notice file {self.log_path}",
            f"ControlPortWriteToFile {self.control_port_file}",
            *self.torrc_lines,
        ]
        if self.user:
            lines.append(f"User {self.user}")
        if self.owner_pid is not None:
            # tor exits by itself (within ~15 s) if the process that owns it dies.
            lines.append(f"__OwningControllerProcess {self.owner_pid}")
        return "\n".join(lines) + "\n"

    def start(self) -> None:
        if self.running:
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.data_dir, 0o700)
        self.control_port_file.unlink(missing_ok=True)
        self.torrc_path.write_text(self._torrc_text())
        # An empty defaults file: nothing from /etc/tor leaks into a tor of our own.
        self.defaults_path.write_text("")
        if self.user:
            self._give_data_dir_to_user()
        command = [
            *(self.tor_binary or find_tor_binary(), "-f", str(self.torrc_path)),
            *("--defaults-torrc", str(self.defaults_path), "--hush"),
        ]
        if self.netns:
            command = ["ip", "netns", "exec", self.netns, *command]
        # Until tor has read its Log lines, it complains on stdout: keep that for error messages.
        with self.console_path.open("wb") as console, _ctrl_c_deferred():
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C in the terminal reaches us, and we stop tor
            )

    def _give_data_dir_to_user(self) -> None:
        assert self.user is not None
        for path in (self.data_dir, *self.data_dir.rglob("*")):
            shutil.chown(path, self.user, None)

    def last_log_lines(self, count: int = 8) -> str:
        lines: list[str] = []
        for path in (self.console_path, self.log_path):
            if path.exists():
                lines += path.read_text(errors="replace").splitlines()[-count:]
        return "\n".join(lines)

    def wait_for_control_port(self, timeout: float = 30.0) -> ControlEndpoint:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            endpoint = self.read_control_port()
            if endpoint is not None:
                return endpoint
            if not self.running:
                raise TorStartError(f"tor exited while starting:\n{self.last_log_lines()}")
            time.sleep(0.05)
        raise TorStartError(f"tor opened no control port in {timeout:.0f} s")

    def read_control_port(self) -> ControlEndpoint | None:
        try:
            text = self.control_port_file.read_text().strip()
        except OSError:
            return None
        # "PORT=127.0.0.1:9051" or "UNIX_PORT=/path"
        for line in text.splitlines():
            key, _, value = line.partition("=")
            if key == "PORT":
                host, _, port = value.rpartition(":")
                return ControlEndpoint.tcp(host, int(port))
            if key == "UNIX_PORT":
                return ControlEndpoint.unix(value)
        return None

    def wait_for_log(self, text: str, timeout: float = 30.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.log_path.exists() and text in self.log_path.read_text(errors="replace"):
                return True
            if not self.running:
                return False
            time.sleep(0.1)
        return False

    def request_stop(self) -> None:
        """SIGTERM without waiting, so that many tors can shut down side by side."""
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGTERM)

    def stop(self, timeout: float = 5.0) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout)


@contextlib.contextmanager
def _ctrl_c_deferred() -> Iterator[None]:
    """Holds a Ctrl-C back until the block is done. A KeyboardInterrupt inside Popen, after
    the fork, would leave a tor running that nobody holds a handle to and so nobody stops."""
    if threading.current_thread() is not threading.main_thread():
        yield  # Python runs signal handlers on the main thread only
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_DFL if previous is None else previous)
        if received:
            signal.raise_signal(signal.SIGINT)
