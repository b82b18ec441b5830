"""GetRouters over a real dbus-daemon and polkitd (test_helper_dbus.py's bus), the helper
serving as root with its table in the test's network namespace, a guest behind bridge opbr0:
anyone may read the entries; the panel's Routing menu and status page name the bridge and its
policy, warn about a forwarding sysctl that is off for real, and show the count rising when the
guest sends UDP and ICMP (read every few seconds only while the page is on screen); a helper
that has no GetRouters (as before this method) still drives the menu, without a word of error."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from routing_netns import DESTINATION, EXAMPLE, OPBR0_ROUTER, ROOT, NetNs, add_container, needs_root
from test_helper_dbus import NOBODY, call, wait_until_serving
from test_helper_dbus import bus as bus
from test_helper_netns import TEST_UID

from PySide6.QtWidgets import QApplication

from onionpanel.ui.routing.menu import RoutingMenu
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray
from tests.conftest import ARTIFACTS
from tests.ui.test_end_to_end import run_on_qasync

pytestmark = [needs_root, pytest.mark.root]
ROUTER = OPBR0_ROUTER + 'allowed_destinations_v6 = ["fd99::/64"]\n'
MAIN = "from onionpanel.helper.__main__ import main; sys.exit(main(sys.argv[1:]))"
HELPERS = {
    "current": ["-m", "onionpanel.helper"],
    # the helper as it was before GetRouters: the method is unknown to it
    "old": ["-c", f"import sys; from onionpanel.helper import service; "
            f"del service.ACTIONS['GetRouters']; {MAIN}"],
    # polkit refuses read-routers (an admin's rule may): as if the person had no right to it
    "denied": ["-c", f"import sys; from onionpanel.helper import service; "
               f"may = service.PolkitAuthority.may; service.PolkitAuthority.may = "
               f"lambda self, sender, action: action != service.ACTIONS['GetRouters'] "
               f"and may(self, sender, action); {MAIN}"],
    # a reply that does not fit its signature (the mistake the first version of this made)
    "broken": ["-c", f"import sys; from onionpanel.helper import service; "
               f"service.router_report = lambda config, nft: [('router[0]',)]; {MAIN}"],
    # the boot mode is applied, and signalled, while the first GetState is answered: as when
    # the panel and the helper start together, the signal goes out before that reply
    "late": ["-c", f"""
import sys, threading
from onionpanel.helper import service, watch
asked, done = threading.Event(), threading.Event()
ensure, state = watch.Watcher.ensure, service.HelperService.state
def late_ensure(self, at_start=False):
    if at_start:
        asked.wait(30)
    try:
        return ensure(self, at_start)
    finally:
        done.set()
def first_state(self):
    reply = state(self)
    if not asked.is_set():
        asked.set()
        done.wait(30)
    return reply
watch.Watcher.ensure, service.HelperService.state = late_ensure, first_state
{MAIN}"""],
}  # fmt: skip
BLOCKED = re.compile(r"^Blocked (\d+) packets? from opbr0")


def serve(bus: str, netns: NetNs, config: Path, state: Path, kind: str) -> subprocess.Popen[str]:
    program = HELPERS[kind]
    process = subprocess.Popen(
        [
            *("ip", "netns", "exec", netns.name, sys.executable, *program),
            *("--config", str(config), "--state-dir", str(state), "serve", "--bus", bus),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_until_serving(process, applied=kind != "late")
    return process


@pytest.fixture(params=["current"])
def routed(
    bus: str, netns: NetNs, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[NetNs]:
    """The helper with a [[router]] entry for opbr0; yields the guest's namespace."""
    guest = add_container(netns)
    netns.run("sysctl", "-qw", "net.ipv6.conf.all.forwarding=0")
    config = tmp_path / "config.toml"
    config.write_text(EXAMPLE.read_text() + ROUTER)
    process = serve(bus, netns, config, tmp_path / "state", request.param)
    try:
        yield guest
    finally:
        process.terminate()
        process.communicate(timeout=10)


def panel_on(bus: str, qapp: QApplication) -> tuple[Panel, list[str]]:
    """A panel whose routing helper is on ``bus``, and the notifications it gives."""
    panel = Panel(qapp, Tray(), parse_args([]))
    panel.routing.bus = bus
    notes: list[str] = []
    panel.tray.notify = lambda title, body: notes.append(body)  # type: ignore[method-assign]
    return panel, notes


async def until(condition: Callable[[], object], within: float = 30.0) -> None:
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, "not in time"
        await asyncio.sleep(0.05)


def test_anyone_may_read_the_routers(routed: NetNs, bus: str) -> None:
    reply = call(bus, "GetRouters", uid=NOBODY)
    assert reply.returncode == 0, reply.stderr
    for word in ('"router[0]"', '"opbr0"', '"10.77.0.0/24"', '"net.ipv6.conf.all.forwarding"'):
        assert word in reply.stdout
    wrong = call(bus, "GetRouters", "string:tor")
    assert "InvalidArgs" in wrong.stderr


