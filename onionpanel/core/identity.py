"""What New Identity really did: which exit the next traffic uses, or that tor reused one.

IdentityRequest       what was in use when the person asked, and when tor acts on it
IdentityOutcome       the first new circuit traffic used after it, and whether its exit is old
carried_traffic(state) -> frozenset[str]      circuits that applications' streams used
exits_in_use(state, used=()) -> frozenset[str]   exits of open circuits that carried traffic
begin_identity(state, requested_at, delay, used=()) -> IdentityRequest   call it when tor
                      acts (after its delay), so traffic in between counts as old
identity_outcome(request, state) -> IdentityOutcome | None   None until traffic moved
circuits_through_exit(state, fingerprint) -> tuple[str, ...]   open circuits ending there
circuits_to_host(state, host) -> tuple[str, ...]   open circuits that carried that host
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from onionpanel.core.circuit_text import is_internal
from onionpanel.core.circuits import Circuit, Hop, NetworkState, Stream

_CONNECTED = frozenset({"SUCCEEDED", "REMAP"})


@dataclass(frozen=True)
class IdentityRequest:
    requested_at: float  # seconds since the epoch, when NEWNYM was sent
    effective_at: float  # when tor acts on it (tor delays an early second request)
    # circuits that carried traffic when tor acted: NEWNYM retires exactly these ("dirty"
    # ones); clean circuits built earlier stay usable and are as fresh as any new one
    old_circuits: frozenset[str]
    old_exits: frozenset[str]


@dataclass(frozen=True)
class IdentityOutcome:
    circuit_id: str
    exit: Hop
    reused: bool  # the same exit as before: tor's new circuit ends where an old one did


def _carries_traffic(circuit: Circuit) -> bool:
    return (
        circuit.purpose in ("GENERAL", "")
        and not circuit.closed
        and circuit.exit is not None
        and not is_internal(circuit)
    )


def _from_application(stream: Stream) -> bool:
    # tor's own directory fetches show up as streams too (PURPOSE=DIR_FETCH)
    return bool(stream.circuit_id) and not stream.purpose.upper().startswith("DIR_")


def _reached_its_target(stream: Stream) -> bool:
    """Connected through its circuit, not just tried: tor may detach a stream that timed
    out on one circuit and retry it on another. Short streams are often closed by the
    time we look, so a clean close counts too."""
    if stream.status in _CONNECTED:
        return True
    return stream.closed and "DONE" in (stream.reason, stream.remote_reason)


def carried_traffic(state: NetworkState) -> frozenset[str]:
    return frozenset(s.circuit_id for s in state.streams.values() if _from_application(s))


def exits_in_use(state: NetworkState, used: Iterable[str] = ()) -> frozenset[str]:
    """Exits of the open circuits that applications used: those in ``state`` and the
    ``used`` ids remembered from earlier states (closed streams leave the state soon)."""
    exits = set()
    for circuit_id in carried_traffic(state) | frozenset(used):
        circuit = state.circuits.get(circuit_id)
        if circuit is not None and _carries_traffic(circuit) and circuit.exit is not None:
            exits.add(circuit.exit.fingerprint)
    return frozenset(exits)


def begin_identity(
    state: NetworkState, requested_at: float, delay: float, used: Iterable[str] = ()
) -> IdentityRequest:
    return IdentityRequest(
        requested_at=requested_at,
        effective_at=requested_at + max(0.0, delay),
        old_circuits=carried_traffic(state) | frozenset(used),
        old_exits=exits_in_use(state, used),
    )


def identity_outcome(request: IdentityRequest, state: NetworkState) -> IdentityOutcome | None:
    candidates: list[tuple[float, Circuit]] = []
    for stream in state.streams.values():
        if not _from_application(stream) or not _reached_its_target(stream):
            continue
        circuit = state.circuits.get(stream.circuit_id)
        if circuit is None or not _carries_traffic(circuit) or circuit.id in request.old_circuits:
            continue
        candidates.append((stream.opened_at or circuit.created or 0.0, circuit))
    if not candidates:
        return None
    _, circuit = min(candidates, key=lambda pair: pair[0])
    assert circuit.exit is not None
    return IdentityOutcome(
        circuit_id=circuit.id,
        exit=circuit.exit,
        reused=circuit.exit.fingerprint in request.old_exits,
    )


def circuits_through_exit(state: NetworkState, fingerprint: str) -> tuple[str, ...]:
    return tuple(
        circuit.id
        for circuit in state.circuits.values()
        if not circuit.closed
        and circuit.exit is not None
        and circuit.exit.fingerprint == fingerprint
    )


def circuits_to_host(state: NetworkState, host: str) -> tuple[str, ...]:
    wanted = host.strip("[]").lower()
    ids = {
        stream.circuit_id
        for stream in state.streams.values()
        # closed streams count too: tor reuses their circuit for the host's next connection
        if stream.circuit_id and stream.target_host.lower() == wanted
    }
    return tuple(sorted(i for i in ids if i in state.circuits and not state.circuits[i].closed))
