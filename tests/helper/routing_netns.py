"""Support for the routing helper tests: configs, and throwaway network namespaces with real nft.

load_example()           the packaged example, with users resolved to fixed uids
NetNs                    a namespace the test owns: run(), nft(), start(agent ...), list_table()
FrameCounter             the independent leak counter (frame_counter.py) on the outside veth end
add_container(netns)     a container namespace behind a bridge in the client namespace
make_netns()             a fresh NetNs with lo up and 198.51.100.1/24 on a dummy interface;
                         deleted by the fixture in conftest.py, with every process in it
cgroup2_root()           where the cgroup v2 hierarchy is mounted, if anywhere
ProfileSlice             a profile's user slice and a scope in it, made by hand in cgroup v2
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onionpanel.helper.config import Config, load_config

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "config" / "config.example.toml"
AGENT = Path(__file__).resolve().parent / "netns_agent.py"
COUNTER = Path(__file__).resolve().parent / "frame_counter.py"
DESTINATION = "198.51.100.1"
CLIENT = "198.51.100.2"
DESTINATION6 = "2001:db8:6::1"
CLIENT6 = "2001:db8:6::2"
# Fixed uids so golden files do not depend on the machine's passwd.
EXAMPLE_UIDS = {"debian-tor": 102, "proxy": 13}

needs_root = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("nft") is None or shutil.which("ip") is None,
    reason="needs root, nft and ip (network namespaces)",
)


def load_example() -> Config:
    return load_config(EXAMPLE, user_id=EXAMPLE_UIDS.get, trust=False)  # a checkout may be yours


class Agent:
    """One netns_agent.py process; reads its stdout line by line (own buffer, so select works)."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.buffer = b""

    def _next_line(self, timeout: float) -> str | None:
        assert self.process.stdout is not None
        descriptor = self.process.stdout.fileno()
        while b"\n" not in self.buffer:
            if not select.select([descriptor], [], [], timeout)[0]:
                return None
            chunk = os.read(descriptor, 4096)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode().strip()

    def line(self, timeout: float = 40.0) -> str:
        line = self._next_line(timeout)
        assert line is not None, "agent said nothing"
        return line

    def lines_so_far(self) -> list[str]:
        """Every line printed until now (the agent keeps running)."""
        lines = []
        while (line := self._next_line(0.2)) is not None:
            lines.append(line)
        return lines

    def tell(self, text: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(text.encode() + b"\n")
        self.process.stdin.flush()
        return self.line()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)