def test_the_panel_shows_the_bridge_and_its_count_rising(
    routed: NetNs, bus: str, netns: NetNs, qapp: QApplication
) -> None:
    panel, notes = panel_on(bus, qapp)
    window = panel.window
    box = window.status_page.routers_box

    def blocked() -> int:
        found = [BLOCKED.match(text) for text in box.texts()]
        return max((int(match.group(1)) for match in found if match), default=-1)

    async def scenario() -> None:
        assert await panel.routing.start()
        menu = panel.tray.routing_menu
        assert isinstance(menu, RoutingMenu)
        await until(lambda: "VMs and devices on opbr0 go through Tor" in box.texts())
        assert "VMs and devices on opbr0 go through Tor" in menu.router_lines()
        assert any(t.startswith("net.ipv6.conf.all.forwarding is off") for t in box.texts())
        assert panel.pages.circuit_model._cells.routers[0].networks[0] == (
            "10.77.0.0/24",
            "opbr0",
        )
        assert blocked() == 0
        window.resize(700, 760)
        window.show()  # the status page is the first page: the count is read while shown
        for probe in (("udp", DESTINATION, "9999", TEST_UID), ("ping", DESTINATION, "0")):
            assert await asyncio.to_thread(routed.ask, *probe) == "timeout"
        await until(lambda: blocked() >= 2, within=20)  # the 5 s poll, no notification each
        assert notes == []
        await until(lambda: any(BLOCKED.match(line) for line in menu.router_lines()))
        ARTIFACTS.mkdir(exist_ok=True)
        assert window.grab().save(str(ARTIFACTS / "status_routers_live.png"))
        menu.adjustSize()
        assert menu.grab().save(str(ARTIFACTS / "routing_menu_routers_live.png"))
        window.hide()
        assert panel.routing._poll is not None
        await until(lambda: not panel.routing._poll.active, within=2)  # nobody sees it: no look

    async def run_and_close() -> None:
        try:
            await scenario()
        finally:
            await panel.settle()

    run_on_qasync(qapp, run_and_close, timeout=90)


@pytest.mark.parametrize(
    ("routed", "refusal"),
    [("old", "UnknownMethod"), ("denied", "NotAuthorized")],
    indirect=["routed"],
)
def test_a_helper_that_does_not_answer_get_routers_still_drives_the_menu(
    routed: NetNs, bus: str, qapp: QApplication, refusal: str
) -> None:
    """An older helper (UnknownMethod) or polkit's no: the menu as before, no error shown, and
    never asked again (a polkit that asks for a password would otherwise ask every 5 s)."""
    assert refusal in call(bus, "GetRouters").stderr
    panel, notes = panel_on(bus, qapp)

    async def scenario() -> None:
        try:
            assert await panel.routing.start()
            menu = panel.tray.routing_menu
            assert isinstance(menu, RoutingMenu)
            await until(lambda: "Tor (all traffic)" in menu.actions_by_text())
            assert menu.router_lines() == []
            assert panel.routing.client is not None
            assert panel.routing.client.routers == ()
            assert not panel.routing.client.reads_routers  # never asked again
            assert not await panel.routing.client.refresh_routers()
        finally:
            await panel.settle()

    run_on_qasync(qapp, scenario)
    assert notes == []


@pytest.mark.parametrize("routed", ["late"], indirect=True)
def test_a_mode_applied_between_the_panels_reading_and_its_listening_is_seen(
    routed: NetNs, bus: str, qapp: QApplication
) -> None:
    """The panel used to read the state first and listen after: a mode applied in between
    (the helper starting with the desktop) went unseen, and the menu showed none until the next
    switch. It listens first now, so the signal sent before the reply is heard."""
    panel, notes = panel_on(bus, qapp)

    async def scenario() -> None:
        try:
            assert await panel.routing.start()
            client = panel.routing.client
            assert client is not None
            await until(lambda: client.state is not None and client.state.applied == "tor", 10)
        finally:
            await panel.settle()

    run_on_qasync(qapp, scenario)
    assert notes == ["Now: Tor (all traffic)"]  # the helper applied it after the panel started


@pytest.mark.parametrize("routed", ["broken"], indirect=True)
def test_an_answer_that_cannot_be_encoded_is_an_error_not_silence(routed: NetNs, bus: str) -> None:
    """Before, the caller waited for dbus-send's 25 s and got NoReply."""
    broken = call(bus, "GetRouters")
    assert "org.onionpanel.Helper1.Error.Failed" in broken.stderr, broken.stderr
    assert "could not encode its answer" in broken.stderr
    assert call(bus, "GetState").returncode == 0  # and the helper goes on serving
