"""The log's item models: what the table shows and what the filter lets through.

LogModel(capacity)          QAbstractTableModel over core.log.LogBuffer
|- add_entries(entries)     a batch, as the connection delivers it
LogFilterModel              proxy showing what core.log.matches accepts
|- set_filter(log_filter)
severity_name(severity), severity_icon(severity), SEVERITY_COLORS, EntryRole
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPixmap,
)

from onionpanel.core.log import (
    DEFAULT_CAPACITY,
    LogBuffer,
    LogEntry,
    LogFilter,
    Plan,
    Severity,
    format_time,
    matches,
)
from onionpanel.ui.common.words import plural

AnyIndex = QModelIndex | QPersistentModelIndex
SEVERITY_COLORS = {
    Severity.DEBUG: QColor("#7a7a7a"),
    Severity.INFO: QColor("#5a6b7a"),
    Severity.NOTICE: QColor("#2e7d32"),
    Severity.WARN: QColor("#c77700"),
    Severity.ERR: QColor("#c62828"),
}
EntryRole = Qt.ItemDataRole.UserRole + 1


def severity_name(severity: Severity) -> str:
    names = {
        Severity.DEBUG: QCoreApplication.translate("LogPage", "Debug"),
        Severity.INFO: QCoreApplication.translate("LogPage", "Info"),
        Severity.NOTICE: QCoreApplication.translate("LogPage", "Notice"),
        Severity.WARN: QCoreApplication.translate("LogPage", "Warning"),
        Severity.ERR: QCoreApplication.translate("LogPage", "Error"),
    }
    return names[severity]


_ICONS: dict[Severity, QIcon] = {}


def severity_icon(severity: Severity) -> QIcon:
    """A coloured dot: drawn once, cheap, and the same on every desktop theme."""
    if severity not in _ICONS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SEVERITY_COLORS[severity])
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _ICONS[severity] = QIcon(pixmap)
    return _ICONS[severity]


class LogModel(QAbstractTableModel):
    SEVERITY, TIME, MESSAGE, COUNT = range(4)

    def __init__(self, capacity: int = DEFAULT_CAPACITY, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buffer = LogBuffer(capacity)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.buffer)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Severity"), self.tr("Time"), self.tr("Message"), self.tr("Repeats"))[
            section
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.buffer):
            return None
        entry = self.buffer[index.row()]
        column = index.column()
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEVERITY:
            return severity_icon(entry.severity)
        if role == Qt.ItemDataRole.ForegroundRole and entry.severity != Severity.NOTICE:
            return QBrush(SEVERITY_COLORS[entry.severity])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COUNT and entry.count > 1:
            last = format_time(entry.last_time or entry.time)
            text = self.tr("Repeated %n time(s), last at %1", "", entry.count)
            return plural(text, entry.count).replace("%1", last)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE:
            return entry.message
        return None

    def _display(self, entry: LogEntry, column: int) -> str | None:
        if column == self.SEVERITY:
            return severity_name(entry.severity)
        if column == self.TIME:
            return format_time(entry.time)
        if column == self.MESSAGE:
            return entry.message
        return f"×{entry.count}" if entry.count > 1 else ""

    def add_entries(self, entries: Sequence[LogEntry]) -> None:
        plan = self.buffer.plan(entries)
        if plan.drop:
            self.beginRemoveRows(QModelIndex(), 0, plan.drop - 1)
        # Repeats touch the last row, which a drop of everything removes anyway.
        self.buffer.apply(Plan(plan.last_repeats, plan.drop, ()))
        if plan.drop:
            self.endRemoveRows()
        if plan.last_repeats and len(self.buffer):
            last = len(self.buffer) - 1
            self.dataChanged.emit(self.index(last, 0), self.index(last, self.COUNT))
        if plan.append:
            first = len(self.buffer)
            self.beginInsertRows(QModelIndex(), first, first + len(plan.append) - 1)
            self.buffer.apply(Plan((), 0, plan.append))
            self.endInsertRows()


class LogFilterModel(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_filter = LogFilter()

    def set_filter(self, log_filter: LogFilter) -> None:
        if log_filter != self.log_filter:
            self.beginFilterChange()
            self.log_filter = log_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, LogModel)
        return matches(model.buffer[source_row], self.log_filter)
