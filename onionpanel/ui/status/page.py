"""The status page: bootstrap, tor version, control endpoint, notices.

StatusPage(QWidget)
|- show_status(status)     update every field from one TorStatus
|- add_notice(notice, at=None, *, first=None, times=1)   a human-readable notice, newest
                           first; one row per kind, with how many times it came and when first
|- notice_texts() -> list[str], notice_count(kind) -> int
|- show_socks_ports(addresses, own_tor=False)   tor's SocksPort(s), with a Copy button
|- routers_box             the routing helper's routed interfaces (ui.status.routers), hidden
|                          without [[router]] entries
|- show_routers(routers, applied)   what the routing helper says about them
|- notices_seen()          signal: the page is on screen, so its notices have been seen
|- add_setting(action) -> QCheckBox   a check box bound to a checkable action (autostart)
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from onionpanel.core.routers import RouterInfo
from onionpanel.core.status import ConnectionPhase, Notice, NoticeKind, TorStatus
from onionpanel.ui.common.words import plural
from onionpanel.ui.status.notices import (
    auth_text,
    notice_is_warning,
    notice_text,
    phase_text,
    version_text,
)
from onionpanel.ui.status.routers import RoutersBox

MAX_NOTICES = 200
REPEAT_SHOWN_EVERY = 1.0  # seconds: a notice tor repeats per request repaints no more often


@dataclass(frozen=True)
class _Repeat:
    """A notice that came again, put into words only when its row is next shown."""

    item: QListWidgetItem
    notice: Notice
    count: int
    first: str  # when it came first, as shown
    when: QTime  # when it came this time


class StatusPage(QWidget):
    notices_seen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[NoticeKind, tuple[QListWidgetItem, int, str]] = {}  # item, count, first
        self._icons: dict[bool, QIcon] = {}  # warning or not
        # the top row's next words, while they wait to be shown
        self._pending_repeat: _Repeat | None = None
        self._repeat_shown_at = 0.0
        self._repeat_timer = QTimer(self)
        self._repeat_timer.setSingleShot(True)
        self._repeat_timer.timeout.connect(self._show_repeat)
        self.setAccessibleName(self.tr("Status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)

        self.phase_label = QLabel()
        heading = QFont(self.phase_label.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.35)
        heading.setBold(True)
        self.phase_label.setFont(heading)
        self.phase_label.setAccessibleName(self.tr("Connection state"))
        self.phase_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.phase_label)

        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setAccessibleName(self.tr("Progress details"))
        self.detail_label.hide()
        layout.addWidget(self.detail_label)

        self.bootstrap_bar = QProgressBar()
        self.bootstrap_bar.setRange(0, 100)
        self.bootstrap_bar.setAccessibleName(self.tr("Bootstrap progress"))
        layout.addWidget(self.bootstrap_bar)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.error_label.setStyleSheet(
            "QLabel { background: #fdecea; color: #611a15; padding: 8px; border-radius: 4px; }"
        )
        self.error_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.error_label.setAccessibleName(self.tr("Connection error"))
        self.error_label.hide()
        layout.addWidget(self.error_label)

        layout.addWidget(self._details_box())
        self.routers_box = RoutersBox()
        layout.addWidget(self.routers_box)
        layout.addWidget(self._notices_box(), stretch=1)
        self._layout = layout
        self.settings: list[QCheckBox] = []
        self.show_status(TorStatus())

    def add_setting(self, action: QAction) -> QCheckBox:
        """A check box under the notices that follows a checkable action both ways."""
        box = QCheckBox(action.text().replace("&", ""))
        box.setAccessibleName(box.text())
        box.setChecked(action.isChecked())
        box.toggled.connect(action.setChecked)
        action.toggled.connect(box.setChecked)
        self._layout.addWidget(box)
        self.settings.append(box)
        return box

    def _value_label(self, accessible_name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(accessible_name)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tor"))
        box.setAccessibleName(self.tr("Tor details"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.version_label = self._value_label(self.tr("Tor version"))
        self.endpoint_label = self._value_label(self.tr("Control endpoint"))
        self.auth_label = self._value_label(self.tr("Authentication method"))
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Control port:"), self.endpoint_label)
        form.addRow(self.tr("Authentication:"), self.auth_label)
        self.socks_label = self._value_label(self.tr("SOCKS port for applications"))
        self.socks_copy = QPushButton(self.tr("Copy"))
        self.socks_copy.setAccessibleName(self.tr("Copy the SOCKS port"))
        self.socks_copy.setToolTip(
            self.tr("Copy host:port, to paste into an application's proxy setting")
        )
        self.socks_copy.clicked.connect(self._copy_socks)
        socks_row = QHBoxLayout()
        socks_row.setContentsMargins(0, 0, 0, 0)
        socks_row.addWidget(self.socks_label, 1)
        socks_row.addWidget(self.socks_copy)
        self._socks_row = QWidget()
        self._socks_row.setLayout(socks_row)
        form.addRow(self.tr("SOCKS port:"), self._socks_row)
        self._form = form
        self.show_socks_ports([])
        return box

    def show_socks_ports(self, addresses: Sequence[str], *, own_tor: bool = False) -> None:
        """Where applications reach tor (its SocksPort listeners); none: the row hides."""
        self._socks = list(addresses)
        self._form.setRowVisible(self._socks_row, bool(addresses))
        if not addresses:
            self.socks_label.setText("")
            return
        text = ", ".join(addresses)
        if own_tor:
            text = self.tr("{address} (SOCKS5; the Tor OnionPanel started)").format(address=text)
        self.socks_label.setText(text)

    def show_routers(self, routers: Sequence[RouterInfo], applied: str) -> None:
        self.routers_box.show_routers(routers, applied)

    def _copy_socks(self) -> None:
        if self._socks:
            QGuiApplication.clipboard().setText(self._socks[0])

    def _notices_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notices from Tor"))
        box.setAccessibleName(self.tr("Notices from Tor"))
        layout = QVBoxLayout(box)
        self.notices = QListWidget()
        self.notices.setAccessibleName(self.tr("Notices"))
        self.notices.setWordWrap(True)
        self.notices.setAlternatingRowColors(True)
        self.notices.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.empty_notices = QLabel(self.tr("Tor has reported nothing that needs attention."))
        self.empty_notices.setAccessibleName(self.tr("No notices"))
        self.empty_notices.setEnabled(False)
        layout.addWidget(self.empty_notices)
        layout.addWidget(self.notices, stretch=1)
        layout.addStretch(1)
        self._notices_layout = layout
        self.notices.hide()
        return box

    def show_status(self, status: TorStatus) -> None:
        self.phase_label.setText(phase_text(status))
        connected = status.phase is ConnectionPhase.CONNECTED
        self.bootstrap_bar.setValue(status.bootstrap.progress if connected else 0)
        if connected:
            self.bootstrap_bar.setFormat(self.tr("%p %"))
        elif status.phase is ConnectionPhase.DISCONNECTED:
            self.bootstrap_bar.setFormat(self.tr("not connected"))
        else:
            self.bootstrap_bar.setFormat(self.tr("waiting for Tor"))
        self.bootstrap_bar.setAccessibleDescription(phase_text(status))
        self.version_label.setText(version_text(status))
        self.endpoint_label.setText(str(status.endpoint) if status.endpoint else self.tr("—"))
        self.auth_label.setText(auth_text(status.auth_method))
        self.error_label.setText(status.error)
        self.error_label.setVisible(bool(status.error))
        if connected:
            self.show_progress("")

    def show_progress(self, text: str) -> None:
        """Start-up steps of a tor we start (sandbox, own tor), until tor itself reports."""
        self.detail_label.setText(text)
        self.detail_label.setVisible(bool(text))

    def add_notice(
        self, notice: Notice, at: QTime | None = None, *, first: QTime | None = None, times: int = 1
    ) -> None:
        """``at``: when it came (now if None). A notice that came while the page did not exist
        yet comes once, with how many ``times`` it came and when ``first``."""
        now = QTime.currentTime() if at is None else at
        earlier = self._rows.get(notice.kind)
        if earlier is not None and self.notices.row(earlier[0]) == 0:
            # the same notice again (tor repeats some for every connection): its row changes
            # in place, so the list neither moves nor lays out every row again; on screen,
            # and put into words, at most once a second (the count is kept at once)
            item, count, first_text = earlier
            self._rows[notice.kind] = (item, count + times, first_text)
            self._repeat_later(_Repeat(item, notice, count + times, first_text, now))
        else:
            when, item = self._time_text(now), QListWidgetItem()
            if earlier is not None:  # one row per kind: the latest words, a count, the first time
                old_item, count, first_text = earlier
                count += times
                self.notices.takeItem(self.notices.row(old_item))
                if self._pending_repeat is not None and self._pending_repeat.item is old_item:
                    self._pending_repeat = None
            else:
                count, first_text = times, self._time_text(now if first is None else first)
            if count > 1:
                text, sentence = self._repeat_words(notice, count, first_text, when)
            else:
                sentence = notice_text(notice)
                text = f"{when}  {sentence}"
            self._rows[notice.kind] = (item, count, first_text)
            self._set_item(item, text, sentence, self._notice_icon(notice))
            self.notices.insertItem(0, item)
        while self.notices.count() > MAX_NOTICES:
            self.notices.takeItem(self.notices.count() - 1)
        if self.notices.isHidden():
            self.empty_notices.hide()
            self.notices.show()
            self._notices_layout.setStretch(2, 0)  # the spacer kept the hint at the top

        if self.isVisible():
            self.notices_seen.emit()

    @staticmethod
    def _time_text(moment: QTime) -> str:
        return QLocale().toString(moment, "HH:mm:ss")  # the locale's digits

    def _repeat_words(self, notice: Notice, count: int, first: str, when: str) -> tuple[str, str]:
        sentence = notice_text(notice)
        repeated = self.tr(
            "{time}  {notice}  (%n time(s) since {first})",
            "a notice that came again: when, its words, how often since it came first",
            count,
        )
        return plural(repeated, count).format(time=when, notice=sentence, first=first), sentence

    def _repeat_later(self, repeat: _Repeat) -> None:
        self._pending_repeat = repeat
        wait = self._repeat_shown_at + REPEAT_SHOWN_EVERY - time.monotonic()
        if not self.isVisible() or wait <= 0:
            self._show_repeat()
        elif not self._repeat_timer.isActive():
            self._repeat_timer.start(int(wait * 1000) + 1)

    def _show_repeat(self) -> None:
        pending, self._pending_repeat = self._pending_repeat, None
        if pending is None:
            return
        self._repeat_shown_at = time.monotonic()
        text, sentence = self._repeat_words(
            pending.notice, pending.count, pending.first, self._time_text(pending.when)
        )
        self._set_item(pending.item, text, sentence, self._notice_icon(pending.notice))

    @staticmethod
    def _set_item(item: QListWidgetItem, text: str, sentence: str, icon: QIcon) -> None:
        item.setText(text)
        item.setIcon(icon)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setData(Qt.ItemDataRole.UserRole, sentence)

    def _notice_icon(self, notice: Notice) -> QIcon:
        warning = notice_is_warning(notice)
        icon = self._icons.get(warning)
        if icon is None:
            kind = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if warning
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            )
            icon = self._icons[warning] = self.style().standardIcon(kind)
        return icon

    def notice_count(self, kind: NoticeKind) -> int:
        row = self._rows.get(kind)
        return row[1] if row is not None else 0

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.notices_seen.emit()

    def notice_texts(self) -> list[str]:
        role = Qt.ItemDataRole.UserRole
        return [str(self.notices.item(row).data(role)) for row in range(self.notices.count())]
