"""``onionpanel config`` when nothing answers or tor stalls: one clear line (with --json also a
JSON error object) and exit code 1 within --timeout, never a traceback or a hang."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from onionpanel.launcher.process import free_tcp_port
from tests.fakeport import STALL, FakeControlPort, Script


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
    result = _run("--control", f"127.0.0.1:{free_tcp_port()}")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("onionpanel config: ")


def test_bad_endpoint_is_a_usage_error() -> None:
    result = _run("--control", "nonsense")
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr


def test_json_failure_is_one_json_object_on_stdout() -> None:
    """A script reading stdout gets {"error": ...} and exit code 1, not an empty line."""
    result = _run("--json", "--control", f"127.0.0.1:{free_tcp_port()}")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert list(report) == ["error"]
    assert report["error"] in result.stderr


def test_timeout_bounds_a_tor_that_stops_answering() -> None:
    """The fake port (tests/fakeport.py): a real tor cannot be made to stall on config-text."""
    script = Script(replies={"GETINFO config-text": STALL, "GETINFO config-file": STALL})
    with FakeControlPort(script) as port:
        started = time.monotonic()
        result = _run("--json", "--control", port.endpoint, "--timeout", "1.5")
        took = time.monotonic() - started
    assert result.returncode == 1
    error = json.loads(result.stdout)["error"]
    assert error.startswith("tor stopped answering"), error
    assert "within 1.5 s" in error
    assert took < 30  # well under the default 10 s per command of the old behaviour times the reads


def test_timeout_must_be_a_sensible_number_of_seconds() -> None:
    for value in ("0", "-1", "nan", "soon"):
        result = _run("--timeout", value)
        assert result.returncode == 2, value
        assert "seconds" in result.stderr
