"""Issue 12, items 4 and 5, on the real widgets: the selection is only ever what the person
chose (a leaving row clears it, Del never closes a neighbour), and the Circuits page and the
relay map share one selection, the map's by keyboard too; "Fit circuit" needs a selection.
The events are tor-shaped raw lines through stem's parser, our translate and the feed."""

from __future__ import annotations

from stem.response import ControlMessage

from PySide6.QtCore import Qt

from bench.tor_lines import RELAYS
from onionpanel.tor.translate import translate
from onionpanel.ui.circuits.feed import CircuitFeed
from onionpanel.ui.circuits.model import CircuitModel
from onionpanel.ui.circuits.page import CircuitsPage
from onionpanel.ui.shell.pages import LivePages
from tests.conftest import ARTIFACTS

NOW = 1_795_300_000.0


def path(*indexes: int) -> str:
    return ",".join(f"${RELAYS[i][0]}~{RELAYS[i][1]}" for i in indexes)


def circ(circuit_id: int, status: str, hops: str, extra: str = "") -> str:
    return (
        f"650 CIRC {circuit_id} {status} {hops} BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL "
        f"TIME_CREATED=2026-11-21T10:00:00.000000 {extra}"
    ).strip()


def feed_lines(feed: CircuitFeed, lines: list[str]) -> None:
    messages = [ControlMessage.from_str(line + "\r\n", "EVENT", arrived_at=NOW) for line in lines]
    feed.on_events([translate(message) for message in messages])
    feed.flush()


BUILT = [circ(n, "BUILT", path(0, 2, 5 + n % 2)) for n in (13, 14, 15, 16)]


def test_a_leaving_row_clears_the_selection_and_del_closes_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = [NOW]
    model = CircuitModel(clock=lambda: clock[0])
    feed = CircuitFeed(model, linger=5.0, clock=lambda: clock[0])
    page = CircuitsPage(model)
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    feed_lines(feed, BUILT)
    with qtbot.waitActive(page):
        page.activateWindow()
    page.select_circuit("14")
    page.tree.setFocus()
    closed: list[str] = []
    page.close_circuit_requested.connect(closed.append)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert closed == ["14"]
    feed_lines(feed, [circ(14, "CLOSED", path(0, 2, 5), "REASON=REQUESTED")])
    assert page.selected_circuit_id() == "14"  # the closed row lingers, still the person's

    clock[0] = NOW + 6  # its 5 s are up: the row leaves
    feed.tick()
    feed.flush()
    assert "14" not in model.state.circuits
    assert page.selected_circuit_id() == ""  # not circuit 15
    assert not page.close_circuit_button.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert closed == ["14"]  # a second Del closes nothing


def test_circuits_page_and_map_share_one_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    pages = LivePages()
    qtbot.addWidget(pages.circuits)
    qtbot.addWidget(pages.relays)
    pages.relays.resize(900, 600)
    pages.relays.show()
    feed_lines(pages.circuit_feed, BUILT)
    canvas, fit = pages.relays.map.canvas, pages.relays.map.fit_button
    assert sorted(canvas.circuit_ids()) == ["13", "14", "15", "16"]
    assert not fit.isEnabled()  # nothing selected: nothing to fit

    pages.circuits.select_circuit("15")
    assert canvas.selected_circuit() == "15"
    assert fit.isEnabled()

    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_N)  # the map by keyboard: the next circuit
    assert canvas.selected_circuit() == "16"
    assert pages.circuits.selected_circuit_id() == "16"
    qtbot.keyClick(canvas, Qt.Key.Key_P)
    qtbot.keyClick(canvas, Qt.Key.Key_P)
    assert pages.circuits.selected_circuit_id() == "14"
    ARTIFACTS.mkdir(exist_ok=True)
    pages.relays.grab().save(str(ARTIFACTS / "map_selected_circuit.png"))

    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.selected_circuit() == ""
    assert pages.circuits.selected_circuit_id() == ""
    assert not fit.isEnabled()
    pages.relays.grab().save(str(ARTIFACTS / "map_no_circuit.png"))
    pages.detach()
