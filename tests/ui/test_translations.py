"""Every tr() string can be extracted by lupdate under the context it is looked up with."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
def test_lupdate_finds_every_context(tmp_path: Path) -> None:
    ts = tmp_path / "check.ts"
    sources = sorted(str(p) for p in (ROOT / "onionpanel" / "ui").glob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(ts)], check=True, capture_output=True)
    contexts = dict(
        (m.group(1), m.group(2).count("<message"))
        for m in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", ts.read_text(), re.S)
    )
    # Contexts are the QObject class names (self.tr) or the literal translate() contexts.
    expected = {"Dialogs", "Errors", "Keyring", "MainWindow", "Notices", "PasswordDialog"}
    assert expected | {"StatusPage", "TorSession", "Tray"} == set(contexts)
    assert sum(contexts.values()) > 100
