"""Where a relay is: a local MaxMind-format database, else tor's GeoIP (its files or its answers).

  GeoPoint                  lon, lat, country, city, precise (False: a spot on the country's land)
  GeoSource                 MAXMIND_CITY / MAXMIND_COUNTRY / TOR_COUNTRY / NONE
  CountryLookup             batch callable ips -> {ip: "de"}; sync or async (tor's ip-to-country)
  GeoLocator(database=None, tor_country=None, search=True, world=None, tor_geoip=None,
             places=None, slice_budget_s=0.004, read_tor_files=True)
  |- source, database_path  which source is in use (say so in the UI)
  |- tor_geoip              TorGeoip | None: tor's own files, read here (see geo.torgeoip); when
                            set, tor is not asked at all
  |- locate(ip)             -> GeoPoint | None, cached; database or cache only (never awaits)
  |- locate_many(ips, slices=None)   -> {ip: GeoPoint | None}, async; tor's files in slices,
                            else one batch to tor for uncached IPs; yields to the loop every
                            slice (core.slices.TimeSlices: the caller's, shared with its steps)
  |- countries_many(ips, slices=None) -> {ip: "DE" or ""}, async: the country alone, no land
                            decoded and no spot (what circuit rows need before the map shows);
                            tor's answers are cached per IP as a code, the spot is recomputed
  |- place(code, seed)      -> GeoPoint | None, a spot on the country's land (geo.places)
  |- await use_tor_files(get_info)   once: when tor is the source, read tor's own GeoIP files
                            here if they answer like tor (geo.torgeoip.find_tor_geoip);
                            read_tor_files=False: always ask tor
  find_database(dirs)       -> Path | None, a City database preferred over a Country one
  spread_point(centroid, ip) -> (lon, lat), a deterministic spot inside the country's disc
  invented_point(key, world) -> GeoPoint   a made-up place, the same for one key: the sandbox
                            network's relays all sit on loopback, which no database places

geo never imports tor or stem: the tor layer passes ``tor_country`` in, e.g. a function that
sends one ``GETINFO ip-to-country/a ip-to-country/b ...``.
"""

from __future__ import annotations

import asyncio
import enum
import hashlib
import inspect
import ipaddress
import math
import sys
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onionpanel.core.slices import TimeSlices
from onionpanel.geo.places import Places, load_places
from onionpanel.geo.torgeoip import TorGeoip, find_tor_geoip
from onionpanel.geo.world import Centroid, World, load_world

STANDARD_DIRS = (Path("/usr/share/GeoIP"), Path("/var/lib/GeoIP"))
# Best first: a city database places relays, a country one only spreads them around a centroid.
DATABASE_NAMES = (
    "GeoLite2-City.mmdb",
    "GeoIP2-City.mmdb",
    "dbip-city-lite.mmdb",
    "dbip-city-lite-*.mmdb",
    "GeoLite2-Country.mmdb",
    "GeoIP2-Country.mmdb",
    "dbip-country-lite.mmdb",
    "dbip-country-lite-*.mmdb",
)
_CACHE_LIMIT = 100_000

CountryLookup = Callable[[Sequence[str]], Mapping[str, str] | Awaitable[Mapping[str, str]]]


class GeoSource(enum.Enum):
    MAXMIND_CITY = "maxmind-city"
    MAXMIND_COUNTRY = "maxmind-country"
    TOR_COUNTRY = "tor-country"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class GeoPoint:
    lon: float
    lat: float
    country: str = ""  # ISO alpha-2, upper case, "" when unknown
    city: str = ""
    precise: bool = True


class GeoDatabaseError(RuntimeError):
    """The geo database a user named cannot be opened."""


def find_database(dirs: Iterable[Path] = STANDARD_DIRS) -> Path | None:
    candidates = list(dirs)
    for name in DATABASE_NAMES:
        for directory in candidates:
            matches = sorted(directory.glob(name)) if directory.is_dir() else []
            if matches:
                return matches[-1]
    return None


def _unit_pair(ip: str) -> tuple[float, float]:
    digest = hashlib.blake2b(ip.encode(), digest_size=8).digest()
    return int.from_bytes(digest[:4]) / 2**32, int.from_bytes(digest[4:]) / 2**32


