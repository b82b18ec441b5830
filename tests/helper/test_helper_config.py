"""The read-only config: a good one loads, each kind of bad one is refused with an exact message."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from routing_netns import EXAMPLE, load_example

from onionpanel.helper.config import (
    ConfigError,
    ModeError,
    check_listeners,
    check_mode,
    load_config,
    parse_config,
)

USERS = {"tor": 102, "proxy": 13, "clearnet": 120, "root": 0, "alice": 1000, "nobody": 65534}
MAIN = "config.toml"
EXTRA = "profiles.d/extra.toml"

GOOD: dict[str, Any] = {
    "schema": 1,
    "tor": {
        "control": "unix:/run/tor/control",
        "user": "tor",
        "trans_port": 9040,
        "dns_port": 9053,
    },
    "policy": {
        "boot_mode": "tor",
        "user_may_switch": ["tor", "lockdown", "tor+bank"],
        "lan": {"allow": True, "ranges_v4": ["192.168.0.0/16"], "ranges_v6": ["fe80::/10"]},
    },
    "exempt": {"users": ["clearnet"], "fwmarks": [0xCA6C]},
    "profile": [
        {"name": "mail", "kind": "tor-isolated", "trans_port": 9041, "socks_port": 9101},
        {
            "name": "bank",
            "kind": "clearnet-proxy",
            "proxy": "127.0.0.1:3128",
            "proxy_user": "proxy",
        },
    ],
}


def parse(main: dict[str, Any], extra: dict[str, Any] | None = None) -> Any:
    documents = [(MAIN, main)] + ([(EXTRA, extra)] if extra is not None else [])
    return parse_config(documents, user_id=USERS.get)


def refused(main: dict[str, Any], extra: dict[str, Any] | None = None) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse(main, extra)
    return [str(problem) for problem in caught.value.problems]


def good() -> dict[str, Any]:
    return copy.deepcopy(GOOD)


def test_a_good_config_loads_with_resolved_uids_and_declared_modes() -> None:
    config = parse(good())
    assert config.tor.uid == 102
    assert config.exempt.uids == (120,)
    assert config.exempt.fwmarks == (0xCA6C,)
    assert config.modes == ("off", "tor", "lockdown", "tor+bank")
    assert config.profile("bank").proxy_uid == 13
    assert config.profile("mail").slice == "onionpanel-mail.slice"


def test_the_packaged_example_is_valid() -> None:
    config = load_example()
    assert config.modes == ("off", "tor", "lockdown", "tor+bank", "tor+captive-portal")
    assert set(config.policy.user_may_switch) <= set(config.modes)


def test_profiles_d_files_are_read_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "profiles.d").mkdir()
    main = EXAMPLE.read_text()
    (tmp_path / "config.toml").write_text(main)
    (tmp_path / "profiles.d" / "b-chat.toml").write_text(
        '[[profile]]\nname = "chat"\nkind = "tor-isolated"\nsocks_port = 9102\n'
    )
    users = {"debian-tor": 102, "proxy": 13}
    config = load_config(tmp_path / "config.toml", user_id=users.get, trust=False)
    assert [p.name for p in config.profiles][-1] == "chat"
    assert config.profile("chat").file.endswith("profiles.d/b-chat.toml")


def test_unknown_keys_are_errors_not_ignored() -> None:
    config = good()
    config["polcy"] = {}
    config["tor"]["trans_prot"] = 9040
    config["profile"][0]["isolate"] = True
    assert refused(config) == [
        f"{MAIN}: tor.trans_prot: unknown key; remove it or fix its spelling (unknown keys are "
        "never ignored)",
        f"{MAIN}: polcy: unknown key; remove it or fix its spelling (unknown keys are never "
        "ignored)",
        f"{MAIN}: profile 'mail'.isolate: unknown key; remove it or fix its spelling (unknown "
        "keys are never ignored)",
    ]


def test_duplicate_ports_name_both_places() -> None:
    extra = {"profile": [{"name": "chat", "kind": "tor-isolated", "trans_port": 9041}]}
    assert refused(good(), extra) == [
        f"{EXTRA}: profile 'chat'.trans_port: port 9041 is already used by {MAIN}: profile "
        "'mail'.trans_port; every declared port must be distinct"
    ]


def test_out_of_range_and_mistyped_ports() -> None:
    config = good()
    config["tor"]["dns_port"] = 70000
    config["profile"][0]["socks_port"] = "9101"
    assert refused(config) == [
        f"{MAIN}: tor.dns_port: port 70000 is out of range; use a port from 1 to 65535",
        f"{MAIN}: profile 'mail'.socks_port: must be an integer, not '9101'",
    ]


def test_session_groups_name_profiles_and_must_be_distinct() -> None:
    config = good()
    config["profile"][0]["session_group"] = 41
    assert parse(config).profile("mail").session_group == 41
    extra = {
        "profile": [
            {"name": "chat", "kind": "tor-isolated", "socks_port": 9102, "session_group": 41},
            {"name": "news", "kind": "tor-isolated", "socks_port": 9103, "session_group": -1},
            {"name": "feed", "kind": "tor-isolated", "socks_port": 9104, "session_group": "7"},
        ]
    }
    assert refused(config, extra) == [
        f"{EXTRA}: profile 'news'.session_group: -1 is out of range; tor's SessionGroup= "
        "takes 0 to 2147483647",
        f"{EXTRA}: profile 'feed'.session_group: must be an integer, not '7'",
        f"{EXTRA}: profile 'chat'.session_group: session group 41 already belongs to profile "
        "'mail'; profiles sharing a group share circuits",
    ]


@pytest.mark.parametrize(
    ("user", "who"),
    [("root", "root"), ("alice", "a login (desktop) user"), ("nobody", "nobody")],
)
def test_root_and_desktop_users_cannot_be_exempt(user: str, who: str) -> None:
    config = good()
    config["exempt"]["users"] = [user]
    uid = USERS[user]
    assert refused(config) == [
        f"{MAIN}: exempt.users: user {user!r} (uid {uid}) is {who}; as an exemption it would "
        "let ordinary programs bypass Tor. Use a dedicated system user (uid 1-999) for it"
    ]


def test_unknown_users_are_named() -> None:
    config = good()
    config["tor"]["user"] = "ghost"
    assert refused(config) == [
        f"{MAIN}: tor.user: user 'ghost' does not exist; create it or name an existing user"
    ]


@pytest.mark.parametrize(
    ("key", "network", "width"),
    [
        ("ranges_v4", "0.0.0.0/0", "/8"),
        ("ranges_v4", "64.0.0.0/2", "/8"),
        ("ranges_v6", "::/0", "/32"),
        ("ranges_v6", "2000::/3", "/32"),
    ],
)
def test_catch_all_ranges_are_refused(key: str, network: str, width: str) -> None:
    config = good()
    config["policy"]["lan"][key] = [network]
    assert refused(config) == [
        f"{MAIN}: policy.lan.{key}: {network!r} is a catch-all range (wider than {width}); it "
        "would let most traffic bypass Tor. List the specific networks instead"
    ]


def test_undeclared_modes_in_policy() -> None:
    config = good()
    config["policy"]["user_may_switch"] = ["tor", "tor+nope"]
    config["policy"]["boot_mode"] = "off"
    assert refused(config) == [
        f"{MAIN}: policy.user_may_switch: mode 'tor+nope' is not declared; declared modes: "
        "off, tor, lockdown, tor+bank",
        f'{MAIN}: policy.boot_mode: "off" at boot leaves the machine unprotected until someone '
        "switches; set allow_boot_off = true if that is intended",
    ]


def test_profiles_need_what_their_kind_needs() -> None:
    extra = {
        "profile": [
            {"name": "captive", "kind": "clearnet-direct"},
            {
                "name": "shop",
                "kind": "clearnet-proxy",
                "proxy": "192.0.2.1:8080",
                "proxy_user": "proxy",
            },
            {"name": "mail", "kind": "tor-isolated", "socks_port": 9102},
            {"name": "Bad Name", "kind": "vpn"},
        ]
    }
    assert refused(good(), extra) == [
        f"{EXTRA}: profile 'captive'.allow_direct: a clearnet-direct profile lets its programs "
        "bypass Tor and is NOT a security boundary against your own processes; set "
        'allow_direct = true to accept that, or use kind = "clearnet-proxy"',
        f"{EXTRA}: profile 'shop'.proxy: '192.0.2.1:8080' is not on loopback; the proxy must "
        "listen on 127.0.0.1",
        f"{EXTRA}: profile 'mail'.name: profile 'mail' is already declared in {MAIN}",
        f"{EXTRA}: profile 'Bad Name'.name: 'Bad Name' must match ^[a-z][a-z0-9-]{{0,30}}$ "
        '(e.g. "mail")',
        f"{EXTRA}: profile 'Bad Name'.kind: is 'vpn'; use one of 'tor-isolated', "
        "'clearnet-proxy', 'clearnet-direct'",
    ]


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("schema = 1\n[tor\n")
    with pytest.raises(ConfigError, match=rf"^{path}: -: is not valid TOML: "):
        load_config(path)


@pytest.mark.parametrize(
    "name", ["tor; flush", "../../etc/passwd", "tor+nope", "table inet x { }", ""]
)
def test_only_declared_mode_names_are_accepted(name: str) -> None:
    config = parse(good())
    with pytest.raises(ModeError, match="is not a declared mode; declared: off, tor, lockdown"):
        check_mode(config, name)
    assert check_mode(config, "tor+bank") == "tor+bank"


def test_listeners_match_what_tor_reports() -> None:
    config = parse(good())
    listeners = {
        "trans": ['"127.0.0.1:9040"', '"127.0.0.1:9041"'],
        "dns": ['"127.0.0.1:9053"'],
        "socks": ['"127.0.0.1:9050"', '"127.0.0.1:9101"'],
    }
    assert check_listeners(config, listeners) == []
    listeners["trans"] = ['"127.0.0.1:9040"']
    assert [str(p) for p in check_listeners(config, listeners)] == [
        f"{MAIN}: profile 'mail'.trans_port: tor does not listen on 127.0.0.1:9041 as TransPort "
        "(it reports ['127.0.0.1:9040']); add \"TransPort 127.0.0.1:9041\" to tor's configuration"
    ]
