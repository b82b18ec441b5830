"""org.onionpanel.Helper1 over a real dbus-daemon (with the project's bus policy) and a real
polkitd (with the project's actions), the helper serving as root with its table in a network
namespace of the test's own. Callers: root, and the unprivileged user nobody (no session)."""

from __future__ import annotations

import asyncio
import fcntl
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from routing_netns import EXAMPLE, ROOT, NetNs, needs_root

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from onionpanel.helper.nft import applied_mode
from onionpanel.ui.routing.menu import RoutingMenu
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import IconKind, Tray, draw_icon
from tests.conftest import ARTIFACTS
from tests.ui.test_end_to_end import run_on_qasync

PACKAGING = ROOT / "packaging"
POLKITD = Path("/usr/lib/polkit-1/polkitd")
POLKIT_ACTIONS = Path("/usr/share/polkit-1/actions")
POLKIT_BUS_POLICY = Path("/usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf")
DEST = ("--dest=org.onionpanel.Helper1", "/org/onionpanel/Helper1")
NOBODY = 65534

pytestmark = [
    needs_root,
    pytest.mark.root,
    pytest.mark.skipif(
        not POLKITD.exists()
        or shutil.which("dbus-daemon") is None
        or not POLKIT_BUS_POLICY.exists(),
        reason="needs dbus-daemon and polkitd",
    ),
]


