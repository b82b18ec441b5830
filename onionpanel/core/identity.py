"""What New Identity really did: which exit the next traffic uses, or that tor reused one.

IdentityRequest       what was in use when the person asked, and when tor acts on it
IdentityOutcome       the first new circuit traffic used after it, and whether its exit is old
exits_in_use(state) -> frozenset[str]         exits of general circuits carrying streams
begin_identity(state, requested_at, delay) -> IdentityRequest
identity_outcome(request, state) -> IdentityOutcome | None   None until traffic moved
circuits_through_exit(state, fingerprint) -> tuple[str, ...]   open circuits ending there
circuits_to_host(state, host) -> tuple[str, ...]               open circuits carrying that host
"""

from __future__ import annotations

from dataclasses import dataclass

from onionpanel.core.circuits import Circuit, Hop, NetworkState, Stream

_ATTACHED = frozenset({"SENTCONNECT", "SENTRESOLVE", "SUCCEEDED", "REMAP"})


@dataclass(frozen=True)
class IdentityRequest:
    requested_at: float  # seconds since the epoch, when NEWNYM was sent
    effective_at: float  # when tor acts on it (tor delays an early second request)
    old_circuits: frozenset[str]
    old_exits: frozenset[str]


@dataclass(frozen=True)
class IdentityOutcome:
    circuit_id: str
    exit: Hop
    reused: bool  # the same exit as before: tor's new circuit ends where an old one did


def _carries_traffic(circuit: Circuit) -> bool:
    return circuit.purpose in ("GENERAL", "") and not circuit.closed and circuit.exit is not None


def _attached_streams(state: NetworkState) -> list[Stream]:
    return [s for s in state.streams.values() if s.circuit_id and s.status in _ATTACHED]


def exits_in_use(state: NetworkState) -> frozenset[str]:
    exits = set()
    for stream in _attached_streams(state):
        circuit = state.circuits.get(stream.circuit_id)
        if circuit is not None and _carries_traffic(circuit) and circuit.exit is not None:
            exits.add(circuit.exit.fingerprint)
    return frozenset(exits)


def begin_identity(state: NetworkState, requested_at: float, delay: float) -> IdentityRequest:
    return IdentityRequest(
        requested_at=requested_at,
        effective_at=requested_at + max(0.0, delay),
        old_circuits=frozenset(state.circuits),
        old_exits=exits_in_use(state),
    )


def _is_new(request: IdentityRequest, circuit: Circuit) -> bool:
    if circuit.id in request.old_circuits:
        return False
    # Built before tor acted on a delayed NEWNYM: tor marked it dirty along with the rest.
    return circuit.created is None or circuit.created >= request.effective_at - 1.0


def identity_outcome(request: IdentityRequest, state: NetworkState) -> IdentityOutcome | None:
    candidates: list[tuple[float, Circuit]] = []
    for stream in _attached_streams(state):
        circuit = state.circuits.get(stream.circuit_id)
        if circuit is None or not _carries_traffic(circuit) or not _is_new(request, circuit):
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
        if stream.circuit_id and not stream.closed and stream.target_host.lower() == wanted
    }
    return tuple(sorted(i for i in ids if i in state.circuits and not state.circuits[i].closed))
