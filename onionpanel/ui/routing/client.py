"""The panel's side of the routing helper: a QObject that owns one D-Bus connection on the
asyncio loop (jeepney's asyncio I/O under qasync: no thread of its own).

  RoutingClient(bus="SYSTEM")
  |- state_changed(RoutingState)   after start() and after every change, whoever made it
  |- routers_changed(tuple[RouterInfo, ...])   the [[router]] entries (GetRouters), after
  |                                start(), every change and every refresh_routers()
  |- mode_changed(str, str)        the helper's ModeChanged(mode, why) signal
  |- unavailable(str)              no helper on the bus (not installed, not running), in words
  |- error(str)                    a refused or failed request, in the helper's words
  |- state -> RoutingState | None, routers -> tuple[RouterInfo, ...] (() without routers, or
  |                                from a helper older than GetRouters)
  |- await refresh_routers() -> bool   read the entries again (their blocked counts)
  |- reads_routers -> bool         False once the helper lacks GetRouters or polkit refused it
  |- await start() -> bool         connect, read the state, follow ModeChanged
  |- await set_mode(mode), await set_clearnet(profile, minutes), await end_clearnet()
  |- await close()

The helper decides everything (polkit, the config's names); this only asks and reports.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from jeepney import DBusAddress, MatchRule, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.asyncio import DBusRouter, open_dbus_router

from PySide6.QtCore import QObject, Signal

from onionpanel.core.routers import RouterInfo, routers_from_reply
from onionpanel.core.routing import RoutingState

BUS_NAME = "org.onionpanel.Helper1"
HELPER = DBusAddress("/org/onionpanel/Helper1", bus_name=BUS_NAME, interface=BUS_NAME)
CALL_TIMEOUT = 330.0  # the helper may be waiting for the person to authenticate with polkit
STATE_TIMEOUT = 5.0


class RoutingClient(QObject):
    state_changed = Signal(object)
    routers_changed = Signal(object)
    mode_changed = Signal(str, str)
    unavailable = Signal(str)
    error = Signal(str)

    def __init__(self, bus: str = "SYSTEM", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._router: DBusRouter | None = None
        self._opened: Any = None
        self._listener: asyncio.Task[None] | None = None
        self.state: RoutingState | None = None
        self.routers: tuple[RouterInfo, ...] = ()
        self._has_routers = True  # until a helper says it has no GetRouters
        self._routers_read = False

    async def start(self) -> bool:
        try:
            self._opened = open_dbus_router(bus=self._bus)
            self._router = await self._opened.__aenter__()
        except (OSError, KeyError, ValueError) as error:
            self.unavailable.emit(
                self.tr("No system bus to reach the routing helper: {error}").format(error=error)
            )
            return False
        # Listening before the first reading: a change between the two (the helper applying
        # its boot mode as the panel starts) would otherwise go unseen until the next one.
        subscribed = asyncio.get_running_loop().create_future()
        self._listener = asyncio.ensure_future(self._follow_signals(subscribed))
        with contextlib.suppress(Exception):  # refused: the reading below says why, if gone
            await subscribed
        if not await self.refresh():
            await self.close()  # no helper: keep no socket open for nothing
            return False
        return True

    async def refresh(self) -> bool:
        reply = await self._call("GetState", "", (), wait=STATE_TIMEOUT)
        if reply is None:
            return False
        self.state = RoutingState.from_reply(reply.body)
        self.state_changed.emit(self.state)
        await self.refresh_routers()  # a switch reloads the rules: their counts start again
        return True

    @property
    def reads_routers(self) -> bool:
        """False once the helper said it has no GetRouters or polkit refused it."""
        return self._has_routers

    async def refresh_routers(self) -> bool:
        if not self._has_routers or self._router is None:
            return False
        reply = await self._call("GetRouters", "", (), wait=STATE_TIMEOUT, quiet=True)
        if reply is None:
            return False
        try:
            routers = routers_from_reply(reply.body)
        except (TypeError, ValueError):  # not the shape this panel knows: show none
            routers = ()
        if routers != self.routers or not self._routers_read:
            self.routers, self._routers_read = routers, True
            self.routers_changed.emit(routers)
        return True

    async def set_mode(self, mode: str) -> None:
        if await self._call("SetMode", "s", (mode,)) is not None:
            await self.refresh()

    async def set_clearnet(self, profile: str, minutes: int) -> None:
        if await self._call("SetClearnet", "su", (profile, minutes)) is not None:
            await self.refresh()

    async def end_clearnet(self) -> None:
        if await self._call("EndClearnet", "", ()) is not None:
            await self.refresh()

    async def _call(
        self,
        method: str,
        signature: str,
        args: tuple[Any, ...],
        wait: float = CALL_TIMEOUT,
        quiet: bool = False,
    ) -> Any:
        """``quiet``: a read the panel can do without (GetRouters) fails without a word."""
        if self._router is None:
            self.error.emit(self.tr("The routing helper is not available."))
            return None
        message = new_method_call(HELPER, method, signature or None, args)
        try:
            reply = await asyncio.wait_for(self._router.send_and_get_reply(message), wait)
        except (OSError, TimeoutError) as error:
            if quiet:
                return None
            self.error.emit(
                self.tr("The routing helper did not answer: {error}").format(error=error)
            )
            return None
        if reply.header.message_type is MessageType.error:
            text = str(reply.body[0]) if reply.body else ""
            name = str(reply.header.fields.get(4, ""))  # ERROR_NAME
            if quiet:
                # an older helper, or polkit says no (maybe after a password prompt): never
                # ask again, or the 5 s look would prompt again and again
                if name.endswith((".UnknownMethod", ".NotAuthorized")):
                    self._has_routers = False
                return None
            if method == "GetState" and name.startswith("org.freedesktop.DBus.Error"):
                self.unavailable.emit(
                    self.tr("The routing helper is not installed or not running ({name}).").format(
                        name=name.rsplit(".", 1)[-1]
                    )
                )
            else:
                self.error.emit(text or name)
            return None
        return reply

    async def _follow_signals(self, subscribed: asyncio.Future[None]) -> None:
        assert self._router is not None
        rule = MatchRule(type="signal", interface=BUS_NAME, member="ModeChanged")
        with self._router.filter(rule, bufsize=16) as queue:  # before the bus sends any
            try:
                await self._router.send_and_get_reply(message_bus.AddMatch(rule))
            except asyncio.CancelledError:
                subscribed.cancel()
                raise
            except Exception as error:
                subscribed.set_exception(error)
                raise
            subscribed.set_result(None)
            while True:
                signal = await queue.get()
                mode, why = signal.body
                self.mode_changed.emit(str(mode), str(why))
                await self.refresh()

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):  # ended by a bus error
                await self._listener
            self._listener = None
        if self._opened is not None:
            with contextlib.suppress(Exception):
                await self._opened.__aexit__(None, None, None)
            self._opened = self._router = None
            await asyncio.sleep(0)  # the transport's close runs now, with its socket notifier
