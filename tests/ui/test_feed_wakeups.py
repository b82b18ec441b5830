"""Issue 18: a hidden circuit feed wakes the loop once per publish, not twice. Real
CircuitFeed, CircuitModel and Qt timers; events are core values, as the tor layer hands
them over. Counted, never timed."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from onionpanel.core import circuits as core
from onionpanel.ui.circuits.feed import HIDDEN_PUBLISH, CircuitFeed
from onionpanel.ui.circuits.model import CircuitModel


def test_a_hidden_feeds_publish_timer_fires_only_when_a_publish_is_due(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's default (coarse) timers may fire up to 5 % early: a publish that was not due yet
    then re-armed the timer for the last few ms, one more wake-up per publish."""
    feed = CircuitFeed(CircuitModel(), visible=False)
    publishes, fired = [0], [0]
    feed.state_changed.connect(lambda: publishes.__setitem__(0, publishes[0] + 1))
    feed._publish_timer.timeout.connect(lambda: fired.__setitem__(0, fired[0] + 1))
    stream = 0
    ends = time.monotonic() + 12 * HIDDEN_PUBLISH
    while time.monotonic() < ends:  # a request every 200 ms, as bench/peers.py sends them
        stream += 1
        at = time.time()
        statuses = ("NEW", "SENTCONNECT", "SUCCEEDED", "CLOSED")
        feed.on_events(
            [core.StreamEvent(str(stream), status, "example.com:80", at) for status in statuses]
        )
        qtbot.wait(200)
    qtbot.wait(int(HIDDEN_PUBLISH * 1000) + 50)
    QCoreApplication.processEvents()
    assert publishes[0] >= 6
    assert fired[0] <= publishes[0], f"{fired[0]} timeouts for {publishes[0]} publishes"


def test_a_hidden_feed_publishes_a_small_batch_in_the_step_that_applies_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No timer and no second loop turn for it: the bridge already spaces the batches."""
    feed = CircuitFeed(CircuitModel(), visible=False)
    qtbot.wait(int(HIDDEN_PUBLISH * 1000) + 50)  # a quiet spell: a publish would be due
    at = time.time()
    feed.on_events([core.StreamEvent("7", "NEW", "example.com:80", at)])
    assert "7" in feed.state.streams  # published before the loop ran again
    fired = [0]
    feed._publish_timer.timeout.connect(lambda: fired.__setitem__(0, fired[0] + 1))
    feed.on_events([core.StreamEvent("7", "SUCCEEDED", "example.com:80", at)])
    assert feed.state.streams["7"].status == "SUCCEEDED"
    qtbot.wait(int(HIDDEN_PUBLISH * 1000) + 50)
    assert fired[0] == 0
