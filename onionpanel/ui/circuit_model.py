"""The circuits view's Qt models: a tree of circuits, each with its hops and then its streams.

  CircuitModel(country_of=..., relay_info=..., clock=...)   QAbstractItemModel over core state
  |- reset(state)             show a whole new state (first snapshot, reconnect)
  |- update(state, change)    apply one core Change row by row (insert/remove/dataChanged)
  |- state_changed()          signal after every reset or update (New Identity watches it)
  |- refresh_ages()           dataChanged on the age column, for a 1 s timer
  |- refresh_relays()         dataChanged on every hop row: relay_info / country_of changed
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
    QAbstractItemModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from onionpanel.core.circuits import (
    Change,
    Circuit,
    Hop,
    NetworkState,
    Stream,
    is_internal,
    path_summary,
    path_text,
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
}

_COLUMNS = len(Column)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROLES_WITH_DATA = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        *_ROLE_NAMES,
    }
)
_TOP = 0  # internalId of top-level (circuit) rows; children carry their circuit's key


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


class CircuitModel(QAbstractItemModel):
    state_changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        country_of: Callable[[str], str] = _no_country,
        relay_info: Callable[[str], RelayBrief | None] = _no_relay_info,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._country_of = country_of
        self._relay_info = relay_info
        self._clock = clock
        self._state = NetworkState()
        # circuit ids in the order tor opened them; appending keeps every other row (and the
        # proxy's and view's bookkeeping for it) where it was
        self._order: list[str] = []
        self._row_cache: dict[str, int] | None = None
        self._keys: dict[str, int] = {}  # circuit id -> internalId of its children
        self._by_key: dict[int, str] = {}
        self._next_key = 1
        self._hop_rows: dict[str, int] = {}  # circuit id -> hops shown
        self._stream_rows: dict[str, list[str]] = {}  # circuit id -> stream ids shown
        self._stream_parent: dict[str, str] = {}
        # streams on circuits not (yet) shown, so a new circuit row needs no scan of all streams
        self._waiting: dict[str, set[str]] = {}
        # labels built once: a paint asks data() for every visible cell and role
        self._circuit_status_labels = self._make_circuit_status_labels()
        self._purpose_labels = self._make_purpose_labels()
        self._stream_status_labels = self._make_stream_status_labels()
        self._headers = (
            self.tr("Circuit / relay / stream"),
            self.tr("Status / country"),
            self.tr("Purpose / address / source"),
            self.tr("Age / flags / traffic"),
            self.tr("Path / fingerprint"),
        )

    # --- feeding -----------------------------------------------------------------------

    @property
    def state(self) -> NetworkState:
        return self._state

    def reset(self, state: NetworkState) -> None:
        self.beginResetModel()
        self._state = state
        self._order, self._keys, self._by_key = [], {}, {}
        self._hop_rows, self._stream_rows, self._stream_parent = {}, {}, {}
        self._waiting = {}
        for stream in state.streams.values():
            if stream.circuit_id:
                self._waiting.setdefault(stream.circuit_id, set()).add(stream.id)
        for circuit_id in sorted(state.circuits, key=_id_order):
            self._remember_circuit(circuit_id)
        self.endResetModel()
        self.state_changed.emit()

    def update(self, state: NetworkState, change: Change) -> None:
        before, self._state = self._state, state
        streams = sorted(change.streams, key=_id_order)
        circuits = sorted(change.circuits, key=_id_order)
        for stream_id in streams:
            self._detach_stream_if_moved(stream_id)
        for circuit_id in circuits:
            if circuit_id in self._keys and circuit_id not in state.circuits:
                self._remove_circuit(circuit_id)
        for circuit_id in circuits:
            if circuit_id in self._keys and circuit_id in state.circuits:
                self._update_circuit(circuit_id, before.circuits.get(circuit_id))
            elif circuit_id in state.circuits:
                self._insert_circuit(circuit_id)
        for stream_id in streams:
            self._attach_or_update_stream(stream_id)
        self.state_changed.emit()

    def refresh_ages(self) -> None:
        if self._order:
            last = len(self._order) - 1
            self.dataChanged.emit(
                self.index(0, Column.AGE),
                self.index(last, Column.AGE),
                [Qt.ItemDataRole.DisplayRole.value],
            )

    def refresh_relays(self) -> None:
        last_column = len(Column) - 1
        for row, circuit_id in enumerate(self._order):
            hops = self._hop_rows.get(circuit_id, 0)
            if hops:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(hops - 1, last_column, parent)
                )

    # --- structure bookkeeping -----------------------------------------------------------

    def _remember_circuit(self, circuit_id: str) -> None:
        circuit = self._state.circuits[circuit_id]
        key = self._next_key
        self._next_key += 1
        if self._row_cache is not None:
            self._row_cache[circuit_id] = len(self._order)
        self._order.append(circuit_id)
        self._keys[circuit_id] = key
        self._by_key[key] = circuit_id
        self._hop_rows[circuit_id] = len(circuit.hops)
        streams = self._state.streams
        attached = [
            stream_id
            for stream_id in self._waiting.pop(circuit_id, ())
            if stream_id in streams and streams[stream_id].circuit_id == circuit_id
        ]
        self._stream_rows[circuit_id] = sorted(attached, key=_id_order)
        for stream_id in attached:
            self._stream_parent[stream_id] = circuit_id

    def _insert_circuit(self, circuit_id: str) -> None:
        row = len(self._order)
        self.beginInsertRows(QModelIndex(), row, row)
        self._remember_circuit(circuit_id)
        self.endInsertRows()

    def _remove_circuit(self, circuit_id: str) -> None:
        row = self._row_of(circuit_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._order[row]
        self._row_cache = None
        del self._by_key[self._keys.pop(circuit_id)]
        del self._hop_rows[circuit_id]
        for stream_id in self._stream_rows.pop(circuit_id):
            del self._stream_parent[stream_id]
        self.endRemoveRows()

    def _update_circuit(self, circuit_id: str, before: Circuit | None) -> None:
        row = self._row_of(circuit_id)
        parent = self.index(row, 0)
        hops = self._state.circuits[circuit_id].hops
        shown, wanted = self._hop_rows[circuit_id], len(hops)
        if wanted > shown:
            self.beginInsertRows(parent, shown, wanted - 1)
            self._hop_rows[circuit_id] = wanted
            self.endInsertRows()
        elif wanted < shown:
            self.beginRemoveRows(parent, wanted, shown - 1)
            self._hop_rows[circuit_id] = wanted
            self.endRemoveRows()
        self._row_changed(QModelIndex(), row)
        if wanted and (before is None or before.hops != hops):  # not for mere CIRC_BW
            self.dataChanged.emit(self.index(0, 0, parent), self.index(wanted - 1, 4, parent))

    def _detach_stream_if_moved(self, stream_id: str) -> None:
        shown_under = self._stream_parent.get(stream_id)
        if shown_under is None:
            return
        stream = self._state.streams.get(stream_id)
        if stream is not None and stream.circuit_id == shown_under:
            return
        circuit_row = self._row_of(shown_under)
        parent = self.index(circuit_row, 0)
        rows = self._stream_rows[shown_under]
        row = self._hop_rows[shown_under] + rows.index(stream_id)
        self.beginRemoveRows(parent, row, row)
        rows.remove(stream_id)
        del self._stream_parent[stream_id]
        self.endRemoveRows()
        self._row_changed(QModelIndex(), circuit_row)  # HAS_STREAMS_ROLE may have flipped

    def _attach_or_update_stream(self, stream_id: str) -> None:
        stream = self._state.streams.get(stream_id)
        if stream is None or not stream.circuit_id:
            return
        if stream.circuit_id not in self._keys:
            self._waiting.setdefault(stream.circuit_id, set()).add(stream_id)
            return
        circuit_id = stream.circuit_id
        circuit_row = self._row_of(circuit_id)
        parent = self.index(circuit_row, 0)
        rows = self._stream_rows[circuit_id]
        if self._stream_parent.get(stream_id) == circuit_id:
            self._row_changed(parent, self._hop_rows[circuit_id] + rows.index(stream_id))
            return
        row = self._hop_rows[circuit_id] + len(rows)
        self.beginInsertRows(parent, row, row)
        rows.append(stream_id)
        self._stream_parent[stream_id] = circuit_id
        self.endInsertRows()
        self._row_changed(QModelIndex(), circuit_row)

    def _row_changed(self, parent: QModelIndex, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0, parent), self.index(row, len(Column) - 1, parent))

    # --- lookups -------------------------------------------------------------------------

    def _circuit_id_of(self, index: AnyIndex) -> str:
        if not index.isValid():
            return ""
        key = index.internalId()
        if key == _TOP:
            return self._order[index.row()] if index.row() < len(self._order) else ""
        return self._by_key.get(key, "")

    def circuit_at(self, index: AnyIndex) -> Circuit | None:
        """The circuit of a circuit row, or of the hop or stream row's parent."""
        return self._state.circuits.get(self._circuit_id_of(index))

    def hop_at(self, index: AnyIndex) -> Hop | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        circuit = self.circuit_at(index)
        if circuit is None or index.row() >= len(circuit.hops):
            return None
        return circuit.hops[index.row()] if index.row() < self._hop_rows[circuit.id] else None

    def stream_at(self, index: AnyIndex) -> Stream | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        circuit_id = self._circuit_id_of(index)
        offset = index.row() - self._hop_rows.get(circuit_id, 0)
        rows = self._stream_rows.get(circuit_id, [])
        return self._state.streams.get(rows[offset]) if 0 <= offset < len(rows) else None

    def index_of_circuit(self, circuit_id: str, column: int = 0) -> QModelIndex:
        if circuit_id not in self._keys:
            return QModelIndex()
        return self.index(self._row_of(circuit_id), column)

    def index_of_stream(self, stream_id: str, column: int = 0) -> QModelIndex:
        circuit_id = self._stream_parent.get(stream_id)
        if circuit_id is None:
            return QModelIndex()
        row = self._hop_rows[circuit_id] + self._stream_rows[circuit_id].index(stream_id)
        return self.index(row, column, self.index_of_circuit(circuit_id))

    # --- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # hand-written bounds checks: hasIndex() would call back into rowCount() via C++
        if column < 0 or column >= _COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if row < len(self._order) else QModelIndex()
        if parent.internalId() != _TOP or parent.column() != 0:
            return QModelIndex()
        circuit_id = self._order[parent.row()]
        if row >= self._hop_rows[circuit_id] + len(self._stream_rows[circuit_id]):
            return QModelIndex()
        return self.createIndex(row, column, self._keys[circuit_id])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        key = index.internalId()
        if key == _TOP:
            return QModelIndex()
        circuit_id = self._by_key.get(key)
        if circuit_id is None:
            return QModelIndex()
        return self.createIndex(self._row_of(circuit_id), 0, _TOP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._order)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        circuit_id = self._order[parent.row()]
        return self._hop_rows[circuit_id] + len(self._stream_rows[circuit_id])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return _COLUMNS

    def _row_of(self, circuit_id: str) -> int:
        if self._row_cache is None:
            self._row_cache = {cid: row for row, cid in enumerate(self._order)}
        return self._row_cache[circuit_id]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 5
        ):
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        names = dict(super().roleNames())
        names.update({role: QByteArray(name) for role, name in _ROLE_NAMES.items()})
        return names

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES_WITH_DATA or not index.isValid():
            return None
        if role == CIRCUIT_ID_ROLE:
            return self._circuit_id_of(index)
        if index.internalId() == _TOP:
            circuit = self.circuit_at(index)
            return self._circuit_data(circuit, index.column(), role) if circuit else None
        hop = self.hop_at(index)
        if hop is not None:
            return self._hop_data(hop, index.column(), role)
        stream = self.stream_at(index)
        return self._stream_data(stream, index.column(), role) if stream else None

    # --- per-kind data -----------------------------------------------------------------------

    def _circuit_data(self, circuit: Circuit, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._circuit_text(circuit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._circuit_tooltip(circuit)
        if role == KIND_ROLE:
            return "circuit"
        if role == INTERNAL_ROLE:
            return is_internal(circuit)
        if role == HAS_STREAMS_ROLE:
            return bool(self._stream_rows.get(circuit.id))
        if role == COPY_TEXT_ROLE:
            return path_text(circuit)
        if role == SORT_ROLE:
            return self._circuit_sort_key(circuit, column)
        return self._closed_look(circuit.closed, role)

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

    def _hop_data(self, hop: Hop, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._hop_text(hop, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hop.label}\n${hop.fingerprint}"
        if role == KIND_ROLE:
            return "hop"
        if role in (FINGERPRINT_ROLE, COPY_TEXT_ROLE):
            return hop.fingerprint
        if role == SORT_ROLE:
            return ""
        if role == Qt.ItemDataRole.FontRole and column == Column.DETAIL:
            return QFont("monospace")
        return None

    def _hop_text(self, hop: Hop, column: int) -> str:
        match column:
            case Column.NAME:
                return hop.label
            case Column.STATUS:
                return self._country_of(hop.fingerprint) or "??"
            case Column.PURPOSE:
                info = self._relay_info(hop.fingerprint)
                return info.address if info else ""
            case Column.AGE:
                info = self._relay_info(hop.fingerprint)
                return " ".join(info.flags) if info else ""
            case Column.DETAIL:
                return hop.fingerprint
        return ""

    def _stream_data(self, stream: Stream, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._stream_text(stream, column)
        if role == KIND_ROLE:
            return "stream"
        if role == STREAM_ID_ROLE:
            return stream.id
        if role == COPY_TEXT_ROLE:
            return stream.target
        if role == SORT_ROLE:
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
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
        return self._closed_look(stream.closed, role)

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
        if source.socks_username:
            return self.tr("app “%s”") % source.socks_username
        if stream.purpose.startswith("DIR_"):
            return self.tr("tor's directory fetch")
        if source.protocol == "TRANS":
            return self.tr("transparent proxy")
        if source.protocol == "DNS":
            return self.tr("DNS port")
        if source.session_group is not None and source.session_group < 0:
            # tor numbers each listener without a SessionGroup as -1, -2, ...
            return self.tr("%s, listener %d") % (source.protocol or "?", -source.session_group)
        return stream_group(stream) or (f"{source.address}:{source.port}" if source.port else "")

    @staticmethod
    def _closed_look(closed: bool, role: int) -> Any:
        if not closed:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None


def _id_order(identifier: str) -> tuple[int, str]:
    return (int(identifier), "") if identifier.isdigit() else (1 << 62, identifier)


class CircuitFilterProxy(QSortFilterProxyModel):
    """Hides tor's internal circuits unless asked, but never one that carries streams."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_internal = False
        self.setSortRole(SORT_ROLE)
        self.setRecursiveFilteringEnabled(False)

    @property
    def show_internal(self) -> bool:
        return self._show_internal

    def set_show_internal(self, show: bool) -> None:
        if show == self._show_internal:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._show_internal = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._show_internal = show
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if source_parent.isValid() or self._show_internal:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        return not model.data(index, INTERNAL_ROLE) or bool(model.data(index, HAS_STREAMS_ROLE))

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802
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
