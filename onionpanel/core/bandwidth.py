"""Bytes tor read and wrote: per-second samples, averaged intervals, totals.

Pure logic, no I/O. tor sends one BW event a second; ``GETINFO bw-event-cache`` replays the
recent ones so the graph is never empty when it opens.

  BandwidthSample       one second: time, bytes read, bytes written
  Rate                  average bytes/s read and written over one interval
  INTERVALS             1 s, 5 s, 30 s, 1 min, 10 min, 1 h (seconds)
  BandwidthHistory      the newest ``points`` rates for every interval
  |- add(sample)        feed one second; completes an interval's point every N seconds
  |- rates(interval)    -> list[Rate], oldest first
  |- current            -> Rate of the newest second
  |- totals             -> Totals since tor started (when seeded with traffic/read, /written)
  |- seed_totals(read, written)
  parse_bw_event_cache(text) -> list[tuple[int, int]]   "R,W R,W ..." oldest first
  samples_from_cache(pairs, now) -> list[BandwidthSample]
  Totals                read, written bytes
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

INTERVALS: tuple[int, ...] = (1, 5, 30, 60, 600, 3600)
DEFAULT_POINTS = 600  # a 600-px-wide graph holds one point per pixel


@dataclass(frozen=True)
class BandwidthSample:
    time: float
    read: int  # bytes in the second that ended at ``time``
    written: int


@dataclass(frozen=True)
class Rate:
    time: float  # end of the interval
    read: float  # bytes per second, averaged over the interval
    written: float


@dataclass(frozen=True)
class Totals:
    read: int = 0
    written: int = 0

    def plus(self, sample: BandwidthSample) -> Totals:
        return Totals(self.read + sample.read, self.written + sample.written)


class _Interval:
    """Sums ``seconds`` samples, then appends their average to a bounded deque."""

    def __init__(self, seconds: int, points: int) -> None:
        self.seconds = seconds
        self.rates: deque[Rate] = deque(maxlen=points)
        self._read = 0
        self._written = 0
        self._count = 0

    def add(self, sample: BandwidthSample) -> bool:
        self._read += sample.read
        self._written += sample.written
        self._count += 1
        if self._count < self.seconds:
            return False
        self.rates.append(
            Rate(sample.time, self._read / self.seconds, self._written / self.seconds)
        )
        self._read = self._written = self._count = 0
        return True


class BandwidthHistory:
    """Mutable on purpose (one deque per interval), but has no I/O and no Qt."""

    def __init__(self, intervals: Sequence[int] = INTERVALS, points: int = DEFAULT_POINTS) -> None:
        if not intervals or any(seconds < 1 for seconds in intervals):
            raise ValueError(f"intervals must be whole seconds >= 1, not {list(intervals)}")
        self._intervals = {seconds: _Interval(seconds, points) for seconds in intervals}
        self.current = Rate(0.0, 0.0, 0.0)
        self.totals = Totals()
        self.samples_seen = 0

    @property
    def intervals(self) -> tuple[int, ...]:
        return tuple(self._intervals)

    def seed_totals(self, read: int, written: int) -> None:
        """tor's ``traffic/read`` and ``traffic/written``; later samples are added on top."""
        self.totals = Totals(read, written)

    def add(self, sample: BandwidthSample, *, count_in_totals: bool = True) -> set[int]:
        """Feed one second; returns the intervals that gained a point."""
        self.current = Rate(sample.time, float(sample.read), float(sample.written))
        self.samples_seen += 1
        if count_in_totals:
            self.totals = self.totals.plus(sample)
        return {seconds for seconds, interval in self._intervals.items() if interval.add(sample)}

    def extend(self, samples: Iterable[BandwidthSample], *, count_in_totals: bool = True) -> None:
        for sample in samples:
            self.add(sample, count_in_totals=count_in_totals)

    def rates(self, interval: int) -> list[Rate]:
        return list(self._intervals[interval].rates)

    def peak(self, interval: int) -> float:
        return max(
            (max(rate.read, rate.written) for rate in self._intervals[interval].rates), default=0.0
        )


def parse_bw_event_cache(text: str) -> list[tuple[int, int]]:
    """``GETINFO bw-event-cache``: space-separated ``READ,WRITTEN`` pairs, oldest first.

    Raises ValueError naming the bad pair, so a garbled reply is reported, not half-used.
    """
    pairs = []
    for word in text.split():
        read, comma, written = word.partition(",")
        if not comma or not read.isdigit() or not written.isdigit():
            raise ValueError(f"bw-event-cache: {word!r} is not READ,WRITTEN")
        pairs.append((int(read), int(written)))
    return pairs


def samples_from_cache(pairs: Sequence[tuple[int, int]], now: float) -> list[BandwidthSample]:
    """One sample a second, the last one ending ``now``."""
    count = len(pairs)
    return [
        BandwidthSample(now - (count - 1 - index), read, written)
        for index, (read, written) in enumerate(pairs)
    ]
