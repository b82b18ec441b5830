"""Tor's raw reason codes (control-spec §4.1.1 CIRC, §4.1.2 STREAM, §4.1.3 ORCONN) in words.

circuit_reason(reason) -> str   "TIMEOUT" -> "timed out"; "" for MISC, NONE and FINISHED-like
stream_reason(reason) -> str    "EXITPOLICY" -> "the exit does not allow it"; "" for DONE, MISC
connection_reason(reason) -> str   ORCONN / bootstrap-problem reasons: "a relay refused …"

"" means the reason adds nothing a person needs ("Closed" says it all). A code tor adds later
shows as itself, in lower case, rather than not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

# each a lambda: looked up when shown, so the words follow the translator installed then
_SILENT = frozenset({"", "NONE", "MISC", "DONE", "END"})

_CIRCUIT: Mapping[str, Callable[[], str]] = {
    "TORPROTOCOL": lambda: translate("Reasons", "a relay broke the protocol"),
    "INTERNAL": lambda: translate("Reasons", "an internal error"),
    "REQUESTED": lambda: translate("Reasons", "on request"),
    "HIBERNATING": lambda: translate("Reasons", "a relay is hibernating"),
    "RESOURCELIMIT": lambda: translate("Reasons", "a relay is out of resources"),
    "CONNECTFAILED": lambda: translate("Reasons", "could not reach a relay"),
    "OR_IDENTITY": lambda: translate("Reasons", "a relay had the wrong identity"),
    "CHANNEL_CLOSED": lambda: translate("Reasons", "the connection to a relay closed"),
    "FINISHED": lambda: translate("Reasons", "used up"),
    "TIMEOUT": lambda: translate("Reasons", "timed out"),
    "DESTROYED": lambda: translate("Reasons", "a relay closed it"),
    "NOPATH": lambda: translate("Reasons", "no path through the network"),
    "NOSUCHSERVICE": lambda: translate("Reasons", "no such onion service"),
    "MEASUREMENT_EXPIRED": lambda: translate("Reasons", "timeout measurement done"),
    "IP_NOW_REDUNDANT": lambda: translate("Reasons", "no longer needed"),
}

_STREAM: Mapping[str, Callable[[], str]] = {
    "RESOLVEFAILED": lambda: translate("Reasons", "the name could not be resolved"),
    "CONNECTREFUSED": lambda: translate("Reasons", "the destination refused the connection"),
    "EXITPOLICY": lambda: translate("Reasons", "the exit does not allow it"),
    "DESTROY": lambda: translate("Reasons", "its circuit closed"),
    "TIMEOUT": lambda: translate("Reasons", "timed out"),
    "NOROUTE": lambda: translate("Reasons", "no route to the destination"),
    "HIBERNATING": lambda: translate("Reasons", "the exit is hibernating"),
    "INTERNAL": lambda: translate("Reasons", "an internal error"),
    "RESOURCELIMIT": lambda: translate("Reasons", "the exit is out of resources"),
    "CONNRESET": lambda: translate("Reasons", "the connection was reset"),
    "TORPROTOCOL": lambda: translate("Reasons", "a relay broke the protocol"),
    "NOTDIRECTORY": lambda: translate("Reasons", "not a directory"),
    "PRIVATE_ADDR": lambda: translate("Reasons", "a private address, refused"),
    "CANT_ATTACH": lambda: translate("Reasons", "no circuit could carry it"),
}

_CONNECTION: Mapping[str, Callable[[], str]] = {
    "DONE": lambda: translate("Reasons", "a relay closed the connection"),
    "CONNECTREFUSED": lambda: translate("Reasons", "a relay refused the connection"),
    "IDENTITY": lambda: translate("Reasons", "a relay had the wrong identity"),
    "CONNECTRESET": lambda: translate("Reasons", "a connection to a relay was reset"),
    "TIMEOUT": lambda: translate("Reasons", "a connection to a relay timed out"),
    "NOROUTE": lambda: translate("Reasons", "no route to a relay (is this computer online?)"),
    "IOERROR": lambda: translate("Reasons", "a connection to a relay failed to read or write"),
    "RESOURCELIMIT": lambda: translate("Reasons", "this computer is out of connections or memory"),
    "PT_MISSING": lambda: translate("Reasons", "a pluggable transport is missing"),
    "MISC": lambda: translate("Reasons", "a connection to a relay failed"),
}


def _words(table: Mapping[str, Callable[[], str]], reason: str, silent: bool) -> str:
    code = reason.strip().upper()
    found = table.get(code)
    if found is not None:
        return found()
    if silent and code in _SILENT:
        return ""
    return code.replace("_", " ").lower()


def circuit_reason(reason: str) -> str:
    return _words(_CIRCUIT, reason, silent=True)


def stream_reason(reason: str) -> str:
    return _words(_STREAM, reason, silent=True)


def connection_reason(reason: str) -> str:
    return _words(_CONNECTION, reason, silent=False) or _CONNECTION["MISC"]()
