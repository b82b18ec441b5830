"""The panel's memory levers (ui.shell.lean), each in a fresh interpreter as the panel runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What PySide6's import hook decided for each module, and which sources linecache holds.
AFTER_PYSIDE = """
import json, linecache, sys
import PySide6.QtCore
from onionpanel.ui.shell import lean
patched = lean.keep_sources_out_of_linecache() if sys.argv[1] == "lean" else False
import colorsys  # imported after PySide6: the hook looks at it
from onionpanel.ui.common.words import __doc__  # uses PySide6
marks = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps({
    "patched": patched,
    "cached": sorted(name for name in linecache.cache if "colorsys" in name or "words" in name),
    "colorsys": marks.get("colorsys"),
    "words": marks.get("onionpanel.ui.common.words"),
}))
"""


def _after_pyside(mode: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", AFTER_PYSIDE, mode],
        env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    figures: dict[str, object] = json.loads(result.stdout)
    return figures


def test_modules_imported_after_pyside_leave_no_source_in_linecache() -> None:
    plain = _after_pyside("plain")
    lean = _after_pyside("lean")
    assert plain["cached"], "PySide6's hook no longer reads sources: the lever may go"
    assert lean["patched"]
    assert lean["cached"] == []
    # the hook's answers are unchanged: -1 "ignore this module", 0 "uses PySide6"
    assert (lean["colorsys"], lean["words"]) == (plain["colorsys"], plain["words"]) == (-1, 0)


def test_the_default_executor_starts_threads_only_when_asked() -> None:
    from onionpanel.ui.shell import lean

    executor = lean.small_default_executor()
    try:
        assert len(executor._threads) == 0
        assert executor.submit(lambda: 42).result(timeout=10) == 42
        assert len(executor._threads) == 1
    finally:
        executor.shutdown()


def test_returning_freed_heap_is_harmless() -> None:
    from onionpanel.ui.shell import lean

    lean.return_freed_heap()


def test_the_mmap_threshold_is_fixed_where_the_c_library_is_glibc() -> None:
    """Its effect (2.7 MB less with the 8k map) is a figure of bench/startup.py, not a test."""
    import platform

    from onionpanel.ui.shell import lean

    assert lean.fixed_mmap_threshold() == (platform.libc_ver()[0] == "glibc")


# stem imported as the panel imports it, then its modules logging as they do at every command
STEM_DEFERRED = """
import json, logging, sys
from onionpanel.ui.shell import lean
deferred = lean.defer_unused_modules()
import stem.control, stem.util.log
stem.util.log.debug("a record, as stem makes for every GETINFO")
after_stem = {name: type(sys.modules[name]).__name__ for name in deferred}
import tarfile, urllib.request as request
used = [tarfile.is_tarfile.__name__, request.urlopen.__name__]
print(json.dumps({
    "deferred": deferred, "after_stem": after_stem, "used": used,
    "tarfile": type(sys.modules["tarfile"]).__name__,
    "same_class": tarfile.TarFile is sys.modules["tarfile"].TarFile,
}))
"""


def test_modules_stem_imports_but_the_panel_never_uses_load_only_when_used() -> None:
    result = subprocess.run(
        [sys.executable, "-c", STEM_DEFERRED],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    figures = json.loads(result.stdout)
    assert figures["deferred"] == ["urllib.request", "multiprocessing", "tarfile", "mimetypes"]
    assert set(figures["after_stem"].values()) == {"DeferredModule"}, figures["after_stem"]
    assert figures["used"] == ["is_tarfile", "urlopen"]  # first use: the real module
    assert figures["tarfile"] == "module"
    assert figures["same_class"]


# the tray's relay step (LivePages._load_relays) with no page built, on a stand-in connection
TRAY_RELAYS = """
import asyncio, json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from onionpanel.tor.info_many import InfoAnswers
from onionpanel.ui.shell.pages import LivePages
from tests.fakeport import relay_info

class StandIn:
    def __init__(self, info): self.info = info
    async def get_info(self, key): return self.info[key]
    async def get_info_many(self, keys):
        return InfoAnswers({k: self.info.get(k, "??") for k in keys})
    def add_event_handler(self, *args, **kwargs): return lambda: None

async def load():
    pages = LivePages()
    pages._connection = connection = StandIn(relay_info(20))
    await pages._load_relays(connection)
    assert len(pages.loader.relays) == 20
asyncio.run(load())
print(json.dumps(sorted(m for m in sys.modules if m.startswith("onionpanel.ui.relays"))))
"""


def test_the_tray_alone_loads_no_map_and_no_relay_list() -> None:
    """The relays the tray keeps come through ui.relays.connect, which imports neither the map
    nor the list: a panel that never shows them does not hold their code (about 1.7 MB)."""
    result = subprocess.run(
        [sys.executable, "-c", TRAY_RELAYS],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        "onionpanel.ui.relays",
        "onionpanel.ui.relays.connect",
        "onionpanel.ui.relays.loader",
    ]
