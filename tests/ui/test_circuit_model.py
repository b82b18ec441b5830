"""The circuit tree model over real stem events, checked by Qt's own model tester while it
is updated row by row (no resets), and compared with the core state after every batch."""

from __future__ import annotations

import pytest
from stem.response import ControlMessage

from PySide6.QtCore import QModelIndex, Qt

from bench.tor_lines import synthetic_lines
from onionpanel.core import circuit_status
from onionpanel.core import circuits as core
from onionpanel.tor.translate import translate
from onionpanel.ui.circuits.model import CircuitModel
from onionpanel.ui.circuits.proxy import CircuitFilterProxy, circuit_ids
from onionpanel.ui.circuits.roles import (
    CIRCUIT_ID_ROLE,
    COPY_TEXT_ROLE,
    FINGERPRINT_ROLE,
    KIND_ROLE,
    STREAM_ID_ROLE,
    Column,
    RelayBrief,
)

A, B, C = "A" * 40, "B" * 40, "C" * 40
PATH = f"${A}~guard1,${B}~middle2,${C}~exit3"
CREATED = "2026-11-22T06:00:00.000000"


def to_events(lines: list[tuple[str, float]]) -> list[core.Event]:
    out = []
    for line, at in lines:
        event = translate(ControlMessage.from_str(line + "\r\n", "EVENT", arrived_at=at))
        assert event is not None
        out.append(event)
    return out


def feed(model: CircuitModel, lines: list[str], at: float = 1000.0) -> core.Change:
    state, change = core.apply_events(model.state, to_events([(x, at) for x in lines]))
    model.update(state, change)
    return change


def assert_mirrors_state(model: CircuitModel) -> None:
    """Every circuit in the state is a row; its children are its hops, then its streams."""
    state = model.state
    shown = [model.index(r, 0).data(CIRCUIT_ID_ROLE) for r in range(model.rowCount())]
    assert sorted(shown) == sorted(state.circuits)
    for row, circuit_id in enumerate(shown):
        parent = model.index(row, 0)
        circuit = state.circuits[circuit_id]
        hops = [model.index(i, 0, parent).data(FINGERPRINT_ROLE) for i in range(len(circuit.hops))]
        assert hops == [h.fingerprint for h in circuit.hops]
        streams = {
            model.index(i, 0, parent).data(STREAM_ID_ROLE)
            for i in range(len(circuit.hops), model.rowCount(parent))
        }
        assert streams == {s.id for s in state.streams_on(circuit_id)}


@pytest.fixture
def model(qtmodeltester):
    model = CircuitModel(
        country_of=lambda fp: {"A": "de", "C": "is"}.get(fp[0], "??"),
        relay_info=lambda fp: RelayBrief("198.51.100.7", ("Exit", "Fast")) if fp == C else None,
        clock=lambda: 1_795_300_000.0 + 65,
    )
    qtmodeltester.check(model)  # stays attached: every later signal is checked too
    return model


def test_rows_follow_events_without_resets(model, qtbot):
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    feed(model, [f"650 CIRC 5 LAUNCHED PURPOSE=GENERAL TIME_CREATED={CREATED}"])
    assert model.rowCount() == 1
    circuit = model.index(0, 0)
    assert model.rowCount(circuit) == 0
    feed(model, [f"650 CIRC 5 EXTENDED ${A}~guard1 PURPOSE=GENERAL TIME_CREATED={CREATED}"])
    assert model.rowCount(circuit) == 1
    feed(model, [f"650 CIRC 5 BUILT {PATH} PURPOSE=GENERAL TIME_CREATED={CREATED}"])
    assert model.rowCount(circuit) == 3
    feed(
        model,
        [
            "650 STREAM 9 NEW 0 example.com:443 SOURCE_ADDR=127.0.0.1:5000 PURPOSE=USER "
            'SOCKS_USERNAME="browser" CLIENT_PROTOCOL=SOCKS5',
            "650 STREAM 9 SUCCEEDED 5 example.com:443",
            "650 STREAM_BW 9 100 2048 2026-11-22T06:00:01.000000",
        ],
    )
    assert model.rowCount(circuit) == 4
    stream = model.index(3, 0, circuit)
    assert stream.data(KIND_ROLE) == "stream"
    assert stream.data() == "example.com:443"
    assert model.index(3, Column.PURPOSE, circuit).data() == "app “browser”"
    assert "2 KiB" in model.index(3, Column.AGE, circuit).data()
    assert model.index(0, Column.STATUS).data() == "Ready"
    assert model.index(0, Column.PURPOSE).data() == "General"
    assert model.index(0, Column.DETAIL).data() == "guard1 → middle2 → exit3"
    assert model.index(0, Column.NAME).data(COPY_TEXT_ROLE).endswith(f"exit3 ${C}")
    exit_hop = model.index(2, 0, circuit)
    assert exit_hop.data() == "exit3"
    assert model.index(2, Column.STATUS, circuit).data() == "IS"
    assert model.index(1, Column.STATUS, circuit).data() == "\u2014"  # tor's "??"
    assert model.index(2, Column.PURPOSE, circuit).data() == "198.51.100.7"
    assert model.index(2, Column.AGE, circuit).data() == "Exit Fast"
    assert model.index(2, Column.DETAIL, circuit).data() == C
    assert circuit_ids([exit_hop, model.index(0, 0)]) == ["5"]
    assert not resets
    assert_mirrors_state(model)


