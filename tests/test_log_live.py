"""A real tor warning reaches the log page and raises exactly one notification.

The tor is ours, on loopback only: its one directory authority is a socket we hold open and
never answer, so it never bootstraps and sends nothing anywhere, but its SocksPort works.
"""

from __future__ import annotations

import asyncio
import os
import socket
import struct
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import qasync
from PySide6.QtCore import QObject, Signal

from onionpanel.core.log import Severity
from onionpanel.launcher.process import TorProcess
from onionpanel.tor import logsource
from onionpanel.ui.bandwidth.page import BandwidthPage
from onionpanel.ui.log.page import LogPage, WarningNotifier
from onionpanel.ui.shell.page_feed import PageFeed
from tests.conftest import ARTIFACTS
from tests.stem_stand_in import StemStandIn
from tests.test_log_page import FakeClock

pytestmark = pytest.mark.tor


class QtPoster(QObject):
    """``call_soon_threadsafe`` onto Qt's thread (a queued signal), as the bridge does."""

    posted = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(lambda function, args: function(*args))

    def call_soon_threadsafe(self, function: Callable[..., Any], *args: Any) -> None:
        self.posted.emit(function, args)


@pytest.fixture(scope="module")
def blackhole() -> Iterator[int]:
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(16)
    try:
        yield hole.getsockname()[1]
    finally:
        hole.close()


@pytest.fixture(scope="module")
def socks_tor(tmp_path_factory: pytest.TempPathFactory, blackhole: int) -> Iterator[TorProcess]:
    directory = tmp_path_factory.mktemp(f"log-live-{os.getpid()}")
    authority = f"blackhole orport={blackhole} no-v2 v3ident={'A' * 40} 127.0.0.1:{blackhole}"
    process = TorProcess(
        directory,
        [
            "SocksPort 127.0.0.1:auto",
            "ControlPort 127.0.0.1:auto",
            "CookieAuthentication 1",
            f"DirAuthority {authority} {'B' * 40}",
            "ClientUseIPv6 0",
        ],
        owner_pid=os.getpid(),
    )
    try:
        process.start()
        process.wait_for_control_port()
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="module")
def connection(socks_tor: TorProcess) -> Iterator[StemStandIn]:
    # One control connection for the module: stem takes ownership of a tor started with
    # __OwningControllerProcess, so tor exits when that connection closes.
    stand_in = StemStandIn(socks_tor.wait_for_control_port(), asyncio.new_event_loop())
    try:
        yield stand_in
    finally:
        stand_in.close()


def socks5_request_for_raw_ip(address: str) -> None:
    host, port = address.strip('"').rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as client:
        client.sendall(b"\x05\x01\x00")
        assert client.recv(2) == b"\x05\x00"
        client.sendall(b"\x05\x01\x00\x01" + socket.inet_aton("127.0.0.1") + struct.pack(">H", 80))
        client.recv(10)  # tor's refusal, or end of stream


def test_raw_ip_socks_warning_is_logged_and_notified_once(
    qtbot: QtBot, connection: StemStandIn
) -> None:
    page = LogPage(notifier=WarningNotifier(clock=FakeClock()))
    qtbot.addWidget(page)
    page.resize(900, 360)
    page.show()
    notifications: list[tuple[str, str, int]] = []
    page.notifier.notification.connect(lambda *args: notifications.append(args))

    connection.loop = QtPoster()  # type: ignore[assignment]
    subscription = logsource.subscribe_log(connection, page.add_entries)
    socks_address = connection.controller.get_info("net/listeners/socks")
    socks5_request_for_raw_ip(socks_address)

    def warned() -> None:
        assert any("only an IP address" in e.message for e in page.visible_entries())

    qtbot.waitUntil(warned, timeout=15_000)
    subscription.close()

    warning = next(e for e in page.visible_entries() if "only an IP address" in e.message)
    assert warning.severity is Severity.WARN
    # tor warns twice for this request (raw IP, then private address): still one notification.
    assert len(notifications) == 1
    title, body, severity = notifications[0]
    assert title == "Tor reported a warning"
    assert "only an IP address" in body
    assert severity == Severity.WARN
    ARTIFACTS.mkdir(exist_ok=True)
    page.grab().save(str(ARTIFACTS / "log_page_live_warning.png"))


def test_page_feed_backfills_subscribes_and_follows_the_verbose_box(
    qtbot: QtBot, qapp: Any, connection: StemStandIn
) -> None:
    loop = qasync.QEventLoop(qapp, already_running=False)
    log_page = LogPage(notifier=WarningNotifier(clock=FakeClock()))
    bandwidth_page = BandwidthPage()
    qtbot.addWidget(log_page)
    qtbot.addWidget(bandwidth_page)
    feed = PageFeed(log_page, bandwidth_page)
    connection.loop = loop
    try:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(feed.attach(connection))
        assert log_page.backfill_label.isHidden()
        backfilled = [entry.message for entry in log_page.visible_entries()]
        assert any("Bootstrapped 0%" in message for message in backfilled)
        assert connection.subscribed() >= {"NOTICE", "WARN", "ERR", "BW"}

        async def until(condition: Callable[[], bool]) -> None:
            for _ in range(1000):
                if condition():
                    return
                await asyncio.sleep(0.02)
            raise AssertionError("condition not met within 20 s")

        loop.run_until_complete(until(lambda: bandwidth_page.history.samples_seen >= 2))

        log_page.show()
        log_page.verbose_check.setChecked(True)
        loop.run_until_complete(until(lambda: "DEBUG" in connection.subscribed()))
        log_page.hide()
        loop.run_until_complete(until(lambda: "DEBUG" not in connection.subscribed()))

        feed.detach()
        assert not connection.subscribed() & {"NOTICE", "WARN", "ERR", "BW", "INFO", "DEBUG"}
    finally:
        asyncio.set_event_loop(None)
        loop.close()
