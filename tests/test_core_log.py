"""core.log: ring buffer, collapsing, filter/search, file/journal/config parsers."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from onionpanel.core.log import (
    Backfill,
    BackfillProblem,
    LogBuffer,
    LogEntry,
    LogFilter,
    Severity,
    filter_entries,
    format_entry,
    log_files_from_config_text,
    logs_to_journal,
    matches,
    parse_journal_json_line,
    parse_log_file,
    parse_log_file_line,
    without_overlap,
)

DATA = Path(__file__).parent / "data"
NOW = time.mktime((2026, 11, 22, 6, 0, 0, 0, 0, -1))


def entry(message: str, severity: Severity = Severity.NOTICE, at: float = 1000.0) -> LogEntry:
    return LogEntry(at, severity, message)


def test_severity_parses_tor_stem_and_syslog_names() -> None:
    assert Severity.parse("notice") is Severity.NOTICE
    assert Severity.parse("[warn]") is Severity.WARN
    assert Severity.parse("WARNING") is Severity.WARN
    assert Severity.parse("err") is Severity.ERR
    assert Severity.DEBUG < Severity.INFO < Severity.NOTICE < Severity.WARN < Severity.ERR
    with pytest.raises(ValueError, match="bogus"):
        Severity.parse("bogus")


def test_buffer_keeps_the_newest_entries_within_capacity() -> None:
    buffer = LogBuffer(capacity=3)
    results = buffer.extend(entry(f"m{i}") for i in range(5))
    assert [e.message for e in buffer] == ["m2", "m3", "m4"]
    assert [r.dropped for r in results] == [0, 0, 0, 1, 1]
    assert buffer[0].message == "m2"
    assert buffer[-1].message == "m4"
    assert buffer.entries() == list(buffer)
    with pytest.raises(IndexError):
        buffer[3]


def test_buffer_default_capacity_and_bad_capacity() -> None:
    assert LogBuffer().capacity == 5_000
    with pytest.raises(ValueError, match="at least 1"):
        LogBuffer(0)


def test_consecutive_repeats_collapse_into_a_count() -> None:
    buffer = LogBuffer(capacity=10)
    first = buffer.add(entry("same", at=1.0))
    second = buffer.add(entry("same", at=2.0))
    third = buffer.add(entry("same", at=3.0))
    buffer.add(entry("other", at=4.0))
    buffer.add(entry("same", at=5.0))
    assert (first.collapsed, second.collapsed, third.collapsed) == (False, True, True)
    assert [(e.message, e.count) for e in buffer] == [("same", 3), ("other", 1), ("same", 1)]
    assert buffer[0].time == 1.0
    assert buffer[0].last_time == 3.0


def test_same_text_at_another_severity_is_not_a_repeat() -> None:
    buffer = LogBuffer()
    buffer.add(entry("x", Severity.NOTICE))
    buffer.add(entry("x", Severity.WARN))
    assert len(buffer) == 2


def test_collapsing_works_across_the_ring_wraparound() -> None:
    buffer = LogBuffer(capacity=2)
    buffer.extend([entry("a"), entry("b"), entry("c"), entry("c")])
    assert [(e.message, e.count) for e in buffer] == [("b", 1), ("c", 2)]


def test_filter_by_minimum_severity_and_text() -> None:
    entries = [
        entry("Bootstrapped 100% (done): Done"),
        entry("Socks request with IP address", Severity.WARN),
        entry("circuit 7 built", Severity.INFO),
    ]
    assert filter_entries(entries, LogFilter()) == entries[:2]
    assert filter_entries(entries, LogFilter(Severity.WARN)) == [entries[1]]
    assert filter_entries(entries, LogFilter(Severity.DEBUG, "CIRCUIT")) == [entries[2]]
    assert filter_entries(entries, LogFilter(Severity.DEBUG, "  ")) == entries
    assert not matches(entries[0], LogFilter(Severity.DEBUG, "nothing like it"))


def test_parse_a_real_shaped_log_file() -> None:
    parsed = parse_log_file((DATA / "tor-notice.log").read_text(), NOW)
    assert [(e.severity, e.message[:20]) for e in parsed] == [
        (Severity.NOTICE, "Tor 0.4.8.16 opening"),
        (Severity.NOTICE, "Parsing GEOIP IPv4 f"),
        (Severity.WARN, "You are running Tor "),
        (Severity.NOTICE, "Bootstrapped 0% (sta"),
        (Severity.NOTICE, "Bootstrapped 0% (sta"),
        (Severity.ERR, "Something went badly"),
    ]
    assert time.localtime(parsed[0].time)[:6] == (2026, 11, 22, 5, 31, 19)
    assert parse_log_file((DATA / "tor-notice.log").read_text(), NOW, limit=2)[0].severity == (
        Severity.NOTICE
    )


def test_a_december_line_read_in_january_is_last_year() -> None:
    january = time.mktime((2027, 1, 2, 0, 0, 0, 0, 0, -1))
    parsed = parse_log_file_line("Dec 31 23:59:59.000 [notice] Happy new year", january)
    assert parsed is not None
    assert time.localtime(parsed.time).tm_year == 2026


@pytest.mark.parametrize(
    "line", ["", "garbage", "Nox 22 05:31:20.000 [notice] x", "Nov 22 25:99:99.000 [notice] x"]
)
def test_unparseable_file_lines_are_skipped(line: str) -> None:
    assert parse_log_file_line(line, NOW) is None


def journal(message: object, priority: str = "5") -> str:
    return json.dumps(
        {"MESSAGE": message, "PRIORITY": priority, "__REALTIME_TIMESTAMP": "1763789480000000"}
    )


def test_parse_journal_records() -> None:
    notice = parse_journal_json_line(journal("Bootstrapped 100% (done): Done"))
    assert notice == LogEntry(1763789480.0, Severity.NOTICE, "Bootstrapped 100% (done): Done")
    warn = parse_journal_json_line(journal("Socks request rejected", "4"))
    assert warn is not None
    assert warn.severity is Severity.WARN
    bracketed = parse_journal_json_line(journal("[warn] Could not bind", "6"))
    assert bracketed is not None
    assert (bracketed.severity, bracketed.message) == (Severity.WARN, "Could not bind")
    assert parse_journal_json_line(journal([104, 105])) is None
    assert parse_journal_json_line("not json") is None
    assert parse_journal_json_line("{}") is None


CONFIG_TEXT = """\
SocksPort 9050
Log notice file /var/log/tor/notices.log
Log [handshake]debug [*]notice stderr
log info-err file /var/log/tor/with space.log
DataDirectory /var/lib/tor
"""


def test_log_files_and_journal_from_config_text() -> None:
    assert log_files_from_config_text(CONFIG_TEXT) == [
        "/var/log/tor/notices.log",
        "/var/log/tor/with space.log",
    ]
    assert logs_to_journal(CONFIG_TEXT)
    assert not logs_to_journal("Log notice file /tmp/x.log\n")
    assert logs_to_journal("SocksPort 0\n")  # no Log line: tor logs to stdout, i.e. the journal
    assert logs_to_journal("Log notice syslog\n")
    assert log_files_from_config_text("Log notice file\n") == []


def test_format_entry_shows_severity_and_repeats() -> None:
    at = time.mktime((2026, 11, 22, 5, 31, 20, 0, 0, -1))
    assert format_entry(LogEntry(at, Severity.WARN, "hi", count=3)) == (
        "2026-11-22 05:31:20 [warn] hi (×3)"
    )
    assert format_entry(LogEntry(at, Severity.NOTICE, "hi")) == "2026-11-22 05:31:20 [notice] hi"


def test_backfill_ok_only_without_a_problem() -> None:
    assert Backfill().ok
    assert not Backfill(problem=BackfillProblem.FILE_UNREADABLE, detail="/x").ok


def test_a_batch_plan_collapses_within_itself_and_counts_drops() -> None:
    buffer = LogBuffer(capacity=3)
    buffer.extend([entry("a"), entry("b")])
    batch = [entry("b", at=2.0), entry("c"), entry("c", at=3.0), entry("d"), entry("e")]
    plan = buffer.plan(batch)
    assert [e.message for e in plan.last_repeats] == ["b"]
    assert [(e.message, e.count) for e in plan.append] == [("c", 2), ("d", 1), ("e", 1)]
    assert plan.drop == 2
    buffer.apply(plan)
    assert [(e.message, e.count) for e in buffer] == [("c", 2), ("d", 1), ("e", 1)]
    assert buffer[0].last_time == 3.0


def test_a_batch_larger_than_capacity_keeps_its_newest() -> None:
    buffer = LogBuffer(capacity=2)
    buffer.add(entry("old"))
    plan = buffer.plan(entry(f"m{i}") for i in range(5))
    assert [e.message for e in plan.append] == ["m3", "m4"]
    assert plan.drop == 1
    buffer.apply(plan)
    assert [e.message for e in buffer] == ["m3", "m4"]


def test_collapsed_entries_add_their_counts() -> None:
    buffer = LogBuffer()
    buffer.add(LogEntry(1.0, Severity.WARN, "x", count=2))
    buffer.add(LogEntry(2.0, Severity.WARN, "x", count=3))
    assert buffer[0].count == 5


def test_live_entries_already_in_the_backfill_are_dropped() -> None:
    backfill = [entry("a", at=10.0), entry("b", at=11.0)]
    live = [entry("b", at=11.5), entry("c", at=12.0), entry("a", at=30.0)]
    assert without_overlap(live, backfill) == [entry("c", at=12.0), entry("a", at=30.0)]
