"""core.bandwidth: bw-event-cache parsing, interval aggregation, totals."""

from __future__ import annotations

import pytest

from onionpanel.core.bandwidth import (
    INTERVALS,
    BandwidthHistory,
    BandwidthSample,
    Rate,
    Totals,
    parse_bw_event_cache,
    samples_from_cache,
)


def test_parse_bw_event_cache() -> None:
    assert parse_bw_event_cache("0,0 1024,512 7,9\n") == [(0, 0), (1024, 512), (7, 9)]
    assert parse_bw_event_cache("") == []
    with pytest.raises(ValueError, match="'12'"):
        parse_bw_event_cache("1,2 12 3,4")
    with pytest.raises(ValueError, match="'a,1'"):
        parse_bw_event_cache("a,1")


def test_cache_samples_end_now_one_second_apart() -> None:
    samples = samples_from_cache([(1, 2), (3, 4), (5, 6)], now=100.0)
    assert samples == [
        BandwidthSample(98.0, 1, 2),
        BandwidthSample(99.0, 3, 4),
        BandwidthSample(100.0, 5, 6),
    ]


def test_intervals_average_their_seconds() -> None:
    history = BandwidthHistory(intervals=(1, 5), points=3)
    gained = [history.add(BandwidthSample(float(t), t * 10, t)) for t in range(1, 11)]
    assert gained[3] == {1}
    assert gained[4] == {1, 5}
    assert history.rates(1) == [Rate(8.0, 80.0, 8.0), Rate(9.0, 90.0, 9.0), Rate(10.0, 100.0, 10.0)]
    assert history.rates(5) == [Rate(5.0, 30.0, 3.0), Rate(10.0, 80.0, 8.0)]
    assert history.current == Rate(10.0, 100.0, 10.0)
    assert history.peak(5) == 80.0
    assert history.peak(1) == 100.0


def test_default_intervals_go_from_a_second_to_an_hour() -> None:
    assert INTERVALS == (1, 5, 30, 60, 600, 3600)
    history = BandwidthHistory()
    history.extend(BandwidthSample(float(t), 1, 2) for t in range(3600))
    assert len(history.rates(1)) == 600
    assert len(history.rates(60)) == 60
    assert history.rates(3600) == [Rate(3599.0, 1.0, 2.0)]
    assert history.peak(600) == 2.0


def test_totals_are_seeded_from_tor_then_grow_with_live_samples() -> None:
    history = BandwidthHistory()
    history.extend(samples_from_cache([(5, 5)] * 3, now=10.0), count_in_totals=False)
    history.seed_totals(1000, 2000)
    history.add(BandwidthSample(11.0, 10, 20))
    assert history.totals == Totals(1010, 2020)
    assert history.samples_seen == 4


def test_bad_intervals_are_refused() -> None:
    with pytest.raises(ValueError, match="intervals"):
        BandwidthHistory(intervals=(0,))
    with pytest.raises(ValueError, match="intervals"):
        BandwidthHistory(intervals=())
