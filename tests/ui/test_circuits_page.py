"""The Circuits page as a real widget (offscreen), fed with tor-shaped raw event lines through
stem's parser, our translate and the feed; its actions only emit signals."""

from __future__ import annotations

from stem.response import ControlMessage

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QPushButton

from bench.tor_lines import RELAYS, synthetic_lines
from onionpanel.tor.translate import translate
from onionpanel.ui.circuits.feed import CircuitFeed
from onionpanel.ui.circuits.model import CircuitModel
from onionpanel.ui.circuits.page import CircuitsPage
from onionpanel.ui.circuits.roles import CIRCUIT_ID_ROLE, RelayBrief
from tests.conftest import ARTIFACTS

# The pretend relays have no real addresses, so countries and flags come from this table
# (the relay map's GeoIP lookup is plugged in the same way in the app).
COUNTRIES = dict(
    zip(
        [fp for fp, _ in RELAYS],
        ["de", "nl", "se", "us", "fr", "is", "ch", "ca", "at", "ro"],
        strict=True,
    )
)


def relay_info(fingerprint: str) -> RelayBrief:
    index = [fp for fp, _ in RELAYS].index(fingerprint) if fingerprint in COUNTRIES else 0
    flags = ("Guard", "Fast", "Stable") if index < 2 else ("Fast", "Running")
    if RELAYS[index][1].startswith("exit"):
        flags = ("Exit", "Fast", "Valid")
    return RelayBrief(f"203.0.113.{10 + index}", flags)


def make_page(qtbot, count: int = 400) -> tuple[CircuitsPage, CircuitFeed]:
    lines = synthetic_lines(count, seed=11)
    now = lines[-1][1]
    model = CircuitModel(
        country_of=lambda fp: COUNTRIES.get(fp, "??"), relay_info=relay_info, clock=lambda: now
    )
    feed = CircuitFeed(model, clock=lambda: now)
    page = CircuitsPage(model)
    qtbot.addWidget(page)
    page.resize(1100, 560)
    page.show()
    batch = [
        translate(ControlMessage.from_str(line + "\r\n", "EVENT", arrived_at=at))
        for line, at in lines
    ]
    for start in range(0, len(batch), 25):  # as the bridge would hand them over
        feed.on_events(batch[start : start + 25])
    feed.flush()
    return page, feed


def shown_ids(page: CircuitsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, 0).data(CIRCUIT_ID_ROLE) for r in range(proxy.rowCount())]


def test_page_shows_circuits_and_hides_internal_ones(qtbot):
    page, _ = make_page(qtbot)
    state = page.proxy.sourceModel().state
    visible = shown_ids(page)
    assert visible
    assert all(state.circuits[c].purpose in ("GENERAL", "CONFLUX_LINKED") for c in visible)
    page.show_internal.setChecked(True)
    assert sorted(shown_ids(page)) == sorted(state.circuits)
    page.show_internal.setChecked(False)
    assert shown_ids(page) == visible
    with_streams = next(c for c in visible if state.streams_on(c) and not state.circuits[c].closed)
    page.select_stream(state.streams_on(with_streams)[0].id)
    ARTIFACTS.mkdir(exist_ok=True)
    page.grab().save(str(ARTIFACTS / "circuits_page.png"))


def test_every_control_has_an_accessible_name(qtbot):
    page, _ = make_page(qtbot, count=50)
    for widget in [page.tree, *page.findChildren(QPushButton), *page.findChildren(QCheckBox)]:
        assert widget.accessibleName(), widget


def test_delete_key_closes_the_selected_stream_or_circuit(qtbot):
    page, _ = make_page(qtbot)
    state = page.proxy.sourceModel().state
    circuit_id = next(c for c in shown_ids(page) if state.streams_on(c))
    stream_id = state.streams_on(circuit_id)[0].id

    with qtbot.waitActive(page):  # shortcuts only fire in the active window
        page.activateWindow()
    page.select_stream(stream_id)
    page.tree.setFocus()
    with qtbot.waitSignal(page.close_stream_requested) as stream_signal:
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert stream_signal.args == [stream_id]

    page.select_circuit(circuit_id)
    with qtbot.waitSignal(page.close_circuit_requested) as circuit_signal:
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert circuit_signal.args == [circuit_id]
    assert not page.close_stream_button.isEnabled()


def test_copy_path_puts_nicknames_and_fingerprints_on_the_clipboard(qtbot):
    page, _ = make_page(qtbot)
    circuit_id = shown_ids(page)[0]
    page.select_circuit(circuit_id)
    with qtbot.waitSignal(page.path_copied):
        qtbot.mouseClick(page.copy_path_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    circuit = page.proxy.sourceModel().state.circuits[circuit_id]
    assert text.splitlines() == [f"{h.nickname} ${h.fingerprint}" for h in circuit.hops]


def test_feed_ages_out_closed_circuits(qtbot):
    page, feed = make_page(qtbot)
    model = page.proxy.sourceModel()
    assert any(c.closed for c in model.state.circuits.values())
    feed._clock = lambda: 10e9  # far in the future: every closed circuit has lingered enough
    feed.tick()
    assert not any(c.closed for c in model.state.circuits.values())


def test_new_identity_refused_by_tor_says_why_and_can_be_tried_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A stand-in connection whose NEWNYM fails (tor refusing it cannot be provoked on demand)."""
    import asyncio

    from onionpanel.tor.errors import CommandFailed
    from onionpanel.ui.circuits.identity import NewIdentity

    class Refusing:
        async def signal_newnym(self) -> float:
            raise CommandFailed("signal", "552 Unrecognized signal")

    identity = NewIdentity(CircuitModel())
    messages: list[str] = []
    identity.message.connect(messages.append)
    identity.set_connection(Refusing())
    asyncio.run(identity.request())
    assert messages[-1].startswith("New Identity failed:")
    assert identity.available


def test_feed_shows_a_flood_in_steps_and_the_tree_paints_between_them(qtbot):
    """Through Qt's real loop: the feed's steps run as posted events, a folded change reaches
    the model piece by piece with the tree's repaints held, and the tree paints after it."""
    page, feed = make_page(qtbot, count=50)
    page.painted.connect(feed.repainted)
    feed.updating.connect(page.hold_repaints)
    seen: list[str] = []
    page.painted.connect(lambda: seen.append("paint"))
    feed.updating.connect(lambda on: seen.append("hold" if on else "release"))
    lines = synthetic_lines(2000, seed=12)
    events = [
        translate(ControlMessage.from_str(line + "\r\n", "EVENT", arrived_at=at))
        for line, at in lines
    ]
    for start in range(0, len(events), 100):
        feed.on_events(events[start : start + 100])
    qtbot.waitUntil(lambda: not feed.busy, timeout=20_000)
    qtbot.waitUntil(lambda: seen[-1:] == ["paint"], timeout=2_000)
    holds = "".join({"hold": "(", "release": ")", "paint": "p"}[s] for s in seen)
    assert "(" in holds
    inside = [part.split(")")[0] for part in holds.split("(")[1:]]
    assert all("p" not in part for part in inside)  # no paint while held
    assert holds.count(")p") >= 1  # the release repaints the tree
    model = page.proxy.sourceModel()
    assert model.state.circuits  # the flood ended where the core state did
    assert sorted(model.index(r, 0).data(CIRCUIT_ID_ROLE) for r in range(model.rowCount())) == (
        sorted(model.state.circuits)
    )
