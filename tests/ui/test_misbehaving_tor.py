"""The whole panel (offscreen, real widgets) against every misbehaving port of issue 11: the
table in tests/control_scenarios.py, served by the fake port of tests/fakeport.py (a real tor
cannot be made to send these). For each: no traceback, no hang (15 s at most), the status
page says what is wrong, Quit completes within 2 s, and memory stays bounded."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication

from onionpanel.core.status import ConnectionPhase
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray
from tests.control_scenarios import SCENARIOS, Scenario
from tests.fakeport import FakeControlPort
from tests.ui.test_circuits_live import wait_for
from tests.ui.test_end_to_end import run_on_qasync

DEADLINE = 2.0  # the session's command deadline here (10 s for users)
MAX_GROWTH_MB = 250  # RSS a scenario may add (the 10 MB line once cost 1.7 GB)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@pytest.fixture
def tracebacks() -> Iterator[list[str]]:
    """Every exception that reached a thread's top, and every log record with a traceback."""
    seen: list[str] = []
    previous = threading.excepthook

    def on_thread(args: threading.ExceptHookArgs) -> None:
        seen.append(f"thread {args.thread.name if args.thread else '?'}: {args.exc_value!r}")

    class Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.exc_info:
                seen.append(f"log {record.name}: {record.getMessage()}")

    handler = Handler(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    threading.excepthook = on_thread
    try:
        yield seen
    finally:
        threading.excepthook = previous
        logging.getLogger().removeHandler(handler)


def expectation_met(panel: Panel, scenario: Scenario) -> bool:
    status = panel.session.status
    if not scenario.panel_connects:
        expected = scenario.panel_says or scenario.says
        return status.phase is not ConnectionPhase.CONNECTED and expected in status.error
    if status.phase is not ConnectionPhase.CONNECTED or panel._pages is None:
        return False
    pages = panel.pages
    if scenario.events_survive and "7" not in pages.circuit_feed.state.circuits:
        return False
    if scenario.panel_notice:
        return any(
            scenario.panel_notice in text for text in panel.window.status_page.notice_texts()
        )
    return pages.loader is not None


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_panel(
    scenario: Scenario,
    qtbot: Any,
    qapp: QApplication,
    tracebacks: list[str],
    artifacts: Path,
) -> None:
    with FakeControlPort(scenario.script) as port:
        panel = Panel(qapp, Tray(), parse_args(["--control", port.endpoint]))
        panel.session.deadline = DEADLINE
        panel.open_window()
        qtbot.addWidget(panel.window)
        before = rss_mb()
        measured: dict[str, float] = {}

        async def run() -> None:
            running = asyncio.ensure_future(panel.run())
            try:
                # large-ns-all: the relay list asks the fake port (in this process, sharing
                # the GIL) one GETINFO per relay for its country: 10-13 s on a busy machine
                await wait_for(lambda: expectation_met(panel, scenario), within=30)
            finally:
                measured["growth"] = rss_mb() - before
                if scenario.name in ("ns-all-refused", "huge-single-line", "circ-empty-hop"):
                    await asyncio.sleep(0.05)
                    panel.window.show_page(0)
                    panel.window.grab().save(str(artifacts / f"misbehaving_{scenario.name}.png"))
                started = time.monotonic()
                panel.quit()
                await asyncio.wait_for(running, 5)
                measured["quit"] = time.monotonic() - started

        run_on_qasync(qapp, run, timeout=35)
    assert measured["quit"] < 2.0
    assert measured["growth"] < MAX_GROWTH_MB, f"RSS grew {measured['growth']:.0f} MB"
    assert tracebacks == []


def test_quit_within_two_seconds_while_a_command_hangs(
    qtbot: Any, qapp: QApplication, tracebacks: list[str]
) -> None:
    """The SIGTERM case of finding 3: closing used to wait behind the blocked call."""
    from tests.fakeport import STALL, Script

    with FakeControlPort(Script(replies={"GETINFO ns/all": STALL})) as port:
        panel = Panel(qapp, Tray(), parse_args(["--control", port.endpoint]))
        panel.open_window()
        qtbot.addWidget(panel.window)
        took: list[float] = []

        async def run() -> None:
            running = asyncio.ensure_future(panel.run())
            await wait_for(lambda: port.commands and port.commands[-1] == "GETINFO ns/all")
            await asyncio.sleep(0.3)
            started = time.monotonic()
            panel.quit()
            await asyncio.wait_for(running, 10)
            took.append(time.monotonic() - started)

        run_on_qasync(qapp, run, timeout=15)
    assert took[0] < 2.0
    assert tracebacks == []


def test_a_command_past_its_deadline_drops_reconnects_and_says_so(
    qtbot: Any, qapp: QApplication, tracebacks: list[str], artifacts: Path
) -> None:
    from tests.fakeport import STALL, Script

    with FakeControlPort(Script(replies={"GETINFO ns/all": STALL})) as port:
        panel = Panel(qapp, Tray(), parse_args(["--control", port.endpoint]))
        panel.session.deadline = DEADLINE
        panel.open_window()
        qtbot.addWidget(panel.window)

        def said(text: str) -> bool:
            return any(text in notice for notice in panel.window.status_page.notice_texts())

        async def run() -> None:
            running = asyncio.ensure_future(panel.run())
            await wait_for(lambda: port.connections >= 2, within=12)  # dropped, then back
            await wait_for(lambda: panel.session.status.phase is ConnectionPhase.CONNECTED)
            assert said("Reconnecting to Tor: tor stopped answering: no reply to GETINFO ns/all")
            assert said("Could not load the relay list: tor stopped answering")
            await asyncio.sleep(0.05)
            panel.window.show_page(0)
            panel.window.grab().save(str(artifacts / "misbehaving_dropped_and_rebuilt.png"))
            panel.quit()
            await asyncio.wait_for(running, 5)

        run_on_qasync(qapp, run, timeout=15)
    assert tracebacks == []


def test_detaching_while_the_pages_load_leaves_nothing_half_done(
    qtbot: Any, qapp: QApplication, tracebacks: list[str]
) -> None:
    """Finding 4's race: a detach while the log loaded once handed None to the relay page."""
    from tests.fakeport import Script

    slow = (0.5, b"250-bw-event-cache=\r\n250 OK\r\n")
    with FakeControlPort(Script(replies={"GETINFO bw-event-cache": slow})) as port:
        panel = Panel(qapp, Tray(), parse_args(["--control", port.endpoint]))
        panel.open_window()
        qtbot.addWidget(panel.window)

        async def run() -> None:
            running = asyncio.ensure_future(panel.run())
            await wait_for(lambda: "GETINFO bw-event-cache" in port.commands)
            panel.pages.detach()  # as the session does when it lets go of a connection
            await asyncio.sleep(1.0)
            assert panel.pages.loader is None
            panel.quit()
            await asyncio.wait_for(running, 5)

        run_on_qasync(qapp, run, timeout=15)
    assert tracebacks == []
    assert "GETINFO ns/all" not in port.commands
