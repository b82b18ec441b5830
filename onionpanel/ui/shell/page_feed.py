"""Wires a tor connection to the log and bandwidth pages: the one object the session needs.

PageFeed(log_page, bandwidth_page)   composes ui.log.feed.LogFeed and ui.bandwidth.feed; the
                             pages, or ui.shell.page_data's stand-ins until they are built
|- await attach(connection)  live LOG and BW subscriptions, back-fill, bandwidth prefill
|- detach()                  drops every subscription
|- set_verbose(on)           INFO/DEBUG subscription; the log page asks via verbose_requested
|- log, bandwidth            the two feeds
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject

from onionpanel.tor.logsource import EventConnection
from onionpanel.ui.bandwidth.feed import BandwidthFeed, BandwidthTarget
from onionpanel.ui.log.feed import LogFeed, LogTarget


class PageFeed(QObject):
    def __init__(
        self, log_page: LogTarget, bandwidth_page: BandwidthTarget, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.log_page = log_page
        self.bandwidth_page = bandwidth_page
        self.log = LogFeed(log_page, self)
        self.bandwidth = BandwidthFeed(bandwidth_page, self)

    @property
    def connection(self) -> EventConnection | None:
        return self.log.connection

    async def attach(self, connection: EventConnection) -> None:
        """Once per connection (its subscriptions survive reconnects). Both subscribe at
        once, before either waits for its back-fill."""
        await asyncio.gather(self.log.attach(connection), self.bandwidth.attach(connection))

    def detach(self) -> None:
        self.log.detach()
        self.bandwidth.detach()

    def set_verbose(self, on: bool) -> None:
        self.log.set_verbose(on)
