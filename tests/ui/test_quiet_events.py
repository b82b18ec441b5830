"""Issue 18, cheaper events: what the panel does per tor event, counted (never timed) against
real tors and real Qt widgets.

- Pages that are not on screen do no per-event work beyond keeping their data: the circuit
  tree's model sends no signal and the tree and the bandwidth graph paint nothing while the
  Status page is shown and traffic flows; shown again, the tree has every circuit and stream
  of the state and the graph paints.
- An idle panel sleeps: over a few seconds with an offline tor (one BW event a second) the
  GUI loop wakes only for what is declared below. Events are handled on stem's reader thread
  as it reads them: stem's separate event thread, one more thread hop per event, never runs.
- The event path (our wire reader, GuardedController's handling on stem's reader thread, the
  bridge) delivers every event, in tor's order: compared with raw lines on a second
  connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from onionpanel.core import circuits as core
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.sandbox.probe import LocalHttpServer, http_get_via_socks
from onionpanel.sandbox.pytest_plugin import TorFactory
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.translate import translate
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray
from tests.ui.test_circuits_live import wait_for
from tests.ui.test_end_to_end import run_on_qasync

pytestmark = pytest.mark.tor

STATUS, CIRCUITS, BANDWIDTH = 0, 1, 4  # the window's pages
IDLE_SECONDS = 4.0
# What may wake the GUI loop of an idle panel, per BW event tor sends (one a second): stem's
# thread hands it over (qasync's wake-up), the bridge flushes it, the graph's data and the
# tray's tooltip change. Plus, now and then, a garbage collection that fell due. Nothing
# else: no watchdog, no tick of a hidden page, no poll.
WAKEUPS_PER_EVENT = 3
OCCASIONAL_WAKEUPS = 4


class PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def count_model_signals(model: Any) -> Counter[str]:
    seen: Counter[str] = Counter()
    for name in ("rowsInserted", "rowsRemoved", "dataChanged", "modelReset", "layoutChanged"):
        getattr(model, name).connect(lambda *_args, name=name: seen.update([name]))
    return seen


def rows_match_state(panel: Panel) -> bool:
    """The tree shows exactly the feed's state: every circuit, every stream on a circuit."""
    state = panel.pages.circuit_feed.state
    circuits, streams = panel.pages.circuit_model.shown_ids()
    wanted_streams = {s.id for s in state.streams.values() if s.circuit_id in state.circuits}
    return circuits == set(state.circuits) and streams == wanted_streams


def new_streams(state: core.NetworkState, target: str, known: set[str]) -> list[core.Stream]:
    return [s for s in state.streams.values() if s.display_target == target and s.id not in known]


def test_hidden_pages_do_no_per_event_work_and_are_complete_when_shown(
    qtbot: Any,
    qapp: QApplication,
    sandbox: SandboxNetwork,
    local_http_server: LocalHttpServer,
    artifacts: Path,
) -> None:
    panel = Panel(qapp, Tray(), parse_args(["--sandbox"]))
    panel.open_window()
    window = panel.window
    window.resize(1100, 700)
    qtbot.addWidget(window)
    target = f"127.0.0.1:{local_http_server.port}"

    def fetch() -> None:
        http_get_via_socks(sandbox.socks_port, "127.0.0.1", local_http_server.port)

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        assert await panel.session.attach(sandbox.control_endpoint)
        pages = panel.pages
        try:
            await wait_for(lambda: pages.loader is not None and pages.loader.relays)
            await wait_for(lambda: pages.bandwidth.history.samples_seen > 0)
            assert window.pages.currentIndex() == STATUS
            await asyncio.sleep(0.5)  # the snapshots are in; from here on, only events
            model_signals = count_model_signals(pages.circuit_model)
            tree_paints = PaintCounter(pages.circuits.tree.viewport())
            graph_paints = PaintCounter(pages.bandwidth.graph)
            samples = pages.bandwidth.history.samples_seen
            known = set(pages.circuit_feed.state.streams)

            for _ in range(3):
                await loop.run_in_executor(None, fetch)
            await wait_for(lambda: len(new_streams(pages.circuit_feed.state, target, known)) >= 3)
            await wait_for(lambda: pages.bandwidth.history.samples_seen >= samples + 2)
            assert sum(model_signals.values()) == 0, model_signals
            assert tree_paints.count == 0
            assert graph_paints.count == 0

            window.show_page(CIRCUITS)
            await wait_for(lambda: rows_match_state(panel) and not pages.circuit_feed.busy)
            for stream in new_streams(pages.circuit_feed.state, target, known):
                assert pages.circuit_model.index_of_stream(stream.id).isValid()
            assert sum(model_signals.values()) > 0
            await wait_for(lambda: tree_paints.count > 0)
            pages.circuits.tree.expandAll()
            await asyncio.sleep(0.05)
            window.grab().save(str(artifacts / "quiet_events_circuits_after_hidden.png"))

            window.show_page(BANDWIDTH)
            await wait_for(lambda: graph_paints.count > 0)
        finally:
            await panel.session.close()

    run_on_qasync(qapp, scenario, timeout=90)


