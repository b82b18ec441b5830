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
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, Signal

from onionpanel.core.log import Severity
from onionpanel.launcher.process import TorProcess
from onionpanel.tor import logsource
from onionpanel.ui.log_page import LogPage, WarningNotifier
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


def socks5_request_for_raw_ip(address: str) -> None:
    host, port = address.strip('"').rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as client:
        client.sendall(b"\x05\x01\x00")
        assert client.recv(2) == b"\x05\x00"
        client.sendall(b"\x05\x01\x00\x01" + socket.inet_aton("127.0.0.1") + struct.pack(">H", 80))
        client.recv(10)  # tor's refusal, or end of stream


def test_raw_ip_socks_warning_is_logged_and_notified_once(
    qtbot: QtBot, socks_tor: TorProcess, tmp_path: Path
) -> None:
    page = LogPage(notifier=WarningNotifier(clock=FakeClock()))
    qtbot.addWidget(page)
    page.resize(900, 360)
    page.show()
    notifications: list[tuple[str, str, int]] = []
    page.notifier.notification.connect(lambda *args: notifications.append(args))

    connection = StemStandIn(socks_tor.wait_for_control_port(), QtPoster())  # type: ignore[arg-type]
    try:
        subscription = asyncio.run(logsource.subscribe_log(connection, page.add_entries))
        socks_address = connection.controller.get_info("net/listeners/socks")
        socks5_request_for_raw_ip(socks_address)

        def warned() -> None:
            assert any("only an IP address" in e.message for e in page.visible_entries())

        qtbot.waitUntil(warned, timeout=15_000)
        asyncio.run(subscription.close())
    finally:
        connection.close()

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
