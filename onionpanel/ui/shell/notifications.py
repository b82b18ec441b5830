"""Desktop notifications when there is no tray to show them (GNOME without the AppIndicator
extension): org.freedesktop.Notifications on the session bus, through jeepney's asyncio I/O
under qasync (no thread of its own).

  DesktopNotifications(bus="SESSION")
  |- await notify(title, body) -> bool   False when no notification server answered
  |- unavailable -> str | None           why the last notification could not be sent
  |- await close()

A newer notification of the same kind replaces the one still shown (replaces_id), so a
burst of Tor warnings does not pile up on the screen.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from jeepney import DBusAddress, MessageType, new_method_call
from jeepney.io.asyncio import DBusRouter, open_dbus_router

from onionpanel.ui.shell.instance import APP_ID

NOTIFICATIONS = DBusAddress(
    "/org/freedesktop/Notifications",
    bus_name="org.freedesktop.Notifications",
    interface="org.freedesktop.Notifications",
)
APP_NAME = "OnionPanel"
EXPIRE_MS = 8000
CALL_TIMEOUT = 5.0


class DesktopNotifications:
    def __init__(self, bus: str = "SESSION") -> None:
        self._bus = bus
        self._opened: Any = None
        self._router: DBusRouter | None = None
        self._last_id: dict[str, int] = {}
        self._one_at_a_time = asyncio.Lock()  # one connection; each knows the id to replace
        self.unavailable: str | None = None

    async def _connect(self) -> DBusRouter:
        if self._router is None:
            self._opened = open_dbus_router(bus=self._bus)
            self._router = await self._opened.__aenter__()
        return self._router

    async def notify(self, title: str, body: str) -> bool:
        async with self._one_at_a_time:
            return await self._send(title, body)

    async def _send(self, title: str, body: str) -> bool:
        try:
            router = await self._connect()
            hints = {"desktop-entry": ("s", APP_ID)}
            call = new_method_call(
                NOTIFICATIONS,
                "Notify",
                "susssasa{sv}i",
                (APP_NAME, self._last_id.get(title, 0), APP_ID, title, body, [], hints, EXPIRE_MS),
            )
            reply = await asyncio.wait_for(router.send_and_get_reply(call), CALL_TIMEOUT)
        except (OSError, KeyError, ValueError, TimeoutError) as error:
            self.unavailable = str(error) or type(error).__name__
            await self.close()
            return False
        if reply.header.message_type is MessageType.error:
            self.unavailable = str(reply.body[0]) if reply.body else "error"
            return False
        self._last_id[title] = int(reply.body[0])
        self.unavailable = None
        return True

    async def close(self) -> None:
        opened, self._opened, self._router = self._opened, None, None
        if opened is not None:
            with contextlib.suppress(Exception):
                await opened.__aexit__(None, None, None)