class ThreadCalls:
    """Calls of Python functions by name, per thread, in threads started while it runs."""

    def __init__(self) -> None:
        self.calls: Counter[tuple[str, str]] = Counter()
        self.counting = False

    def __call__(self, frame: Any, event: str, _arg: Any) -> None:
        if event == "call" and self.counting:
            name = threading.current_thread().name
            self.calls[(name, f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}")] += 1

    def of(self, thread: str, function: str) -> int:
        return self.calls[(thread, function)]


def test_an_idle_panel_wakes_only_for_tors_events(
    qtbot: Any, qapp: QApplication, tor_factory: TorFactory
) -> None:
    tor = tor_factory()
    endpoint = tor.wait_for_control_port(10)
    calls = ThreadCalls()
    wakeups = [0]
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None

    def awake() -> None:
        wakeups[0] += 1

    async def scenario() -> tuple[int, int]:
        # The suite shares one QApplication, and what earlier tests left in it may wake it
        # too: that background, counted before this panel exists, is not this panel's.
        dispatcher.awake.connect(awake)
        await asyncio.sleep(IDLE_SECONDS)
        dispatcher.awake.disconnect(awake)
        background, wakeups[0] = wakeups[0], 0
        panel = Panel(qapp, Tray(), parse_args(["--control", str(endpoint)]))
        panel.open_window()
        qtbot.addWidget(panel.window)
        assert await panel.session.attach(endpoint)
        history = panel.pages.bandwidth.history
        await wait_for(lambda: history.samples_seen > 1)
        await asyncio.sleep(1.0)  # snapshots loaded, first collections done
        samples = history.samples_seen
        calls.counting = True
        dispatcher.awake.connect(awake)
        try:
            await asyncio.sleep(IDLE_SECONDS)
        finally:
            dispatcher.awake.disconnect(awake)
            calls.counting = False
            events = history.samples_seen - samples
            await panel.session.close()
        print(f"background: the loop woke {background} times before the panel existed")
        return events, wakeups[0] - background

    threading.setprofile(calls)  # stem's threads start after this
    try:
        events, loop_wakeups = run_on_qasync(qapp, scenario, timeout=60)
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]
        sys.setprofile(None)
    handled = calls.of("Tor listener", "guarded._handle_event")
    on_event_thread = sum(n for (thread, _), n in calls.calls.items() if thread == "Event notifier")
    print(f"{events} BW events, {handled} handled by stem's reader; loop woke {loop_wakeups} "
          f"times; {on_event_thread} calls on stem's event thread")  # fmt: skip
    assert IDLE_SECONDS - 2 <= events <= IDLE_SECONDS + 2
    # one read just before the count began may reach the graph after it (the 100 ms batch)
    assert handled >= events - 1
    assert on_event_thread == 0
    assert loop_wakeups <= WAKEUPS_PER_EVENT * events + OCCASIONAL_WAKEUPS


class RawEvents:
    """A second control connection that only reads tor's lines (no stem: stem's Controller
    would take ownership of the sandbox's tor, which then exits when it closes)."""

    def __init__(self, sandbox: SandboxNetwork, types: str) -> None:
        self.seen: list[tuple[str, str, str]] = []
        self._socket = socket.create_connection(("127.0.0.1", sandbox.control_port), 10)
        self._file = self._socket.makefile("rb")
        cookie = Path(sandbox.cookie_path).read_bytes().hex()
        for command in (f"AUTHENTICATE {cookie}", f"SETEVENTS {types}"):
            self._socket.sendall(command.encode() + b"\r\n")
            assert self._file.readline().startswith(b"250"), command
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            for line in self._file:
                words = line.decode().split()
                if len(words) >= 4 and words[0] == "650":
                    self.seen.append((words[1], words[2], words[3]))

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._socket.shutdown(socket.SHUT_RDWR)
        self._thread.join(5)
        self._file.close()
        self._socket.close()


def test_every_event_arrives_in_tors_order(
    qapp: QApplication, sandbox: SandboxNetwork, local_http_server: LocalHttpServer
) -> None:
    """Our path (wire reader, GuardedController on stem's reader thread, EventRouter, EventBridge)
    against the raw lines tor sends to a second connection, both subscribed to the same
    events: tor orders them the same for every controller."""
    ours: list[tuple[str, str, str]] = []
    kinds = {"CircEvent": "CIRC", "StreamEvent": "STREAM"}

    def on_ours(batch: list[Any]) -> None:
        ours.extend((kinds[type(e).__name__], e.id, e.status) for e in batch)

    def fetch() -> None:
        http_get_via_socks(sandbox.socks_port, "127.0.0.1", local_http_server.port)

    async def scenario() -> list[tuple[str, str, str]]:
        connection = TorConnection(sandbox.control_endpoint, sandbox=True)
        await connection.connect()
        try:
            connection.add_event_handler(("CIRC", "STREAM"), on_ours, translate)
            await asyncio.sleep(0.5)  # subscribed before the reference starts
            raw = RawEvents(sandbox, "CIRC STREAM")
            try:
                loop = asyncio.get_running_loop()
                for _ in range(8):
                    await loop.run_in_executor(None, fetch)
                await asyncio.sleep(1.0)
            finally:
                raw.close()
            reference = list(raw.seen)
            await wait_for(lambda: _contains_in_order(ours, reference), within=10)
            return reference
        finally:
            await connection.close()

    reference = run_on_qasync(qapp, scenario, timeout=60)
    assert sum(1 for kind, _id, _status in reference if kind == "STREAM") >= 8 * 3


def _contains_in_order(
    ours: list[tuple[str, str, str]], reference: list[tuple[str, str, str]]
) -> bool:
    """``reference`` (a window of tor's events) appears in ``ours`` as one unbroken run."""
    if not reference:
        return False
    for start in range(len(ours) - len(reference) + 1):
        if ours[start : start + len(reference)] == reference:
            return True
    return False
