"""The panel only reads tor's state and sends SIGNAL/CLOSECIRCUIT/CLOSESTREAM-class commands.
Changing tor's configuration is the OS's business (DEVELOPERS.md, non-negotiable 1)."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "onionpanel"
FORBIDDEN = re.compile(
    r"\b(SETCONF|RESETCONF|SAVECONF|LOADCONF)\b"
    r"|\.(set_conf|set_options|reset_conf|save_conf|load_conf)\("
)


def test_no_config_changing_command_in_the_package() -> None:
    hits = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if FORBIDDEN.search(line)
    ]
    assert not hits, "config-changing tor commands found:\n" + "\n".join(hits)


def test_no_flush_ruleset_in_the_package() -> None:
    hits = [str(path) for path in PACKAGE.rglob("*.py") if "flush ruleset" in path.read_text()]
    assert not hits, f"'flush ruleset' appears in {hits}"
