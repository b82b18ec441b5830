"""Reads what tor is configured to do, and where each setting comes from. Read-only: GETINFO
and GETCONF only; tor's files are read from disk when the panel may read them.

  await read_config(connection, bridge_events=None) -> ConfigReport
        connection: anything with async get_info(key) and get_conf(key) (TorConnection)
  subscribe_bridge_events(connection, handler) -> remove()
        handler({fingerprint or address: (status, reason)}) on ORCONN and GUARD events
  LocalFiles                 the FileAccess for this machine (core.torrc.read_tree)
  read_process(pid) -> (argv, cwd)   tor's command line and working directory, if readable

Blocking file reads run in a worker thread, never on the loop.
"""

from __future__ import annotations

import asyncio
import glob
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from onionpanel.core.nixos_options import is_nixos_torrc
from onionpanel.core.torconfig import (
    IMPORTANT_OPTIONS,
    ConfigReport,
    RelayInfo,
    bridge_states,
    control_port_services,
    hidden_services,
    parse_reachability,
)
from onionpanel.core.torports import PORT_OPTIONS, listeners, parse_listeners
from onionpanel.core.torrc import (
    FileAccess,
    Setting,
    Source,
    SourceKind,
    TorrcLine,
    TorrcTree,
    attribute,
    parse_command_line,
    parse_config_text,
    read_tree,
)
from onionpanel.tor.errors import CommandFailed

# Options whose effective value GETCONF gives even when it comes from the defaults file
# (config-text lists only what differs from the defaults).
GETCONF_OPTIONS = (*PORT_OPTIONS, "Bridge", "UseBridges", "ClientTransportPlugin", "BridgeRelay")
LISTENER_KINDS = sorted(set(PORT_OPTIONS.values()))
BridgeEvents = dict[str, tuple[str, str]]


class ConfigConnection(Protocol):
    async def get_info(self, key: str) -> str: ...
    async def get_conf(self, key: str) -> list[str]: ...


def _entries(path: str) -> list[str] | None:
    return os.listdir(path) if os.path.isdir(path) else None


def _read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


LocalFiles = FileAccess(read=_read, entries=_entries, glob=glob.glob)


