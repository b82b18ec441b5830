"""``onionpanel status`` and ``onionpanel newnym``: the tor connection without the GUI.

  status_main(argv) -> int    endpoint, auth method, version, bootstrap, built circuits
  newnym_main(argv) -> int    ask tor for new circuits; say how long tor delays it
  status_report(status, built_circuits, socks_ports) -> dict    what --json prints

Exit codes: 0 fine, 1 cannot connect or authenticate (one line on stderr), 2 bad arguments.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from onionpanel.commandline import command_parser
from onionpanel.core.status import ControlEndpoint, TorStatus, listener_addresses
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.errors import TorError

SANDBOX_BANNER = "Sandbox — not anonymous"
R = TypeVar("R")


def _ask_password(endpoint: ControlEndpoint) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Control password for tor at {endpoint}: ")


def _run(command: str, control: str | None, work: Callable[[TorConnection], Awaitable[R]]) -> R:
    """Connect, do the work, disconnect. TorError leaves as-is for the caller to print."""

    async def session() -> R:
        connection = TorConnection(control, password_provider=_ask_password)
        try:
            await connection.connect()
            return await work(connection)
        finally:
            await connection.close()

    return asyncio.run(session())


def _fail(command: str, error: TorError) -> int:
    print(f"onionpanel {command}: {error}", file=sys.stderr)
    return 1


def status_report(
    status: TorStatus, built_circuits: int, socks_ports: Sequence[str] = ()
) -> dict[str, Any]:
    return {
        "endpoint": str(status.endpoint) if status.endpoint else None,
        "auth_method": status.auth_method.value if status.auth_method else None,
        "tor_version": status.version,
        "version_status": status.version_status,
        "bootstrap": {
            "progress": status.bootstrap.progress,
            "tag": status.bootstrap.tag,
            "summary": status.bootstrap.summary,
            "warning": status.bootstrap.warning,
            "reason": status.bootstrap.reason,
        },
        "built_circuits": built_circuits,
        "socks_ports": list(socks_ports),  # where applications reach this tor
        "sandbox": status.sandbox,
    }


def _status_text(report: dict[str, Any]) -> str:
    bootstrap = report["bootstrap"]
    version = report["tor_version"] + (
        f" ({report['version_status']})" if report["version_status"] else ""
    )
    phase = f"{bootstrap['progress']}% {bootstrap['summary'] or bootstrap['tag']}".rstrip()
    if bootstrap["warning"]:
        phase += f" — problem: {bootstrap['warning']}"
    lines = [SANDBOX_BANNER] if report["sandbox"] else []
    lines += [
        f"endpoint:   {report['endpoint']}",
        f"auth:       {report['auth_method']}",
        f"tor:        {version}",
        f"bootstrap:  {phase}",
        f"circuits:   {report['built_circuits']} built",
        f"socks:      {', '.join(report['socks_ports']) or 'none'}",
    ]
    return "\n".join(lines)


def status_main(argv: Sequence[str]) -> int:
    args = command_parser("status").parse_args(list(argv))

    async def collect(connection: TorConnection) -> dict[str, Any]:
        socks = listener_addresses(await connection.get_info("net/listeners/socks"))
        return status_report(connection.status, await connection.circuit_count(), socks)

    try:
        report = _run("status", args.control, collect)
    except TorError as error:
        return _fail("status", error)
    print(json.dumps(report, indent=2) if args.json else _status_text(report))
    return 0


def newnym_main(argv: Sequence[str]) -> int:
    args = command_parser("newnym").parse_args(list(argv))

    async def newnym(connection: TorConnection) -> tuple[float, bool]:
        return await connection.signal_newnym(), connection.status.sandbox

    try:
        wait, sandbox = _run("newnym", args.control, newnym)
    except TorError as error:
        return _fail("newnym", error)
    if sandbox:
        print(SANDBOX_BANNER)
    if wait > 0:
        print(f"tor rate-limits new identities: new circuits in {wait:.0f} s")
    else:
        print("new circuits requested")
    return 0
