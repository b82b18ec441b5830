"""Issue 18: a page that was never opened costs no per-event work. The circuits page is built
on first show; until then its model keeps no rows current (the feed keeps the state), and the
page opens with every circuit and stream of that state. Real widgets, events as tor's lines."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from onionpanel.ui.shell.main_window import MainWindow
from onionpanel.ui.shell.pages import LivePages
from tests.ui.test_one_selection import BUILT, feed_lines
from tests.ui.test_quiet_events import count_model_signals

STATUS, CIRCUITS = 0, 1
STREAMS = [
    "650 STREAM 21 NEW 0 example.com:443 SOURCE_ADDR=127.0.0.1:5000 PURPOSE=USER",
    "650 STREAM 21 SUCCEEDED 13 example.com:443",
    "650 STREAM_BW 21 2048 100 2026-11-22T06:00:05.000000",
]


def test_the_circuit_rows_wait_until_the_page_is_first_shown(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    pages = LivePages(window)
    pages.add_to(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.pages.currentIndex() == STATUS
    model_signals = count_model_signals(pages.circuit_model)

    feed_lines(pages.circuit_feed, BUILT + STREAMS)

    assert pages.built_pages() == []
    assert sum(model_signals.values()) == 0, model_signals
    assert set(pages.circuit_feed.state.circuits) == {"13", "14", "15", "16"}
    assert pages.circuit_model.shown_ids() == (set(), set())

    window.show_page(CIRCUITS)
    qtbot.waitUntil(
        lambda: pages.circuit_model.shown_ids() == ({"13", "14", "15", "16"}, {"21"}),
        timeout=5000,
    )
    assert pages.built_pages() == ["circuits"]
