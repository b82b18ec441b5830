"""What the Routing menu offers, from the helper's GetState reply alone."""

from __future__ import annotations

from onionpanel.core.routing import RoutingState, badge_for, menu_entries

REPLY = (
    "tor",
    "tor",
    ["off", "tor", "lockdown", "tor+bank"],
    [
        ("mail", "tor-isolated", "Mail on circuits of its own"),
        ("bank", "clearnet-proxy", "Online banking"),
        ("portal", "clearnet-direct", "Hotel Wi-Fi"),  # declared, but not switchable
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
