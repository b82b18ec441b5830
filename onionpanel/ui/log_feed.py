"""Wires a tor connection to the log and bandwidth pages: the one object the session needs.

PageFeed(log_page, bandwidth_page)
|- attach(connection)    back-fill, bandwidth prefill, live LOG and BW subscriptions
|- detach()              drops every subscription (call before the connection goes away)
|- set_verbose(on)       INFO/DEBUG subscription; the log page asks through verbose_requested
without_overlap(live, backfill) -> live entries the back-fill does not already hold
"""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import QObject

from onionpanel.core.log import LogEntry, without_overlap
from onionpanel.tor import logsource
from onionpanel.tor.logsource import EventConnection, Subscription
from onionpanel.ui.bandwidth_page import BandwidthPage
from onionpanel.ui.log_page import LogPage


class PageFeed(QObject):
    def __init__(
        self, log_page: LogPage, bandwidth_page: BandwidthPage, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.log_page = log_page
        self.bandwidth_page = bandwidth_page
        self.connection: EventConnection | None = None
        self._subscriptions: list[Subscription] = []
        self._verbose: Subscription | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._held: list[LogEntry] | None = None  # live entries that came during back-fill
        log_page.verbose_requested.connect(self._verbose_requested)

    async def attach(self, connection: EventConnection) -> None:
        await self.detach()
        self.connection = connection
        # Subscribe before back-fill so nothing falls in between; hold live entries meanwhile.
        self._held = []
        self._subscriptions = [
            await logsource.subscribe_log(connection, self._add_live),
            await logsource.subscribe_bandwidth(connection, self.bandwidth_page.add_samples),
        ]
        backfill = await logsource.backfill(connection)
        held, self._held = self._held, None
        self.log_page.set_backfill(backfill)
        self.log_page.add_entries(without_overlap(held or [], backfill.entries))
        try:
            samples, totals = await logsource.bandwidth_prefill(connection)
        except (ValueError, OSError):
            return  # a garbled or missing reply: the graph fills from live events instead
        self.bandwidth_page.prefill(samples, totals)
        if self.log_page.verbose_check.isChecked() and self.log_page.isVisible():
            await self.set_verbose(True)

    async def detach(self) -> None:
        subscriptions, self._subscriptions = self._subscriptions, []
        if self._verbose is not None:
            subscriptions.append(self._verbose)
            self._verbose = None
        for subscription in subscriptions:
            with contextlib.suppress(Exception):  # the connection may already be gone
                await subscription.close()
        self.connection = None

    async def set_verbose(self, on: bool) -> None:
        if self.connection is None or on == (self._verbose is not None):
            return
        if on:
            self._verbose = await logsource.subscribe_log(
                self.connection, self._add_verbose, verbose=True
            )
        else:
            verbose, self._verbose = self._verbose, None
            assert verbose is not None
            await verbose.close()

    def _add_live(self, entries: list[LogEntry]) -> None:
        if self._held is not None:
            self._held.extend(entries)
        else:
            self.log_page.add_entries(entries)

    def _add_verbose(self, entries: list[LogEntry]) -> None:
        # A separate callable from the live handler, so the connection can tell them apart.
        self.log_page.add_entries(entries)

    def _verbose_requested(self, on: bool) -> None:
        if self.connection is None:
            return
        task = asyncio.ensure_future(self.set_verbose(on))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
