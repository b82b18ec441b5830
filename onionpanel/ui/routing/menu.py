"""The tray's Routing submenu: the current mode, the modes and clearnet profiles the system
lets this person choose, and "Back to Tor". It asks; the helper (and polkit) decide.

  RoutingMenu(QMenu)
  |- show_state(RoutingState, apps={})  rebuild from core.routing.menu_entries
  |- show_routers(routers)             the routed interfaces, their policy, blocked counts and
  |                                    forwarding warnings, under the current mode (texts of
  |                                    the lines change in place when only a count changed)
  |- router_lines() -> list[str]       those lines, for tests
  |- show_unavailable(reason)          one disabled line saying why
  |- sandbox_starting_text()           why there is no helper yet in --sandbox
  |- mode_requested(str), clearnet_requested(str, int), end_clearnet_requested(),
  |  open_requested(str profile, tuple argv)   signals
  |- tooltip_line(state), change_text(mode, why), did_not_start(program)   words for the tray
  mode_text(mode) -> str               "Tor", "Off", "Lockdown", "Tor + bank"
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QStyle, QWidget

from onionpanel.core.routers import RouterInfo
from onionpanel.core.routing import DesktopApp, MenuEntry, RoutingState, menu_entries
from onionpanel.ui.common.routers import RouterWords


def mode_text(mode: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "off": translate("RoutingMenu", "Off (only programs set up for Tor use it)"),
        "tor": translate("RoutingMenu", "Tor (all traffic)"),
        "lockdown": translate("RoutingMenu", "Lockdown (nothing leaves but Tor itself)"),
        "": translate("RoutingMenu", "not applied"),
    }
    if mode.startswith("tor+"):
        return translate("RoutingMenu", "Tor, with clearnet for {profile}").format(profile=mode[4:])
    return names.get(mode, mode)


class RoutingMenu(QMenu):
    mode_requested = Signal(str)
    clearnet_requested = Signal(str, int)
    end_clearnet_requested = Signal()
    open_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Routing"), parent)
        self.setAccessibleName(self.tr("Routing"))
        self.setToolTipsVisible(True)  # a forwarding warning's whole sentence
        self._words = RouterWords(self)
        self._state: RoutingState | None = None
        self._apps: Mapping[str, DesktopApp] | None = None
        self._routers: tuple[RouterInfo, ...] = ()
        self._router_actions: list[QAction] = []
        self.show_unavailable(self.tr("Asking the routing helper…"))

    def sandbox_starting_text(self) -> str:
        return self.tr("The sandbox's own routing helper starts with its network…")

    def show_unavailable(self, reason: str) -> None:
        self.clear()
        self._state, self._router_actions = None, []
        line = self.addAction(reason)
        line.setEnabled(False)

    def show_state(self, state: RoutingState, apps: Mapping[str, DesktopApp] | None = None) -> None:
        self.clear()
        self._state, self._apps = state, apps
        current = self.addAction(self._current_text(state))
        current.setEnabled(False)
        self._router_actions = []
        for text, warning in self._lines(state):
            line = self.addAction(text)
            line.setEnabled(False)
            if warning:
                line.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                line.setToolTip(warning)
            self._router_actions.append(line)
        self.addSeparator()
        group = QActionGroup(self)
        opening = False
        for entry in menu_entries(state, apps):
            if entry.kind == "open" and not opening:
                self.addSeparator()
                opening = True
            action = self.addAction(self._entry_text(entry))
            action.setData(entry)
            if entry.kind == "mode":
                action.setCheckable(True)
                action.setChecked(entry.checked)
                group.addAction(action)
            action.triggered.connect(lambda _=False, e=entry: self._request(e))

    def show_routers(self, routers: tuple[RouterInfo, ...]) -> None:
        self._routers = tuple(routers)
        if self._state is None:
            return
        lines = self._lines(self._state)
        if len(lines) != len(self._router_actions):
            self.show_state(self._state, self._apps)
            return
        for action, (text, _warning) in zip(self._router_actions, lines, strict=True):
            action.setText(text)

    def router_lines(self) -> list[str]:
        return [action.text() for action in self._router_actions]

    def _lines(self, state: RoutingState) -> list[tuple[str, str]]:
        """(text, the whole warning or "") per line: each entry's policy, then its blocked
        count while it counts and has any, then forwarding that is off."""
        lines = []
        for router in self._routers:
            lines.append((self._words.policy(router, state.applied), ""))
            if self._words.counts(router, state.applied) and router.blocked:
                lines.append((self._words.blocked_short(router), ""))
            lines += [
                (self._words.sysctl_off_short(router, name), self._words.sysctl_off(router, name))
                for name in router.sysctls_off
            ]
        return lines

    def _current_text(self, state: RoutingState) -> str:
        mode = mode_text(state.applied)
        if state.clearnet_profile and state.clearnet_until:
            minutes = max(0, round((state.clearnet_until - time.time()) / 60))
            return self.tr("Now: {mode} (back to Tor in %n min)", "", minutes).format(mode=mode)
        return self.tr("Now: {mode}").format(mode=mode)

    def _entry_text(self, entry: MenuEntry) -> str:
        if entry.kind == "mode":
            return mode_text(entry.value)
        if entry.kind == "end":
            return self.tr("Back to Tor (end clearnet for {profile})").format(profile=entry.value)
        if entry.kind == "open":
            return self.tr("Open {app} in {profile}").format(app=entry.label, profile=entry.value)
        if entry.minutes:
            return self.tr("Clearnet for {minutes} min: {profile}").format(
                minutes=entry.minutes, profile=entry.label
            )
        return self.tr("Clearnet until I switch back: {profile}").format(profile=entry.label)

    def _request(self, entry: MenuEntry) -> None:
        if entry.kind == "mode":
            self.mode_requested.emit(entry.value)
        elif entry.kind == "clearnet":
            self.clearnet_requested.emit(entry.value, entry.minutes)
        elif entry.kind == "open":
            self.open_requested.emit(entry.value, entry.argv)
        else:
            self.end_clearnet_requested.emit()

    def tooltip_line(self, state: RoutingState) -> str:
        if not state.clearnet_profile:
            return ""
        return self.tr("Clearnet on for {profile}").format(profile=state.clearnet_profile)

    def found_text(self, found: str) -> str:
        """What the helper found changed (ModeChanged why "restored:FOUND")."""
        kind, _, what = found.partition("=")
        texts = {
            "gone": self.tr("removed OnionPanel's firewall table"),
            "mode": self.tr("replaced OnionPanel's firewall table with an old one ({mode})"),
            "deleted": self.tr("deleted the chain {chain} of OnionPanel's firewall table"),
            "flushed": self.tr("emptied the chain {chain} of OnionPanel's firewall table"),
            "changed": self.tr("changed the rules of {chain} in OnionPanel's firewall table"),
            "added": self.tr("added the chain {chain} to OnionPanel's firewall table"),
        }
        text = texts.get(kind, self.tr("changed OnionPanel's firewall table"))
        return text.format(mode=mode_text(what) if kind == "mode" else "", chain=what)

    def change_text(self, mode: str, why: str) -> str:
        if why.startswith("restored"):
            return self.tr("Another program {found}; restored: {mode} is applied again.").format(
                found=self.found_text(why.partition(":")[2]), mode=mode_text(mode)
            )
        if why == "ports" and mode == "lockdown":
            return self.tr(
                "Someone other than Tor holds Tor's ports: lockdown until Tor holds them again."
            )
        if why == "time limit":
            return self.tr("Clearnet time is up: back to {mode}.").format(mode=mode_text(mode))
        return self.tr("Now: {mode}").format(mode=mode_text(mode))

    def did_not_start(self, program: str) -> str:
        return self.tr("{program} did not start.").format(program=program)

    def actions_by_text(self) -> dict[str, QAction]:
        """For tests and accessibility checks: every entry by its visible text."""
        return {action.text(): action for action in self.actions() if not action.isSeparator()}
