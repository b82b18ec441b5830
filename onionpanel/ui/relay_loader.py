"""Loads every relay with one request and keeps the set current, never holding the loop long.

  GetInfo                      async (key) -> str, e.g. the tor connection's get_info
  RelayLoader(get_info, locator, slice_budget_s=0.006)
  |- relays, positions         fingerprint -> Relay, fingerprint -> (lon, lat)
  |- errors                    entries or replies that could not be used, as text
  |- await load()              GETINFO ns/all (+ desc/all-recent when tor has it) -> RelayChange
  |- await apply_event(type, text)   NS / NEWCONSENSUS event body -> RelayChange
  |- on_change                 callbacks (loader) -> None, run after each load or event

Parsing and geo lookups run on the event loop in slices of ``slice_budget_s``, yielding with
``asyncio.sleep(0)`` in between, so Qt keeps painting while 8,000 relays come in.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable

from onionpanel.core.relays import (
    NsParser,
    Relay,
    RelayChange,
    RelayDetails,
    apply_ns_entries,
    iter_server_descriptor_details,
    with_details,
)
from onionpanel.geo.locator import GeoLocator

GetInfo = Callable[[str], Awaitable[str]]
LonLat = tuple[float, float]


class RelayLoader:
    def __init__(
        self, get_info: GetInfo, locator: GeoLocator, *, slice_budget_s: float = 0.006
    ) -> None:
        self._get_info = get_info
        self.locator = locator
        self.slice_budget_s = slice_budget_s
        self.relays: dict[str, Relay] = {}
        self.positions: dict[str, LonLat] = {}
        self.errors: list[str] = []
        self.on_change: list[Callable[[RelayLoader, RelayChange], None]] = []
        self._lock = asyncio.Lock()

    async def load(self) -> RelayChange:
        async with self._lock:
            reply = await self._get_info("ns/all")
            entries = await self._parse(reply)
            self.relays, change = apply_ns_entries(self.relays, entries, replace_all=True)
            await self._locate(self.relays.values(), replace=True)
            await self._load_details()
        self._notify(change)
        return change

    async def apply_event(self, event_type: str, text: str) -> RelayChange:
        async with self._lock:
            entries = await self._parse(text)
            replace = event_type.upper() == "NEWCONSENSUS"
            self.relays, change = apply_ns_entries(self.relays, entries, replace_all=replace)
            for fp in change.removed:
                self.positions.pop(fp, None)
            moved = [self.relays[fp] for fp in change.added | change.changed]
            await self._locate(moved, replace=False)
        self._notify(change)
        return change

    def _notify(self, change: RelayChange) -> None:
        for callback in list(self.on_change):
            callback(self, change)

    async def _parse(self, text: str) -> list[Relay]:
        parser = NsParser(text)
        entries: list[Relay] = []
        while not parser.done:
            entries.extend(parser.next_slice(self.slice_budget_s))
            await asyncio.sleep(0)
        self.errors.extend(parser.errors)
        return entries

    async def _locate(self, relays: Iterable[Relay], *, replace: bool) -> None:
        wanted = list(relays)
        if replace:
            self.positions = {}
        if self.locator.database_path is None:
            found = await self.locator.locate_many(relay.ip for relay in wanted)
            for relay in wanted:
                point = found.get(relay.ip)
                if point is not None:
                    self.positions[relay.fingerprint] = (point.lon, point.lat)
            return
        deadline = time.perf_counter() + self.slice_budget_s
        for count, relay in enumerate(wanted):
            point = self.locator.locate(relay.ip)
            if point is not None:
                self.positions[relay.fingerprint] = (point.lon, point.lat)
            if count % 64 == 63 and time.perf_counter() >= deadline:
                await asyncio.sleep(0)
                deadline = time.perf_counter() + self.slice_budget_s

    async def _load_details(self) -> None:
        """Server descriptors add family, exit policy and uptime; a client without them is fine."""
        try:
            text = await self._get_info("desc/all-recent")
        except Exception as error:  # whatever the tor layer raises for "not available"
            self.errors.append(f"desc/all-recent: {error}")
            return
        details: dict[str, RelayDetails] = {}
        items = iter_server_descriptor_details(text)
        while True:
            deadline = time.perf_counter() + self.slice_budget_s
            for fp, detail in items:
                details[fp] = detail
                if len(details) % 32 == 0 and time.perf_counter() >= deadline:
                    break
            else:
                break
            await asyncio.sleep(0)
        if details:
            self.relays = with_details(self.relays, details)
