"""How stem's thread wakes the GUI loop for the event bridge: one queued signal that starts
one timer, with no Python on the GUI thread until the flush itself.

  qt_waker(flush) -> wake(delay)   an onionpanel.tor.bridge.Waker: wake(delay) from any
                                   thread runs flush on the GUI thread ``delay`` s later

qasync's call_soon_threadsafe, which the bridge uses otherwise, is a queued Python signal
whose slot schedules a 0 ms timer whose callback (the bridge's) schedules the delay's timer:
three wake-ups of the GUI thread running Python, two asyncio Handles and two timers made
and killed per flush. Here the queued signal is connected to QTimer.start itself, so Qt
starts the timer without entering Python, and the timer's timeout is the flush.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal


class _Waker(QObject):
    start_in = Signal(int)  # ms

    def __init__(self, flush: Callable[[], None], parent: QObject | None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(flush)
        # queued even from the GUI thread: the timer is started where it lives, never directly
        # from stem's thread (Qt timers cannot be started from another thread)
        self.start_in.connect(self._timer.start, Qt.ConnectionType.QueuedConnection)

    def wake(self, delay: float) -> None:
        self.start_in.emit(round(delay * 1000))


def qt_waker(flush: Callable[[], None]) -> Callable[[float], None]:
    # the application owns it (a bridge lives as long as its loop): never deleted on
    # whichever thread drops the last Python reference
    return _Waker(flush, QCoreApplication.instance()).wake
