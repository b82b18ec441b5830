"""GeoLocator against a real MaxMind-format file (built with mmdb-writer) and the tor fallback."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from onionpanel.geo.locator import (
    GeoDatabaseError,
    GeoLocator,
    GeoSource,
    find_database,
    spread_point,
)
from onionpanel.geo.world import load_world
from tests.geodb import TEST_CITIES, build_city_db


@pytest.fixture(scope="module")
def city_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_city_db(tmp_path_factory.mktemp("geo") / "GeoLite2-City.mmdb")


def test_city_database_places_each_address(city_db: Path) -> None:
    locator = GeoLocator(city_db)
    assert locator.source is GeoSource.MAXMIND_CITY
    assert locator.database_path == city_db
    for ip, (city, country, lon, lat) in TEST_CITIES.items():
        point = locator.locate(ip)
        assert point is not None
        assert (point.city, point.country, point.precise) == (city, country, True)
        assert point.lon == pytest.approx(lon)
        assert point.lat == pytest.approx(lat)
    assert locator.locate("127.0.0.200") is None
    assert locator.locate("not an ip") is None
    locator.close()


def test_found_in_standard_places(city_db: Path, tmp_path: Path) -> None:
    (tmp_path / "dbip-country-lite-2026-11.mmdb").write_bytes(b"")
    assert find_database([tmp_path]) == tmp_path / "dbip-country-lite-2026-11.mmdb"
    assert find_database([tmp_path, city_db.parent]) == city_db  # a city file wins
    assert find_database([tmp_path / "missing"]) is None


def test_a_broken_user_database_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "mine.mmdb"
    broken.write_bytes(b"not a database")
    with pytest.raises(GeoDatabaseError, match=r"mine\.mmdb"):
        GeoLocator(broken)


def test_tor_country_fallback_spreads_around_centroids() -> None:
    asked: list[Sequence[str]] = []

    async def ip_to_country(ips: Sequence[str]) -> Mapping[str, str]:
        asked.append(ips)
        return {ip: "de" if ip.startswith("5.") else "??" for ip in ips}

    locator = GeoLocator(tor_country=ip_to_country, search=False)
    assert locator.source is GeoSource.TOR_COUNTRY
    ips = ["5.1.1.1", "5.1.1.2", "9.9.9.9", "5.1.1.1"]
    points = asyncio.run(locator.locate_many(ips))
    again = asyncio.run(locator.locate_many(ips))
    assert asked == [["5.1.1.1", "5.1.1.2", "9.9.9.9"]]  # one batch, then the cache
    assert points == again
    first, second = points["5.1.1.1"], points["5.1.1.2"]
    assert first is not None
    assert second is not None
    assert (first.country, first.precise) == ("DE", False)
    assert (first.lon, first.lat) != (second.lon, second.lat)
    germany = load_world().centroids["DE"]
    assert abs(first.lat - germany.lat) <= germany.radius
    assert points["9.9.9.9"] is None


def test_sync_country_lookup_and_spread_is_deterministic() -> None:
    locator = GeoLocator(tor_country=lambda ips: {ip: "US" for ip in ips}, search=False)
    points = asyncio.run(locator.locate_many(["1.2.3.4"]))
    assert points["1.2.3.4"] is not None
    centroid = load_world().centroids["US"]
    assert spread_point(centroid, "1.2.3.4") == spread_point(centroid, "1.2.3.4")


def test_no_source() -> None:
    locator = GeoLocator(search=False)
    assert locator.source is GeoSource.NONE
    assert asyncio.run(locator.locate_many(["1.2.3.4"])) == {"1.2.3.4": None}


def test_world_resource() -> None:
    world = load_world()
    assert len(world.rings) > 250
    assert "Natural Earth" in world.source
    assert world.centroids["SG"].lon == pytest.approx(103.8, abs=0.5)


def test_sandbox_relays_get_invented_places_that_claim_no_country() -> None:
    from onionpanel.geo.locator import invented_point
    from onionpanel.geo.world import load_world

    world = load_world()
    first = invented_point("A" * 40, world)
    assert first is not None
    assert first == invented_point("A" * 40, world)  # the same place every time
    assert first.country == ""
    assert not first.precise
    others = {invented_point(key * 40, world) for key in "BCDEFGH"}
    assert len(others) > 3  # spread out, not one pile
    from onionpanel.geo.places import land_share

    spots = [invented_point(f"{index:040d}", world) for index in range(200)]
    assert land_share([(p.lon, p.lat) for p in spots if p], world.rings) == 1.0
