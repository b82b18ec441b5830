"""The relay map page's widget: the canvas (map_canvas.py) with zoom and fit buttons. "Fit
circuit" is enabled only while a circuit is selected.

MapView(QWidget)                    the canvas plus zoom/fit buttons and the geo source label
|- canvas, fit_button, set_geo_source(text)   and the canvas API (set_world, set_relays,
                                    set_circuits, select_circuit, fit_to_circuit), forwarded
positions_from(points) -> {fingerprint: (lon, lat)}   the relays that have a place
dot_radius(bandwidth)               re-exported from map_paint
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from onionpanel.core.relays import Relay
from onionpanel.geo.world import World
from onionpanel.ui.relays.map_canvas import MapCanvas
from onionpanel.ui.relays.map_paint import LonLat
from onionpanel.ui.relays.map_paint import dot_radius as dot_radius  # re-exported


class MapView(QWidget):
    """The map with a row of controls: zoom, fit to circuit, and which geo source is in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Relay map page"))
        self.canvas = MapCanvas(self)
        self.relay_clicked = self.canvas.relay_clicked
        self.circuit_clicked = self.canvas.circuit_clicked
        self.source_label = QLabel(self)
        self.source_label.setAccessibleName(self.tr("Location source"))
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Relay count"))
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        buttons: list[QToolButton] = []
        for text, name, slot in (
            ("+", self.tr("Zoom in"), lambda: self.canvas.zoom_by(1.5)),
            ("\u2212", self.tr("Zoom out"), lambda: self.canvas.zoom_by(1 / 1.5)),
            (
                self.tr("Fit circuit"),
                self.tr("Fit the selected circuit"),
                self.canvas.fit_to_circuit,
            ),
            (self.tr("World"), self.tr("Show the whole world"), self.canvas.reset_view),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
            buttons.append(button)
        self.fit_button = buttons[2]
        self.canvas.selection_changed.connect(self._update_fit)
        self._update_fit()
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        bar.addWidget(self.source_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.set_geo_source("")

    def _update_fit(self, *_args: object) -> None:
        chosen = bool(self.canvas.selected_circuit())
        self.fit_button.setEnabled(chosen)
        self.fit_button.setToolTip(
            self.tr("Fit the selected circuit")
            if chosen
            else self.tr("Select a circuit first: click its line, or press N on the map")
        )

    def set_geo_source(self, description: str) -> None:
        self.source_label.setText(
            self.tr("Locations: {source}").format(source=description or self.tr("none"))
        )

    def set_world(self, world: World) -> None:
        self.canvas.set_world(world)

    def set_relays(self, relays: Mapping[str, Relay], positions: Mapping[str, LonLat]) -> None:
        self.canvas.set_relays(relays, positions)
        self.count_label.setText(
            self.tr("{placed} of {total} relays placed").format(
                placed=self.canvas.placed_count(), total=self.canvas.relay_count()
            )
        )

    def set_circuits(self, circuits: Mapping[str, Sequence[str]] | Sequence[Sequence[str]]) -> None:
        self.canvas.set_circuits(circuits)

    def select_circuit(self, circuit_id: str | None) -> None:
        self.canvas.select_circuit(circuit_id)

    def fit_to_circuit(self, circuit_id: str | None = None) -> bool:
        return self.canvas.fit_to_circuit(circuit_id)


def positions_from(points: Iterable[tuple[str, LonLat | None]]) -> dict[str, LonLat]:
    """fingerprint -> (lon, lat) for the relays that have a place."""
    return {fp: place for fp, place in points if place is not None}
