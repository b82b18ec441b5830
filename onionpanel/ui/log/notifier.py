"""Tor's warnings as desktop notifications, never a flood.

WarningNotifier             WARN/ERR -> at most one notification per 30 s (core.throttle)
|- offer(entries), flush()
|- notification(title, body, severity)   signal for the tray
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QObject,
    QTimer,
    Signal,
)

from onionpanel.core.log import (
    LogEntry,
    Severity,
)
from onionpanel.core.throttle import NotificationThrottle, wants_notification


class WarningNotifier(QObject):
    """Turns WARN/ERR entries into desktop notifications, one at once, then summaries.

    Its only timer is a single shot, armed only while a summary waits.
    """

    notification = Signal(str, str, int)  # title, body, core.log.Severity value

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.throttle = NotificationThrottle()
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.timeout.connect(self.flush)

    def offer(self, entries: Sequence[LogEntry]) -> None:
        for entry in entries:
            if wants_notification(entry):
                self.throttle, ready = self.throttle.offer(entry, self.clock())
                if ready is not None:
                    self._send(ready.first, ready.count)
        self._arm()

    def flush(self) -> None:
        self.throttle, ready = self.throttle.due(self.clock())
        if ready is not None:
            self._send(ready.first, ready.count)
        self._arm()

    def _arm(self) -> None:
        due = self.throttle.next_due
        if due is None:
            self._summary_timer.stop()
        elif not self._summary_timer.isActive():
            self._summary_timer.start(max(0, int((due - self.clock()) * 1000)) + 1)

    def _send(self, entry: LogEntry, count: int) -> None:
        if count <= 1:
            title = (
                self.tr("Tor reported an error")
                if entry.severity >= Severity.ERR
                else self.tr("Tor reported a warning")
            )
            body = entry.message
        else:
            title = self.tr("Tor reported %n warnings or errors", "", count)
            body = self.tr("The most serious: %1").replace("%1", entry.message)
        self.notification.emit(title, body, int(entry.severity))
