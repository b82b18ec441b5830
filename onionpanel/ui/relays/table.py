"""The relay list: every relay in a sortable, filterable table, and its details panel
(details.py); the words for bandwidth, uptime and version are in words.py.

  RelayTableModel(QAbstractTableModel)   the records: nickname, country, flags, bandwidth, IP,
  |- set_relays(relays, countries)       version, uptime; sorts itself (sort_rows) in Python;
  |                                      rows beyond FILL_CHUNK come in chunks, a turn of the
  |                                      loop each (filling(), finish_fill(), filled signal)
  |- refresh_details(relays) -> bool     the same relays with new details, without a reset
  |- relay_at(row) / row_of(fingerprint)
  RelayFilterProxy(QSortFilterProxyModel)  filter by flag, country and search text
  |- set_filter(flag=None, country="", text="")   text matches nickname, fingerprint or IP
  RelayListView(QWidget)                 search + flag + country filters, table, details
  |- set_relays(relays, countries), refresh_details(relays), select_relay(fingerprint)
  |- relay_selected(str)                 signal: the user picked a relay in the table

8,000 rows make Qt's own proxy sorting call ``data()`` in Python ~200k times (a ~200 ms block);
so the proxy hands sorting to the model, which sorts its list with a key function (~10 ms),
and filtering is decided for all rows at once in Python before the proxy asks row by row.
A reset with 8,000 rows held the loop 18-50 ms (the proxy asks filterAcceptsRow once per row,
in Python); the rows now come FILL_CHUNK at a time, each chunk a turn of its own.
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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onionpanel.core.relays import FLAG_BY_NAME, Flag, Relay
from onionpanel.ui.common.accessibility import chain_focus
from onionpanel.ui.common.flags import flag_label, flags_text
from onionpanel.ui.common.views import WordElideDelegate, plain_text_rendering
from onionpanel.ui.common.words import country_text
from onionpanel.ui.relays.details import RelayDetailsPanel
from onionpanel.ui.relays.filter import RelayFilterProxy
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

    def row_of(self, fingerprint: str) -> int:
        """The row of a relay; -1 when not listed. A row still to come is filled in now."""
        # a scan (~0.3 ms for 8k, on a click) rather than a dict kept for every fill and sort
        # (8k entries, 0.4 MB, 3 ms per fill)
        row = next(
            (row for row, relay in enumerate(self._sorted) if relay.fingerprint == fingerprint),
            -1,
        )
        if row >= len(self._rows):
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


class RelayListView(QWidget):
    relay_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Relay list"))
        self.model = RelayTableModel(self)
        self.proxy = RelayFilterProxy(self)
        # the filter never depends on what dataChanged reports (descriptor details): without
        # this, the proxy would ask filterAcceptsRow for all 8k rows, in Python, ~25 ms
        self.proxy.setDynamicSortFilter(False)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search nickname, fingerprint or IP"))
        self.search.setAccessibleName(self.tr("Search relays"))
        self.search.setClearButtonEnabled(True)
        self.flag_filter = QComboBox(self)
        self.flag_filter.setAccessibleName(self.tr("Filter by flag"))
        self.flag_filter.addItem(self.tr("All flags"), None)
        for label, bit in sorted((flag_label(name), bit) for name, bit in FLAG_BY_NAME.items()):
            self.flag_filter.addItem(label, bit)
        self.country_filter = QComboBox(self)
        self.country_filter.setAccessibleName(self.tr("Filter by country"))
        self.table = QTableView(self)
        plain_text_rendering(self.table)
        self.table.setAccessibleName(self.tr("Relays"))
        self.table.setModel(self.proxy)
        # flags end at a whole flag ("Exit Fast Guard …"), never at "Gu…"
        self.table.setItemDelegateForColumn(COLUMNS.index("flags"), WordElideDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # fixed widths: ResizeToContents would measure all 8k rows
        for column, width in enumerate((130, 64, 210, 90, 120, 80, 80)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.sortByColumn(COLUMNS.index("nickname"), Qt.SortOrder.AscendingOrder)
        self.details = RelayDetailsPanel(self)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Relays shown"))
        self._layout()
        self.search.textChanged.connect(self._apply_filter)
        self.flag_filter.currentIndexChanged.connect(self._apply_filter)
        self.country_filter.currentIndexChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.filled.connect(self._update_count)
        self._fill_countries()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.flag_filter)
        filters.addWidget(self.country_filter)
        filters.addWidget(self.count_label)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.details)
        scroller.setAccessibleName(self.tr("Relay details"))
        splitter.addWidget(scroller)
        chain_focus(self.table, scroller, *self.details.copy_buttons.values())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def set_relays(self, relays: Mapping[str, Relay], countries: Mapping[str, str]) -> None:
        current = self.current_fingerprint()
        self.proxy.set_filter(*self._filter_values(), now=False)
        self.model.set_relays(relays, countries)
        self._fill_countries()
        if current and current in relays:
            self.select_relay(current)  # its row comes now (the rest still in chunks)
        self._update_count()

    def refresh_details(self, relays: Mapping[str, Relay]) -> bool:
        """See RelayTableModel.refresh_details; the details panel shows the new record."""
        if not self.model.refresh_details(relays):
            return False
        relay = self.model.relay_at(self.proxy.mapToSource(self.table.currentIndex()).row())
        if relay is not None:
            self.details.show_relay(relay, self.model.country_of(relay))
        return True

    def _fill_countries(self) -> None:
        chosen = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), "")
        codes = sorted(self.model.countries())
        for code in codes:
            self.country_filter.addItem(country_text(code), code)
        index = self.country_filter.findData(chosen) if chosen else 0
        self.country_filter.setCurrentIndex(max(0, index))
        self.country_filter.blockSignals(False)

    def _filter_values(self) -> tuple[int | None, str, str]:
        flag = self.flag_filter.currentData()
        country = self.country_filter.currentData() or ""
        return (int(flag) if flag is not None else None), str(country), self.search.text()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(*self._filter_values())
        self._update_count()

    def _update_count(self) -> None:
        if self.model.filling():
            return  # model.filled calls again
        self.count_label.setText(
            self.tr("{shown} of {total}").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def current_fingerprint(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid():
            return ""
        relay = self.model.relay_at(self.proxy.mapToSource(index).row())
        return relay.fingerprint if relay else ""

    def select_relay(self, fingerprint: str) -> bool:
        """Select and show a relay (e.g. clicked on the map); clears filters that hide it."""
        row = self.model.row_of(fingerprint)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            self.flag_filter.setCurrentIndex(0)
            self.country_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        relay = self.model.relay_at(self.proxy.mapToSource(current).row())
        self.details.show_relay(relay, self.model.country_of(relay) if relay else "")
        if relay is not None:
            self.relay_selected.emit(relay.fingerprint)


__all__ = [
    "COLUMNS",
    "Flag",
    "RelayDetailsPanel",
    "RelayFilterProxy",
    "RelayListView",
    "RelayTableModel",
    "format_bandwidth",
    "format_uptime",
]
