"""Tor's log as the panel keeps it: entries, a bounded buffer, filters and parsers.

Pure logic, no I/O: the tor layer reads files and the journal, the ui shows the buffer.

  Severity            tor's runlevels, ordered (DEBUG < INFO < NOTICE < WARN < ERR)
  |- parse(name)      "notice", "NOTICE", "warning", "err" -> Severity
  LogEntry            time, severity, message, count (repeats collapsed into it)
  LogBuffer           ring buffer of entries (default 5,000) collapsing consecutive repeats
  |- add(entry)       -> Added(collapsed, dropped)
  |- extend(entries)  -> list[Added]
  |- plan(batch)      -> Plan(last_repeats, drop, append)   what a batch will change
  |- apply(plan)
  LogFilter           minimum severity + case-insensitive text
  matches(entry, filter) -> bool
  filter_entries(entries, filter) -> list[LogEntry]
  parse_log_file_line(line, now) -> LogEntry | None      "Nov 22 05:31:20.000 [notice] ..."
  parse_log_file(text, now, limit) -> list[LogEntry]
  parse_journal_json_line(line) -> LogEntry | None       one line of journalctl -o json
  log_files_from_config_text(text) -> list[str]          GETINFO config-text "Log ... file PATH"
  logs_to_journal(text) -> bool                          "Log ... syslog" (or no Log line at all)
  BackfillProblem, Backfill   what back-fill found, or why it could not
  format_entry(entry) -> str  one line of text, as copied or saved
  without_overlap(live, backfill) -> the live entries back-fill does not already hold
"""

from __future__ import annotations

import dataclasses
import enum
import json
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

DEFAULT_CAPACITY = 5_000


class Severity(enum.IntEnum):
    DEBUG = 10
    INFO = 20
    NOTICE = 30
    WARN = 40
    ERR = 50

    @classmethod
    def parse(cls, name: str) -> Severity:
        """tor's names (``notice``, ``warn``), stem's (``NOTICE``), syslog's (``warning``)."""
        key = name.strip().strip("[]").upper()
        key = {"WARNING": "WARN", "ERROR": "ERR"}.get(key, key)
        try:
            return cls[key]
        except KeyError:
            raise ValueError(f"not a tor log severity: {name!r}") from None


@dataclass(frozen=True)
class LogEntry:
    time: float  # unix time of the first occurrence
    severity: Severity
    message: str
    count: int = 1  # how many times it came in a row
    last_time: float | None = None  # unix time of the latest repeat, when count > 1

    def same_message(self, other: LogEntry) -> bool:
        return self.severity == other.severity and self.message == other.message


@dataclass(frozen=True)
class Added:
    """What ``LogBuffer.add`` did: a new last entry, or more repeats of the last one."""

    collapsed: bool  # True: the last entry's count went up, no new entry
    dropped: int  # entries pushed out of the front to stay within capacity (0 or 1)


@dataclass(frozen=True)
class Plan:
    """How a batch changes a buffer, worked out before changing it (a Qt model announces
    removals and insertions before they happen).

    last_repeats: repeats to add to the current last entry; drop: oldest entries to remove;
    append: new entries (repeats within the batch already collapsed).
    """

    last_repeats: tuple[LogEntry, ...]
    drop: int
    append: tuple[LogEntry, ...]


def _merge(older: LogEntry, newer: LogEntry) -> LogEntry:
    return dataclasses.replace(
        older, count=older.count + newer.count, last_time=newer.last_time or newer.time
    )


