"""The Configuration page and ``onionpanel config --json`` against a real tor on the sandbox
network, configured the way people do: two SocksPorts with different isolation, a %include'd
directory, a bridge that cannot connect next to one that can, an onion service in the torrc
and one added over the control port (ADD_ONION, which does not change tor's configuration).
Each setting must come with its file and line."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import stem.control
from stem.control import Controller

from PySide6.QtWidgets import QApplication

from onionpanel.core.torconfig import ConfigReport
from onionpanel.launcher.process import TorProcess, free_tcp_port
from onionpanel.sandbox.network import APP_SESSION_GROUP, SandboxNetwork
from onionpanel.sandbox.pytest_plugin import TorFactory
from onionpanel.tor.config_reader import read_config
from onionpanel.tor.connection import TorConnection
from onionpanel.ui.config.feed import ConfigFeed
from onionpanel.ui.config.page import ConfigPage
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_circuits_live import wait_for
from tests.ui.test_end_to_end import run_on_qasync

pytestmark = [pytest.mark.tor, pytest.mark.slow]

DEAD_FINGERPRINT = "0123456789ABCDEF0123456789ABCDEF01234567"


@dataclass
class ConfiguredTor:
    tor: TorProcess
    torrc: Path
    included: Path
    app_port: int
    mail_port: int
    dead_bridge: str
    live_bridge: str
    onion_dir: Path
    added_onion: str

    @property
    def control(self) -> str:
        endpoint = self.tor.control_endpoint
        assert endpoint is not None
        return f"{endpoint.host}:{endpoint.port}"


def line_of(path: Path, text: str) -> int:
    lines = path.read_text().splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


@pytest.fixture(scope="module")
def configured(
    sandbox: SandboxNetwork, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ConfiguredTor]:
    root = tmp_path_factory.mktemp("configured-tor")
    include_dir = root / "torrc.d"
    include_dir.mkdir()
    mail_port, app_port, dead_port = free_tcp_port(), free_tcp_port(), free_tcp_port()
    included = include_dir / "50-mail.conf"
    onion_dir = root / "onion-web"
    included.write_text(
        "# the mail client's own port: every destination on its own circuits\n"
        f"SocksPort 127.0.0.1:{mail_port} IsolateDestAddr IsolateDestPort\n"
        f"HiddenServiceDir {onion_dir}\n"
        "HiddenServicePort 80 127.0.0.1:8080\n"
    )
    (include_dir / ".ignored").write_text("SocksPort 127.0.0.1:1\n")
    authority = next(relay for relay in sandbox.relays if relay.is_authority)
    dead_bridge = f"127.0.0.1:{dead_port}"
    live_bridge = f"127.0.0.1:{authority.or_port}"
    tor = TorProcess(
        root / "data",
        [
            *sandbox.join_torrc_lines(),
            f"SocksPort 127.0.0.1:{app_port} SessionGroup=7",
            "ControlPort 127.0.0.1:auto",
            "CookieAuthentication 1",
            f"%include {include_dir}",
            "UseBridges 1",
            f"Bridge {dead_bridge} {DEAD_FINGERPRINT}",
            f"Bridge {live_bridge} {authority.fingerprint}",
            "ConfluxEnabled 0",
        ],
        owner_pid=os.getpid(),
    )
    tor.start()
    try:
        endpoint = tor.wait_for_control_port(30)
        # stem's authenticate() takes ownership of a tor this process owns: tor then lives
        # as long as this connection, so keep it open until the module is done.
        with Controller.from_port(address=endpoint.host, port=endpoint.port) as controller:
            controller.authenticate()
            service = controller.create_ephemeral_hidden_service(
                {80: 8081}, detached=True, await_publication=False
            )
            yield ConfiguredTor(
                tor,
                tor.torrc_path,
                included,
                app_port,
                mail_port,
                dead_bridge,
                live_bridge,
                onion_dir,
                f"{service.service_id}.onion",
            )
    finally:
        tor.stop()


def test_reading_sends_only_questions(
    qapp: QApplication, configured: ConfiguredTor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the wire, not only in the source: reading the configuration asks, never changes."""
    sent: list[str] = []
    original = stem.control.BaseController.msg

    def record(controller: object, message: str) -> object:
        sent.append(message.split()[0].upper() if message.split() else "")
        return original(controller, message)  # type: ignore[arg-type]

    monkeypatch.setattr(stem.control.BaseController, "msg", record)
    run_on_qasync(qapp, lambda: _report(configured))
    assert set(sent) <= {
        "GETINFO",
        "GETCONF",
        "SETEVENTS",
        "PROTOCOLINFO",
        "AUTHCHALLENGE",
        "AUTHENTICATE",
    }
    assert {"GETINFO", "GETCONF"} <= set(sent)


