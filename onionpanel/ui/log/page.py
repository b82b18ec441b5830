"""The message log page: tor's log, filtered, searchable, copyable, and warnings as notifications.

The session feeds it; it never talks to tor itself.

  LogPage(capacity, notifier=None, parent=None, *, model=None)   model: a LogModel kept
  |                           while the page did not exist (ui.shell.page_data)
  |- add_entries(entries)     live events and back-fill
  |- set_backfill(backfill)   shows its entries, or a label saying why there are none
  |- show_backfill_reason(backfill)   only the label (its entries are in the model already)
  |- wants_verbose() -> bool  INFO/DEBUG wanted: the box is ticked and the page can be seen
  |- verbose_requested(bool)  signal: subscribe INFO/DEBUG (True) or drop them (False)
  |- visible_text() -> str    exactly the rows the view shows, one per line
  |- save_to(path)            writes visible_text(); raises OSError
  |- notifier                 its WarningNotifier (notifier.py)
Its models, LogModel and LogFilterModel, are in model.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onionpanel.core.log import (
    DEFAULT_CAPACITY,
    Backfill,
    BackfillProblem,
    LogEntry,
    LogFilter,
    Severity,
    format_entry,
)
from onionpanel.ui.common.views import plain_text_rendering
from onionpanel.ui.log.model import (
    EntryRole,
    LogFilterModel,
    LogModel,
    severity_icon,
    severity_name,
)
from onionpanel.ui.log.notifier import WarningNotifier


class LogPage(QWidget):
    verbose_requested = Signal(bool)

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        notifier: WarningNotifier | None = None,
        parent: QWidget | None = None,
        *,
        model: LogModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logPage")
        self.setAccessibleName(self.tr("Message log"))
        self.model = model if model is not None else LogModel(capacity, self)
        self.proxy = LogFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.notifier = notifier or WarningNotifier(parent=self)
        self._verbose_subscribed = False
        self._follow = True  # keep the newest message in view, unless the user scrolled up
        self._build()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.severity_combo = QComboBox()
        self.severity_combo.setAccessibleName(self.tr("Lowest severity shown"))
        self.severity_combo.setToolTip(self.tr("Show messages of this severity and above"))
        for severity in Severity:
            self.severity_combo.addItem(severity_icon(severity), severity_name(severity), severity)
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(Severity.NOTICE))
        self.severity_combo.currentIndexChanged.connect(self._apply_filter)
        severity_label = QLabel(self.tr("&Severity:"))
        severity_label.setBuddy(self.severity_combo)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search messages"))
        self.search_edit.setAccessibleName(self.tr("Search messages"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filter)
        search_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        search_shortcut.activated.connect(self.search_edit.setFocus)

        self.verbose_check = QCheckBox(self.tr("Show &info/debug"))
        self.verbose_check.setAccessibleName(self.tr("Show info and debug messages"))
        self.verbose_check.setToolTip(
            self.tr(
                "Asks tor for its info and debug messages while this page is open. They are many."
            )
        )
        self.verbose_check.toggled.connect(self._verbose_toggled)

        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy selected messages"))
        self.copy_button.setToolTip(self.tr("Copy the selected messages, or all shown if none is"))
        self.copy_button.clicked.connect(self.copy_selection)
        self.save_button = QPushButton(self.tr("Sa&ve…"))
        self.save_button.setAccessibleName(self.tr("Save shown messages to a file"))
        self.save_button.clicked.connect(self._ask_and_save)

        controls = QHBoxLayout()
        controls.addWidget(severity_label)
        controls.addWidget(self.severity_combo)
        controls.addWidget(self.search_edit, 1)
        controls.addWidget(self.verbose_check)
        controls.addWidget(self.copy_button)
        controls.addWidget(self.save_button)

        self.backfill_label = QLabel()
        self.backfill_label.setWordWrap(True)
        self.backfill_label.setAccessibleName(self.tr("Earlier messages"))
        self.backfill_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backfill_label.hide()

        self.view = QTableView()
        plain_text_rendering(self.view)
        self.view.setAccessibleName(self.tr("Tor messages"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        # Widths from the font, not ResizeToContents: that measures every row on each insert.
        header = self.view.horizontalHeader()
        metrics = self.fontMetrics()
        widest_severity = max(metrics.horizontalAdvance(severity_name(s)) for s in Severity)
        header.resizeSection(LogModel.SEVERITY, widest_severity + 40)
        header.resizeSection(LogModel.TIME, metrics.horizontalAdvance("2026-12-31 23:59:59") + 16)
        header.resizeSection(
            LogModel.COUNT,
            max(metrics.horizontalAdvance("×99999"), metrics.horizontalAdvance(self.tr("Repeats")))
            + 16,
        )
        header.setSectionResizeMode(LogModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        copy_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.view)
        copy_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy_shortcut.activated.connect(self.copy_selection)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.backfill_label)
        layout.addWidget(self.view, 1)

    # --- feeding --------------------------------------------------------------------------------

    def add_entries(self, entries: Sequence[LogEntry]) -> None:
        """A batch of live entries: shown, and WARN/ERR offered to the notifier."""
        if not entries:
            return
        if self.isVisible():
            self._follow = self._at_bottom()
        self.model.add_entries(entries)
        self.notifier.offer(entries)
        if self._follow and self.isVisible():
            self.view.scrollToBottom()

    def set_backfill(self, backfill: Backfill) -> None:
        """Earlier messages (not notified: they are old news), or why there are none."""
        if backfill.entries:
            self.model.add_entries(backfill.entries)
            if self._follow and self.isVisible():
                self.view.scrollToBottom()
        self.show_backfill_reason(backfill)

    def show_backfill_reason(self, backfill: Backfill) -> None:
        """Only the label: the entries are in the model already (a page built later)."""
        reason = self._backfill_reason(backfill)
        self.backfill_label.setText(reason)
        self.backfill_label.setVisible(bool(reason))

    def _backfill_reason(self, backfill: Backfill) -> str:
        problem = backfill.problem
        if problem is BackfillProblem.NONE:
            return ""
        reasons = {
            BackfillProblem.FILE_UNREADABLE: self.tr("tor's log file cannot be read (%1).").replace(
                "%1", backfill.detail
            ),
            BackfillProblem.JOURNAL_UNREADABLE: self.tr(
                "the system journal shows you no messages from tor. Members of the "
                "“systemd-journal” or “adm” group can read them."
            ),
            BackfillProblem.JOURNAL_UNAVAILABLE: self.tr(
                "tor logs to the system journal, but journalctl is not available."
            ),
            BackfillProblem.NOWHERE: self.tr(
                "tor writes its log neither to a file nor to the journal."
            ),
            BackfillProblem.NO_CONFIG: self.tr("tor did not say where it logs (%1).").replace(
                "%1", backfill.detail
            ),
        }
        # lupdate reads a trailing comma as a count: keep tr() calls on one line or without one.
        text = self.tr("Earlier messages are not shown: %1 New messages appear as they come.")
        return text.replace("%1", reasons[problem])

    # --- filtering ------------------------------------------------------------------------------

    def current_filter(self) -> LogFilter:
        severity = self.severity_combo.currentData()
        return LogFilter(Severity(severity), self.search_edit.text())

    def _apply_filter(self) -> None:
        log_filter = self.current_filter()
        if log_filter.min_severity < Severity.NOTICE:
            self.verbose_check.setChecked(True)  # choosing Info or Debug means: send them
        self.proxy.set_filter(log_filter)

    def _verbose_toggled(self, checked: bool) -> None:
        if checked and self.current_filter().min_severity >= Severity.NOTICE:
            self.severity_combo.setCurrentIndex(self.severity_combo.findData(Severity.DEBUG))
        if not checked and self.current_filter().min_severity < Severity.NOTICE:
            self.severity_combo.setCurrentIndex(self.severity_combo.findData(Severity.NOTICE))
        self._update_verbose()

    def wants_verbose(self) -> bool:
        return self.verbose_check.isChecked() and self.isVisible()

    def _update_verbose(self) -> None:
        """INFO/DEBUG flood: wanted only while the box is ticked and the page can be seen."""
        wanted = self.wants_verbose()
        if wanted != self._verbose_subscribed:
            self._verbose_subscribed = wanted
            self.verbose_requested.emit(wanted)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._update_verbose()
        if self._follow:
            # After the layout has given the view its size, or "bottom" is not the bottom yet.
            QTimer.singleShot(0, self.view.scrollToBottom)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self._follow = self._at_bottom()
        self._update_verbose()

    # --- copy and save --------------------------------------------------------------------------

    def _at_bottom(self) -> bool:
        bar = self.view.verticalScrollBar()
        return bar.value() >= bar.maximum() - 2

    def _entry(self, proxy_row: int) -> LogEntry:
        entry = self.proxy.index(proxy_row, 0).data(EntryRole)
        assert isinstance(entry, LogEntry)
        return entry

    def visible_entries(self) -> list[LogEntry]:
        return [self._entry(row) for row in range(self.proxy.rowCount())]

    def visible_text(self) -> str:
        return "".join(format_entry(entry) + "\n" for entry in self.visible_entries())

    def copy_selection(self) -> None:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        entries = [self._entry(row) for row in rows] if rows else self.visible_entries()
        QGuiApplication.clipboard().setText("".join(format_entry(e) + "\n" for e in entries))

    def save_to(self, path: Path) -> None:
        """Writes what the view shows; raises OSError (and writes nothing) when it cannot."""
        text = self.visible_text()
        temporary = path.with_name(path.name + ".part")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)

    def _ask_and_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save messages"), "tor-messages.log", self.tr("Log files (*.log *.txt)")
        )
        if not name:
            return
        try:
            self.save_to(Path(name))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Messages not saved"),
                self.tr("Could not write %1: %2").replace("%1", name).replace("%2", str(error)),
            )


__all__ = ["LogModel", "LogPage", "WarningNotifier"]  # LogModel, WarningNotifier: re-exported
