"""The whole window with every page filled, without tor: for language, palette and
accessibility checks that must see each page as a user does.

  filled_window(qtbot, city_db) -> (MainWindow, LivePages)
  PAGE_NAMES                            file-name slugs of the pages, in navigation order

Relays come from a synthetic consensus located by the test City database (tests.geodb),
circuits and streams from control-port event lines, the log from tests/data/tor-notice.log,
bandwidth from generated samples, the configuration from a hand-built NixOS report: the same
data the pages' own tests use, in one window.
"""

from __future__ import annotations

import asyncio
import math
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from onionpanel.core import circuits as core
from onionpanel.core.bandwidth import BandwidthSample, Totals
from onionpanel.core.log import Backfill, BackfillProblem, parse_log_file
from onionpanel.geo.locator import GeoLocator
from onionpanel.ui.relays.loader import RelayLoader
from onionpanel.ui.shell.main_window import MainWindow
from onionpanel.ui.shell.pages import LivePages
from tests.test_map_view import sandbox_like_ns_all
from tests.ui.conftest import CONNECTED, NOTICES
from tests.ui.test_circuit_model import CREATED, to_events
from tests.ui.test_config_page import NIXOS_REPORT

DATA = Path(__file__).resolve().parents[1] / "data"
PAGE_NAMES = ("status", "circuits", "relays", "log", "bandwidth", "config")


def _traffic(seconds: int, start: float) -> list[BandwidthSample]:
    samples = []
    for t in range(seconds):
        burst = max(0.0, math.sin(t / 6.5)) ** 4
        read = int(180_000 * burst + 300 * (t % 7))
        samples.append(BandwidthSample(start + t, read, int(read / 12 + 120)))
    return samples


def _loader(city_db: Path) -> RelayLoader:
    text = sandbox_like_ns_all()

    async def get_info(key: str) -> str:
        if key == "ns/all":
            return text
        # as a client without UseMicrodescriptors 0 answers (no tor needed for widgets)
        raise RuntimeError("not configured to retrieve server descriptors")

    loader = RelayLoader(get_info, GeoLocator(city_db))
    asyncio.run(loader.load())
    return loader


def _circuit_lines(path: list[str]) -> list[str]:
    hops = ",".join(f"${fp}~relay{n}" for n, fp in enumerate(path))
    return [
        f"650 CIRC 5 BUILT {hops} PURPOSE=GENERAL TIME_CREATED={CREATED}",
        "650 STREAM 9 NEW 0 example.com:443 SOURCE_ADDR=127.0.0.1:5000 PURPOSE=USER "
        'SOCKS_USERNAME="browser" CLIENT_PROTOCOL=SOCKS5',
        "650 STREAM 9 SUCCEEDED 5 example.com:443",
        "650 STREAM_BW 9 2048 100 2026-11-22T06:00:05.000000",
    ]


def filled_window(qtbot: QtBot, city_db: Path) -> tuple[MainWindow, LivePages]:
    window = MainWindow()
    qtbot.addWidget(window)
    pages = LivePages(window, sandbox=True)
    pages.add_to(window)
    window.resize(1100, 720)
    window.show_status(CONNECTED.with_(sandbox=True))
    for notice in NOTICES:
        window.status_page.add_notice(notice)

    loader = _loader(city_db)
    pages.relays.bind(loader)
    path = sorted(loader.relays)[:3]
    lines = [(line, 1000.0) for line in _circuit_lines(path)]
    state, change = core.apply_events(pages.circuit_model.state, to_events(lines))
    pages.circuit_model.update(state, change)
    pages.relays.set_circuits({"5": path})
    pages.relays.select_circuit("5")

    now = time.time()
    pages.log.add_entries(parse_log_file((DATA / "tor-notice.log").read_text(), now))
    pages.log.set_backfill(Backfill(problem=BackfillProblem.JOURNAL_UNREADABLE))
    pages.bandwidth.prefill(_traffic(600, now - 600), Totals(52_000_000, 4_300_000))
    pages.config.show_report(NIXOS_REPORT)  # ports, a bridge, an onion service, a relay
    window.show()
    qtbot.waitExposed(window)
    return window, pages
