"""Feeds the Configuration page from a tor connection: reads on attach, on Reload, after a
reconnect, and again shortly after bridge connections change (ORCONN and GUARD events).

  ConfigTarget                  Protocol: what the feed fills (a ConfigPage, or page_data's)
  ConfigFeed(page, parent=None)
  |- await attach(connection)   subscribe to bridge events, then read everything
  |- await load()               read again now (the page's Reload button does this)
  |- detach()                   drop the subscription; the page says it is not connected
  |- loaded                     signal: a report was shown (tests wait for it)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from onionpanel.core.torconfig import ConfigReport
from onionpanel.tor.config_reader import BridgeEvents, read_config, subscribe_bridge_events
from onionpanel.tor.errors import TorError
from onionpanel.ui.common.tasks import Tasks

RELOAD_AFTER_EVENTS_MS = 1000  # bridge connections come and go in bursts


class ConfigTarget(Protocol):
    """A ConfigPage, or what stands for it until it is built (ui.shell.page_data)."""

    reload_requested: SignalInstance

    def show_report(self, report: ConfigReport) -> None: ...

    def show_unavailable(self, reason: str) -> None: ...


class ConfigFeed(QObject):
    loaded = Signal()

    def __init__(self, page: ConfigTarget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self._connection: Any = None
        self._remove: Callable[[], None] | None = None
        self._bridge_events: BridgeEvents = {}
        self._bridge_keys: set[str] = set()  # fingerprints and addresses of configured bridges
        self._tasks = Tasks()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_AFTER_EVENTS_MS)
        self._timer.timeout.connect(lambda: self._tasks.spawn(self.load()))
        page.reload_requested.connect(lambda: self._tasks.spawn(self.load()))

    async def attach(self, connection: Any) -> None:
        self.detach()
        self._connection = connection
        self._remove = subscribe_bridge_events(connection, self._on_bridge_events)
        await self.load()

    async def load(self) -> None:
        connection = self._connection
        if connection is None:
            return
        try:
            report = await read_config(connection, dict(self._bridge_events))
        except TorError as error:
            if connection is self._connection:
                self.page.show_unavailable(str(error))
            return
        if connection is self._connection:
            self._bridge_keys = {b.fingerprint for b in report.bridges if b.fingerprint}
            self._bridge_keys |= {b.address for b in report.bridges}
            self.page.show_report(report)
            self.loaded.emit()

    def _on_bridge_events(self, events: BridgeEvents) -> None:
        """A relay has thousands of OR connections: only a configured bridge's matter."""
        mine = {key: value for key, value in events.items() if key in self._bridge_keys}
        if not mine:
            return
        self._bridge_events.update(mine)
        if not self._timer.isActive():
            self._timer.start()

    def detach(self) -> None:
        self._timer.stop()
        if self._remove is not None:
            with contextlib.suppress(Exception):  # the connection may already be gone
                self._remove()
            self._remove = None
        self._connection = None
        self._bridge_events = {}
        self._bridge_keys = set()
        self.page.show_unavailable(self.tr("Not connected to tor."))
