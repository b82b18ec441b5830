"""Wires a tor connection to the log page: live LOG events, back-fill, and INFO/DEBUG on demand.

LogTarget                    Protocol: what the feed fills (a LogPage, or ui.shell.page_data's)
LogFeed(log_page)
|- await attach(connection)  live LOG subscription, then back-fill (live entries that come
                             meanwhile are held and merged without overlap)
|- detach()                  drops every subscription
|- set_verbose(on)           INFO/DEBUG subscription; the log page asks via verbose_requested
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance

from onionpanel.core.log import Backfill, LogEntry, without_overlap
from onionpanel.tor import logsource
from onionpanel.tor.logsource import EventConnection, Subscription


class LogTarget(Protocol):
    """A LogPage, or what stands for it until it is built (ui.shell.page_data.LogData)."""

    verbose_requested: SignalInstance

    def add_entries(self, entries: Sequence[LogEntry]) -> None: ...

    def set_backfill(self, backfill: Backfill) -> None: ...

    def wants_verbose(self) -> bool: ...


class LogFeed(QObject):
    def __init__(self, log_page: LogTarget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_page = log_page
        self.connection: EventConnection | None = None
        self._live: Subscription | None = None
        self._verbose: Subscription | None = None
        self._held: list[LogEntry] | None = None  # live entries that came during back-fill
        log_page.verbose_requested.connect(self.set_verbose)

    async def attach(self, connection: EventConnection) -> None:
        """Once per connection (its subscriptions survive reconnects)."""
        self.detach()
        self.connection = connection
        # Subscribe before back-fill so nothing falls in between; hold live entries meanwhile.
        self._held = []
        self._live = logsource.subscribe_log(connection, self._add_live)
        if self.log_page.wants_verbose():
            self.set_verbose(True)
        try:
            backfill = await logsource.backfill(connection)
        finally:
            held, self._held = self._held or [], None
        self.log_page.set_backfill(backfill)
        self.log_page.add_entries(without_overlap(held, backfill.entries))

    def detach(self) -> None:
        subscriptions = [s for s in (self._live, self._verbose) if s is not None]
        self._live = self._verbose = None
        for subscription in subscriptions:
            with contextlib.suppress(Exception):  # the connection may already be gone
                subscription.close()
        self.connection = None

    def set_verbose(self, on: bool) -> None:
        if self.connection is None or on == (self._verbose is not None):
            return
        if on:
            self._verbose = logsource.subscribe_log(
                self.connection, self._add_verbose, verbose=True
            )
        elif self._verbose is not None:
            self._verbose.close()
            self._verbose = None

    def _add_live(self, entries: list[LogEntry]) -> None:
        if self._held is not None:
            self._held.extend(entries)
        else:
            self.log_page.add_entries(entries)

    def _add_verbose(self, entries: list[LogEntry]) -> None:
        self.log_page.add_entries(entries)
