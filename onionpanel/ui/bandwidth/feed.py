"""Wires a tor connection to the bandwidth page: live BW events and the seconds tor remembers.

BandwidthTarget              Protocol: what the feed fills (a BandwidthPage, or page_data's)
BandwidthFeed(bandwidth_page)
|- await attach(connection)  BW subscription, then the prefill from tor's bw-event-cache
|- detach()                  drops the subscription
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject

from onionpanel.core.bandwidth import BandwidthSample, Totals
from onionpanel.tor import logsource
from onionpanel.tor.errors import TorError
from onionpanel.tor.logsource import EventConnection, Subscription


class BandwidthTarget(Protocol):
    """A BandwidthPage, or what stands for it until it is built (ui.shell.page_data)."""

    def add_samples(self, samples: Sequence[BandwidthSample]) -> None: ...

    def prefill(self, samples: Sequence[BandwidthSample], totals: Totals) -> None: ...


class BandwidthFeed(QObject):
    def __init__(self, bandwidth_page: BandwidthTarget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bandwidth_page = bandwidth_page
        self._live: Subscription | None = None

    async def attach(self, connection: EventConnection) -> None:
        self.detach()
        self._live = logsource.subscribe_bandwidth(connection, self.bandwidth_page.add_samples)
        try:
            samples, totals = await logsource.bandwidth_prefill(connection)
        except (ValueError, TorError):
            return  # a garbled or refused reply: the graph fills from live events instead
        self.bandwidth_page.prefill(samples, totals)

    def detach(self) -> None:
        live, self._live = self._live, None
        if live is not None:
            with contextlib.suppress(Exception):  # the connection may already be gone
                live.close()
