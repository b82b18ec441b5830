"""A minimal org.kde.StatusNotifierWatcher on the session bus, so Qt finds a tray host.

A stand-in for the desktop shell's tray host, which cannot run here. Qt's tray checks
``IsStatusNotifierHostRegistered`` on this service and then registers its item with us; we
print ``item <bus name>`` so another process can read the item's properties.

  python tests/ui/sni_watcher.py     prints "registered", then one "item NAME" per icon
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.kde.StatusNotifierWatcher"})
class Watcher(QObject):
    StatusNotifierItemRegistered = Signal(str)
    StatusNotifierHostRegistered = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._items: list[str] = []

    @Slot(str)
    def RegisterStatusNotifierItem(self, service: str) -> None:  # noqa: N802
        print("item", service, flush=True)
        self._items.append(service)
        self.StatusNotifierItemRegistered.emit(service)

    @Slot(str)
    def RegisterStatusNotifierHost(self, service: str) -> None:  # noqa: N802
        self.StatusNotifierHostRegistered.emit()

    def _registered_items(self) -> list[str]:
        return self._items

    def _host_registered(self) -> bool:
        return True

    def _protocol_version(self) -> int:
        return 0

    RegisteredStatusNotifierItems = Property("QStringList", _registered_items)
    IsStatusNotifierHostRegistered = Property(bool, _host_registered)
    ProtocolVersion = Property(int, _protocol_version)


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    watcher = Watcher()
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllProperties
        | QDBusConnection.RegisterOption.ExportAllSignals
    )
    if not (
        bus.registerObject("/StatusNotifierWatcher", watcher, options)
        and bus.registerService("org.kde.StatusNotifierWatcher")
    ):
        print("failed", bus.lastError().message(), flush=True)
        return 1
    print("registered", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
