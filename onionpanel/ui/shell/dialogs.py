"""Dialogs the session needs from a person.

PasswordDialog(endpoint, rejected, keyring_reason)   asks for tor's control password
|- password() -> str, remember() -> bool
ask_start_own_tor(parent, reason) -> bool            "no tor answers: start one of your own?"
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class PasswordDialog(QDialog):
    def __init__(
        self,
        endpoint: str,
        rejected: bool = False,
        keyring_reason: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tor control password"))
        self.setAccessibleName(self.tr("Tor control password"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The Tor at {endpoint} asks for its control password.").format(
                endpoint=endpoint
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("Explanation"))
        layout.addWidget(intro)
        if rejected:
            wrong = QLabel(self.tr("Tor rejected that password. Please try again."))
            wrong.setStyleSheet("color: #b3261e;")
            wrong.setAccessibleName(self.tr("Password rejected"))
            layout.addWidget(wrong)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("Password"))
        layout.addWidget(self.password_edit)
        self.remember_box = QCheckBox(self.tr("&Remember in the desktop keyring"))
        self.remember_box.setAccessibleName(self.tr("Remember in the desktop keyring"))
        if keyring_reason:
            self.remember_box.setEnabled(False)
            self.remember_box.setToolTip(keyring_reason)
            self.remember_box.setAccessibleDescription(keyring_reason)
            why = QLabel(keyring_reason)
            why.setWordWrap(True)
            why.setEnabled(False)
            why.setAccessibleName(self.tr("Why the keyring is unavailable"))
            layout.addWidget(self.remember_box)
            layout.addWidget(why)
        else:
            layout.addWidget(self.remember_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setAccessibleName(self.tr("Dialog buttons"))
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password_edit.setFocus()

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()


def start_own_tor_box(parent: QWidget | None, reason: str) -> tuple[QMessageBox, QPushButton]:
    """A non-modal question; open() it and compare clickedButton() with the returned button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "No Tor found"))
    box.setAccessibleName(translate("Dialogs", "No Tor found"))
    box.setText(translate("Dialogs", "No Tor answers on this computer."))
    box.setInformativeText(
        translate(
            "Dialogs",
            "{reason}\n\nOnionPanel can start a Tor of your own: it runs as you, keeps its "
            "data in your state directory, and stops when OnionPanel quits. It never touches "
            "a system Tor or its configuration.",
        ).format(reason=reason)
    )
    start = box.addButton(
        translate("Dialogs", "&Start my own Tor"), QMessageBox.ButtonRole.AcceptRole
    )
    start.setAccessibleName(translate("Dialogs", "Start my own Tor"))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setAccessibleName(translate("Dialogs", "Cancel"))
    box.setDefaultButton(start)
    return box, start


async def run_dialog(dialog: QDialog) -> int:
    """Show a dialog without a nested event loop and wait for its result."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[int] = loop.create_future()

    def finish(result: int) -> None:
        if not done.done():
            done.set_result(result)

    dialog.finished.connect(finish)
    dialog.open()
    return await done
