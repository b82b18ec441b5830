"""The memory floor of OnionPanel's stack, before any OnionPanel code runs (issue 18's RSS).

    python -m bench.rss_floor [--platform offscreen|xcb]

In a fresh interpreter, one stage at a time: Python itself, asyncio, PySide6's QtCore, QtGui
and QtWidgets, a QApplication, stem.control, qasync, an empty QMainWindow shown, then
OnionPanel's shell module imported (nothing built, nothing connected). After each stage it prints
VmRSS and, from /proc/self/smaps_rollup, how much of it is private (only this process pays for
it) and how much is file-backed shared library pages that every Qt or Python program on the
desktop shares. The RSS targets of issue 18 (tray only 60 MB, window shown 70 MB) are to be read
against the last lines: what the stack costs before the panel owns a single object.
The last lines restate those targets as private memory: each target less the library pages
the stack maps by itself, beside the private memory the stack holds alone.
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
    # as the panel does (ui.shell.lean): PySide6's import hook keeps no module's source
    (
        "QtCore",
        "from PySide6 import QtCore; from onionpanel.ui.shell import lean; "
        "lean.keep_sources_out_of_linecache()",
    ),
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


TARGETS = (("window shown", "empty window", 70), ("tray only", "qasync", 60))  # MB RSS


def measure(platform: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", script()], env=env, cwd=ROOT, capture_output=True, text=True
    )


def private_budgets(output: str) -> dict[str, tuple[float, float]]:
    """{"window shown" / "tray only": (anon budget, anon of the stack alone)} in MB: each RSS
    target less the library pages the stack maps by itself."""
    stages = {}
    for line in output.splitlines():
        *label, _rss, anon, file, _private, _pss = line.split()
        stages[" ".join(label)] = (float(anon), float(file))
    return {name: (target - stages[stage][1], stages[stage][0]) for name, stage, target in TARGETS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen")
    options = parser.parse_args(argv)
    output = measure(options.platform)
    if output.returncode != 0:
        print(output.stderr, file=sys.stderr)
        return 1
    columns = ("RSS MB", "anon", "file", "private", "PSS")
    print(f"{'stage':<18}" + "".join(f"{c:>9}" for c in columns) + f"   ({options.platform})")
    for line in output.stdout.splitlines():
        *label, rss, anon, file, private, pss = line.split()
        figures = (rss, anon, file, private, pss)
        print(f"{' '.join(label):<18}" + "".join(f"{figure:>9}" for figure in figures))
    print("issue 18's RSS targets as private memory (anon), against this stack's own floor:")
    budgets = private_budgets(output.stdout)
    for name, stage, target in TARGETS:
        budget, alone = budgets[name]
        print(
            f"  {name:<12} RSS <= {target} MB  ->  anon <= {budget:.1f} MB (the stack alone, "
            f"'{stage}': anon {alone:.1f} MB, so {budget - alone:.1f} MB for the panel)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
