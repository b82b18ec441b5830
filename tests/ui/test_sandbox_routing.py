"""`onionpanel --sandbox` brings a routing helper of its own, and the tray switches its modes:
the real onionpanel-helper (serve --sandbox) with its nft table in a network namespace of its
own, on the sandbox's private D-Bus bus. The machine's own ruleset never changes."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from onionpanel.sandbox.routing import SBIN, SandboxRouting, sandbox_config, system_users
from onionpanel.ui.routing.menu import RoutingMenu
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray
from tests.conftest import ARTIFACTS
from tests.ui.test_end_to_end import run_on_qasync

HAS_NFT = shutil.which("nft", path=f"{os.environ.get('PATH', '')}:{SBIN}") is not None
pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or not HAS_NFT, reason="needs dbus-daemon and nft"
)


def machine_ruleset() -> str | None:
    """This machine's own nft ruleset (root only): the sandbox must never touch it."""
    if os.geteuid() != 0:
        return None
    return subprocess.run(["nft", "list", "ruleset"], capture_output=True, text=True).stdout


def test_the_sandbox_config_passes_the_helpers_own_check(tmp_path: Path) -> None:
    config = tmp_path / "routing.toml"
    config.write_text(sandbox_config(9040, 9053, 9101, 3128, system_users()))
    checked = subprocess.run(
        [sys.executable, "-m", "onionpanel.helper", "--config", str(config), "check"],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    assert "tor+bank" in checked.stdout or len(system_users()) < 2


def test_its_helper_lives_in_a_network_namespace_of_its_own(tmp_path: Path) -> None:
    before = machine_ruleset()
    routing = SandboxRouting(
        tmp_path / "routing", trans_port=9040, dns_port=9053, app_socks_port=9101
    )
    address = routing.start()
    try:
        helper = routing.helper_pid
        assert helper is not None
        assert os.readlink(f"/proc/{helper}/ns/net") != os.readlink("/proc/self/ns/net")
        switched = subprocess.run(
            [
                *("dbus-send", f"--bus={address}", "--print-reply"),
                *("--dest=org.onionpanel.Helper1", "/org/onionpanel/Helper1"),
                "org.onionpanel.Helper1.SetMode",
                "string:lockdown",
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert switched.returncode == 0, switched.stderr  # no polkit on the sandbox's bus
    finally:
        routing.stop()
    assert machine_ruleset() == before


@pytest.mark.tor
@pytest.mark.slow
def test_the_tray_switches_the_sandboxs_modes(qapp: QApplication) -> None:
    before = machine_ruleset()
    panel = Panel(qapp, Tray(), parse_args(["--sandbox"]))
    notes: list[str] = []
    panel.tray.notify = lambda title, body: notes.append(body)  # type: ignore[method-assign]

    async def until(condition: Callable[[], object], within: float = 60.0) -> None:
        deadline = time.monotonic() + within
        while not condition():
            assert time.monotonic() < deadline, f"not in time: {condition}"
            await asyncio.sleep(0.05)

    def menu() -> RoutingMenu:
        routing_menu = panel.tray.routing_menu
        assert isinstance(routing_menu, RoutingMenu)
        return routing_menu

    async def choose(prefix: str) -> None:
        def entry() -> QAction | None:
            texts = menu().actions_by_text()
            return next((a for t, a in texts.items() if t.startswith(prefix)), None)

        await until(entry)
        action = entry()
        assert action is not None
        action.trigger()

    def applied() -> str:
        state = panel.routing.client.state if panel.routing.client is not None else None
        return state.applied if state is not None else ""

    async def scenario() -> None:
        starting = asyncio.ensure_future(panel.run())  # what `onionpanel --sandbox` runs
        try:
            await until(lambda: panel.tray.routing_menu is not None)
            assert "starts with its network" in next(iter(menu().actions_by_text()))
            await until(lambda: applied() == "tor")  # the boot mode of the sandbox's config
            assert panel.routing.bus != "SYSTEM"
            await choose("Lockdown")
            await until(lambda: applied() == "lockdown" and panel.tray.badge == "L")
            menu().adjustSize()
            ARTIFACTS.mkdir(exist_ok=True)
            assert menu().grab().save(str(ARTIFACTS / "routing_menu_sandbox.png"))
            await choose("Tor (all traffic)")
            await until(lambda: applied() == "tor" and panel.tray.badge == "")
            assert panel.routing.client is not None
            assert panel.routing.client.state is not None
            if "tor+bank" in panel.routing.client.state.switchable:
                await choose("Clearnet for 15 min")
                await until(lambda: applied() == "tor+bank" and panel.tray.badge == "C")
                await choose("Back to Tor")
                await until(lambda: applied() == "tor" and panel.tray.badge == "")
            await until(lambda: any("Lockdown" in note for note in notes))
            await until(lambda: panel.session.connection is not None)
            shown = panel.window.status_page.notice_texts()
            assert not any("does not listen on" in text for text in shown), shown
        finally:
            panel.quit()
            await asyncio.wait_for(starting, 60)

    run_on_qasync(qapp, scenario, timeout=180)
    assert machine_ruleset() == before
