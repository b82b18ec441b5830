"""The relay list: every relay in a sortable, filterable table, and its details panel
(details.py); the model is in rows.py, the words for bandwidth, uptime and version in words.py.

  RelayTableModel, COLUMNS, FILL_CHUNK   (rows.py) the rows, sorted in Python, filled in chunks
  RelayFilterProxy(QSortFilterProxyModel)  filter by flag, country and search text
  |- set_filter(flag=None, country="", text="")   text matches nickname, fingerprint or IP
  RelayListView(QWidget)                 search + flag + country filters, table, details
  |- set_relays(relays, countries), refresh_details(relays), select_relay(fingerprint)
  |- relay_selected(str)                 signal: the user picked a relay in the table

8,000 rows make Qt's own proxy sorting call ``data()`` in Python ~200k times (a ~200 ms block);
so the proxy hands sorting to the model, which sorts its list with a key function (~10 ms),
and filtering is decided for all rows at once in Python before the proxy asks row by row.
A reset with 8,000 rows held the loop 18-50 ms (the proxy asks filterAcceptsRow once per row,
in Python); the rows now come FILL_CHUNK at a time, each chunk a turn of its own (rows.py).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, Qt, Signal
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
from onionpanel.ui.common.flags import flag_label
from onionpanel.ui.common.views import WordElideDelegate, plain_text_rendering
from onionpanel.ui.common.words import country_text
from onionpanel.ui.relays.details import RelayDetailsPanel
from onionpanel.ui.relays.filter import RelayFilterProxy
from onionpanel.ui.relays.rows import COLUMNS, FILL_CHUNK, RelayTableModel
from onionpanel.ui.relays.words import format_bandwidth, format_uptime


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
        self._reselect = ""  # the relay selected before set_relays, until its row is in
        self.model.filled.connect(self._on_filled)
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
        self._reselect = current if current in relays else ""
        if self._reselect and self.model.row_of(current, fill=False) < self.model.rowCount():
            self._on_filled()  # in the first chunk: selected again now
        self._update_count()

    def _on_filled(self) -> None:
        """The selection of before a new relay list, once its row is in (not a whole fill
        in one go for a relay far down the list)."""
        current, self._reselect = self._reselect, ""
        if current:
            self.select_relay(current)

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
    "FILL_CHUNK",
    "Flag",
    "RelayDetailsPanel",
    "RelayFilterProxy",
    "RelayListView",
    "RelayTableModel",
    "format_bandwidth",
    "format_uptime",
]
