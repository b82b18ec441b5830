"""A set of relays kept current: what a new consensus or an NS event changes in it.

RelaySetUpdate(relays, replace_all)  .add(entries) per slice, .finish() -> (dict, RelayChange)
apply_ns_entries(relays, entries, replace_all) -> (dict, RelayChange)
apply_ns_event(relays, event_text, event_type) -> (dict, RelayChange)
with_details(relays, details) -> dict with descriptor details attached
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from onionpanel.core.relays import Relay, RelayChange, RelayDetails, parse_ns


class RelaySetUpdate:
    """Builds the relay dict after a NEWCONSENSUS (``replace_all``) or an NS event, a batch of
    entries at a time, so a caller can interleave it with parsing slices.

    Descriptor details already known for a relay are kept.
    """

    def __init__(self, relays: Mapping[str, Relay], *, replace_all: bool) -> None:
        self._old = relays
        self._replace_all = replace_all
        self.relays: dict[str, Relay] = {} if replace_all else dict(relays)
        self._added: set[str] = set()
        self._changed: set[str] = set()

    def add(self, entries: Iterable[Relay]) -> None:
        old_relays, relays = self._old, self.relays
        for entry in entries:
            fp = entry.fingerprint
            old = old_relays.get(fp)
            if old is None:
                self._added.add(fp)
            else:
                if old.details is not None and entry.details is None:
                    entry = entry.with_details(old.details)
                if old != entry:
                    self._changed.add(fp)
            relays[fp] = entry

    def finish(self) -> tuple[dict[str, Relay], RelayChange]:
        removed = set(self._old) - set(self.relays) if self._replace_all else set()
        change = RelayChange(frozenset(self._added), frozenset(self._changed), frozenset(removed))
        return self.relays, change


def apply_ns_entries(
    relays: Mapping[str, Relay], entries: Iterable[Relay], *, replace_all: bool
) -> tuple[dict[str, Relay], RelayChange]:
    """New relay dict after a NEWCONSENSUS (``replace_all``) or an NS event (only these entries)."""
    update = RelaySetUpdate(relays, replace_all=replace_all)
    update.add(entries)
    return update.finish()


def apply_ns_event(
    relays: Mapping[str, Relay], event_text: str, event_type: str = "NS"
) -> tuple[dict[str, Relay], RelayChange]:
    """Apply the body of an ``NS`` or ``NEWCONSENSUS`` event (all at once; it is small for NS,
    and for NEWCONSENSUS use an NsParser in slices and apply_ns_entries)."""
    return apply_ns_entries(
        relays, parse_ns(event_text), replace_all=event_type.upper() == "NEWCONSENSUS"
    )


def with_details(
    relays: Mapping[str, Relay], details: Mapping[str, RelayDetails]
) -> dict[str, Relay]:
    """Relays with the descriptor details attached where a descriptor is known."""
    return {fp: r.with_details(details.get(fp, r.details)) for fp, r in relays.items()}
