"""Issue 18: the map's load never holds the loop long, and the map comes before the details.

What the steps are made of is tested here (real Qt offscreen, the project's synthetic
consensus); how long they take is measured by bench/relay_load.py, never asserted.
"""

from __future__ import annotations

import asyncio
import gzip
import itertools
import json
import random
from collections.abc import Mapping, Sequence

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from bench.synthetic_consensus import (
    synthetic_descriptors,
    synthetic_md_client,
    synthetic_ns_all,
)
from onionpanel.core.clusters import Clustering, cluster_points
from onionpanel.core.relay_details import microdescriptor_details, microdescriptor_digests
from onionpanel.core.relays import NsParser, RelayChange, block_starts
from onionpanel.core.slices import TimeSlices
from onionpanel.geo.locator import GeoLocator
from onionpanel.geo.places import REGION_CODES, Places
from onionpanel.geo.world import default_places_path, load_world
from onionpanel.ui.relays.loader import RelayLoader
from onionpanel.ui.relays.page import RelayPage


def _germany(ips: Sequence[str]) -> Mapping[str, str]:
    return dict.fromkeys(ips, "DE")


def _md_loader(count: int = 40) -> RelayLoader:
    ns_all, md_all = synthetic_md_client(count)

    async def get_info(key: str) -> str:
        if key == "ns/all":
            return ns_all
        if key == "md/all":
            return md_all
        raise LookupError(f"{key} is not available")  # what a microdescriptor client says

    locator = GeoLocator(tor_country=_germany, search=False, read_tor_files=False)
    return RelayLoader(get_info, locator)


def _desc_loader(count: int = 40) -> RelayLoader:
    """A client with UseMicrodescriptors 0 (as the sandbox's): server descriptors in one go."""
    replies = {"ns/all": synthetic_ns_all(count), "desc/all-recent": synthetic_descriptors(count)}

    async def get_info(key: str) -> str:
        return replies[key]

    locator = GeoLocator(tor_country=_germany, search=False, read_tor_files=False)
    return RelayLoader(get_info, locator)


def test_clustering_buckets_its_points_in_steps_not_in_the_constructor() -> None:
    rng = random.Random(5)
    points = {f"{n:05d}": (rng.uniform(0, 1200), rng.uniform(0, 600)) for n in range(8000)}
    clustering = Clustering(points, 22.0)
    assert not clustering.step(cells=1)
    assert clustering.clusters == []  # still bucketing: one step is a share of the points
    steps = 1
    while not clustering.step(cells=16):
        steps += 1
    assert steps > 8000 // (16 * 8)
    assert clustering.clusters == cluster_points(points, 22.0)  # the same answer


def test_a_region_s_land_is_decoded_a_member_country_per_step() -> None:
    data = json.loads(gzip.decompress(default_places_path().read_bytes()))
    places = Places(data["places"], data.get("outlines", ()))  # fresh: nothing decoded yet
    steps = list(places.prepare_steps("EU"))
    assert len(steps) >= len(REGION_CODES["EU"])
    assert list(places.prepare_steps("EU")) == []  # prepared once
    assert places.spot("EU", "198.51.100.7") is not None


def test_time_slices_pause_only_when_the_budget_is_spent() -> None:
    async def turns(budget: float) -> int:
        slices, paused = TimeSlices(budget), 0
        for _ in range(5):
            if slices.due():
                paused += 1
            await slices.tick()
        return paused

    assert asyncio.run(turns(3600.0)) == 0
    assert asyncio.run(turns(0.0)) == 5


def test_load_shows_every_relay_before_attaching_details() -> None:
    loader = _desc_loader()
    seen: list[tuple[RelayChange, int, int]] = []
    waited: list[int] = []

    def on_change(ld: RelayLoader, change: RelayChange) -> None:
        with_details = sum(1 for relay in ld.relays.values() if relay.details)
        seen.append((change, len(ld.positions), with_details))

    def details_after() -> None:
        waited.append(len(seen))

    loader.on_change.append(on_change)
    loader.details_after = details_after
    change = asyncio.run(loader.load())
    assert len(change.added) == 40
    assert [(c, placed) for c, placed, _ in seen] == [(change, 40), (RelayChange(), 40)]
    assert [details for *_, details in seen] == [0, 40]
    assert waited == [1]  # after the map could draw, before the details


