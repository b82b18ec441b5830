"""torrc parsing, %include following and "where does this setting come from"."""

from __future__ import annotations

from pathlib import Path

from onionpanel.core.nixos_options import is_nixos_torrc, nixos_option
from onionpanel.core.torrc import (
    Include,
    SourceKind,
    TorrcLine,
    attribute,
    parse_command_line,
    parse_config_text,
    parse_torrc,
    read_tree,
)
from onionpanel.tor.config_reader import LocalFiles


def test_comments_continuations_and_quotes() -> None:
    text = (
        "# a comment\n"
        "SocksPort 9050 # trailing comment\n"
        "\n"
        "ExitPolicy accept *:80,\\\n"
        "# a comment inside is skipped\n"
        "  accept *:443\n"
        'Nickname "quoted"\n'
        "%include /etc/tor/torrc.d/\n"
    )
    entries = parse_torrc(text, "/t")
    assert entries[0] == TorrcLine(
        "SocksPort", "9050", "/t", 2, "SocksPort 9050 # trailing comment"
    )
    exit_policy = entries[1]
    assert isinstance(exit_policy, TorrcLine)
    assert (exit_policy.value, exit_policy.line) == ("accept *:80, accept *:443", 4)
    assert entries[2] == TorrcLine("Nickname", "quoted", "/t", 7, 'Nickname "quoted"')
    assert entries[3] == Include("/etc/tor/torrc.d/", "/t", 8)


def test_include_directory_in_lexical_order_skips_dot_files_and_subdirs(tmp_path: Path) -> None:
    included = tmp_path / "torrc.d"
    (included / "sub").mkdir(parents=True)
    (included / "20-dns.conf").write_text("DNSPort 5353\n")
    (included / "10-trans.conf").write_text("\nTransPort 9040\n")
    (included / ".hidden").write_text("SocksPort 1\n")
    (included / "sub" / "x.conf").write_text("SocksPort 2\n")
    torrc = tmp_path / "torrc"
    torrc.write_text(f"SocksPort 9050\n%include {included}\nNickname after\n")
    tree = read_tree(str(torrc), LocalFiles)
    assert [(line.key, line.path, line.line) for line in tree.lines] == [
        ("SocksPort", str(torrc), 1),
        ("TransPort", str(included / "10-trans.conf"), 2),
        ("DNSPort", str(included / "20-dns.conf"), 1),
        ("Nickname", str(torrc), 3),
    ]
    assert tree.complete


def test_include_glob_relative_to_tors_working_dir_and_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "a.conf").write_text("ORPort 9001\n")
    (tmp_path / "b.txt").write_text("ORPort 1\n")
    torrc = tmp_path / "torrc"
    torrc.write_text("%include *.conf\n%include /nonexistent/file\n")
    tree = read_tree(str(torrc), LocalFiles, working_dir=str(tmp_path))
    assert [line.key for line in tree.lines] == ["ORPort"]
    assert tree.problems == (("/nonexistent/file", "No such file or directory"),)
    assert not tree.complete


def test_include_loop_stops_at_tors_depth_limit(tmp_path: Path) -> None:
    torrc = tmp_path / "torrc"
    torrc.write_text(f"Nickname x\n%include {torrc}\n")
    tree = read_tree(str(torrc), LocalFiles)
    assert tree.problems
    assert "nested" in tree.problems[0][1]


def test_attribute_exact_normalised_and_repeated_values() -> None:
    torrc = [
        TorrcLine("SocksPort", "9050", "/t", 1, "SocksPort 9050"),
        TorrcLine("SocksPort", "9150 IsolateDestAddr", "/i", 3, "SocksPort 9150 IsolateDestAddr"),
        TorrcLine("MaxMemInQueues", "256 MB", "/t", 5, "MaxMemInQueues 256 MB"),
        TorrcLine("MaxMemInQueues", "512 MB", "/t", 9, "MaxMemInQueues 512 MB"),
    ]
    defaults = [TorrcLine("AvoidDiskWrites", "1", "/d", 2, "AvoidDiskWrites 1")]
    entries = parse_config_text(
        "MaxMemInQueues 536870912\nSocksPort 9050\nSocksPort 9150 IsolateDestAddr\n"
        "AvoidDiskWrites 1\nDisableNetwork 1\nNumCPUs 2\n"
    )
    settings = attribute(entries, torrc, defaults, [("DisableNetwork", "1")])
    where = {(s.key, s.value): s.source.where for s in settings}
    assert where[("MaxMemInQueues", "536870912")] == "/t:9"  # tor: the last line wins
    assert where[("SocksPort", "9050")] == "/t:1"
    assert where[("SocksPort", "9150 IsolateDestAddr")] == "/i:3"
    assert where[("AvoidDiskWrites", "1")] == "/d:2"
    assert where[("DisableNetwork", "1")] == "command line"
    assert where[("NumCPUs", "2")] == "changed while tor runs"  # read everything: not there


def test_attribute_says_unknown_when_it_could_not_read_everything() -> None:
    settings = attribute([("NumCPUs", "2")], [], [], None, complete=True)
    assert settings[0].source.kind is SourceKind.UNKNOWN


def test_command_line_skips_tors_own_flags() -> None:
    argv = ["/usr/bin/tor", "-f", "/etc/tor/torrc", "--defaults-torrc", "/d", "--hush"]
    argv += ["--RunAsDaemon", "1", "DisableNetwork", "1", "+SocksPort", "9150"]
    assert parse_command_line(argv) == [
        ("RunAsDaemon", "1"),
        ("DisableNetwork", "1"),
        ("SocksPort", "9150"),
    ]


def test_nixos_option_paths() -> None:
    assert nixos_option("TransPort", "TransPort 127.0.0.1:9040") == (
        "services.tor.client.transparentProxy.enable"
    )
    assert (
        nixos_option("TransPort", "TransPort 127.0.0.1:9041") == "services.tor.settings.TransPort"
    )
    assert nixos_option("SocksPort", "SOCKSPort 127.0.0.1:9050 IsolateDestAddr") == (
        "services.tor.client.socksListenAddress"
    )
    assert nixos_option("SocksPort") == "services.tor.settings.SOCKSPort"
    assert nixos_option("ControlPort", "ControlPort unix:/run/tor/control GroupWritable") == (
        "services.tor.controlSocket.enable"
    )
    assert nixos_option("HiddenServiceDir", "HiddenServiceDir /var/lib/tor/onion/ssh") == (
        'services.tor.relay.onionServices."ssh"'
    )
    assert nixos_option("BridgeRelay", "BridgeRelay 1") == "services.tor.relay.role"
    assert nixos_option("NumEntryGuards") == "services.tor.settings.NumEntryGuards"
    assert is_nixos_torrc("/nix/store/abc-torrc")
    assert not is_nixos_torrc("/etc/tor/torrc")
