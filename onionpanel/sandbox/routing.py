"""The sandbox's own routing helper, so the tray's Routing menu can be tried in
``onionpanel --sandbox``. It routes nothing of this machine's: the real onionpanel-helper
runs with ``serve --sandbox``, which moves it into a new, empty network namespace before it
touches nft, and it answers on a private D-Bus bus whose socket only this user can reach.

  SandboxRouting(root_dir, *, trans_port, dns_port, app_socks_port, python=sys.executable)
  |- start(timeout=20) -> str    the bus address once the helper answers; SandboxError says why
  |- stop()                       the helper, then the bus; idempotent
  |- bus_address, config_path, helper_pid
  sandbox_config(trans_port, dns_port, app_socks_port, proxy_port, users) -> str   the TOML
  system_users() -> list[str]     accounts that may stand for tor's and the proxy's users
"""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
import time
from pathlib import Path

from onionpanel.launcher.process import free_tcp_port
from onionpanel.sandbox.network import APP_PROFILE, APP_SESSION_GROUP, SandboxError

LOGIN_UID_MIN = 1000  # the helper's config refuses login users (and root) as exemptions
PREFERRED_USERS = ("debian-tor", "tor", "_tor", "proxy", "daemon", "bin", "sys")
SBIN = "/usr/local/sbin:/usr/sbin:/sbin"  # nft, for users whose PATH lacks them
PACKAGE_PARENT = Path(__file__).resolve().parents[2]


def system_users() -> list[str]:
    """System accounts (uid 1-999), the usual ones first."""
    accounts = {entry.pw_name: entry.pw_uid for entry in pwd.getpwall()}
    system = [name for name, uid in accounts.items() if 0 < uid < LOGIN_UID_MIN]
    return sorted(system, key=lambda name: (name not in PREFERRED_USERS, name))


def sandbox_config(
    trans_port: int, dns_port: int, app_socks_port: int, proxy_port: int, users: list[str]
) -> str:
    """Modes off, tor and lockdown, the sandbox's isolated app profile and, when two system
    accounts are there to stand for tor's and a proxy's users, a clearnet profile "bank"."""
    tor_user = users[0]
    lines = [
        "# Written by onionpanel --sandbox for its own helper; routes nothing of this machine's.",
        "schema = 1",
        "[tor]",
        'control = "127.0.0.1:9051"',
        f'user = "{tor_user}"',
        f"trans_port = {trans_port}",
        f"dns_port = {dns_port}",
        "[policy]",
        'boot_mode = "tor"',
        'user_may_switch = ["off", "tor", "lockdown"'
        + (', "tor+bank"]' if len(users) > 1 else "]"),
        "[[profile]]",
        f'name = "{APP_PROFILE}"',
        'kind = "tor-isolated"',
        'description = "The sandbox client\'s second SocksPort"',
        f"socks_port = {app_socks_port}",
        f"session_group = {APP_SESSION_GROUP}",
    ]
    if len(users) > 1:
        lines += [
            "[[profile]]",
            'name = "bank"',
            'kind = "clearnet-proxy"',
            'description = "Bank (pretend proxy)"',
            f'proxy = "127.0.0.1:{proxy_port}"',
            f'proxy_user = "{users[1]}"',
        ]
    return "\n".join(lines) + "\n"


class SandboxRouting:
    def __init__(
        self,
        root_dir: Path,
        *,
        trans_port: int,
        dns_port: int,
        app_socks_port: int,
        python: str = sys.executable,
    ) -> None:
        self.root_dir = root_dir
        self.config_path = root_dir / "routing.toml"
        self._ports = (trans_port, dns_port, app_socks_port)
        self._python = python
        self._bus: subprocess.Popen[str] | None = None
        self._helper: subprocess.Popen[str] | None = None
        self.bus_address = ""

    @property
    def helper_pid(self) -> int | None:
        return self._helper.pid if self._helper is not None else None

    def start(self, timeout: float = 20.0) -> str:
        users = system_users()
        if not users:
            raise SandboxError("no system account (uid 1-999) to stand for tor's user")
        self.root_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.root_dir.chmod(0o700)  # the bus socket: this user (and root) only
        self.config_path.write_text(sandbox_config(*self._ports, free_tcp_port(), users))
        try:
            self.bus_address = self._start_bus(timeout)
            self._start_helper(timeout)
        except BaseException:
            self.stop()
            raise
        return self.bus_address

    def stop(self) -> None:
        for process in (self._helper, self._bus):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self._helper = self._bus = None

    def _start_bus(self, timeout: float) -> str:
        config = self.root_dir / "bus.conf"
        config.write_text(
            "<busconfig><type>session</type>"
            f"<listen>unix:path={self.root_dir / 'bus.sock'}</listen><auth>EXTERNAL</auth>"
            '<policy context="default"><allow user="*"/><allow own="*"/>'
            '<allow send_destination="*"/><allow receive_sender="*"/></policy></busconfig>'
        )
        try:
            self._bus = self._spawn(
                ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
                self.root_dir / "bus.log",
                dict(os.environ),
            )
        except FileNotFoundError as error:
            raise SandboxError("dbus-daemon is not installed (package dbus)") from error
        return self._first_line(self._bus, self.root_dir / "bus.log", timeout, "its D-Bus bus")

    def _start_helper(self, timeout: float) -> None:
        state_dir = self.root_dir / "state"
        environment = {
            **os.environ,
            "PATH": f"{os.environ.get('PATH', '/usr/bin:/bin')}:{SBIN}",
            "PYTHONPATH": os.pathsep.join(
                path for path in (str(PACKAGE_PARENT), os.environ.get("PYTHONPATH")) if path
            ),
        }
        log = self.root_dir / "helper.log"
        self._helper = self._spawn(
            [
                *(self._python, "-m", "onionpanel.helper", "--config", str(self.config_path)),
                *("--state-dir", str(state_dir), "serve", "--bus", self.bus_address, "--sandbox"),
            ],
            log,
            environment,
        )
        self._first_line(self._helper, log, timeout, "its routing helper", wanted="serving")

    @staticmethod
    def _spawn(argv: list[str], log: Path, environment: dict[str, str]) -> subprocess.Popen[str]:
        # output to a file, never to a pipe nobody reads once it runs (a full pipe blocks it)
        with log.open("w") as output:
            return subprocess.Popen(
                argv, stdout=output, stderr=subprocess.STDOUT, env=environment, text=True
            )

    @staticmethod
    def _first_line(
        process: subprocess.Popen[str], log: Path, timeout: float, what: str, wanted: str = ""
    ) -> str:
        """The first line ``process`` wrote (or ``wanted``, once it wrote that line)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            lines = [line.strip() for line in log.read_text(errors="replace").splitlines()]
            if process.poll() is not None:
                reason = lines[-1] if lines else f"exit status {process.returncode}"
                raise SandboxError(f"the sandbox could not start {what}: {reason}")
            if lines and (not wanted or wanted in lines):
                return wanted or lines[0]
            time.sleep(0.05)
        raise SandboxError(f"the sandbox could not start {what} within {timeout:.0f} s")
