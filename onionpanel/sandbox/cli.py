"""``onionpanel sandbox start|stop DIR``: a practice Tor network for scripts. Not anonymous.

main(argv) -> int                       argv is what follows "sandbox"
is_sandbox_tor(pid, torrc_path) -> bool  pid is a live tor started with exactly that torrc
"""

from __future__ import annotations

import fcntl
import itertools
import json
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from onionpanel.commandline import command_parser
from onionpanel.sandbox.network import INFO_FILE, NOT_ANONYMOUS, SandboxError, SandboxNetwork

WARNING = f"{NOT_ANONYMOUS}: a practice Tor network on this machine. It gives no anonymity."
LOCK_FILE = "sandbox.lock"


def _say(message: str, stream: TextIO = sys.stdout) -> None:
    print(message, file=stream, flush=True)


def is_sandbox_tor(pid: int, torrc_path: str) -> bool:
    """True if ``pid`` is alive (not a zombie) and runs ``tor -f torrc_path``."""
    proc = Path(f"/proc/{pid}")
    try:
        state = (proc / "stat").read_text().rpartition(")")[2].split()[0]
        arguments = (proc / "cmdline").read_bytes().decode(errors="replace").split("\0")
    except (OSError, IndexError):
        return False
    if state == "Z" or not arguments or not Path(arguments[0]).name.startswith("tor"):
        return False
    return any(
        flag == "-f" and value == torrc_path for flag, value in itertools.pairwise(arguments)
    )


def _read_info(root: Path) -> dict[str, Any] | None:
    try:
        info: dict[str, Any] = json.loads((root / INFO_FILE).read_text())
    except (OSError, ValueError):
        return None
    return info


def _live_pids(info: dict[str, Any]) -> dict[str, int]:
    torrcs: dict[str, str] = info.get("torrc_paths", {})
    return {
        name: pid
        for name, pid in info.get("pids", {}).items()
        if isinstance(pid, int) and is_sandbox_tor(pid, torrcs.get(name, ""))
    }


def _summary(network: SandboxNetwork, root: Path) -> str:
    exits = len(network.exit_relays)
    return "\n".join(
        [
            WARNING,
            f"  control  {network.control_endpoint}  (cookie {network.cookie_path})",
            f"  socks    127.0.0.1:{network.socks_port}",
            f"  trans    127.0.0.1:{network.trans_port}",
            f"  dns      127.0.0.1:{network.dns_port}",
            f"  relays   {len(network.relays)} ({exits} exits, reaching only "
            f"{', '.join(network.exit_accept)}); ready in {network.timings['ready']:.1f} s",
            f"  info     {root / INFO_FILE}",
            f"Stop it with: onionpanel sandbox stop {root}",
        ]
    )


def start(root: Path, exits: int, middles: int) -> int:
    root.mkdir(parents=True, exist_ok=True)
    with (root / LOCK_FILE).open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            _say(f"A sandbox is already starting in {root}. ({NOT_ANONYMOUS})", sys.stderr)
            return 1
        info = _read_info(root)
        if info is not None and _live_pids(info):
            _say(
                f"A sandbox is already running in {root}. ({NOT_ANONYMOUS})\n"
                f"Stop it first with: onionpanel sandbox stop {root}",
                sys.stderr,
            )
            return 1
        (root / INFO_FILE).unlink(missing_ok=True)  # a stale one from a sandbox that died
        network = SandboxNetwork(root, exits=exits, middles=middles)
        _say(f"Starting a sandbox in {root}. {WARNING}", sys.stderr)
        try:
            network.start(progress=lambda step: _say(f"sandbox: {step}", sys.stderr))
        except SandboxError as error:
            _say(f"The sandbox did not start ({NOT_ANONYMOUS}): {error}", sys.stderr)
            return 1
        except KeyboardInterrupt:
            _say(f"Interrupted; every sandbox tor was stopped. ({NOT_ANONYMOUS})", sys.stderr)
            return 130
        network.write_info()
        _say(_summary(network, root))
        return 0


def stop(root: Path) -> int:
    info = _read_info(root)
    if info is None:
        _say(f"No sandbox is running in {root} (no {INFO_FILE}). ({NOT_ANONYMOUS})", sys.stderr)
        return 1
    live = _live_pids(info)
    if not live:
        (root / INFO_FILE).unlink(missing_ok=True)
        _say(
            f"No sandbox is running in {root}: its tor processes are already gone. "
            f"({NOT_ANONYMOUS})",
            sys.stderr,
        )
        return 1
    torrcs: dict[str, str] = info["torrc_paths"]
    for pid in live.values():
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _live_pids(info):
        time.sleep(0.1)
    for name, pid in _live_pids(info).items():
        if is_sandbox_tor(pid, torrcs[name]):
            os.kill(pid, signal.SIGKILL)
    (root / INFO_FILE).unlink(missing_ok=True)
    _say(f"Stopped the sandbox in {root}: {len(live)} tor processes. ({NOT_ANONYMOUS})")
    return 0


def main(argv: Sequence[str]) -> int:
    args = command_parser("sandbox").parse_args(list(argv))
    root: Path = args.dir.resolve()
    if args.command == "start":
        return start(root, args.exits, args.middles)
    return stop(root)
