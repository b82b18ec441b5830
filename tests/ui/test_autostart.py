"""'Start with my session' writes and removes an XDG autostart entry that desktops accept."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.autostart import (
    ENTRY_NAME,
    autostart_file,
    set_start_with_session,
    starts_with_session,
)
from onionpanel.ui.shell.tray import Tray
from tests.conftest import dispose_panel


def _environ(tmp_path: Path) -> dict[str, str]:
    return {
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg"),
    }


def test_on_writes_a_valid_entry_and_off_removes_it(tmp_path: Path) -> None:
    environ = _environ(tmp_path)
    assert not starts_with_session(environ)
    set_start_with_session(True, environ, command=["/opt/my venv/bin/onionpanel"])
    entry = tmp_path / "config" / "autostart" / ENTRY_NAME
    assert autostart_file(environ) == entry
    assert starts_with_session(environ)
    assert 'Exec="/opt/my venv/bin/onionpanel"' in entry.read_text()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)
    set_start_with_session(False, environ)
    assert not entry.exists()
    assert not starts_with_session(environ)


def test_a_system_wide_entry_is_switched_off_for_this_user_only(tmp_path: Path) -> None:
    environ = _environ(tmp_path)
    system = tmp_path / "etc-xdg" / "autostart" / ENTRY_NAME
    system.parent.mkdir(parents=True)
    system.write_text("[Desktop Entry]\nType=Application\nName=OnionPanel\nExec=onionpanel\n")
    assert starts_with_session(environ)
    set_start_with_session(False, environ, command=["onionpanel"])
    assert "Hidden=true" in autostart_file(environ).read_text()
    assert not starts_with_session(environ)
    assert system.exists(), "the system's file is never touched"
    set_start_with_session(True, environ)
    assert not autostart_file(environ).exists()
    assert starts_with_session(environ)


def test_the_panel_offers_it_in_the_tray_menu_and_the_window(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artifacts: Path,
) -> None:
    for key, value in _environ(tmp_path).items():
        monkeypatch.setenv(key, value)
    panel = Panel(qapp, Tray(), parse_args(["--control", "127.0.0.1:1"]))
    try:
        action = panel.start_with_session
        assert action in panel.tray.contextMenu().actions()
        assert action.isCheckable()
        assert not action.isChecked()
        window = panel.window
        window.show()
        (box,) = window.status_page.settings
        assert box.accessibleName() == "Start with my session"
        box.click()
        assert action.isChecked()
        assert (tmp_path / "config" / "autostart" / ENTRY_NAME).is_file()
        assert window.grab().save(str(artifacts / "status_window_autostart.png"))
        menu = panel.tray.contextMenu()
        menu.adjustSize()
        assert menu.grab().save(str(artifacts / "tray_menu_autostart.png"))
        action.trigger()  # from the tray menu: off again, and the box follows
        assert not box.isChecked()
        assert not (tmp_path / "config" / "autostart" / ENTRY_NAME).exists()
    finally:
        dispose_panel(panel)
