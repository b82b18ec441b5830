"""``onionpanel config`` when nothing answers: one clear line and exit code 1, never a traceback."""

from __future__ import annotations

import subprocess
import sys

from onionpanel.launcher.process import free_tcp_port


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onionpanel", "config", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_no_tor_is_one_line_and_exit_code_1() -> None:
    result = _run("--json", "--control", f"127.0.0.1:{free_tcp_port()}")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("onionpanel config: ")


def test_bad_endpoint_is_a_usage_error() -> None:
    result = _run("--control", "nonsense")
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr
