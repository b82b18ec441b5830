"""Whether a widget is on screen, as a signal: pages that are not shown skip their per-event work.

VisibilityWatcher(widget)   a child QObject of ``widget``
|- changed(bool)            True on the widget's show event, False on its hide event: its
                            page switched away, its window hidden or minimized
|- visible -> bool          the last of those (the widget's isVisible() at the start)
follow_visibility(widget, slot) -> VisibilityWatcher   slot(widget's visibility now), then on
                                                       every change
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget


class VisibilityWatcher(QObject):
    changed = Signal(bool)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.visible = widget.isVisible()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide):
            visible = kind == QEvent.Type.Show
            if visible != self.visible:
                self.visible = visible
                self.changed.emit(visible)
        return False


def follow_visibility(widget: QWidget, slot: Callable[[bool], None]) -> VisibilityWatcher:
    watcher = VisibilityWatcher(widget)
    slot(watcher.visible)
    watcher.changed.connect(slot)
    return watcher
