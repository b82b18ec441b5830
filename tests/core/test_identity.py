"""New Identity's outcome from real tor event lines: a new exit, the same exit, nothing yet."""

from __future__ import annotations

from stem.response import ControlMessage

from onionpanel.core.circuits import NetworkState, apply_events
from onionpanel.core.identity import (
    begin_identity,
    carried_traffic,
    circuits_through_exit,
    circuits_to_host,
    exits_in_use,
    identity_outcome,
)
from onionpanel.tor.translate import translate

A, B, C, D = ("A" * 40, "B" * 40, "C" * 40, "D" * 40)
T0 = 1_800_000_000.0


def feed(state: NetworkState, *lines: str) -> NetworkState:
    events = []
    for line in lines:
        event = translate(ControlMessage.from_str(f"650 {line}\r\n", "EVENT"))
        if event is not None:
            events.append(event)
    state, _ = apply_events(state, events)
    return state


def circuit(cid: str, exit_fp: str, created: str) -> str:
    return (
        f"CIRC {cid} BUILT ${A}~guard,${B}~middle,${exit_fp}~exit{exit_fp[0]} "
        f"PURPOSE=GENERAL TIME_CREATED={created}"
    )


def stream(sid: str, cid: str, status: str = "SUCCEEDED") -> str:
    return f"STREAM {sid} {status} {cid} example.com:443"


def before_newnym() -> NetworkState:
    return feed(NetworkState(), circuit("1", C, "2027-01-15T08:00:00.000000"), stream("10", "1"))


def test_exits_in_use_are_those_carrying_streams() -> None:
    state = feed(before_newnym(), circuit("2", D, "2027-01-15T08:00:01.000000"))
    assert exits_in_use(state) == {C}


def test_new_exit_reported_once_traffic_uses_a_new_circuit() -> None:
    state = before_newnym()
    request = begin_identity(state, requested_at=T0, delay=0.0)
    assert identity_outcome(request, state) is None
    state = feed(state, circuit("3", D, "2027-01-15T08:00:05.000000"))
    assert identity_outcome(request, state) is None, "a circuit with no traffic proves nothing"
    state = feed(state, stream("11", "3"))
    outcome = identity_outcome(request, state)
    assert outcome is not None
    assert (outcome.circuit_id, outcome.exit.fingerprint, outcome.reused) == ("3", D, False)
    assert outcome.exit.nickname == "exitD"


def test_same_exit_is_called_a_reuse_and_can_be_dropped() -> None:
    state = before_newnym()
    request = begin_identity(state, requested_at=T0, delay=0.0)
    state = feed(state, circuit("4", C, "2027-01-15T08:00:05.000000"), stream("12", "4"))
    outcome = identity_outcome(request, state)
    assert outcome is not None
    assert outcome.reused
    assert set(circuits_through_exit(state, C)) == {"1", "4"}


def test_old_circuits_never_count_as_the_new_identity() -> None:
    state = before_newnym()
    request = begin_identity(state, requested_at=T0, delay=0.0)
    state = feed(state, stream("13", "1"))
    assert identity_outcome(request, state) is None


def test_circuits_to_host_are_those_that_carried_it_even_if_the_stream_ended() -> None:
    state = feed(
        before_newnym(),
        circuit("5", D, "2027-01-15T08:00:05.000000"),
        "STREAM 14 SUCCEEDED 5 other.example:80",
        "STREAM 15 SUCCEEDED 5 example.com:443",
        "STREAM 15 CLOSED 5 example.com:443 REASON=DONE",
    )
    assert circuits_to_host(state, "nowhere.example") == ()
    # circuit 5's stream to example.com is done, but tor would reuse circuit 5 for the next one
    assert circuits_to_host(state, "EXAMPLE.com") == ("1", "5")


def test_tors_own_directory_streams_and_one_hop_circuits_are_not_traffic() -> None:
    state = before_newnym()
    request = begin_identity(state, requested_at=T0, delay=0.0)
    state = feed(
        state,
        f"CIRC 4 BUILT ${D}~auth PURPOSE=GENERAL BUILD_FLAGS=ONEHOP_TUNNEL,IS_INTERNAL "
        "TIME_CREATED=2027-01-15T08:00:05.000000",
        "STREAM 12 SUCCEEDED 4 127.0.0.1:7000 PURPOSE=DIR_FETCH",
    )
    assert identity_outcome(request, state) is None


def test_a_stream_still_trying_a_circuit_proves_nothing_a_clean_close_does() -> None:
    state = before_newnym()
    request = begin_identity(state, requested_at=T0, delay=0.0)
    state = feed(
        state, circuit("3", D, "2027-01-15T08:00:05.000000"), stream("11", "3", "SENTCONNECT")
    )
    assert identity_outcome(request, state) is None, "tor may still move it to another circuit"
    state = feed(state, "STREAM 11 CLOSED 3 example.com:443 REASON=DONE")
    outcome = identity_outcome(request, state)
    assert outcome is not None
    assert outcome.circuit_id == "3"


def test_exits_of_circuits_used_earlier_are_remembered() -> None:
    used = carried_traffic(before_newnym())
    state = feed(NetworkState(), circuit("1", C, "2027-01-15T08:00:00.000000"))  # streams gone
    assert exits_in_use(state) == frozenset()
    assert exits_in_use(state, used) == {C}
