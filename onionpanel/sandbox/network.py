"""A private Tor network on loopback for practice and tests. It gives NO anonymity.
(Just over 400 lines: start()'s steps and the stop() that must undo each read best together.)

SandboxNetwork(root_dir, *, exits, middles, authorities, exit_accept, netns, owner_pid, client_user,
               key_cache, client_extra_lines)
|- start(progress=None, timeout=60)   keys, relays, first consensus, client, a real fetch; blocks
|- stop()                             every tor it started; idempotent
|- stop_client() / start_client()     restart only the client tor, on the same ports
|- check_fetch(timeout)               a GET through the client's SocksPort to a local server
|- write_info() -> Path               ROOT/sandbox.json (ports, cookie, relays, pids)
|- info() -> dict                     what write_info writes
|- join_torrc_lines() -> list[str]    what another tor needs to use this network
|- control_endpoint, control_port, cookie_path, socks_port, trans_port, dns_port,
   app_socks_port (SessionGroup=APP_SESSION_GROUP: the routing profile APP_PROFILE)
|- client_data_dir, relays, exit_relays, pids, timings
temporary_sandbox(**options) -> SandboxNetwork   in a fresh temp dir that stop() removes
NOT_ANONYMOUS       the label every surface shows: "Sandbox — not anonymous"
Also here, from the modules that build it: Relay, SandboxError (nodes.py), the relay keys and
their cache, default_key_cache() (keys.py), and every tor's torrc lines (torrc.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from onionpanel.core.status import ControlEndpoint
from onionpanel.launcher.process import (
    TorProcess,
    TorStartError,
    find_tor_binary,
)
from onionpanel.sandbox.keys import default_key_cache, generate_keys
from onionpanel.sandbox.nodes import ClientPorts, Node, make_nodes
from onionpanel.sandbox.nodes import Relay as Relay  # re-exported: the sandbox's public API
from onionpanel.sandbox.nodes import SandboxError as SandboxError
from onionpanel.sandbox.probe import fetch_through
from onionpanel.sandbox.torrc import (
    APP_SESSION_GROUP as APP_SESSION_GROUP,
)
from onionpanel.sandbox.torrc import (
    CLIENT_NICKNAME,
    VOTING_INTERVAL,
    client_lines,
    dir_authority_lines,
    relay_lines,
)

NOT_ANONYMOUS = "Sandbox — not anonymous"
# the routing profile the client's SessionGroup=APP_SESSION_GROUP SocksPort stands for
APP_PROFILE = "isolated-app"
INFO_FILE = "sandbox.json"
NO_RESOLVER = "127.0.0.1:9"  # exits resolve nothing (P9)
NODES_DIR = "nodes"
FIRST_VALID_AFTER = 7  # seconds after the relays start: they upload descriptors at +2..2.5 (P2)

Progress = Callable[[str], None]


_DEFAULT_CACHE = Path("<default>")


def temporary_sandbox(**options: Any) -> SandboxNetwork:
    """A SandboxNetwork in a new private temp dir, removed by stop(): for ``--sandbox``.
    Pass owner_pid=os.getpid() so the tors also go if the panel is killed."""
    root = tempfile.mkdtemp(prefix=f"onionpanel-sandbox-{os.getpid()}-")
    network = SandboxNetwork(root, **options)
    network.remove_root_on_stop = True
    return network


class SandboxNetwork:
    """Directory authorities, relays and one client, all tor processes on this machine."""

    def __init__(
        self,
        root_dir: Path | str,
        *,
        exits: int = 2,
        middles: int = 1,
        authorities: int = 3,
        exit_accept: Sequence[str] = ("127.0.0.0/8",),
        netns: str | None = None,
        owner_pid: int | None = None,
        client_user: str | None = None,
        tor_binary: str | None = None,
        key_cache: Path | None = _DEFAULT_CACHE,
        client_extra_lines: Sequence[str] = (),
    ) -> None:
        if authorities < 1 or exits < 1:
            raise ValueError("a sandbox needs at least one authority and one exit")
        self.root_dir = Path(root_dir).resolve()
        self.counts = {"authority": authorities, "middle": middles, "exit": exits}
        self.exit_accept = tuple(exit_accept)
        self.netns = netns
        self.owner_pid = owner_pid
        self.client_user = client_user
        self.tor_binary = tor_binary
        self.client_extra_lines = list(client_extra_lines)  # e.g. MapAddress for a netns test
        self.remove_root_on_stop = False
        # Keys are the slowest CPU work of a start; they are only test keys, so reuse them.
        self.key_cache = default_key_cache() if key_cache == _DEFAULT_CACHE else key_cache
        self.timings: dict[str, float] = {}  # phase -> seconds since start() began
        self._lock = threading.RLock()
        self._cancel = threading.Event()  # stop() from another thread interrupts start()
        self._nodes: list[Node] = []
        self._client: TorProcess | None = None
        self._client_ports: ClientPorts | None = None

    # ----- what other code reads -------------------------------------------------------------

    @property
    def relays(self) -> tuple[Relay, ...]:
        return tuple(node.relay() for node in self._nodes)

    @property
    def exit_relays(self) -> tuple[Relay, ...]:
        return tuple(relay for relay in self.relays if relay.is_exit)

    @property
    def client_data_dir(self) -> Path:
        return self.root_dir / NODES_DIR / CLIENT_NICKNAME

    @property
    def cookie_path(self) -> Path:
        return self.client_data_dir / "control_auth_cookie"

    def _ports(self) -> ClientPorts:
        if self._client_ports is None:
            raise SandboxError("the sandbox is not started")
        return self._client_ports

    @property
    def control_port(self) -> int:
        return self._ports().control

    @property
    def control_endpoint(self) -> ControlEndpoint:
        return ControlEndpoint.tcp("127.0.0.1", self.control_port)

    @property
    def socks_port(self) -> int:
        return self._ports().socks

    @property
    def trans_port(self) -> int:
        return self._ports().trans

    @property
    def dns_port(self) -> int:
        return self._ports().dns

    @property
    def app_socks_port(self) -> int:
        """A SocksPort of its own with SessionGroup=APP_SESSION_GROUP, as a system's torrc
        declares one for a tor-isolated routing profile (APP_PROFILE)."""
        return self._ports().app_socks

    @property
    def client(self) -> TorProcess | None:
        return self._client

    @property
    def pids(self) -> dict[str, int]:
        processes = [(node.nickname, node.process) for node in self._nodes]
        processes.append((CLIENT_NICKNAME, self._client))
        return {name: p.pid for name, p in processes if p is not None and p.pid and p.running}

    @property
    def running(self) -> bool:
        return bool(self.pids)

    def dir_authority_lines(self) -> list[str]:
        return dir_authority_lines(self._nodes)

    def join_torrc_lines(self) -> list[str]:
        """torrc lines that make another tor (e.g. an embedded one) a client of this network."""
        return ["TestingTorNetwork 1", *self.dir_authority_lines(), "UseMicrodescriptors 0"]

    # ----- start and stop ----------------------------------------------------------------------

    def start(self, progress: Progress | None = None, timeout: float = 60.0) -> None:
        """Blocks until a fetch through the client's SocksPort works (about 10 s)."""
        report = progress or (lambda _message: None)
        self._cancel.clear()
        with self._lock:
            if self._client is not None:
                return
            began = time.monotonic()
            deadline = began + timeout
            try:
                self._prepare_directories()
                report("generating relay keys")
                self._generate_keys()
                self.timings["keys"] = time.monotonic() - began
                report(f"starting {len(self._nodes)} relays")
                self._start_relays()
                report("waiting for the first consensus")
                self._wait_for_consensus(deadline)
                self.timings["consensus"] = time.monotonic() - began
                report("starting the client")
                self._start_client(deadline)
                self.timings["bootstrapped"] = time.monotonic() - began
                report("fetching a page through the sandbox")
                self._wait_for_fetch(deadline)
                self.timings["ready"] = time.monotonic() - began
                report(f"ready — {NOT_ANONYMOUS}")
            except BaseException:
                self.stop()
                raise

    def stop(self) -> None:
        """Safe from any thread; interrupts a start() in progress (it raises SandboxError)."""
        self._cancel.set()
        with self._lock:
            processes = [node.process for node in self._nodes if node.process is not None]
            if self._client is not None:
                processes.append(self._client)
            for process in processes:
                process.request_stop()
            for process in processes:
                process.stop()
            for node in self._nodes:
                node.process = None
            self._client = None
            for node in self._nodes:
                node.release_ports()
            if self._client_ports is not None:
                self._client_ports.release()
            if self.remove_root_on_stop:
                shutil.rmtree(self.root_dir, ignore_errors=True)

    def stop_client(self) -> None:
        """Stop the client tor only; start_client() brings it back on the same ports."""
        with self._lock:
            if self._client is not None:
                self._client.stop()

    def start_client(self, timeout: float = 30.0) -> None:
        """(Re)start the client tor on its old ports; returns at Bootstrapped 100%."""
        self._cancel.clear()
        with self._lock:
            if not any(node.process for node in self._nodes):
                raise SandboxError("start() the sandbox first")
            self._start_client(time.monotonic() + timeout)

    def check_fetch(self, timeout: float = 15.0) -> None:
        """Raises OSError unless a GET through the client's SocksPort reaches a local server."""
        if self.netns is None:
            fetch_through(self.socks_port, timeout)
            return
        # Inside a namespace tor's 127.0.0.1 is not ours: run the probe there.
        package_root = Path(__file__).resolve().parents[2]
        command = [*self._netns_prefix(), sys.executable, "-m", "onionpanel.sandbox.probe"]
        result = subprocess.run(
            [*command, str(self.socks_port), str(timeout)],
            capture_output=True,
            text=True,
            timeout=timeout + 10,
            env={**os.environ, "PYTHONPATH": str(package_root)},
            check=False,
        )
        if result.returncode != 0:
            raise OSError(result.stderr.strip() or "the fetch in the namespace failed")

    # ----- sandbox.json ------------------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        nodes = [*self._nodes]
        return {
            "label": NOT_ANONYMOUS,
            "warning": "A practice Tor network on this machine. It gives no anonymity.",
            "root_dir": str(self.root_dir),
            "netns": self.netns,
            "control_host": "127.0.0.1",
            "control_port": self.control_port,
            "cookie_path": str(self.cookie_path),
            "socks_port": self.socks_port,
            "trans_port": self.trans_port,
            "dns_port": self.dns_port,
            "app_socks_port": self.app_socks_port,
            "app_profile": {"name": APP_PROFILE, "session_group": APP_SESSION_GROUP},
            "client_data_dir": str(self.client_data_dir),
            "exit_accept": list(self.exit_accept),
            "relays": [node.info() for node in nodes],
            "pids": self.pids,
            "torrc_paths": {
                name: str(self.root_dir / NODES_DIR / name / "torrc") for name in self.pids
            },
            "join_torrc_lines": self.join_torrc_lines(),
        }

    def write_info(self) -> Path:
        path = self.root_dir / INFO_FILE
        partial = path.with_suffix(".json.partial")
        partial.write_text(json.dumps(self.info(), indent=2, ensure_ascii=False) + "\n")
        partial.replace(path)
        return path

    # ----- the steps of start() ----------------------------------------------------------------

    def _prepare_directories(self) -> None:
        self.root_dir.mkdir(parents=True, exist_ok=True)
        if self.client_user:  # tor runs as that user after startup and must reach its files
            self.root_dir.chmod(0o755)
        nodes_dir = self.root_dir / NODES_DIR
        if nodes_dir.exists():  # a previous, stopped sandbox: its keys and caches would confuse
            shutil.rmtree(nodes_dir)
        nodes_dir.mkdir(mode=0o755)
        # Exits resolve nothing (P9): not even through a local resolver that forwards to the
        # internet. Port 9 is privileged and, on loopback, answered only by "port unreachable".
        # Relays skip the GeoIP parse (P10).
        (self.root_dir / "resolv.conf").write_text(f"nameserver {NO_RESOLVER}\n")
        (self.root_dir / "empty").write_text("")
        self._nodes = make_nodes(nodes_dir, self.counts)
        self._client_ports = ClientPorts.reserve()

    def _generate_keys(self) -> None:
        tor = self.tor_binary or find_tor_binary()
        generate_keys(self._nodes, tor, self.key_cache, self._cancel)

    def _netns_prefix(self) -> list[str]:
        return ["ip", "netns", "exec", self.netns] if self.netns else []

    def _relay_lines(self, node: Node, voting_offset: int) -> list[str]:
        return relay_lines(
            node, self._nodes, self.root_dir, self.exit_accept, voting_offset, self.tor_binary
        )

    def _client_lines(self) -> list[str]:
        return client_lines(self._ports(), self._nodes, self.client_extra_lines)

    def _start_relays(self) -> None:
        # The first consensus becomes valid FIRST_VALID_AFTER s from now (P2).
        voting_offset = int(time.time() + FIRST_VALID_AFTER + 0.999) % VOTING_INTERVAL
        for node in self._nodes:
            node.process = TorProcess(
                node.data_dir,
                self._relay_lines(node, voting_offset),
                tor_binary=self.tor_binary,
                netns=self.netns,
                owner_pid=self.owner_pid,
            )
        for node in self._nodes:
            assert node.process is not None
            node.release_ports()
            node.process.start()

    def _wait_for_consensus(self, deadline: float) -> None:
        """Until every authority publishes a consensus listing every relay (P2, P3)."""
        authorities = [node for node in self._nodes if node.role == "authority"]
        while time.monotonic() < deadline:
            self._raise_if_a_relay_died()
            if all(node.consensus_lists(self._nodes) for node in authorities):
                return
            time.sleep(0.1)
        raise SandboxError(
            "no consensus listing every relay before the deadline; authority log:\n"
            + self._log_tail(authorities[0])
        )

    def _raise_if_a_relay_died(self) -> None:
        if self._cancel.is_set():
            raise SandboxError("the sandbox was stopped while it was starting")
        for node in self._nodes:
            if node.process is not None and not node.process.running:
                raise SandboxError(f"{node.nickname} exited:\n{self._log_tail(node)}")

    @staticmethod
    def _log_tail(node: Node) -> str:
        return node.process.last_log_lines() if node.process else ""

    def _start_client(self, deadline: float) -> None:
        ports = self._ports()
        if self._client is None:
            self._client = TorProcess(
                self.client_data_dir,
                [],
                tor_binary=self.tor_binary,
                netns=self.netns,
                owner_pid=self.owner_pid,
                user=self.client_user,
            )
        self._client.torrc_lines = self._client_lines()
        self._client.stop()
        self._client.log_path.unlink(missing_ok=True)  # "Bootstrapped 100%" must be this run's
        ports.release()
        self._client.start()
        try:
            self._client.wait_for_control_port(max(1.0, deadline - time.monotonic()))
        except TorStartError as error:
            raise SandboxError(str(error)) from error
        while not self._client.wait_for_log("Bootstrapped 100%", timeout=0.5):
            if not self._client.running:
                raise SandboxError(f"the client exited:\n{self._client.last_log_lines()}")
            self._raise_if_a_relay_died()
            if time.monotonic() > deadline:
                raise SandboxError(
                    f"the client did not bootstrap in time:\n{self._client.last_log_lines()}"
                )

    def _wait_for_fetch(self, deadline: float) -> None:
        """ "Bootstrapped 100%" is one circuit; ready is a real fetch through an exit (P19)."""
        last_error: OSError | None = None
        while time.monotonic() < deadline:
            self._raise_if_a_relay_died()
            try:
                self.check_fetch(timeout=max(1.0, min(10.0, deadline - time.monotonic())))
                return
            except OSError as error:
                last_error = error
                time.sleep(0.2)
        raise SandboxError(f"no fetch through the sandbox worked: {last_error}")
