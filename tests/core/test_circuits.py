"""Circuits and streams from raw control-port lines: real stem events (ControlMessage.from_str
builds them exactly as stem's reader thread does) -> tor.translate -> core.apply_events."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from stem.response import ControlMessage

from onionpanel.core import circuit_status as status_parse
from onionpanel.core import circuit_text
from onionpanel.core import circuits as core
from onionpanel.tor.translate import translate

A = "A" * 40
B = "B" * 40
C = "C" * 40
CREATED = "2026-11-22T06:00:00.500000"
CREATED_EPOCH = dt.datetime(2026, 11, 22, 6, 0, 0, 500000, tzinfo=dt.UTC).timestamp()
PATH = f"${A}~guard1,${B}~middle2,${C}~exit3"


def stem_event(line: str, arrived_at: float = 1000.0) -> object:
    return ControlMessage.from_str(line + "\r\n", "EVENT", arrived_at=arrived_at)


def events(*lines: str, at: float = 1000.0) -> list[core.Event]:
    out = []
    for line in lines:
        event = translate(stem_event(line, at))
        assert event is not None, line
        out.append(event)
    return out


def run(*lines: str, state: core.NetworkState | None = None, at: float = 1000.0):
    return core.apply_events(state or core.NetworkState(), events(*lines, at=at))


def test_a_circuit_is_launched_extended_and_built():
    state, change = run(
        f"650 CIRC 5 LAUNCHED BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED={CREATED}"
    )
    assert change.circuits_added == {"5"}
    state, change = run(
        f"650 CIRC 5 EXTENDED ${A}~guard1 BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL "
        f"TIME_CREATED={CREATED}",
        f"650 CIRC 5 BUILT {PATH} BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED={CREATED}",
        state=state,
    )
    assert change.circuits_updated == {"5"}
    assert not change.circuits_added
    circuit = state.circuits["5"]
    assert circuit.status == "BUILT"
    assert circuit.purpose == "GENERAL"
    assert circuit.build_flags == ("NEED_CAPACITY",)
    assert [h.nickname for h in circuit.hops] == ["guard1", "middle2", "exit3"]
    assert circuit.exit == core.Hop(C, "exit3")
    assert circuit.created == pytest.approx(CREATED_EPOCH)
    assert not circuit_text.is_internal(circuit)
    assert circuit_text.path_summary(circuit) == "guard1 → middle2 → exit3"
    assert circuit_text.path_text(circuit).splitlines()[2] == f"exit3 ${C}"


def test_tor_049_purposes_and_keywords_come_through():
    state, _ = run(
        f"650 CIRC 7 BUILT {PATH} BUILD_FLAGS=NEED_CAPACITY PURPOSE=CONFLUX_LINKED "
        f"TIME_CREATED={CREATED} CONFLUX_ID=0A1B2C CONFLUX_RTT=41",
        f"650 CIRC 8 BUILT {PATH} BUILD_FLAGS=IS_INTERNAL,NEED_CAPACITY,NEED_UPTIME "
        f"PURPOSE=HS_VANGUARDS TIME_CREATED={CREATED}",
        f"650 CIRC 9 EXTENDED ${A}~guard1 BUILD_FLAGS=NEED_CAPACITY PURPOSE=CONFLUX_UNLINKED "
        f"TIME_CREATED={CREATED}",
        f"650 CIRC 10 BUILT ${A}~guard1 BUILD_FLAGS=ONEHOP_TUNNEL,IS_INTERNAL,NEED_CAPACITY "
        f"PURPOSE=GENERAL TIME_CREATED={CREATED}",
        f"650 CIRC 11 BUILT {PATH} PURPOSE=SOME_PURPOSE_OF_TOR_0_5 TIME_CREATED={CREATED}",
    )
    linked, vanguards, unlinked, onehop, future = (
        state.circuits[i] for i in ["7", "8", "9", "10", "11"]
    )
    assert linked.purpose == "CONFLUX_LINKED"
    assert linked.conflux_id == "0A1B2C"
    assert not circuit_text.is_internal(linked)
    assert vanguards.purpose == "HS_VANGUARDS"
    assert circuit_text.is_internal(vanguards)
    assert circuit_text.is_internal(unlinked)
    assert circuit_text.is_internal(onehop)
    assert future.purpose == "SOME_PURPOSE_OF_TOR_0_5"
    assert not circuit_text.is_internal(future)


def test_closed_circuit_lingers_with_its_reason_then_expires():
    state, _ = run(f"650 CIRC 5 BUILT {PATH} PURPOSE=GENERAL TIME_CREATED={CREATED}", at=1000)
    state, change = run(
        f"650 CIRC 5 CLOSED {PATH} PURPOSE=GENERAL TIME_CREATED={CREATED} "
        "REASON=CHANNEL_CLOSED REMOTE_REASON=FINISHED",
        state=state,
        at=1010,
    )
    assert change.circuits_updated == {"5"}
    circuit = state.circuits["5"]
    assert (circuit.status, circuit.reason, circuit.remote_reason) == (
        "CLOSED",
        "CHANNEL_CLOSED",
        "FINISHED",
    )
    assert circuit.closed
    assert circuit.closed_at == 1010
    assert len(circuit.hops) == 3  # the path survives closing
    assert core.next_expiry(state) == 1015

    same, change = core.expire(state, now=1014.9)
    assert same is state
    assert not change
    state, change = core.expire(state, now=1015)
    assert change.circuits_removed == {"5"}
    assert "5" not in state.circuits


def test_failed_circuit_keeps_its_reason():
    state, _ = run(
        f"650 CIRC 6 LAUNCHED PURPOSE=GENERAL TIME_CREATED={CREATED}",
        f"650 CIRC 6 FAILED ${A}~guard1 PURPOSE=GENERAL TIME_CREATED={CREATED} REASON=TIMEOUT",
    )
    assert state.circuits["6"].status == "FAILED"
    assert state.circuits["6"].reason == "TIMEOUT"


def test_close_of_an_unknown_circuit_is_ignored():
    state, change = run(f"650 CIRC 99 CLOSED {PATH} PURPOSE=GENERAL REASON=FINISHED")
    assert not state.circuits
    assert not change


def test_stream_life_with_tor_049_source_fields():
    state, _ = run(f"650 CIRC 5 BUILT {PATH} PURPOSE=GENERAL TIME_CREATED={CREATED}")
    state, change = run(
        "650 STREAM 21 NEW 0 example.com:443 SOURCE_ADDR=127.0.0.1:51515 PURPOSE=USER "
        'SOCKS_USERNAME="Tor Browser \\"1\\"" SOCKS_PASSWORD="nonce" CLIENT_PROTOCOL=SOCKS5 '
        "NYM_EPOCH=3 SESSION_GROUP=-4 "
        "ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH",
        state=state,
    )
    assert change.streams_added == {"21"}
    stream = state.streams["21"]
    assert stream.circuit_id == ""
    assert stream.target_host == "example.com"
    assert stream.target_port == 443
    source = stream.source
    assert source.protocol == "SOCKS5"
    assert source.socks_username == 'Tor Browser "1"'
    assert (source.address, source.port) == ("127.0.0.1", 51515)
    assert (source.session_group, source.nym_epoch) == (-4, 3)
    assert "SESSION_GROUP" in source.iso_fields
    assert circuit_text.stream_group(stream) == 'user:Tor Browser "1"'

    state, change = run(
        "650 STREAM 21 SENTCONNECT 5 example.com:443 CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=3 "
        "SESSION_GROUP=-4 ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD",
        "650 STREAM 21 SUCCEEDED 5 93.184.216.34:443",
        "650 STREAM_BW 21 120 4000 2026-11-22T06:00:01.000000",
        "650 STREAM_BW 21 30 1000 2026-11-22T06:00:02.000000",
        "650 CIRC_BW ID=5 READ=5000 WRITTEN=700 TIME=2026-11-22T06:00:02.000000 "
        "DELIVERED_READ=4800 DELIVERED_WRITTEN=600 OVERHEAD_READ=10 OVERHEAD_WRITTEN=5",
        state=state,
    )
    assert change.streams_updated == {"21"}
    assert change.circuits_updated == {"5"}
    stream = state.streams["21"]
    assert stream.status == "SUCCEEDED"
    assert stream.circuit_id == "5"
    assert stream.source.socks_username == 'Tor Browser "1"'  # later events omit it
    assert (stream.source.address, stream.source.port) == ("127.0.0.1", 51515)
    assert (stream.bytes_written, stream.bytes_read) == (150, 5000)
    assert (state.circuits["5"].bytes_read, state.circuits["5"].bytes_written) == (5000, 700)
    assert [s.id for s in state.streams_on("5")] == ["21"]

    state, _ = run("650 STREAM 21 CLOSED 5 93.184.216.34:443 REASON=DONE", state=state, at=1003)
    stream = state.streams["21"]
    assert stream.closed
    assert stream.reason == "DONE"
    assert stream.circuit_id == "5"
    state, change = core.expire(state, now=1008)
    assert change.streams_removed == {"21"}


def test_transparent_proxy_stream_groups_by_protocol_and_listener():
    state, _ = run(
        "650 STREAM 30 NEW 0 10.200.0.1:8080 SOURCE_ADDR=10.200.0.2:40000 PURPOSE=USER "
        "CLIENT_PROTOCOL=TRANS NYM_EPOCH=0 SESSION_GROUP=-6 ISO_FIELDS=CLIENTADDR,SESSION_GROUP"
    )
    assert circuit_text.stream_group(state.streams["30"]) == "TRANS#-6"


def test_detached_stream_leaves_its_circuit():
    state, _ = run(
        "650 STREAM 40 SENTCONNECT 5 example.com:80",
        "650 STREAM 40 DETACHED 0 example.com:80 REASON=TIMEOUT",
    )
    assert state.streams["40"].circuit_id == ""
    assert not state.streams["40"].closed


def test_circ_minor_changes_purpose():
    state, _ = run(f"650 CIRC 12 BUILT {PATH} PURPOSE=GENERAL TIME_CREATED={CREATED}")
    state, change = run(
        f"650 CIRC_MINOR 12 PURPOSE_CHANGED {PATH} PURPOSE=HS_CLIENT_INTRO OLD_PURPOSE=GENERAL",
        state=state,
    )
    assert change.circuits_updated == {"12"}
    assert state.circuits["12"].purpose == "HS_CLIENT_INTRO"
    assert state.circuits["12"].status == "BUILT"


def test_added_and_closed_in_one_batch_is_reported_as_added_only():
    _state, change = run(
        f"650 CIRC 5 LAUNCHED PURPOSE=GENERAL TIME_CREATED={CREATED}",
        f"650 CIRC 5 FAILED PURPOSE=GENERAL TIME_CREATED={CREATED} REASON=TIMEOUT",
    )
    assert change.circuits_added == {"5"}
    assert not change.circuits_updated


def test_other_event_types_translate_to_nothing():
    assert translate(stem_event("650 BW 10 20")) is None


def test_getinfo_circuit_and_stream_status():
    circuit_status = (
        f"circuit-status=\n"
        f"3 BUILT {PATH} BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED={CREATED}\n"
        f"4 EXTENDED ${A}~guard1 BUILD_FLAGS=IS_INTERNAL,NEED_CAPACITY PURPOSE=HS_VANGUARDS "
        f'TIME_CREATED={CREATED} SOCKS_USERNAME="a b"\n'
        f"7 BUILT {PATH} PURPOSE=CONFLUX_LINKED CONFLUX_ID=AB CONFLUX_RTT=5\n"
        "garbage\n"
    )
    stream_status = "14 SUCCEEDED 3 example.com:443\n15 NEW 0 10.0.0.1:80\n"
    state = status_parse.snapshot(circuit_status, stream_status, at=500)
    assert sorted(state.circuits) == ["3", "4", "7"]
    assert state.circuits["4"].socks_username == "a b"
    assert state.circuits["4"].hops == (core.Hop(A, "guard1"),)
    assert state.circuits["7"].conflux_id == "AB"
    assert state.streams["14"].circuit_id == "3"
    assert state.streams["15"].circuit_id == ""
    assert status_parse.load_circuit_status("", at=0) == ()


def test_parse_path_tolerates_old_and_partial_forms():
    assert status_parse.parse_path(f"${A}=guard1,${B},nick") == (
        core.Hop(A, "guard1"),
        core.Hop(B, ""),
        core.Hop("NICK", ""),
    )


def test_core_state_is_immutable():
    state, _ = run(f"650 CIRC 5 BUILT {PATH} PURPOSE=GENERAL")
    with pytest.raises(TypeError):
        state.circuits["6"] = state.circuits["5"]  # type: ignore[index]


def test_exit_notation_tor_adds_for_loopback_targets_is_not_shown():
    # what tor 0.4.9 reports after attaching a stream to 127.0.0.1 through a chosen exit
    state, _ = run(
        f"650 STREAM 22 SUCCEEDED 4 127.0.0.1.{C}.exit:34171",
        "650 STREAM 23 SUCCEEDED 4 [::1]:80",
    )
    assert state.streams["22"].target_host == "127.0.0.1"
    assert state.streams["22"].display_target == "127.0.0.1:34171"
    assert state.streams["23"].display_target == "[::1]:80"


def test_split_change_adds_up_circuits_first_in_id_order():
    change = core.Change(
        circuits_added=frozenset({"10", "9"}),
        circuits_removed=frozenset({"2"}),
        streams_added=frozenset({"7"}),
        streams_updated=frozenset({"3", "11"}),
    )
    pieces = core.split_change(change, 2)
    assert all(len(p.circuits) + len(p.streams) <= 2 for p in pieces)
    order = [
        sorted(p.circuits, key=core.id_order) + sorted(p.streams, key=core.id_order) for p in pieces
    ]
    assert [i for ids in order for i in ids] == ["2", "9", "10", "3", "7", "11"]
    for field in dataclasses.fields(core.Change):
        union = frozenset().union(*(getattr(p, field.name) for p in pieces))
        assert union == getattr(change, field.name)
    assert core.split_change(core.NO_CHANGE, 4) == []


def test_a_stream_names_its_profile_from_onionpanel_run_or_its_session_group():
    state, _ = run(
        "650 STREAM 30 NEW 0 example.com:443 SOURCE_ADDR=127.0.0.1:4000 PURPOSE=USER "
        'SOCKS_USERNAME="curl" SOCKS_PASSWORD="onionpanel:mail" CLIENT_PROTOCOL=SOCKS5 '
        "SESSION_GROUP=41",
        "650 STREAM 31 NEW 0 example.com:443 SOURCE_ADDR=127.0.0.1:4001 PURPOSE=USER "
        'SOCKS_USERNAME="tb" SOCKS_PASSWORD="a secret" CLIENT_PROTOCOL=SOCKS5 SESSION_GROUP=-5',
        "650 STREAM 32 NEW 0 example.com:443 CLIENT_PROTOCOL=TRANS SESSION_GROUP=41",
        # a later event repeats neither the password nor the address
        "650 STREAM 30 SENTCONNECT 5 example.com:443 CLIENT_PROTOCOL=SOCKS5 SESSION_GROUP=41",
    )
    launched, other, transparent = (state.streams[i].source for i in ("30", "31", "32"))
    assert launched.launched_in == "mail"
    assert other.launched_in == ""  # any other password is dropped, never kept or shown
    assert "a secret" not in repr(state)
    groups = {41: "mail-by-port"}
    assert circuit_text.source_profile(launched, groups) == "mail"  # what onionpanel run said wins
    assert circuit_text.source_profile(transparent, groups) == "mail-by-port"
    assert circuit_text.source_profile(other, groups) == ""
    assert [circuit_text.listener_number(g) for g in (-4, -5, -3, -2, 0, 41)] == [
        1,
        2,
        None,
        None,
        None,
        None,
    ]
