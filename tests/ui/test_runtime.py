"""The GUI's interpreter settings: GC runs on the GUI thread only, and stops cleanly."""

from __future__ import annotations

import gc
import sys
import threading

from onionpanel.ui.common import runtime


def test_collector_takes_collection_onto_the_gui_thread_and_gives_it_back(qtbot):
    interval = sys.getswitchinterval()
    collected_on: list[str] = []

    def note_thread(_phase: str, _info: object) -> None:
        collected_on.append(threading.current_thread().name)

    kept: list[object] = []

    def allocate() -> None:  # what stem's thread does: no collection may start there
        kept.extend([i] for i in range(50_000))  # alive: Python counts allocations net of frees

    collector = runtime.tune_for_gui()
    gc.callbacks.append(note_thread)
    try:
        assert not gc.isenabled()
        assert sys.getswitchinterval() == runtime.GIL_SWITCH_INTERVAL
        worker = threading.Thread(target=allocate, name="stem-like")
        worker.start()
        worker.join()
        assert "stem-like" not in collected_on
        qtbot.waitUntil(lambda: sum(collector.collections) > 0, timeout=3000)
        assert set(collected_on) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note_thread)
        collector.stop()
        sys.setswitchinterval(interval)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_keep_long_lived_does_nothing_without_a_collector():
    runtime.keep_long_lived()
    assert gc.get_freeze_count() == 0
