"""Shared test setup: Qt runs offscreen unless a test starts its own Xvfb."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def dispose_panel(panel: object) -> None:
    """Delete a test's Panel's Qt objects now, on the main thread. Left to Python's garbage
    collector they may be deleted during a later test, on whatever thread (stem's, qasync's
    executor) happens to run the collection, and Qt crashes."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    tray = getattr(panel, "tray", None)
    parts = [
        getattr(panel, "_window", None),
        getattr(panel, "_pages", None),
        getattr(panel, "_identity", None),
        getattr(panel, "routing", None),
        getattr(tray, "routing_menu", None),
        tray,
        getattr(panel, "session", None),
    ]
    for part in parts:
        if isinstance(part, QObject) and shiboken6.isValid(part):
            part.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _panels_are_disposed() -> Iterator[None]:
    """Every Panel a test makes is disposed of at its end (see dispose_panel), and what the
    test dropped is collected now, on the main thread: a closed qasync loop, for one, still
    holds Qt objects (its timer) in reference cycles, and Qt crashes when the collector frees
    them later from stem's or a test server's thread."""
    from onionpanel.ui.shell import app

    created: list[object] = []
    original = app.Panel.__init__

    def record(self: object, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        created.append(self)

    app.Panel.__init__ = record  # type: ignore[method-assign]
    try:
        yield
    finally:
        app.Panel.__init__ = original  # type: ignore[method-assign]
        for panel in created:
            dispose_panel(panel)
        created.clear()
        gc.collect()


def close_qasync_loop(loop: Any) -> None:
    """Let the loop run what closing transports scheduled (their socket notifiers go away
    then), and only then close it: a notifier left on a closed loop fires later, when its
    file descriptor number belongs to someone else, and Qt crashes. Tasks still pending are
    cancelled and given their turn first, as asyncio.run does."""
    import asyncio

    from onionpanel.ui.common.tasks import cancel_leftovers

    if not loop.is_closed():
        cancel_leftovers(loop, wait_at_most=5)
        loop.run_until_complete(asyncio.sleep(0.2))
        loop.close()
