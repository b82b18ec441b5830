"""The circuits view's Qt models: a tree of circuits, each with its hops and then its streams.

  CircuitModel(country_of=..., relay_info=..., clock=...)   a QStandardItemModel over core state
  |- reset(state)             show a whole new state (first snapshot, reconnect)
  |- update(state, change)    apply one core Change row by row (insert/remove/dataChanged)
  |- state_changed()          signal after every reset or update (New Identity watches it)
  |- refresh_ages()           dataChanged on the age column, for a 1 s timer
  |- refresh_relays()         dataChanged on every hop row: relay_info / country_of changed
  |- set_profile_groups(map)  SessionGroup -> routing profile name, from the system's routing
                              config: streams then say which profile they came from
  |- circuit_at(index) / hop_at(index) / stream_at(index)
  |- index_of_circuit(id) / index_of_stream(id)
  |- Column, KIND_ROLE ... (named roles, see roleNames())
  CircuitFilterProxy          hides internal circuits (unless they carry streams) until
  |- set_show_internal(bool)  the toggle asks for them; keeps hops in path order when sorting
  RelayBrief                  what relay_info(fingerprint) returns: address and flags

Nothing here talks to tor: the session feeds states and Changes from core.circuits.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette, QStandardItem, QStandardItemModel

from onionpanel.core.circuits import (
    Change,
    Circuit,
    Hop,
    NetworkState,
    Stream,
    id_order,
    is_internal,
    listener_number,
    path_summary,
    path_text,
    source_profile,
    stream_group,
)

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
_SHOWN = "shown"

_ROLE_NAMES = {
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

_COLUMNS = len(Column)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _no_country(_fingerprint: str) -> str:
    return "??"


def _no_relay_info(_fingerprint: str) -> RelayBrief | None:
    return None


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


class CircuitModel(QStandardItemModel):
    """Every cell's roles are computed once, when tor's events change that row, and stored in
    Qt's own items: painting, relayout and filtering then run in C++ without calling Python
    (which would wait for the GIL behind stem's event thread on every call)."""

    state_changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        country_of: Callable[[str], str] = _no_country,
        relay_info: Callable[[str], RelayBrief | None] = _no_relay_info,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(0, _COLUMNS, parent)
        self._country_of = country_of
        self._relay_info = relay_info
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
        # the roles each row was last given: an update sends Qt only what changed
        self._circuit_cells_shown: dict[str, list[dict[int, Any]]] = {}
        self._stream_cells_shown: dict[str, list[dict[int, Any]]] = {}
        self._circuit_status_labels = self._make_circuit_status_labels()
        self._purpose_labels = self._make_purpose_labels()
        self._stream_status_labels = self._make_stream_status_labels()
        # one font and brush shared by every closed row: fewer objects for the GC to scan
        self._looks = {closed: _closed_look(closed) for closed in (False, True)}
        self._monospace = QFont("monospace")
        self._profile_groups: dict[int, str] = {}
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
        prototype.setFlags(_ROW_FLAGS)  # read-only rows
        self.setItemPrototype(prototype)
        names = dict(super().roleNames())
        names.update({role: QByteArray(name) for role, name in _ROLE_NAMES.items()})
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
            self._waiting = {}
            self._circuit_cells_shown, self._stream_cells_shown = {}, {}
            for stream in state.streams.values():
                if stream.circuit_id:
                    self._waiting.setdefault(stream.circuit_id, set()).add(stream.id)
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
            created = self._state.circuits[circuit_id].created
            if created is not None:
                texts = _texts(format_age(now - created))
                shown = self._circuit_cells_shown[circuit_id][Column.AGE]
                if shown.get(Qt.ItemDataRole.DisplayRole) != texts[Qt.ItemDataRole.DisplayRole]:
                    shown.update(texts)
                    self.setItemData(self.index(row, Column.AGE), texts)

    def refresh_relays(self) -> None:
        for row, circuit_id in enumerate(self._order):
            circuit = self._state.circuits[circuit_id]
            parent = self.index(row, 0)
            for hop_row in range(len(self._hops_shown[circuit_id])):
                self._set_cells(parent, hop_row, self._hop_cells(circuit, circuit.hops[hop_row]))

    def set_profile_groups(self, groups: dict[int, str]) -> None:
        if groups == self._profile_groups:
            return
        self._profile_groups = dict(groups)
        for stream_id, circuit_id in self._stream_parent.items():
            row = len(self._hops_shown[circuit_id]) + self._stream_rows[circuit_id].index(stream_id)
            cells = self._stream_cells(self._state.streams[stream_id])
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
                for stream_id in self._waiting.pop(circuit_id, ())
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
        cells = self._circuit_cells(circuit)
        self._circuit_cells_shown[circuit_id] = cells
        self._add_rows(QModelIndex(), row, [cells])
        children = [self._hop_cells(circuit, hop) for hop in circuit.hops]
        for stream_id in attached:
            cells = self._stream_cells(streams[stream_id])
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
            hops = [self._hop_cells(circuit, hop) for hop in circuit.hops[shown:]]
            self._add_rows(parent, shown, hops)
        elif wanted < shown:
            self.removeRows(wanted, shown - wanted, parent)
        self._hops_shown[circuit_id] = circuit.hops
        self._refresh_circuit_row(circuit_id, row)
        for hop_row in range(min(shown, wanted)):  # nothing to do for a mere CIRC_BW
            if hops_before[hop_row] != circuit.hops[hop_row]:
                self._set_cells(parent, hop_row, self._hop_cells(circuit, circuit.hops[hop_row]))

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

    def _attach_or_update_stream(self, stream_id: str) -> None:
        stream = self._state.streams.get(stream_id)
        if stream is None or not stream.circuit_id:
            return
        if stream.circuit_id not in self._hops_shown:
            self._waiting.setdefault(stream.circuit_id, set()).add(stream_id)
            return
        circuit_id = stream.circuit_id
        circuit_row = self._row_of(circuit_id)
        rows = self._stream_rows[circuit_id]
        if self._stream_parent.get(stream_id) == circuit_id:
            row = len(self._hops_shown[circuit_id]) + rows.index(stream_id)
            cells = self._stream_cells(stream)
            old = self._stream_cells_shown.get(stream_id)
            self._stream_cells_shown[stream_id] = cells
            self._set_cells(self.index(circuit_row, 0), row, cells, old)
            return
        rows.append(stream_id)
        self._stream_parent[stream_id] = circuit_id
        parent = self.index(circuit_row, 0)
        cells = self._stream_cells(stream)
        self._stream_cells_shown[stream_id] = cells
        self._add_rows(parent, self.rowCount(parent), [cells])
        self._refresh_circuit_row(circuit_id, circuit_row)

    def _refresh_circuit_row(self, circuit_id: str, row: int) -> None:
        circuit = self._state.circuits.get(circuit_id)
        if circuit is not None:
            cells = self._circuit_cells(circuit)
            old = self._circuit_cells_shown.get(circuit_id)
            self._circuit_cells_shown[circuit_id] = cells
            self._set_cells(QModelIndex(), row, cells, old)

    def _add_rows(self, parent: QModelIndex, row: int, rows: list[list[dict[int, Any]]]) -> None:
        # Qt makes the items (clones of the prototype): items made in Python would each
        # take the GIL the first time a view asks them for anything
        if rows:
            if parent.isValid() and self.columnCount(parent) == 0:
                self.itemFromIndex(parent).setColumnCount(_COLUMNS)
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

    # --- cells: every role of every column, computed once per change --------------------

    def _circuit_cells(self, circuit: Circuit) -> list[dict[int, Any]]:
        shared = {
            KIND_ROLE: "circuit",
            CIRCUIT_ID_ROLE: circuit.id,
            CLOSED_ROLE: circuit.closed,
            COPY_TEXT_ROLE: path_text(circuit),
            **self._looks[circuit.closed],
        }
        cells = [
            {
                **shared,
                **_texts(self._circuit_text(circuit, column)),
                SORT_ROLE: self._circuit_sort_key(circuit, column),
            }
            for column in Column
        ]
        # on the first column only: its traffic line changes with every CIRC_BW event
        cells[0][Qt.ItemDataRole.ToolTipRole] = self._circuit_tooltip(circuit)
        # what the proxy filters on (its key column is 0)
        internal, has_streams = is_internal(circuit), bool(self._stream_rows.get(circuit.id))
        cells[0][INTERNAL_ROLE] = internal
        cells[0][HAS_STREAMS_ROLE] = has_streams
        cells[0][VISIBLE_ROLE] = "internal" if internal and not has_streams else _SHOWN
        return cells

    def _hop_cells(self, circuit: Circuit, hop: Hop) -> list[dict[int, Any]]:
        shared = {
            KIND_ROLE: "hop",
            CIRCUIT_ID_ROLE: circuit.id,
            FINGERPRINT_ROLE: hop.fingerprint,
            COPY_TEXT_ROLE: hop.fingerprint,
            SORT_ROLE: "",
            VISIBLE_ROLE: _SHOWN,
            Qt.ItemDataRole.ToolTipRole: f"{hop.label}\n${hop.fingerprint}",
            Qt.ItemDataRole.FontRole: None,
        }
        info = self._relay_info(hop.fingerprint)
        texts = (
            hop.label,
            self._country_of(hop.fingerprint) or "??",
            info.address if info else "",
            " ".join(info.flags) if info else "",
            hop.fingerprint,
        )
        cells = [{**shared, **_texts(text)} for text in texts]
        cells[Column.DETAIL][Qt.ItemDataRole.FontRole] = self._monospace
        return cells

    def _stream_cells(self, stream: Stream) -> list[dict[int, Any]]:
        shared = {
            KIND_ROLE: "stream",
            CIRCUIT_ID_ROLE: stream.circuit_id,
            STREAM_ID_ROLE: stream.id,
            COPY_TEXT_ROLE: stream.target,
            SORT_ROLE: "",
            VISIBLE_ROLE: _SHOWN,
            CLOSED_ROLE: stream.closed,
            Qt.ItemDataRole.ToolTipRole: self._stream_tooltip(stream),
            **self._looks[stream.closed],
        }
        return [{**shared, **_texts(self._stream_text(stream, column))} for column in Column]

    # --- per-kind data -----------------------------------------------------------------------

    def _circuit_text(self, circuit: Circuit, column: int) -> str:
        match column:
            case Column.NAME:
                return self.tr("Circuit %s") % circuit.id
            case Column.STATUS:
                return self._status_text(circuit)
            case Column.PURPOSE:
                return self._purpose_text(circuit.purpose)
            case Column.AGE:
                created = circuit.created
                return format_age(self._clock() - created) if created is not None else ""
            case Column.DETAIL:
                return path_summary(circuit)
        return ""

    def _circuit_sort_key(self, circuit: Circuit, column: int) -> Any:
        if column in (Column.NAME, Column.AGE):
            # circuit ids grow over time, so both sort by age; ids may be non-numeric
            number = int(circuit.id) if circuit.id.isdigit() else 0
            return -(circuit.created or 0.0) if column == Column.AGE else number
        return self._circuit_text(circuit, column)

    def _circuit_tooltip(self, circuit: Circuit) -> str:
        lines = [self.tr("Circuit %s: %s") % (circuit.id, self._status_text(circuit))]
        lines.append(self.tr("Purpose: %s") % circuit.purpose)
        if circuit.build_flags:
            lines.append(self.tr("Build flags: %s") % ", ".join(circuit.build_flags))
        lines += path_text(circuit).splitlines()
        lines.append(
            self.tr("Traffic: %s received, %s sent")
            % (format_bytes(circuit.bytes_read), format_bytes(circuit.bytes_written))
        )
        return "\n".join(lines)

    def _status_text(self, circuit: Circuit) -> str:
        labels = self._circuit_status_labels
        label = labels.get(circuit.status, circuit.status)
        reason = circuit.remote_reason or circuit.reason
        if circuit.closed and reason:
            return self.tr("%s (%s)") % (label, reason.replace("_", " ").lower())
        return label

    def _make_circuit_status_labels(self) -> dict[str, str]:
        return {
            "LAUNCHED": self.tr("Building"),
            "EXTENDED": self.tr("Building"),
            "GUARD_WAIT": self.tr("Waiting for guard"),
            "BUILT": self.tr("Ready"),
            "FAILED": self.tr("Failed"),
            "CLOSED": self.tr("Closed"),
        }

    def _make_purpose_labels(self) -> dict[str, str]:
        return {
            "GENERAL": self.tr("General"),
            "CONFLUX_LINKED": self.tr("General (conflux)"),
            "CONFLUX_UNLINKED": self.tr("Conflux, linking"),
            "HS_CLIENT_INTRO": self.tr("Onion client, introduction"),
            "HS_CLIENT_REND": self.tr("Onion client, rendezvous"),
            "HS_CLIENT_HSDIR": self.tr("Onion client, directory"),
            "HS_SERVICE_INTRO": self.tr("Onion service, introduction"),
            "HS_SERVICE_REND": self.tr("Onion service, rendezvous"),
            "HS_SERVICE_HSDIR": self.tr("Onion service, directory"),
            "HS_VANGUARDS": self.tr("Onion vanguards"),
            "MEASURE_TIMEOUT": self.tr("Timeout measurement"),
            "CONTROLLER": self.tr("Controller"),
            "TESTING": self.tr("Testing"),
            "CIRCUIT_PADDING": self.tr("Padding"),
            "PATH_BIAS_TESTING": self.tr("Path bias test"),
        }

    def _make_stream_status_labels(self) -> dict[str, str]:
        return {
            "NEW": self.tr("New"),
            "NEWRESOLVE": self.tr("Resolving"),
            "SENTRESOLVE": self.tr("Resolving"),
            "REMAP": self.tr("Address remapped"),
            "SENTCONNECT": self.tr("Connecting"),
            "SUCCEEDED": self.tr("Connected"),
            "DETACHED": self.tr("Detached"),
            "FAILED": self.tr("Failed"),
            "CLOSED": self.tr("Closed"),
        }

    def _purpose_text(self, purpose: str) -> str:
        labels = self._purpose_labels
        return labels.get(purpose, purpose)

    def _stream_tooltip(self, stream: Stream) -> str:
        source = stream.source
        origin = f"{source.address}:{source.port}" if source.address else ""
        return "\n".join(
            line
            for line in (
                self.tr("Stream %s to %s") % (stream.id, stream.target),
                self.tr("Status: %s") % stream.status,
                self.tr("From: %s %s") % (source.protocol, origin) if origin else "",
                self.tr("Reason: %s") % stream.reason if stream.reason else "",
            )
            if line
        )

    def _stream_text(self, stream: Stream, column: int) -> str:
        match column:
            case Column.NAME:
                return stream.display_target
            case Column.STATUS:
                return self._stream_status_text(stream)
            case Column.PURPOSE:
                return self._source_text(stream)
            case Column.AGE:
                return self.tr("↓ %s  ↑ %s") % (
                    format_bytes(stream.bytes_read),
                    format_bytes(stream.bytes_written),
                )
            case Column.DETAIL:
                return self.tr("stream %s") % stream.id
        return ""

    def _stream_status_text(self, stream: Stream) -> str:
        labels = self._stream_status_labels
        label = labels.get(stream.status, stream.status)
        reason = stream.remote_reason or stream.reason
        if stream.closed and reason:
            return self.tr("%s (%s)") % (label, reason.replace("_", " ").lower())
        return label

    def _source_text(self, stream: Stream) -> str:
        source = stream.source
        profile = source_profile(source, self._profile_groups)
        if source.socks_username:
            if profile:
                return self.tr("app “%s” in %s") % (source.socks_username, profile)
            return self.tr("app “%s”") % source.socks_username
        if profile:
            return self.tr("profile %s") % profile
        if stream.purpose.startswith("DIR_"):
            return self.tr("tor's directory fetch")
        if source.protocol == "TRANS":
            return self.tr("transparent proxy")
        if source.protocol == "DNS":
            return self.tr("DNS port")
        number = listener_number(source.session_group) if source.session_group is not None else None
        if number is not None:
            # the n-th listener tor opened without SessionGroup=: no profile declares it
            return self.tr("%s, listener %d") % (source.protocol or "?", number)
        return stream_group(stream) or (f"{source.address}:{source.port}" if source.port else "")


def _closed_look(closed: bool) -> dict[int, Any]:
    if not closed:
        return {Qt.ItemDataRole.ForegroundRole: None, Qt.ItemDataRole.FontRole: None}
    font = QFont()
    font.setItalic(True)
    brush = QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return {Qt.ItemDataRole.ForegroundRole: brush, Qt.ItemDataRole.FontRole: font}


def _texts(text: str) -> dict[int, Any]:
    return {Qt.ItemDataRole.DisplayRole: text, Qt.ItemDataRole.AccessibleTextRole: text}


class CircuitFilterProxy(QSortFilterProxyModel):
    """Hides tor's internal circuits unless asked, but never one that carries streams.

    Filtering is Qt's own, on VISIBLE_ROLE, so it runs in C++ (see CircuitModel)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_internal = False
        self.setSortRole(SORT_ROLE)
        self.setRecursiveFilteringEnabled(False)
        self.setFilterRole(VISIBLE_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterFixedString(_SHOWN)

    @property
    def show_internal(self) -> bool:
        return self._show_internal

    def set_show_internal(self, show: bool) -> None:
        if show != self._show_internal:
            self._show_internal = show
            self.setFilterFixedString("" if show else _SHOWN)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802
        # only called when someone sorts (the circuits view does not)
        if left.parent().isValid():  # hops, then streams, in the order tor reported them
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return left.row() < right.row() if ascending else left.row() > right.row()
        return bool(super().lessThan(left, right))


def circuit_ids(indexes: Iterable[AnyIndex]) -> list[str]:
    """The distinct circuit ids of selected circuit rows (hop rows count for their circuit)."""
    seen: list[str] = []
    for index in indexes:
        if index.data(KIND_ROLE) in ("circuit", "hop"):
            circuit_id = index.data(CIRCUIT_ID_ROLE)
            if circuit_id and circuit_id not in seen:
                seen.append(circuit_id)
    return seen
