"""The panel: session, tray, window and pages wired together.

  Panel(app, tray, options)    wires session, tray and window together
  |- present(no_tray_reason)   the tray, or the window saying why there is no tray
  |- window -> MainWindow      created on first use
  |- window_shown -> bool
  |- pages -> LivePages        circuits, relays, log, bandwidth; created on first use
  |- identity -> NewIdentity   the one New Identity, shared by tray, window and shortcut
  |- routing -> PanelRouting   the tray's Routing submenu and the routing config's ports
  |- await check_routing_ports(connection) -> list[str]
  |- follow_instance(instance)  later launches raise the window or ask for a new identity
  |- perform(action)           "open-panel", "new-identity" (once tor is there) or "" (nothing)
  |- start_with_session        the "Start with my session" action (tray menu and window)
  |- await run() -> int        until Quit; stops every tor we started
  |- await settle()            end what is still running on the loop (tasks, routing client)
  PROBE_ENV                    set by bench/startup.py: write startup figures, then quit

The tray leaves its warning state once the person has looked at the Status page, or when a
problem tor reports per request (ONE_SHOT_PROBLEMS) has not come again for QUIET_AFTER_MS.

Imports stay inside methods: the tray is shown before qasync, the session and stem load.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any

from onionpanel.core.status import NoticeKind
from onionpanel.ui.shell.early import PROBE_ENV as PROBE_ENV  # bench/startup.py
from onionpanel.ui.shell.early import mark

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from onionpanel.core.status import ControlEndpoint, Notice, TorStatus
    from onionpanel.ui.circuits.identity import NewIdentity
    from onionpanel.ui.shell.backlog import StatusView
    from onionpanel.ui.shell.instance import PanelInstance
    from onionpanel.ui.shell.main_window import MainWindow
    from onionpanel.ui.shell.notifications import DesktopNotifications
    from onionpanel.ui.shell.pages import LivePages
    from onionpanel.ui.shell.session import TorSession
    from onionpanel.ui.shell.tray import Tray


# Quitting waits this long for tasks to end; with the connection's own bound (0.5 s) it
# stays within 2 s whatever tor does.
QUIT_TASKS_WAIT = 0.5
# Problems tor reports once per request: once they stop coming, the condition has ended
ONE_SHOT_PROBLEMS = frozenset(
    {
        NoticeKind.DANGEROUS_SOCKS,
        NoticeKind.DANGEROUS_PORT,
        NoticeKind.SOCKS_BAD_HOSTNAME,
        NoticeKind.SOCKS_UNKNOWN_PROTOCOL,
    }
)
QUIET_AFTER_MS = 120_000  # no repeat for this long: the tray leaves its warning state


class Panel:
    def __init__(
        self, app: QApplication, tray: Tray, options: argparse.Namespace, early: Any = None
    ) -> None:
        from onionpanel.ui.common.tasks import Tasks
        from onionpanel.ui.shell.backlog import StatusBacklog
        from onionpanel.ui.shell.panel_routing import PanelRouting
        from onionpanel.ui.shell.session import TorSession

        self.app = app
        self.tray = tray
        self.options = options
        self.no_tray_reason: str | None = None
        self._window: MainWindow | None = None
        self._pages: LivePages | None = None
        self._identity: NewIdentity | None = None
        self._quit_requested = False
        self._offering_own_tor = False
        self._attached = False
        self._quit_event: asyncio.Event | None = None
        self._last_phase = ""
        self._tasks = Tasks(on_failure=lambda error: self._report_failure("", str(error)))
        from PySide6.QtCore import QTimer

        self._quiet = QTimer(app)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_AFTER_MS)
        self._quiet.timeout.connect(tray.acknowledge)
        self.notification_bus = "SESSION"  # tests point it at a bus of their own
        self.routing = PanelRouting(tray, self._tasks, self._notify, sandbox=options.sandbox)
        self.session: TorSession = TorSession(
            password_prompt=self._ask_password, sandbox=options.sandbox, early=early
        )
        self.session.status_changed.connect(self._on_status)
        self.session.notice.connect(self._on_notice)
        self.session.progress.connect(self._on_progress)
        self.session.no_tor_found.connect(self._offer_own_tor)
        self.session.attached.connect(self._on_attached)
        self.session.detached.connect(self._on_detached)
        self.session.sandbox_routing.connect(self.routing.use_sandbox)
        self.session.sandbox_routing_failed.connect(self.routing.show_unavailable)
        tray.set_sandbox(options.sandbox)
        tray.open_panel.connect(self.open_window)
        tray.quit_requested.connect(self.quit)
        tray.new_identity.connect(lambda: self.identity.trigger())
        self._new_identity_pending = False
        self._backlog = StatusBacklog()  # for the Status page, until the window exists
        self._notifications: DesktopNotifications | None = None
        self.start_with_session = self._start_with_session_action()
        tray.add_setting(self.start_with_session)
        tray.set_notification_fallback(self._notify_over_dbus)

    def _start_with_session_action(self) -> QAction:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QAction

        from onionpanel.ui.shell.autostart import starts_with_session

        action = QAction(QCoreApplication.translate("Panel", "&Start with my session"))
        action.setCheckable(True)
        action.setChecked(starts_with_session())
        action.toggled.connect(self._set_start_with_session)
        return action

    def _set_start_with_session(self, enabled: bool) -> None:
        from PySide6.QtCore import QCoreApplication

        from onionpanel.ui.shell.autostart import set_start_with_session, starts_with_session

        try:
            set_start_with_session(enabled)
        except OSError as error:
            self._show_error(
                QCoreApplication.translate(
                    "Panel", "Could not change the autostart entry: {error}"
                ).format(error=error.strerror or error)
            )
        self.start_with_session.blockSignals(True)
        self.start_with_session.setChecked(starts_with_session())
        self.start_with_session.blockSignals(False)

    def follow_instance(self, instance: PanelInstance) -> None:
        instance.activated.connect(self.open_window)
        instance.action_requested.connect(self.perform)

    def perform(self, action: str) -> None:
        from onionpanel.ui.shell.instance import NEW_IDENTITY, OPEN_PANEL

        if action == OPEN_PANEL:
            self.open_window()
        elif action == NEW_IDENTITY:
            if self._attached and self.identity.connected:
                self.identity.trigger()
            else:
                self._new_identity_pending = True  # asked before tor is there: do it then

    @property
    def window(self) -> MainWindow:
        if self._window is None:
            from onionpanel.ui.shell.main_window import MainWindow

            self._window = MainWindow()
            mark("window built")
            self._window.close_requested.connect(self._on_window_closed)
            self._window.status_page.notices_seen.connect(self.tray.acknowledge)
            self._add_live_parts(self._window)
            status_page = self._window.status_page
            self.routing.add_router_view(status_page.show_routers, status_page.routers_box)
            model = self.pages.circuit_model
            self.routing.add_router_view(lambda routers, _applied: model.set_routers(routers))
            self._window.show_status(self.session.status)
            self._backlog.hand_over(status_page)
            status_page.add_setting(self.start_with_session)
            if self.no_tray_reason:
                self._window.explain_no_tray(self.no_tray_reason)
        return self._window

    @property
    def _status_view(self) -> StatusView:
        """The Status page; while there is no window, the backlog it will be built from."""
        return self._window.status_page if self._window is not None else self._backlog

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
            self._pages.task_failed.connect(self._report_failure)
        return self._pages

    @property
    def identity(self) -> NewIdentity:
        if self._identity is None:
            from onionpanel.ui.circuits.identity import NewIdentity

            pages = self.pages
            self._identity = NewIdentity(pages.circuit_feed, pages.country_of)
            self._identity.available_changed.connect(self.tray.set_new_identity_available)
            self._identity.notification.connect(self._notify)
            self._identity.set_connection(self.session.connection if self._attached else None)
            pages.new_circuit_for_host_requested.connect(
                self._identity.trigger_new_circuit_for_host
            )
        return self._identity

    async def settle(self) -> None:
        await self.routing.close()
        if self._notifications is not None:
            await self._notifications.close()
        await self._tasks.cancel_all(wait_at_most=QUIT_TASKS_WAIT)

    async def check_routing_ports(self, connection: Any) -> list[str]:
        return await self.routing.check_ports(
            connection, self.pages.circuit_model.set_profile_groups, self._on_notice
        )

    def _on_attached(self, connection: object) -> None:
        self._attached = True
        self._tasks.spawn(self.check_routing_ports(connection))
        self._tasks.spawn(self._show_socks_ports(connection))
        self.identity.set_connection(connection)
        self._tasks.spawn(self.pages.attach(connection))
        if self._new_identity_pending:
            self._new_identity_pending = False
            self.identity.trigger()

    async def _show_socks_ports(self, connection: Any) -> None:
        """Where applications reach this tor; for the tor we started, its stable port."""
        from onionpanel.core.status import listener_addresses
        from onionpanel.tor.errors import TorError

        try:
            addresses = listener_addresses(await connection.get_info("net/listeners/socks"))
        except TorError:
            return
        own = self.session.own_socks_port
        self._status_view.show_socks_ports(
            addresses, own_tor=own is not None and f"127.0.0.1:{own}" in addresses
        )

    def _on_detached(self) -> None:
        self._attached = False
        self._status_view.show_socks_ports([])
        if self._identity is not None:
            self._identity.set_connection(None)
        if self._pages is not None:
            self._pages.detach()

    def _notify(self, title: str, body: str) -> None:
        self.tray.notify(title, body)

    def _report_failure(self, task: str, problem: str, count: int = 0) -> None:
        """On the status page, where the user looks when something is missing."""
        from onionpanel.core.status import Notice

        arguments = {"task": task, "problem": problem, "count": str(count)}
        self._status_view.add_notice(Notice(NoticeKind.PANEL_TASK_FAILED, "WARN", arguments))

    def _notify_over_dbus(self, title: str, body: str) -> None:
        """The tray's fallback when it is not shown (GNOME without AppIndicator)."""
        if self._notifications is None:
            from onionpanel.ui.shell.notifications import DesktopNotifications

            self._notifications = DesktopNotifications(self.notification_bus)
        self._tasks.spawn(self._notifications.notify(title, body))

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

    @property
    def window_shown(self) -> bool:
        return self._window is not None and self._window.isVisible()

    def open_window(self) -> None:
        window = self.window
        if not window.isVisible():
            mark("window shown")
        window.show()
        window.raise_()
        window.activateWindow()

    def _on_window_closed(self) -> None:
        if self.no_tray_reason:  # nothing else on screen: closing the window quits
            self.quit()

    def _on_status(self, status: TorStatus) -> None:
        dropped = status.phase.name == "RECONNECTING" and self._last_phase == "CONNECTED"
        self._last_phase = status.phase.name
        if dropped and status.error:  # it may last a blink: the status page keeps the reason
            from onionpanel.core.status import Notice

            notice = Notice(NoticeKind.CONNECTION_DROPPED, "WARN", {"reason": status.error})
            self._status_view.add_notice(notice)
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
        self._status_view.add_notice(notice)
        if notice.is_problem and notice.kind in ONE_SHOT_PROBLEMS:
            self._quiet.start()  # the condition has ended once these stop coming

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
            self.routing.show_unavailable("")
        elif not os.environ.get(PROBE_ENV):
            self._tasks.spawn(self.routing.start())  # without a helper the menu says why
        await self._quit_event.wait()
        if not starting.done():
            starting.cancel()
        await self.session.close()
        await self.settle()
        self.tray.hide()
        if self._window is not None:
            self._window.hide()
        return 0
