"""The tray icon: one drawn icon per state, a tooltip, and a small menu.

IconKind                       disconnected / connecting / bootstrapping / connected / warning
TrayState                      what the tray shows: kind, progress, tooltip
tray_state(status) -> TrayState   the pure state machine the tests walk through
draw_icon(kind, progress, size, badge) -> QPixmap   QPainter-drawn, no files
paint_app_icon(painter, size)  the application icon, from the same drawing
Tray(QSystemTrayIcon)
|- show_status(status)         redraw icon and tooltip
|- acknowledge()               the current problem was seen (or ended): no more warning icon
|- set_rates(read, written)    bytes/s, a line of the tooltip
|- set_new_identity_available(bool)
|- set_routing_menu(menu)      the Routing submenu, above Quit
|- add_setting(action)         a checkable entry above Quit
|- set_badge(letter)           "C" clearnet (amber), "L" lockdown (blue), "" none
|- notify(title, body)         a desktop notification: the tray's own, else the fallback
|- set_notification_fallback(send)   who notifies while no tray is shown
|- open_panel, new_identity, quit_requested   signals from the menu
|- set_sandbox(bool), sandbox_action   the menu's first line says "Sandbox — not anonymous"
tray_unavailable_reason() -> str | None        why no tray host can show us, or None
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from onionpanel.core.status import ConnectionPhase, NoticeKind, TorStatus
from onionpanel.ui.status.notices import notice_text, phase_text

translate = QCoreApplication.translate

TOR_PURPLE = QColor("#7d4698")
GREEN = QColor("#2e9e4f")
AMBER = QColor("#e8a317")
GREY = QColor("#8a8a8a")
RED = QColor("#c62828")


class IconKind(enum.Enum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    BOOTSTRAPPING = "bootstrapping"
    CONNECTED = "connected"
    WARNING = "warning"


@dataclass(frozen=True)
class TrayState:
    kind: IconKind
    progress: int
    tooltip: str


def _icon_kind(status: TorStatus, seen: frozenset[NoticeKind]) -> IconKind:
    phase = status.phase
    if phase is ConnectionPhase.DISCONNECTED:
        return IconKind.DISCONNECTED
    if phase is not ConnectionPhase.CONNECTED:
        return IconKind.CONNECTING
    problem = status.problem
    if problem is not None and problem.is_problem and problem.kind not in seen:
        return IconKind.WARNING
    if status.bootstrap.warning and NoticeKind.BOOTSTRAP_PROBLEM not in seen:
        return IconKind.WARNING
    if not status.bootstrap.done:
        return IconKind.BOOTSTRAPPING
    return IconKind.CONNECTED


def tray_state(status: TorStatus, seen: frozenset[NoticeKind] = frozenset()) -> TrayState:
    """``seen``: kinds of problem the person has seen (or that ended): no warning for them."""
    kind = _icon_kind(status, seen)
    lines = [translate("Tray", "OnionPanel: {phase}").format(phase=phase_text(status))]
    if status.sandbox:
        lines.append(translate("Tray", "Sandbox — not anonymous"))
    if status.version:
        lines.append(translate("Tray", "Tor {version}").format(version=status.version))
    if kind is IconKind.WARNING and status.problem is not None:
        lines.append(notice_text(status.problem))
    elif kind is IconKind.WARNING and status.bootstrap.warning:
        lines.append(status.bootstrap.warning)
    if status.phase is ConnectionPhase.DISCONNECTED and status.error:
        lines.append(status.error)
    return TrayState(kind, status.bootstrap.progress, "\n".join(lines))


def _onion(painter: QPainter, centre: QPointF, radius: float, fill: QColor, ink: QColor) -> None:
    """Tor's three concentric layers."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(centre, radius, radius)
    pen = QPen(ink, max(1.0, radius * 0.14))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for fraction in (0.7, 0.4):
        painter.drawEllipse(centre, radius * fraction, radius * fraction)


def _round_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _slash(painter: QPainter, size: float) -> None:
    painter.setPen(_round_pen(RED, size * 0.11))
    painter.drawLine(QPointF(size * 0.16, size * 0.16), QPointF(size * 0.84, size * 0.84))


def _ring(painter: QPainter, size: float, progress: int, colour: QColor, dashed: bool) -> None:
    width = size * 0.12
    rect = QRectF(width / 2, width / 2, size - width, size - width)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(GREY.red(), GREY.green(), GREY.blue(), 90), width))
    painter.drawEllipse(rect)
    pen = _round_pen(colour, width)
    if dashed:
        pen.setDashPattern([1.2, 1.6])
    painter.setPen(pen)
    span = 360 if dashed else max(8, round(360 * progress / 100))
    painter.drawArc(rect, 90 * 16, -span * 16)