def read_process(pid: int) -> tuple[list[str] | None, str]:
    """tor's argv and working directory from /proc; (None, "/") when unreadable or when
    the pid is not a tor here (tor in another PID namespace or on another machine)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None, "/"
    argv = [part.decode(errors="replace") for part in raw.split(b"\0") if part]
    if not argv or "tor" not in Path(argv[0]).name:
        return None, "/"
    try:
        cwd = os.readlink(f"/proc/{pid}/cwd")
    except OSError:
        cwd = "/"
    return argv, cwd


# A key or option this tor does not know reads as empty; a tor that stopped answering or went
# away is raised: a report of empty fields would pass for the truth.
async def _info(connection: ConfigConnection, key: str) -> str:
    try:
        return await connection.get_info(key)
    except CommandFailed:
        return ""


async def _conf(connection: ConfigConnection, key: str) -> list[str] | None:
    try:
        return await connection.get_conf(key)
    except CommandFailed:
        return None


def _read_files(
    config_file: str, defaults_file: str, pid: int | None
) -> tuple[TorrcTree, TorrcTree, list[str] | None]:
    argv, cwd = read_process(pid) if pid else (None, "/")
    torrc = read_tree(config_file, LocalFiles, cwd) if config_file else TorrcTree()
    defaults = TorrcTree()
    if defaults_file and os.path.exists(defaults_file):  # tor runs fine without one
        defaults = read_tree(defaults_file, LocalFiles, cwd)
    return torrc, defaults, argv


def _read_hostname(directory: str) -> str:
    return (Path(directory) / "hostname").read_text(encoding="ascii")


async def read_config(
    connection: ConfigConnection, bridge_events: BridgeEvents | None = None
) -> ConfigReport:
    loop = asyncio.get_running_loop()
    config_file = (await _info(connection, "config-file")).strip()
    defaults_file = (await _info(connection, "config-defaults-file")).strip()
    entries = parse_config_text(await _info(connection, "config-text"))
    pid_text = (await _info(connection, "process/pid")).strip()
    pid = int(pid_text) if pid_text.isdigit() else None
    torrc, defaults, argv = await loop.run_in_executor(
        None, _read_files, config_file, defaults_file, pid
    )
    entries = await _with_getconf(connection, entries)
    command_line = parse_command_line(argv) if argv is not None else None
    settings = attribute(
        entries,
        torrc.lines,
        defaults.lines,
        command_line,
        complete=torrc.complete and defaults.complete and bool(config_file),
    )
    listening = {
        kind: parse_listeners(await _info(connection, f"net/listeners/{kind}"))
        for kind in LISTENER_KINDS
    }
    by_key = _group(settings)
    use_bridges = any(s.value == "1" for s in by_key.get("usebridges", []))
    onions = await loop.run_in_executor(None, hidden_services, settings, _read_hostname)
    onions += control_port_services(
        await _info(connection, "onions/current"), await _info(connection, "onions/detached")
    )
    problems = (*torrc.problems, *defaults.problems)
    return ConfigReport(
        config_file=config_file,
        defaults_file=defaults_file,
        files_read=(*torrc.files, *defaults.files),
        problems=problems,
        nixos=is_nixos_torrc(config_file),
        listeners=tuple(listeners(_port_settings(settings), listening)),
        use_bridges=use_bridges,
        bridges=tuple(
            bridge_states(
                by_key.get("bridge", []),
                use_bridges,
                await _info(connection, "entry-guards"),
                await _info(connection, "orconn-status"),
                bridge_events,
            )
        ),
        transports=tuple(by_key.get("clienttransportplugin", [])),
        onion_services=tuple(onions),
        relay=await _relay(connection, by_key),
        other=tuple(_other(settings, defaults.lines)),
        sandbox=any(s.value == "1" for s in by_key.get("testingtornetwork", [])),
        notes=_notes(config_file, argv, problems, by_key),
    )


async def _with_getconf(
    connection: ConfigConnection, entries: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """config-text omits what equals a default, so a SocksPort from the defaults file is
    missing there; GETCONF names every value tor uses for these options."""
    result = list(entries)
    for option in GETCONF_OPTIONS:
        values = await _conf(connection, option)
        if values is None:
            continue
        kept = [(k, v) for k, v in result if k.lower() != option.lower()]
        if option == "UseBridges" and values == ["0"]:
            result = kept  # the default; nothing to attribute
            continue
        result = kept + [(option, value) for value in values if value]
    return result


def _group(settings: list[Setting]) -> dict[str, list[Setting]]:
    grouped: dict[str, list[Setting]] = {}
    for setting in settings:
        grouped.setdefault(setting.key.lower(), []).append(setting)
    return grouped


def _port_settings(settings: list[Setting]) -> list[Setting]:
    ports = {option.lower() for option in PORT_OPTIONS}
    return [setting for setting in settings if setting.key.lower() in ports]


def _other(settings: list[Setting], defaults: tuple[TorrcLine, ...]) -> list[Setting]:
    """Every other option tor reports, plus what only the defaults file sets."""
    result = [s for s in settings if s.key.lower() not in IMPORTANT_OPTIONS]
    shown = {s.key.lower() for s in settings}
    for line in defaults:
        key = line.key.lstrip("+/")
        if key.lower() not in shown and key.lower() not in IMPORTANT_OPTIONS:
            result.append(Setting(key, line.value, Source.of(line, SourceKind.DEFAULTS_FILE)))
    return result


async def _relay(connection: ConfigConnection, by_key: dict[str, list[Setting]]) -> RelayInfo:
    or_ports = tuple(s.value for s in by_key.get("orport", []) if s.value.split()[:1] != ["0"])
    if not or_ports:
        return RelayInfo("")
    bridge = any(s.value == "1" for s in by_key.get("bridgerelay", []))
    nickname = next((s.value for s in by_key.get("nickname", [])), "")
    reachable_or, reachable_dir = parse_reachability(
        await _info(connection, "status/reachability-succeeded")
    )
    return RelayInfo(
        "bridge" if bridge else "relay",
        nickname or "Unnamed",
        (await _info(connection, "fingerprint")).strip(),
        or_ports,
        reachable_or,
        reachable_dir,
        await _accounting(connection),
    )


async def _accounting(connection: ConfigConnection) -> str:
    if (await _info(connection, "accounting/enabled")).strip() != "1":
        return ""
    state = (await _info(connection, "accounting/hibernating")).strip()
    used = (await _info(connection, "accounting/bytes")).split()
    left = (await _info(connection, "accounting/bytes-left")).split()
    if len(used) == 2 and len(left) == 2:
        return f"{state}; read {used[0]} B, written {used[1]} B; left {left[0]} B / {left[1]} B"
    return state


def _notes(
    config_file: str,
    argv: list[str] | None,
    problems: tuple[tuple[str, str], ...],
    by_key: dict[str, list[Setting]],
) -> tuple[str, ...]:
    notes: list[str] = []
    if any(s.value == "1" for s in by_key.get("disablenetwork", [])):
        notes.append("DisableNetwork is 1: tor opens no ports but its control port")
    if not config_file:
        notes.append("tor did not say which torrc it read")
    if argv is None:
        notes.append(
            "tor's process is not visible here (another machine, container or user): the file "
            "lines assume tor read the same files this machine has"
        )
    notes += [f"cannot read {path}: {why}" for path, why in problems]
    return tuple(notes)


# --- bridge connection events ----------------------------------------------------------


def _bridge_event(event: Any) -> BridgeEvents | None:
    """stem thread: ORCONN and GUARD events -> {fingerprint or address: (status, reason)}."""
    endpoint = str(getattr(event, "endpoint", "") or "")
    status = str(getattr(event, "status", "") or "")
    reason = str(getattr(event, "reason", "") or "")
    if not endpoint or not status:
        return None
    fingerprint = endpoint.lstrip("$").partition("~")[0].partition("=")[0].upper()
    key = fingerprint if len(fingerprint) == 40 else endpoint
    return {key: (status, reason)}


def subscribe_bridge_events(
    connection: Any, handler: Callable[[BridgeEvents], None]
) -> Callable[[], None]:
    def on_batch(batch: list[BridgeEvents]) -> None:
        merged: BridgeEvents = {}
        for item in batch:
            merged.update(item)
        handler(merged)

    remove: Callable[[], None] = connection.add_event_handler(
        ("ORCONN", "GUARD"), on_batch, _bridge_event
    )
    return remove