def wait_for_name(address: str, name: str, within: float = 15.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        owner = subprocess.run(
            [
                "dbus-send",
                f"--bus={address}",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                f"string:{name}",
            ],
            capture_output=True,
            text=True,
        )
        if "boolean true" in owner.stdout:
            return
        time.sleep(0.1)
    raise AssertionError(f"{name} never appeared on the bus")


@pytest.fixture
def bus(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A private system bus: permissive default, then polkit's and the project's own policy,
    and polkitd on it. polkitd reads actions only from /usr/share/polkit-1/actions, so it runs
    in a mount namespace where a copy of that directory (plus the project's file) is mounted
    there: nothing on the machine is changed. Parametrized with "asks-anyone", switch-mode
    asks any caller for an administrator's password (callers here have no login session, and
    the packaged policy asks only active ones)."""
    included = tmp_path / "system.d"
    included.mkdir()
    shutil.copy(POLKIT_BUS_POLICY, included)
    shutil.copy(PACKAGING / "dbus" / "org.onionpanel.Helper1.conf", included)
    public = Path(tempfile.mkdtemp(prefix=f"onionpanel-dbus-{os.getpid()}-"))
    public.chmod(0o755)  # nobody must reach the socket
    config = tmp_path / "bus.conf"
    config.write_text(
        "<busconfig><type>system</type>"
        f"<listen>unix:path={public / 'bus.sock'}</listen><auth>EXTERNAL</auth>"
        '<policy context="default"><allow user="*"/><allow own="*"/>'
        '<allow send_destination="*"/><allow receive_sender="*"/></policy>'
        f"<includedir>{included}</includedir></busconfig>"
    )
    actions = tmp_path / "actions"
    shutil.copytree(POLKIT_ACTIONS, actions)
    shutil.copy(PACKAGING / "polkit" / "org.onionpanel.helper.policy", actions)
    if getattr(request, "param", "") == "asks-anyone":
        policy = actions / "org.onionpanel.helper.policy"
        text = policy.read_text()
        switch = text.index('"org.onionpanel.helper.switch-mode"')
        ask = text[switch:].replace(
            "<allow_any>no</allow_any>", "<allow_any>auth_admin</allow_any>", 1
        )
        policy.write_text(text[:switch] + ask)
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    polkitd: subprocess.Popen[bytes] | None = None
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        polkitd = subprocess.Popen(
            [
                "unshare",
                "--mount",
                "sh",
                "-c",
                f'mount --bind "{actions}" {POLKIT_ACTIONS} && exec {POLKITD} --no-debug',
            ],
            env={**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": address},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_name(address, "org.freedesktop.PolicyKit1")
        yield address
    finally:
        if polkitd is not None:
            polkitd.kill()
            polkitd.wait()
        daemon.kill()
        daemon.wait()
        shutil.rmtree(public, ignore_errors=True)


def wait_until_serving(process: subprocess.Popen[str], applied: bool = True) -> None:
    """Until the helper serves and (``applied``) has applied its boot mode. The watcher applies
    it beside "serving" and signals it ("started"): a panel that subscribed meanwhile would
    rightly say "Now: Tor", so tests that count notices start after both."""
    assert process.stdout is not None
    said: set[str] = set()
    while said != ({"serving", "applied"} if applied else {"serving"}):
        line = process.stdout.readline()
        assert line, process.stderr
        said.update(word for word in ("serving", "applied") if line.startswith(word))


@pytest.fixture
def helper(bus: str, netns: NetNs, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    state = tmp_path / "state"
    process = subprocess.Popen(
        [
            *("ip", "netns", "exec", netns.name, sys.executable, "-m", "onionpanel.helper"),
            *("--config", str(EXAMPLE), "--state-dir", str(state), "serve", "--bus", bus),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_serving(process)
        yield process
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=10)
        if process.returncode not in (0, -15):
            print(f"helper exited with {process.returncode}:\n{errors}")


def call(
    bus: str, method: str, *args: str, uid: int | None = None
) -> subprocess.CompletedProcess[str]:
    as_user = (
        [] if uid is None else ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups"]
    )
    return subprocess.run(
        [
            *as_user,
            *("dbus-send", f"--bus={bus}", "--print-reply", *DEST),
            f"org.onionpanel.Helper1.{method}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )


def mode_in_table(netns: NetNs) -> str | None:
    return applied_mode(netns.nft_argv)


def test_root_switches_modes_and_anyone_may_read_the_state(
    helper: object, bus: str, netns: NetNs
) -> None:
    assert call(bus, "SetMode", "string:tor").returncode == 0
    state = call(bus, "GetState")
    assert state.returncode == 0, state.stderr
    assert '"tor"' in state.stdout
    assert '"bank"' in state.stdout
    assert '"clearnet-proxy"' in state.stdout
    assert mode_in_table(netns) == "tor"
    read = call(bus, "GetState", uid=NOBODY)  # read-state: allow_any
    assert read.returncode == 0, read.stderr
    limited = call(bus, "SetClearnet", "string:bank", "uint32:15")
    assert limited.returncode == 0, limited.stderr
    assert mode_in_table(netns) == "tor+bank"
    assert call(bus, "EndClearnet").returncode == 0
    assert mode_in_table(netns) == "tor"


def test_a_caller_polkit_does_not_authorize_changes_nothing(
    helper: object, bus: str, netns: NetNs
) -> None:
    assert call(bus, "SetMode", "string:tor").returncode == 0
    before = netns.list_table("inet", "onionpanel")
    for method, args in (("SetMode", ["string:off"]), ("SetClearnet", ["string:bank", "uint32:0"])):
        refused = call(bus, method, *args, uid=NOBODY)
        assert refused.returncode != 0
        assert "org.onionpanel.Helper1.Error.NotAuthorized" in refused.stderr
    assert netns.list_table("inet", "onionpanel") == before


def wait_readable(fd: int, within: float) -> bool:
    return bool(select.select([fd], [], [], within)[0])


def read_until(fd: int, text: str, within: float = 20.0) -> str:
    seen = ""
    deadline = time.monotonic() + within
    while text not in seen:
        left = deadline - time.monotonic()
        if left <= 0 or not wait_readable(fd, left):
            raise AssertionError(f"{text!r} never came; got {seen!r}")
        seen += os.read(fd, 4096).decode(errors="replace")
    return seen


@pytest.mark.parametrize("bus", ["asks-anyone"], indirect=True)
def test_a_password_prompt_holds_up_no_other_caller(helper: object, bus: str, netns: NetNs) -> None:
    """Someone typing an administrator's password must not hold up anyone else. The prompt is
    polkit's own text agent (pkttyagent) on a terminal of its own, where nobody types."""
    assert call(bus, "SetMode", "string:tor").returncode == 0
    as_nobody = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    switch = f"exec dbus-send --bus={bus} --print-reply {' '.join(DEST)} "
    caller = subprocess.Popen(  # waits for "go", so its agent is there before it calls
        [*as_nobody, "sh", "-c", f"read go && {switch}org.onionpanel.Helper1.SetMode string:off"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    terminal, agents_end = pty.openpty()
    os.fchown(agents_end, NOBODY, -1)
    registered, notify = os.pipe()

    def own_terminal() -> None:
        os.setsid()
        fcntl.ioctl(agents_end, termios.TIOCSCTTY, 0)

    agent = subprocess.Popen(
        [*as_nobody, "pkttyagent", "--process", str(caller.pid), "--notify-fd", str(notify)],
        stdin=agents_end,
        stdout=agents_end,
        stderr=agents_end,
        pass_fds=(notify,),
        preexec_fn=own_terminal,  # only os calls, before exec
        env={**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": bus},
    )
    os.close(notify)
    try:
        assert wait_readable(registered, 15), "pkttyagent did not register"
        assert caller.stdin is not None
        caller.stdin.write("go\n")
        caller.stdin.flush()
        read_until(terminal, "Password:")  # polkit is now waiting for a person

        started = time.monotonic()
        state = call(bus, "GetState")
        assert state.returncode == 0, state.stderr
        assert time.monotonic() - started < 5
        assert '"tor"' in state.stdout
        assert call(bus, "SetClearnet", "string:bank", "uint32:5").returncode == 0
        assert mode_in_table(netns) == "tor+bank"  # root's own change went through meanwhile
        assert caller.poll() is None  # still waiting for the password
    finally:
        agent.kill()  # the person gave up: polkit says no
        agent.wait()
        _, errors = caller.communicate(timeout=30)
        os.close(registered)
        os.close(terminal)
        os.close(agents_end)
    assert "NotAuthorized" in errors
    assert mode_in_table(netns) == "tor+bank"


@pytest.mark.parametrize(
    ("method", "args", "error"),
    [
        ("SetMode", ["string:tor; flush ruleset"], "Error.Undeclared"),
        ("SetMode", ["string:/etc/nftables.conf"], "Error.Undeclared"),
        ("SetMode", ["string:tor+bank"], "Error.Invalid"),
        ("SetMode", ["uint32:1"], "InvalidArgs"),
        ("SetClearnet", ["string:mail", "uint32:5"], "Error.Undeclared"),
        ("SetClearnet", ["string:bank", "uint32:100000"], "Error.Invalid"),
        ("Exec", ["string:/bin/sh"], "UnknownMethod"),
    ],
)
def test_hostile_calls_are_refused_with_a_clear_error(
    helper: object, bus: str, netns: NetNs, method: str, args: list[str], error: str
) -> None:
    assert call(bus, "SetMode", "string:tor").returncode == 0
    before = netns.list_table("inet", "onionpanel")
    refused = call(bus, method, *args)
    assert refused.returncode != 0
    assert error in refused.stderr
    assert "flush ruleset" not in refused.stderr
    assert "/etc/nftables.conf" not in refused.stderr
    assert netns.list_table("inet", "onionpanel") == before


def test_the_trays_routing_menu_switches_modes_through_the_helper(
    helper: object, bus: str, netns: NetNs, qapp: QApplication
) -> None:
    panel = Panel(qapp, Tray(), parse_args([]))
    panel.routing.bus = bus
    notes: list[str] = []
    panel.tray.notify = lambda title, body: notes.append(body)  # type: ignore[method-assign]

    async def until(condition: Callable[[], object], within: float = 30.0) -> None:
        deadline = time.monotonic() + within
        while not condition():
            assert time.monotonic() < deadline, "not in time"
            await asyncio.sleep(0.05)

    async def choose(menu: RoutingMenu, prefix: str) -> None:
        def entry() -> QAction | None:
            texts = menu.actions_by_text()
            return next((a for t, a in texts.items() if t.startswith(prefix)), None)

        await until(entry)
        action = entry()
        assert action is not None
        action.trigger()

    async def scenario() -> None:
        await until(lambda: mode_in_table(netns) == "tor")  # the boot mode, from the watcher
        assert await panel.routing.start()
        menu = panel.tray.routing_menu
        assert isinstance(menu, RoutingMenu)
        await choose(menu, "Lockdown")
        await until(lambda: mode_in_table(netns) == "lockdown" and panel.tray.badge == "L")
        await choose(menu, "Tor (all traffic)")
        await until(lambda: mode_in_table(netns) == "tor" and panel.tray.badge == "")
        await choose(menu, "Clearnet for 15 min")
        await until(lambda: mode_in_table(netns) == "tor+bank" and panel.tray.badge == "C")
        assert "Clearnet on for bank" in panel.tray.toolTip()
        assert "back to Tor in 15 min" in next(iter(menu.actions_by_text()))
        menu.adjustSize()
        ARTIFACTS.mkdir(exist_ok=True)
        assert menu.grab().save(str(ARTIFACTS / "routing_menu.png"))
        icon = draw_icon(IconKind.CONNECTED, 100, 64, "C")
        assert icon.save(str(ARTIFACTS / "tray_clearnet.png"))
        netns.nft("delete", "table", "inet", "onionpanel")  # someone else's flush
        # a time-limited clearnet does not survive that: fail closed, back to tor
        await until(lambda: any("applied again" in note for note in notes))
        await until(lambda: mode_in_table(netns) == "tor" and panel.tray.badge == "")
        await choose(menu, "Clearnet until I switch back")
        await until(lambda: mode_in_table(netns) == "tor+bank" and panel.tray.badge == "C")
        await choose(menu, "Back to Tor")
        await until(lambda: mode_in_table(netns) == "tor" and panel.tray.badge == "")

    async def run_and_close() -> None:
        try:
            await scenario()
        finally:
            await panel.settle()

    run_on_qasync(qapp, run_and_close, timeout=90)


def test_open_app_in_profile_comes_from_the_config_and_reports_what_went_wrong(
    helper: object,
    bus: str,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The example config gives profile "mail" thunderbird.desktop. Here a stand-in entry
    whose program is `true`; profile "mail" needs a systemd user scope, which this test
    machine has no user session for, so the panel must say why instead of failing quietly."""
    applications = tmp_path / "data" / "applications"
    applications.mkdir(parents=True)
    (applications / "thunderbird.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Thunderbird\nExec=true %u\n"
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "none"))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    panel = Panel(qapp, Tray(), parse_args([]))
    panel.routing.bus = bus
    panel.routing.config = str(EXAMPLE)
    notes: list[str] = []
    panel.tray.notify = lambda title, body: notes.append(body)  # type: ignore[method-assign]

    async def scenario() -> None:
        try:
            assert await panel.routing.start()
            menu = panel.tray.routing_menu
            assert isinstance(menu, RoutingMenu)
            entry = menu.actions_by_text()["Open Thunderbird in mail"]
            entry.trigger()
            deadline = time.monotonic() + 30
            while not any("systemd-run" in n or "did not start" in n for n in notes):
                assert time.monotonic() < deadline, f"no word on why it did not start: {notes}"
                await asyncio.sleep(0.05)
        finally:
            await panel.settle()  # no subprocess pipe may outlive this loop

    run_on_qasync(qapp, scenario)


def test_without_a_helper_the_menu_says_why(qapp: QApplication, bus: str) -> None:
    panel = Panel(qapp, Tray(), parse_args([]))
    panel.routing.bus = bus  # a bus with polkit but no helper on it

    async def scenario() -> bool:
        try:
            return await panel.routing.start()
        finally:
            await panel.settle()

    assert not run_on_qasync(qapp, scenario)
    menu = panel.tray.routing_menu
    assert isinstance(menu, RoutingMenu)
    assert any("not installed or not running" in text for text in menu.actions_by_text())
