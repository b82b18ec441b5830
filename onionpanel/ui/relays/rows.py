"""The relay list's model: every relay as a row, sorted in Python, filled in chunks.

  RelayTableModel(QAbstractTableModel)   the records: nickname, country, flags, bandwidth, IP,
  |- set_relays(relays, countries)       version, uptime; sorts itself (sort_rows) in Python;
  |                                      rows beyond FILL_CHUNK come in chunks, a turn of the
  |                                      loop each (filling(), finish_fill(), filled signal)
  |- refresh_details(relays) -> bool     the same relays with new details, without a reset
  |- relay_at(row) / row_of(fingerprint) / country_of(relay) / countries()
  COLUMNS, FILL_CHUNK

Why in chunks: a reset with 8,000 rows held the loop 18-50 ms, the proxy asking
filterAcceptsRow once per row, in Python. The view is in table.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QWidget

from onionpanel.core.relays import Relay
from onionpanel.ui.common.flags import flags_text
from onionpanel.ui.common.words import country_text
from onionpanel.ui.relays.words import format_bandwidth, format_uptime, relay_uptime, relay_version

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("nickname", "country", "flags", "bandwidth", "ip", "version", "uptime")
FILL_CHUNK = 1000  # rows per turn of the loop: ~2-3 ms with the proxy's per-row filter


class RelayTableModel(QAbstractTableModel):
    filled = Signal()  # every row of the last set_relays is in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Relay] = []  # the rows the views know, a prefix of _sorted
        self._sorted: list[Relay] = []  # every relay, in the current order
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_more)
        self._countries: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self.version = 0  # bumps whenever rows change or move, so filters know to recompute
        self._headers = (
            self.tr("Nickname"),
            self.tr("Country"),
            self.tr("Flags"),
            self.tr("Bandwidth"),
            self.tr("IP address"),
            self.tr("Version"),
            self.tr("Uptime"),
        )

    def set_relays(self, relays: Mapping[str, Relay], countries: Mapping[str, str]) -> None:
        self._fill_timer.stop()
        self.beginResetModel()
        self._countries = dict(countries)
        self._sorted = list(relays.values())
        self._rows = []
        self._sort_in_place()
        self._rows = self._sorted[:FILL_CHUNK]
        self.endResetModel()
        self._after_chunk()

    def filling(self) -> bool:
        """Rows of the last set_relays are still to come."""
        return len(self._rows) < len(self._sorted)

    def finish_fill(self) -> None:
        """Every row now, in one go (someone needs a row that has not come yet)."""
        while self.filling():
            self._fill_more()

    def _fill_more(self) -> None:
        first = len(self._rows)
        chunk = self._sorted[first : first + FILL_CHUNK]
        if not chunk:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(chunk) - 1)
        self._rows.extend(chunk)
        self.endInsertRows()
        self._after_chunk()

    def _after_chunk(self) -> None:
        if self.filling():
            self._fill_timer.start()
        else:
            self._fill_timer.stop()
            self.filled.emit()

    def refresh_details(self, relays: Mapping[str, Relay]) -> bool:
        """The same relays again, e.g. with descriptor details: rows keep their places and
        the views repaint (no reset, no refilter). False if the relays are not the same."""
        every = [relays[r.fingerprint] for r in self._sorted if r.fingerprint in relays]
        if len(every) != len(self._sorted) or len(relays) != len(every):
            return False
        self._sorted = every
        self._rows = every[: len(self._rows)]
        if COLUMNS[self._sort[0]] in ("uptime", "version"):  # keys that details change
            self.finish_fill()
            self.layoutAboutToBeChanged.emit()
            self._sort_in_place()
            self.layoutChanged.emit()
        rows = self._rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
        return True

    def countries(self) -> set[str]:
        """The country codes of the relays listed (without "")."""
        return set(self._countries.values()) - {""}

    def rows(self) -> list[Relay]:
        return self._rows

    def country_of(self, relay: Relay) -> str:
        return self._countries.get(relay.fingerprint, "")

    def relay_at(self, row: int) -> Relay | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, fingerprint: str, *, fill: bool = True) -> int:
        """The row of a relay; -1 when not listed. A row still to come is filled in now
        (fill=False: its row all the same, for after the fill)."""
        # a scan (~0.3 ms for 8k, on a click) rather than a dict kept for every fill and sort
        # (8k entries, 0.4 MB, 3 ms per fill)
        row = next(
            (row for row, relay in enumerate(self._sorted) if relay.fingerprint == fingerprint),
            -1,
        )
        if fill and row >= len(self._rows):
            self.finish_fill()
        return row

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        relay = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(relay, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "nickname":
            return relay.fingerprint
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("bandwidth", "uptime"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, relay: Relay, column: str) -> str:
        if column == "nickname":
            return relay.nickname
        if column == "country":
            return country_text(self.country_of(relay))
        if column == "flags":
            return flags_text(relay.flag_names)
        if column == "bandwidth":
            return format_bandwidth(relay.bandwidth)
        if column == "ip":
            return relay.ip
        if column == "version":
            return relay_version(relay).removeprefix("Tor ")
        return format_uptime(relay_uptime(relay))

    def _key(self, column: int) -> Callable[[Relay], Any]:
        name = COLUMNS[column]
        keys: dict[str, Callable[[Relay], Any]] = {
            "nickname": lambda r: r.nickname.lower(),
            "country": lambda r: self._countries.get(r.fingerprint, "~"),
            "flags": lambda r: len(r.flag_names),
            "bandwidth": lambda r: r.bandwidth,
            "ip": lambda r: tuple(int(p) if p.isdigit() else 0 for p in r.ip.split(".")),
            "version": relay_version,
            "uptime": lambda r: relay_uptime(r) or -1,
        }
        return keys[name]

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if (column, order) == self._sort:
            return  # QTableView asks twice per header click
        self.finish_fill()
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_in_place()
        self._rows = self._sorted
        self.layoutChanged.emit()

    def _sort_in_place(self) -> None:
        """Sorts every relay (shown or to come); the views' rows stay a prefix of them."""
        column, order = self._sort
        if 0 <= column < len(COLUMNS):
            self._sorted.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.version += 1
