"""Every control carries an accessible name, in every window and dialog we show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollBar,
    QWidget,
)

from onionpanel.core.status import TorStatus
from onionpanel.ui.shell.dialogs import PasswordDialog, start_own_tor_box
from onionpanel.ui.shell.main_window import MainWindow
from tests.ui.conftest import CONNECTED, NOTICES

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QProgressBar,
)


def _is_control(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return False  # Qt's own parts of scroll areas and message boxes
    if isinstance(widget, QLabel) and widget.textInteractionFlags() & (
        Qt.TextInteractionFlag.TextSelectableByKeyboard
    ):
        return True
    return isinstance(widget, CONTROLS) or widget.focusPolicy() & Qt.FocusPolicy.TabFocus != 0


def unnamed_controls(top: QWidget) -> list[str]:
    widgets = [top, *top.findChildren(QWidget)]
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in widgets
        if _is_control(w) and not w.accessibleName()
    ]


def test_main_window_controls_are_named(qtbot, qapp: object) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_status(CONNECTED.with_(sandbox=True))
    for notice in NOTICES:
        window.status_page.add_notice(notice)
    window.explain_no_tray("no tray")
    assert unnamed_controls(window) == []
    window.show_status(TorStatus(error="x"))
    assert unnamed_controls(window) == []


def test_password_dialog_controls_are_named(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: object,
    artifacts: Path,
) -> None:
    dialog = PasswordDialog(
        "127.0.0.1:9051", rejected=True, keyring_reason="No desktop keyring is running."
    )
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    assert not dialog.remember_box.isEnabled()
    assert dialog.remember_box.toolTip() == "No desktop keyring is running."
    dialog.show()
    assert dialog.grab().save(str(artifacts / "password_dialog.png"))


def test_password_dialog_returns_what_was_typed(qtbot, qapp: object) -> None:  # type: ignore[no-untyped-def]
    dialog = PasswordDialog("unix:/run/tor/control")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password_edit, "s3cret")
    assert dialog.password() == "s3cret"
    assert dialog.password_edit.echoMode() is dialog.password_edit.EchoMode.Password
    assert dialog.remember_box.isEnabled()
    assert not dialog.remember()


def test_no_tor_question_is_named(qtbot, qapp: object) -> None:  # type: ignore[no-untyped-def]
    box, start = start_own_tor_box(None, "Nothing listens on 127.0.0.1:9051.")
    qtbot.addWidget(box)
    assert "Nothing listens on 127.0.0.1:9051." in box.informativeText()
    assert start.accessibleName() == "Start my own Tor"
    assert unnamed_controls(box) == []


def test_the_walker_notices_an_unnamed_control(qtbot, qapp: object) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    page = QWidget()
    QLineEdit(page)
    window.add_page("Test", page)
    assert unnamed_controls(window) == ["QLineEdit ''"]
