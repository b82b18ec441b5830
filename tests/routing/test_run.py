"""``onionpanel run PROFILE -- COMMAND``: only declared profiles; SOCKS profiles hand the program
tor's SocksPort with a username of its own, which tor reports on the program's streams."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from stem.response import ControlMessage

from PySide6.QtWidgets import QApplication

from onionpanel.core.circuits import StreamEvent, apply_events
from onionpanel.helper.config import Profile
from onionpanel.launcher.process import free_tcp_port
from onionpanel.routing.cli import run_main
from onionpanel.routing.launch import LaunchError, app_name_of, launch_plan
from onionpanel.sandbox.network import APP_SESSION_GROUP, SandboxNetwork
from onionpanel.sandbox.probe import LocalHttpServer
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.translate import translate
from onionpanel.ui.circuits.roles import Column
from onionpanel.ui.shell.app import Panel, parse_args
from onionpanel.ui.shell.tray import Tray
from tests.conftest import dispose_panel


def translate_stream(event: object) -> StreamEvent | None:
    translated = translate(event)
    return translated if isinstance(translated, StreamEvent) else None


REPO = Path(__file__).resolve().parents[2]
MAIL = Profile("mail", "tor-isolated", "config.toml", trans_port=9041, socks_port=9101)
SOCKS_ONLY = Profile("fetch", "tor-isolated", "config.toml", socks_port=9101)
BANK = Profile(
    "bank", "clearnet-proxy", "config.toml", proxy_host="127.0.0.1", proxy_port=3128, proxy_uid=13
)


def write_config(
    path: Path, socks_port: int, trans_port: int, dns_port: int, session_group: int | None = None
) -> Path:
    path.write_text(
        "schema = 1\n"
        "[tor]\n"
        'control = "127.0.0.1:9051"\n'
        'user = "debian-tor"\n'
        f"trans_port = {trans_port}\n"
        f"dns_port = {dns_port}\n"
        "[[profile]]\n"
        'name = "fetch"\n'
        'kind = "tor-isolated"\n'
        f"socks_port = {socks_port}\n"
        + (f"session_group = {session_group}\n" if session_group is not None else "")
    )
    return path


def test_a_socks_profile_runs_the_program_itself_with_tors_socks_port() -> None:
    launch = launch_plan(SOCKS_ONLY, ["/usr/bin/curl", "-s"], systemd_run=None)
    assert launch.argv == ("/usr/bin/curl", "-s")
    # the password names the profile, for the circuits view ("app “curl” in fetch")
    assert launch.environment["ALL_PROXY"] == "socks5h://curl:onionpanel%3Afetch@127.0.0.1:9101"
    assert launch.environment["TORSOCKS_USERNAME"] == "curl"
    assert launch.environment["TORSOCKS_PASSWORD"] == "onionpanel:fetch"


def test_a_transport_profile_runs_in_its_systemd_slice() -> None:
    launch = launch_plan(MAIL, ["thunderbird"], systemd_run="/usr/bin/systemd-run")
    assert launch.argv[:3] == ("/usr/bin/systemd-run", "--user", "--scope")
    assert "--slice=onionpanel-mail.slice" in launch.argv
    assert launch.argv[-2:] == ("--", "thunderbird")
    assert "--setenv=TORSOCKS_USERNAME=thunderbird" in launch.argv


def test_without_systemd_a_profile_that_needs_its_slice_is_refused() -> None:
    with pytest.raises(LaunchError, match=r"onionpanel-bank\.slice"):
        launch_plan(BANK, ["firefox"], systemd_run=None)


def test_the_clearnet_proxy_profile_sets_the_proxy() -> None:
    launch = launch_plan(BANK, ["firefox"], systemd_run="systemd-run")
    assert launch.environment["https_proxy"] == "http://127.0.0.1:3128"
    assert "ALL_PROXY" not in launch.environment


def test_app_names_are_safe_socks_usernames() -> None:
    assert app_name_of(["/opt/My App/run me;rm -rf"]) == "run-me-rm--rf"
    assert app_name_of(["./"]) == "app"


def test_an_undeclared_profile_is_refused_with_the_declared_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path / "config.toml", 9101, 9040, 9053)
    assert run_main(["--config", str(config), "bank", "--", "true"]) == 2
    error = capsys.readouterr().err
    assert "no profile named 'bank'" in error
    assert "declared: fetch" in error


def test_a_broken_config_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("schema = 1\n[tor\n")
    assert run_main(["--config", str(config), "fetch", "--", "true"]) == 1
    assert f"cannot use {config}" in capsys.readouterr().err


def test_dry_run_prints_and_runs_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path / "config.toml", 9101, 9040, 9053)
    marker = tmp_path / "ran"
    assert (
        run_main(["--config", str(config), "--dry-run", "fetch", "--", "touch", str(marker)]) == 0
    )
    out = capsys.readouterr().out
    assert "ALL_PROXY=socks5h://touch:onionpanel%3Afetch@127.0.0.1:9101" in out
    assert not marker.exists()


@pytest.mark.tor
@pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")
def test_tor_sees_the_programs_name_and_profile_on_its_streams(
    tmp_path: Path, sandbox: SandboxNetwork, local_http_server: LocalHttpServer
) -> None:
    config = write_config(
        tmp_path / "config.toml", sandbox.socks_port, sandbox.trans_port, sandbox.dns_port
    )
    target = f"http://127.0.0.1:{local_http_server.port}/"

    async def scenario() -> list[tuple[str, str]]:
        connection = TorConnection(sandbox.control_endpoint, sandbox=True)
        await connection.connect()
        sources: list[tuple[str, str]] = []
        seen = asyncio.Event()

        def on_streams(batch: list[StreamEvent]) -> None:
            sources.extend((e.source.socks_username, e.source.launched_in) for e in batch)
            if any(user == "curl" for user, _ in sources):
                seen.set()

        remove = connection.add_event_handler({"STREAM"}, on_streams, translate_stream)
        try:
            command = [sys.executable, "-m", "onionpanel", "run", "--config", str(config)]
            fetched = await asyncio.to_thread(
                subprocess.run,
                [*command, "fetch", "--", "curl", "-sf", "--max-time", "30", target],
                capture_output=True,
                text=True,
                timeout=60,
                cwd=REPO,
            )
            assert fetched.returncode == 0, fetched.stderr
            await asyncio.wait_for(seen.wait(), 10)
            return sources
        finally:
            remove()
            await connection.close()

    assert ("curl", "fetch") in asyncio.run(scenario())


@pytest.mark.tor
def test_the_panel_warns_about_declared_ports_tor_does_not_listen_on(
    tmp_path: Path, sandbox: SandboxNetwork, qapp: QApplication
) -> None:
    panel = Panel(qapp, Tray(), parse_args([]))
    unused = free_tcp_port()
    good = write_config(
        tmp_path / "good.toml",
        sandbox.app_socks_port,  # its torrc line has SessionGroup=41, as a profile's would
        sandbox.trans_port,
        sandbox.dns_port,
        session_group=APP_SESSION_GROUP,
    )
    bad = write_config(
        tmp_path / "bad.toml", unused, sandbox.trans_port, sandbox.dns_port, APP_SESSION_GROUP
    )

    async def scenario() -> tuple[list[str], list[str]]:
        connection = TorConnection(sandbox.control_endpoint, sandbox=True)
        await connection.connect()
        try:
            panel.routing.config = str(good)
            fine = await panel.check_routing_ports(connection)
            panel.routing.config = str(bad)
            return fine, await panel.check_routing_ports(connection)
        finally:
            await connection.close()

    fine, problems = asyncio.run(scenario())
    assert fine == []
    assert len(problems) == 1
    assert "'fetch'.socks_port" in problems[0]
    assert str(unused) in problems[0]
    # the config's session group names the profile of streams tor reports in that group
    model = panel.pages.circuit_model
    lines = [
        "650 CIRC 7 BUILT $" + "A" * 40 + "~guard PURPOSE=GENERAL",
        f"650 STREAM 8 SUCCEEDED 7 example.com:80 SESSION_GROUP={APP_SESSION_GROUP}",
        "650 STREAM 9 SUCCEEDED 7 example.com:80 SESSION_GROUP=-4 CLIENT_PROTOCOL=SOCKS5",
    ]
    events = [translate(ControlMessage.from_str(line + "\r\n", "EVENT")) for line in lines]
    state, change = apply_events(model.state, [e for e in events if e is not None])
    model.update(state, change)
    assert model.index_of_stream("8", Column.PURPOSE).data() == "profile fetch"
    assert model.index_of_stream("9", Column.PURPOSE).data() == "SOCKS5, listener 1"
    shown = panel.window.status_page.notice_texts()
    dispose_panel(panel)
    assert any("does not listen on" in text for text in shown)
