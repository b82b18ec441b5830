"""What the Log, Bandwidth and Configuration pages show, kept from the start while the pages
themselves are built on first show (issue 18: their widgets cost memory nobody sees in a
panel that lives in the tray).

Each stands where its feed expects the page: it keeps the data until bind(page) hands it
over, then passes every call on to the page.

  LogData          for ui.log.feed.LogFeed: the LogModel and the WarningNotifier (warnings are
  |                notified whether or not the page exists), and the back-fill's reason
  |- bind(page)    page: a LogPage built on this data's model and notifier
  BandwidthData    for ui.bandwidth.feed.BandwidthFeed: the BandwidthHistory; rates_changed
  |- bind(page)    (for the tray's tooltip) every sample, with or without the page
  ConfigData       for ui.config.feed.ConfigFeed: the latest report, or why there is none
  |- bind(page)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from onionpanel.core.bandwidth import BandwidthHistory, BandwidthSample, Totals
from onionpanel.core.log import Backfill, LogEntry
from onionpanel.core.torconfig import ConfigReport
from onionpanel.ui.log.model import LogModel
from onionpanel.ui.log.notifier import WarningNotifier

if TYPE_CHECKING:  # the page modules load with the pages
    from onionpanel.ui.bandwidth.page import BandwidthPage
    from onionpanel.ui.config.page import ConfigPage
    from onionpanel.ui.log.page import LogPage


class LogData(QObject):
    verbose_requested = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = LogModel(parent=self)
        self.notifier = WarningNotifier(parent=self)
        self.page: LogPage | None = None
        self._backfill: Backfill | None = None

    def bind(self, page: LogPage) -> None:
        self.page = page
        page.verbose_requested.connect(self.verbose_requested)
        if self._backfill is not None:
            page.show_backfill_reason(self._backfill)

    def add_entries(self, entries: Sequence[LogEntry]) -> None:
        if self.page is not None:
            self.page.add_entries(entries)
        elif entries:
            self.model.add_entries(entries)
            self.notifier.offer(entries)

    def set_backfill(self, backfill: Backfill) -> None:
        self._backfill = backfill
        if self.page is not None:
            self.page.set_backfill(backfill)
        elif backfill.entries:
            self.model.add_entries(backfill.entries)

    def wants_verbose(self) -> bool:
        return self.page is not None and self.page.wants_verbose()


class BandwidthData(QObject):
    rates_changed = Signal(float, float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = BandwidthHistory()
        self.page: BandwidthPage | None = None

    def bind(self, page: BandwidthPage) -> None:
        self.page = page
        page.rates_changed.connect(self.rates_changed)

    def prefill(self, samples: Sequence[BandwidthSample], totals: Totals) -> None:
        if self.page is not None:
            self.page.prefill(samples, totals)
            return
        self.history.extend(samples, count_in_totals=False)
        self.history.seed_totals(totals.read, totals.written)

    def add_samples(self, samples: Sequence[BandwidthSample]) -> None:
        if self.page is not None:
            self.page.add_samples(samples)
        elif samples:
            self.history.extend(samples)
            current = self.history.current
            self.rates_changed.emit(current.read, current.written)


class ConfigData(QObject):
    reload_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page: ConfigPage | None = None
        self._report: ConfigReport | None = None
        self._unavailable: str | None = None

    def bind(self, page: ConfigPage) -> None:
        self.page = page
        page.reload_requested.connect(self.reload_requested)
        if self._report is not None:
            page.show_report(self._report)
        elif self._unavailable is not None:
            page.show_unavailable(self._unavailable)

    def show_report(self, report: ConfigReport) -> None:
        self._report, self._unavailable = report, None
        if self.page is not None:
            self.page.show_report(report)

    def show_unavailable(self, reason: str) -> None:
        self._report, self._unavailable = None, reason
        if self.page is not None:
            self.page.show_unavailable(reason)
