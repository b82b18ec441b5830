#!/usr/bin/env python3
"""Render the relays page with 8,000 synthetic relays and two circuits, for the README.

  python3 packaging/tools/relay_map_screenshot.py [OUT.png]

Relays are placed the way a panel without a MaxMind database places them: tor's country
(here drawn from a made-up but plausible mix) plus a spot on that country's land.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from bench.synthetic_consensus import synthetic_md_client
from onionpanel.geo.locator import GeoLocator
from onionpanel.ui.relays.loader import RelayLoader
from onionpanel.ui.relays.page import RelayPage, describe_geo_source

MIX = {"DE": 22, "US": 16, "NL": 8, "FR": 8, "SE": 4, "CH": 4, "FI": 3, "GB": 3, "CA": 3,
       "RU": 3, "PL": 2, "AT": 2, "RO": 2, "LU": 2, "SG": 2, "JP": 2, "BR": 1, "AU": 1,
       "UA": 1, "IS": 1, "NO": 1, "CZ": 1, "ES": 1, "IT": 1, "IN": 1, "ZA": 1, "HK": 1}  # fmt: skip
BUCKETS = [code for code, weight in MIX.items() for _ in range(weight)]


def country_of(ip: str) -> str:
    digest = hashlib.blake2b(ip.encode(), digest_size=4).digest()
    return BUCKETS[int.from_bytes(digest) % len(BUCKETS)]


def lookup(ips: Sequence[str]) -> Mapping[str, str]:
    return {ip: country_of(ip) for ip in ips}


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("packaging/screenshots/relay-map.png")
    app = QApplication.instance() or QApplication(argv[:1])
    ns_all, md_all = synthetic_md_client(8000)

    async def get_info(key: str) -> str:
        return {"ns/all": ns_all, "md/all": md_all}[key] if key != "desc/all-recent" else ""

    loader = RelayLoader(get_info, GeoLocator(tor_country=lookup, search=False))
    page = RelayPage()
    page.resize(1280, 1000)
    page.splitter.setSizes([640, 360])
    page.bind(loader)
    asyncio.run(loader.load())
    page.map.set_geo_source(describe_geo_source(loader.locator))
    by_country: dict[str, list[str]] = {}
    for fp in loader.relays:
        by_country.setdefault(loader.countries.get(fp, ""), []).append(fp)
    guard = next(fp for fp in by_country["SE"] if loader.relays[fp].role == "guard")
    middle = by_country["CA"][0]
    exit_ = next(fp for fp in by_country["DE"] if loader.relays[fp].role == "exit")
    other = [by_country["FR"][1], by_country["SG"][0], by_country["NL"][2]]
    page.set_circuits({"14": [guard, middle, exit_], "15": other})
    page.select_circuit("14")
    page.relay_list.select_relay(exit_)
    page.show()
    page.map.canvas.finish_layer()
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