def test_closed_circuit_shows_reason_then_goes(model):
    feed(model, [f"650 CIRC 5 BUILT {PATH} PURPOSE=GENERAL TIME_CREATED={CREATED}"])
    feed(
        model,
        [f"650 CIRC 5 CLOSED {PATH} PURPOSE=GENERAL TIME_CREATED={CREATED} REASON=CHANNEL_CLOSED"],
        at=2000,
    )
    assert model.index(0, Column.STATUS).data() == "Closed (the connection to a relay closed)"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    state, change = core.expire(model.state, now=2005)
    model.update(state, change)
    assert model.rowCount() == 0


def test_stream_moves_between_circuits(model):
    feed(
        model,
        [
            f"650 CIRC 5 BUILT {PATH} PURPOSE=GENERAL",
            f"650 CIRC 6 BUILT {PATH} PURPOSE=GENERAL",
            "650 STREAM 9 SENTCONNECT 5 example.com:80",
        ],
    )
    assert model.index_of_stream("9").parent().data(CIRCUIT_ID_ROLE) == "5"
    feed(model, ["650 STREAM 9 DETACHED 0 example.com:80 REASON=TIMEOUT"])
    assert not model.index_of_stream("9").isValid()
    feed(model, ["650 STREAM 9 SENTCONNECT 6 example.com:80"])
    assert model.index_of_stream("9").parent().data(CIRCUIT_ID_ROLE) == "6"
    assert_mirrors_state(model)


def test_stream_seen_before_its_circuit_appears_with_it(model):
    feed(model, ["650 STREAM 9 SUCCEEDED 5 example.com:80"])
    assert model.rowCount() == 0
    feed(model, [f"650 CIRC 5 BUILT {PATH} PURPOSE=GENERAL"])
    assert model.index_of_stream("9").isValid()
    assert_mirrors_state(model)


def run_batches(model: CircuitModel, events: list[core.Event], check_each: bool) -> None:
    state = model.state
    position, batch = 0, 1
    while position < len(events):
        chunk = events[position : position + batch]
        state, change = core.apply_events(state, chunk)
        model.update(state, change)
        state, change = core.expire(state, now=chunk[-1].at, linger=1.0)
        model.update(state, change)
        if check_each:
            assert_mirrors_state(model)
        position += batch
        batch = batch % 37 + 1


def test_updates_pass_the_model_tester_signal_by_signal(model):
    # Qt's tester walks the whole model on every signal, so this run is kept short
    run_batches(model, to_events(synthetic_lines(200, seed=3)), check_each=True)
    assert model.rowCount() > 3


def test_many_updates_stay_consistent(qtmodeltester):
    """3,000 tor-shaped events in batches of varied size, with expiry in between."""
    model = CircuitModel()
    run_batches(model, to_events(synthetic_lines(3000, seed=7)), check_each=True)
    assert model.rowCount() > 3
    qtmodeltester.check(model)


def rows_as_text(model: CircuitModel, parent: QModelIndex | None = None) -> list[object]:
    parent = parent or QModelIndex()
    rows: list[object] = []
    for row in range(model.rowCount(parent)):
        cells = [model.index(row, column, parent).data() for column in Column]
        rows.append((cells, rows_as_text(model, model.index(row, 0, parent))))
    return rows


