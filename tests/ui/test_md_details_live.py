"""A microdescriptor client, as tor is by default: the relay list asks for no md/all; the relay
someone looks at gets its family and exit policy from ``GETINFO md/id/<fp>``.
Real tors: the sandbox network, and a tor of our own joined to it with microdescriptors on
(the sandbox's own client fetches full descriptors, so it never takes this path)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from onionpanel.launcher.embedded import EmbeddedTor
from onionpanel.sandbox.network import SandboxNetwork
from onionpanel.tor.connection import TorConnection
from onionpanel.ui.shell.pages import LivePages
from tests.ui.test_end_to_end import run_on_qasync

pytestmark = pytest.mark.tor


async def _until(condition: object, within: float) -> None:
    deadline = time.monotonic() + within
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


def test_a_microdescriptor_client_gives_the_relay_looked_at_its_details_from_md_id(
    sandbox: SandboxNetwork, tmp_path: Path, qapp: QApplication
) -> None:
    embedded = EmbeddedTor(
        data_dir=tmp_path / "tor",
        extra_torrc_lines=[*sandbox.join_torrc_lines(), "UseMicrodescriptors 1"],
    )
    started = embedded.start(timeout=30)
    exit_relay = sandbox.exit_relays[0]
    pages = LivePages()

    async def scenario() -> None:
        connection = TorConnection(started.endpoint, defaults=())
        await connection.connect()
        try:
            # the joined tor has its microdescriptors once it can build circuits
            for _attempt in range(150):
                if "PROGRESS=100" in await connection.get_info("status/bootstrap-phase"):
                    break
                await asyncio.sleep(0.2)
            pages._connection = connection  # what attach() sets before it loads the snapshots
            await pages._load_relays(connection)
            loader = pages.loader
            assert loader is not None
            assert exit_relay.fingerprint in loader.relays
            loader.want_everything()
            await _until(lambda: loader.details_on_demand, 30)
            assert not loader.relays[exit_relay.fingerprint].details
            loader.want_details(exit_relay.fingerprint)
            await _until(lambda: loader.relays[exit_relay.fingerprint].details, 15)
            details = loader.relays[exit_relay.fingerprint].details
            assert details is not None
            # the sandbox's exits accept loopback only, and a microdescriptor's "p" summary
            # counts public addresses: tor leaves the line out (dir-spec: reject 1-65535)
            assert details.exit_policy == ()
            assert details.family == ()
            reply = await connection.get_info(f"md/id/{exit_relay.fingerprint}")
            assert reply.startswith("onion-key\n")
            assert "\nntor-onion-key " in reply
        finally:
            pages.detach()
            await connection.close()

    try:
        run_on_qasync(qapp, scenario, timeout=90)
    finally:
        embedded.stop()
