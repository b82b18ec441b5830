"""Where OnionPanel keeps its files: the XDG Base Directory specification, in one place.

  config_home() / state_home() / cache_home() / data_home() -> Path
  config_dirs() / data_dirs() -> list[Path]     the system-wide folders, most important first
  autostart_dir() -> Path                       config_home()/autostart

Each takes an optional environ (tests pass their own). As the specification says, a variable
that is unset, empty or not an absolute path is ignored and the default is used. Standard
library only: the launcher, the sandbox and ``onionpanel run`` use it without Qt.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path


def _home(environ: Mapping[str, str]) -> Path:
    home = environ.get("HOME", "")
    return Path(home) if home else Path.home()


def _single(environ: Mapping[str, str], variable: str, default: str) -> Path:
    value = environ.get(variable, "")
    if value and Path(value).is_absolute():
        return Path(value)
    return _home(environ) / default


def _many(environ: Mapping[str, str], variable: str, default: str) -> list[Path]:
    value = environ.get(variable, "") or default
    return [Path(part) for part in value.split(":") if part and Path(part).is_absolute()]


def config_home(environ: Mapping[str, str] = os.environ) -> Path:
    return _single(environ, "XDG_CONFIG_HOME", ".config")


def state_home(environ: Mapping[str, str] = os.environ) -> Path:
    return _single(environ, "XDG_STATE_HOME", ".local/state")


def cache_home(environ: Mapping[str, str] = os.environ) -> Path:
    return _single(environ, "XDG_CACHE_HOME", ".cache")


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    return _single(environ, "XDG_DATA_HOME", ".local/share")


def config_dirs(environ: Mapping[str, str] = os.environ) -> list[Path]:
    return _many(environ, "XDG_CONFIG_DIRS", "/etc/xdg")


def data_dirs(environ: Mapping[str, str] = os.environ) -> list[Path]:
    return _many(environ, "XDG_DATA_DIRS", "/usr/local/share:/usr/share")


def autostart_dir(environ: Mapping[str, str] = os.environ) -> Path:
    return config_home(environ) / "autostart"
