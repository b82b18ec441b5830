"""Who may open a file tor guards with a group (its cookie, its control socket), and what to
do about it, read from the file itself: owner, group and mode of the file and of the
directories on the way to it.

  Access                        what stops us: the file or the directory hiding it
  |- path, owner, group, mode, is_directory
  |- group_helps -> bool        joining ``group`` would let us in (never for root's group)
  blocking_access(path) -> Access | None   None: nothing stops us, or the file is missing
  owning_group(path) -> str     the group whose members may get in; "" when none would
  user_name() -> str            who we run as
  join_group_advice(group, user) -> str    what to do, in English (the ui phrases its own)
  owner_only_advice(access) -> str         when no group would help
"""

from __future__ import annotations

import grp
import os
import pwd
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Access:
    path: str
    owner: str
    group: str
    mode: int  # the permission bits, e.g. 0o600
    is_directory: bool

    @property
    def group_helps(self) -> bool:
        """A member of the group could get in (read a file, enter a directory), and the
        group is not root's: nobody should join root to read a cookie."""
        needed = stat.S_IXGRP if self.is_directory else stat.S_IRGRP
        return bool(self.mode & needed) and self.group not in ("root", "wheel", "0")


def _name(lookup: str, number: int) -> str:
    try:
        if lookup == "user":
            return pwd.getpwuid(number).pw_name
        return grp.getgrgid(number).gr_name
    except KeyError:
        return str(number)


def blocking_access(path: Path) -> Access | None:
    """The nearest directory that hides ``path`` from us, else the file itself if we may
    not read it; None if nothing stops us (or the file does not exist)."""
    for candidate in reversed((path, *path.parents)):
        try:
            info = os.stat(candidate)
        except OSError:
            return None
        is_directory = candidate != path
        allowed = os.access(candidate, os.X_OK if is_directory else os.R_OK)
        if not allowed:
            return Access(
                str(candidate),
                _name("user", info.st_uid),
                _name("group", info.st_gid),
                stat.S_IMODE(info.st_mode),
                is_directory,
            )
    return None


def owning_group(path: Path) -> str:
    """The group whose members could get at ``path``; "" when no group would help."""
    access = blocking_access(path)
    return access.group if access is not None and access.group_helps else ""


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


def owner_only_advice(access: Access) -> str:
    where = f"the directory {access.path}" if access.is_directory else access.path
    return (
        f"{where} is owned by {access.owner}:{access.group} with mode {access.mode:04o}, "
        f"so only {access.owner} may {'enter' if access.is_directory else 'read'} it; "
        "joining a group would not help. Have tor make its cookie readable by its group "
        "(CookieAuthFileGroupReadable 1 in its torrc, the cookie in a directory that group "
        "may enter; Debian's tor does this for the group debian-tor), or use tor's control "
        "socket with ControlSocketsGroupWritable 1 (on NixOS: "
        "services.tor.controlSocket.enable = true;)."
    )
