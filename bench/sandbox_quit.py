"""How long Quit takes in ``onionpanel --sandbox``: from the tray's Quit to the panel's run()
returning with every tor, the routing helper and its bus stopped (issue 12: at most 3 s).

    QT_QPA_PLATFORM=offscreen python -m bench.sandbox_quit [--runs N] [--lockdown]

Each run starts the whole sandboxed panel (window, sandbox network, sandbox routing), waits
until it is connected, lets it idle a moment (with --lockdown: switches the sandbox's routing to
lockdown from the tray menu first), then quits; prints the times and the median.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time

from PySide6.QtWidgets import QApplication

from onionpanel.core.status import TorStatus
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray


def one_run(app: QApplication, lockdown: bool) -> dict[str, float]:
    import qasync

    panel = Panel(app, Tray(), parse_args(["--sandbox"]))
    figures: dict[str, float] = {}

    async def scenario() -> None:
        connected = asyncio.Event()

        def check(status: TorStatus) -> None:
            if status.bootstrap.done:
                connected.set()

        panel.session.status_changed.connect(check)
        started = time.monotonic()
        running = asyncio.ensure_future(panel.run())
        await asyncio.wait_for(connected.wait(), 120)
        figures["start_s"] = time.monotonic() - started
        await asyncio.sleep(2.0)  # pages load, the routing client attaches
        if lockdown:
            await _lockdown(panel)
        quit_at = time.monotonic()
        panel.tray.quit_requested.emit()
        await running
        figures["quit_s"] = time.monotonic() - quit_at

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(scenario())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    return figures


async def _lockdown(panel: Panel) -> None:
    from onionpanel.ui.routing.menu import RoutingMenu

    def applied() -> str:
        client = panel.routing.client
        return client.state.applied if client is not None and client.state is not None else ""

    deadline = time.monotonic() + 60
    while applied() != "tor":
        assert time.monotonic() < deadline, "the sandbox's helper did not come up"
        await asyncio.sleep(0.05)
    menu = panel.tray.routing_menu
    assert isinstance(menu, RoutingMenu)
    action = next(a for text, a in menu.actions_by_text().items() if text.startswith("Lockdown"))
    action.trigger()
    while applied() != "lockdown":
        assert time.monotonic() < deadline, "lockdown was not applied"
        await asyncio.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--lockdown", action="store_true", help="quit from lockdown")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    quits = []
    for run in range(args.runs):
        figures = one_run(app, args.lockdown)
        quits.append(figures["quit_s"])
        print(
            f"run {run + 1}: started {figures['start_s']:5.2f} s  quit {figures['quit_s']:5.2f} s"
        )
    print(f"median quit: {statistics.median(quits):.2f} s (target: at most 3 s)")


if __name__ == "__main__":
    main()
