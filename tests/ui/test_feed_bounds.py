"""Issue 11, finding 2: closed rows expire however busy the feed is, and the number of closed
rows lingering at once has a cap. Real CircuitFeed and CircuitModel; events are core values
(what the tor layer hands over), a fake clock stands for time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from onionpanel.core import circuits as core
from onionpanel.ui.circuits.feed import CircuitFeed
from onionpanel.ui.circuits.model import CircuitModel


def _opened_and_closed(first: int, count: int, at: float) -> list[core.Event]:
    events: list[core.Event] = []
    for n in range(first, first + count):
        events.append(core.CircEvent(id=str(n), status="LAUNCHED", at=at))
        events.append(core.CircEvent(id=str(n), status="CLOSED", at=at, reason="FINISHED"))
    return events


def test_closed_circuits_expire_while_events_keep_arriving(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = [1000.0]
    model = CircuitModel()
    feed = CircuitFeed(model, clock=lambda: now[0])
    circuit = 0
    shown: list[int] = []
    for _second in range(30):  # evenly spread: the feed is never idle when its timer ticks
        for _slice in range(10):
            feed.on_events(_opened_and_closed(circuit, 10, now[0]))
            circuit += 10
            QCoreApplication.processEvents()
            now[0] += 0.1
        feed.on_events(_opened_and_closed(circuit, 10, now[0]))
        circuit += 10
        feed.tick()
        shown.append(len(model.state.circuits))
    # 110 circuits close each second and linger 5 s (plus what is still on its way)
    assert max(shown[10:]) <= 8 * 110, f"{shown} circuits shown"


def test_the_number_of_lingering_closed_rows_has_a_cap(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = [1000.0]
    model = CircuitModel()
    feed = CircuitFeed(model, clock=lambda: now[0])
    feed.on_events(_opened_and_closed(0, 5000, now[0]))  # 5,000 closed within one second
    feed.flush()
    feed.tick()
    assert len(model.state.circuits) <= core.MAX_LINGERING


def test_expire_keeps_open_rows_and_the_newest_closed_ones() -> None:
    state, _ = core.apply_events(core.NetworkState(), _opened_and_closed(0, 10, 1.0))
    state, _ = core.apply_events(state, [core.CircEvent(id="open", status="BUILT", at=1.0)])
    after, change = core.expire(state, now=2.0, linger=5.0, cap=3)
    assert set(after.circuits) == {"open", "7", "8", "9"}
    assert change.circuits == frozenset(str(n) for n in range(7))


def test_a_feed_hopelessly_behind_drops_its_queue_and_asks_for_a_snapshot(qtbot) -> None:  # type: ignore[no-untyped-def]
    from onionpanel.ui.circuits.feed import MAX_QUEUED

    model = CircuitModel()
    feed = CircuitFeed(model, clock=lambda: 1000.0)
    with qtbot.waitSignal(feed.overflowed, timeout=1000):
        feed.on_events(_opened_and_closed(0, MAX_QUEUED // 2 + 1, 1000.0))
    assert not feed.busy


def test_ages_and_relays_refresh_while_removals_are_still_on_their_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    # expiry under load: the model holds the new state while some rows of the old one are
    # still shown, until the last piece of the change reaches it
    model = CircuitModel()
    state, change = core.apply_events(core.NetworkState(), _opened_and_closed(0, 4, 1.0))
    model.update(state, change)
    expired, removal = core.expire(state, now=10.0)
    model.update(expired, core.split_change(removal, 1)[0])
    model.refresh_ages()
    model.refresh_relays()


def test_streams_that_go_away_leave_nothing_waiting_for_their_circuit(qtbot) -> None:  # type: ignore[no-untyped-def]
    # every NEW stream names circuit 0 (tor: not attached yet); the model once kept each
    # such id in a set of streams waiting for circuit "0" for as long as tor ran
    model = CircuitModel()
    state = core.NetworkState()
    for n in range(300):
        events = [
            core.StreamEvent(
                id=str(n), status="NEW", target="example.com:443", at=1.0, circuit_id="0"
            ),
            core.StreamEvent(
                id=str(n), status="CLOSED", target="example.com:443", at=1.0, circuit_id="0"
            ),
        ]
        state, change = core.apply_events(state, events)
        model.update(state, change)
        state, change = core.expire(state, now=10.0)
        model.update(state, change)
    assert model._waiting == {}  # the bookkeeping itself is what leaked
