"""How the relay list and details put a relay's numbers into words.

format_bandwidth(kilobytes) -> "850 kB/s" / "1.2 MB/s"
format_uptime(seconds) -> "3d 4h" / "5h 2m" / "12m" / "under a minute" / "—" (not known)
relay_version(relay) -> the consensus v line, else the descriptor's platform's tor
relay_uptime(relay) -> seconds or None
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from onionpanel.core.relays import Relay


def format_bandwidth(kilobytes: int) -> str:
    if kilobytes >= 1000:
        return f"{kilobytes / 1000:.1f} MB/s"
    return f"{kilobytes} kB/s"


def format_uptime(seconds: int | None) -> str:
    if seconds is None:
        return "\u2014"
    if seconds < 60:
        return QCoreApplication.translate("RelayWords", "under a minute")
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {rest // 60}m"
    return f"{rest // 60}m"


def relay_version(relay: Relay) -> str:
    """The consensus v line, else the descriptor's platform ("Tor 0.4.9.1 on Linux")."""
    if relay.version or relay.details is None:
        return relay.version
    return relay.details.platform.split(" on ")[0]


def relay_uptime(relay: Relay) -> int | None:
    return relay.details.uptime_s if relay.details else None
