"""What the routing helper reports, and what the tray's Routing menu offers from it. Pure data.

RoutingState                 applied, remembered, switchable, profiles, clearnet_until
|- from_reply(body) -> RoutingState   GetState's reply body
|- clearnet_profile -> str   the profile of an applied "tor+PROFILE" mode, else ""
ProfileInfo                  name, kind, description
MenuEntry                    kind ("mode" | "clearnet" | "end"), value, minutes, checked
menu_entries(state) -> list[MenuEntry]   what a person may choose now, in menu order
badge_for(state) -> str      the tray's corner letter: "C" clearnet, "L" lockdown, else ""
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

BASE_MODES = ("off", "tor", "lockdown")
CLEARNET_MINUTES = 15


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    kind: str
    description: str = ""

    @property
    def is_clearnet(self) -> bool:
        return self.kind != "tor-isolated"


@dataclass(frozen=True)
class RoutingState:
    applied: str = ""  # "" when the helper's table is absent
    remembered: str = ""
    switchable: tuple[str, ...] = ()
    profiles: tuple[ProfileInfo, ...] = ()
    clearnet_until: float = 0.0  # seconds since the epoch; 0 when there is no time limit

    @classmethod
    def from_reply(cls, body: Sequence[Any]) -> RoutingState:
        applied, remembered, switchable, profiles, until = body
        return cls(
            applied=str(applied),
            remembered=str(remembered),
            switchable=tuple(str(mode) for mode in switchable),
            profiles=tuple(ProfileInfo(str(n), str(k), str(d)) for n, k, d in profiles),
            clearnet_until=float(until),
        )

    @property
    def clearnet_profile(self) -> str:
        return self.applied[4:] if self.applied.startswith("tor+") else ""


@dataclass(frozen=True)
class MenuEntry:
    kind: str  # "mode", "clearnet" or "end"
    value: str = ""  # the mode or the profile
    minutes: int = 0  # clearnet: 0 = until switched back
    checked: bool = False
    label: str = ""  # the profile's description, for clearnet entries


def menu_entries(state: RoutingState) -> list[MenuEntry]:
    entries = [
        MenuEntry("mode", mode, checked=state.applied == mode)
        for mode in BASE_MODES
        if mode in state.switchable
    ]
    if state.clearnet_profile:
        entries.append(MenuEntry("end", state.clearnet_profile))
        return entries
    for profile in state.profiles:
        if profile.is_clearnet and f"tor+{profile.name}" in state.switchable:
            label = profile.description or profile.name
            entries.append(MenuEntry("clearnet", profile.name, CLEARNET_MINUTES, label=label))
            entries.append(MenuEntry("clearnet", profile.name, 0, label=label))
    return entries


def badge_for(state: RoutingState) -> str:
    if state.clearnet_profile:
        return "C"
    if state.applied == "lockdown":
        return "L"
    return ""