def _warning_triangle(painter: QPainter, size: float) -> None:
    path = QPainterPath()
    path.moveTo(size * 0.5, size * 0.04)
    path.lineTo(size * 0.97, size * 0.9)
    path.lineTo(size * 0.03, size * 0.9)
    path.closeSubpath()
    painter.setPen(QPen(QColor("#5c3d00"), size * 0.05))
    painter.setBrush(AMBER)
    painter.drawPath(path)
    painter.setPen(_round_pen(QColor("#1a1a1a"), size * 0.1))
    painter.drawLine(QPointF(size * 0.5, size * 0.34), QPointF(size * 0.5, size * 0.6))
    painter.drawPoint(QPointF(size * 0.5, size * 0.76))


BADGE_COLOURS = {"C": QColor("#e65100"), "L": QColor("#1565c0")}


def _badge(painter: QPainter, size: float, text: str, *, top_left: bool = False) -> None:
    """The bottom-right corner shows the routing mode when it is not plain Tor."""
    if top_left:
        rect = QRectF(0.0, 0.0, size * 0.42, size * 0.42)
    else:
        rect = QRectF(size * 0.5, size * 0.5, size * 0.5, size * 0.5)
    painter.setPen(QPen(QColor("white"), size * 0.04))
    painter.setBrush(BADGE_COLOURS.get(text[:1], QColor("#1565c0")))
    painter.drawEllipse(rect)
    font = painter.font()
    font.setPixelSize(max(6, round(size * 0.3)))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text[:1])