class NetNs:
    def __init__(self, name: str) -> None:
        self.name = name
        self.agents: list[Agent] = []
        self.destination: NetNs | None = None
        self.container: NetNs | None = None

    @property
    def nft_argv(self) -> list[str]:
        return ["ip", "netns", "exec", self.name, "nft"]

    @property
    def nft_argv_with_cgroups(self) -> list[str]:
        """nft where it can resolve cgroup paths: ``ip netns exec`` mounts a fresh /sys without
        cgroups, so a private mount namespace puts cgroup v2 back at /sys/fs/cgroup, where
        nft looks (on the host the helper runs in, it is already there)."""
        mount = 'mount -t cgroup2 cgroup2 /sys/fs/cgroup && exec "$@"'
        # a prefix that runs any command there (the helper runs its other looks the same way)
        prefix = ["ip", "netns", "exec", self.name, "unshare", "--mount", "sh", "-c", mount, "sh"]
        return [*prefix, "nft"]

    def run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["ip", "netns", "exec", self.name, *argv],
            capture_output=True,
            text=True,
            check=check,
            timeout=30,
        )

    def nft(self, *args: str, stdin: str | None = None) -> str:
        result = subprocess.run(
            [*self.nft_argv, *args], input=stdin, capture_output=True, text=True, timeout=30
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def list_table(self, family: str, name: str) -> str | None:
        result = self.run("nft", "list", "table", family, name, check=False)
        return result.stdout if result.returncode == 0 else None

    def start(self, *args: str) -> Agent:
        process = subprocess.Popen(
            ["ip", "netns", "exec", self.name, sys.executable, str(AGENT), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
        )
        agent = Agent(process)
        self.agents.append(agent)
        return agent

    @property
    def proc_net(self) -> Path:
        """/proc/PID/net of a process inside the namespace: its sockets, as the helper sees them."""
        if not hasattr(self, "_sleeper"):
            self._sleeper = subprocess.Popen(["ip", "netns", "exec", self.name, "sleep", "3600"])
            self.agents.append(Agent(self._sleeper))
        return Path(f"/proc/{self._sleeper.pid}/net")

    def ask(self, *args: str) -> str:
        """Run a one-shot agent command and return its one-line answer."""
        agent = self.start(*args)
        try:
            return agent.line()
        finally:
            agent.stop()

    def helper(self, *args: str) -> subprocess.CompletedProcess[str]:
        """The real CLI, as root, inside the namespace."""
        return subprocess.run(
            ["ip", "netns", "exec", self.name, sys.executable, "-m", "onionpanel.helper", *args],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        )


class FrameCounter:
    """frame_counter.py in the destination namespace, counting what arrives from the client."""

    def __init__(self, namespace: NetNs, *allow: str) -> None:
        assert namespace.destination is not None
        process = subprocess.Popen(
            [
                *("ip", "netns", "exec", namespace.destination.name),
                *(sys.executable, str(COUNTER), "op1", *allow),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
        )
        self.agent = Agent(process)
        namespace.destination.agents.append(self.agent)
        assert self.agent.line() == "ready"

    def arm(self) -> float:
        return float(self.agent.tell("arm").split()[1])

    def disarm(self) -> None:
        self.agent.tell("disarm")

    def report(self, since: float | None = None) -> str:
        return self.agent.tell("report" if since is None else f"report {since:.6f}")

    def leaks(self, since: float) -> list[str]:
        lines = [self.agent.tell(f"leaks {since:.6f}")]
        while lines[-1] != "end":
            lines.append(self.agent.line())
        return lines[:-1]

    def assert_clean(self, since: float | None = None) -> None:
        report = self.report(since)
        assert report.startswith("clean"), f"a frame left the client namespace: {report}"


def make_netns() -> NetNs:
    """The client namespace (where the helper's table goes) plus a destination namespace
    behind a veth pair: client 198.51.100.2/24 <-> destination 198.51.100.1/24."""
    namespace = NetNs(f"ophelper{os.getpid()}")
    namespace.destination = NetNs(f"ophelperdst{os.getpid()}")
    client, destination = namespace.name, namespace.destination.name
    try:
        for name in (client, destination):
            subprocess.run(["ip", "netns", "add", name], check=True)
        subprocess.run(
            [
                "ip",
                "-n",
                client,
                "link",
                "add",
                "op0",
                "type",
                "veth",
                "peer",
                "name",
                "op1",
                "netns",
                destination,
            ],
            check=True,
        )
        pairs = ((client, "op0", CLIENT, CLIENT6), (destination, "op1", DESTINATION, DESTINATION6))
        for name, device, address, address6 in pairs:
            for argv in (
                ["link", "set", "lo", "up"],
                ["addr", "add", f"{address}/24", "dev", device],
                ["addr", "add", f"{address6}/64", "dev", device, "nodad"],
                ["link", "set", device, "up"],
            ):
                subprocess.run(["ip", "-n", name, *argv], check=True)
        namespace.run("sysctl", "-qw", "net.ipv4.ping_group_range=0 2147483647")
    except BaseException:
        remove_netns(namespace)
        raise
    return namespace


CONTAINER = "10.77.0.2"
MASQUERADE = """\
table ip containerhost {
    chain postrouting {
        type nat hook postrouting priority srcnat; policy accept;
        ip saddr 10.77.0.0/24 oifname "op0" masquerade
    }
}
"""


def add_container(namespace: NetNs) -> NetNs:
    """A container behind a bridge in the client namespace, as docker0 or virbr0 would be:
    bridge opbr0 10.77.0.1/24, the container 10.77.0.2 with its default route through it,
    forwarding on and a masquerade of the host's own (another table, not the helper's)."""
    container = NetNs(f"opctr{os.getpid()}")
    namespace.container = container
    subprocess.run(["ip", "netns", "add", container.name], check=True)
    host = ["ip", "-n", namespace.name]
    for argv in (
        [*host, "link", "add", "opbr0", "type", "bridge"],
        [*host, "addr", "add", "10.77.0.1/24", "dev", "opbr0"],
        [*host, "link", "set", "opbr0", "up"],
        [
            *host,
            "link",
            "add",
            "opc0",
            "type",
            "veth",
            "peer",
            "name",
            "eth0",
            "netns",
            container.name,
        ],
        [*host, "link", "set", "opc0", "master", "opbr0", "up"],
        ["ip", "-n", container.name, "link", "set", "lo", "up"],
        ["ip", "-n", container.name, "addr", "add", f"{CONTAINER}/24", "dev", "eth0"],
        ["ip", "-n", container.name, "link", "set", "eth0", "up"],
        ["ip", "-n", container.name, "route", "add", "default", "via", "10.77.0.1"],
    ):
        subprocess.run(argv, check=True)
    namespace.run("sysctl", "-qw", "net.ipv4.ip_forward=1")
    container.run("sysctl", "-qw", "net.ipv4.ping_group_range=0 2147483647")
    namespace.nft("-f", "-", stdin=MASQUERADE)
    return container


def remove_netns(namespace: NetNs) -> None:
    for owner in (namespace, namespace.destination, namespace.container):
        if owner is None:
            continue
        for agent in owner.agents:
            agent.stop()
        subprocess.run(["ip", "netns", "del", owner.name], check=False, capture_output=True)


def cgroup2_root() -> Path | None:
    """/sys/fs/cgroup on a cgroup v2 host; /sys/fs/cgroup/unified on a hybrid one."""
    for line in Path("/proc/self/mounts").read_text().splitlines():
        fields = line.split()
        if len(fields) > 2 and fields[2] == "cgroup2":
            return Path(fields[1])
    return None


class ProfileSlice:
    """What ``systemd-run --user --scope --slice=onionpanel-PROFILE.slice`` makes, made by hand:
    there is no user systemd here (a stand-in for systemd, not for the kernel: the cgroups and
    the nft matches on them are real). Only the directories it created are removed."""

    def __init__(self, root: Path, uid: str, profile: str) -> None:
        self.relative = (
            f"user.slice/user-{uid}.slice/user@{uid}.service/onionpanel.slice/"
            f"onionpanel-{profile}.slice"
        )
        self.root = root
        self.scope = root / self.relative / f"run-onionpanel-test-{os.getpid()}.scope"
        self.created: list[Path] = []

    def create(self) -> None:
        path = self.root
        for part in Path(self.relative, self.scope.name).parts:
            path = path / part
            if not path.exists():
                path.mkdir()
                self.created.append(path)

    def join(self, pid: int) -> None:
        (self.scope / "cgroup.procs").write_text(str(pid))

    def remove(self) -> None:
        if self.scope.exists():
            for pid in (self.scope / "cgroup.procs").read_text().split():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(int(pid), 9)
        for path in reversed(self.created):
            for _ in range(50):  # a killed process leaves its cgroup a moment later
                try:
                    path.rmdir()
                    break
                except OSError:
                    time.sleep(0.05)


# The [[router]] entry for add_container's bridge: tor's ports on the host's address there.
OPBR0_ROUTER = """
[[router]]
interfaces = ["opbr0"]
address = "10.77.0.1"
trans_port = 9140
dns_port = 9153
"""
