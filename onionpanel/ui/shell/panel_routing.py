"""The panel's routing side: the tray's Routing submenu fed by a helper, and the routing
config's ports checked against tor's listeners.

  PanelRouting(tray, tasks, notify, sandbox=False)
  |- bus, config              the helper's bus ("SYSTEM") and config path (None: the default);
                              tests and the sandbox point these elsewhere
  |- client -> RoutingClient | None   the helper's client once start() ran
  |- await start() -> bool    the Routing submenu, fed by the helper; False without one
  |- use_sandbox(bus, config) switch to the sandbox's own helper
  |- show_unavailable(reason) a Routing submenu that says why there is none ("": starting)
  |- add_router_view(show, widget=None)   show(routers, applied) after every change of the
  |                           helper's [[router]] entries or mode; while ``widget`` (or the
  |                           Routing menu) is on screen, the counts are read every 5 s
  |- await check_ports(connection, show_groups, warn) -> list[str]
  |- await close()
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from onionpanel.core.routers import RouterInfo
    from onionpanel.core.routing import DesktopApp, RoutingState
    from onionpanel.core.status import Notice
    from onionpanel.ui.common.routers import RouterPoll
    from onionpanel.ui.common.tasks import Tasks
    from onionpanel.ui.routing.client import RoutingClient
    from onionpanel.ui.routing.menu import RoutingMenu
    from onionpanel.ui.shell.tray import Tray


RouterView = Callable[["tuple[RouterInfo, ...]", str], None]


class PanelRouting:
    def __init__(
        self, tray: Tray, tasks: Tasks, notify: Callable[[str, str], None], *, sandbox: bool
    ) -> None:
        self.tray = tray
        self.bus = "SYSTEM"
        self.config: str | None = None  # None: onionpanel run's default, /etc/onionpanel
        self.client: RoutingClient | None = None
        self._tasks = tasks
        self._notify = notify
        self._sandbox = sandbox
        self._router_views: list[RouterView] = []
        self._poll: RouterPoll | None = None

    def add_router_view(self, show: RouterView, widget: QWidget | None = None) -> None:
        self._router_views.append(show)
        if widget is not None:
            self._router_poll().watch(widget)
        client = self.client
        if client is not None and client.state is not None:
            show(client.routers, client.state.applied)

    def _router_poll(self) -> RouterPoll:
        if self._poll is None:
            from onionpanel.ui.common.routers import RouterPoll

            self._poll = RouterPoll()
            self._poll.due.connect(self._refresh_routers)
        return self._poll

    def _refresh_routers(self) -> None:
        if self.client is not None and self.client.state is not None:
            self._tasks.spawn(self.client.refresh_routers())

    def _show_routers(self, routers: tuple[RouterInfo, ...], applied: str) -> None:
        for show in self._router_views:
            show(routers, applied)

    async def close(self) -> None:
        if self.client is not None:
            await self.client.close()

    async def check_ports(
        self,
        connection: Any,
        show_groups: Callable[[dict[int, str]], None],
        warn: Callable[[Notice], None],
    ) -> list[str]:
        """The routing config's ports against tor's GETINFO net/listeners/*; each port tor
        does not listen on becomes a warning. Returns the problems. The config's session
        groups name the profiles of streams in the circuits view (show_groups)."""
        from onionpanel.core.status import Notice, NoticeKind
        from onionpanel.helper.config import DEFAULT_CONFIG, ConfigError, check_listeners
        from onionpanel.helper.config import load_config as load_routing_config

        if self._sandbox and not self.config:
            return []  # the machine's routing config says nothing about the sandbox's tor
        path = Path(self.config) if self.config else DEFAULT_CONFIG
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
        show_groups(
            {p.session_group: p.name for p in config.profiles if p.session_group is not None}
        )
        problems = [str(problem) for problem in check_listeners(config, listeners)]
        for problem in problems:
            warn(Notice(NoticeKind.ROUTING_PORT_MISSING, "WARN", {"problem": problem}))
        return problems

    def use_sandbox(self, bus: str, config: str) -> None:
        """The sandbox's own helper (its table in a network namespace nothing else uses):
        the Routing menu drives it instead of the machine's."""
        self.bus, self.config = bus, config
        self._tasks.spawn(self.start())

    def show_unavailable(self, reason: str) -> None:
        """reason "": the sandbox's helper is still starting."""
        from onionpanel.ui.routing.menu import RoutingMenu

        menu = RoutingMenu()
        self.tray.set_routing_menu(menu)
        menu.show_unavailable(reason or menu.sandbox_starting_text())

    async def start(self) -> bool:
        """The tray's Routing submenu, fed by the helper on the system bus (if installed), or
        by the sandbox's own helper in --sandbox."""
        from onionpanel.core.routing import badge_for
        from onionpanel.ui.routing.client import RoutingClient
        from onionpanel.ui.routing.menu import RoutingMenu

        menu = RoutingMenu()
        self.tray.set_routing_menu(menu)
        client = RoutingClient(self.bus)
        self.client = client

        def show(state: RoutingState) -> None:
            menu.show_state(state, self._desktop_apps(state))
            self.tray.set_badge(badge_for(state))
            self.tray.set_routing_text(menu.tooltip_line(state))
            self._show_routers(client.routers, state.applied)

        def show_routers(routers: tuple[RouterInfo, ...]) -> None:
            menu.show_routers(routers)
            self._show_routers(routers, client.state.applied if client.state else "")

        def changed(mode: str, why: str) -> None:
            self._notify(menu.title().replace("&", ""), menu.change_text(mode, why))

        client.state_changed.connect(show)
        client.routers_changed.connect(show_routers)
        self._router_poll().watch(menu)
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
        if self.config:
            command += ("--config", self.config)
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
