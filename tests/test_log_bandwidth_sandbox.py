"""The log and bandwidth pages on the sandbox, through TorConnection on qasync, as the panel runs.

Traffic through the sandbox's SocksPort shows up in the graph and the totals; its raw-IP SOCKS
request makes tor warn (DANGEROUS_SOCKS), which appears in the log and raises one notification.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import qasync

from onionpanel.core.log import Severity
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.sandbox.probe import socks5_connect
from onionpanel.tor.connection import TorConnection
from onionpanel.ui.bandwidth.page import BandwidthPage
from onionpanel.ui.log.page import LogPage, WarningNotifier
from onionpanel.ui.shell.page_feed import PageFeed
from tests.conftest import ARTIFACTS
from tests.test_log_page import FakeClock

pytestmark = [pytest.mark.tor, pytest.mark.slow]
PAYLOAD = 1024 * 1024


class BulkServer:
    """Sends PAYLOAD bytes to whoever connects, on 127.0.0.1 and a free port."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                peer, _ = self.listener.accept()
            except OSError:
                return
            with peer:
                peer.sendall(b"x" * PAYLOAD)

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def bulk_server() -> Iterator[BulkServer]:
    server = BulkServer()
    try:
        yield server
    finally:
        server.close()


def download_by_raw_ip(socks_port: int, port: int) -> int:
    """A SOCKS5 request with an IPv4 address: tor serves it, and warns (DANGEROUS_SOCKS)."""
    received = 0
    with socks5_connect(socks_port, "127.0.0.1", port, timeout=30) as stream:
        while chunk := stream.recv(65536):
            received += len(chunk)
    return received


def test_sandbox_traffic_and_warning_reach_the_pages(
    qtbot: QtBot, qapp: Any, sandbox: SandboxNetwork, bulk_server: BulkServer
) -> None:
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    log_page = LogPage(notifier=WarningNotifier(clock=FakeClock()))
    bandwidth_page = BandwidthPage()
    for page in (log_page, bandwidth_page):
        qtbot.addWidget(page)
    notifications: list[tuple[str, str, int]] = []
    log_page.notifier.notification.connect(lambda *args: notifications.append(args))
    feed = PageFeed(log_page, bandwidth_page)
    connection = TorConnection(sandbox.control_endpoint, defaults=(), sandbox=True)

    async def until(condition: Callable[[], bool], seconds: float = 30) -> bool:
        for _ in range(int(seconds / 0.05)):
            if condition():
                return True
            await asyncio.sleep(0.05)
        return condition()

    def warned() -> bool:
        # A live warning raises a notification; the back-fill may hold older ones (the
        # sandbox's own readiness check makes the same kind of request).
        return any("only an IP address" in body for _, body, _ in notifications)

    async def scenario() -> tuple[int, int]:
        await connection.connect()
        await feed.attach(connection)
        start_read = bandwidth_page.history.totals.read
        tor_read_before = int(await connection.get_info("traffic/read"))
        # tor rate-limits this warning to one per 5 s: another test may just have caused one.
        for _ in range(10):
            got = await asyncio.to_thread(download_by_raw_ip, sandbox.socks_port, bulk_server.port)
            assert got == PAYLOAD
            if await until(warned, seconds=1.5):
                break
        assert await until(lambda: bandwidth_page.history.totals.read - start_read >= PAYLOAD)
        tor_read_after = int(await connection.get_info("traffic/read"))
        return start_read, tor_read_after - tor_read_before

    started = time.time()
    try:
        start_read, tor_counted = loop.run_until_complete(scenario())
        bandwidth_page.resize(760, 420)
        bandwidth_page.show()
        qtbot.waitExposed(bandwidth_page)
        ARTIFACTS.mkdir(exist_ok=True)
        bandwidth_page.grab().save(str(ARTIFACTS / "bandwidth_page_sandbox.png"))
        log_page.resize(900, 420)
        log_page.show()
        qtbot.waitExposed(log_page)
        bar = log_page.view.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
        log_page.grab().save(str(ARTIFACTS / "log_page_sandbox.png"))
    finally:
        feed.detach()
        loop.run_until_complete(connection.close())
        asyncio.set_event_loop(None)
        loop.close()

    history = bandwidth_page.history
    assert tor_counted >= PAYLOAD
    assert history.totals.read - start_read >= PAYLOAD
    assert max(rate.read for rate in history.rates(1)) > 0
    assert bandwidth_page.read_total.text() != "0 B"

    live_warnings = [
        e
        for e in log_page.visible_entries()
        if "only an IP address" in e.message and e.time >= started - 1
    ]
    assert live_warnings
    assert live_warnings[-1].severity is Severity.WARN
    assert len(notifications) == 1
    assert "only an IP address" in notifications[0][1]
