"""What screen readers need beyond the names each widget gives itself.

name_qt_parts(root)          names the parts Qt builds inside our widgets: header views,
                             a table's corner button, a line edit's clear button, a combo
                             box's popup list; leaves any name already set
chain_focus(*widgets)        Tab visits the widgets in this order (reading order, where a
                             layout built in another order would jump back up)
announce(source, text)       a screen reader speaks `text` (QAccessibleAnnouncementEvent),
                             for state changes seen elsewhere: the tray icon, a status line
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

translate = QCoreApplication.translate


def name_qt_parts(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.accessibleName():
            continue
        name = _part_name(widget)
        if name:
            widget.setAccessibleName(name)


def _part_name(widget: QWidget) -> str:
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView):
        if widget.orientation() is Qt.Orientation.Horizontal:
            return translate("Accessibility", "Column headers")
        return translate("Accessibility", "Row headers")
    if isinstance(widget, QAbstractButton) and isinstance(parent, QTableView):
        return translate("Accessibility", "Select all", "a table's corner button")
    if isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit):
        return translate("Accessibility", "Clear", "the button that empties a text field")
    if isinstance(widget, QAbstractItemView):
        combo = _combo_of(widget)
        if combo is not None:
            return translate(
                "Accessibility", "{name}: choices", "the list of a drop-down box"
            ).format(name=combo.accessibleName())
    return ""


def _combo_of(widget: QWidget) -> QComboBox | None:
    # A combo box's popup list lives in a private container whose parent is the combo.
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QComboBox):
            return ancestor
        ancestor = ancestor.parentWidget()
    return None


def chain_focus(*widgets: QWidget) -> None:
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def announce(source: QObject, text: str) -> None:
    """Ask screen readers to speak `text`, politely (after what they are saying now)."""
    if text:
        _send(QAccessibleAnnouncementEvent(source, text))


def _send(event: QAccessibleAnnouncementEvent) -> None:
    # One place the tests can listen at: no screen reader bus runs in CI.
    QAccessible.updateAccessibility(event)
