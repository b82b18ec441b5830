"""New Identity: one request at a time, tor's own wait as a countdown, then what really happened.

  NewIdentity(source, country_of=..., parent=None)   the panel has one; source: what has
                               the circuit state and says when it changed (the panel's
                               CircuitFeed, which keeps it also while the Circuits page is
                               hidden; a CircuitModel does too)
  |- set_connection(connection | None)   anything with signal_newnym() and close_circuit(id)
  |- trigger(), trigger_drop_exit(), trigger_new_circuit_for_host(host)   slots: run on the loop
  |- await request()           send SIGNAL NEWNYM; while one waits, say so and send nothing
  |- await drop_exit()         close every circuit through the exit the outcome named
  |- await new_circuit_for_host(host)    close the circuits carrying streams to that host
  |- available -> bool         the button and the tray item may be used
  |- connected -> bool
  |- wait_left() -> int        seconds of tor's delay still to run
  |- outcome -> IdentityOutcome | None   the last one found
  |- message(str)              signal: the line to show (countdown, outcome, error)
  |- available_changed(bool)   signal
  |- outcome_found(object)     signal: an IdentityOutcome
  |- notification(str, str)    signal: title, body, for a desktop notification
IdentityBar(identity)          the window's strip: button, message, "drop that exit" button

Tor acts on NEWNYM at once or, within 10 s of the last one, after a delay it names in a
notice; the countdown is that number, never a guess of ours. The outcome comes from circuit
state alone (core.identity): the first new general circuit that a stream attaches to.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from onionpanel.core.circuit_status import snapshot
from onionpanel.core.circuits import Hop, NetworkState
from onionpanel.core.identity import (
    IdentityOutcome,
    IdentityRequest,
    begin_identity,
    carried_traffic,
    circuits_through_exit,
    circuits_to_host,
    identity_outcome,
)
from onionpanel.tor.errors import TorError
from onionpanel.ui.common.tasks import Tasks
from onionpanel.ui.common.words import country_name, plural


class StateSource(Protocol):
    @property
    def state(self) -> NetworkState: ...

    @property
    def state_changed(self) -> Any: ...  # a Qt signal


# Past this, stop waiting for traffic to show the new exit: nobody is browsing.
WATCH_FOR_SECONDS = 600.0
NEWNYM_SHORTCUT = "Ctrl+Shift+U"  # Tor Browser's


class NewIdentity(QObject):
    message = Signal(str)
    available_changed = Signal(bool)
    outcome_found = Signal(object)
    notification = Signal(str, str)

    def __init__(
        self,
        model: StateSource,
        country_of: Callable[[str], str] = lambda _fingerprint: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._country_of = country_of
        self._connection: Any = None
        self._sending = False
        self._request: IdentityRequest | None = None
        self._asked: tuple[float, float] | None = None  # (sent at, tor's delay) until it acts
        self._ready_at = 0.0  # monotonic: when tor's delay runs out
        self._watch_until = 0.0
        self.outcome: IdentityOutcome | None = None
        self._available = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self._shown_wait = 0
        self._tasks = Tasks()
        # circuits applications used, remembered after their streams leave the state
        self._used: frozenset[str] = frozenset()
        # and where those circuits exited since the last identity, remembered after the
        # circuits themselves closed and left: "the same exit" means the same as any of these
        self._used_exits: dict[str, str] = {}
        model.state_changed.connect(self._on_state)

    def trigger(self) -> None:
        self._tasks.spawn(self.request())

    def trigger_drop_exit(self) -> None:
        self._tasks.spawn(self.drop_exit())

    def trigger_new_circuit_for_host(self, host: str) -> None:
        self._tasks.spawn(self.new_circuit_for_host(host))

    # --- availability -----------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._available

    @property
    def connected(self) -> bool:
        return self._connection is not None

    def set_connection(self, connection: Any) -> None:
        self._connection = connection
        if connection is None:
            self._request = self._asked = None
            self._countdown.stop()
            self._ready_at = 0.0
            self._used_exits = {}
            if self.outcome is not None:
                self.outcome = None  # it told of a connection that is gone
                self.message.emit("")
        self._update_available()

    def _update_available(self) -> None:
        available = self._connection is not None and not self._sending and self.wait_left() == 0
        if available != self._available:
            self._available = available
            self.available_changed.emit(available)

    def wait_left(self) -> int:
        return max(0, math.ceil(self._ready_at - time.monotonic()))

    # --- New Identity -----------------------------------------------------------------

    async def request(self) -> None:
        if self._connection is None:
            self.message.emit(self.tr("Not connected to tor."))
            return
        if self._sending:
            return
        if self.wait_left():
            self.message.emit(self._waiting_text(already=True))
            return
        self._sending = True
        self._update_available()
        requested_at = time.time()
        try:
            delay = await self._connection.signal_newnym()
        except TorError as error:
            self._sending = False
            self._fail(str(error))
            return
        self._sending = False
        self.outcome = None
        self._request = None
        self._asked = (requested_at, delay)
        self._watch_until = time.monotonic() + delay + WATCH_FOR_SECONDS
        self._ready_at = time.monotonic() + delay
        if delay > 0:
            self._countdown.start()
            self._shown_wait = self.wait_left()
            self.message.emit(self._waiting_text(already=False))
        else:
            self._tor_acted()
        self._update_available()

    def _tor_acted(self) -> None:
        if self._asked is None:
            return
        requested_at, delay = self._asked
        self._asked = None
        request = begin_identity(self._model.state, requested_at, delay, self._used)
        old_exits = request.old_exits | frozenset(self._used_exits.values())
        self._request = dataclasses.replace(request, old_exits=old_exits)
        self._used_exits = {}
        self.message.emit(self._watching_text())

    def _fail(self, reason: str) -> None:
        self._update_available()
        text = self.tr("New Identity failed: {reason}").format(reason=reason)
        self.message.emit(text)
        self.notification.emit(self.tr("New Identity"), text)

    def _waiting_text(self, *, already: bool) -> str:
        seconds = self.wait_left()
        if already:
            return self.tr(
                "A new identity is already on its way: tor switches in {seconds} s."
            ).format(seconds=seconds)
        return self.tr(
            "Tor allows one new identity every 10 seconds: it switches in {seconds} s."
        ).format(seconds=seconds)

    def _watching_text(self) -> str:
        return self.tr(
            "New identity: new connections get new circuits. Waiting for traffic to show "
            "the new exit…"
        )

    def _tick(self) -> None:
        left = self.wait_left()
        if left > 0:
            if left != self._shown_wait:  # once a second, not every tick
                self._shown_wait = left
                self.message.emit(self._waiting_text(already=False))
            return
        self._countdown.stop()
        self._update_available()
        self._tor_acted()
        self._look_for_outcome()

    def _on_state(self) -> None:
        state = self._model.state
        carried = carried_traffic(state)
        self._used = frozenset(
            circuit_id for circuit_id in self._used | carried if circuit_id in state.circuits
        )
        request = self._request
        for circuit_id in carried:
            circuit = state.circuits.get(circuit_id)
            if circuit is None or circuit.exit is None or circuit.purpose not in ("GENERAL", ""):
                continue
            if request is None or circuit_id in request.old_circuits:
                self._used_exits[circuit_id] = circuit.exit.fingerprint
        self._look_for_outcome()

    def _look_for_outcome(self) -> None:
        request = self._request
        if request is None or self.wait_left() > 0:
            return
        if time.monotonic() > self._watch_until:
            self._request = None
            return
        outcome = identity_outcome(request, self._model.state)
        if outcome is None:
            return
        self._request = None
        self.outcome = outcome
        text = self.outcome_text(outcome)
        self.message.emit(text)
        self.outcome_found.emit(outcome)
        self.notification.emit(self.tr("New Identity"), text)

    def exit_label(self, hop: Hop) -> str:
        code = self._country_of(hop.fingerprint)
        name = country_name(code)
        if not name:
            return hop.label
        return self.tr("{relay} ({country})").format(relay=hop.label, country=name)

    def outcome_text(self, outcome: IdentityOutcome) -> str:
        if outcome.reused:
            return self.tr("Tor reused the same exit: {exit}.").format(
                exit=self.exit_label(outcome.exit)
            )
        return self.tr("New identity: exit {exit}.").format(exit=self.exit_label(outcome.exit))

    # --- dropping circuits ---------------------------------------------------------------

    async def drop_exit(self) -> None:
        """Close every circuit whose last hop is the outcome's exit: those tor lists now (the
        view may lag a step behind a burst of builds) and those the view shows."""
        if self.outcome is None:
            return
        hop = self.outcome.exit
        ids = set(circuits_through_exit(self._model.state, hop.fingerprint))
        ids |= set(circuits_through_exit(await self._tor_state(), hop.fingerprint))
        closed = await self._close(tuple(sorted(ids, key=lambda i: (len(i), i))))
        if closed is not None:
            text = self.tr("Closed %n circuit(s) through {exit}.", "", closed)
            self.message.emit(plural(text, closed).format(exit=self.exit_label(hop)))

    async def _tor_state(self) -> NetworkState:
        """Tor's own list of circuits right now (empty if it cannot be had)."""
        get_info = getattr(self._connection, "get_info", None)
        if get_info is None:
            return NetworkState()
        try:
            return snapshot(await get_info("circuit-status"), "", time.time())
        except TorError:
            return NetworkState()

    async def new_circuit_for_host(self, host: str) -> None:
        ids = circuits_to_host(self._model.state, host)
        closed = await self._close(ids)
        if closed is not None:
            text = self.tr(
                "Closed %n circuit(s) to {host}: its next connection gets a new one.", "", closed
            )
            self.message.emit(plural(text, closed).format(host=host))

    async def _close(self, circuit_ids: tuple[str, ...]) -> int | None:
        if self._connection is None:
            self.message.emit(self.tr("Not connected to tor."))
            return None
        closed = 0
        for circuit_id in circuit_ids:
            try:
                await self._connection.close_circuit(circuit_id)
                closed += 1
            except TorError:
                continue  # it closed on its own meanwhile
        return closed


class IdentityBar(QWidget):
    """The strip at the top of the window: always one click from a new identity."""

    def __init__(self, identity: NewIdentity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("New Identity"))
        self.identity = identity
        self.button = QPushButton(self.tr("New &Identity"), self)
        self.button.setAccessibleName(self.tr("New Identity"))
        self.button.setToolTip(
            self.tr("New circuits for new connections ({shortcut})").format(
                shortcut=QKeySequence(NEWNYM_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("New Identity result"))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.drop_button = QPushButton(self.tr("&Drop circuits through that exit"), self)
        self.drop_button.setAccessibleName(self.tr("Drop circuits through that exit"))
        self.drop_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.button)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.drop_button)
        self.button.clicked.connect(identity.trigger)
        self.drop_button.clicked.connect(identity.trigger_drop_exit)
        self.button.setEnabled(identity.available)
        identity.available_changed.connect(self.button.setEnabled)
        identity.message.connect(self._show_message)
        identity.outcome_found.connect(lambda _outcome: self.drop_button.show())

    def _show_message(self, text: str) -> None:
        self.label.setText(text)
        self.label.setVisible(bool(text))
        if self.identity.outcome is None:
            self.drop_button.hide()
