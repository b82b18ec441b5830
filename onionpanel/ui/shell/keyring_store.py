"""The tor control password in the desktop keyring (Secret Service), never in a file.

keyring_unavailable_reason() -> str | None   None when a Secret Service keyring works
load_password(endpoint) -> str | None
store_password(endpoint, password) -> None
forget_password(endpoint) -> None
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
SERVICE = "onionpanel-tor-control"


def _keyring() -> Any | None:
    if importlib.util.find_spec("keyring") is None:
        return None
    return importlib.import_module("keyring")


def keyring_unavailable_reason() -> str | None:
    keyring = _keyring()
    if keyring is None:
        return translate(
            "Keyring", "The Python “keyring” package is not installed, so there is no safe place."
        )
    try:
        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception as error:  # a broken D-Bus session raises many kinds
        return translate("Keyring", "The desktop keyring cannot be reached: {error}").format(
            error=error
        )
    name = type(backend).__module__ + "." + type(backend).__name__
    if priority <= 0 or "fail" in name or "null" in name.lower():
        return translate(
            "Keyring", "No desktop keyring (Secret Service) is running in this session."
        )
    return None


def load_password(endpoint: str) -> str | None:
    keyring = _keyring()
    if keyring is None or keyring_unavailable_reason() is not None:
        return None
    value = keyring.get_password(SERVICE, endpoint)
    return value if isinstance(value, str) else None


def store_password(endpoint: str, password: str) -> None:
    keyring = _keyring()
    if keyring is not None:
        keyring.set_password(SERVICE, endpoint, password)


def forget_password(endpoint: str) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, endpoint)
    except Exception:  # nothing stored is fine
        return
