"""A small City database in MaxMind format for tests, built with mmdb-writer.

TEST_CITIES                 127.0.0.x -> (city, country, lon, lat)
build_city_db(path, cities) -> path
"""

from __future__ import annotations

from pathlib import Path

from mmdb_writer import MMDBWriter
from netaddr import IPSet

# Loopback addresses in real cities, so sandbox relays (127.0.0.x) spread over the map offline.
TEST_CITIES: dict[str, tuple[str, str, float, float]] = {
    "127.0.0.1": ("Berlin", "DE", 13.40, 52.52),
    "127.0.0.2": ("Reykjavik", "IS", -21.94, 64.15),
    "127.0.0.3": ("Montreal", "CA", -73.57, 45.50),
    "127.0.0.4": ("Sao Paulo", "BR", -46.63, -23.55),
    "127.0.0.5": ("Singapore", "SG", 103.82, 1.35),
    "127.0.0.6": ("Sydney", "AU", 151.21, -33.87),
    "127.0.0.7": ("Nairobi", "KE", 36.82, -1.29),
    "127.0.0.8": ("Tokyo", "JP", 139.69, 35.69),
    "127.0.0.9": ("Amsterdam", "NL", 4.90, 52.37),
    "127.0.0.10": ("Seattle", "US", -122.33, 47.61),
}


def build_city_db(
    path: Path, cities: dict[str, tuple[str, str, float, float]] = TEST_CITIES
) -> Path:
    writer = MMDBWriter(ip_version=4, database_type="GeoLite2-City", languages=["en"])
    for ip, (city, country, lon, lat) in cities.items():
        writer.insert_network(
            IPSet([f"{ip}/32"]),
            {
                "city": {"names": {"en": city}},
                "country": {"iso_code": country},
                "location": {"latitude": lat, "longitude": lon},
            },
        )
    writer.to_db_file(str(path))
    return path
