"""How the relay list and details put a relay's numbers into words.

format_bandwidth(kilobytes) -> "850 kB/s" / "1.2 MB/s", in the locale's digits
format_uptime(seconds) -> "3 d 4 h" / "5 h 02 min" / "12 min" / "under a minute" / "—" (not known)
relay_version(relay) -> the consensus v line, else the descriptor's platform's tor
relay_uptime(relay) -> seconds or None
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from onionpanel.core.relays import Relay
from onionpanel.ui.common.units import format_kilobytes_rate, format_number, format_span


def format_bandwidth(kilobytes: int) -> str:
    return format_kilobytes_rate(kilobytes)


def format_uptime(seconds: int | None) -> str:
    if seconds is None:
        return "\u2014"
    if seconds < 60:
        return QCoreApplication.translate("RelayWords", "under a minute")
    if seconds < 3600:  # a relay's seconds are noise: whole minutes
        text = QCoreApplication.translate("RelayWords", "%1 min", "minutes of uptime")
        return text.replace("%1", format_number(seconds // 60))
    return format_span(seconds)


def relay_version(relay: Relay) -> str:
    """The consensus v line, else the descriptor's platform ("Tor 0.4.9.1 on Linux")."""
    if relay.version or relay.details is None:
        return relay.version
    return relay.details.platform.split(" on ")[0]


def relay_uptime(relay: Relay) -> int | None:
    return relay.details.uptime_s if relay.details else None
