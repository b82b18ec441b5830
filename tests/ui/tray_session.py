"""Run inside ``dbus-run-session`` with DISPLAY set: our watcher, then the real panel.

Writes JSON to argv[1]: the panel's startup probe and the tray item's ToolTip/Status as
another process reads them over D-Bus (a process must not call itself over D-Bus).

  python tests/ui/tray_session.py OUT.json [panel arguments...]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _read_item(service: str, prop: str) -> str:
    result = subprocess.run(
        [
            "gdbus", "call", "--session", "--dest", service,
            "--object-path", "/StatusNotifierItem",
            "--method", "org.freedesktop.DBus.Properties.Get",
            "org.kde.StatusNotifierItem", prop,
        ],
        capture_output=True, text=True, timeout=10, check=False,
    )  # fmt: skip
    return result.stdout.strip() or result.stderr.strip()


def main(argv: list[str]) -> int:
    out_path, panel_args = argv[0], argv[1:]
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="xcb")
    watcher = subprocess.Popen(
        [sys.executable, str(ROOT / "tests/ui/sni_watcher.py")],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    panel: subprocess.Popen[str] | None = None
    try:
        assert watcher.stdout is not None
        if watcher.stdout.readline().strip() != "registered":
            raise SystemExit("the StatusNotifierWatcher did not start")
        with tempfile.TemporaryDirectory(prefix=f"onionpanel-probe-{os.getpid()}-") as tmp:
            probe = Path(tmp) / "probe.json"
            panel = subprocess.Popen(
                [sys.executable, "-m", "onionpanel", *panel_args],
                env=dict(env, ONIONPANEL_STARTUP_PROBE=str(probe)), text=True,
            )  # fmt: skip
            item = watcher.stdout.readline().split()
            figures: dict[str, object] = {"item": item[1] if len(item) == 2 else None}
            if figures["item"]:
                figures["tooltip"] = _read_item(item[1], "ToolTip")
                figures["status"] = _read_item(item[1], "Status")
                figures["menu"] = _read_item(item[1], "Menu")
            figures["panel_exit"] = panel.wait(timeout=60)
            figures["probe"] = json.loads(probe.read_text()) if probe.exists() else None
        Path(out_path).write_text(json.dumps(figures))
        return 0
    finally:
        for process in (panel, watcher):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
