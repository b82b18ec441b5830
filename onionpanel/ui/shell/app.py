"""The panel application: tray first, then the asyncio loop, then tor.

  main(argv) -> int            onionpanel [--control HOST:PORT|unix:PATH | --sandbox | --launch-tor]
                               [--open-window] [--new-identity]; a second launch hands its
                               action to the panel already running (ui.shell.instance)
  parse_args(argv) -> Namespace   the options of onionpanel.commandline.panel_parser()
  app_icon() -> QIcon          the theme's org.onionpanel.OnionPanel, else the packaged SVG
  Panel                        (ui.shell.panel) session, tray and window wired together

Startup order is the point of this module: tor's control connection is opened and
authenticated first, on a thread of its own (ui.shell.early, before Qt is even imported);
then only Qt and the tray are imported before the tray is shown; qasync, the session (and
through it stem) come after, and the session adopts the early connection. The memory levers
of ui.shell.lean are pulled on the way: right after the early attach starts, and before stem.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from onionpanel.ui.shell.early import mark, timeline
from onionpanel.ui.shell.early import start as start_early
from onionpanel.ui.shell.panel import PROBE_ENV, Panel

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from onionpanel.tor.handshake import EarlyAttach
    from onionpanel.ui.shell.instance import PanelInstance

PROBE_IDLE_SECONDS = 2.0
# bench/startup.py --page: the probe waits for the relays, opens this page ("none": no page),
# then measures
PROBE_PAGE_ENV = "ONIONPANEL_STARTUP_PROBE_PAGE"
PROBE_PAGES = {"circuits": 1, "relays": 2}  # their rows in the window's navigation
PROBE_WAIT_SECONDS = 60.0


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    from onionpanel.commandline import panel_parser

    parser = panel_parser()
    options = parser.parse_args(list(argv))
    if options.subcommand:
        parser.error(f"the command comes first: onionpanel {options.subcommand} ...")
    options.endpoint = None
    if options.control:
        from onionpanel.ui.shell.early import parse_endpoint

        try:
            options.endpoint = parse_endpoint(options.control)
        except ValueError as error:
            parser.error(f"--control: {error}")
    return options


def _memory_kb() -> dict[str, int]:
    """VmRSS, RssAnon (private heap) and RssFile (library pages, mostly shared) from
    /proc/self/status, and PSS (shared pages divided among the processes mapping them)."""
    figures: dict[str, int] = {}
    with open("/proc/self/status") as status:
        for line in status:
            name, _, rest = line.partition(":")
            if name in ("VmRSS", "RssAnon", "RssFile"):
                figures[name] = int(rest.split()[0])
    with open("/proc/self/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                figures["Pss"] = int(line.split()[1])
    return figures


def _install_translator(app: QApplication) -> None:
    from onionpanel.ui.shell.language import install_translators

    install_translators(app)


def app_icon() -> QIcon:
    """The icon theme's, when the desktop has it installed; else the packaged SVG."""
    from PySide6.QtGui import QIcon

    from onionpanel.resources import resource_path
    from onionpanel.ui.shell.instance import APP_ID

    packaged = resource_path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")
    return QIcon.fromTheme(APP_ID, QIcon(str(packaged)))


def _hand_over(options: argparse.Namespace) -> tuple[PanelInstance | None, bool]:
    """(our claim on the session bus, whether a panel already running took our action)."""
    from onionpanel.ui.shell.instance import PanelInstance, action_of

    # A practice network, or a benchmark's probe, is a panel of its own, never the running one.
    if options.sandbox or os.environ.get(PROBE_ENV):
        return None, False
    instance = PanelInstance()
    if instance.claim():
        return instance, False
    if instance.forward(action_of(options)):
        return None, True
    print(
        "onionpanel: another panel owns the session bus name but does not answer; starting anyway",
        file=sys.stderr,
    )
    return None, False


