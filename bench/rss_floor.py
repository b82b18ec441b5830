"""The memory floor of OnionPanel's stack, before any OnionPanel code runs (issue 18's RSS).

    python -m bench.rss_floor [--platform offscreen|xcb]

In a fresh interpreter, one stage at a time: Python itself, asyncio, PySide6's QtCore, QtGui
and QtWidgets, a QApplication, stem.control, qasync, an empty QMainWindow shown, then
OnionPanel's shell module imported (nothing built, nothing connected). After each stage it prints
VmRSS and, from /proc/self/smaps_rollup, how much of it is private (only this process pays for
it) and how much is file-backed shared library pages that every Qt or Python program on the
desktop shares. The RSS targets of issue 18 (tray only 60 MB, window shown 70 MB) are to be read
against the last lines: what the stack costs before the panel owns a single object.
``xcb`` needs $DISPLAY (an Xvfb will do); ``offscreen`` is the default.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STAGES = (
    ("python", ""),
    ("asyncio", "import asyncio"),
    ("QtCore", "from PySide6 import QtCore"),
    ("QtGui", "from PySide6 import QtGui"),
    ("QtWidgets", "from PySide6 import QtWidgets"),
    ("QApplication", "app = QtWidgets.QApplication([])"),
    ("stem.control", "import stem.control"),
    ("qasync", "import qasync"),
    ("empty window", "w = QtWidgets.QMainWindow(); w.show(); app.processEvents()"),
    ("onionpanel shell", "import onionpanel.ui.shell.app"),
)

PROBE = """
def figures():
    rollup = {}
    for line in open("/proc/self/smaps_rollup"):
        name, _, rest = line.partition(":")
        if rest.strip().endswith("kB"):
            rollup[name] = int(rest.split()[0]) / 1024
    private = rollup["Private_Clean"] + rollup["Private_Dirty"]
    status = {}
    for line in open("/proc/self/status"):
        name, _, rest = line.partition(":")
        if name in ("RssAnon", "RssFile"):
            status[name] = int(rest.split()[0]) / 1024
    return rollup["Rss"], status["RssAnon"], status["RssFile"], private, rollup["Pss"]
"""


def script() -> str:
    lines = [PROBE]
    for label, code in STAGES:
        if code:
            lines.append(code)
        lines.append(f"print({label!r}, *('%.1f' % f for f in figures()), flush=True)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen")
    options = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM=options.platform, PYTHONPATH=str(ROOT))
    output = subprocess.run(
        [sys.executable, "-c", script()], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if output.returncode != 0:
        print(output.stderr, file=sys.stderr)
        return 1
    columns = ("RSS MB", "anon", "file", "private", "PSS")
    print(f"{'stage':<18}" + "".join(f"{c:>9}" for c in columns) + f"   ({options.platform})")
    for line in output.stdout.splitlines():
        *label, rss, anon, file, private, pss = line.split()
        figures = (rss, anon, file, private, pss)
        print(f"{' '.join(label):<18}" + "".join(f"{figure:>9}" for figure in figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
