"""The status page: bootstrap, tor version, control endpoint, notices.

StatusPage(QWidget)
|- show_status(status)     update every field from one TorStatus
|- add_notice(notice)      append a human-readable notice (newest first)
|- notice_texts() -> list[str]
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from onionpanel.core.status import ConnectionPhase, Notice, TorStatus
from onionpanel.ui.status.notices import (
    auth_text,
    notice_is_warning,
    notice_text,
    phase_text,
    version_text,
)

MAX_NOTICES = 200


class StatusPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout.addWidget(self._notices_box(), stretch=1)
        self.show_status(TorStatus())

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
        return box

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

    def add_notice(self, notice: Notice) -> None:
        icon_kind = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if notice_is_warning(notice)
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        sentence = notice_text(notice)
        when = QTime.currentTime().toString("HH:mm:ss")
        item = QListWidgetItem(self.style().standardIcon(icon_kind), f"{when}  {sentence}")
        item.setData(Qt.ItemDataRole.UserRole, sentence)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, sentence)
        self.notices.insertItem(0, item)
        while self.notices.count() > MAX_NOTICES:
            self.notices.takeItem(self.notices.count() - 1)
        if self.notices.isHidden():
            self.empty_notices.hide()
            self.notices.show()
            self._notices_layout.setStretch(2, 0)  # the spacer kept the hint at the top

    def notice_texts(self) -> list[str]:
        role = Qt.ItemDataRole.UserRole
        return [str(self.notices.item(row).data(role)) for row in range(self.notices.count())]
