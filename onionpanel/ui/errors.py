"""Tor-layer errors as sentences for a person (the tor layer raises typed errors).

error_text(error) -> str      the exact message, plus what to do where we know it
is_no_tor(error) -> bool      nothing answers: offer to start a tor of the user's own
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

_NO_TOR_NAMES = {"NoControlPort", "ControlPortNotFound", "NoTorFound", "TorNotFound"}


def _name(error: BaseException) -> str:
    return type(error).__name__


def is_no_tor(error: BaseException) -> bool:
    if isinstance(error, ConnectionRefusedError | FileNotFoundError):
        return True
    return any(cls.__name__ in _NO_TOR_NAMES for cls in type(error).__mro__)


def _cookie_guidance(error: BaseException) -> str:
    group = getattr(error, "group", "") or ""
    if group:
        return translate(
            "Errors",
            "To read it, your user must be in the group “{group}”: ask an administrator to "
            "add you (sudo usermod -aG {group} $USER), then log out and back in. On NixOS, "
            "add {group} to users.users.<you>.extraGroups.",
        ).format(group=group)
    return translate(
        "Errors",
        "Your user must be in the group that owns this file: ask an administrator to add "
        "you to it, then log out and back in.",
    )


def error_text(error: BaseException) -> str:
    message = str(error) or _name(error)
    name = _name(error)
    if name == "CookieUnreadable":
        return message + "\n\n" + _cookie_guidance(error)
    if name == "PasswordRejected":
        return translate("Errors", "Tor rejected the control password. {detail}").format(
            detail=message
        )
    if name == "PasswordRequired":
        return translate("Errors", "This Tor needs a control password, and none was given.")
    if is_no_tor(error):
        return translate("Errors", "No Tor control port answers: {detail}").format(detail=message)
    return message