def test_a_change_shown_in_pieces_ends_where_one_update_does(qtmodeltester):
    """CircuitFeed hands the model a folded Change a few ids at a time, every piece with the
    final state: the rows must end up exactly as after one update."""
    whole, in_pieces = CircuitModel(clock=lambda: 0.0), CircuitModel(clock=lambda: 0.0)
    qtmodeltester.check(in_pieces)
    state = core.NetworkState()
    events = to_events(synthetic_lines(1500, seed=5))
    for start in range(0, len(events), 300):
        before = state
        state, _ = core.apply_events(state, events[start : start + 300])
        touched_c = set(before.circuits) | set(state.circuits)
        touched_s = set(before.streams) | set(state.streams)
        change = core.diff(before, state, touched_c, touched_s)
        whole.update(state, change)
        for piece in core.split_change(change, 3):
            in_pieces.update(state, piece)
        assert rows_as_text(in_pieces) == rows_as_text(whole)
        assert_mirrors_state(in_pieces)


def test_reset_from_snapshot(model):
    state = circuit_status.snapshot(
        f"3 BUILT {PATH} PURPOSE=GENERAL\n4 BUILT ${A}~guard1 PURPOSE=HS_VANGUARDS\n",
        "14 SUCCEEDED 3 example.com:443\n",
        at=500,
    )
    model.reset(state)
    assert model.rowCount() == 2
    assert_mirrors_state(model)


def test_proxy_hides_internal_circuits_until_toggled(model, qtmodeltester):
    proxy = CircuitFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    feed(
        model,
        [
            f"650 CIRC 5 BUILT {PATH} PURPOSE=GENERAL",
            f"650 CIRC 6 BUILT {PATH} BUILD_FLAGS=IS_INTERNAL PURPOSE=HS_VANGUARDS",
            f"650 CIRC 7 BUILT ${A}~guard1 BUILD_FLAGS=ONEHOP_TUNNEL PURPOSE=GENERAL",
            f"650 CIRC 8 BUILT {PATH} PURPOSE=HS_CLIENT_REND",
        ],
    )

    def shown() -> list[str]:
        return sorted(proxy.index(r, 0).data(CIRCUIT_ID_ROLE) for r in range(proxy.rowCount()))

    assert shown() == ["5"]
    proxy.set_show_internal(True)
    assert shown() == ["5", "6", "7", "8"]
    proxy.set_show_internal(False)
    feed(model, ["650 STREAM 20 SUCCEEDED 8 abcdefghij234567.onion:443"])
    assert shown() == ["5", "8"]  # an onion site's rendezvous circuit carries the person's data

    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert shown() == ["5", "8"]
    assert [proxy.index(r, 0).data(CIRCUIT_ID_ROLE) for r in range(2)] == ["8", "5"]
    first = proxy.index(1, 0)  # circuit 5: hops keep path order even when sorted descending
    assert [proxy.index(i, 0, first).data() for i in range(3)] == ["guard1", "middle2", "exit3"]
    assert proxy.index(0, 0, QModelIndex()).isValid()


def test_headers_and_role_names(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert all(headers)
    names = {bytes(v.data()) for v in model.roleNames().values()}
    assert {b"kind", b"circuitId", b"streamId", b"fingerprint", b"copyText"} <= names


def test_streams_say_which_profile_they_came_from(model):
    feed(
        model,
        [
            f"650 CIRC 5 BUILT {PATH} PURPOSE=GENERAL",
            "650 STREAM 9 SUCCEEDED 5 example.com:80 SESSION_GROUP=41 CLIENT_PROTOCOL=TRANS",
            '650 STREAM 10 SUCCEEDED 5 example.com:80 SOCKS_USERNAME="curl" '
            'SOCKS_PASSWORD="onionpanel:fetch" CLIENT_PROTOCOL=SOCKS5',
        ],
    )
    source = lambda stream_id: model.index_of_stream(stream_id, Column.PURPOSE).data()  # noqa: E731
    assert source("9") == "transparent proxy"
    assert source("10") == "app “curl” in fetch"
    model.set_profile_groups({41: "mail"})  # from the system's routing config
    assert source("9") == "profile mail"