class LogBuffer:
    """The newest ``capacity`` entries, oldest first; a repeat of the last message bumps its count.

    Mutable on purpose (a copy per message would be wasteful), but has no I/O and no Qt.
    """

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError(f"log capacity must be at least 1, not {capacity}")
        self.capacity = capacity
        self._entries: deque[LogEntry] = deque()

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> LogEntry:
        return self._entries[index]

    def __iter__(self) -> Iterator[LogEntry]:
        return iter(self._entries)

    def entries(self) -> list[LogEntry]:
        return list(self._entries)

    def clear(self) -> None:
        self._entries.clear()

    def plan(self, batch: Iterable[LogEntry]) -> Plan:
        last = self._entries[-1] if self._entries else None
        last_repeats: list[LogEntry] = []
        fresh: list[LogEntry] = []
        for entry in batch:
            if fresh and fresh[-1].same_message(entry):
                fresh[-1] = _merge(fresh[-1], entry)
            elif not fresh and last is not None and last.same_message(entry):
                last_repeats.append(entry)
            else:
                fresh.append(entry)
        fresh = fresh[-self.capacity :]
        drop = max(0, len(self._entries) + len(fresh) - self.capacity)
        return Plan(tuple(last_repeats), drop, tuple(fresh))

    def apply(self, plan: Plan) -> None:
        for repeat in plan.last_repeats:
            self._entries[-1] = _merge(self._entries[-1], repeat)
        for _ in range(plan.drop):
            self._entries.popleft()
        self._entries.extend(plan.append)

    def add(self, entry: LogEntry) -> Added:
        plan = self.plan([entry])
        self.apply(plan)
        return Added(collapsed=bool(plan.last_repeats), dropped=plan.drop)

    def extend(self, entries: Iterable[LogEntry]) -> list[Added]:
        return [self.add(entry) for entry in entries]


@dataclass(frozen=True)
class LogFilter:
    min_severity: Severity = Severity.NOTICE
    text: str = ""  # case-insensitive substring of the message; "" matches everything


def matches(entry: LogEntry, log_filter: LogFilter) -> bool:
    if entry.severity < log_filter.min_severity:
        return False
    needle = log_filter.text.strip()
    return not needle or needle.casefold() in entry.message.casefold()


def filter_entries(entries: Iterable[LogEntry], log_filter: LogFilter) -> list[LogEntry]:
    return [entry for entry in entries if matches(entry, log_filter)]


def format_time(stamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(stamp))


def format_entry(entry: LogEntry) -> str:
    """``2026-11-22 05:31:20 [notice] message (×3)``: the text that copy and save write."""
    repeats = f" (×{entry.count})" if entry.count > 1 else ""
    return f"{format_time(entry.time)} [{entry.severity.name.lower()}] {entry.message}{repeats}"


# --- tor's own log file -------------------------------------------------------------------------

_FILE_LINE = re.compile(
    r"^(?P<month>[A-Z][a-z]{2}) +(?P<day>\d{1,2}) (?P<clock>\d{2}:\d{2}:\d{2})(?:\.\d+)? "
    r"\[(?P<severity>[a-z]+)\] (?P<message>.*)$"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}


def _local_time(year: int, month: int, day: int, clock: str) -> float:
    hour, minute, second = (int(part) for part in clock.split(":"))
    if not (1 <= day <= 31 and hour < 24 and minute < 60 and second <= 60):
        raise ValueError(f"no such time: {month}/{day} {clock}")
    return time.mktime((year, month, day, hour, minute, second, 0, 0, -1))


def parse_log_file_line(line: str, now: float) -> LogEntry | None:
    """One line of a tor log file; None for anything else (blank, truncated, foreign).

    tor writes no year: the line is placed in the year that does not put it in the future.
    """
    found = _FILE_LINE.match(line.rstrip("\r\n"))
    if found is None or found["month"] not in _MONTHS:
        return None
    try:
        severity = Severity.parse(found["severity"])
        year = time.localtime(now).tm_year
        month, day = _MONTHS[found["month"]], int(found["day"])
        stamp = _local_time(year, month, day, found["clock"])
        if stamp > now + 86_400:  # a December line read in January
            stamp = _local_time(year - 1, month, day, found["clock"])
    except (ValueError, OverflowError):
        return None
    return LogEntry(stamp, severity, found["message"])


