"""Issue 12, item 6: notices do not flood. One row per kind with a count and the first time,
tor's raw reasons in words, and a tray that leaves its warning state once the person has seen
the Status page or the condition has ended. Real widgets, and the sandbox's real tor sending
DANGEROUS_SOCKS for every request that gives it only an IP address."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from onionpanel.core.status import (
    Bootstrap,
    ConnectionPhase,
    Notice,
    NoticeKind,
    TorStatus,
)
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.sandbox.probe import LocalHttpServer, http_get_via_socks
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import IconKind, Tray
from onionpanel.ui.status.page import StatusPage
from tests.ui.test_circuits_live import wait_for
from tests.ui.test_end_to_end import run_on_qasync

DONE_PROBLEM = Notice(
    NoticeKind.BOOTSTRAP_PROBLEM,
    "WARN",
    {"WARNING": "DONE", "REASON": "DONE", "COUNT": "3", "RECOMMENDATION": "warn"},
)


def leak(port: int) -> Notice:
    return Notice(
        NoticeKind.DANGEROUS_SOCKS, "WARN", {"PROTOCOL": "SOCKS5", "ADDRESS": f"10.0.0.1:{port}"}
    )


def test_notices_of_one_kind_share_a_row_with_a_count(qtbot: QtBot, artifacts: Path) -> None:
    page = StatusPage()
    qtbot.addWidget(page)
    page.resize(760, 520)
    for port in range(8000, 8010):
        page.add_notice(leak(port))
    for _ in range(10):
        page.add_notice(DONE_PROBLEM)
    assert page.notices.count() == 2
    assert page.notice_count(NoticeKind.DANGEROUS_SOCKS) == 10
    texts = [page.notices.item(row).text() for row in range(page.notices.count())]
    assert "Tor has trouble connecting: a relay closed the connection." in texts[0]
    assert "(10 times since " in texts[0]
    assert "DONE" not in texts[0]
    assert "10.0.0.1:8009" in texts[1]  # the latest one's words
    page.show()
    qtbot.wait(20)
    page.grab().save(str(artifacts / "status_notices_merged.png"))


def test_tray_leaves_warning_once_seen_and_warns_again_when_it_returns(qtbot: QtBot) -> None:
    tray = Tray()
    connected = TorStatus(phase=ConnectionPhase.CONNECTED, bootstrap=Bootstrap(progress=100))
    leaking = connected.with_(problem=leak(1))
    tray.show_status(leaking)
    assert tray.state is not None
    assert tray.state.kind is IconKind.WARNING
    tray.acknowledge()
    assert tray.state.kind is IconKind.CONNECTED
    tray.show_status(connected.with_(problem=leak(2)))  # more of the same: still seen
    assert tray.state.kind is IconKind.CONNECTED
    tray.show_status(connected)  # it ended
    tray.show_status(leaking)  # and came back: warn again
    assert tray.state.kind is IconKind.WARNING


def test_tray_calms_down_when_a_per_request_problem_stops_coming(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
) -> None:
    tray = Tray()
    panel = Panel(qapp, tray, parse_args([]))
    qtbot.addWidget(panel.window)
    panel._quiet.setInterval(200)  # 120 s in the app
    connected = TorStatus(phase=ConnectionPhase.CONNECTED, bootstrap=Bootstrap(progress=100))
    panel._on_status(connected.with_(problem=leak(1)))
    panel._on_notice(leak(1))
    assert tray.state is not None
    assert tray.state.kind is IconKind.WARNING
    qtbot.waitUntil(lambda: tray.state is not None and tray.state.kind is IconKind.CONNECTED)
    panel._on_status(connected.with_(problem=DONE_PROBLEM))  # not per request: it stays
    panel._on_notice(DONE_PROBLEM)
    qtbot.wait(400)
    assert tray.state.kind is IconKind.WARNING


def test_a_notice_repeated_on_screen_repaints_the_list_about_once_a_second(
    qtbot: QtBot,
) -> None:
    """Issue 18: the Status page while shown is cheap. tor repeats DANGEROUS_SOCKS for every
    request; the row's count is kept at once, its text shown at most once a second."""
    from tests.ui.test_quiet_events import PaintCounter

    page = StatusPage()
    qtbot.addWidget(page)
    page.resize(760, 520)
    page.show()
    qtbot.waitExposed(page)
    page.add_notice(leak(8000))
    qtbot.wait(50)
    paints = PaintCounter(page.notices.viewport())
    for port in range(8001, 8021):  # 20 more, each in a loop turn of its own
        page.add_notice(leak(port))
        qtbot.wait(5)
    assert page.notice_count(NoticeKind.DANGEROUS_SOCKS) == 21
    assert paints.count <= 2
    qtbot.waitUntil(lambda: "(21 times since " in page.notices.item(0).text(), timeout=3000)
    assert "10.0.0.1:8020" in page.notices.item(0).text()
    assert page.notices.count() == 1


def test_a_notice_repeated_on_screen_is_put_into_words_about_once_a_second(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: the words (translation, plural, the locale's time) of a repeated row are
    made when the row is next shown, not for every repeat tor sends."""
    from onionpanel.ui.status import page as page_module

    page = StatusPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.add_notice(leak(8000))
    worded: list[Notice] = []
    original = page_module.notice_text
    monkeypatch.setattr(page_module, "notice_text", lambda n: worded.append(n) or original(n))
    for port in range(8001, 8021):
        page.add_notice(leak(port))
    assert len(worded) <= 1
    qtbot.waitUntil(lambda: "(21 times since " in page.notices.item(0).text(), timeout=3000)
    assert "10.0.0.1:8020" in page.notices.item(0).text()
    assert len(worded) <= 2


@pytest.mark.tor
def test_a_dns_leak_flood_is_one_row_and_the_tray_calms_down(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    sandbox: SandboxNetwork,
    local_http_server: LocalHttpServer,
    artifacts: Path,
) -> None:
    tray = Tray()
    panel = Panel(qapp, tray, parse_args(["--sandbox"]))
    window = panel.window
    window.resize(1000, 640)
    qtbot.addWidget(window)
    status_page = window.status_page

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        assert await panel.session.attach(sandbox.control_endpoint)
        try:
            await wait_for(lambda: panel.session.status.bootstrap.done)
            for _ in range(4):
                await loop.run_in_executor(None, fetch_by_ip, sandbox, local_http_server)
            await wait_for(lambda: status_page.notice_count(NoticeKind.DANGEROUS_SOCKS) >= 2)
            rows = [status_page.notices.item(r).text() for r in range(status_page.notices.count())]
            assert sum("DNS leak" in row for row in rows) == 1, rows
            assert tray.state is not None
            assert tray.state.kind is IconKind.WARNING

            panel.open_window()  # the person looks at the Status page
            window.show_page(0)
            await wait_for(lambda: tray.state is not None and tray.state.kind is IconKind.CONNECTED)
            await asyncio.sleep(0.05)
            window.grab().save(str(artifacts / "status_after_dns_leak_flood.png"))

        finally:
            await panel.session.close()
            await panel.settle()

    run_on_qasync(qapp, scenario, timeout=90)


def fetch_by_ip(sandbox: SandboxNetwork, server: LocalHttpServer) -> None:
    """A GET through SOCKS5 with an IP address: tor warns DANGEROUS_SOCKS every time."""
    http_get_via_socks(sandbox.socks_port, "127.0.0.1", server.port)
