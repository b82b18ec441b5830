"""A private D-Bus session bus (a real dbus-daemon) for tests of the panel's session-bus use.

session_bus() -> context manager yielding the bus address
name_owner(address, name) -> str    the unique name owning ``name``, "" when none
available() -> bool
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator


def available() -> bool:
    return all(shutil.which(tool) for tool in ("dbus-daemon", "gdbus"))


@contextlib.contextmanager
def session_bus() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def name_owner(address: str, name: str) -> str:
    result = subprocess.run(
        ["gdbus", "call", "--address", address, "--dest", "org.freedesktop.DBus",
         "--object-path", "/org/freedesktop/DBus",
         "--method", "org.freedesktop.DBus.GetNameOwner", name],
        capture_output=True, text=True, timeout=10, check=False,
        env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address),
    )  # fmt: skip
    return result.stdout.strip().strip("(),'") if result.returncode == 0 else ""
