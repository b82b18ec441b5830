"""Rate-limited desktop notifications: a flood of warnings is one notification, not a hundred.

Pure: time is passed in. The first warning goes out at once; everything within the next
``interval`` seconds is counted and goes out as one summary when ``due`` is called after the
interval (the caller arms one single-shot timer for ``next_due``, only while something waits).

  Notification          first: the entry to show; count: how many it stands for (1 = just it)
  NotificationThrottle  frozen state
  |- offer(entry, now)  -> (throttle, Notification | None)
  |- due(now)           -> (throttle, Notification | None)   the summary, once the interval passed
  |- next_due           -> float | None                       when to call due()
  wants_notification(entry) -> bool      WARN and ERR
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from onionpanel.core.log import LogEntry, Severity

DEFAULT_INTERVAL = 30.0


@dataclass(frozen=True)
class Notification:
    first: LogEntry  # the single entry, or for a summary the most severe (latest among equals)
    count: int = 1

    @property
    def is_summary(self) -> bool:
        return self.count > 1


def wants_notification(entry: LogEntry) -> bool:
    return entry.severity >= Severity.WARN


@dataclass(frozen=True)
class NotificationThrottle:
    interval: float = DEFAULT_INTERVAL
    last_sent: float | None = None
    pending: LogEntry | None = None  # the worst entry held back since last_sent
    pending_count: int = 0

    @property
    def next_due(self) -> float | None:
        if self.pending is None or self.last_sent is None:
            return None
        return self.last_sent + self.interval

    def offer(
        self, entry: LogEntry, now: float
    ) -> tuple[NotificationThrottle, Notification | None]:
        count = max(entry.count, 1)
        if self.last_sent is None or now >= self.last_sent + self.interval:
            if self.pending is None:
                return dataclasses.replace(self, last_sent=now), Notification(entry, count)
            # A summary was waiting and is overdue: this entry joins it.
            held = self._hold(entry, count)
            return held.due(now)
        return self._hold(entry, count), None

    def due(self, now: float) -> tuple[NotificationThrottle, Notification | None]:
        next_due = self.next_due
        if next_due is None or now < next_due or self.pending is None:
            return self, None
        summary = Notification(self.pending, self.pending_count)
        return NotificationThrottle(self.interval, last_sent=now), summary

    def _hold(self, entry: LogEntry, count: int) -> NotificationThrottle:
        worst = self.pending
        if worst is None or entry.severity >= worst.severity:
            worst = entry
        return dataclasses.replace(self, pending=worst, pending_count=self.pending_count + count)
