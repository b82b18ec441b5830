"""The circuits view's Qt models: a tree of circuits, each with its hops and then its streams.

  CircuitModel(country_of=..., relay_info=..., clock=...)   a QStandardItemModel over core state
  |- reset(state)             show a whole new state (first snapshot, reconnect)
  |- update(state, change)    apply one core Change row by row (insert/remove/dataChanged)
  |- state_changed()          signal after every reset or update (New Identity watches it)
  |- refresh_ages()           dataChanged on the age column, for a 1 s timer
  |- refresh_relays()         dataChanged on every hop row: relay_info / country_of changed
  |- set_routers(routers)     the routing helper's [[router]] entries: streams from guests
  |                           read "from ADDRESS via INTERFACE"
  |- set_profile_groups(map)  SessionGroup -> routing profile name, from the system's routing
                              config: streams then say which profile they came from
  |- circuit_at(index) / hop_at(index) / stream_at(index)
  |- shown_ids() -> (circuit ids, stream ids)   the rows the model has now
  |- index_of_circuit(id) / index_of_stream(id)
  Columns and roles are in circuits.roles, the cells' words in circuits.cells, the
  filter in circuits.proxy.

Nothing here talks to tor: the session feeds states and Changes from core.circuits.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from onionpanel.core.circuits import Change, Circuit, Hop, NetworkState, Stream, id_order
from onionpanel.core.routers import RouterInfo
from onionpanel.ui.circuits.cells import CircuitCells, _no_country, _no_relay_info
from onionpanel.ui.circuits.roles import (
    COLUMNS,
    ROLE_NAMES,
    ROW_FLAGS,
    AnyIndex,
    Column,
    RelayBrief,
    format_age,
    text_roles,
)


class CircuitModel(QStandardItemModel):
    """Every cell's roles are computed once, when tor's events change that row, and stored in
    Qt's own items: painting, relayout and filtering then run in C++ without calling Python
    (which would wait for the GIL behind stem's reader thread on every call)."""

    state_changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        country_of: Callable[[str], str] = _no_country,
        relay_info: Callable[[str], RelayBrief | None] = _no_relay_info,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(0, COLUMNS, parent)
        self._cells = CircuitCells(self, country_of=country_of, relay_info=relay_info, clock=clock)
        self._clock = clock
        self._state = NetworkState()
        # circuit ids in the order tor opened them; appending keeps every other row (and the
        # proxy's and view's bookkeeping for it) where it was
        self._order: list[str] = []
        self._row_cache: dict[str, int] | None = None
        self._hops_shown: dict[str, tuple[Hop, ...]] = {}  # circuit id -> its hop rows
        self._stream_rows: dict[str, list[str]] = {}  # circuit id -> stream ids shown
        self._stream_parent: dict[str, str] = {}
        # streams on circuits not (yet) shown, so a new circuit row needs no scan of all streams
        self._waiting: dict[str, set[str]] = {}
        # and the other way round, so a stream that goes away leaves no entry behind (every
        # NEW stream waits on circuit "0"; without this the sets grew for as long as tor ran)
        self._waits_on: dict[str, str] = {}
        # the roles each row was last given: an update sends Qt only what changed
        self._circuit_cells_shown: dict[str, list[dict[int, Any]]] = {}
        self._stream_cells_shown: dict[str, list[dict[int, Any]]] = {}
        self.setHorizontalHeaderLabels(
            [
                self.tr("Circuit / relay / stream"),
                self.tr("Status / country"),
                self.tr("Purpose / address / source"),
                self.tr("Age / flags / traffic"),
                self.tr("Path / fingerprint"),
            ]
        )
        prototype = QStandardItem()
        prototype.setFlags(ROW_FLAGS)  # read-only rows
        self.setItemPrototype(prototype)
        names = dict(super().roleNames())
        names.update({role: QByteArray(name) for role, name in ROLE_NAMES.items()})
        self.setItemRoleNames(names)

    # --- feeding -----------------------------------------------------------------------

    @property
    def state(self) -> NetworkState:
        return self._state

    def reset(self, state: NetworkState) -> None:
        self.beginResetModel()
        self.blockSignals(True)  # one reset for the views, not a signal per row
        try:
            self.removeRows(0, self.rowCount())
            self._state = state
            self._order, self._row_cache = [], None
            self._hops_shown, self._stream_rows, self._stream_parent = {}, {}, {}
            self._waiting, self._waits_on = {}, {}
            self._circuit_cells_shown, self._stream_cells_shown = {}, {}
            for stream in state.streams.values():
                if stream.circuit_id:
                    self._wait(stream.id, stream.circuit_id)
            for circuit_id in sorted(state.circuits, key=id_order):
                self._insert_circuit(circuit_id)
        finally:
            self.blockSignals(False)
        self.endResetModel()
        self.state_changed.emit()

    def update(self, state: NetworkState, change: Change) -> None:
        """Rows follow ``state`` for the ids in ``change``. A big change may come in pieces
        (CircuitFeed does that), each with the same final state: every row remembers what it
        shows, so a piece needs nothing from the state before."""
        self._state = state
        streams = sorted(change.streams, key=id_order)
        circuits = sorted(change.circuits, key=id_order)
        for stream_id in streams:
            self._detach_stream_if_moved(stream_id)
        for circuit_id in circuits:
            if circuit_id in self._hops_shown and circuit_id not in state.circuits:
                self._remove_circuit(circuit_id)
        for circuit_id in circuits:
            if circuit_id in self._hops_shown and circuit_id in state.circuits:
                self._update_circuit(circuit_id)
            elif circuit_id in state.circuits:
                self._insert_circuit(circuit_id)
        for stream_id in streams:
            self._attach_or_update_stream(stream_id)
        self.state_changed.emit()

    def refresh_ages(self) -> None:
        now = self._clock()
        for row, circuit_id in enumerate(self._order):
            circuit = self._state.circuits.get(circuit_id)
            # None: removed from the state, its row goes with a piece still on its way
            created = circuit.created if circuit is not None else None
            if created is not None:
                texts = text_roles(format_age(now - created))
                shown = self._circuit_cells_shown[circuit_id][Column.AGE]
                if shown.get(Qt.ItemDataRole.DisplayRole) != texts[Qt.ItemDataRole.DisplayRole]:
                    shown.update(texts)
                    self.setItemData(self.index(row, Column.AGE), texts)

    def refresh_relays(self) -> None:
        for row, circuit_id in enumerate(self._order):
            circuit = self._state.circuits.get(circuit_id)
            if circuit is None:  # removed; its row goes with a piece still on its way
                continue
            parent = self.index(row, 0)
            for hop_row in range(min(len(self._hops_shown[circuit_id]), len(circuit.hops))):
                self._set_cells(parent, hop_row, self._cells.hop(circuit, circuit.hops[hop_row]))

    def set_profile_groups(self, groups: dict[int, str]) -> None:
        if groups == self._cells.profile_groups:
            return
        self._cells.profile_groups = dict(groups)
        self._refresh_streams()

    def set_routers(self, routers: tuple[RouterInfo, ...]) -> None:
        """The routed networks: a stream from a guest says which interface it came from."""
        networks = [(router.networks, router.address, router.address_v6) for router in routers]
        if networks == [(r.networks, r.address, r.address_v6) for r in self._cells.routers]:
            return  # only a count changed: nothing a stream shows
        self._cells.routers = tuple(routers)
        self._refresh_streams()

    def _refresh_streams(self) -> None:
        for stream_id, circuit_id in self._stream_parent.items():
            row = len(self._hops_shown[circuit_id]) + self._stream_rows[circuit_id].index(stream_id)
            cells = self._cells.stream(self._state.streams[stream_id])
            old = self._stream_cells_shown.get(stream_id)
            self._stream_cells_shown[stream_id] = cells
            self._set_cells(self.index_of_circuit(circuit_id), row, cells, old)

    # --- rows ------------------------------------------------------------------------------

    def _insert_circuit(self, circuit_id: str) -> None:
        circuit = self._state.circuits[circuit_id]
        streams = self._state.streams
        attached = sorted(
            (
                stream_id
                for stream_id in self._take_waiting(circuit_id)
                if stream_id in streams and streams[stream_id].circuit_id == circuit_id
            ),
            key=id_order,
        )
        self._hops_shown[circuit_id] = circuit.hops
        self._stream_rows[circuit_id] = attached
        for stream_id in attached:
            self._stream_parent[stream_id] = circuit_id
        row = len(self._order)
        if self._row_cache is not None:
            self._row_cache[circuit_id] = row
        self._order.append(circuit_id)
        cells = self._cells.circuit(circuit, bool(self._stream_rows.get(circuit.id)))
        self._circuit_cells_shown[circuit_id] = cells
        self._add_rows(QModelIndex(), row, [cells])
        children = [self._cells.hop(circuit, hop) for hop in circuit.hops]
        for stream_id in attached:
            cells = self._cells.stream(streams[stream_id])
            self._stream_cells_shown[stream_id] = cells
            children.append(cells)
        self._add_rows(self.index(row, 0), 0, children)

    def _remove_circuit(self, circuit_id: str) -> None:
        row = self._row_of(circuit_id)
        del self._order[row]
        self._row_cache = None
        del self._hops_shown[circuit_id]
        del self._circuit_cells_shown[circuit_id]
        for stream_id in self._stream_rows.pop(circuit_id):
            del self._stream_parent[stream_id]
            self._stream_cells_shown.pop(stream_id, None)
        self.removeRow(row)

    def _update_circuit(self, circuit_id: str) -> None:
        row = self._row_of(circuit_id)
        parent = self.index(row, 0)
        circuit = self._state.circuits[circuit_id]
        hops_before = self._hops_shown[circuit_id]
        shown, wanted = len(hops_before), len(circuit.hops)
        if wanted > shown:
            hops = [self._cells.hop(circuit, hop) for hop in circuit.hops[shown:]]
            self._add_rows(parent, shown, hops)
        elif wanted < shown:
            self.removeRows(wanted, shown - wanted, parent)
        self._hops_shown[circuit_id] = circuit.hops
        self._refresh_circuit_row(circuit_id, row)
        for hop_row in range(min(shown, wanted)):  # nothing to do for a mere CIRC_BW
            if hops_before[hop_row] != circuit.hops[hop_row]:
                self._set_cells(parent, hop_row, self._cells.hop(circuit, circuit.hops[hop_row]))

    def _detach_stream_if_moved(self, stream_id: str) -> None:
        shown_under = self._stream_parent.get(stream_id)
        if shown_under is None:
            return
        stream = self._state.streams.get(stream_id)
        if stream is not None and stream.circuit_id == shown_under:
            return
        circuit_row = self._row_of(shown_under)
        rows = self._stream_rows[shown_under]
        row = len(self._hops_shown[shown_under]) + rows.index(stream_id)
        rows.remove(stream_id)
        del self._stream_parent[stream_id]
        self._stream_cells_shown.pop(stream_id, None)
        self.removeRow(row, self.index(circuit_row, 0))
        self._refresh_circuit_row(shown_under, circuit_row)  # HAS_STREAMS_ROLE may have flipped

    def _wait(self, stream_id: str, circuit_id: str) -> None:
        self._unwait(stream_id)
        self._waiting.setdefault(circuit_id, set()).add(stream_id)
        self._waits_on[stream_id] = circuit_id

    def _unwait(self, stream_id: str) -> None:
        circuit_id = self._waits_on.pop(stream_id, None)
        if circuit_id is not None:
            waiting = self._waiting[circuit_id]
            waiting.discard(stream_id)
            if not waiting:
                del self._waiting[circuit_id]

    def _take_waiting(self, circuit_id: str) -> set[str]:
        waiting = self._waiting.pop(circuit_id, set())
        for stream_id in waiting:
            del self._waits_on[stream_id]
        return waiting

    def _attach_or_update_stream(self, stream_id: str) -> None:
        stream = self._state.streams.get(stream_id)
        if stream is None or not stream.circuit_id:
            self._unwait(stream_id)
            return
        if stream.circuit_id not in self._hops_shown:
            self._wait(stream_id, stream.circuit_id)
            return
        self._unwait(stream_id)
        circuit_id = stream.circuit_id
        circuit_row = self._row_of(circuit_id)
        rows = self._stream_rows[circuit_id]
        if self._stream_parent.get(stream_id) == circuit_id:
            row = len(self._hops_shown[circuit_id]) + rows.index(stream_id)
            cells = self._cells.stream(stream)
            old = self._stream_cells_shown.get(stream_id)
            self._stream_cells_shown[stream_id] = cells
            self._set_cells(self.index(circuit_row, 0), row, cells, old)
            return
        rows.append(stream_id)
        self._stream_parent[stream_id] = circuit_id
        parent = self.index(circuit_row, 0)
        cells = self._cells.stream(stream)
        self._stream_cells_shown[stream_id] = cells
        self._add_rows(parent, self.rowCount(parent), [cells])
        self._refresh_circuit_row(circuit_id, circuit_row)

    def _refresh_circuit_row(self, circuit_id: str, row: int) -> None:
        circuit = self._state.circuits.get(circuit_id)
        if circuit is not None:
            cells = self._cells.circuit(circuit, bool(self._stream_rows.get(circuit.id)))
            old = self._circuit_cells_shown.get(circuit_id)
            self._circuit_cells_shown[circuit_id] = cells
            self._set_cells(QModelIndex(), row, cells, old)

    def _add_rows(self, parent: QModelIndex, row: int, rows: list[list[dict[int, Any]]]) -> None:
        # Qt makes the items (clones of the prototype): items made in Python would each
        # take the GIL the first time a view asks them for anything
        if rows:
            if parent.isValid() and self.columnCount(parent) == 0:
                self.itemFromIndex(parent).setColumnCount(COLUMNS)
            self.insertRows(row, len(rows), parent)
            for offset, cells in enumerate(rows):
                self._set_cells(parent, row + offset, cells)

    def _set_cells(
        self,
        parent: QModelIndex,
        row: int,
        cells: list[dict[int, Any]],
        old: list[dict[int, Any]] | None = None,
    ) -> None:
        for column, roles in enumerate(cells):
            if old is not None:
                before = old[column]
                roles = {role: value for role, value in roles.items() if before.get(role) != value}
                if not roles:
                    continue
            self.setItemData(self.index(row, column, parent), roles)

    def _row_of(self, circuit_id: str) -> int:
        if self._row_cache is None:
            self._row_cache = {cid: row for row, cid in enumerate(self._order)}
        return self._row_cache[circuit_id]

    # --- lookups -------------------------------------------------------------------------

    def _circuit_id_of(self, index: AnyIndex) -> str:
        if not index.isValid() or index.model() is not self:
            return ""
        parent = index.parent()
        row = parent.row() if parent.isValid() else index.row()
        return self._order[row] if 0 <= row < len(self._order) else ""

    def circuit_at(self, index: AnyIndex) -> Circuit | None:
        """The circuit of a circuit row, or of the hop or stream row's parent."""
        return self._state.circuits.get(self._circuit_id_of(index))

    def hop_at(self, index: AnyIndex) -> Hop | None:
        if not index.isValid() or not index.parent().isValid():
            return None
        circuit = self.circuit_at(index)
        if circuit is None or index.row() >= len(self._hops_shown.get(circuit.id, ())):
            return None
        return circuit.hops[index.row()]

    def stream_at(self, index: AnyIndex) -> Stream | None:
        if not index.isValid() or not index.parent().isValid():
            return None
        circuit_id = self._circuit_id_of(index)
        offset = index.row() - len(self._hops_shown.get(circuit_id, ()))
        rows = self._stream_rows.get(circuit_id, [])
        return self._state.streams.get(rows[offset]) if 0 <= offset < len(rows) else None

    def shown_ids(self) -> tuple[frozenset[str], frozenset[str]]:
        return frozenset(self._hops_shown), frozenset(self._stream_parent)

    def index_of_circuit(self, circuit_id: str, column: int = 0) -> QModelIndex:
        if circuit_id not in self._hops_shown:
            return QModelIndex()
        return self.index(self._row_of(circuit_id), column)

    def index_of_stream(self, stream_id: str, column: int = 0) -> QModelIndex:
        circuit_id = self._stream_parent.get(stream_id)
        if circuit_id is None:
            return QModelIndex()
        row = len(self._hops_shown[circuit_id]) + self._stream_rows[circuit_id].index(stream_id)
        return self.index(row, column, self.index_of_circuit(circuit_id))
