"""The tray as a state machine: every phase gives its own icon kind and an honest tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtGui import QColor, QImage, QPainter

from onionpanel.core.status import Bootstrap, ConnectionPhase, Notice, NoticeKind, TorStatus
from onionpanel.ui.shell.tray import IconKind, Tray, draw_icon, tray_state
from tests.ui.conftest import BOOTSTRAPPING, CLOCK_SKEW, CONNECTED


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (TorStatus(), IconKind.DISCONNECTED),
        (TorStatus(phase=ConnectionPhase.CONNECTING), IconKind.CONNECTING),
        (TorStatus(phase=ConnectionPhase.AUTHENTICATING), IconKind.CONNECTING),
        (TorStatus(phase=ConnectionPhase.RECONNECTING), IconKind.CONNECTING),
        (BOOTSTRAPPING, IconKind.BOOTSTRAPPING),
        (CONNECTED, IconKind.CONNECTED),
        (CONNECTED.with_(problem=CLOCK_SKEW), IconKind.WARNING),
        (
            BOOTSTRAPPING.with_(bootstrap=Bootstrap(10, "conn", "Connecting", "refused", "X")),
            IconKind.WARNING,
        ),
    ],
)
def test_every_phase_has_its_icon(qapp: object, status: TorStatus, kind: IconKind) -> None:
    assert tray_state(status).kind is kind


def test_every_connection_phase_is_covered(qapp: object) -> None:
    for phase in ConnectionPhase:
        state = tray_state(TorStatus(phase=phase))
        assert state.tooltip.startswith("OnionPanel: ")


def test_a_notice_that_is_not_a_problem_keeps_connected(qapp: object) -> None:
    fine = Notice(NoticeKind.CIRCUIT_ESTABLISHED, "NOTICE", {})
    assert tray_state(CONNECTED.with_(problem=fine)).kind is IconKind.CONNECTED


def test_tooltip_says_state_version_and_phase(qapp: object) -> None:
    tooltip = tray_state(BOOTSTRAPPING).tooltip
    assert "Bootstrapping 45 %: Loading relay descriptors" in tooltip
    assert "Tor 0.4.9.11" in tooltip
    assert "Sandbox" not in tooltip
    assert "Connected" in tray_state(CONNECTED).tooltip


def test_sandbox_tooltip_says_not_anonymous(qapp: object) -> None:
    assert "Sandbox — not anonymous" in tray_state(CONNECTED.with_(sandbox=True)).tooltip


def test_warning_tooltip_says_what_is_wrong(qapp: object) -> None:
    tooltip = tray_state(CONNECTED.with_(problem=CLOCK_SKEW)).tooltip
    assert "3600 seconds behind" in tooltip


def test_disconnected_tooltip_carries_the_error(qapp: object) -> None:
    status = TorStatus(error="Connection refused on 127.0.0.1:9051")
    assert "Connection refused on 127.0.0.1:9051" in tray_state(status).tooltip


def _image(kind: IconKind, progress: int = 0, badge: str = "") -> QImage:
    return draw_icon(kind, progress, 32, badge).toImage()


def test_icons_are_visibly_different(qapp: object) -> None:
    images = [_image(kind, 45) for kind in IconKind]
    for i, first in enumerate(images):
        for second in images[i + 1 :]:
            assert first != second
    assert _image(IconKind.BOOTSTRAPPING, 20) != _image(IconKind.BOOTSTRAPPING, 80)
    assert _image(IconKind.CONNECTED, badge="T") != _image(IconKind.CONNECTED)


def test_icon_sheet_screenshot(qapp: object, artifacts: Path) -> None:
    """All states side by side, at tray sizes and large, for a person to look at."""
    kinds = [(kind, 0) for kind in IconKind if kind is not IconKind.BOOTSTRAPPING]
    kinds[2:2] = [(IconKind.BOOTSTRAPPING, p) for p in (10, 45, 90)]
    sheet = QImage(96 * len(kinds), 96 + 40, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#f0f0f0"))
    painter = QPainter(sheet)
    for column, (kind, progress) in enumerate(kinds):
        painter.drawPixmap(96 * column + 16, 8, draw_icon(kind, progress, 64))
        painter.drawPixmap(96 * column + 16, 92, draw_icon(kind, progress, 22))
        painter.drawPixmap(96 * column + 48, 92, draw_icon(kind, progress, 32, badge="T"))
    painter.end()
    assert sheet.save(str(artifacts / "tray_icons.png"))


def test_tray_follows_status_and_menu(qtbot: object, qapp: object) -> None:
    tray = Tray()
    assert tray.state is not None
    assert tray.state.kind is IconKind.DISCONNECTED
    tray.show_status(BOOTSTRAPPING)
    assert tray.toolTip() == tray_state(BOOTSTRAPPING).tooltip
    assert not tray.icon().isNull()
    actions = tray.contextMenu().actions()
    labels = [a.text() for a in actions if not a.isSeparator() and a.isVisible()]
    assert labels == ["&Open panel", "&New Identity", "&Quit"]  # no Sandbox line: not one
    assert not tray.new_identity_action.isEnabled()
    opened: list[bool] = []
    tray.open_panel.connect(lambda: opened.append(True))
    tray.open_action.trigger()
    quits: list[bool] = []
    tray.quit_requested.connect(lambda: quits.append(True))
    tray.quit_action.trigger()
    before = tray.icon().pixmap(32).toImage()
    tray.set_badge("C")
    assert tray.icon().pixmap(32).toImage() != before
    assert opened == [True]
    assert quits == [True]
