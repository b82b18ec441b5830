"""ui.log_page with real Qt widgets (offscreen), fed with real-shaped tor log lines."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from onionpanel.core.log import (
    Backfill,
    BackfillProblem,
    LogEntry,
    Severity,
    format_entry,
    parse_log_file,
)
from onionpanel.core.throttle import NotificationThrottle
from onionpanel.ui.log.page import LogModel, LogPage, WarningNotifier
from tests.conftest import ARTIFACTS

DATA = Path(__file__).parent / "data"
NOW = time.mktime((2026, 11, 22, 6, 0, 0, 0, 0, -1))


def file_entries() -> list[LogEntry]:
    return parse_log_file((DATA / "tor-notice.log").read_text(), NOW)


def live(message: str, severity: Severity = Severity.NOTICE, at: float = NOW) -> LogEntry:
    return LogEntry(at, severity, message)


class FakeClock:
    """Time for the notifier's throttle; the test says when 30 s have passed."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def page(qtbot: QtBot) -> LogPage:
    widget = LogPage(notifier=WarningNotifier(clock=FakeClock()))
    qtbot.addWidget(widget)
    widget.resize(900, 420)
    return widget


def test_model_passes_qt_model_checks_while_entries_collapse_and_drop(
    qapp: object, qtmodeltester: ModelTester
) -> None:
    model = LogModel(capacity=4)
    qtmodeltester.check(model)
    model.add_entries(file_entries())
    model.add_entries([live("again"), live("again"), live("other")])
    model.add_entries([live("other")])
    qtmodeltester.check(model)
    assert [(e.message, e.count) for e in model.buffer][-2:] == [("again", 2), ("other", 2)]
    assert len(model.buffer) == 4
    assert model.index(3, LogModel.COUNT).data() == "×2"


def test_backfill_and_live_entries_are_shown_and_repeats_collapsed(
    page: LogPage, qtbot: QtBot
) -> None:
    page.set_backfill(Backfill(tuple(file_entries()), source="/var/log/tor/notices.log"))
    page.add_entries([live("Bootstrapped 100% (done): Done", at=NOW + 1)] * 3)
    assert page.backfill_label.isHidden()
    shown = page.visible_entries()
    assert shown[-1].message == "Bootstrapped 100% (done): Done"
    assert shown[-1].count == 3
    # The repeated "Bootstrapped 0%" line from the file is one row with ×2.
    assert [e.count for e in shown if e.message.startswith("Bootstrapped 0%")] == [2]


def test_severity_filter_and_search_narrow_the_view(page: LogPage) -> None:
    page.add_entries(file_entries())
    page.severity_combo.setCurrentIndex(page.severity_combo.findData(Severity.WARN))
    assert [e.severity for e in page.visible_entries()] == [Severity.WARN, Severity.ERR]
    page.severity_combo.setCurrentIndex(page.severity_combo.findData(Severity.NOTICE))
    page.search_edit.setText("geoip")
    assert [e.message for e in page.visible_entries()] == [
        "Parsing GEOIP IPv4 file /usr/share/tor/geoip."
    ]
    page.search_edit.clear()
    assert len(page.visible_entries()) == 5


def test_save_writes_exactly_what_the_view_shows(page: LogPage, tmp_path: Path) -> None:
    page.add_entries(file_entries())
    page.search_edit.setText("bootstrapped")
    target = tmp_path / "saved.log"
    page.save_to(target)
    lines = target.read_text().splitlines()
    shown_rows = [
        " ".join(
            str(page.proxy.index(row, column).data())
            for column in (LogModel.TIME, LogModel.MESSAGE)
        )
        for row in range(page.proxy.rowCount())
    ]
    assert len(lines) == len(shown_rows) == 1
    assert lines == [format_entry(entry) for entry in page.visible_entries()]
    assert shown_rows[0].split(" ", 2)[2] in lines[0]
    assert lines[0].endswith("Bootstrapped 0% (starting): Starting (×2)")


def test_save_to_an_unwritable_place_raises_and_leaves_nothing(
    page: LogPage, tmp_path: Path
) -> None:
    page.add_entries(file_entries())
    with pytest.raises(OSError, match="No such file"):
        page.save_to(tmp_path / "missing-dir" / "saved.log")
    assert not (tmp_path / "missing-dir").exists()


