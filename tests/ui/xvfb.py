"""A private Xvfb display and D-Bus session for tests that need a real tray.

xvfb_display() -> context manager yielding ":N"    Xvfb picks a free display itself
run_tray_session(display, panel_args) -> dict      tray_session.py's figures
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> bool:
    return all(shutil.which(tool) for tool in ("Xvfb", "dbus-run-session", "gdbus"))


@contextmanager
def xvfb_display() -> Iterator[str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as display_number:
            number = display_number.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_tray_session(display: str, panel_args: list[str]) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix=f"onionpanel-tray-{os.getpid()}-") as tmp:
        out = Path(tmp) / "tray.json"
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        subprocess.run(
            ["dbus-run-session", "--", sys.executable, str(HERE / "tray_session.py"), str(out),
             *panel_args],
            env=env, check=True, timeout=120, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        result: dict[str, object] = json.loads(out.read_text())
        return result
