"""Starting a program in one of the profiles the system declares (never one it does not).

  Launch                                  what to run: argv and the environment changes
  launch_plan(profile, command, *, systemd_run, app_name=None) -> Launch
  app_name_of(command) -> str             "firefox" for ["/usr/bin/firefox", ...]
  LaunchError                             why a profile cannot be used here, in words
  find_desktop_app(desktop_id, environ=os.environ) -> DesktopApp | None   from the XDG dirs

How a program joins a profile:
- profiles with a TransPort, and clearnet profiles, need the program's cgroup: it runs in a
  systemd user scope inside onionpanel-PROFILE.slice, the cgroup the helper's ruleset matches;
- profiles with a SocksPort get the SOCKS settings in the environment (ALL_PROXY and torsocks'
  variables) with a SOCKS username of the program's own name: tor isolates streams by it, and
  the circuits view shows which program a stream belongs to;
- clearnet-proxy profiles get the proxy in http_proxy / https_proxy.
Without systemd-run a profile that needs the cgroup is refused, never run unplaced.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from urllib.parse import quote

from onionpanel.core.circuits import LAUNCHED_PASSWORD_PREFIX
from onionpanel.core.routing import DesktopApp, parse_desktop_entry
from onionpanel.helper.config import Profile
from onionpanel.xdg import data_dirs, data_home

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class LaunchError(Exception):
    pass


@dataclass(frozen=True)
class Launch:
    argv: tuple[str, ...]
    environment: dict[str, str] = field(default_factory=dict)
    description: str = ""


def _application_dirs(environ: Mapping[str, str]) -> list[Path]:
    return [root / "applications" for root in [data_home(environ), *data_dirs(environ)]]


def find_desktop_app(desktop_id: str, environ: Mapping[str, str] = os.environ) -> DesktopApp | None:
    """The first readable desktop entry of that id (the config names it; never a path)."""
    if "/" in desktop_id or not desktop_id.endswith(".desktop"):
        return None
    for directory in _application_dirs(environ):
        try:
            text = (directory / desktop_id).read_text(errors="replace")
        except OSError:
            continue
        return parse_desktop_entry(desktop_id, text)
    return None


def app_name_of(command: Sequence[str]) -> str:
    name = _UNSAFE.sub("-", PurePath(command[0]).name).strip("-")
    return name[:40] or "app"


def _needs_cgroup(profile: Profile) -> bool:
    return bool(profile.trans_port) or profile.is_clearnet


def _socks_environment(port: int, user: str, profile: str) -> dict[str, str]:
    # socks5h: names are resolved by tor, never by the program's own resolver. The password
    # names the profile, so the circuits view can say where a stream came from.
    password = f"{LAUNCHED_PASSWORD_PREFIX}{profile}"
    url = f"socks5h://{user}:{quote(password, safe='')}@127.0.0.1:{port}"
    return {
        "ALL_PROXY": url,
        "all_proxy": url,
        "TORSOCKS_TOR_ADDRESS": "127.0.0.1",
        "TORSOCKS_TOR_PORT": str(port),
        "TORSOCKS_USERNAME": user,
        "TORSOCKS_PASSWORD": password,
    }


def _proxy_environment(host: str, port: int) -> dict[str, str]:
    url = f"http://{host}:{port}"
    environment = {name: url for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")}
    environment["no_proxy"] = environment["NO_PROXY"] = "localhost,127.0.0.1,::1"
    return environment


def launch_plan(
    profile: Profile,
    command: Sequence[str],
    *,
    systemd_run: str | None,
    app_name: str | None = None,
) -> Launch:
    if not command:
        raise LaunchError("no command to run: onionpanel run PROFILE -- COMMAND [ARGS…]")
    name = app_name or app_name_of(command)
    environment: dict[str, str] = {}
    if profile.socks_port:
        environment.update(_socks_environment(profile.socks_port, name, profile.name))
    if profile.kind == "clearnet-proxy":
        environment.update(_proxy_environment(profile.proxy_host, profile.proxy_port))
    argv = tuple(command)
    if _needs_cgroup(profile):
        if systemd_run is None:
            raise LaunchError(
                f"profile {profile.name!r} places programs in the systemd user slice "
                f"{profile.slice}, and systemd-run was not found; without it {name} would not "
                "be in the profile (its traffic would go through tor's default port instead)"
            )
        scope = [
            systemd_run,
            *("--user", "--scope", "--quiet", "--collect"),
            f"--slice={profile.slice}",
            f"--description=OnionPanel: {name} in {profile.name}",
            *(f"--setenv={key}={value}" for key, value in sorted(environment.items())),
            "--",
        ]
        argv = (*scope, *command)
    return Launch(argv, environment, f"{name} in profile {profile.name} ({profile.kind})")
