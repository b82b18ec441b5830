"""The routing helper's ``[[router]]`` entries in words, for the Routing menu and the status
page, and the slow look at their blocked counts while one of them is on screen.

  RouterWords(QObject)
  |- policy(router, applied) -> str    "VMs and devices on br-vms go through Tor"
  |- detail(router) -> str             where their TCP and DNS go, what is blocked ("" unless tor)
  |- blocked(router) -> str            "Blocked 3 packets from br-vms that tried to leave …"
  |- sysctl_off(router, sysctl) -> str forwarding off although the entry needs it
  |- blocked_short(router), sysctl_off_short(router, sysctl)   the menu's narrower lines
  |- counts(router, applied) -> bool   whether its blocked count means anything now
  RouterPoll(QObject)
  |- watch(widget)                     poll while this widget (menu, status page) is shown
  |- due()                             signal: time to ask the helper again
  |- active -> bool
  POLL_MS                              every 5 s while something that shows a count is visible
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from onionpanel.core.routers import RouterInfo
from onionpanel.ui.common.words import plural

POLL_MS = 5000


class RouterWords(QObject):
    def policy(self, router: RouterInfo, applied: str) -> str:
        interfaces = router.interface_list
        if applied in ("", "off"):
            return self.tr(
                "VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)"
            ).format(interfaces=interfaces)
        if applied == "lockdown":
            return self.tr("VMs and devices on {interfaces} reach nothing (Lockdown)").format(
                interfaces=interfaces
            )
        if router.forwarded == "tor":
            return self.tr("VMs and devices on {interfaces} go through Tor").format(
                interfaces=interfaces
            )
        if router.forwarded == "block":
            return self.tr(
                "VMs and devices on {interfaces} are blocked: nothing they send is forwarded"
            ).format(interfaces=interfaces)
        return self.tr("VMs and devices on {interfaces} are forwarded without Tor").format(
            interfaces=interfaces
        )

    def detail(self, router: RouterInfo) -> str:
        if router.forwarded != "tor":
            return ""
        if router.ipv6 == "tor":
            text = self.tr(
                "TCP goes to Tor's TransPort {address}:{trans_port}, DNS to its DNSPort "
                "{address}:{dns_port}, IPv6 too; UDP and ICMP are blocked."
            )
        else:
            text = self.tr(
                "TCP goes to Tor's TransPort {address}:{trans_port}, DNS to its DNSPort "
                "{address}:{dns_port}; UDP, ICMP and IPv6 are blocked."
            )
        return text.format(
            address=router.address, trans_port=router.trans_port, dns_port=router.dns_port
        )

    def blocked(self, router: RouterInfo) -> str:
        text = self.tr(
            "Blocked %n packet(s) from {interfaces} that tried to leave around Tor "
            "(since the last switch)",
            "counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor",
            router.blocked,
        )
        return plural(text, router.blocked).format(interfaces=router.interface_list)

    def blocked_short(self, router: RouterInfo) -> str:
        """The menu's line: narrower than the status page's sentence."""
        text = self.tr(
            "Blocked %n packet(s) from {interfaces} trying to leave around Tor",
            "counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor",
            router.blocked,
        )
        return plural(text, router.blocked).format(interfaces=router.interface_list)

    def sysctl_off_short(self, router: RouterInfo, sysctl: str) -> str:
        return self.tr("Forwarding for {interfaces} is off ({sysctl} = 0)").format(
            interfaces=router.interface_list, sysctl=sysctl
        )

    @staticmethod
    def counts(router: RouterInfo, applied: str) -> bool:
        """Whether the entry's count means anything now: its rules are loaded (tor modes and
        lockdown) and drop something (not "allow", unless in lockdown)."""
        if applied in ("", "off"):
            return False
        return applied == "lockdown" or router.forwarded != "allow"

    def sysctl_off(self, router: RouterInfo, sysctl: str) -> str:
        return self.tr(
            "{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is "
            "and needs it. "
            "OnionPanel never changes it: set {sysctl} = 1 in the system's configuration."
        ).format(sysctl=sysctl, interfaces=router.interface_list)


class RouterPoll(QObject):
    """A timer that runs only while a watched widget is visible: no look at the helper while
    nobody can see the count."""

    due = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.due)
        self._watched: list[QWidget] = []

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def watch(self, widget: QWidget) -> None:
        self._watched.append(widget)
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda _=None, w=widget: self._forget(w))
        self._update()

    def _forget(self, widget: QWidget) -> None:
        if widget in self._watched:
            self._watched.remove(widget)
        with contextlib.suppress(RuntimeError):  # the poll itself went first (at exit)
            self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show:
            self.due.emit()  # a fresh count the moment it appears
            self._timer.start()
        elif event.type() == QEvent.Type.Hide:
            QTimer.singleShot(0, self._update)  # isVisible() is still true during the event
        return False

    def _update(self) -> None:
        visible = False
        for widget in self._watched:
            try:
                visible = visible or widget.isVisible()
            except RuntimeError:  # deleted on the C++ side already
                continue
        if visible and not self._timer.isActive():
            self._timer.start()
        elif not visible:
            self._timer.stop()