def test_details_for_the_same_relays_redraw_neither_map_nor_list(qtbot: QtBot) -> None:
    loader = _desc_loader()
    page = RelayPage()
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.map.set_world(load_world())
    page.show()
    qtbot.waitExposed(page)
    page.bind(loader)
    resets: list[int] = []
    page.relay_list.model.modelReset.connect(lambda: resets.append(1))
    # the details wait for the map's picture, at most 1 s: asyncio.run is no Qt loop, so
    # nothing paints meanwhile and the cap lets them in
    asyncio.run(loader.load())
    qtbot.waitUntil(page.map.canvas.layer_complete)
    assert resets == [1]  # the relays came once; their details did not reset the list
    assert page.map.canvas.until_drawn() is None  # nothing left to draw
    rows = page.relay_list.model.rows()
    assert all(relay.details is not None for relay in rows)
    page.relay_list.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    order = [relay.fingerprint for relay in page.relay_list.model.rows()]
    fresh = {fp: relay.with_details(None) for fp, relay in loader.relays.items()}
    assert page.relay_list.refresh_details(fresh)
    assert [relay.fingerprint for relay in page.relay_list.model.rows()] == order
    assert all(relay.details is None for relay in page.relay_list.model.rows())
    del fresh[order[0]]
    assert not page.relay_list.refresh_details(fresh)  # not the same relays: a full fill


def test_a_hidden_map_does_not_hold_up_the_details(qtbot: QtBot) -> None:
    page = RelayPage()
    qtbot.addWidget(page)
    loader = _desc_loader()
    page.bind(loader)  # never shown: nothing paints, so nothing to wait for
    asyncio.run(asyncio.wait_for(loader.load(), 0.9))  # below the 1 s cap on the wait
    assert all(relay.details is not None for relay in loader.relays.values())


def test_a_microdescriptor_client_s_details_come_one_relay_at_a_time() -> None:
    """Issue 18: md/all (3 MB for 8k relays, ~8 MB of RSS once stem has read it) is never
    asked for; the relay someone looks at gets its family and policy from md/id/<fp>."""
    ns_all, md_all = synthetic_md_client(40)
    answers = md_id_answers(ns_all, md_all)
    assert len(answers) == 40
    asked: list[str] = []

    async def get_info(key: str) -> str:
        asked.append(key)
        if key == "ns/all":
            return ns_all
        if key in answers:
            return answers[key]
        raise LookupError(f"{key} is not available")

    locator = GeoLocator(tor_country=_germany, search=False, read_tor_files=False)
    loader = RelayLoader(get_info, locator)
    changes: list[RelayChange] = []
    loader.on_change.append(lambda _ld, change: changes.append(change))
    fingerprint = next(key[6:] for key in sorted(answers) if "\np " in answers[key])

    async def scenario() -> None:
        await loader.load()
        assert loader.details_on_demand
        assert not any(relay.details for relay in loader.relays.values())
        loader.want_details(fingerprint)
        for _ in range(100):
            if loader.relays[fingerprint].details is not None:
                break
            await asyncio.sleep(0.001)

    asyncio.run(scenario())
    assert "md/all" not in asked
    assert asked.count(f"md/id/{fingerprint}") == 1
    details = loader.relays[fingerprint].details
    assert details is not None
    assert details.exit_policy, "the p line"
    assert details == microdescriptor_details(answers[f"md/id/{fingerprint}"])
    assert sum(1 for relay in loader.relays.values() if relay.details) == 1
    assert changes[-1] == RelayChange()  # the page refreshes the list and the panel


def md_id_answers(ns_all: str, md_all: str) -> dict[str, str]:
    """md/all cut into what ``GETINFO md/id/<fingerprint>`` answers, by key."""
    parser = NsParser(ns_all)
    while not parser.done:
        parser.next_slice(3600.0)
    starts = [*block_starts(md_all, "onion-key"), len(md_all)]
    found = {}
    for start, end in itertools.pairwise(starts):
        block = md_all[start:end]
        _full, short = microdescriptor_digests(block)
        if short in parser.digests:
            found[f"md/id/{parser.digests[short]}"] = block
    return found


def test_a_relay_looked_at_before_the_loader_knows_about_details_gets_them() -> None:
    """The page can be shown, and a relay picked, while the load still waits for the map: the
    loader did not yet know that details come per relay, and dropped the wish."""
    ns_all, md_all = synthetic_md_client(20)
    answers = {"ns/all": ns_all, **md_id_answers(ns_all, md_all)}

    async def get_info(key: str) -> str:
        if key in answers:
            return answers[key]
        raise LookupError(f"{key} is not available")

    locator = GeoLocator(tor_country=_germany, search=False, read_tor_files=False)
    loader = RelayLoader(get_info, locator)
    fingerprint = sorted(answers)[3][6:]
    loader.details_after = lambda: loader.want_details(fingerprint)  # before details load

    async def scenario() -> None:
        await loader.load()
        for _ in range(100):
            if loader.relays[fingerprint].details is not None:
                return
            await asyncio.sleep(0.001)

    asyncio.run(scenario())
    assert loader.relays[fingerprint].details is not None
