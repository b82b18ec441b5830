"""The tray says what the helper found when it restored its table (ModeChanged why
"restored:FOUND"), and why a tor mode became lockdown ("ports")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from onionpanel.ui.routing.menu import RoutingMenu


def test_the_notification_names_what_another_program_did(qtbot: QtBot) -> None:
    menu = RoutingMenu()
    qtbot.addWidget(menu)
    assert menu.change_text("tor", "restored:mode=off") == (
        "Another program replaced OnionPanel's firewall table with an old one "
        "(Off (only programs set up for Tor use it)); restored: Tor (all traffic) is applied again."
    )
    assert menu.change_text("tor", "restored:deleted=filter_output") == (
        "Another program deleted the chain filter_output of OnionPanel's firewall table; "
        "restored: Tor (all traffic) is applied again."
    )
    assert menu.change_text("tor", "restored:gone").startswith(
        "Another program removed OnionPanel's firewall table; restored:"
    )
    assert menu.change_text("tor", "restored").startswith(
        "Another program changed OnionPanel's firewall table; restored:"
    )
    assert menu.change_text("lockdown", "ports") == (
        "Someone other than Tor holds Tor's ports: lockdown until Tor holds them again."
    )
