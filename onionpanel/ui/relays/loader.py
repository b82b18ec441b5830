"""Loads every relay with one request and keeps the set current, never holding the loop long.

  GetInfo                      async (key) -> str, e.g. the tor connection's get_info
  RelayLoader(get_info, locator, slice_budget_s=0.004, full=True)
  |- relays, positions         fingerprint -> Relay, fingerprint -> (lon, lat)
  |- countries                 fingerprint -> ISO alpha-2 country code, where known
  |- full                      False (the tray alone): relays and countries only, what circuit
                               rows name; no positions, no descriptor details, no land decoded
  |- want_everything()         from now on full; fills in positions and details for the relays
                               already loaded (in the background, on_change twice as for load)
  |- details_on_demand         tor has no server descriptors (a microdescriptor client): no
                               md/all; want_details(fingerprint) asks md/id/<fp> for one relay
  |- errors                    entries or replies that could not be used, as text
  |- load_problems             the same, for the last whole list only (empty list, relays
                               refused or listed twice)
  |- await load()              GETINFO ns/all, then desc/all-recent for families and
                               policies (else details on demand) -> RelayChange (on tor's GeoIP, the
                               locator first looks for tor's own files: GeoLocator.use_tor_files).
                               on_change runs twice: once every relay is placed (the map can
                               draw them) with the change, then with an empty RelayChange once
                               the details are attached (nothing was added, changed or removed)
  |- await apply_event(type, text)   NS / NEWCONSENSUS event body -> RelayChange
  |- on_events(batch)          handler for add_event_handler(NS_EVENTS, ..., ns_event_text)
  |- stop_following()          unsubscribes on_events (a no-op until someone subscribed it)
  |- on_change                 callbacks (loader) -> None, run after each load or event
  |- details_after             () -> awaitable | None: what load() waits for (at most
                               DRAWING_WAIT_S) before attaching details; the page: the map drawn
  ipv6_address(a_line) -> str  "[2001:db8::1]:9001" -> "2001:db8::1"

Parsing, geo lookups and placement run on the event loop in slices of ``slice_budget_s``,
yielding with ``asyncio.sleep(0)`` in between, so Qt keeps painting while 8,000 relays come in.
One core.slices.TimeSlices per load is shared by every step, so the end of one step and the
start of the next never add up to two slices in one turn of the loop.
A relay whose IPv4 address no source places is placed by its IPv6 address (the ``a`` line).
The cyclic garbage collector waits during a load and then freezes what exists (gc.freeze): its
full pass over 8k records would otherwise be the longest block of all.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator

from onionpanel.core.relay_details import (
    iter_server_descriptor_details,
    microdescriptor_details,
)
from onionpanel.core.relay_set import RelaySetUpdate
from onionpanel.core.relays import (
    NsParser,
    Relay,
    RelayChange,
    RelayDetails,
)
from onionpanel.core.slices import TimeSlices
from onionpanel.geo.locator import GeoLocator, GeoPoint, invented_point
from onionpanel.ui.common.runtime import keep_long_lived

GetInfo = Callable[[str], Awaitable[str]]
LonLat = tuple[float, float]
_DEFERRED_THRESHOLD = 10_000_000
DRAWING_WAIT_S = 1.0


def ipv6_address(a_line: str) -> str:
    """The address of an ``a`` line's value, e.g. "[2001:db8::1]:9001" -> "2001:db8::1"."""
    text = a_line.strip()
    if text.startswith("["):
        return text[1 : text.find("]")] if "]" in text else text[1:]
    return text