async def _probe(
    panel: Panel, started: float, tray_shown: float, probe_path: str, early: EarlyAttach | None
) -> None:
    """For bench/startup.py: the first loop callback, then idle memory after imports."""
    import asyncio

    first_callback = time.monotonic()
    page = os.environ.get(PROBE_PAGE_ENV, "")
    if page:  # "none": only wait for the relays
        for _ in range(int(PROBE_WAIT_SECONDS * 10)):
            if _relays_in(panel):
                break
            await asyncio.sleep(0.1)
    if page in PROBE_PAGES:
        panel.open_window()
        panel.window.show_page(PROBE_PAGES[page])
    await asyncio.sleep(PROBE_IDLE_SECONDS)
    memory = _memory_kb()
    figures: dict[str, object] = {
        "tray_shown_s": tray_shown - started,
        "first_loop_callback_s": first_callback - started,
        # CLOCK_MONOTONIC is system-wide: the bench subtracts its own spawn time.
        "tray_shown_monotonic": tray_shown,
        "first_loop_callback_monotonic": first_callback,
        "tray_available": panel.no_tray_reason is None,
        "idle_rss_kb": memory.get("VmRSS", 0),
        "idle_anon_kb": memory.get("RssAnon", 0),
        "idle_file_kb": memory.get("RssFile", 0),
        "idle_pss_kb": memory.get("Pss", 0),
        "stem_imported": "stem" in sys.modules,
        "timeline": timeline(),
        "early_taken": early is not None and early.taken,
        "early_reason": early.reason if early is not None else "not started",
        "window_shown": panel.window_shown,
        "pages_built": panel.pages.built_pages() if panel._pages is not None else [],
        "relays": _relays_in(panel),
        "tooltip": panel.tray.toolTip(),
    }
    _write_json(probe_path, figures)
    panel.quit()


def _relays_in(panel: Panel) -> int:
    loader = panel.pages.loader if panel._pages is not None else None
    return len(loader.relays) if loader is not None else 0


def _write_json(path: str, figures: dict[str, object]) -> None:
    with open(path, "w") as out:
        json.dump(figures, out)


def main(argv: Sequence[str]) -> int:
    started = time.monotonic()
    mark("main")
    options = parse_args(argv)
    early = start_early(options)  # tor's control connection, while Qt loads
    from onionpanel.ui.shell import lean

    lean.keep_sources_out_of_linecache()  # before anything imports PySide6's users
    lean.fixed_mmap_threshold()  # before tor's first multi-megabyte reply
    from PySide6.QtWidgets import QApplication

    from onionpanel.ui.common.runtime import keep_long_lived, tune_for_gui
    from onionpanel.ui.common.tasks import cancel_leftovers
    from onionpanel.ui.shell.instance import APP_ID, action_of
    from onionpanel.ui.shell.tray import Tray, tray_unavailable_reason

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    mark("qt application")
    app.setApplicationName("OnionPanel")
    app.setDesktopFileName(APP_ID)  # packaging/desktop/org.onionpanel.OnionPanel.desktop
    instance, handed_over = _hand_over(options)
    if handed_over:
        if early is not None:
            early.abandon()
        return 0
    app.setWindowIcon(app_icon())
    _install_translator(app)
    tray = Tray()
    reason = tray_unavailable_reason()
    if reason is None:
        tray.show()
    tray_shown = time.monotonic()
    mark("tray shown" if reason is None else "tray unavailable")
    app.setQuitOnLastWindowClosed(False)

    lean.defer_unused_modules()  # before stem is imported; 8 ms, so after the tray is shown
    import asyncio

    import qasync

    panel = Panel(app, tray, options, early=early)
    panel.present(reason)
    if instance is not None:
        panel.follow_instance(instance)
    panel.perform(action_of(options))
    collector = tune_for_gui(app)
    keep_long_lived()  # Qt's and our modules' objects live as long as the app

    async def run() -> int:
        probe_path = os.environ.get(PROBE_ENV)
        if probe_path:
            panel._tasks.spawn(_probe(panel, started, tray_shown, probe_path, early))
        return await panel.run()

    loop = qasync.QEventLoop(app)
    loop.set_default_executor(lean.small_default_executor())
    asyncio.set_event_loop(loop)
    stop_on_signals = _quit_on_signals(panel)
    try:
        result: int = loop.run_until_complete(run())
    finally:
        stop_on_signals()
        cancel_leftovers(loop, wait_at_most=2)
        collector.stop()
        asyncio.set_event_loop(None)
        loop.close()
    return result


def _quit_on_signals(panel: Panel) -> Callable[[], None]:
    """SIGINT/SIGTERM quit like the menu does, so every tor we started is stopped.
    Python runs signal handlers only between bytecodes, so the wakeup fd wakes Qt's loop."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGINT, signal.SIGTERM)}
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def on_signal() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        panel.quit()

    notifier.activated.connect(on_signal)

    def restore() -> None:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        reader.close()
        writer.close()

    return restore
