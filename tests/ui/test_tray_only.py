"""Issue 18: a panel in the tray builds no window until someone opens it. It used to build the
whole window when tor was attached (for the SOCKS listeners) or said anything (a notice);
what came meanwhile is on the Status page once it is opened. Real widgets; the last test runs
against the sandbox's real tor, which sends DANGEROUS_SOCKS for every request that gives it
only an IP address. Screenshots go to artifacts/ (tray-only-*.png)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication

from onionpanel.core.status import NoticeKind
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.sandbox.probe import LocalHttpServer
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.backlog import StatusBacklog
from onionpanel.ui.shell.tray import IconKind, Tray
from onionpanel.ui.status.page import StatusPage
from tests.ui.test_circuits_live import wait_for
from tests.ui.test_end_to_end import run_on_qasync
from tests.ui.test_notices import DONE_PROBLEM, fetch_by_ip, leak


def test_the_backlog_hands_the_status_page_what_came_in_order_with_counts(
    qtbot: QtBot,
) -> None:
    backlog = StatusBacklog()
    for port in (8001, 8002, 8003):
        backlog.add_notice(leak(port))
    backlog.add_notice(DONE_PROBLEM)
    backlog.show_socks_ports(["127.0.0.1:9050"], own_tor=False)
    page = StatusPage()
    qtbot.addWidget(page)
    backlog.hand_over(page)
    rows = [page.notices.item(row).text() for row in range(page.notices.count())]
    assert len(rows) == 2
    assert "relay closed the connection" in rows[0]  # the newest on top
    assert "10.0.0.1:8003" in rows[1]
    assert "(3 times since " in rows[1], rows
    assert page.notice_count(NoticeKind.DANGEROUS_SOCKS) == 3
    assert page.socks_label.text() == "127.0.0.1:9050"


def test_a_notice_that_waited_keeps_when_it_came_first(qtbot: QtBot) -> None:
    page = StatusPage()
    qtbot.addWidget(page)
    first, last = QTime(9, 15, 0), QTime(9, 20, 30)
    page.add_notice(leak(1), last, first=first, times=4)
    text = page.notices.item(0).text()
    assert text.startswith("09:20:30"), text
    assert "(4 times since 09:15:00)" in text, text
    page.add_notice(leak(2))  # one more, now
    assert "(5 times since 09:15:00)" in page.notices.item(0).text()


@pytest.mark.tor
@pytest.mark.slow
def test_tray_only_builds_no_window_and_the_window_shows_what_came_meanwhile(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    sandbox: SandboxNetwork,
    local_http_server: LocalHttpServer,
    artifacts: Path,
) -> None:
    tray = Tray()
    panel = Panel(qapp, tray, parse_args(["--control", f"127.0.0.1:{sandbox.control_port}"]))

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        assert await panel.session.attach(sandbox.control_endpoint)
        try:
            await wait_for(lambda: panel.session.status.bootstrap.done)
            pages = panel.pages
            await wait_for(lambda: pages.loader is not None and pages.loader.relays)
            for _ in range(3):
                await loop.run_in_executor(None, fetch_by_ip, sandbox, local_http_server)
            await wait_for(lambda: tray.state is not None and tray.state.kind is IconKind.WARNING)
            await asyncio.sleep(0.3)  # the last notices of the fetches
            assert panel._window is None, "nobody opened the window: it is not built"

            panel.open_window()
            window = panel.window
            window.resize(1000, 640)
            qtbot.addWidget(window)
            status_page = window.status_page
            assert f"127.0.0.1:{sandbox.socks_port}" in status_page.socks_label.text()
            assert status_page.notice_count(NoticeKind.DANGEROUS_SOCKS) >= 2
            rows = [status_page.notices.item(r).text() for r in range(status_page.notices.count())]
            assert sum("DNS leak" in row and "times since" in row for row in rows) == 1, rows
            await asyncio.sleep(0.05)
            assert window.grab().save(str(artifacts / "tray-only-then-opened.png"))
        finally:
            await panel.session.close()
            await panel.settle()

    run_on_qasync(qapp, scenario, timeout=120)
