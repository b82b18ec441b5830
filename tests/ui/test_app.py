"""The application's wiring: no-tray fallback, argument parsing, the session's signals."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QSystemTrayIcon

from onionpanel.core.status import ConnectionPhase, ControlEndpoint, TorStatus
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.early import parse_endpoint
from onionpanel.ui.shell.session import TorSession
from onionpanel.ui.shell.tray import Tray, tray_unavailable_reason
from tests.ui.conftest import BOOTSTRAPPING, CLOCK_SKEW, CONNECTED


def test_without_a_tray_host_the_window_opens_and_says_why(
    qtbot,  # type: ignore[no-untyped-def]
    qapp,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Offscreen Qt really has no tray host; this is the same check a GNOME session fails.
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    reason = tray_unavailable_reason()
    assert reason is not None
    assert "AppIndicator" in reason
    panel = Panel(qapp, Tray(), parse_args([]))
    panel.present(reason)
    window = panel.window
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.tray_banner.isVisibleTo(window)
    assert "AppIndicator" in window.tray_banner.text()


def test_other_desktops_get_a_generic_reason(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "XFCE")
    reason = tray_unavailable_reason()
    assert reason is not None
    assert "StatusNotifierItem" in reason


def test_with_a_tray_the_window_waits(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    panel = Panel(qapp, Tray(), parse_args([]))
    panel.present(None)
    assert panel.tray.isVisible()
    assert panel._window is None  # created only when asked for: startup stays fast
    panel.tray.open_action.trigger()
    qtbot.addWidget(panel.window)
    assert panel.window.isVisible()


def test_status_reaches_tray_and_window(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    panel = Panel(qapp, Tray(), parse_args([]))
    panel.open_window()
    qtbot.addWidget(panel.window)
    panel.session.apply_status(BOOTSTRAPPING)
    assert panel.window.status_page.bootstrap_bar.value() == 45
    assert panel.tray.toolTip().startswith("OnionPanel: Bootstrapping 45 %")
    panel.session._emit_notice(CLOCK_SKEW)  # what TorConnection's on_notice calls
    assert panel.window.status_page.notice_texts()[0].startswith("Your clock is 3600")


def test_session_emits_on_change_only(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    session = TorSession()
    seen: list[TorStatus] = []
    session.status_changed.connect(seen.append)
    session.apply_status(CONNECTED)
    session.apply_status(CONNECTED)
    session.apply_status(CONNECTED.with_(version="0.4.9.12"))
    assert len(seen) == 2


@pytest.mark.parametrize(
    ("text", "endpoint"),
    [
        ("127.0.0.1:9051", ControlEndpoint.tcp("127.0.0.1", 9051)),
        ("[::1]:9151", ControlEndpoint.tcp("::1", 9151)),
        ("unix:/run/tor/control", ControlEndpoint.unix("/run/tor/control")),
    ],
)
def test_control_option(text: str, endpoint: ControlEndpoint) -> None:
    assert parse_endpoint(text) == endpoint
    assert parse_args(["--control", text]).endpoint == endpoint


@pytest.mark.parametrize("text", ["9051", "localhost:", "host:99999", "unix:"])
def test_bad_control_option_is_a_clear_error(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--control", text])
    assert exit_info.value.code == 2
    assert "--control:" in capsys.readouterr().err


def test_sandbox_and_control_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--sandbox", "--control", "127.0.0.1:9051"])
    assert "not allowed with" in capsys.readouterr().err


def test_sandbox_session_marks_every_status(qapp) -> None:  # type: ignore[no-untyped-def]
    session = TorSession(sandbox=True)
    session.apply_status(TorStatus(phase=ConnectionPhase.CONNECTING))
    assert session.status.sandbox
