"""The panel application: tray first, then the asyncio loop, then tor.

  main(argv) -> int            onionpanel [--control HOST:PORT|unix:PATH | --sandbox | --launch-tor]
  parse_args(argv) -> Namespace
  Panel(app, tray, options)    wires session, tray and window together
  |- present(no_tray_reason)   the tray, or the window saying why there is no tray
  |- window -> MainWindow      created on first use
  |- pages -> LivePages        circuits, relays, log, bandwidth; created on first use
  |- identity -> NewIdentity   the one New Identity, shared by tray, window and shortcut
  |- await run() -> int        until Quit; stops every tor we started
  |- await settle()            end what is still running on the loop (tasks, routing client)

Startup order is the point of this module: only Qt and the tray are imported before the
tray is shown; qasync, the session (and through it stem) come after.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtWidgets import QApplication

    from onionpanel.core.routing import DesktopApp, RoutingState
    from onionpanel.core.status import ControlEndpoint, Notice, TorStatus
    from onionpanel.ui.circuits.identity import NewIdentity
    from onionpanel.ui.routing.client import RoutingClient
    from onionpanel.ui.routing.menu import RoutingMenu
    from onionpanel.ui.shell.main_window import MainWindow
    from onionpanel.ui.shell.pages import LivePages
    from onionpanel.ui.shell.session import TorSession
    from onionpanel.ui.shell.tray import Tray

# Set by bench/startup.py: write startup figures to this file, then quit.
PROBE_ENV = "ONIONPANEL_STARTUP_PROBE"
PROBE_IDLE_SECONDS = 2.0


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="onionpanel", description="A control panel for the Tor on this computer."
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--control",
        metavar="HOST:PORT|unix:PATH",
        help="tor's control port (default: /run/tor/control, 127.0.0.1:9051, 127.0.0.1:9151)",
    )
    where.add_argument(
        "--sandbox",
        action="store_true",
        help="start a private practice Tor network in a temporary directory (not anonymous)",
    )
    where.add_argument(
        "--launch-tor", action="store_true", help="start a Tor of your own and attach to it"
    )
    options = parser.parse_args(list(argv))
    options.endpoint = None
    if options.control:
        from onionpanel.ui.shell.session import parse_endpoint

        try:
            options.endpoint = parse_endpoint(options.control)
        except ValueError as error:
            parser.error(f"--control: {error}")
    return options


def _rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Panel:
    def __init__(self, app: QApplication, tray: Tray, options: argparse.Namespace) -> None:
        from onionpanel.ui.common.tasks import Tasks
        from onionpanel.ui.shell.session import TorSession

        self.app = app
        self.tray = tray
        self.options = options
        self.no_tray_reason: str | None = None
        self._window: MainWindow | None = None
        self._pages: LivePages | None = None
        self._identity: NewIdentity | None = None
        self.routing_bus = "SYSTEM"  # tests point these at a private bus and another config
        self.routing_config: str | None = None  # None: onionpanel run's default, /etc/onionpanel
        self.routing: RoutingClient | None = None
        self._quit_requested = False
        self._offering_own_tor = False
        self._attached = False
        self._quit_event: asyncio.Event | None = None
        self._tasks = Tasks()
        self.session: TorSession = TorSession(
            password_prompt=self._ask_password, sandbox=options.sandbox
        )
        self.session.status_changed.connect(self._on_status)
        self.session.notice.connect(self._on_notice)
        self.session.progress.connect(self._on_progress)
        self.session.no_tor_found.connect(self._offer_own_tor)
        self.session.attached.connect(self._on_attached)
        self.session.detached.connect(self._on_detached)
        self.session.sandbox_routing.connect(self._use_sandbox_routing)
        self.session.sandbox_routing_failed.connect(self._show_routing_unavailable)
        tray.open_panel.connect(self.open_window)
        tray.quit_requested.connect(self.quit)
        tray.new_identity.connect(lambda: self.identity.trigger())

    @property
    def window(self) -> MainWindow:
        if self._window is None:
            from onionpanel.ui.shell.main_window import MainWindow

            self._window = MainWindow()
            self._window.close_requested.connect(self._on_window_closed)
            self._add_live_parts(self._window)
            self._window.show_status(self.session.status)
            if self.no_tray_reason:
                self._window.explain_no_tray(self.no_tray_reason)
        return self._window

    def _add_live_parts(self, window: MainWindow) -> None:
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtGui import QAction, QKeySequence

        from onionpanel.ui.circuits.identity import NEWNYM_SHORTCUT, IdentityBar

        window.add_strip(IdentityBar(self.identity, window))
        self.pages.add_to(window)
        shortcut = QAction(QCoreApplication.translate("MainWindow", "New Identity"), window)
        shortcut.setShortcut(QKeySequence(NEWNYM_SHORTCUT))
        shortcut.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.triggered.connect(self.identity.trigger)
        window.addAction(shortcut)

    @property
    def pages(self) -> LivePages:
        if self._pages is None:
            from onionpanel.ui.shell.pages import LivePages

            self._pages = LivePages(sandbox=self.options.sandbox)
            self._pages.notification.connect(
                lambda title, body, _severity: self._notify(title, body)
            )
            self._pages.rates_changed.connect(self.tray.set_rates)
            self._pages.error.connect(self._show_error)
        return self._pages

    @property
    def identity(self) -> NewIdentity:
        if self._identity is None:
            from onionpanel.ui.circuits.identity import NewIdentity

            pages = self.pages
            self._identity = NewIdentity(pages.circuit_model, pages.country_of)
            self._identity.available_changed.connect(self.tray.set_new_identity_available)
            self._identity.notification.connect(self._notify)
            self._identity.set_connection(self.session.connection if self._attached else None)
            pages.circuits.new_circuit_for_host_requested.connect(
                self._identity.trigger_new_circuit_for_host
            )
        return self._identity

    async def settle(self) -> None:
        if self.routing is not None:
            await self.routing.close()
        await self._tasks.cancel_all(wait_at_most=2)

    async def check_routing_ports(self, connection: Any) -> list[str]:
        """The routing config's ports against tor's GETINFO net/listeners/*; each port tor
        does not listen on becomes a warning on the status page. Returns the problems.
        The config's session groups name the profiles of streams in the circuits view."""
        from onionpanel.core.status import Notice, NoticeKind
        from onionpanel.helper.config import DEFAULT_CONFIG, ConfigError, check_listeners
        from onionpanel.helper.config import load_config as load_routing_config

        if self.options.sandbox and not self.routing_config:
            return []  # the machine's routing config says nothing about the sandbox's tor
        path = Path(self.routing_config) if self.routing_config else DEFAULT_CONFIG
        if not path.exists():
            return []  # no routing declared on this machine
        try:
            config = load_routing_config(path)
            listeners = {
                kind: (await connection.get_info(f"net/listeners/{kind}")).split()
                for kind in ("trans", "dns", "socks")
            }
        except (ConfigError, OSError) as error:
            return [str(error)]
        except Exception as error:  # tor refused or went away: nothing to compare with
            return [f"tor: {error}"]
        self.pages.circuit_model.set_profile_groups(
            {p.session_group: p.name for p in config.profiles if p.session_group is not None}
        )
        problems = [str(problem) for problem in check_listeners(config, listeners)]
        for problem in problems:
            self._on_notice(Notice(NoticeKind.ROUTING_PORT_MISSING, "WARN", {"problem": problem}))
        return problems

    def _on_attached(self, connection: object) -> None:
        self._attached = True
        self._tasks.spawn(self.check_routing_ports(connection))
        self.identity.set_connection(connection)
        self._tasks.spawn(self.pages.attach(connection))

    def _on_detached(self) -> None:
        self._attached = False
        if self._identity is not None:
            self._identity.set_connection(None)
        if self._pages is not None:
            self._pages.detach()

    def _use_sandbox_routing(self, bus: str, config: str) -> None:
        """The sandbox's own helper (its table in a network namespace nothing else uses):
        the Routing menu drives it instead of the machine's."""
        self.routing_bus, self.routing_config = bus, config
        self._tasks.spawn(self.start_routing())

    def _show_routing_unavailable(self, reason: str) -> None:
        """reason "": the sandbox's helper is still starting."""
        from onionpanel.ui.routing.menu import RoutingMenu

        menu = RoutingMenu()
        self.tray.set_routing_menu(menu)
        menu.show_unavailable(reason or menu.sandbox_starting_text())

    async def start_routing(self) -> bool:
        """The tray's Routing submenu, fed by the helper on the system bus (if installed), or
        by the sandbox's own helper in --sandbox."""
        from onionpanel.core.routing import badge_for
        from onionpanel.ui.routing.client import RoutingClient
        from onionpanel.ui.routing.menu import RoutingMenu

        menu = RoutingMenu()
        self.tray.set_routing_menu(menu)
        client = RoutingClient(self.routing_bus)
        self.routing = client

        def show(state: RoutingState) -> None:
            menu.show_state(state, self._desktop_apps(state))
            self.tray.set_badge(badge_for(state))
            self.tray.set_routing_text(menu.tooltip_line(state))

        def changed(mode: str, why: str) -> None:
            self._notify(menu.title().replace("&", ""), menu.change_text(mode, why))

        client.state_changed.connect(show)
        client.unavailable.connect(menu.show_unavailable)
        client.error.connect(lambda text: self._notify(menu.title().replace("&", ""), text))
        client.mode_changed.connect(changed)
        menu.mode_requested.connect(lambda mode: self._tasks.spawn(client.set_mode(mode)))
        menu.clearnet_requested.connect(
            lambda profile, minutes: self._tasks.spawn(client.set_clearnet(profile, minutes))
        )
        menu.end_clearnet_requested.connect(lambda: self._tasks.spawn(client.end_clearnet()))
        menu.open_requested.connect(
            lambda profile, argv: self._tasks.spawn(self._open_in_profile(menu, profile, argv))
        )
        return await client.start()

    @staticmethod
    def _desktop_apps(state: RoutingState) -> dict[str, DesktopApp]:
        from onionpanel.routing.launch import find_desktop_app

        apps = {}
        for app_id in {app for profile in state.profiles for app in profile.apps}:
            app = find_desktop_app(app_id)
            if app is not None:
                apps[app_id] = app
        return apps

    async def _open_in_profile(self, menu: RoutingMenu, profile: str, argv: Any) -> None:
        """``onionpanel run PROFILE -- APP``: a dry run first, which says why it cannot, then
        the program itself, detached. Plain subprocess calls: asyncio's child watcher would
        call back into this loop whenever the program ends, possibly after the loop is gone."""
        import asyncio
        import subprocess

        command: tuple[str, ...] = (sys.executable, "-m", "onionpanel", "run")
        if self.routing_config:
            command += ("--config", self.routing_config)
        title = menu.title().replace("&", "")
        loop = asyncio.get_running_loop()
        check = await loop.run_in_executor(
            None,
            lambda: subprocess.run(
                [*command, "--dry-run", profile, "--", *argv],
                capture_output=True, text=True, timeout=30, check=False,
            ),
        )  # fmt: skip
        if check.returncode != 0:
            self._notify(title, check.stderr.strip())
            return
        program = await loop.run_in_executor(
            None,
            lambda: subprocess.Popen(
                [*command, profile, "--", *argv],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True,  # it outlives the panel
            ),
        )  # fmt: skip
        for _ in range(30):  # a program that fails to start fails within a few seconds
            if program.poll() is not None:
                break
            await asyncio.sleep(0.1)
        if program.returncode not in (None, 0):
            self._notify(title, menu.did_not_start(argv[0]))
        elif program.returncode is None:  # reaped by a thread of its own when it ends
            threading.Thread(target=program.wait, daemon=True).start()

    def _notify(self, title: str, body: str) -> None:
        self.tray.notify(title, body)

    def _show_error(self, text: str) -> None:
        if self._window is not None:
            self._window.statusBar().showMessage(text, 10000)

    def present(self, no_tray_reason: str | None) -> None:
        """Show the tray; without a tray host, the window with the reason instead."""
        self.no_tray_reason = no_tray_reason
        if no_tray_reason is None:
            self.tray.show()
        else:
            self.open_window()

    def open_window(self) -> None:
        window = self.window
        window.show()
        window.raise_()
        window.activateWindow()

    def _on_window_closed(self) -> None:
        if self.no_tray_reason:  # nothing else on screen: closing the window quits
            self.quit()

    def _on_status(self, status: TorStatus) -> None:
        self.tray.show_status(status)
        if self._pages is not None:
            self._pages.show_status(status)
        if self._identity is not None and self._attached:
            # while tor is away (reconnecting) nobody can ask it for anything
            live = status.phase.name == "CONNECTED"
            if live != self._identity.connected:
                self._identity.set_connection(self.session.connection if live else None)
        if self._window is not None:
            self._window.show_status(status)

    def _on_notice(self, notice: Notice) -> None:
        self.window.status_page.add_notice(notice)

    def _on_progress(self, text: str) -> None:
        if self._window is not None:
            self._window.status_page.show_progress(text)

    async def _ask_password(self, endpoint: str, rejected: bool) -> tuple[str, bool] | None:
        from onionpanel.ui.shell.dialogs import PasswordDialog, run_dialog
        from onionpanel.ui.shell.keyring_store import keyring_unavailable_reason

        dialog = PasswordDialog(endpoint, rejected, keyring_unavailable_reason(), self._window)
        if await run_dialog(dialog) != PasswordDialog.DialogCode.Accepted:
            return None
        return dialog.password(), dialog.remember()

    def _offer_own_tor(self, reason: str) -> None:
        if os.environ.get(PROBE_ENV) or self._offering_own_tor:
            return

        self._offering_own_tor = True
        self._tasks.spawn(self._ask_and_start_own_tor(reason))

    async def _ask_and_start_own_tor(self, reason: str) -> None:
        from onionpanel.ui.shell.dialogs import run_dialog, start_own_tor_box

        self.open_window()
        box, start = start_own_tor_box(self.window, reason)
        await run_dialog(box)
        self._offering_own_tor = False
        if box.clickedButton() is start:
            await self.session.start_own_tor()

    def quit(self) -> None:
        self._quit_requested = True
        if self._quit_event is not None:
            self._quit_event.set()

    async def _start_tor(self) -> None:
        endpoint: ControlEndpoint | None = self.options.endpoint
        if self.options.sandbox:
            self.open_window()
            await self.session.start_sandbox()
        elif self.options.launch_tor:
            await self.session.start_own_tor()
        else:
            await self.session.attach(endpoint)

    async def run(self) -> int:
        import asyncio

        self._quit_event = asyncio.Event()
        if self._quit_requested:
            self._quit_event.set()
        starting = asyncio.ensure_future(self._start_tor())
        if self.options.sandbox:  # never the machine's helper: the sandbox brings its own
            self._show_routing_unavailable("")
        elif not os.environ.get(PROBE_ENV):
            self._tasks.spawn(self.start_routing())  # without a helper the menu says why
        await self._quit_event.wait()
        if not starting.done():
            starting.cancel()
        await self.session.close()
        await self.settle()
        self.tray.hide()
        if self._window is not None:
            self._window.hide()
        return 0


def _install_translator(app: QApplication) -> None:
    from pathlib import Path

    from PySide6.QtCore import QLocale, QTranslator

    translator = QTranslator(app)
    folder = Path(__file__).resolve().parents[3] / "translations"
    if translator.load(QLocale(), "onionpanel", "_", str(folder)):
        app.installTranslator(translator)


async def _probe(panel: Panel, started: float, tray_shown: float, probe_path: str) -> None:
    """For bench/startup.py: the first loop callback, then idle memory after imports."""
    import asyncio

    first_callback = time.monotonic()
    await asyncio.sleep(PROBE_IDLE_SECONDS)
    figures: dict[str, object] = {
        "tray_shown_s": tray_shown - started,
        "first_loop_callback_s": first_callback - started,
        # CLOCK_MONOTONIC is system-wide: the bench subtracts its own spawn time.
        "tray_shown_monotonic": tray_shown,
        "first_loop_callback_monotonic": first_callback,
        "tray_available": panel.no_tray_reason is None,
        "idle_rss_kb": _rss_kb(),
        "stem_imported": "stem" in sys.modules,
        "tooltip": panel.tray.toolTip(),
    }
    _write_json(probe_path, figures)
    panel.quit()


def _write_json(path: str, figures: dict[str, object]) -> None:
    with open(path, "w") as out:
        json.dump(figures, out)


def main(argv: Sequence[str]) -> int:
    started = time.monotonic()
    options = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from onionpanel.ui.common.runtime import keep_long_lived, tune_for_gui
    from onionpanel.ui.common.tasks import cancel_leftovers
    from onionpanel.ui.shell.tray import Tray, tray_unavailable_reason

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("OnionPanel")
    app.setDesktopFileName("onionpanel")
    _install_translator(app)
    tray = Tray()
    reason = tray_unavailable_reason()
    if reason is None:
        tray.show()
    tray_shown = time.monotonic()
    app.setQuitOnLastWindowClosed(False)

    import asyncio

    import qasync

    panel = Panel(app, tray, options)
    panel.present(reason)
    collector = tune_for_gui(app)
    keep_long_lived()  # Qt's and our modules' objects live as long as the app

    async def run() -> int:
        probe_path = os.environ.get(PROBE_ENV)
        if probe_path:
            panel._tasks.spawn(_probe(panel, started, tray_shown, probe_path))
        return await panel.run()

    loop = qasync.QEventLoop(app)
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
