"""A real tray icon: the panel under Xvfb registers a StatusNotifierItem with a watcher.

The watcher (tests/ui/sni_watcher.py) stands in for the desktop shell's tray host, which
cannot run here; everything else is the real panel process and a real D-Bus session.
"""

from __future__ import annotations

import pytest

from onionpanel.launcher.process import free_tcp_port
from tests.ui import xvfb

pytestmark = pytest.mark.skipif(not xvfb.available(), reason="needs Xvfb, dbus, gdbus")


def test_panel_registers_a_tray_item_with_tooltip_and_menu() -> None:
    nothing_listens = f"127.0.0.1:{free_tcp_port()}"
    with xvfb.xvfb_display() as display:
        figures = xvfb.run_tray_session(display, ["--control", nothing_listens])
    assert figures["item"], figures
    assert "OnionPanel: " in str(figures["tooltip"])  # read over D-Bus by another process
    assert "/MenuBar" in str(figures["menu"])
    assert figures["panel_exit"] == 0
    probe = figures["probe"]
    assert isinstance(probe, dict)
    assert probe["tray_available"] is True
    assert probe["stem_imported"] is True  # lazily, after the tray was shown
    assert str(probe["tooltip"]).startswith("OnionPanel: Not connected\nNo Tor control port")
