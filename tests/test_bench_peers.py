"""bench/peers.py measures this checkout's panel, whatever else the venv has installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.peers import ROOT, checkout_first


def test_the_panel_under_test_is_this_checkouts(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": checkout_first(os.environ.get("PYTHONPATH", ""))}
    imported = subprocess.run(
        [sys.executable, "-c", "import onionpanel; print(onionpanel.__file__)"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert Path(imported).resolve() == ROOT / "onionpanel" / "__init__.py"
