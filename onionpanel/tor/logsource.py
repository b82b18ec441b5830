"""Where the log and bandwidth pages get their data: back-fill, event subscriptions, prefill.

Small functions that take the connection (onionpanel.tor.connection.TorConnection, or anything
with async ``get_info(key)`` and ``add_event_handler(types, handler, translate) -> remove``), so
the session decides when to call them. Blocking reads run in a worker thread, never on the loop.

  LIVE_LOG_EVENTS = NOTICE, WARN, ERR       always on
  VERBOSE_LOG_EVENTS = INFO, DEBUG          only while the user asks (they flood)
  translate_log_event(event) -> LogEntry        stem LogEvent -> core
  translate_bw_event(event) -> BandwidthSample  stem BandwidthEvent -> core
  backfill(connection, limit) -> Backfill       tor's log file tail, else the journal, else why not
  read_log_tail(path, limit, now) -> Backfill   (blocking) the tail of one tor log file
  read_journal(limit) -> Backfill               (blocking) journalctl -u tor@default -u tor
  subscribe_log(connection, handler, verbose) -> Subscription
  subscribe_bandwidth(connection, handler) -> Subscription
  bandwidth_prefill(connection, now) -> (samples, Totals)   bw-event-cache + traffic/*
  Subscription
  |- close()        removes the handler (the connection tells tor to stop sending them)
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from onionpanel.core.bandwidth import (
    BandwidthSample,
    Totals,
    parse_bw_event_cache,
    samples_from_cache,
)
from onionpanel.core.log import (
    DEFAULT_CAPACITY,
    Backfill,
    BackfillProblem,
    LogEntry,
    Severity,
    log_files_from_config_text,
    logs_to_journal,
    newest,
    parse_journal_json_line,
    parse_log_file,
)

LIVE_LOG_EVENTS: tuple[str, ...] = ("NOTICE", "WARN", "ERR")
VERBOSE_LOG_EVENTS: tuple[str, ...] = ("INFO", "DEBUG")
TOR_UNITS: tuple[str, ...] = ("tor@default", "tor")
TAIL_BYTES = 2 * 1024 * 1024  # enough for several thousand lines of a notice log
JOURNAL_TIMEOUT = 10.0

Handler = Callable[[list[Any]], None]


class EventConnection(Protocol):
    """What these functions need from onionpanel.tor's connection."""

    async def get_info(self, key: str) -> str: ...

    def add_event_handler(
        self,
        event_types: Iterable[str],
        handler: Handler,
        translate: Callable[[Any], Any] | None = None,
    ) -> Callable[[], None]: ...


def translate_log_event(event: Any) -> LogEntry:
    """stem's LogEvent (runlevel, message, arrived_at) -> LogEntry. Runs on stem's thread."""
    return LogEntry(float(event.arrived_at), Severity.parse(str(event.runlevel)), event.message)


def translate_bw_event(event: Any) -> BandwidthSample:
    return BandwidthSample(float(event.arrived_at), int(event.read), int(event.written))


@dataclass
class Subscription:
    types: tuple[str, ...]
    remove: Callable[[], None]
    open: bool = True

    def close(self) -> None:
        if self.open:
            self.open = False
            self.remove()


def _subscribe(
    connection: EventConnection,
    types: tuple[str, ...],
    handler: Handler,
    translate: Callable[[Any], Any],
) -> Subscription:
    return Subscription(types, connection.add_event_handler(types, handler, translate))


def subscribe_log(
    connection: EventConnection, handler: Handler, *, verbose: bool = False
) -> Subscription:
    """``handler(batch)`` gets lists of LogEntry. Call with verbose=True for a second,
    separate subscription to INFO/DEBUG, and close it when the user no longer wants them."""
    types = VERBOSE_LOG_EVENTS if verbose else LIVE_LOG_EVENTS
    return _subscribe(connection, types, handler, translate_log_event)


def subscribe_bandwidth(connection: EventConnection, handler: Handler) -> Subscription:
    """``handler(batch)`` gets lists of BandwidthSample, one per second."""
    return _subscribe(connection, ("BW",), handler, translate_bw_event)


async def bandwidth_prefill(
    connection: EventConnection, now: float | None = None
) -> tuple[list[BandwidthSample], Totals]:
    """The recent seconds tor remembers (so the graph is never empty) and totals since start."""
    at = time.time() if now is None else now
    cache = parse_bw_event_cache(await connection.get_info("bw-event-cache"))
    read = int(await connection.get_info("traffic/read"))
    written = int(await connection.get_info("traffic/written"))
    return samples_from_cache(cache, at), Totals(read, written)


# --- back-fill ----------------------------------------------------------------------------------


def read_log_tail(path: str, limit: int = DEFAULT_CAPACITY, now: float | None = None) -> Backfill:
    """Blocking: the last ``limit`` lines of one tor log file."""
    at = time.time() if now is None else now
    try:
        with Path(path).open("rb") as log_file:
            size = log_file.seek(0, os.SEEK_END)
            log_file.seek(max(0, size - TAIL_BYTES))
            data = log_file.read()
    except OSError as error:
        return Backfill(
            problem=BackfillProblem.FILE_UNREADABLE, detail=f"{path}: {error.strerror or error}"
        )
    if size > TAIL_BYTES:
        data = data.partition(b"\n")[2]  # the first line was cut in the middle
    entries = parse_log_file(data.decode("utf-8", errors="replace"), at, limit)
    return Backfill(tuple(entries), source=path)


def read_journal(limit: int = DEFAULT_CAPACITY, units: Sequence[str] = TOR_UNITS) -> Backfill:
    """Blocking: the tor unit's recent journal records, when this user may read them."""
    command = ["journalctl", "--no-pager", "--quiet", "-o", "json", "-n", str(limit)]
    for unit in units:
        command += ["-u", unit]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=JOURNAL_TIMEOUT, check=False
        )
    except FileNotFoundError:
        return Backfill(problem=BackfillProblem.JOURNAL_UNAVAILABLE, detail="journalctl")
    except (OSError, subprocess.TimeoutExpired) as error:
        return Backfill(problem=BackfillProblem.JOURNAL_UNAVAILABLE, detail=str(error))
    parsed = (parse_journal_json_line(line) for line in done.stdout.splitlines())
    entries = [entry for entry in parsed if entry is not None]
    if done.returncode != 0 or not entries:
        # journalctl says nothing useful on stdout when a user outside systemd-journal/adm asks
        # for a system unit: no records at all is the signal.
        detail = done.stderr.strip().splitlines()[0] if done.stderr.strip() else ""
        return Backfill(problem=BackfillProblem.JOURNAL_UNREADABLE, detail=detail)
    return Backfill(newest(entries, limit), source="journal")


async def backfill(connection: EventConnection, limit: int = DEFAULT_CAPACITY) -> Backfill:
    """tor's recent log: the first readable log file it names, else the journal, else why not."""
    try:
        config_text = await connection.get_info("config-text")
    except Exception as error:  # any tor/control failure: say so, lose nothing else
        return Backfill(problem=BackfillProblem.NO_CONFIG, detail=str(error))
    first_problem: Backfill | None = None
    for path in log_files_from_config_text(config_text):
        found = await asyncio.to_thread(read_log_tail, path, limit)
        if found.ok:
            return found
        first_problem = first_problem or found
    if logs_to_journal(config_text):
        from_journal = await asyncio.to_thread(read_journal, limit)
        if from_journal.ok or first_problem is None:
            return from_journal
    return first_problem or Backfill(problem=BackfillProblem.NOWHERE)
