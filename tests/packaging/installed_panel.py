"""Runs ``onionpanel --sandbox`` from an installed wheel until it is connected, opens every page,
saves a screenshot of each, then quits. Used by test_install.py inside a fresh venv, with
``python -I`` and the checkout hidden, so only the installed package can be imported.

  python -I installed_panel.py OUT_DIR     writes OUT_DIR/result.json and OUT_DIR/page-N.png

It calls the installed entry point (onionpanel.__main__.main) itself; the only addition is a
watcher attached when the panel presents itself.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

TIMEOUT_S = 240.0
PAGE_SETTLE_MS = 1500


def main(out_dir: Path) -> int:
    from PySide6.QtCore import QTimer

    import onionpanel
    from onionpanel.__main__ import main as onionpanel_main
    from onionpanel.ui.shell import panel as panel_module

    result: dict[str, Any] = {"package": str(Path(onionpanel.__file__).parent), "pages": []}
    started = time.monotonic()
    present = panel_module.Panel.present

    def watch(panel: Any) -> None:
        def connected() -> bool:
            status = panel.session.status
            return bool(status.bootstrap.done and status.phase.name == "CONNECTED")

        def visit(index: int) -> None:
            window = panel.window
            if index >= window.pages.count():
                result["connected_after_s"] = round(time.monotonic() - started, 1)
                panel.quit()
                return
            window.show_page(index)
            QTimer.singleShot(PAGE_SETTLE_MS, lambda: save(index))

        def save(index: int) -> None:
            window = panel.window
            page = window.pages.widget(index)
            shot = out_dir / f"page-{index}.png"
            window.grab().save(str(shot))
            result["pages"].append(
                {"title": window.navigation.item(index).text(), "visible": page.isVisible()}
            )
            visit(index + 1)

        def poll() -> None:
            if connected():
                result["tooltip"] = panel.tray.toolTip()
                result["desktop_file_name"] = panel.app.desktopFileName()
                result["window_icon_sizes"] = [
                    size.width() for size in panel.app.windowIcon().availableSizes()
                ] or ([64] if not panel.app.windowIcon().isNull() else [])
                panel.open_window()
                visit(0)
            elif time.monotonic() - started > TIMEOUT_S:
                result["error"] = f"not connected after {TIMEOUT_S:.0f} s"
                panel.quit()
            else:
                QTimer.singleShot(500, poll)

        QTimer.singleShot(500, poll)

    def present_and_watch(self: Any, reason: str | None) -> None:
        present(self, reason)
        watch(self)

    panel_module.Panel.present = present_and_watch  # type: ignore[method-assign]
    exit_code = onionpanel_main(["--sandbox"])
    result["exit_code"] = exit_code
    (out_dir / "result.json").write_text(json.dumps(result))
    return exit_code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