async def _report(configured: ConfiguredTor) -> ConfigReport:
    connection = TorConnection(configured.control)
    try:
        await connection.connect()
        return await read_config(connection)
    finally:
        await connection.close()


def test_reader_lists_each_setting_with_its_file_and_line(
    qapp: QApplication, configured: ConfiguredTor
) -> None:
    report = run_on_qasync(qapp, lambda: _report(configured))
    torrc, included = str(configured.torrc), str(configured.included)
    assert report.config_file == torrc
    assert included in report.files_read

    socks = {item.address: item for item in report.socks_ports}
    app = socks[f"127.0.0.1:{configured.app_port}"]
    mail = socks[f"127.0.0.1:{configured.mail_port}"]
    assert app.listening
    assert mail.listening
    assert (app.source.path, app.source.line) == (
        torrc,
        line_of(configured.torrc, f"SocksPort 127.0.0.1:{configured.app_port}"),
    )
    assert (mail.source.path, mail.source.line) == (included, 2)
    assert app.session_group == 7
    assert "each destination address gets its own circuits" in [r.value for r in mail.isolation]
    assert "127.0.0.1:1" not in socks  # dot files in an included directory are skipped

    bridges = {bridge.address: bridge for bridge in report.bridges}
    assert report.use_bridges
    dead = bridges[configured.dead_bridge]
    assert dead.fingerprint == DEAD_FINGERPRINT
    assert dead.source.line == line_of(configured.torrc, f"Bridge {configured.dead_bridge}")

    onions = {service.name: service for service in report.onion_services}
    hostname = (configured.onion_dir / "hostname").read_text().strip()
    assert onions[hostname].source.path == included
    assert onions[hostname].source.line == 3
    assert onions[hostname].ports == ("80 127.0.0.1:8080",)
    assert onions[configured.added_onion].origin == "control port (detached)"

    other = {setting.key: setting for setting in report.other}
    assert other["ConfluxEnabled"].source.where == (
        f"{torrc}:{line_of(configured.torrc, 'ConfluxEnabled')}"
    )
    assert other["DataDirectory"].source.line == 1
    assert report.relay.role == ""


def test_bridges_say_which_connect(qapp: QApplication, configured: ConfiguredTor) -> None:
    page = ConfigPage()
    feed = ConfigFeed(page)

    def states() -> dict[str, str]:
        return {row[1]: row[2] for row in page.rows("bridges") if row[0].startswith("Bridge")}

    async def scenario() -> None:
        connection = TorConnection(configured.control)
        await connection.connect()
        try:
            page.show_addresses.setChecked(True)
            await feed.attach(connection)
            # the dead one is refused at once; tor retries, and the events tell us
            await wait_for(
                lambda: states().get(configured.dead_bridge, "").startswith("cannot"), 60
            )
            await wait_for(lambda: states().get(configured.live_bridge) == "connected", 60)
        finally:
            feed.detach()
            await connection.close()

    run_on_qasync(qapp, scenario, timeout=150)


