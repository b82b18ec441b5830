"""tor.logsource against a real tor of our own (DisableNetwork, no SocksPort)."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from onionpanel.core.bandwidth import BandwidthSample
from onionpanel.core.log import BackfillProblem, LogEntry, Severity
from onionpanel.launcher.process import TorProcess
from onionpanel.tor import logsource
from tests.stem_stand_in import StemStandIn

pytestmark = pytest.mark.tor


@pytest.fixture(scope="module")
def tor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TorProcess]:
    directory = tmp_path_factory.mktemp(f"logsource-{os.getpid()}")
    process = TorProcess(
        directory,
        ["DisableNetwork 1", "SocksPort 0", "ControlPort 127.0.0.1:auto", "CookieAuthentication 1"],
        owner_pid=os.getpid(),
    )
    try:
        process.start()
        process.wait_for_control_port()
        assert process.wait_for_log("Bootstrapped 0%")
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="module")
def connection(tor: TorProcess) -> Iterator[StemStandIn]:
    # One control connection for the module: stem takes ownership of a tor started with
    # __OwningControllerProcess, so tor exits when that connection closes.
    stand_in = StemStandIn(tor.wait_for_control_port(), asyncio.new_event_loop())
    try:
        yield stand_in
    finally:
        stand_in.close()


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def test_backfill_reads_the_tail_of_tors_log_file(tor: TorProcess, connection: StemStandIn) -> None:
    async def scenario() -> Any:
        connection.loop = asyncio.get_running_loop()
        return await logsource.backfill(connection)

    found = run(scenario())
    assert found.ok, found
    assert found.source == str(tor.log_path)
    messages = [entry.message for entry in found.entries]
    assert any("Bootstrapped 0%" in message for message in messages)
    assert all(entry.severity >= Severity.NOTICE for entry in found.entries)
    assert abs(found.entries[-1].time - time.time()) < 3600


def test_an_unreadable_log_file_is_reported_with_its_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.log")
    found = logsource.read_log_tail(missing)
    assert found.problem is BackfillProblem.FILE_UNREADABLE
    assert missing in found.detail


def test_a_long_log_file_yields_only_the_newest_lines(tmp_path: Path) -> None:
    log = tmp_path / "notice.log"
    line = "Nov 22 05:31:{:02d}.000 [notice] line {}\n"
    log.write_text("".join(line.format(i % 60, i) for i in range(200_000)))
    found = logsource.read_log_tail(str(log), limit=10)
    assert [entry.message for entry in found.entries] == [
        f"line {i}" for i in range(199_990, 200_000)
    ]


class ConfigOnly:
    """Only get_info: enough for back-fill decisions without tor (the config text is the input)."""

    def __init__(self, config_text: str) -> None:
        self.config_text = config_text

    async def get_info(self, key: str) -> str:
        assert key == "config-text"
        return self.config_text

    def add_event_handler(self, *args: Any) -> Any:
        raise AssertionError("not used")


def test_without_file_or_readable_journal_backfill_says_why(tmp_path: Path) -> None:
    unreadable = run(logsource.backfill(ConfigOnly(f"Log notice file {tmp_path}/nope.log\n")))
    assert unreadable.problem is BackfillProblem.FILE_UNREADABLE
    nowhere = run(logsource.backfill(ConfigOnly("Log notice file\n")))
    assert nowhere.problem is BackfillProblem.NOWHERE


def test_journal_backfill_reports_when_it_sees_no_tor_records() -> None:
    # This machine runs no tor unit under systemd: journalctl answers with no records.
    found = logsource.read_journal(units=[f"onionpanel-test-no-such-unit-{os.getpid()}"])
    assert found.problem in (
        BackfillProblem.JOURNAL_UNREADABLE,
        BackfillProblem.JOURNAL_UNAVAILABLE,
    )


def test_live_log_and_verbose_subscription_come_and_go(connection: StemStandIn) -> None:
    async def scenario() -> tuple[list[LogEntry], set[str], set[str], set[str]]:
        connection.loop = asyncio.get_running_loop()
        live_entries: list[LogEntry] = []
        verbose_entries: list[LogEntry] = []
        live = logsource.subscribe_log(connection, live_entries.extend)
        after_live = await asyncio.to_thread(connection.subscribed)
        verbose = logsource.subscribe_log(connection, verbose_entries.extend, verbose=True)
        with_verbose = await asyncio.to_thread(connection.subscribed)
        await connection.get_info("config-text")  # tor logs control traffic at info/debug
        for _ in range(100):
            if verbose_entries:
                break
            await asyncio.sleep(0.02)
        verbose.close()
        after_close = await asyncio.to_thread(connection.subscribed)
        live.close()
        return verbose_entries, after_live, with_verbose, after_close

    received, after_live, with_verbose, after_close = run(scenario())
    assert received, "no INFO/DEBUG log event arrived while subscribed"
    assert {entry.severity for entry in received} <= {Severity.INFO, Severity.DEBUG}
    log_types = {"DEBUG", "INFO", "NOTICE", "WARN", "ERR"}  # stem listens to others itself
    assert after_live & log_types == {"NOTICE", "WARN", "ERR"}
    assert with_verbose & log_types == log_types
    assert after_close & log_types == {"NOTICE", "WARN", "ERR"}


def test_bw_events_arrive_and_fill_the_cache_for_prefill(connection: StemStandIn) -> None:
    async def scenario() -> Any:
        connection.loop = asyncio.get_running_loop()
        received: list[BandwidthSample] = []
        subscription = logsource.subscribe_bandwidth(connection, received.extend)
        for _ in range(500):  # tor sends one BW event a second
            if len(received) >= 2:
                break
            await asyncio.sleep(0.02)
        prefill = await logsource.bandwidth_prefill(connection, now=1000.0)
        subscription.close()
        return received, prefill

    received, (samples, totals) = run(scenario())
    assert len(received) >= 2
    assert all(isinstance(sample, BandwidthSample) for sample in received)
    # tor keeps bw-event-cache only while someone listens to BW: now it has those seconds.
    assert len(samples) >= 2
    assert samples[-1].time == 1000.0
    assert totals.read >= 0
    assert totals.written >= 0
