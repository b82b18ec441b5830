"""A private Tor network on loopback for practice and tests. It gives NO anonymity.

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
default_key_cache() -> Path   $XDG_CACHE_HOME/onionpanel/sandbox-keys: relay keys, reused
                              by every sandbox of this user (key_cache=None: always generate)
Relay               one relay as the network sees it: nickname, fingerprint, role, ports
SandboxError        the network did not come up; the message carries tor's own words
NOT_ANONYMOUS       the label every surface shows: "Sandbox — not anonymous"
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onionpanel.core.status import ControlEndpoint
from onionpanel.launcher.process import (
    TorProcess,
    TorStartError,
    find_tor_binary,
    port_of,
    reserve_tcp_port,
    reserve_udp_port,
)
from onionpanel.sandbox.probe import fetch_through
from onionpanel.xdg import cache_home

NOT_ANONYMOUS = "Sandbox — not anonymous"
# the client's second SocksPort stands for a tor-isolated routing profile's port
APP_PROFILE = "isolated-app"
APP_SESSION_GROUP = 41
INFO_FILE = "sandbox.json"
NODES_DIR = "nodes"
CLIENT_NICKNAME = "client"
VOTING_INTERVAL = 10  # seconds; tor's minimum is 10 (P1)
FIRST_VALID_AFTER = 7  # seconds after the relays start: they upload descriptors at +2..2.5 (P2)
NO_RESOLVER = "127.0.0.1:9"
KEY_CACHE_MAX_AGE = 30 * 24 * 3600  # well inside the 12-month authority certificates
GEOIP_FILES = (Path("/usr/share/tor/geoip"), Path("/usr/share/tor/geoip6"))

Progress = Callable[[str], None]


class SandboxError(RuntimeError):
    """The sandbox network could not be built or did not become ready."""


@dataclass(frozen=True)
class Relay:
    nickname: str
    fingerprint: str  # 40 hex digits, RSA identity
    role: str  # "authority", "middle" or "exit"
    or_port: int
    dir_port: int = 0  # authorities only
    v3ident: str = ""  # authorities only

    @property
    def is_exit(self) -> bool:
        return self.role == "exit"

    @property
    def is_authority(self) -> bool:
        return self.role == "authority"


@dataclass
class _Node:
    nickname: str
    role: str
    data_dir: Path
    or_port: int
    dir_port: int = 0  # authorities only
    reserved: list[socket.socket] = field(default_factory=list)  # held until tor starts
    fingerprint: str = ""
    v3ident: str = ""
    process: TorProcess | None = None

    def relay(self) -> Relay:
        return Relay(
            self.nickname, self.fingerprint, self.role, self.or_port, self.dir_port, self.v3ident
        )

    def release_ports(self) -> None:
        """Let go of the reserved ports just before tor binds them."""
        for reserved in self.reserved:
            reserved.close()
        self.reserved.clear()


@dataclass
class _ClientPorts:
    socks: int
    control: int
    trans: int
    dns: int
    app_socks: int
    reserved: list[socket.socket] = field(default_factory=list)

    def release(self) -> None:
        for reserved in self.reserved:
            reserved.close()
        self.reserved.clear()


def _identity_base64(fingerprint: str) -> str:
    """How a consensus "r" line spells a relay's identity."""
    return base64.b64encode(bytes.fromhex(fingerprint)).decode().rstrip("=")


def _find_gencert(tor_binary: str) -> str:
    beside_tor = Path(tor_binary).with_name("tor-gencert")
    found = shutil.which("tor-gencert") or (str(beside_tor) if beside_tor.exists() else None)
    if found is None:
        raise SandboxError("tor-gencert is missing (Debian/Ubuntu: it comes with the tor package)")
    return found


