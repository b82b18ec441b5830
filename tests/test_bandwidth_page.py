"""ui.bandwidth_page with real Qt widgets (offscreen), fed with real-shaped BW data."""

from __future__ import annotations

import math

import pytest
from pytestqt.qtbot import QtBot

from onionpanel.core.bandwidth import (
    BandwidthSample,
    Totals,
    parse_bw_event_cache,
    samples_from_cache,
)
from onionpanel.ui.bandwidth.page import BandwidthPage, format_bytes, format_rate
from tests.conftest import ARTIFACTS


def traffic(seconds: int, start: float = 1000.0) -> list[BandwidthSample]:
    """A page load every ~40 s: bursts of reads with small writes, quiet in between."""
    samples = []
    for t in range(seconds):
        burst = max(0.0, math.sin(t / 6.5)) ** 4
        read = int(180_000 * burst + 300 * (t % 7))
        written = int(read / 12 + 120)
        samples.append(BandwidthSample(start + t, read, written))
    return samples


@pytest.fixture
def page(qtbot: QtBot) -> BandwidthPage:
    widget = BandwidthPage()
    qtbot.addWidget(widget)
    widget.resize(760, 420)
    return widget


def test_units() -> None:
    assert format_bytes(0) == "0 B"
    assert format_bytes(1536) == "1.5 KiB"
    assert format_bytes(300 * 1024 * 1024) == "300 MiB"
    assert format_rate(2048) == "2 KiB/s"
    assert format_rate(2560) == "2.5 KiB/s"


def test_prefill_from_cache_text_then_live_samples_update_rates_and_totals(
    page: BandwidthPage,
) -> None:
    cache = " ".join(f"{s.read},{s.written}" for s in traffic(300))
    page.prefill(
        samples_from_cache(parse_bw_event_cache(cache), now=1300.0), Totals(5_000_000, 400_000)
    )
    assert len(page.history.rates(1)) == 300
    page.show()
    page.add_samples([BandwidthSample(1301.0, 2048, 512)])
    assert page.read_rate.text() == "2 KiB/s"
    assert page.written_rate.text() == "512 B/s"
    assert page.read_total.text() == format_bytes(5_000_000 + 2048)
    assert page.rates_text() == "↓ 2 KiB/s ↑ 512 B/s"


def test_rates_reach_the_tray_even_while_hidden_but_labels_wait(page: BandwidthPage) -> None:
    emitted: list[tuple[float, float]] = []
    page.rates_changed.connect(lambda read, written: emitted.append((read, written)))
    page.add_samples([BandwidthSample(1.0, 100, 50)])
    assert emitted == [(100.0, 50.0)]
    assert page.read_rate.text() == "0 B/s"  # hidden: not repainted
    page.show()
    assert page.read_rate.text() == "100 B/s"


def test_interval_selector_switches_the_graph(page: BandwidthPage) -> None:
    assert [page.interval_combo.itemData(i) for i in range(page.interval_combo.count())] == [
        1,
        5,
        30,
        60,
        600,
        3600,
    ]
    page.interval_combo.setCurrentIndex(3)
    assert page.graph.interval == 60


def test_screenshots(page: BandwidthPage, qtbot: QtBot) -> None:
    samples = traffic(900)
    page.prefill(samples[:600], Totals(48_000_000, 3_900_000))
    page.show()
    qtbot.waitExposed(page)
    page.add_samples(samples[600:])
    ARTIFACTS.mkdir(exist_ok=True)
    assert page.grab().save(str(ARTIFACTS / "bandwidth_page.png"))
    page.set_interval(3600)
    assert page.grab().save(str(ARTIFACTS / "bandwidth_page_hour_empty.png"))