def test_copy_puts_the_selected_rows_on_the_clipboard(page: LogPage) -> None:
    page.add_entries(file_entries())
    page.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    page.view.selectRow(2)
    page.copy_selection()
    assert QGuiApplication.clipboard().text() == format_entry(page.visible_entries()[2]) + "\n"


def test_backfill_problem_is_explained(page: LogPage) -> None:
    page.set_backfill(
        Backfill(
            problem=BackfillProblem.FILE_UNREADABLE,
            detail="/var/log/tor/notices.log: Permission denied",
        )
    )
    assert not page.backfill_label.isHidden()
    assert "/var/log/tor/notices.log" in page.backfill_label.text()
    page.set_backfill(Backfill(problem=BackfillProblem.JOURNAL_UNREADABLE))
    assert "systemd-journal" in page.backfill_label.text()


def test_verbose_is_requested_only_while_ticked_and_visible(page: LogPage, qtbot: QtBot) -> None:
    requests: list[bool] = []
    page.verbose_requested.connect(requests.append)
    page.verbose_check.setChecked(True)
    assert requests == []  # not visible yet: nobody is asking
    page.show()
    qtbot.waitExposed(page)
    assert requests == [True]
    assert page.current_filter().min_severity is Severity.DEBUG
    page.hide()
    assert requests == [True, False]
    page.show()
    page.verbose_check.setChecked(False)
    assert requests == [True, False, True, False]
    assert page.current_filter().min_severity is Severity.NOTICE


def test_choosing_info_or_debug_asks_for_them(page: LogPage) -> None:
    page.severity_combo.setCurrentIndex(page.severity_combo.findData(Severity.INFO))
    assert page.verbose_check.isChecked()
    assert page.current_filter().min_severity is Severity.INFO


def test_a_flood_of_warnings_is_one_notification_then_one_summary(page: LogPage) -> None:
    clock = page.notifier.clock
    assert isinstance(clock, FakeClock)
    sent: list[tuple[str, str, int]] = []
    page.notifier.notification.connect(lambda *args: sent.append(args))
    page.add_entries([live("Bootstrapped 5%")])
    for number in range(100):
        page.add_entries([live(f"Socks request {number} with raw IP", Severity.WARN)])
    assert len(sent) == 1
    assert sent[0][1] == "Socks request 0 with raw IP"
    assert sent[0][2] == Severity.WARN
    clock.now += 30
    page.notifier.flush()
    assert len(sent) == 2
    assert "99" in sent[1][0]
    page.notifier.flush()
    assert len(sent) == 2


def test_showing_the_page_keeps_the_newest_message_in_view(page: LogPage, qtbot: QtBot) -> None:
    page.add_entries([live(f"Bootstrapped {n}%", at=NOW + n) for n in range(100)])
    page.show()
    bar = page.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    bar.setValue(0)  # the user scrolls up to read: new messages do not pull the view down
    page.add_entries([live("newer")])
    assert bar.value() == 0


def test_screenshot(page: LogPage, qtbot: QtBot) -> None:
    page.set_backfill(
        Backfill(
            tuple(file_entries()),
            source="journal",
        )
    )
    page.set_backfill(Backfill(problem=BackfillProblem.JOURNAL_UNREADABLE))
    page.add_entries(
        [
            live("Bootstrapped 100% (done): Done", at=NOW + 5),
            live(
                "Your application (using socks5 to port 80) is giving Tor only an IP address. "
                "Applications that do DNS resolves themselves may leak information.",
                Severity.WARN,
                NOW + 9,
            ),
        ]
        * 2
    )
    page.show()
    qtbot.waitExposed(page)
    ARTIFACTS.mkdir(exist_ok=True)
    assert page.grab().save(str(ARTIFACTS / "log_page.png"))


def test_the_summary_timer_is_armed_only_while_a_summary_waits(qtbot: QtBot) -> None:
    notifier = WarningNotifier()
    notifier.throttle = NotificationThrottle(interval=0.05)  # real clock, a short interval
    sent: list[str] = []
    notifier.notification.connect(lambda title, body, severity: sent.append(title))
    notifier.offer([live("first", Severity.WARN)])
    assert not notifier._summary_timer.isActive()
    notifier.offer([live("second", Severity.WARN), live("third", Severity.ERR)])
    assert notifier._summary_timer.isActive()
    with qtbot.waitSignal(notifier.notification, timeout=5_000):
        pass
    assert sent == ["Tor reported a warning", "Tor reported 2 warnings or errors"]
    assert not notifier._summary_timer.isActive()