def default_key_cache() -> Path:
    return cache_home() / "onionpanel" / "sandbox-keys"


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
        self._nodes: list[_Node] = []
        self._client: TorProcess | None = None
        self._client_ports: _ClientPorts | None = None

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

    def _ports(self) -> _ClientPorts:
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
        return [
            f"DirAuthority {node.nickname} orport={node.or_port} "
            f"v3ident={node.v3ident} 127.0.0.1:{node.dir_port} {node.fingerprint}"
            for node in self._nodes
            if node.role == "authority"
        ]

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
            "relays": [
                {
                    "nickname": node.nickname,
                    "fingerprint": node.fingerprint,
                    "role": node.role,
                    "exit": node.role == "exit",
                    "or_port": node.or_port,
                    "dir_port": node.dir_port or None,
                    "pid": node.process.pid if node.process else None,
                }
                for node in nodes
            ],
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
        self._nodes = []
        for role, prefix in (("authority", "sbauth"), ("middle", "sbmiddle"), ("exit", "sbexit")):
            for index in range(self.counts[role]):
                nickname = f"{prefix}{index}"
                data_dir = nodes_dir / nickname
                data_dir.mkdir(mode=0o700)
                reserved = [reserve_tcp_port() for _ in range(2 if role == "authority" else 1)]
                ports = [port_of(port) for port in reserved] + [0]
                self._nodes.append(_Node(nickname, role, data_dir, ports[0], ports[1], reserved))
        reserved = [reserve_tcp_port() for _ in range(3)] + [reserve_udp_port(), reserve_tcp_port()]
        socks, control, trans, dns, app_socks = (port_of(port) for port in reserved)
        self._client_ports = _ClientPorts(socks, control, trans, dns, app_socks, reserved)

    def _generate_keys(self) -> None:
        """Relay identities and authority certificates, all in parallel (≈2 s on 2 cores)."""
        tor = self.tor_binary or find_tor_binary()
        jobs: list[tuple[_Node, str, subprocess.Popen[bytes]]] = []
        for node in self._nodes:
            if self._restore_keys(node):
                continue
            fingerprint_command = [
                *(tor, "--ignore-missing-torrc", "-f", "/dev/null"),
                *("--defaults-torrc", "/dev/null", "--orport", "1"),
                *("--datadirectory", str(node.data_dir), "--nickname", node.nickname),
                *("--list-fingerprint", "--quiet"),
            ]
            jobs.append((node, "fingerprint", self._spawn_quietly(fingerprint_command)))
            if node.role == "authority":
                keys = node.data_dir / "keys"
                keys.mkdir(mode=0o700, exist_ok=True)
                gencert_command = [
                    *(_find_gencert(tor), "--create-identity-key", "-m", "12"),
                    *("-a", f"127.0.0.1:{node.dir_port}"),
                    *("-i", str(keys / "authority_identity_key")),
                    *("-s", str(keys / "authority_signing_key")),
                    *("-c", str(keys / "authority_certificate"), "--passphrase-fd", "0"),
                ]
                jobs.append((node, "gencert", self._spawn_quietly(gencert_command)))
        try:
            for node, kind, job in jobs:
                self._read_key_job(node, kind, job)
            for node in {node.nickname: node for node, _, _ in jobs}.values():
                self._store_keys(node)
        finally:  # on failure, cancel or Ctrl-C no key generator outlives us
            for _, _, job in jobs:
                if job.poll() is None:
                    job.kill()
                job.wait()
                if job.stdout is not None:
                    job.stdout.close()

    def _restore_keys(self, node: _Node) -> bool:
        if self.key_cache is None:
            return False
        entry = self.key_cache / node.nickname
        try:
            if self._is_stale(entry):
                return False
            identity = json.loads((entry / "identity.json").read_text())
            shutil.copytree(entry / "keys", node.data_dir / "keys", dirs_exist_ok=True)
        except (OSError, ValueError):
            shutil.rmtree(node.data_dir / "keys", ignore_errors=True)  # no half-copied identity
            return False
        (node.data_dir / "keys").chmod(0o700)
        node.fingerprint = str(identity.get("fingerprint", ""))
        node.v3ident = str(identity.get("v3ident", ""))
        return bool(node.fingerprint) and (node.role != "authority" or bool(node.v3ident))

    def _store_keys(self, node: _Node) -> None:
        """Into the cache, atomically: a parallel sandbox may be storing the same nickname."""
        if self.key_cache is None:
            return
        entry = self.key_cache / node.nickname
        partial = self.key_cache / f".{node.nickname}.{os.getpid()}.{threading.get_ident()}"
        try:
            self.key_cache.mkdir(mode=0o700, parents=True, exist_ok=True)
            if entry.exists() and not self._is_stale(entry):
                return
            shutil.rmtree(entry, ignore_errors=True)
            shutil.copytree(node.data_dir / "keys", partial / "keys")
            identity = {"fingerprint": node.fingerprint, "v3ident": node.v3ident}
            (partial / "identity.json").write_text(json.dumps(identity))
            partial.rename(entry)
        except OSError:
            pass  # someone else stored it first, or no cache here: we just generate next time
        finally:
            shutil.rmtree(partial, ignore_errors=True)

    @staticmethod
    def _is_stale(entry: Path) -> bool:
        return time.time() - entry.stat().st_mtime > KEY_CACHE_MAX_AGE

    def _read_key_job(self, node: _Node, kind: str, job: subprocess.Popen[bytes]) -> None:
        while job.poll() is None:
            if self._cancel.wait(0.05):
                raise SandboxError("the sandbox was stopped while it was starting")
        output, _ = job.communicate()
        if job.returncode != 0:
            words = output.decode(errors="replace").strip()
            raise SandboxError(f"{kind} for {node.nickname} failed: {words}")
        if kind == "fingerprint":
            node.fingerprint = "".join(output.decode().strip().splitlines()[-1].split()[1:])
        else:
            node.v3ident = self._v3ident(node.data_dir / "keys" / "authority_certificate")

    @staticmethod
    def _spawn_quietly(command: list[str]) -> subprocess.Popen[bytes]:
        # stdin /dev/null: the empty passphrase tor-gencert reads from fd 0
        return subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )

    @staticmethod
    def _v3ident(certificate: Path) -> str:
        for line in certificate.read_text().splitlines():
            if line.startswith("fingerprint "):
                return line.split()[1]
        raise SandboxError(f"no fingerprint line in {certificate}")

    def _netns_prefix(self) -> list[str]:
        return ["ip", "netns", "exec", self.netns] if self.netns else []

    def _common_lines(self, nickname: str) -> list[str]:
        return [
            "TestingTorNetwork 1",
            f"Nickname {nickname}",
            "SafeLogging 0",
            "LogTimeGranularity 1",
            "ShutdownWaitLength 0",
            *self.dir_authority_lines(),
        ]

    def _relay_lines(self, node: _Node, voting_offset: int) -> list[str]:
        lines = [
            *self._common_lines(node.nickname),
            "SocksPort 0",
            f"ORPort 127.0.0.1:{node.or_port}",
            "Address 127.0.0.1",
            "AssumeReachable 1",  # P8: publish at once instead of after 30 s of self-tests
            "ContactInfo sandbox@example.invalid",
            "ConnLimit 60",
            f"ServerDNSResolvConfFile {self.root_dir / 'resolv.conf'}",
            "ServerDNSDetectHijacking 0",
            "ServerDNSTestAddresses",  # empty: no DNS self-test lookups leave the machine
            f"GeoIPFile {self.root_dir / 'empty'}",
            f"GeoIPv6File {self.root_dir / 'empty'}",
        ]
        if node.role == "exit":
            lines += [
                "ExitRelay 1",
                "ExitPolicyRejectPrivate 0",
                "RefuseUnknownExits 0",  # P5: serve the middle even before our own consensus
                *(f"ExitPolicy accept {network}:*" for network in self.exit_accept),
                "ExitPolicy reject *:*",  # never a way out to the real internet
                "DirCache 0",  # P4
            ]
        elif node.role == "middle":
            lines += ["ExitRelay 0", "DirCache 0"]
        else:
            lines += self._authority_lines(node, voting_offset)
        return lines

    def _authority_lines(self, node: _Node, voting_offset: int) -> list[str]:
        exit_fingerprints = ",".join(n.fingerprint for n in self._nodes if n.role == "exit")
        return [
            "ExitRelay 0",
            "AuthoritativeDirectory 1",
            "V3AuthoritativeDirectory 1",
            f"DirPort 127.0.0.1:{node.dir_port}",
            f"TestingV3AuthInitialVotingInterval {VOTING_INTERVAL}",
            "TestingV3AuthInitialVoteDelay 2",
            "TestingV3AuthInitialDistDelay 2",
            f"V3AuthVotingInterval {VOTING_INTERVAL}",
            "V3AuthVoteDelay 2",
            "V3AuthDistDelay 2",
            "V3AuthNIntervalsValid 2",
            f"TestingV3AuthVotingStartOffset {voting_offset}",
            f"TestingDirAuthVoteExit {exit_fingerprints}",  # P7: not "*"
            "TestingDirAuthVoteGuard *",
            "TestingDirAuthVoteHSDir *",
            "TestingMinExitFlagThreshold 0",
            "VersioningAuthoritativeDirectory 1",  # P11: stem validate=True wants versions
            f"RecommendedVersions {self._tor_version()}",
        ]

    def _tor_version(self) -> str:
        output = subprocess.run(
            [self.tor_binary or find_tor_binary(), "--version"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        words = output.split()
        version = words[2].rstrip(".") if len(words) > 2 else ""
        return version.split("-")[0] or "0.4.9.11"

    def _client_lines(self) -> list[str]:
        ports = self._ports()
        lines = [
            *self._common_lines(CLIENT_NICKNAME),
            f"SocksPort 127.0.0.1:{ports.socks}",
            f"ControlPort 127.0.0.1:{ports.control}",
            "CookieAuthentication 1",
            f"TransPort 127.0.0.1:{ports.trans}",
            f"DNSPort 127.0.0.1:{ports.dns}",
            f"SocksPort 127.0.0.1:{ports.app_socks} SessionGroup={APP_SESSION_GROUP}",
            "ConfluxEnabled 0",  # P12: one circuit per stream, as tests expect
            "UseMicrodescriptors 0",  # P6: strict exit policies are only visible in full descs
            "FetchUselessDescriptors 1",  # desc/all-recent works for the panel
        ]
        geoip, geoip6 = GEOIP_FILES
        if geoip.exists() and geoip6.exists():
            lines += [f"GeoIPFile {geoip}", f"GeoIPv6File {geoip6}"]
        return [*lines, *self.client_extra_lines]

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
        identities = [_identity_base64(node.fingerprint) for node in self._nodes]
        authorities = [node for node in self._nodes if node.role == "authority"]
        while time.monotonic() < deadline:
            self._raise_if_a_relay_died()
            if all(self._consensus_lists(node, identities) for node in authorities):
                return
            time.sleep(0.1)
        raise SandboxError(
            "no consensus listing every relay before the deadline; authority log:\n"
            + self._log_tail(authorities[0])
        )

    @staticmethod
    def _consensus_lists(node: _Node, identities: Sequence[str]) -> bool:
        try:
            text = (node.data_dir / "cached-consensus").read_text(errors="replace")
        except OSError:
            return False
        return all(f" {identity} " in text for identity in identities)

    def _raise_if_a_relay_died(self) -> None:
        if self._cancel.is_set():
            raise SandboxError("the sandbox was stopped while it was starting")
        for node in self._nodes:
            if node.process is not None and not node.process.running:
                raise SandboxError(f"{node.nickname} exited:\n{self._log_tail(node)}")

    @staticmethod
    def _log_tail(node: _Node) -> str:
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
