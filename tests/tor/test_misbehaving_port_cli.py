"""``onionpanel status`` and ``newnym`` against every misbehaving port of issue 11 (the table in
tests/control_scenarios.py, served by the fake port of tests/fakeport.py): the right exit
code, one line that says what is wrong with no control characters in it, no traceback, and
never a hang (the run is killed at 15 s)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.control_scenarios import SCENARIOS, Scenario
from tests.fakeport import FakeControlPort

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = "3"  # the CLI's --timeout: how long each command may take
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def onionpanel(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "onionpanel", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        errors="backslashreplace",
        timeout=15,
        stdin=subprocess.DEVNULL,
    )
    return result, time.monotonic() - started


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_cli(scenario: Scenario) -> None:
    with FakeControlPort(scenario.script) as port:
        result, _ = onionpanel(scenario.command, "--control", port.endpoint, "--timeout", TIMEOUT)
    output = result.stderr if scenario.exit else result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == scenario.exit, result.stderr
    assert scenario.says in output, output
    assert not _RAW_CONTROL.search(result.stdout + result.stderr)
    if scenario.exit:
        assert len(result.stderr.splitlines()) == 1, result.stderr


@pytest.mark.parametrize(
    "name", ["silent-after-auth", "code-999", "version-empty", "web-server", "plain-tor"]
)
def test_status_json_is_json_either_way(name: str) -> None:
    scenario = next(s for s in SCENARIOS if s.name == name)
    with FakeControlPort(scenario.script) as port:
        result, _ = onionpanel("status", "--json", "--control", port.endpoint, "--timeout", TIMEOUT)
    report = json.loads(result.stdout)
    if scenario.exit:
        assert result.returncode == 1
        assert set(report) == {"error"}
        assert scenario.says in report["error"]
    else:
        assert result.returncode == 0
        assert report["tor_version"] == "0.4.9.11"
        assert all(value not in ("", None) for value in report.values())


def test_the_default_deadline_is_ten_seconds() -> None:
    with FakeControlPort(
        SCENARIOS[0].script.__class__(replies={"GETINFO version": "stall"})
    ) as port:
        result, took = onionpanel("status", "--control", port.endpoint)
    assert result.returncode == 1
    assert "within 10 s" in result.stderr
    assert took < 15
