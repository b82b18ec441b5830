"""core.throttle: the first warning at once, then one summary at most every interval."""

from __future__ import annotations

from onionpanel.core.log import LogEntry, Severity
from onionpanel.core.throttle import Notification, NotificationThrottle, wants_notification


def warn(message: str, severity: Severity = Severity.WARN) -> LogEntry:
    return LogEntry(0.0, severity, message)


def test_first_warning_goes_out_at_once() -> None:
    throttle, sent = NotificationThrottle().offer(warn("a"), now=100.0)
    assert sent == Notification(warn("a"), 1)
    assert throttle.next_due is None


def test_a_flood_is_held_and_summarised_once_per_interval() -> None:
    throttle = NotificationThrottle(interval=30.0)
    sent = []
    for second in range(100):
        throttle, notification = throttle.offer(warn(f"w{second}"), now=float(second) / 10)
        if notification:
            sent.append(notification)
    assert [n.count for n in sent] == [1]
    assert throttle.next_due == 30.0
    throttle, early = throttle.due(29.9)
    assert early is None
    throttle, summary = throttle.due(30.0)
    assert summary is not None
    assert summary.is_summary
    assert summary.count == 99
    assert throttle.next_due is None
    throttle, nothing = throttle.due(1000.0)
    assert nothing is None


def test_summary_shows_the_most_severe_entry() -> None:
    throttle, _ = NotificationThrottle().offer(warn("first"), 0.0)
    throttle, _ = throttle.offer(warn("bad", Severity.ERR), 1.0)
    throttle, _ = throttle.offer(warn("later"), 2.0)
    _, summary = throttle.due(31.0)
    assert summary == Notification(warn("bad", Severity.ERR), 2)


def test_an_overdue_summary_absorbs_the_next_warning() -> None:
    throttle, _ = NotificationThrottle().offer(warn("a"), 0.0)
    throttle, _ = throttle.offer(warn("b"), 1.0)
    throttle, sent = throttle.offer(warn("c"), 45.0)
    assert sent is not None
    assert sent.count == 2
    throttle, held = throttle.offer(warn("d"), 46.0)
    assert held is None
    assert throttle.next_due == 75.0


def test_collapsed_repeats_count_as_their_number() -> None:
    throttle, _ = NotificationThrottle().offer(warn("a"), 0.0)
    throttle, _ = throttle.offer(LogEntry(0.0, Severity.WARN, "b", count=5), 1.0)
    _, summary = throttle.due(30.0)
    assert summary is not None
    assert summary.count == 5


def test_only_warnings_and_errors_notify() -> None:
    assert wants_notification(warn("x"))
    assert wants_notification(warn("x", Severity.ERR))
    assert not wants_notification(warn("x", Severity.NOTICE))
