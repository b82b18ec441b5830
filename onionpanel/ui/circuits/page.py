"""The Circuits page: the live tree of circuits, their hops and streams, and what to do with them.

  CircuitsPage(model, parent=None)          a QWidget for the main window's navigation
  |- close_circuit_requested(str)           signals: the session runs the control command
  |- close_stream_requested(str)
  |- new_circuit_for_host_requested(str)    a stream's host: close the circuits carrying it
  |- path_copied(str)                       after "Copy path" put a path on the clipboard
  |- circuit_selected(str)                  the selected row's circuit ("" for none): the map
                                            follows it
  |- painted()                              after each repaint of the tree (CircuitFeed paces
                                            its steps by it)
  |- hold_repaints(bool)                    no repaints while True (CircuitFeed.updating)
  |- tree / proxy / show_internal           the view, its filter proxy and the toggle
  |- selected_circuit_id() / selected_stream_id()
  |- select_circuit(id) / select_stream(id)  a jump from another page: first calls
                                            rows_needed() (CircuitFeed.sync_rows: a hidden
                                            page's rows may lag behind the state)
  |- set_connected(bool)                    an empty page says why: not connected, only
                                            internal circuits, or none yet

Keys: Del closes the selected stream (or circuit), Ctrl+C copies the row (a hop's fingerprint,
a circuit's path, a stream's target), Ctrl+Shift+C copies the circuit's path, Ctrl+R gives the
selected stream's host a new circuit.

The selection is only ever what the person chose: when the selected row leaves (a closed
circuit ages out), the selection is cleared, never moved to a neighbour that Del would close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from onionpanel.core.circuit_text import path_text
from onionpanel.ui.circuits.model import CircuitModel
from onionpanel.ui.circuits.proxy import CircuitFilterProxy
from onionpanel.ui.circuits.roles import (
    CIRCUIT_ID_ROLE,
    COPY_TEXT_ROLE,
    KIND_ROLE,
    STREAM_ID_ROLE,
    Column,
)
from onionpanel.ui.common.accessibility import chain_focus
from onionpanel.ui.common.views import WordElideDelegate, plain_text_rendering

AUTO_EXPAND_LIMIT = 40


class CircuitTree(QTreeView):
    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        self.painted.emit()


class CircuitsPage(QWidget):
    close_circuit_requested = Signal(str)
    close_stream_requested = Signal(str)
    new_circuit_for_host_requested = Signal(str)
    path_copied = Signal(str)
    circuit_selected = Signal(str)
    painted = Signal()

    def __init__(self, model: CircuitModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.rows_needed: Callable[[], None] = lambda: None
        if model.parent() is None:  # Qt objects must not be left to a GC pass on stem's thread
            model.setParent(self)
        self.setObjectName("circuitsPage")
        self.setAccessibleName(self.tr("Circuits and streams"))
        self.proxy = CircuitFilterProxy(self)
        self.proxy.setSourceModel(model)
        # before the view's selection model connects: it moves the selection to a neighbour
        self._selection_leaving = False
        self.proxy.rowsAboutToBeRemoved.connect(self._rows_leaving)
        self.proxy.rowsRemoved.connect(self._rows_left)
        self.show_internal = QCheckBox(self.tr("Show tor's &internal circuits"), self)
        self.show_internal.setAccessibleName(self.tr("Show tor's internal circuits"))
        self.show_internal.setToolTip(
            self.tr("Onion-service plumbing, directory fetches and timeout tests")
        )
        self.show_internal.toggled.connect(self.proxy.set_show_internal)
        self.close_circuit_button = self._button(self.tr("Close circ&uit"), self._close_circuit)
        self.close_stream_button = self._button(self.tr("Close &stream"), self._close_stream)
        self.copy_path_button = self._button(self.tr("Copy pat&h"), self._copy_path)
        self.new_circuit_button = self._button(
            self.tr("New circuit for this h&ost"), self._new_circuit
        )
        self.new_circuit_button.setToolTip(
            self.tr("Close the circuits carrying this host, so its next connection gets a new one")
        )
        # Created after the controls above it, so Tab reaches it after them.
        self.tree = self._make_tree()
        self._close_action = self._action(
            self.tr("&Close"), QKeySequence(QKeySequence.StandardKey.Delete), self._close
        )
        self._copy_action = self._action(
            self.tr("&Copy"), QKeySequence(QKeySequence.StandardKey.Copy), self._copy_row
        )
        self._copy_path_action = self._action(
            self.tr("Copy &path"), QKeySequence("Ctrl+Shift+C"), self._copy_path
        )
        self._new_circuit_action = self._action(
            self.tr("&New circuit for this host"), QKeySequence("Ctrl+R"), self._new_circuit
        )
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("circuitsEmpty")
        self.empty_label.setAccessibleName(self.tr("Why there are no circuits"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self._connected = False
        self._lay_out()
        for signal in (  # the model's too: a hidden internal circuit changes the words
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
        ):
            signal.connect(self._show_empty_state)
        self._show_empty_state()
        self._shown_circuit = ""
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.rowsInserted.connect(self._expand_for_streams)
        self.proxy.modelReset.connect(self._update_actions)
        self._update_actions()

    # --- construction ------------------------------------------------------------------

    def _make_tree(self) -> QTreeView:
        tree = CircuitTree(self)
        tree.painted.connect(self.painted)
        tree.setObjectName("circuitTree")
        tree.setAccessibleName(self.tr("Circuits, their relays and streams"))
        tree.setModel(self.proxy)
        tree.setUniformRowHeights(True)
        plain_text_rendering(tree)
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps .onion ends and ports
        words = WordElideDelegate(tree)  # hop flags and circuit paths end at a whole word
        for column in (Column.AGE, Column.DETAIL):
            tree.setItemDelegateForColumn(column, words)
        tree.setAlternatingRowColors(True)
        # oldest first, as tor opened them; no live sorting, which would re-sort through
        # Python on every update (see bench/circuit_events.py)
        tree.setSortingEnabled(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((Column.NAME, 230), (Column.STATUS, 130), (Column.PURPOSE, 240)):
            header.resizeSection(column, width)
        header.resizeSection(Column.AGE, 150)
        return tree

    def _action(self, text: str, keys: QKeySequence, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)
        return action

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.show_internal)
        row.addStretch(1)
        for button in (
            self.new_circuit_button,
            self.close_circuit_button,
            self.close_stream_button,
            self.copy_path_button,
        ):
            row.addWidget(button)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.tree)
        self._stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self._stack, 1)
        chain_focus(
            self.show_internal,
            self.new_circuit_button,
            self.close_circuit_button,
            self.close_stream_button,
            self.copy_path_button,
        )

    def set_connected(self, connected: bool) -> None:
        """Whether tor is connected: what an empty page says depends on it."""
        self._connected = connected
        self._show_empty_state()

    def _show_empty_state(self, *_args: object) -> None:
        if self.proxy.rowCount() > 0:
            self._stack.setCurrentWidget(self.tree)
            return
        if not self._connected:
            text = self.tr(
                "Not connected to tor. Circuits appear here once OnionPanel is connected; "
                "the Status page says what it is waiting for."
            )
        elif self._model.rowCount() > 0:
            text = self.tr(
                "Tor has only its own internal circuits right now. Tick “Show tor's internal "
                "circuits” to see them; yours appear when an application connects through tor."
            )
        else:
            text = self.tr(
                "Tor has no circuits yet. It builds them once it reaches the network; if this "
                "stays empty, the Log page says why."
            )
        self.empty_label.setText(text)
        self._stack.setCurrentWidget(self.empty_label)

    def hold_repaints(self, hold: bool) -> None:
        self.tree.setUpdatesEnabled(not hold)  # enabling again repaints the whole tree

    # --- selection -----------------------------------------------------------------------

    def _current(self) -> QModelIndex:
        rows = self.tree.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()

    def selected_circuit_id(self) -> str:
        index = self._current()
        return str(index.data(CIRCUIT_ID_ROLE) or "") if index.isValid() else ""

    def selected_stream_id(self) -> str:
        index = self._current()
        if not index.isValid() or index.data(KIND_ROLE) != "stream":
            return ""
        return str(index.data(STREAM_ID_ROLE) or "")

    def _update_actions(self, *_args: object) -> None:
        if self._selection_leaving:
            return  # Qt's interim pick of a neighbour: _rows_left clears it
        circuit, stream = self.selected_circuit_id(), self.selected_stream_id()
        self.close_circuit_button.setEnabled(bool(circuit))
        self.copy_path_button.setEnabled(bool(circuit))
        self._copy_path_action.setEnabled(bool(circuit))
        self.close_stream_button.setEnabled(bool(stream))
        self.new_circuit_button.setEnabled(bool(stream))
        self._new_circuit_action.setEnabled(bool(stream))
        self._close_action.setEnabled(bool(circuit))
        self._copy_action.setEnabled(bool(circuit))
        if circuit != self._shown_circuit:
            self._shown_circuit = circuit
            self.circuit_selected.emit(circuit)

    def _rows_leaving(self, parent: QModelIndex, first: int, last: int) -> None:
        index = self._current()
        while index.isValid():  # the selected row, or a row above it, is leaving
            if index.parent() == parent and first <= index.row() <= last:
                self._selection_leaving = True
                return
            index = index.parent()

    def _rows_left(self, *_args: object) -> None:
        if self._selection_leaving:
            self._selection_leaving = False
            self.tree.selectionModel().clear()  # Qt would select a neighbour: never do that
        self._update_actions()

    def _expand_for_streams(self, parent: QModelIndex, first: int, last: int) -> None:
        # expanded rows are what a tree relayout walks: past a screenful of circuits the
        # person expands what they look at (bench/circuit_events.py shows the cost)
        if not parent.isValid() or self.proxy.rowCount() > AUTO_EXPAND_LIMIT:
            return
        kinds = {self.proxy.index(row, 0, parent).data(KIND_ROLE) for row in range(first, last + 1)}
        if "stream" in kinds:
            self.tree.expand(parent)

    # --- actions -------------------------------------------------------------------------

    def _close(self) -> None:
        if self.selected_stream_id():
            self._close_stream()
        else:
            self._close_circuit()

    def _close_circuit(self) -> None:
        circuit = self.selected_circuit_id()
        if circuit:
            self.close_circuit_requested.emit(circuit)

    def _close_stream(self) -> None:
        stream = self.selected_stream_id()
        if stream:
            self.close_stream_requested.emit(stream)

    def _new_circuit(self) -> None:
        stream = self._model.state.streams.get(self.selected_stream_id())
        if stream is not None and stream.target_host:
            self.new_circuit_for_host_requested.emit(stream.target_host)

    def _copy_row(self) -> None:
        index = self._current()
        text = index.data(COPY_TEXT_ROLE) if index.isValid() else None
        if text:
            QGuiApplication.clipboard().setText(str(text))

    def _copy_path(self) -> None:
        circuit = self._model.state.circuits.get(self.selected_circuit_id())
        if circuit is None:
            return
        text = path_text(circuit)
        QGuiApplication.clipboard().setText(text)
        self.path_copied.emit(text)

    def select_circuit(self, circuit_id: str) -> None:
        """Select a circuit row (for tests and for jumps from other pages); "" selects none."""
        if not circuit_id:
            self.tree.selectionModel().clear()
            return
        self.rows_needed()
        if circuit_id == self.selected_circuit_id() and not self.selected_stream_id():
            return
        self._select(self.proxy.mapFromSource(self._model.index_of_circuit(circuit_id)))

    def select_stream(self, stream_id: str) -> None:
        self.rows_needed()
        self._select(self.proxy.mapFromSource(self._model.index_of_stream(stream_id)))

    def _select(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