def spread_point(centroid: Centroid, ip: str, share: float = 0.7) -> tuple[float, float]:
    """A spot within ``share`` of the country's radius, the same every time for one IP."""
    u, v = _unit_pair(ip)
    distance = centroid.radius * share * math.sqrt(u)
    angle = 2 * math.pi * v
    lat = centroid.lat + distance * math.sin(angle)
    # a degree of longitude shrinks towards the poles
    lon = centroid.lon + distance * math.cos(angle) / max(0.2, math.cos(math.radians(lat)))
    return max(-180.0, min(180.0, lon)), max(-89.0, min(89.0, lat))


# Countries with many relays, so the sandbox map looks like the real one.
_INVENTED_COUNTRIES = ("DE", "US", "NL", "FR", "SE", "CH", "FI", "CA", "RO", "GB", "AT", "IS")


def invented_point(key: str, world: World) -> GeoPoint | None:
    codes = [code for code in _INVENTED_COUNTRIES if code in world.centroids]
    if not codes:
        return None
    u, _ = _unit_pair("country:" + key)
    code = codes[int(u * len(codes)) % len(codes)]
    spot = load_places().spot(code, key) or spread_point(world.centroids[code], key)
    return GeoPoint(*spot, precise=False)  # a place on land, but no country is claimed


def _is_public(ip: str) -> bool:
    try:
        return ipaddress.ip_address(ip).is_global
    except ValueError:
        return False


def _code(answer: str) -> str:
    """tor's answer for an address -> an upper-case ISO code, shared ("" when unplaced)."""
    code = answer.strip().upper()
    return "" if code == "??" else sys.intern(code)


