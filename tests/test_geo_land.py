"""Country-only relays on land, tor's own GeoIP files, and relays placed by IPv6 (real tor)."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path

import pytest

from bench.synthetic_consensus import synthetic_ns_all
from onionpanel.geo.locator import GeoLocator, spread_point
from onionpanel.geo.places import REGION_CODES, land_share, load_places
from onionpanel.geo.torgeoip import TorGeoip, TorGeoipFile, find_tor_geoip
from onionpanel.geo.world import load_world
from onionpanel.launcher.process import TorProcess
from onionpanel.tor.connection import TorConnection
from onionpanel.ui.relays.loader import RelayLoader, ipv6_address

TOR_GEOIP = Path("/usr/share/tor/geoip")
TOR_GEOIP6 = Path("/usr/share/tor/geoip6")
needs_tor_files = pytest.mark.skipif(
    not (TOR_GEOIP.exists() and TOR_GEOIP6.exists()), reason="tor-geoipdb is not installed"
)
GetInfo = Callable[[str], Awaitable[str]]


def synthetic_ips(count: int = 8000) -> list[str]:
    return [line.split()[6] for line in synthetic_ns_all(count).splitlines() if line[:2] == "r "]


def tor_files() -> TorGeoip:
    return TorGeoip(TorGeoipFile(TOR_GEOIP), TorGeoipFile(TOR_GEOIP6))


def per_address(get_info: GetInfo) -> Callable[[Sequence[str]], Awaitable[Mapping[str, str]]]:
    async def lookup(ips: Sequence[str]) -> Mapping[str, str]:
        return {ip: (await get_info(f"ip-to-country/{ip}")).strip() for ip in ips}

    return lookup


# ---- placement on land (pure) ----------------------------------------------------------------


def test_every_code_with_land_gets_spots_on_the_map_outlines() -> None:
    places, rings = load_places(), load_world().rings
    for code in sorted(places.codes):
        spots = [places.spot(code, f"relay-{index}") for index in range(20)]
        assert all(spot is not None for spot in spots), code
        assert land_share([s for s in spots if s], rings) == 1.0, code
        assert len(set(spots)) == 20, code  # spread, not one blob
        assert places.spot(code, "relay-0") == spots[0]  # the same every time


def test_small_countries_are_drawn_and_regions_have_a_centre() -> None:
    rings, places = load_world().rings, load_places()
    for code in ("SG", "MT", "HK", "LI"):  # not in the 1:110m outlines: taken from 1:50m
        spot = places.spot(code, "x")
        assert spot is not None
        assert land_share([spot], rings) == 1.0
    for code in REGION_CODES:
        assert places.centroid(code) is not None, code
    eu = places.centroid("EU")
    assert eu is not None
    assert -10 < eu[0] < 30
    assert 40 < eu[1] < 60
    assert places.spot("??", "x") is None
    assert places.spot("A1", "x") is None


def test_us_relays_stay_in_the_lower_48_and_french_ones_in_europe() -> None:
    places = load_places()
    us = [places.spot("US", str(i)) for i in range(500)]
    assert all(s is not None and -125 < s[0] < -66 and 24 < s[1] < 50 for s in us)
    fr = [places.spot("FR", str(i)) for i in range(500)]
    assert all(s is not None and -5 < s[0] < 10 and 41 < s[1] < 52 for s in fr)
    reunion = places.spot("RE", "x")  # tor names the overseas parts on their own
    assert reunion is not None
    assert 55 < reunion[0] < 56


@needs_tor_files
def test_share_of_the_synthetic_consensus_on_land() -> None:
    geoip, world = tor_files(), load_world()
    locator = GeoLocator(tor_geoip=geoip, search=False)
    located = asyncio.run(locator.locate_many(synthetic_ips()))
    points = [(p.lon, p.lat) for p in located.values() if p is not None]
    share = land_share(points, world.rings)
    # the old placement, a disc around each country's centroid, for comparison
    discs = [
        spread_point(world.centroids[p.country], ip)
        for ip, p in located.items()
        if p is not None and p.country in world.centroids
    ]
    old_share = land_share(discs, world.rings)
    print(f"{len(points)} placed: {100 * share:.2f} % on land (centroid discs: "
          f"{100 * old_share:.2f} %)")  # fmt: skip
    assert len(points) > 0.7 * len(located)  # the rest: unallocated or private space
    assert share >= 0.99


# ---- tor's own files (real tor) --------------------------------------------------------------


@pytest.fixture
def tor_connection(tor_factory: Callable[..., TorProcess]) -> Callable[[], TorConnection]:
    tor = tor_factory()

    def connect() -> TorConnection:
        return TorConnection(tor.control_endpoint, defaults=())

    return connect


@needs_tor_files
@pytest.mark.tor
def test_tor_files_answer_like_tor(tor_connection: Callable[[], TorConnection]) -> None:
    ips = [*synthetic_ips(300), "2a01:4f8::1", "2001:4860:4860::8888", "2400:cb00::1"]

    async def scenario() -> tuple[TorGeoip | None, dict[str, str]]:
        connection = tor_connection()
        await connection.connect()
        try:
            found = await find_tor_geoip(connection.get_info)
            answers = {ip: (await connection.get_info(f"ip-to-country/{ip}")) for ip in ips}
            return found, answers
        finally:
            await connection.close()

    found, answers = asyncio.run(scenario())
    assert found is not None
    for ip, theirs in answers.items():
        assert found.country(ip) == ("" if theirs == "??" else theirs.upper()), ip


@needs_tor_files
@pytest.mark.tor
def test_a_file_that_disagrees_with_tor_is_not_used(
    tor_connection: Callable[[], TorConnection], tmp_path: Path
) -> None:
    other = tmp_path / "geoip"
    shutil.copy(TOR_GEOIP, other)
    text = other.read_text()
    other.write_text(text.replace(",US\n", ",CA\n"))  # another "version": 8.8.8.8 moved
    unreadable = tmp_path / "missing"

    async def scenario(config_text: str) -> TorGeoip | None:
        connection = tor_connection()
        await connection.connect()

        async def get_info(key: str) -> str:
            return config_text if key == "config-text" else await connection.get_info(key)

        try:
            return await find_tor_geoip(get_info)
        finally:
            await connection.close()

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # opening it would block until someone writes
    assert asyncio.run(scenario(f"GeoIPFile {fifo}\nGeoIPv6File {fifo}")) is None
    assert asyncio.run(scenario(f"GeoIPFile {other}\nGeoIPv6File {unreadable}")) is None
    assert asyncio.run(scenario(f"GeoIPFile {unreadable}\nGeoIPv6File {unreadable}")) is None
    assert asyncio.run(scenario("")) is not None  # tor's defaults: the files tor reads


# ---- relays tor places only by their IPv6 address --------------------------------------------

NS_ALL = (
    "r v6only AAAAAAAAAAAAAAAAAAAAAAAAAAA BBBBBBBBBBBBBBBBBBBBBBBBBBB 2026-11-22 03:00:00 "
    "10.1.2.3 9001 0\n"
    "a [2a01:4f8::1]:9001\ns Fast Running Valid\nw Bandwidth=100\n"
    "r nowhere CCCCCCCCCCCCCCCCCCCCCCCCCCC DDDDDDDDDDDDDDDDDDDDDDDDDDD 2026-11-22 03:00:00 "
    "10.1.2.4 9001 0\n"
    "s Fast Running Valid\nw Bandwidth=100\n"
)


@needs_tor_files
@pytest.mark.tor
@pytest.mark.parametrize("path", ["tor-files", "per-address"])
def test_a_relay_known_only_by_ipv6_is_placed(
    tor_connection: Callable[[], TorConnection], path: str
) -> None:
    async def scenario() -> RelayLoader:
        connection = tor_connection()
        await connection.connect()

        async def get_info(key: str) -> str:
            if key == "ns/all":
                return NS_ALL
            if key in ("desc/all-recent", "md/all"):
                return ""
            return await connection.get_info(key)

        locator = GeoLocator(
            tor_country=per_address(connection.get_info),
            search=False,
            read_tor_files=path == "tor-files",  # per-address: as if they could not be read
        )
        loader = RelayLoader(get_info, locator)
        try:
            await loader.load()
        finally:
            await connection.close()
        assert (locator.tor_geoip is not None) == (path == "tor-files")
        return loader

    loader = asyncio.run(scenario())
    by_name = {relay.nickname: relay.fingerprint for relay in loader.relays.values()}
    assert loader.countries[by_name["v6only"]] == "DE"
    assert land_share([loader.positions[by_name["v6only"]]], load_world().rings) == 1.0
    assert by_name["nowhere"] not in loader.positions


def test_ipv6_address_of_an_a_line() -> None:
    assert ipv6_address("[2001:db8::1]:9001") == "2001:db8::1"
    assert ipv6_address("2001:db8::1") == "2001:db8::1"


@needs_tor_files
def test_lookups_before_and_after_the_index_agree() -> None:
    ips = [*synthetic_ips(2000), "2a01:4f8::1", "2001:4860:4860::8888", "::1", "nonsense"]
    geoip = tor_files()
    before = {ip: geoip.country(ip) for ip in ips}
    for _ in geoip.index_steps():
        pass
    assert {ip: geoip.country(ip) for ip in ips} == before
    assert before["2a01:4f8::1"] == "DE"
    assert before["nonsense"] == before["::1"] == ""


def test_a_damaged_geoip_file_answers_nothing_instead_of_failing(tmp_path: Path) -> None:
    damaged = tmp_path / "geoip"
    damaged.write_text("# comment\n16777216,16777471,AU\nnot,a,line\n\n16777472,16778239,CN\n")
    table = TorGeoipFile(damaged)
    assert table.country("1.0.0.1") == "AU"
    assert table.country("1.0.3.1") == "CN"
    assert table.country("200.0.0.1") == ""
    for _ in table.index_steps():
        pass
    assert table.country("1.0.0.1") == "AU"
    comments_only = tmp_path / "empty"
    comments_only.write_text("# nothing here\n")
    assert TorGeoipFile(comments_only).country("1.0.0.1") == ""


def test_a_city_database_places_a_relay_by_its_ipv6_address(tmp_path: Path) -> None:
    from mmdb_writer import MMDBWriter
    from netaddr import IPSet

    writer = MMDBWriter(ip_version=6, database_type="GeoLite2-City", languages=["en"])
    writer.insert_network(
        IPSet(["2a01:4f8::/32"]),
        {
            "city": {"names": {"en": "Falkenstein"}},
            "country": {"iso_code": "DE"},
            "location": {"latitude": 50.48, "longitude": 12.37},
        },
    )
    database = tmp_path / "GeoLite2-City.mmdb"
    writer.to_db_file(str(database))

    async def get_info(key: str) -> str:
        return NS_ALL if key == "ns/all" else ""

    loader = RelayLoader(get_info, GeoLocator(database))
    asyncio.run(loader.load())
    by_name = {relay.nickname: relay.fingerprint for relay in loader.relays.values()}
    assert loader.positions[by_name["v6only"]] == pytest.approx((12.37, 50.48))
    assert loader.countries[by_name["v6only"]] == "DE"
    assert by_name["nowhere"] not in loader.positions


def _rss_file_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssFile:"):
            return int(line.split()[1])
    return 0


@needs_tor_files
def test_released_file_pages_leave_the_panels_rss() -> None:
    table = TorGeoipFile(TOR_GEOIP)
    before = _rss_file_kb()
    for _ in table.index_steps():  # touches every page of the mapped file
        pass
    touched = _rss_file_kb() - before
    table.release()
    assert touched > 4000  # the IPv4 file is ~9 MB
    assert _rss_file_kb() - before < 1000
    assert table.country("8.8.8.8") == "US"  # still answers: pages come back on demand


def test_a_failed_ns_all_stops_the_search_for_tor_files_and_a_retry_looks_again() -> None:
    asked: list[str] = []
    fail = [True]

    async def get_info(key: str) -> str:
        asked.append(key)
        if key == "ns/all":
            await asyncio.sleep(0)
            if fail[0]:
                raise ConnectionError("tor went away")
            return NS_ALL
        await asyncio.sleep(0.05)  # a slow answer: still pending when ns/all fails
        return ""

    locator = GeoLocator(tor_country=lambda ips: {ip: "??" for ip in ips}, search=False)
    loader = RelayLoader(get_info, locator)
    with pytest.raises(ConnectionError):
        asyncio.run(loader.load())
    fail[0] = False
    asked.clear()
    asyncio.run(loader.load())
    assert "config/defaults" in asked  # looked for tor's files again
    assert len(loader.relays) == 2
