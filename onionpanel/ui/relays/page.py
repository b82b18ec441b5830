"""The relays page: the map above the relay list, kept in step, fed by a RelayLoader.

  RelayPage(QWidget)
  |- map, relay_list                     MapView and RelayListView
  |- bind(loader)                        show the loader's relays now and after every change
  |- set_circuits(circuits), select_circuit(id)   forwarded to the map
  |- set_connected(bool)                 without relays the page says why and what to do
  |- relay_selected(str), circuit_clicked(str)    signals for the circuits view
  describe_geo_source(locator) -> str    which location source is in use, in words
(connect_relay_page and tor_country_lookup, which feed it, are in ui.relays.connect)

Clicking a relay on the map selects it in the list; selecting one in the list rings it on the
map. A click on a circuit selects it and emits circuit_clicked for the circuits view.
Binding a loader asks it for everything the page shows (RelayLoader.want_everything: places,
details); a relay selected on a microdescriptor client gets its details then (want_details).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from onionpanel.core.relays import RelayChange
from onionpanel.geo.locator import GeoLocator, GeoSource
from onionpanel.geo.world import load_world
from onionpanel.ui.relays.loader import RelayLoader
from onionpanel.ui.relays.map_view import MapView
from onionpanel.ui.relays.table import RelayListView


def describe_geo_source(locator: GeoLocator) -> str:
    translate = QCoreApplication.translate
    if locator.source in (GeoSource.MAXMIND_CITY, GeoSource.MAXMIND_COUNTRY):
        if locator.source is GeoSource.MAXMIND_CITY:
            kind = translate(
                "RelayPage", "city", "kind of location database: {name} ({kind} database)"
            )
        else:
            kind = translate(
                "RelayPage", "country", "kind of location database: {name} ({kind} database)"
            )
        name = locator.database_path.name if locator.database_path else ""
        return translate("RelayPage", "{name} ({kind} database)").format(name=name, kind=kind)
    if locator.source is GeoSource.TOR_COUNTRY:
        return translate("RelayPage", "tor's GeoIP (countries only)")
    return translate("RelayPage", "none")


class RelayPage(QWidget):
    relay_selected = Signal(str)
    circuit_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Relays"))
        self.map = MapView(self)
        self.map.set_world(load_world())
        self.relay_list = RelayListView(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.map)
        self.splitter.addWidget(self.relay_list)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("relaysEmpty")
        self.empty_label.setAccessibleName(self.tr("Why there are no relays"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.splitter)
        self._stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._connected = False
        self._has_relays = False
        self._loader: RelayLoader | None = None
        self._show_empty_state()
        self.map.relay_clicked.connect(self.relay_list.select_relay)
        self.map.circuit_clicked.connect(self.circuit_clicked)
        self.relay_list.relay_selected.connect(self._on_list_selection)

    def bind(self, loader: RelayLoader) -> None:
        source = describe_geo_source(loader.locator)
        if loader.invent_places:
            source = self.tr("{source}; sandbox relays at invented places").format(source=source)
        self.map.set_geo_source(source)
        loader.on_change.append(self._on_loader_change)
        loader.details_after = self.map.canvas.until_drawn
        self._loader = loader
        loader.want_everything()
        if loader.relays:
            self._show(loader)

    def _on_loader_change(self, loader: RelayLoader, change: RelayChange) -> None:
        if change.empty and self._has_relays:  # e.g. descriptor details for the same relays
            self.map.set_relays(loader.relays, loader.positions)
            if self.relay_list.refresh_details(loader.relays):
                return
        self._show(loader)

    def _show(self, loader: RelayLoader) -> None:
        self.map.set_relays(loader.relays, loader.positions)
        self.relay_list.set_relays(loader.relays, loader.countries)
        self._has_relays = bool(loader.relays)
        self._show_empty_state()

    def set_connected(self, connected: bool) -> None:
        """Whether tor is connected: what an empty page says depends on it."""
        self._connected = connected
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        if self._has_relays:
            self._stack.setCurrentWidget(self.splitter)
            return
        if self._connected:
            text = self.tr(
                "Tor has not given OnionPanel a list of relays yet. It has one once it has "
                "downloaded the network's consensus; the Status page shows how far it got."
            )
        else:
            text = self.tr(
                "Not connected to tor. The map and the relay list fill in once OnionPanel is "
                "connected; the Status page says what it is waiting for."
            )
        self.empty_label.setText(text)
        self._stack.setCurrentWidget(self.empty_label)

    def _on_list_selection(self, fingerprint: str) -> None:
        self.map.canvas.highlight_relay(fingerprint)
        if self._loader is not None:  # a microdescriptor client: this relay's details now
            self._loader.want_details(fingerprint)
        self.relay_selected.emit(fingerprint)

    def set_circuits(self, circuits: Mapping[str, Sequence[str]] | Sequence[Sequence[str]]) -> None:
        self.map.set_circuits(circuits)

    def select_circuit(self, circuit_id: str | None) -> None:
        self.map.select_circuit(circuit_id)