def test_cli_json_lists_the_same(configured: ConfiguredTor) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "onionpanel", "config", "--json", "--control", configured.control],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    ports = {item["address"]: item for item in report["listeners"]}
    mail = ports[f"127.0.0.1:{configured.mail_port}"]
    assert mail["source"]["file"] == str(configured.included)
    assert mail["source"]["line"] == 2
    assert mail["source"]["nixos_option"] == "services.tor.settings.SOCKSPort"
    app = ports[f"127.0.0.1:{configured.app_port}"]
    assert app["session_group"] == 7
    assert app["source"]["file"] == str(configured.torrc)
    bridges = {item["address"]: item for item in report["bridges"]["bridges"]}
    assert bridges[configured.dead_bridge]["source"]["file"] == str(configured.torrc)
    dead_line = line_of(configured.torrc, f"Bridge {configured.dead_bridge}")
    assert bridges[configured.dead_bridge]["source"]["line"] == dead_line
    assert app["source"]["line"] == line_of(configured.torrc, f"127.0.0.1:{configured.app_port}")
    names = {item["name"]: item for item in report["onion_services"]}
    assert names[configured.added_onion]["origin"] == "control port (detached)"
    hostname = (configured.onion_dir / "hostname").read_text().strip()
    assert names[hostname]["source"]["line"] == 3


def test_page_shows_sources_and_copies_them(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    configured: ConfiguredTor,
    artifacts: Path,
) -> None:
    page = ConfigPage()
    page.resize(1100, 760)
    qtbot.addWidget(page)
    feed = ConfigFeed(page)

    async def scenario() -> None:
        connection = TorConnection(configured.control)
        await connection.connect()
        try:
            await feed.attach(connection)
            page.show()
            await asyncio.sleep(0.05)
            assert page.grab().save(str(artifacts / "config-page-configured.png"))
        finally:  # the feed stays attached: the rows are checked below
            await connection.close()

    run_on_qasync(qapp, scenario)
    ports = {row[1]: row for row in page.rows("ports")}
    mail = ports[f"127.0.0.1:{configured.mail_port}"]
    assert mail[3] == f"{configured.included}:2"
    assert "each destination address gets its own circuits" in mail[2]
    app = ports[f"127.0.0.1:{configured.app_port}"]
    assert "session group 7" in app[2]
    # bridge addresses stay hidden until asked for
    bridge_rows = [row for row in page.rows("bridges") if row[0].startswith("Bridge")]
    assert {row[1] for row in bridge_rows} == {"hidden"}
    assert {row[3] for row in bridge_rows} == {
        f"{configured.torrc}:{line_of(configured.torrc, f'Bridge {configured.dead_bridge}')}",
        f"{configured.torrc}:{line_of(configured.torrc, f'Bridge {configured.live_bridge}')}",
    }
    onions = {row[1]: row for row in page.rows("onions")}
    assert onions[configured.added_onion][3] == ""
    # copy: the selected row's file and line, and the line as written
    section = page.sections["ports"]
    for index in range(section.childCount()):
        child = section.child(index)
        if child is not None and child.text(1) == f"127.0.0.1:{configured.mail_port}":
            page.tree.setCurrentItem(child)
    page.copy_where.click()
    assert QApplication.clipboard().text() == f"{configured.included}:2"
    page.copy_line.click()
    assert QApplication.clipboard().text() == (
        f"SocksPort 127.0.0.1:{configured.mail_port} IsolateDestAddr IsolateDestPort"
    )
    assert f"port {configured.app_port}" not in page.answer.text()  # a session-group port
    assert f"port {configured.mail_port}" in page.answer.text()
    feed.detach()


