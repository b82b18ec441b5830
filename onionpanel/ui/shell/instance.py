"""One panel per desktop session, over the session bus.

The first panel owns the name org.onionpanel.OnionPanel and answers the standard
org.freedesktop.Application interface at /org/onionpanel/OnionPanel; a later ``onionpanel``
finds the name taken, passes its action on (Activate, or ActivateAction "new-identity" /
"open-panel", the desktop entry's action ids) and exits. Without a session bus every launch is a
panel of its own, as before.

  APP_ID                          "org.onionpanel.OnionPanel": bus name, desktop file, icon
  OPEN_PANEL, NEW_IDENTITY        action names
  action_of(options) -> str | None   what a launch asks for ("" for plain Activate)
  PanelInstance(address=None)     the session bus, or a bus of the tests' own
  |- claim() -> bool              True: we are the first; serve the interface
  |- forward(action) -> bool      hand the action to the first panel; True if it answered
  |- activated                    Signal(): raise the window
  |- action_requested             Signal(str): a named action
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import ClassInfo, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from onionpanel.ui.shell.early import APP_ID as APP_ID

OBJECT_PATH = "/org/onionpanel/OnionPanel"
INTERFACE = "org.freedesktop.Application"
OPEN_PANEL = "open-panel"
NEW_IDENTITY = "new-identity"
ACTIONS = (OPEN_PANEL, NEW_IDENTITY)
FORWARD_TIMEOUT_MS = 5000


def action_of(options: argparse.Namespace) -> str:
    if getattr(options, "new_identity", False):
        return NEW_IDENTITY
    if getattr(options, "open_window", False):
        return OPEN_PANEL
    return ""


# PySide6's stub for ClassInfo lacks its dict form and __call__; the runtime has both.
@ClassInfo({"D-Bus Interface": INTERFACE})  # type: ignore[call-arg]
class _ApplicationAdaptor(QObject):  # type: ignore[operator]
    """org.freedesktop.Application; the method names are the interface's."""

    def __init__(self, instance: PanelInstance) -> None:
        super().__init__(instance)
        self._instance = instance

    @Slot("QVariantMap")
    def Activate(self, platform_data: dict[str, Any]) -> None:  # noqa: N802
        self._instance.activated.emit()

    @Slot(str, "QVariantList", "QVariantMap")
    def ActivateAction(  # noqa: N802
        self, name: str, parameters: list[Any], platform_data: dict[str, Any]
    ) -> None:
        if name in ACTIONS:
            self._instance.action_requested.emit(name)

    @Slot("QStringList", "QVariantMap")
    def Open(self, uris: list[str], platform_data: dict[str, Any]) -> None:  # noqa: N802
        self._instance.activated.emit()  # OnionPanel opens no files: just show up


class PanelInstance(QObject):
    activated = Signal()
    action_requested = Signal(str)

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        """address: a bus of the tests' own; None is the session bus."""
        super().__init__(parent)
        if address is None:
            self._bus = QDBusConnection.sessionBus()
        else:
            self._bus = QDBusConnection.connectToBus(address, f"onionpanel-{id(self)}")
        self._adaptor = _ApplicationAdaptor(self)

    @property
    def has_bus(self) -> bool:
        return self._bus.isConnected()

    def claim(self) -> bool:
        """Own the name and serve the interface. Without a session bus, True (a panel of our
        own); False only when another panel owns the name."""
        if not self.has_bus:
            return True
        if not self._bus.registerService(APP_ID):
            return False
        self._bus.registerObject(
            OBJECT_PATH, self._adaptor, QDBusConnection.RegisterOption.ExportAllSlots
        )
        return True

    def forward(self, action: str) -> bool:
        if action:
            message = QDBusMessage.createMethodCall(
                APP_ID, OBJECT_PATH, INTERFACE, "ActivateAction"
            )
            message.setArguments([action, [], {}])
        else:
            message = QDBusMessage.createMethodCall(APP_ID, OBJECT_PATH, INTERFACE, "Activate")
            message.setArguments([{}])
        reply = self._bus.call(message, timeout=FORWARD_TIMEOUT_MS)
        return reply.type() == QDBusMessage.MessageType.ReplyMessage

    def release(self) -> None:
        if self.has_bus:
            self._bus.unregisterObject(OBJECT_PATH)
            self._bus.unregisterService(APP_ID)
