"""'Start with my session': an XDG autostart entry for the panel.

  ENTRY_NAME                          org.onionpanel.OnionPanel.desktop
  autostart_file(environ) -> Path     $XDG_CONFIG_HOME/autostart/ENTRY_NAME
  starts_with_session(environ) -> bool
  set_start_with_session(enabled, environ, command=())   raises OSError
  launch_command() -> list[str]       how this panel was started, for the entry's Exec=

Turning it on writes the user's entry; turning it off removes it, or, when the system itself
starts OnionPanel for everyone (an entry in $XDG_CONFIG_DIRS/autostart), writes a user entry
with Hidden=true, which is how the specification lets one user opt out.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from onionpanel.xdg import autostart_dir, config_dirs

ENTRY_NAME = "org.onionpanel.OnionPanel.desktop"


def autostart_file(environ: Mapping[str, str] = os.environ) -> Path:
    return autostart_dir(environ) / ENTRY_NAME


def _system_entry(environ: Mapping[str, str]) -> Path | None:
    for folder in config_dirs(environ):
        entry = folder / "autostart" / ENTRY_NAME
        if entry.is_file():
            return entry
    return None


def _hidden(entry: Path) -> bool:
    try:
        lines = entry.read_text().splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    return any(line.replace(" ", "").lower() == "hidden=true" for line in lines)


def starts_with_session(environ: Mapping[str, str] = os.environ) -> bool:
    user = autostart_file(environ)
    if user.is_file():
        return not _hidden(user)
    return _system_entry(environ) is not None


def launch_command() -> list[str]:
    """`onionpanel` when that is what runs us from PATH, else the full path of what does."""
    program = Path(sys.argv[0])
    if program.name == "onionpanel":
        on_path = shutil.which("onionpanel")
        if on_path and Path(on_path).resolve() == program.resolve():
            return ["onionpanel"]
        return [str(program.resolve())]
    return [sys.executable, "-m", "onionpanel"]


def _quote(argument: str) -> str:
    # Desktop entry Exec quoting: double quotes, with \ " ` $ escaped by a backslash.
    if all(c.isalnum() or c in "/._-+" for c in argument):
        return argument
    escaped = "".join("\\" + c if c in '\\"`$' else c for c in argument)
    return f'"{escaped}"'


def entry_text(command: Sequence[str], hidden: bool = False) -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=OnionPanel",
        "Comment=Tor control panel in the tray",
        "Icon=org.onionpanel.OnionPanel",
        f"Exec={' '.join(map(_quote, command))}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
    ]
    if hidden:
        lines.append("Hidden=true")
    return "\n".join(lines) + "\n"


def set_start_with_session(
    enabled: bool, environ: Mapping[str, str] = os.environ, command: Sequence[str] = ()
) -> None:
    """Raises OSError when the folder cannot be written; the caller says so."""
    user = autostart_file(environ)
    system = _system_entry(environ)
    if enabled and system is not None:
        user.unlink(missing_ok=True)  # the system's entry starts us already
        return
    if not enabled and system is None:
        user.unlink(missing_ok=True)
        return
    user.parent.mkdir(parents=True, exist_ok=True)
    temporary = user.with_suffix(".tmp")
    temporary.write_text(entry_text(command or launch_command(), hidden=not enabled))
    temporary.replace(user)
