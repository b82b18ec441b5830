"""What the Routing menu offers, from the helper's GetState reply alone."""

from __future__ import annotations

from onionpanel.core.routing import (
    DesktopApp,
    RoutingState,
    badge_for,
    menu_entries,
    parse_desktop_entry,
)

REPLY = (
    "tor",
    "tor",
    ["off", "tor", "lockdown", "tor+bank"],
    [
        ("mail", "tor-isolated", "Mail on circuits of its own", ["thunderbird.desktop"]),
        ("bank", "clearnet-proxy", "Online banking", ["firefox-bank.desktop", "gone.desktop"]),
        ("portal", "clearnet-direct", "Hotel Wi-Fi", []),  # declared, but not switchable
    ],
    0,
)


def test_only_switchable_modes_and_clearnet_profiles_are_offered() -> None:
    state = RoutingState.from_reply(REPLY)
    entries = [(e.kind, e.value, e.minutes, e.checked) for e in menu_entries(state)]
    assert entries == [
        ("mode", "off", 0, False),
        ("mode", "tor", 0, True),
        ("mode", "lockdown", 0, False),
        ("clearnet", "bank", 15, False),
        ("clearnet", "bank", 0, False),
    ]
    assert badge_for(state) == ""


def test_while_clearnet_is_on_the_way_back_is_offered_and_the_badge_shows_it() -> None:
    state = RoutingState.from_reply(("tor+bank", "tor+bank", *REPLY[2:4], 1_800_000_000))
    assert state.clearnet_profile == "bank"
    assert [e.kind for e in menu_entries(state)] == ["mode", "mode", "mode", "end"]
    assert badge_for(state) == "C"
    assert badge_for(RoutingState(applied="lockdown")) == "L"


def test_open_entries_come_from_the_profiles_apps_that_exist_here() -> None:
    state = RoutingState.from_reply(REPLY)
    apps = {"thunderbird.desktop": DesktopApp("thunderbird.desktop", "Thunderbird", ("tb",))}
    opens = [(e.value, e.label, e.argv) for e in menu_entries(state, apps) if e.kind == "open"]
    assert opens == [("mail", "Thunderbird", ("tb",))]


def test_desktop_entries_lose_field_codes_and_keep_quoted_words() -> None:
    text = (
        "[Desktop Entry]\nType=Application\nName=My Browser\n"
        'Exec="/opt/my browser/run" --profile bank %U\n'
        "[Desktop Action new]\nExec=ignored\n"
    )
    app = parse_desktop_entry("b.desktop", text)
    assert app == DesktopApp(
        "b.desktop", "My Browser", ("/opt/my browser/run", "--profile", "bank")
    )
    hidden = "[Desktop Entry]\nType=Application\nHidden=true\nExec=x\n"
    assert parse_desktop_entry("h.desktop", hidden) is None
