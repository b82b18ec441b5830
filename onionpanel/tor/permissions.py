"""Who may open a file tor guards with a group (its cookie, its control socket).

owning_group(path) -> str    the file's group, or the group of the directory hiding it
user_name() -> str           who we run as
join_group_advice(group, user) -> str   what to do, in English (the ui phrases its own)
"""

from __future__ import annotations

import grp
import os
import pwd
from pathlib import Path


def owning_group(path: Path) -> str:
    """The file's group; if a directory hides the file from us, that directory's group;
    "" when nothing hides it (the file is simply missing)."""
    for candidate in (path, *path.parents):
        try:
            gid = os.stat(candidate).st_gid
        except OSError:
            continue
        if candidate != path and os.access(candidate, os.R_OK | os.X_OK):
            return ""
        try:
            return grp.getgrgid(gid).gr_name
        except KeyError:
            return str(gid)
    return ""


def user_name() -> str:
    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        return os.environ.get("USER", "$USER")


def join_group_advice(group: str, user: str) -> str:
    nixos_group = f'users.users.{user}.extraGroups = [ "{group}" ];'
    return (
        f"Join that group: sudo usermod -aG {group} {user} "
        f"then log out and in again. On NixOS add {nixos_group} to your configuration "
        "(services.tor.controlSocket.enable = true; gives /run/tor/control) "
        "and run nixos-rebuild switch."
    )
