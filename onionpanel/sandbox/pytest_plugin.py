"""pytest fixtures with real tor (registered with ``-p onionpanel.sandbox.pytest_plugin``).

sandbox            session: a started SandboxNetwork, shared by every test that asks for it;
                   started lazily, stopped at session end, on failure and on Ctrl-C
tor_factory        function: tor_factory(extra_torrc_lines=()) -> started TorProcess with
                   DisableNetwork 1 and a control port (127.0.0.1:auto unless you give one)
local_http_server  function: a started LocalHttpServer on 127.0.0.1 and a free port
"""

from __future__ import annotations

import atexit
import os
from collections.abc import Callable, Iterator, Sequence

import pytest

from onionpanel.launcher.process import TorProcess
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.sandbox.probe import LocalHttpServer

TorFactory = Callable[..., TorProcess]

# Belt and braces for a run that dies without pytest's teardown: atexit stops what is left,
# and __OwningControllerProcess makes tor itself exit ≈15 s after we are killed outright.
_LIVE_NETWORKS: list[SandboxNetwork] = []


@atexit.register
def _stop_leftovers() -> None:
    while _LIVE_NETWORKS:
        _LIVE_NETWORKS.pop().stop()


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxNetwork]:
    """A private Tor network (3 authorities, 1 middle, 2 exits, 1 client), ready to fetch
    through. Not anonymous. Do not stop it in a test; stop_client()/start_client() is fine."""
    network = SandboxNetwork(tmp_path_factory.mktemp("sandbox"), owner_pid=os.getpid())
    _LIVE_NETWORKS.append(network)
    try:
        network.start()
        network.write_info()
        yield network
    finally:
        network.stop()
        _LIVE_NETWORKS.remove(network)


def _keys(lines: Sequence[str]) -> set[str]:
    return {line.split()[0].lower() for line in lines if line.strip()}


@pytest.fixture
def tor_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TorFactory]:
    """Start single tors that never touch a network, e.g. to try each control auth method:
    ``tor = tor_factory(["CookieAuthentication 1"])``; ``tor.control_endpoint``,
    ``tor.cookie_path``, ``tor.data_dir``, ``tor.stop()`` (all are stopped after the test)."""
    started: list[TorProcess] = []

    def start(extra_torrc_lines: Sequence[str] = ()) -> TorProcess:
        given = _keys(extra_torrc_lines)
        defaults = [
            line
            for line in ("DisableNetwork 1", "SocksPort 0", "ControlPort 127.0.0.1:auto")
            if line.split()[0].lower() not in given
        ]
        data_dir = tmp_path_factory.mktemp("tor")
        tor = TorProcess(data_dir, [*defaults, *extra_torrc_lines], owner_pid=os.getpid())
        started.append(tor)
        tor.start()
        tor.wait_for_control_port(timeout=30)
        return tor

    try:
        yield start
    finally:
        for tor in started:
            tor.request_stop()
        for tor in started:
            tor.stop()


@pytest.fixture
def local_http_server() -> Iterator[LocalHttpServer]:
    """``.host``, ``.port``, ``.url``, ``.request_count``, ``.peers`` [(host, port), ...]."""
    with LocalHttpServer() as server:
        yield server