class GeoLocator:
    """Locates IPs with the best source available; every answer is cached per IP."""

    def __init__(
        self,
        database: Path | None = None,
        tor_country: CountryLookup | None = None,
        *,
        search: bool = True,
        world: World | None = None,
        tor_geoip: TorGeoip | None = None,
        places: Places | None = None,
        slice_budget_s: float = 0.004,
        read_tor_files: bool = True,
    ) -> None:
        self._world = world
        self._places = places
        self._tor_country = tor_country
        self.tor_geoip = tor_geoip
        self._looked_for_files = tor_geoip is not None or not read_tor_files
        self.slice_budget_s = slice_budget_s
        self._cache: dict[str, GeoPoint | None] = {}  # a database's answers
        # tor's answers: a code per IP ("" unplaced), never a GeoPoint: the spot is cheap to
        # recompute and the loader keeps the positions it needs
        self._countries: dict[str, str] = {}
        self._reader: Any = None
        self.database_path: Path | None = None
        has_tor = tor_country is not None or tor_geoip is not None
        self.source = GeoSource.TOR_COUNTRY if has_tor else GeoSource.NONE
        path = database or (find_database() if search else None)
        if path is not None:
            self._open(path, must_work=database is not None)

    def _open(self, path: Path, *, must_work: bool) -> None:
        import maxminddb  # geoip2's reader; imported late so the tray starts without it

        try:
            self._reader = maxminddb.open_database(str(path))
        except (OSError, ValueError, maxminddb.InvalidDatabaseError) as error:
            if must_work:
                raise GeoDatabaseError(f"cannot open geo database {path}: {error}") from error
            return
        self.database_path = path
        kind = self._reader.metadata().database_type.lower()
        self.source = GeoSource.MAXMIND_COUNTRY if "country" in kind else GeoSource.MAXMIND_CITY

    @property
    def world(self) -> World:
        if self._world is None:
            self._world = load_world()
        return self._world

    @property
    def places(self) -> Places:
        if self._places is None:
            self._places = load_places()
        return self._places

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def cached(self, ip: str) -> GeoPoint | None:
        return self._cache.get(ip)

    def locate(self, ip: str) -> GeoPoint | None:
        if ip in self._cache:
            return self._cache[ip]
        if self._reader is None:
            return None  # tor lookups are async: see locate_many
        point = self._from_database(ip)
        self._remember(ip, point)
        return point

    async def locate_many(
        self, ips: Iterable[str], slices: TimeSlices | None = None
    ) -> dict[str, GeoPoint | None]:
        """``slices``: the caller's time budget, shared with what it does before and after."""
        slices = slices or TimeSlices(self.slice_budget_s)
        wanted = list(dict.fromkeys(ips))
        if self._reader is not None or not self._has_tor():
            return {ip: self.locate(ip) for ip in wanted}
        codes = await self.countries_many(wanted, slices)
        await slices.tick()
        await self._prepare_lands(set(codes.values()), slices)
        found: dict[str, GeoPoint | None] = {}
        for count, ip in enumerate(wanted):
            found[ip] = self._from_country(ip, codes.get(ip, ""))
            if count % 16 == 15:
                await slices.tick()
        return found

    async def countries_many(
        self, ips: Iterable[str], slices: TimeSlices | None = None
    ) -> dict[str, str]:
        slices = slices or TimeSlices(self.slice_budget_s)
        wanted = list(dict.fromkeys(ips))
        if self._reader is not None or not self._has_tor():
            points = {ip: self.locate(ip) for ip in wanted}
            return {ip: point.country if point else "" for ip, point in points.items()}
        known = self._countries
        missing = [ip for ip in wanted if ip not in known]
        await slices.tick()
        if missing:
            countries: Mapping[str, str]
            if self.tor_geoip is not None:
                countries = await self._read_tor_files(missing, slices)
            else:
                countries = await self._ask_tor(missing)
            if len(known) + len(missing) > _CACHE_LIMIT:
                known.clear()
            for count, ip in enumerate(missing):
                known[ip] = _code(countries.get(ip, ""))
                if count % 256 == 255:
                    await slices.tick()
        found: dict[str, str] = {}
        for count, ip in enumerate(wanted):
            found[ip] = known.get(ip, "")
            if count % 1024 == 1023:
                await slices.tick()
        return found

    def _has_tor(self) -> bool:
        return self._tor_country is not None or self.tor_geoip is not None

    async def _prepare_lands(self, codes: Iterable[str], slices: TimeSlices) -> None:
        """Decode each country's land (a region's a member at a time: the EU's 27 take ~9 ms)
        in slices rather than inside the placement loop."""
        places = self.places
        for code in sorted(code for code in codes if code):
            for _ in places.prepare_steps(code):
                await slices.tick()

    async def use_tor_files(self, get_info: Callable[[str], Awaitable[str]]) -> None:
        if self._looked_for_files or self._reader is not None or self._tor_country is None:
            return
        self._looked_for_files = True
        try:
            self.tor_geoip = await find_tor_geoip(get_info)
        except asyncio.CancelledError:
            self._looked_for_files = False  # stopped half-way: look again next time
            raise

    async def _read_tor_files(self, ips: Sequence[str], slices: TimeSlices) -> dict[str, str]:
        geoip = self.tor_geoip
        assert geoip is not None
        v6 = sum(":" in ip for ip in ips) > 64  # a few by IPv6: bisect the file, no index
        for _ in geoip.index_steps(v6=v6):  # once per file, then a no-op
            await slices.tick()
        countries: dict[str, str] = {}
        for count, ip in enumerate(ips):
            countries[ip] = geoip.country(ip)
            if count % 32 == 31:
                await slices.tick()
        geoip.release()  # the file pages leave RSS; the page cache keeps them warm
        return countries

    async def _ask_tor(self, ips: Sequence[str]) -> Mapping[str, str]:
        assert self._tor_country is not None
        answer = self._tor_country(ips)
        if inspect.isawaitable(answer):
            return await answer
        return answer

    def _remember(self, ip: str, point: GeoPoint | None) -> None:
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[ip] = point

    def place(self, code: str, seed: str, city: str = "") -> GeoPoint | None:
        """A spot on the land of ``code``, the same for one seed; the old disc around the
        country's centroid only where the land is unknown."""
        code = _code(code)
        if not code:
            return None
        spot = self.places.spot(code, seed)
        if spot is None:
            centroid = self.world.centroids.get(code)
            if centroid is None:
                return None
            spot = spread_point(centroid, seed)
        return GeoPoint(spot[0], spot[1], code, city, precise=False)

    def _from_country(self, ip: str, code: str, city: str = "") -> GeoPoint | None:
        # seeded by address: relays sharing an IP (tor allows two) sit on one spot, and the
        # cache stays per address
        return self.place(code, ip, city)

    def _from_database(self, ip: str) -> GeoPoint | None:
        try:
            record = self._reader.get(ip)
        except ValueError:
            return None
        if not isinstance(record, dict):
            return None
        country = (record.get("country") or record.get("registered_country") or {}).get(
            "iso_code", ""
        )
        city = ((record.get("city") or {}).get("names") or {}).get("en", "")
        location = record.get("location") or {}
        if "latitude" in location and "longitude" in location:
            return GeoPoint(
                float(location["longitude"]), float(location["latitude"]), country, city
            )
        return self._from_country(ip, country, city) if country else None


__all__ = [
    "CountryLookup",
    "GeoDatabaseError",
    "GeoLocator",
    "GeoPoint",
    "GeoSource",
    "find_database",
    "spread_point",
]
