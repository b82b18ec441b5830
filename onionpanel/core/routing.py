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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

BASE_MODES = ("off", "tor", "lockdown")
CLEARNET_MINUTES = 15


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    kind: str
    description: str = ""
    apps: tuple[str, ...] = ()

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
            profiles=tuple(
                ProfileInfo(str(n), str(k), str(d), tuple(map(str, apps)))
                for n, k, d, apps in profiles
            ),
            clearnet_until=float(until),
        )

    @property
    def clearnet_profile(self) -> str:
        return self.applied[4:] if self.applied.startswith("tor+") else ""


@dataclass(frozen=True)
class MenuEntry:
    kind: str  # "mode", "clearnet", "end" or "open"
    value: str = ""  # the mode or the profile
    minutes: int = 0  # clearnet: 0 = until switched back
    checked: bool = False
    label: str = ""  # the profile's description (clearnet) or the app's name (open)
    argv: tuple[str, ...] = ()  # open: the app's command


def menu_entries(
    state: RoutingState, apps: Mapping[str, DesktopApp] | None = None
) -> list[MenuEntry]:
    return [*_mode_entries(state), *_open_entries(state, apps or {})]


def _open_entries(state: RoutingState, apps: Mapping[str, DesktopApp]) -> list[MenuEntry]:
    return [
        MenuEntry("open", profile.name, label=apps[app_id].name, argv=apps[app_id].argv)
        for profile in state.profiles
        for app_id in profile.apps
        if app_id in apps
    ]


def _mode_entries(state: RoutingState) -> list[MenuEntry]:
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


@dataclass(frozen=True)
class DesktopApp:
    id: str  # "firefox.desktop"
    name: str
    argv: tuple[str, ...]


def _unquote_exec(value: str) -> list[str]:
    """The Exec key's quoting (Desktop Entry spec): double quotes, backslash escapes."""
    words: list[str] = []
    word, quoted, i = "", False, 0
    started = False
    while i < len(value):
        char = value[i]
        if quoted and char == "\\" and i + 1 < len(value):
            word += value[i + 1]
            i += 2
            continue
        if char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started:
                words.append(word)
            word, started = "", False
        else:
            word, started = word + char, True
        i += 1
    if started:
        words.append(word)
    return words


def parse_desktop_entry(desktop_id: str, text: str) -> DesktopApp | None:
    fields: dict[str, str] = {}
    in_entry = False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            in_entry = line == "[Desktop Entry]"
        elif in_entry and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            fields.setdefault(key.strip(), value.strip())
    if fields.get("Type") != "Application" or fields.get("Hidden") == "true":
        return None
    argv = [
        word.replace("%%", "%")
        for word in _unquote_exec(fields.get("Exec", ""))
        if not (len(word) == 2 and word[0] == "%" and word[1] != "%")  # %u %F %i %c %k …
    ]
    if not argv:
        return None
    return DesktopApp(
        desktop_id, fields.get("Name", desktop_id.removesuffix(".desktop")), tuple(argv)
    )
