"""The status page and main window, rendered from TorStatus and Notice values."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onionpanel.core.status import ConnectionPhase, ControlEndpoint, Notice, NoticeKind, TorStatus
from onionpanel.ui.shell.main_window import MainWindow
from onionpanel.ui.status.notices import notice_text
from onionpanel.ui.status.page import StatusPage
from tests.ui.conftest import (
    BOOTSTRAP_PROBLEM,
    BOOTSTRAPPING,
    CLOCK_SKEW,
    CONNECTED,
    DANGEROUS_PORT,
    DANGEROUS_SOCKS,
    DNS_HIJACKED,
    NOTICES,
    OUT_OF_DATE,
)


@pytest.mark.parametrize(
    ("notice", "words"),
    [
        (CLOCK_SKEW, ["3600 seconds behind", "the network consensus"]),
        (BOOTSTRAP_PROBLEM, ["Connection refused", "a relay refused the connection"]),
        (DANGEROUS_PORT, ["port 23", "refused"]),
        (DANGEROUS_SOCKS, ["198.51.100.7:80", "SOCKS5", "DNS leak"]),
        (DNS_HIJACKED, ["DNS hijacking"]),
        (OUT_OF_DATE, ["0.4.7.1", "out of date", "0.4.9.11"]),
    ],
)
def test_notice_sentences(qapp: object, notice: Notice | None, words: list[str]) -> None:
    assert notice is not None
    text = notice_text(notice)
    for word in words:
        assert word in text


def test_clock_ahead_of_a_relay(qapp: object) -> None:
    notice = Notice(NoticeKind.CLOCK_SKEW, "WARN", {"SKEW": "120", "SOURCE": "OR:192.0.2.1:9001"})
    assert notice_text(notice) == (
        "Your clock is 120 seconds ahead of the relay at 192.0.2.1:9001. Tor needs a correct clock."
    )


@pytest.mark.parametrize(
    ("task", "sentence"),
    [
        ("circuits", "Could not load the circuit list: tor hung up."),
        ("log", "Could not load Tor's log: tor hung up."),
        ("config", "Could not read Tor's configuration: tor hung up."),
        ("relays", "Could not load the relay list: tor hung up."),
        ("action", "A background task of the panel failed: tor hung up."),
        ("", "A background task of the panel failed: tor hung up."),
    ],
)
def test_a_failed_task_is_one_whole_sentence(qapp: object, task: str, sentence: str) -> None:
    """Issue 17: each task has its own sentence, none is a phrase put into a frame."""
    arguments = {"task": task, "problem": "tor hung up", "count": "0"}
    text = notice_text(Notice(NoticeKind.PANEL_TASK_FAILED, "WARN", arguments))
    assert text == sentence + " The panel tries again when it reconnects."


@pytest.mark.parametrize(("count", "word"), [(1, "1 problem:"), (4, "4 problems:")])
def test_relay_list_problems_are_counted_in_one_sentence(
    qapp: object, count: int, word: str
) -> None:
    arguments = {"task": "relay_problems", "problem": "a; b; c; …", "count": str(count)}
    text = notice_text(Notice(NoticeKind.PANEL_TASK_FAILED, "WARN", arguments))
    assert text == (
        f"Could not use all of Tor's relay list, {word} a; b; c; … "
        "The panel tries again when it reconnects."
    )


def test_every_notice_kind_has_a_sentence(qapp: object) -> None:
    for kind in NoticeKind:
        text = notice_text(Notice(kind, "WARN", {}))
        assert text
        assert "{" not in text
        assert not text.startswith("Tor reported")


def test_status_page_fields(qtbot: object, qapp: object) -> None:
    page = StatusPage()
    page.show_status(BOOTSTRAPPING)
    assert page.phase_label.text() == "Bootstrapping 45 %: Loading relay descriptors"
    assert page.bootstrap_bar.value() == 45
    assert page.version_label.text() == "0.4.9.11 (recommended)"
    assert page.endpoint_label.text() == "127.0.0.1:9051"
    assert page.auth_label.text() == "Safe cookie"
    page.show_status(CONNECTED.with_(version_status="obsolete"))
    assert page.version_label.text() == "0.4.9.11 (obsolete, please update)"
    assert page.phase_label.text() == "Connected"


def test_status_page_lists_notices_newest_first(qtbot: object, qapp: object) -> None:
    page = StatusPage()
    assert page.notice_texts() == []
    for notice in NOTICES:
        page.add_notice(notice)
    assert page.notice_texts() == [notice_text(n) for n in reversed(NOTICES)]


def test_disconnected_shows_the_error_text(qtbot: object, qapp: object) -> None:
    page = StatusPage()
    page.show_status(TorStatus(error="Cannot read /run/tor/control.authcookie"))
    assert page.error_label.isVisibleTo(page)
    assert "control.authcookie" in page.error_label.text()
    page.show_status(CONNECTED)
    assert not page.error_label.isVisibleTo(page)


def test_sandbox_banner_only_on_the_sandbox(qtbot: object, qapp: object) -> None:
    window = MainWindow()
    window.show_status(CONNECTED)
    assert not window.sandbox_banner.isVisibleTo(window)
    window.show_status(CONNECTED.with_(sandbox=True))
    assert window.sandbox_banner.isVisibleTo(window)
    assert "Sandbox — not anonymous" in window.sandbox_banner.text()
    assert "not anonymous" in window.windowTitle()


def test_adding_a_page_is_one_line(qtbot: object, qapp: object) -> None:
    from PySide6.QtWidgets import QLabel

    window = MainWindow()
    index = window.add_page("Circuits", QLabel("circuits here"))
    assert window.navigation.item(index).text() == "Circuits"
    window.show_page(index)
    assert window.pages.currentIndex() == index


def test_pages_reachable_by_keyboard(qtbot, qapp: object) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel

    window = MainWindow()
    window.add_page("Circuits", QLabel("circuits"))
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.pages.currentIndex() == 1
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.pages.currentIndex() == 0
    # Offscreen Qt has no active window, so window shortcuts are checked by their binding.
    by_key = {a.shortcut().toString(): a for a in window.actions()}
    by_key["Alt+2"].trigger()
    assert window.pages.currentIndex() == 1
    assert QKeySequence("Esc").toString() in [
        k.toString() for a in window.actions() for k in a.shortcuts()
    ]


def _grab(window: MainWindow, path: Path) -> None:
    window.show()
    QApplication.processEvents()
    assert window.grab().save(str(path))


def test_status_window_screenshot(qtbot, qapp: object, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_status(CONNECTED.with_(sandbox=True))
    for notice in NOTICES:
        window.status_page.add_notice(notice)
    _grab(window, artifacts / "status_window.png")


def test_bootstrapping_window_screenshot(qtbot, qapp: object, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_status(BOOTSTRAPPING)
    _grab(window, artifacts / "status_window_bootstrapping.png")


def test_error_window_screenshot(qtbot, qapp: object, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    from onionpanel.tor.errors import CookieUnreadable
    from onionpanel.ui.shell.errors import error_text

    error = CookieUnreadable(
        ControlEndpoint.unix("/run/tor/control"),
        "/run/tor/control.authcookie",
        "debian-tor",
        "alice",
        "permission denied",
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_status(TorStatus(phase=ConnectionPhase.DISCONNECTED, error=error_text(error)))
    text = window.status_page.error_label.text()
    assert "/run/tor/control.authcookie (permission denied)" in text
    assert "sudo usermod -aG debian-tor alice" in text
    assert 'users.users.alice.extraGroups = [ "debian-tor" ]' in text
    assert "chmod" not in text
    _grab(window, artifacts / "status_window_cookie_error.png")


def test_no_tor_error_lists_what_was_tried(qapp: object) -> None:
    from onionpanel.tor.errors import Attempt, NoControlPort
    from onionpanel.ui.shell.errors import error_text, is_no_tor

    error = NoControlPort(
        [
            Attempt(ControlEndpoint.unix("/run/tor/control"), "no such file"),
            Attempt(ControlEndpoint.tcp("127.0.0.1", 9051), "connection refused"),
        ]
    )
    assert is_no_tor(error)
    assert error_text(error).splitlines()[1:] == [
        "• unix:/run/tor/control: no such file",
        "• 127.0.0.1:9051: connection refused",
    ]


def test_cookie_only_its_owner_may_read_says_so_and_never_join_root(
    qtbot, qapp: object, artifacts: Path
) -> None:  # type: ignore[no-untyped-def]
    from onionpanel.tor.errors import CookieUnreadable
    from onionpanel.tor.permissions import Access
    from onionpanel.ui.shell.errors import error_text

    path = "/var/lib/tor/control_auth_cookie"
    error = CookieUnreadable(
        ControlEndpoint.tcp("127.0.0.1", 9051),
        path,
        "",
        "alice",
        "Permission denied",
        Access(path, "root", "root", 0o600, False),
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_status(TorStatus(phase=ConnectionPhase.DISCONNECTED, error=error_text(error)))
    text = window.status_page.error_label.text()
    assert "owned by root:root with mode 0600, so only root may open it" in text
    assert "CookieAuthFileGroupReadable 1" in text
    assert "usermod" not in text
    _grab(window, artifacts / "status_window_cookie_owner_only.png")


def test_a_directory_only_its_owner_may_enter_is_named(qapp: object) -> None:
    from onionpanel.tor.errors import CookieUnreadable
    from onionpanel.tor.permissions import Access
    from onionpanel.ui.shell.errors import error_text

    error = CookieUnreadable(
        ControlEndpoint.tcp("127.0.0.1", 9051),
        "/var/lib/tor/control_auth_cookie",
        "",
        "alice",
        "Permission denied",
        Access("/var/lib/tor", "tor", "tor", 0o700, True),
    )
    text = error_text(error)
    assert "The directory /var/lib/tor is owned by tor:tor with mode 0700, so only tor may" in text
    assert "The cookie file" not in text