def paint_app_icon(painter: QPainter, size: float) -> None:
    """The application's icon (launchers, window, hicolor theme): the connected state's onion
    without the status dot. packaging/tools/make_icons.py draws the SVG and PNGs with it."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _onion(painter, QPointF(size / 2, size / 2), size * 0.46, TOR_PURPLE, QColor("white"))


def draw_icon(kind: IconKind, progress: int = 0, size: int = 64, badge: str = "") -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    centre = QPointF(s / 2, s / 2)
    if kind is IconKind.DISCONNECTED:
        _onion(painter, centre, s * 0.4, QColor("#d6d6d6"), GREY)
        _slash(painter, s)
    elif kind is IconKind.CONNECTING:
        _ring(painter, s, 0, AMBER, dashed=True)
        _onion(painter, centre, s * 0.28, QColor("#e9dcef"), TOR_PURPLE)
    elif kind is IconKind.BOOTSTRAPPING:
        _ring(painter, s, progress, TOR_PURPLE, dashed=False)
        _onion(painter, centre, s * 0.28, QColor("#e9dcef"), TOR_PURPLE)
    elif kind is IconKind.CONNECTED:
        _onion(painter, centre, s * 0.46, TOR_PURPLE, QColor("white"))
        painter.setPen(QPen(QColor("white"), s * 0.04))
        painter.setBrush(GREEN)
        painter.drawEllipse(QPointF(s * 0.8, s * 0.2), s * 0.17, s * 0.17)
    else:
        _warning_triangle(painter, s)
    if badge:
        # on the warning triangle the bottom-right corner would cover its mark: the badge
        # takes the empty top-left corner there
        _badge(painter, s, badge, top_left=kind is IconKind.WARNING)
    painter.end()
    return pixmap


def tray_unavailable_reason() -> str | None:
    if QSystemTrayIcon.isSystemTrayAvailable():
        return None
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "")
    if "GNOME" in desktop.upper():
        return translate(
            "Tray",
            "GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem "
            "Support” extension is installed and enabled. OnionPanel keeps this window "
            "open instead; closing it quits OnionPanel.",
        )
    return translate(
        "Tray",
        "This desktop has no system tray (no StatusNotifierItem host was found). "
        "OnionPanel keeps this window open instead; closing it quits OnionPanel.",
    )


class Tray(QSystemTrayIcon):
    open_panel = Signal()
    new_identity = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._menu = QMenu()
        self._menu.setAccessibleName(self.tr("OnionPanel tray menu"))
        # the menu says it too: a window labelled Sandbox is no protection
        self.sandbox_action = self._menu.addAction(self.tr("Sandbox — not anonymous"))
        self.sandbox_action.setEnabled(False)
        self.sandbox_action.setVisible(False)
        self.sandbox = False  # set_sandbox(True): --sandbox, before its tor even started
        self.open_action = self._add_action(self.tr("&Open panel"), self.open_panel)
        self.new_identity_action = self._add_action(self.tr("&New Identity"), self.new_identity)
        self.new_identity_action.setEnabled(False)  # until tor is connected
        self._menu.addSeparator()
        self._routing_action: QAction | None = None
        self.routing_menu: QMenu | None = None
        self.settings_actions: list[QAction] = []
        self._notification_fallback: Callable[[str, str], None] | None = None
        self.quit_action = self._add_action(self.tr("&Quit"), self.quit_requested)
        self.setContextMenu(self._menu)
        self.activated.connect(self._on_activated)
        self.state: TrayState | None = None
        self.status = TorStatus()
        self._seen: frozenset[NoticeKind] = frozenset()
        self.badge = ""
        self._rates = ""
        self._routing = ""
        self.show_status(TorStatus())

    def _add_action(self, text: str, signal: SignalInstance) -> QAction:
        action = self._menu.addAction(text)
        action.triggered.connect(signal.emit)
        return action

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_panel.emit()

    def show_status(self, status: TorStatus) -> None:
        self.sandbox_action.setVisible(status.sandbox or self.sandbox)
        self.status = status
        current = {status.problem.kind} if status.problem is not None else set()
        if status.bootstrap.warning:
            current.add(NoticeKind.BOOTSTRAP_PROBLEM)
        self._seen = self._seen & frozenset(current)  # a problem that ended and comes back warns
        state = tray_state(status, self._seen)
        if state == self.state:
            return
        if self.state is None or (state.kind, state.progress) != (
            self.state.kind,
            self.state.progress,
        ):
            self._redraw(state)
        self.state = state
        self._show_tooltip()

    def _show_tooltip(self) -> None:
        if self.state is not None:
            lines = [self.state.tooltip]
            if self._rates and self.state.kind is not IconKind.DISCONNECTED:
                lines.append(self._rates)
            if self._routing:
                lines.append(self._routing)
            self.setToolTip("\n".join(lines))

    def set_rates(self, read: float, written: float) -> None:
        from onionpanel.ui.bandwidth.page import format_rate

        self._rates = self.tr("↓ {read}  ↑ {written}").format(
            read=format_rate(read), written=format_rate(written)
        )
        self._show_tooltip()

    def set_routing_menu(self, menu: QMenu) -> None:
        if self._routing_action is not None:
            self._menu.removeAction(self._routing_action)
        self.routing_menu = menu  # the tray's menu does not own it: keep it alive here
        self._routing_action = self._menu.insertMenu(self.quit_action, menu)

    def acknowledge(self) -> None:
        """The person has seen the current problem (or it ended): leave the warning state
        until a problem of another kind comes, or this one ends and comes back."""
        seen = set(self._seen)
        if self.status.problem is not None:
            seen.add(self.status.problem.kind)
        if self.status.bootstrap.warning:
            seen.add(NoticeKind.BOOTSTRAP_PROBLEM)
        if frozenset(seen) != self._seen:
            self._seen = frozenset(seen)
            self.show_status(self.status)

    def set_sandbox(self, sandbox: bool) -> None:
        self.sandbox = sandbox
        self.sandbox_action.setVisible(sandbox)

    def add_setting(self, action: QAction) -> None:
        """A checkable menu entry above Quit (the panel's "Start with my session")."""
        self.settings_actions.append(action)  # the menu does not own it
        self._menu.insertAction(self.quit_action, action)

    def set_new_identity_available(self, available: bool) -> None:
        self.new_identity_action.setEnabled(available)

    def set_notification_fallback(self, send: Callable[[str, str], None]) -> None:
        """Who notifies when no tray is shown (the panel: org.freedesktop.Notifications)."""
        self._notification_fallback = send

    def notify(self, title: str, body: str) -> None:
        if self.isVisible() and self.supportsMessages():
            self.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 8000)
        elif self._notification_fallback is not None:
            self._notification_fallback(title, body)

    def set_routing_text(self, text: str) -> None:
        """A tooltip line about the routing mode ("" when there is nothing to say)."""
        self._routing = text
        self._show_tooltip()

    def set_badge(self, text: str) -> None:
        """One letter in the bottom-right corner: the routing mode when it is not plain Tor."""
        if text != self.badge:
            self.badge = text
            if self.state is not None:
                self._redraw(self.state)

    def _redraw(self, state: TrayState) -> None:
        icon = QIcon()
        for size in (16, 22, 24, 32, 48, 64):
            icon.addPixmap(draw_icon(state.kind, state.progress, size, self.badge))
        self.setIcon(icon)