def parse_log_file(text: str, now: float, limit: int = DEFAULT_CAPACITY) -> list[LogEntry]:
    """The last ``limit`` parseable lines of a log file's text, oldest first."""
    entries = (parse_log_file_line(line, now) for line in text.splitlines())
    return [entry for entry in entries if entry is not None][-limit:]


# --- the systemd journal ------------------------------------------------------------------------

_PRIORITY = {
    0: Severity.ERR,
    1: Severity.ERR,
    2: Severity.ERR,
    3: Severity.ERR,
    4: Severity.WARN,
    5: Severity.NOTICE,
    6: Severity.INFO,
    7: Severity.DEBUG,
}
_BRACKETED = re.compile(r"^\[(?P<severity>[a-z]+)\] (?P<message>.*)$", re.DOTALL)


def parse_journal_json_line(line: str) -> LogEntry | None:
    """One record of ``journalctl -o json``; None when it is not a usable text record."""
    try:
        record = json.loads(line)
        message = record["MESSAGE"]
        stamp = int(record["__REALTIME_TIMESTAMP"]) / 1_000_000
        severity = _PRIORITY.get(int(record.get("PRIORITY", 5)), Severity.NOTICE)
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(message, str):  # journald stores non-UTF-8 messages as byte arrays
        return None
    bracketed = _BRACKETED.match(message)
    if bracketed is not None:  # tor's own "[warn] ..." when it wrote to stdout
        try:
            return LogEntry(stamp, Severity.parse(bracketed["severity"]), bracketed["message"])
        except ValueError:
            pass
    return LogEntry(stamp, severity, message)


# --- where tor logs to, from GETINFO config-text ------------------------------------------------


def _log_lines(config_text: str) -> Iterator[list[str]]:
    for line in config_text.splitlines():
        words = line.split()
        if words and words[0].lower() == "log":
            yield words[1:]


def log_files_from_config_text(config_text: str) -> list[str]:
    """Paths of ``Log [domains] SEVERITY[-SEVERITY] ... file PATH`` lines, in torrc order."""
    paths = []
    for words in _log_lines(config_text):
        lowered = [word.lower() for word in words]
        if "file" in lowered:
            position = lowered.index("file")
            path = " ".join(words[position + 1 :])
            if path:
                paths.append(path)
    return paths


def logs_to_journal(config_text: str) -> bool:
    """True when tor logs to syslog (the journal), or has no Log line (tor's default is stdout,
    which systemd also puts in the journal)."""
    log_lines = list(_log_lines(config_text))
    if not log_lines:
        return True
    return any(
        target in (word.lower() for word in words)
        for words in log_lines
        for target in ("syslog", "stdout", "stderr")
    )


class BackfillProblem(enum.Enum):
    NONE = "none"
    FILE_UNREADABLE = "file_unreadable"  # detail: the path (and the OS error)
    JOURNAL_UNREADABLE = "journal_unreadable"  # not in systemd-journal/adm, or no entries visible
    JOURNAL_UNAVAILABLE = "journal_unavailable"  # no journalctl on this system
    NOWHERE = "nowhere"  # tor logs neither to a file nor to the journal
    NO_CONFIG = "no_config"  # GETINFO config-text failed


@dataclass(frozen=True)
class Backfill:
    entries: tuple[LogEntry, ...] = ()
    source: str = ""  # the file path, or "journal"
    problem: BackfillProblem = BackfillProblem.NONE
    detail: str = ""  # the path or error text that goes with the problem

    @property
    def ok(self) -> bool:
        return self.problem is BackfillProblem.NONE


def newest(entries: Sequence[LogEntry], limit: int) -> tuple[LogEntry, ...]:
    return tuple(entries[-limit:]) if limit > 0 else ()


def without_overlap(live: Sequence[LogEntry], backfill: Sequence[LogEntry]) -> list[LogEntry]:
    """Live entries minus those the back-fill already has (same text, within 2 s)."""
    recent = backfill[-200:]
    return [
        entry
        for entry in live
        if not any(old.same_message(entry) and abs(old.time - entry.time) < 2 for old in recent)
    ]
