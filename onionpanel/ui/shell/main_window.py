"""The panel's window: banners on top, a page list on the left, pages on the right.

Banner(QLabel)                   a coloured strip; sandbox_banner(), info_banner()
MainWindow(QMainWindow)
|- add_page(title, widget) -> int    adding a page is one line
|- add_lazy_page(title, build) -> int   build() makes the page when it is first shown
|- add_strip(widget)                 a bar under the banners, above every page
|- show_page(index)
|- show_status(status)               banners + every page that has show_status()
|- explain_no_tray(reason)           shown when no tray host exists
|- status_page                       the first page
|- closing(bool)                     signal; True when closing should quit (no tray)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from onionpanel.core.status import TorStatus
from onionpanel.ui.common.accessibility import name_qt_parts
from onionpanel.ui.shell.language import LanguageMenu
from onionpanel.ui.status.page import StatusPage

SANDBOX_STYLE = "background: #b3261e; color: white; font-weight: bold; padding: 6px 12px;"
INFO_STYLE = "background: #fff4ce; color: #3d2e00; padding: 8px 12px;"


class Banner(QLabel):
    def __init__(self, text: str, style: str, accessible_name: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setStyleSheet(f"QLabel {{ {style} }}")
        self.setAccessibleName(accessible_name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)


class MainWindow(QMainWindow):
    close_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("OnionPanel"))
        self.setAccessibleName(self.tr("OnionPanel"))
        self.resize(820, 560)
        central = QWidget()
        central.setAccessibleName(self.tr("OnionPanel main area"))
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.sandbox_banner = Banner(
            self.tr(
                "Sandbox — not anonymous. This is a private practice Tor network on this "
                "computer; nothing you do here is hidden."
            ),
            SANDBOX_STYLE,
            self.tr("Sandbox warning"),
        )
        self.sandbox_banner.hide()
        self.tray_banner = Banner("", INFO_STYLE, self.tr("No system tray"))
        self.tray_banner.hide()
        outer.addWidget(self.sandbox_banner)
        outer.addWidget(self.tray_banner)
        self._outer = outer
        self._strips = 0

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setFixedWidth(160)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.pages = QStackedWidget()
        self.pages.setAccessibleName(self.tr("Page"))
        self._builders: dict[int, Callable[[], QWidget]] = {}
        self._status: TorStatus | None = None
        self.navigation.currentRowChanged.connect(self._show_row)
        body.addWidget(self.navigation)
        body.addWidget(self.pages, stretch=1)
        outer.addLayout(body, stretch=1)
        self.setCentralWidget(central)

        self.status_page = StatusPage()
        self.add_page(self.tr("Status"), self.status_page)
        self.menuBar().addMenu(LanguageMenu(self))
        name_qt_parts(self)
        self._add_shortcuts()

    def add_page(self, title: str, page: QWidget) -> int:
        name_qt_parts(page)
        index = self.pages.addWidget(page)
        self.navigation.addItem(title)
        if page.accessibleName() == "":
            page.setAccessibleName(title)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)
        return index

    def add_lazy_page(self, title: str, build: Callable[[], QWidget]) -> int:
        """A navigation entry now; the page itself when it is first shown."""
        placeholder = QWidget()
        placeholder.setAccessibleName(title)
        index = self.pages.addWidget(placeholder)
        self._builders[index] = build
        self.navigation.addItem(title)
        return index

    def _show_row(self, row: int) -> None:
        build = self._builders.pop(row, None)
        if build is not None:
            title = self.navigation.item(row).text()
            placeholder = self.pages.widget(row)
            assert placeholder is not None
            page = build()
            name_qt_parts(page)
            if page.accessibleName() == "":
                page.setAccessibleName(title)
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            show = getattr(page, "show_status", None)
            if self._status is not None and callable(show):
                show(self._status)
        self.pages.setCurrentIndex(row)

    def add_strip(self, widget: QWidget) -> None:
        self._strips += 1
        self._outer.insertWidget(1 + self._strips, widget)  # after the two banners

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def _add_shortcuts(self) -> None:
        close = QAction(self.tr("Close window"), self)
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.triggered.connect(self.close)
        self.addAction(close)
        for number in range(1, 10):
            action = QAction(self.tr("Show page {number}").format(number=number), self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self._go_to(row))
            self.addAction(action)

    def _go_to(self, row: int) -> None:
        if row < self.navigation.count():
            self.show_page(row)

    def show_status(self, status: TorStatus) -> None:
        self._status = status
        self.sandbox_banner.setVisible(status.sandbox)
        title = self.tr("OnionPanel")
        if status.sandbox:
            title = self.tr("OnionPanel — Sandbox, not anonymous")
        self.setWindowTitle(title)
        for index in range(self.pages.count()):
            show = getattr(self.pages.widget(index), "show_status", None)
            if callable(show):
                show(status)

    def explain_no_tray(self, reason: str) -> None:
        self.tray_banner.setText(reason)
        self.tray_banner.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.close_requested.emit()
        super().closeEvent(event)
