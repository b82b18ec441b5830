"""Real tor processes for the tor layer's tests: networking off, which is enough for
discovery, authentication, reconnecting and control-port commands."""

from __future__ import annotations

import asyncio
import inspect
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from onionpanel.core.status import ControlEndpoint
from onionpanel.launcher.process import TorProcess


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """``async def`` tests here run on a fresh plain asyncio loop (as the CLI does)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


# A SocksPort makes tor a client, so NEWNYM is honoured (and rate-limited) as on a desktop.
BASE_LINES = ["DisableNetwork 1", "SocksPort 127.0.0.1:auto"]
StartTor = Callable[..., tuple[TorProcess, ControlEndpoint]]


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A short path (unix socket paths are limited to ~100 bytes), unique per process."""
    path = Path(tempfile.mkdtemp(prefix=f"op{os.getpid()}-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def start_tor(short_dir: Path) -> Iterator[StartTor]:
    """start_tor(*torrc_lines) -> (process, control endpoint); every tor is stopped after."""
    started: list[TorProcess] = []

    def start(*lines: str) -> tuple[TorProcess, ControlEndpoint]:
        control = (
            []
            if any(line.startswith("Control") for line in lines)
            else ["ControlPort 127.0.0.1:auto"]
        )
        tor = TorProcess(short_dir / f"tor{len(started)}", [*BASE_LINES, *control, *lines])
        started.append(tor)
        tor.start()
        return tor, tor.wait_for_control_port(timeout=30)

    try:
        yield start
    finally:
        for tor in started:
            tor.stop()