def test_sandbox_panel_shows_its_own_torrc(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    sandbox: SandboxNetwork,
    artifacts: Path,
) -> None:
    """``onionpanel --sandbox``: the Configuration page explains the sandbox client's torrc."""
    panel = Panel(qapp, Tray(), parse_args(["--sandbox"]))
    panel.open_window()
    window = panel.window
    window.resize(1180, 760)
    qtbot.addWidget(window)
    page = panel.pages.config
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert "Configuration" in titles
    torrc = sandbox.client_data_dir / "torrc"

    async def scenario() -> None:
        assert await panel.session.attach(sandbox.control_endpoint)
        try:
            await wait_for(lambda: page.rows("ports"))
            window.show_page(titles.index("Configuration"))
            await asyncio.sleep(0.05)
            assert window.grab().save(str(artifacts / "config-sandbox.png"))
            check_rows()
        finally:
            await panel.session.close()
            await panel.settle()

    def check_rows() -> None:
        ports = {row[1]: row for row in page.rows("ports")}
        socks = ports[f"127.0.0.1:{sandbox.socks_port}"]
        assert socks[3] == f"{torrc}:{line_of(torrc, f'SocksPort 127.0.0.1:{sandbox.socks_port}')}"
        app = ports[f"127.0.0.1:{sandbox.app_socks_port}"]
        assert f"session group {APP_SESSION_GROUP}" in app[2]
        assert ports[f"127.0.0.1:{sandbox.trans_port}"][0] == "TransPort"
        assert f"port {sandbox.socks_port}" in page.answer.text()
        assert unnamed_controls(page) == []

    run_on_qasync(qapp, scenario, timeout=60)
    assert page.rows("ports") == []  # closed: nothing left that could be stale


def test_relay_section_for_a_tor_with_an_orport(
    qapp: QApplication, tor_factory: TorFactory
) -> None:
    """Offline (DisableNetwork 1, nothing published): role, nickname, fingerprint, accounting."""
    tor = tor_factory(
        [
            "ORPort 127.0.0.1:auto",
            "Nickname configpagerelay",
            "PublishServerDescriptor 0",
            "AccountingMax 1 GB",
            "ExitRelay 0",
        ]
    )
    endpoint = tor.wait_for_control_port(30)

    async def report() -> ConfigReport:
        connection = TorConnection(endpoint)
        try:
            await connection.connect()
            return await read_config(connection)
        finally:
            await connection.close()

    relay = run_on_qasync(qapp, report).relay
    assert relay.role == "relay"
    assert relay.nickname == "configpagerelay"
    assert len(relay.fingerprint.split()[-1]) == 40
    assert relay.or_ports == ("127.0.0.1:auto",)
    assert relay.accounting


def test_cli_text_names_files_and_lines(configured: ConfiguredTor) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "onionpanel", "config", "--control", configured.control],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"127.0.0.1:{configured.mail_port}" in result.stdout
    assert f"from {configured.included}:2" in result.stdout
    assert "- each destination address gets its own circuits" in result.stdout
    assert "Sandbox — not anonymous" in result.stdout  # TestingTorNetwork: it says so


def test_reload_shows_what_tor_reads_after_a_sighup(
    qapp: QApplication, tor_factory: TorFactory, tmp_path: Path
) -> None:
    """Change the included file, reload tor as systemd does (SIGHUP), press Reload: the page
    shows the new port and its new line, not what stem cached before."""
    included = tmp_path / "ports.conf"
    first, second = free_tcp_port(), free_tcp_port()
    included.write_text(f"HTTPTunnelPort 127.0.0.1:{first}\n")
    tor = tor_factory([f"%include {included}"])
    endpoint = tor.wait_for_control_port(30)
    page = ConfigPage()
    feed = ConfigFeed(page)

    def tunnel_rows() -> dict[str, str]:
        return {row[1]: row[3] for row in page.rows("ports") if row[0] == "HTTPTunnelPort"}

    async def scenario() -> None:
        connection = TorConnection(endpoint)
        await connection.connect()
        try:
            await feed.attach(connection)
            assert tunnel_rows() == {f"127.0.0.1:{first} (not listening)": f"{included}:1"}
            included.write_text(f"# moved\n\nHTTPTunnelPort 127.0.0.1:{second}\n")
            assert tor.pid is not None
            os.kill(tor.pid, signal.SIGHUP)
            await wait_for(lambda: "Received reload signal" in tor.log_path.read_text(), 20)
            await asyncio.sleep(0.5)  # tor applies the new config right after it logs that
            page.reload.click()
            await wait_for(lambda: f"127.0.0.1:{second} (not listening)" in tunnel_rows(), 20)
            assert tunnel_rows() == {f"127.0.0.1:{second} (not listening)": f"{included}:3"}
        finally:
            feed.detach()
            await connection.close()

    run_on_qasync(qapp, scenario, timeout=90)
