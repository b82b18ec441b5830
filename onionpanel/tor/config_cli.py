"""``onionpanel config [--json] [--timeout S]``: what tor is configured to do and where each
setting comes from, for people and scripts. Read-only, like the Configuration page.

  config_main(argv) -> int      0 fine, 1 cannot connect or no answer in time (one line on
                                stderr; with --json also {"error": "..."} on stdout),
                                2 bad arguments
  config_text(report) -> str    the plain-text form

Where a setting comes from reads ``/etc/tor/torrc:12``; on NixOS also the option path that
produces it (``services.tor.settings.SOCKSPort``).
"""

from __future__ import annotations

import asyncio
import getpass
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import replace

from onionpanel.commandline import command_parser
from onionpanel.core.nixos_options import nixos_option
from onionpanel.core.status import ControlEndpoint
from onionpanel.core.text import printable
from onionpanel.core.torconfig import ConfigReport
from onionpanel.core.torports import isolation_words
from onionpanel.core.torrc import Source
from onionpanel.tor.config_reader import read_config
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.errors import TorError

SANDBOX_BANNER = "Sandbox — not anonymous"


def _ask_password(endpoint: ControlEndpoint) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Control password for tor at {endpoint}: ")


async def _collect(control: str | None, deadline: float) -> ConfigReport:
    connection = TorConnection(control, password_provider=_ask_password, deadline=deadline)
    try:
        await connection.connect()
        report = await read_config(connection)
        if connection.status.sandbox and not report.sandbox:
            report = replace(report, sandbox=True)
        return report
    finally:
        await connection.close()


def _where(source: Source, option: str, nixos: bool) -> str:
    where = source.where
    if nixos:
        where += f"  (NixOS: {nixos_option(option, source.text)})"
    return where


def config_text(report: ConfigReport) -> str:
    lines = [SANDBOX_BANNER] if report.sandbox else []
    lines += [
        f"torrc:          {report.config_file or 'unknown'}",
        f"defaults file:  {report.defaults_file or 'none'}",
        "",
        "Ports:",
    ]
    for item in report.listeners:
        state = "" if item.listening else "  [not listening]"
        lines.append(f"  {item.option:<15} {item.address}{state}")
        lines.append(f"      from {_where(item.source, item.option, report.nixos)}")
        lines += [f"      - {isolation_words(rule, item)}" for rule in item.isolation]
        if item.other_flags:
            lines.append(f"      flags: {' '.join(item.other_flags)}")
    lines += ["", f"Bridges: {'used' if report.use_bridges else 'not used'}"]
    for bridge in report.bridges:
        kind = bridge.transport or "plain"
        reason = f" ({bridge.reason})" if bridge.reason else ""
        lines.append(f"  {kind} {bridge.address}: {bridge.state.value}{reason}")
        lines.append(f"      from {_where(bridge.source, 'Bridge', report.nixos)}")
    lines += ["", "Onion services:"]
    for service in report.onion_services:
        name = service.name or f"(hostname not readable: {service.problem})"
        lines.append(f"  {name}  [{service.origin}]")
        if service.directory:
            lines.append(f"      directory {service.directory}, ports {', '.join(service.ports)}")
            lines.append(f"      from {_where(service.source, 'HiddenServiceDir', report.nixos)}")
    relay = report.relay
    lines += ["", f"Relay: {relay.role or 'no (ORPort is not set)'}"]
    if relay.role:
        lines.append(f"  nickname {relay.nickname}, fingerprint {relay.fingerprint or '?'}")
        lines.append(f"  ORPort {', '.join(relay.or_ports)}, reachable: {relay.reachable_or}")
        if relay.accounting:
            lines.append(f"  accounting: {relay.accounting}")
    lines += ["", "Other options:"]
    for setting in report.other:
        where = _where(setting.source, setting.key, report.nixos)
        lines.append(f"  {setting.key} {setting.value}    [{where}]")
    lines += [f"note: {note}" for note in report.notes]
    return "\n".join(lines)


def config_main(argv: Sequence[str]) -> int:
    args = command_parser("config").parse_args(list(argv))
    logging.getLogger().addHandler(logging.NullHandler())  # the one line below says it all
    try:
        report = asyncio.run(_collect(args.control, args.timeout))
    except TorError as error:
        message = printable(" ".join(str(error).split()), 400)
        if args.json:
            print(json.dumps({"error": message}))
        print(f"onionpanel config: {message}", file=sys.stderr)
        return 1
    print(json.dumps(report.to_json(), indent=2) if args.json else config_text(report))
    return 0
