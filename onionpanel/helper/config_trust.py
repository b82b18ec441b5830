"""Whether a config file may be believed: only root may have written or be able to change it.

  trust_problems(path) -> list[Problem]   empty when ``path``, every symlink on the way to it
                                          and every directory above it are root's and closed
                                          to others; each problem names the file and the fix
  directory_problems(directory) -> list[Problem]   the same for a directory (profiles.d)

The helper runs as root and turns this config into firewall rules, so a file another user can
change is a way around Tor for that user. Refused:
* a file (or the file a symlink leads to) not owned by root, or writable by group or others;
* a symlink owned by anyone but root (its owner can point it elsewhere at any time);
* a directory above the file that is not root's, or that group or others can write, unless it
  has the sticky bit and the entry in it is root's (then nobody else can rename or replace it;
  not for the file's own directory, where anyone could add a profiles.d file).
NixOS's /etc entries are root-owned symlinks into /nix/store (root-owned files, mode 0444, in a
sticky directory): they pass.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from onionpanel.helper.config_types import Problem

MAX_LINKS = 40


def _open_to_others(mode: int) -> bool:
    return bool(mode & (stat.S_IWGRP | stat.S_IWOTH))


def _directory_problems(directory: Path) -> list[Problem]:
    """``directory`` and every one above it. The sticky bit excuses a writable directory only
    above the file's own: in its own, anyone could still add a file (profiles.d/*.toml)."""
    problems: list[Problem] = []
    child_owner = -1
    for current in [directory, *directory.parents]:
        try:
            info = current.lstat()
        except OSError as error:
            problems.append(Problem(str(current), "", f"cannot be checked ({error.strerror})"))
            return problems
        sticky_and_safe = bool(info.st_mode & stat.S_ISVTX) and child_owner == 0
        if info.st_uid != 0:
            problems.append(
                Problem(
                    str(current),
                    "",
                    f"directory owned by uid {info.st_uid}, who could replace the config; "
                    f"fix: chown root:root {current}",
                )
            )
        elif _open_to_others(info.st_mode) and not sticky_and_safe:
            problems.append(
                Problem(
                    str(current),
                    "",
                    "directory writable by group or others, who could replace the config; "
                    f"fix: chmod go-w {current}",
                )
            )
        child_owner = info.st_uid
    return problems


def _symlinks_on_the_way(path: Path) -> list[Path] | None:
    """Every symlink met while resolving ``path`` (any component); None if they loop."""
    found: list[Path] = []
    pending = list(Path(os.path.abspath(path)).parts[1:])
    current = Path("/")
    while pending:
        step = current / pending.pop(0)
        try:
            is_link = step.is_symlink()
        except OSError:
            is_link = False
        if not is_link:
            current = step
            continue
        found.append(step)
        if len(found) > MAX_LINKS:
            return None
        target = Path(os.readlink(step))
        pending = list(target.parts[1:] if target.is_absolute() else target.parts) + pending
        if target.is_absolute():
            current = Path("/")
    return found


def _link_problems(links: list[Path]) -> list[Problem]:
    problems = []
    for link in links:
        owner = link.lstat().st_uid
        if owner != 0:
            problems.append(
                Problem(
                    str(link),
                    "",
                    f"symlink owned by uid {owner}, who can point it anywhere; fix: "
                    f"cp --remove-destination {link.resolve()} {link} && chown root:root {link}",
                )
            )
    return problems


def directory_problems(directory: Path) -> list[Problem]:
    """A directory (profiles.d) that must be root's and closed, with all above it."""
    links = _symlinks_on_the_way(directory)
    if links is None:
        return [
            Problem(str(directory), "", "too many symlinks; point it straight at the directory")
        ]
    real = Path(os.path.realpath(directory))
    return list(dict.fromkeys(_link_problems(links) + _directory_problems(real)))


def trust_problems(path: Path) -> list[Problem]:
    links = _symlinks_on_the_way(path)
    if links is None:
        return [Problem(str(path), "", "too many symlinks; point it straight at the file")]
    real = Path(os.path.realpath(path))
    try:
        info = real.stat()
    except OSError as error:
        return [Problem(str(path), "", f"cannot be checked ({error.strerror})")]
    problems = _link_problems(links) + _directory_problems(real.parent)
    if info.st_uid != 0:
        problems.append(
            Problem(
                str(real), "", f"owned by uid {info.st_uid}, not root; fix: chown root:root {real}"
            )
        )
    if _open_to_others(info.st_mode):
        problems.append(
            Problem(
                str(real),
                "",
                f"writable by group or others (mode {stat.S_IMODE(info.st_mode):o}); "
                f"fix: chmod go-w {real}",
            )
        )
    return list(dict.fromkeys(problems))
