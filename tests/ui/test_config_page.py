"""The Configuration page's widgets with reports built by hand (the live tests use real tor):
NixOS option paths, hidden bridge addresses, the relay section, copying, no editing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QApplication

from onionpanel.core.torconfig import Bridge, BridgeState, ConfigReport, OnionService, RelayInfo
from onionpanel.core.torports import Listener
from onionpanel.core.torrc import Setting, Source, SourceKind
from onionpanel.ui.config.page import ConfigPage
from tests.ui.test_accessibility import unnamed_controls

NIX_TORRC = "/nix/store/0123abcd-torrc"


def _nix(line: int, text: str) -> Source:
    return Source(SourceKind.TORRC, NIX_TORRC, line, text)


NIXOS_REPORT = ConfigReport(
    config_file=NIX_TORRC,
    defaults_file="",
    files_read=(NIX_TORRC,),
    nixos=True,
    listeners=(
        Listener(
            "SocksPort",
            "127.0.0.1:9050",
            True,
            ("IsolateDestAddr",),
            _nix(3, "SOCKSPort 127.0.0.1:9050 IsolateDestAddr"),
        ),
        Listener("TransPort", "127.0.0.1:9040", True, (), _nix(4, "TransPort 127.0.0.1:9040")),
        Listener(
            "ControlPort",
            "unix:/run/tor/control",
            True,
            ("GroupWritable",),
            _nix(2, "ControlPort unix:/run/tor/control GroupWritable RelaxDirModeCheck"),
        ),
    ),
    use_bridges=True,
    bridges=(
        Bridge(
            "obfs4",
            "192.0.2.10:443",
            "A" * 40,
            ("cert=xyz",),
            _nix(7, f"Bridge obfs4 192.0.2.10:443 {'A' * 40} cert=xyz"),
            BridgeState.FAILED,
            "CONNECTREFUSED",
        ),
    ),
    onion_services=(
        OnionService(
            "",
            ("22",),
            "/var/lib/tor/onion/ssh",
            "torrc",
            _nix(9, "HiddenServiceDir /var/lib/tor/onion/ssh"),
            "Permission denied",
        ),
    ),
    relay=RelayInfo("bridge", "mybridge", "B" * 40, ("9001",), True, None, "awake"),
    other=(Setting("NumEntryGuards", "2", _nix(12, "NumEntryGuards 2")),),
)


def test_nixos_rows_name_the_option_and_copy_it(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    page = ConfigPage()
    qtbot.addWidget(page)
    page.show_report(NIXOS_REPORT)
    ports = {row[0]: row for row in page.rows("ports")}
    assert ports["SocksPort"][3] == "services.tor.client.socksListenAddress"
    assert ports["TransPort"][3] == "services.tor.client.transparentProxy.enable"
    assert ports["ControlPort"][3] == "services.tor.controlSocket.enable"
    assert "NixOS" in page.files.text()
    assert "services.tor.client.socksListenAddress" in page.answer.text()
    onion = page.rows("onions")[0]
    assert onion[1] == "hostname not readable: Permission denied"
    assert onion[3] == 'services.tor.relay.onionServices."ssh"'
    other = page.rows("other")[0]
    assert other[3] == "services.tor.settings.NumEntryGuards"

    page.tree.setCurrentItem(page.sections["other"].child(0))
    assert page.copy_where.isEnabled()
    page.copy_where.click()
    assert QApplication.clipboard().text() == "services.tor.settings.NumEntryGuards"
    page.copy_line.click()
    assert QApplication.clipboard().text() == "NumEntryGuards 2"
    page.tree.setCurrentItem(page.sections["relay"].child(0))
    assert not page.copy_where.isEnabled()  # nothing to copy for the relay's own facts


def test_bridge_addresses_hidden_until_asked(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    page = ConfigPage()
    qtbot.addWidget(page)
    page.show_report(NIXOS_REPORT)
    bridge = page.rows("bridges")[1]
    assert bridge[:3] == ("Bridge (obfs4)", "hidden", "cannot connect (CONNECTREFUSED)")
    page.show_addresses.setChecked(True)
    assert page.rows("bridges")[1][1] == "192.0.2.10:443"
    page.show_addresses.setChecked(False)
    assert page.rows("bridges")[1][1] == "hidden"


def test_relay_section_and_read_only_tree(qtbot, qapp: QApplication, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    page = ConfigPage()
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show_report(NIXOS_REPORT)
    relay = {row[0]: row[1] for row in page.rows("relay")}
    assert relay["Role"] == "bridge"
    assert relay["Fingerprint"] == "B" * 40
    assert relay["Reachable"] == "yes"
    assert page.tree.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert unnamed_controls(page) == []
    page.show()
    assert page.grab().save(str(artifacts / "config-page-nixos.png"))


def test_unavailable_clears_everything(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    page = ConfigPage()
    qtbot.addWidget(page)
    page.show_report(NIXOS_REPORT)
    page.show_unavailable("Not connected to tor.")
    assert page.rows("ports") == []
    assert page.answer.text() == "Not connected to tor."
    assert not page.copy_line.isEnabled()


def test_no_socks_port_says_so(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    page = ConfigPage()
    qtbot.addWidget(page)
    page.show_report(ConfigReport("/etc/tor/torrc", ""))
    assert "no SOCKS port" in page.answer.text()
    assert page.rows("ports")[0][0] == "none"


def test_answer_prefers_a_tcp_port_without_a_session_group(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    page = ConfigPage()
    qtbot.addWidget(page)
    source = Source(SourceKind.TORRC, "/etc/tor/torrc", 5, "SocksPort 9150")
    report = ConfigReport(
        "/etc/tor/torrc",
        "",
        listeners=(
            Listener("SocksPort", "unix:/run/tor/socks", True, (), source),
            Listener("SocksPort", "127.0.0.1:9052", True, ("SessionGroup=3",), source),
            Listener("SocksPort", "127.0.0.1:9150", True, (), source),
        ),
    )
    page.show_report(report)
    assert "host 127.0.0.1, port 9150" in page.answer.text()
    assert "/etc/tor/torrc:5" in page.answer.text()
    page.show_report(ConfigReport("/t", "", listeners=report.listeners[:1]))
    assert "SOCKS5 socket /run/tor/socks" in page.answer.text()
