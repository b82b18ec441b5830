"""Every tr() string can be extracted by lupdate under the context it is looked up with."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "onionpanel" / "ui").rglob("*.py"))


def contexts_in_source() -> set[str]:
    """Classes that call self.tr(), and literal contexts of translate("Context", ...)."""
    found: set[str] = set()
    for path in SOURCES:
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and _calls_self_tr(node):
                found.add(node.name)
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name | ast.Attribute)
                and (getattr(node.func, "id", "") or getattr(node.func, "attr", ""))
                in ("translate",)
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(str(node.args[0].value))
    return found


def _calls_self_tr(node: ast.ClassDef) -> bool:
    for call in ast.walk(node):
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "tr"
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id == "self"
        ):
            return True
    return False


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
def test_lupdate_finds_every_context(tmp_path: Path) -> None:
    ts = tmp_path / "check.ts"
    subprocess.run(
        ["pyside6-lupdate", *map(str, SOURCES), "-ts", str(ts)], check=True, capture_output=True
    )
    contexts = dict(
        (m.group(1), m.group(2).count("<message"))
        for m in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", ts.read_text(), re.S)
    )
    expected = contexts_in_source()
    assert {"MainWindow", "Tray", "StatusPage", "CircuitsPage", "NewIdentity"} <= expected
    assert expected <= set(contexts), expected - set(contexts)
    assert "" not in contexts, "a tr() call lupdate cannot place in a class"
    assert sum(contexts.values()) > 200