@contextlib.asynccontextmanager
async def _no_full_collections() -> AsyncIterator[None]:
    """Keep the cyclic GC, which would walk every new record (~14-20 ms with 8k relays), out
    of the load, then freeze the long-lived records so later collections skip them. The
    panel's own collector (ui.common.runtime) asks gc what is due: a high gen-0 threshold
    tells it nothing is until the load is done."""
    was_enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    gc.set_threshold(_DEFERRED_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if was_enabled:
            gc.freeze()
            gc.enable()
        else:
            keep_long_lived()  # freezes only when the panel's collector runs


class RelayLoader:
    def __init__(
        self,
        get_info: GetInfo,
        locator: GeoLocator,
        *,
        slice_budget_s: float = 0.004,
        invent_places: bool = False,
        full: bool = True,
    ) -> None:
        self._get_info = get_info
        self.full = full
        self._brief = False  # the relays were loaded while not full: no positions, no details
        self.locator = locator
        # the sandbox: relays no source can place get made-up, clearly labelled places
        self.invent_places = invent_places
        self.slice_budget_s = slice_budget_s
        self.relays: dict[str, Relay] = {}
        self.positions: dict[str, LonLat] = {}
        self.countries: dict[str, str] = {}  # fingerprint -> ISO alpha-2, where known
        self.errors: list[str] = []
        self.load_problems: list[str] = []  # what the last whole relay list had wrong
        self.on_change: list[Callable[[RelayLoader, RelayChange], None]] = []
        self._lock = asyncio.Lock()  # FIFO: events apply in the order tor sent them
        self._tasks: set[asyncio.Future[RelayChange]] = set()
        # a microdescriptor client: details one relay at a time (want_details), never md/all
        # (3 MB of text for 8k relays, ~8 MB of RSS after stem read it, for a panel that
        # shows one relay's family and policy at a time)
        self.details_on_demand = False
        self._wanted_details = ""  # the relay looked at before details_on_demand was known
        # set by whoever subscribes on_events (see relay_page.connect_relay_page)
        self.stop_following: Callable[[], None] = lambda: None
        # what to wait for before attaching details (the page: the map's picture is done)
        self.details_after: Callable[[], Awaitable[None] | None] = lambda: None

    async def load(self) -> RelayChange:
        async with self._lock, _no_full_collections():
            reply = asyncio.ensure_future(self._get_info("ns/all"))  # first in the queue
            # tor on this machine: its GeoIP files, no GETINFO per address. The few GETINFOs
            # that find them queue behind ns/all and are answered while it is parsed.
            files = asyncio.ensure_future(self.locator.use_tor_files(self._get_info))
            try:
                text = await reply
                slices = TimeSlices(self.slice_budget_s)
                self.relays, change = await self._parse(text, slices, replace_all=True)
                del text
                await files
            finally:
                files.cancel()  # no-ops once done; stop the search if ns/all failed
                reply.cancel()
            full = self.full
            await self._locate(self.relays.values(), slices, replace=True)
            self._brief = not full
            await slices.pause()  # what on_change does gets a turn of its own
            self._notify(change)  # every relay can be drawn now
            if not full:
                return change
            await self._details_after_drawing(slices)
        self._notify(RelayChange())  # the same relays, now with their descriptor details
        return change

    async def _details_after_drawing(self, slices: TimeSlices) -> None:
        await self._wait_for_drawing()
        await self._load_details(slices)
        await slices.pause()

    def want_everything(self) -> asyncio.Future[RelayChange] | None:
        """The map is shown: positions and descriptor details from now on, and for the
        relays loaded without them (the task doing it; None when there was nothing to do)."""
        if self.full:
            return None
        self.full = True
        task = asyncio.ensure_future(self._fill_in())
        self._tasks.add(task)
        task.add_done_callback(self._event_done)
        return task

    async def _fill_in(self) -> RelayChange:
        async with self._lock, _no_full_collections():
            if not self._brief:  # a load that saw full already did it all
                return RelayChange()
            slices = TimeSlices(self.slice_budget_s)
            await self._locate(self.relays.values(), slices, replace=True)
            self._brief = False
            await slices.pause()
            self._notify(RelayChange())  # the same relays, now with places
            await self._details_after_drawing(slices)
        self._notify(RelayChange())
        return RelayChange()

    async def _wait_for_drawing(self) -> None:
        """The map first, then the details: they would take turns on the loop and both
        finish late. Never waits longer than DRAWING_WAIT_S."""
        drawn = self.details_after()
        if drawn is None:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(drawn, DRAWING_WAIT_S)

    def on_events(self, batch: list[tuple[str, str]]) -> None:
        """Handler for ``connection.add_event_handler(NS_EVENTS, loader.on_events,
        ns_event_text)``: applies each (type, text) in order, on the loop, in slices."""
        for event_type, text in batch:
            task = asyncio.ensure_future(self.apply_event(event_type, text))
            self._tasks.add(task)
            task.add_done_callback(self._event_done)

    def _event_done(self, task: asyncio.Future[RelayChange]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            self.errors.append(f"event: {task.exception()}")

    async def apply_event(self, event_type: str, text: str) -> RelayChange:
        async with self._lock:
            replace = event_type.upper() == "NEWCONSENSUS"
            slices = TimeSlices(self.slice_budget_s)
            self.relays, change = await self._parse(text, slices, replace_all=replace)
            for fp in change.removed:
                self.positions.pop(fp, None)
                self.countries.pop(fp, None)
            moved = [self.relays[fp] for fp in change.added | change.changed]
            await self._locate(moved, slices, replace=False)
        self._notify(change)
        return change

    def _notify(self, change: RelayChange) -> None:
        for callback in list(self.on_change):
            callback(self, change)

    async def _parse(
        self, text: str, slices: TimeSlices, *, replace_all: bool
    ) -> tuple[dict[str, Relay], RelayChange]:
        parser = NsParser(text, keep_digests=False)  # details: md/id per relay
        update = RelaySetUpdate(self.relays, replace_all=replace_all)
        while not parser.done:
            update.add(parser.next_slice(slices.budget_s, check_every=16))
            await slices.pause()
        if replace_all:
            parser.finish()
            self.load_problems = list(parser.errors)
        self.errors.extend(parser.errors)
        return update.finish()

    async def _locate(self, relays: Iterable[Relay], slices: TimeSlices, *, replace: bool) -> None:
        wanted = list(relays)
        if replace:
            self.positions, self.countries = {}, {}
        if not self.full:
            await self._locate_countries(wanted, slices)
        elif self.locator.database_path is None:
            await self._locate_by_tor(wanted, slices)
        else:
            await self._locate_by_database(wanted, slices)

    async def _locate_countries(self, wanted: list[Relay], slices: TimeSlices) -> None:
        """Country codes only: what circuit rows show while the map is not."""
        found = await self.locator.countries_many((relay.ip for relay in wanted), slices)
        by_v6 = [relay for relay in wanted if not found.get(relay.ip) and relay.ipv6]
        found_v6: dict[str, str] = {}
        if by_v6:  # relays tor places only by their IPv6 address
            addresses = (ipv6_address(relay.ipv6) for relay in by_v6)
            found_v6 = await self.locator.countries_many(addresses, slices)
        for count, relay in enumerate(wanted):
            code = found.get(relay.ip, "")
            if not code and relay.ipv6:
                code = found_v6.get(ipv6_address(relay.ipv6), "")
            if code:
                self.countries[relay.fingerprint] = code
            else:
                self.countries.pop(relay.fingerprint, None)
            self.positions.pop(relay.fingerprint, None)
            if count % 64 == 63:
                await slices.tick()

    async def _locate_by_tor(self, wanted: list[Relay], slices: TimeSlices) -> None:
        found = await self.locator.locate_many((relay.ip for relay in wanted), slices)
        await self._place_all(wanted, found, slices)
        # relays tor places only by their IPv6 address (the r line's IPv4 is unknown)
        by_v6 = [r for r in wanted if r.fingerprint not in self.positions and r.ipv6]
        if by_v6:
            found = await self.locator.locate_many((ipv6_address(r.ipv6) for r in by_v6), slices)
            await self._place_all(by_v6, found, slices, by_v6_only=True)

    async def _locate_by_database(self, wanted: list[Relay], slices: TimeSlices) -> None:
        found: dict[str, GeoPoint | None] = {}
        for count, relay in enumerate(wanted):
            point = self.locator.locate(relay.ip)
            if point is None and relay.ipv6:  # placed only by its IPv6 address
                point = self.locator.locate(ipv6_address(relay.ipv6))
            found[relay.ip] = point
            if count % 32 == 31:
                await slices.tick()
        await self._place_all(wanted, found, slices)

    async def _place_all(
        self,
        relays: list[Relay],
        found: dict[str, GeoPoint | None],
        slices: TimeSlices,
        *,
        by_v6_only: bool = False,
    ) -> None:
        for count, relay in enumerate(relays):
            key = ipv6_address(relay.ipv6) if by_v6_only else relay.ip
            self._place(relay.fingerprint, found.get(key))
            if count % 64 == 63:
                await slices.tick()

    def _place(self, fingerprint: str, point: GeoPoint | None) -> None:
        if point is None and self.invent_places:
            point = invented_point(fingerprint, self.locator.world)
        if point is None:
            self.positions.pop(fingerprint, None)
            self.countries.pop(fingerprint, None)
            return
        self.positions[fingerprint] = (point.lon, point.lat)
        if point.country:
            self.countries[fingerprint] = point.country

    async def _load_details(self, slices: TimeSlices) -> None:
        """Family and exit policy (and uptime, platform, contact) from server descriptors when
        tor has them (UseMicrodescriptors 0); a normal client's microdescriptors are asked
        for one relay at a time (want_details)."""
        try:
            text = await self._get_info("desc/all-recent")
            items = iter_server_descriptor_details(text)
            if text.strip():
                self.details_on_demand = False
                await self._attach_details(items, slices)
                return
        except Exception as error:  # whatever the tor layer raises for "not available"
            self.errors.append(f"desc/all-recent: {error}")
        self.details_on_demand = True
        wanted, self._wanted_details = self._wanted_details, ""
        if wanted:  # looked at before the loader knew where details come from
            self.want_details(wanted)

    def want_details(self, fingerprint: str) -> None:
        """A relay is shown in detail: ask tor for its microdescriptor if it has no details
        yet (on_change with an empty RelayChange once they are in). A no-op off the loop."""
        relay = self.relays.get(fingerprint)
        if relay is None or relay.details is not None:
            return
        if not self.details_on_demand:  # not known yet, or server descriptors coming
            self._wanted_details = fingerprint
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        task = asyncio.ensure_future(self._details_of(fingerprint))
        self._tasks.add(task)
        task.add_done_callback(self._event_done)

    async def _details_of(self, fingerprint: str) -> RelayChange:
        text = await self._get_info(f"md/id/{fingerprint}")
        details = microdescriptor_details(text)
        async with self._lock:  # a copy: the relay dict is never changed in place
            relay = self.relays.get(fingerprint)
            if relay is None or relay.details is not None:
                return RelayChange()
            self.relays = {**self.relays, fingerprint: relay.with_details(details)}
        self._notify(RelayChange())
        return RelayChange()

    async def _attach_details(
        self, items: Iterator[tuple[str, RelayDetails]], slices: TimeSlices
    ) -> None:
        await slices.pause()  # the reply just arrived: its own turn for what follows
        relays = dict(self.relays)
        for count, (fp, detail) in enumerate(items):
            relay = relays.get(fp)
            if relay is not None:
                relays[fp] = relay.with_details(detail)
            if count % 8 == 7:
                await slices.tick()
        self.relays = relays
