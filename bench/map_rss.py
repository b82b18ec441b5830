"""The whole panel's memory with the 8k-relay map open (issue 18: target <= 110 MB).

    python -m bench.map_rss [--relays 8000] [--settle 8]

The fake control port of tests/fakeport.py runs in a process of its own and answers like a
microdescriptor client that knows --relays synthetic relays (bench/synthetic_consensus.py):
ns/all, md/all, and ip-to-country for every address (tor's files are not readable, so the
panel asks for them, a thousand per GETINFO). The real panel (offscreen, its own runtime
settings) attaches, the window opens on the Relays page, and once every relay is drawn and
--settle seconds have passed, VmRSS and VmHWM are printed, with the time to map ready.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtWidgets import QApplication, QListWidget

from onionpanel.ui.common.runtime import keep_long_lived, tune_for_gui
from onionpanel.ui.relays.page import RelayPage
from onionpanel.ui.shell.app import parse_args
from onionpanel.ui.shell.panel import Panel
from onionpanel.ui.shell.tray import Tray
from tests.fakeport import PortProcess


def status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def show_relays_page(app: QApplication) -> None:
    """Whatever builds the pages (eagerly or on demand), pick "Relays" in the navigation."""
    for widget in app.allWidgets():
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                if item is not None and item.text() == "Relays" and widget.currentRow() != row:
                    widget.setCurrentRow(row)


def relay_page(app: QApplication) -> RelayPage | None:
    pages = [w for w in app.allWidgets() if isinstance(w, RelayPage)]
    return pages[0] if pages else None


async def measure(app: QApplication, panel: Panel, relays: int, settle: float) -> None:
    before = status_mb("VmRSS")
    started = time.monotonic()
    running = asyncio.ensure_future(panel.run())
    ready = 0.0
    while time.monotonic() - started < 120:
        show_relays_page(app)
        page = relay_page(app)
        canvas = page.map.canvas if page is not None else None
        if canvas is not None and canvas.relay_count() >= relays and canvas.layer_complete():
            ready = time.monotonic() - started
            break
        await asyncio.sleep(0.01)
    if not ready:
        print("the map never showed every relay within 120 s")
    else:
        print(f"map ready {ready:.2f} s after start (connect, ns/all, geo, picture)")
    await asyncio.sleep(settle)
    page = relay_page(app)
    placed = page.map.canvas.placed_count() if page is not None else 0
    print(
        f"with the {relays}-relay map open ({placed} placed), {settle:g} s later: "
        f"VmRSS {status_mb('VmRSS'):.1f} MB (target <= 110), VmHWM {status_mb('VmHWM'):.1f} MB; "
        f"{before:.1f} MB with the window open before connecting"
    )
    panel.quit()
    await running


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relays", type=int, default=8000)
    parser.add_argument("--settle", type=float, default=8.0)
    args = parser.parse_args()
    app = QApplication([])
    collector = tune_for_gui(app)
    keep_long_lived()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with PortProcess("plain-tor", relays=args.relays) as port:
        panel = Panel(app, Tray(), parse_args(["--control", port.endpoint]))
        panel.open_window()
        loop.run_until_complete(measure(app, panel, args.relays, args.settle))
    collector.stop()
    asyncio.set_event_loop(None)
    loop.close()


if __name__ == "__main__":
    main()
