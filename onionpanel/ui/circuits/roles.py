"""What the circuits model, its proxy and its view share: columns, roles, cell helpers.

Column                     the five columns; each means something per row kind
KIND_ROLE ... VISIBLE_ROLE the model's own item roles (named in ROLE_NAMES)
RelayBrief                 what relay_info(fingerprint) returns: address and flags
format_bytes(n) / format_age(seconds)
text_roles(text) / closed_look(closed)   role dicts for a cell's text and a closed row's look
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RelayBrief:
    address: str = ""
    flags: tuple[str, ...] = ()


class Column(enum.IntEnum):
    NAME = 0  # circuit id / hop nickname / stream target
    STATUS = 1  # circuit status and reason / hop country / stream status
    PURPOSE = 2  # circuit purpose / hop IP address / stream source
    AGE = 3  # circuit age / hop flags / stream bytes
    DETAIL = 4  # circuit path / hop fingerprint / stream circuit


KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "circuit", "hop" or "stream"
CIRCUIT_ID_ROLE = KIND_ROLE + 1
STREAM_ID_ROLE = KIND_ROLE + 2
FINGERPRINT_ROLE = KIND_ROLE + 3
INTERNAL_ROLE = KIND_ROLE + 4
HAS_STREAMS_ROLE = KIND_ROLE + 5
CLOSED_ROLE = KIND_ROLE + 6
SORT_ROLE = KIND_ROLE + 7
COPY_TEXT_ROLE = KIND_ROLE + 8  # what "Copy" puts on the clipboard for this row
VISIBLE_ROLE = KIND_ROLE + 9  # "shown", or "internal" for what the proxy hides by default
SHOWN = "shown"

ROLE_NAMES = {
    KIND_ROLE: b"kind",
    CIRCUIT_ID_ROLE: b"circuitId",
    STREAM_ID_ROLE: b"streamId",
    FINGERPRINT_ROLE: b"fingerprint",
    INTERNAL_ROLE: b"internal",
    HAS_STREAMS_ROLE: b"hasStreams",
    CLOSED_ROLE: b"closed",
    SORT_ROLE: b"sortKey",
    COPY_TEXT_ROLE: b"copyText",
    VISIBLE_ROLE: b"visible",
}

COLUMNS = len(Column)
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def format_bytes(count: int) -> str:
    size = float(count)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{count} B"


def format_age(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def closed_look(closed: bool) -> dict[int, Any]:
    if not closed:
        return {Qt.ItemDataRole.ForegroundRole: None, Qt.ItemDataRole.FontRole: None}
    font = QFont()
    font.setItalic(True)
    brush = QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return {Qt.ItemDataRole.ForegroundRole: brush, Qt.ItemDataRole.FontRole: font}


def text_roles(text: str) -> dict[int, Any]:
    return {Qt.ItemDataRole.DisplayRole: text, Qt.ItemDataRole.AccessibleTextRole: text}
