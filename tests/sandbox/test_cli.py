"""``onionpanel sandbox start|stop DIR`` as a user runs it, in a subprocess, with real tor."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from onionpanel.sandbox.cli import is_sandbox_tor

pytestmark = [pytest.mark.tor, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]


def _sandbox(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onionpanel", "sandbox", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def _kill_leftovers(info: dict[str, object]) -> None:
    pids = info.get("pids", {})
    torrcs = info.get("torrc_paths", {})
    assert isinstance(pids, dict)
    assert isinstance(torrcs, dict)
    for name, pid in pids.items():
        if is_sandbox_tor(pid, torrcs[name]):
            os.kill(pid, signal.SIGKILL)


def test_start_twice_stop_twice(tmp_path: Path) -> None:
    root = tmp_path / "sb"
    info: dict[str, object] = {}
    try:
        started = _sandbox("start", str(root))
        assert started.returncode == 0, started.stderr
        info = json.loads((root / "sandbox.json").read_text())
        assert "Sandbox — not anonymous" in started.stdout
        assert "no anonymity" in started.stdout
        assert f"127.0.0.1:{info['control_port']}" in started.stdout
        for key in ("control_port", "cookie_path", "socks_port", "trans_port", "dns_port"):
            assert info[key]
        assert len(info["relays"]) == 6  # type: ignore[arg-type]
        pids: dict[str, int] = info["pids"]  # type: ignore[assignment]
        torrcs: dict[str, str] = info["torrc_paths"]  # type: ignore[assignment]
        assert len(pids) == 7
        assert all(is_sandbox_tor(pid, torrcs[name]) for name, pid in pids.items())

        again = _sandbox("start", str(root))
        assert again.returncode == 1
        assert f"A sandbox is already running in {root}" in again.stderr
        assert "not anonymous" in again.stderr

        stopped = _sandbox("stop", str(root))
        assert stopped.returncode == 0, stopped.stderr
        assert "Stopped the sandbox" in stopped.stdout
        assert "not anonymous" in stopped.stdout
        assert not any(is_sandbox_tor(pid, torrcs[name]) for name, pid in pids.items())
        assert not (root / "sandbox.json").exists()

        stopped_again = _sandbox("stop", str(root))
        assert stopped_again.returncode == 1
        assert f"No sandbox is running in {root}" in stopped_again.stderr
        assert "not anonymous" in stopped_again.stderr
    finally:
        _kill_leftovers(info)


def test_stop_refuses_pids_that_are_not_its_tors(tmp_path: Path) -> None:
    # A stale sandbox.json whose pid now belongs to someone else (here: this test runner).
    (tmp_path / "sandbox.json").write_text(
        json.dumps({"pids": {"client": os.getpid()}, "torrc_paths": {"client": "/nope/torrc"}})
    )
    result = _sandbox("stop", str(tmp_path))

    assert result.returncode == 1
    assert "already gone" in result.stderr
