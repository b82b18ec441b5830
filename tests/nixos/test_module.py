"""packaging/nixos/module.nix, evaluated with nixpkgs' lib and stand-in NixOS options: what it
generates is checked by the project's own tools (the helper's config check, nft -c in a network
namespace, the helper's listener check against the tor settings it declares)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from nixeval import (
    EXAMPLES,
    NIXLIB,
    ROOT,
    HelperSystem,
    config_files,
    evaluate,
    needs_nix,
    needs_root_netns,
    nix_instantiate,
)

from onionpanel.helper.config import Config, check_listeners, parse_config

GOOD = [
    "client-only",
    "bank-proxy",
    "isolated-apps",
    "lockdown-at-boot",
    "container-host",
    "vm-router",
]
# example -> the start of the one assertion message it must fail with
FAILING = {
    "shared-session-group": 'services.onionpanel: profiles "mail" and "chat" share session_group 7',
    "undeclared-port": 'services.onionpanel: profile "mail" needs tor to listen on 127.0.0.1:941 '
    "as TransPort",
    "ipv6-without-listener": 'services.onionpanel: settings.policy.ipv6 = "tor" sends IPv6 to tor '
    "on ::1, but tor does not listen on [::1]:904 (TransPort) and [::1]:953 (DNSPort)",
    "undeclared-boot-mode": 'services.onionpanel: settings.policy.boot_mode names mode "tor+bnak", '
    "which is not declared; the declared modes are off, tor, lockdown, tor+bank",
    "duplicate-transport": "services.onionpanel: services.tor.settings.TransPort lists "
    "127.0.0.1:9040 more than once",
    "flushed-ruleset": "services.onionpanel: networking.nftables.flushRuleset is true",
    "undeclared-user": 'services.onionpanel: settings.tor.user names the user "debian-tor", '
    "which this system does not declare",
    "router-on-every-interface": "services.onionpanel: settings.router[0].address: "
    '"0.0.0.0" would open tor\'s TransPort and DNSPort on every interface, the WAN included',
    "public-lan-range": 'services.onionpanel: settings.policy.lan.ranges_v4: "198.51.100.0/24" '
    "is not LAN space (private, link-local, CGNAT or ULA); traffic to it would bypass Tor. "
    "Remove it, or set services.onionpanel.settings.policy.lan.allow_public_ranges = true",
}
README_EXAMPLE = "bank-proxy"

pytestmark = needs_nix


def test_examples_cover_every_case() -> None:
    on_disk = {path.stem for path in EXAMPLES.glob("*.nix")}
    assert on_disk == set(GOOD) | set(FAILING)


def test_every_nix_file_parses() -> None:
    skipped = {".git", ".venv", "build", "artifacts", "node_modules"}
    listed = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.nix")
        if not skipped & set(path.relative_to(ROOT).parts)
    ]
    assert "flake.nix" in listed
    assert "packaging/nixos/module.nix" in listed
    for name in listed:
        result = nix_instantiate("--parse", str(ROOT / name))
        assert result.returncode == 0, f"{name}: {result.stderr}"


@pytest.mark.parametrize("example", GOOD)
def test_good_example_passes_every_assertion(example: str) -> None:
    assert evaluate(example)["failed"] == []


@pytest.mark.parametrize("example", sorted(FAILING))
def test_bad_example_fails_with_the_intended_message(example: str) -> None:
    failed = evaluate(example)["failed"]
    assert len(failed) == 1, failed
    assert failed[0].startswith(FAILING[example]), failed[0]


def _documents(example: str) -> list[tuple[str, dict[str, Any]]]:
    files = config_files(evaluate(example))
    main = [("config.toml", tomllib.loads(files.pop("config.toml")))]
    return main + [(name, tomllib.loads(text)) for name, text in sorted(files.items())]


def _users(documents: list[tuple[str, dict[str, Any]]]) -> list[str]:
    main = documents[0][1]
    users = [main["tor"]["user"], *main.get("exempt", {}).get("users", [])]
    for _, document in documents:
        users += [p["proxy_user"] for p in document.get("profile", []) if "proxy_user" in p]
    return users


def _parsed(example: str) -> Config:
    documents = _documents(example)
    ids = {name: 900 + index for index, name in enumerate(_users(documents))}
    return parse_config(documents, user_id=ids.get)


@needs_root_netns
@pytest.mark.root
@pytest.mark.parametrize("example", GOOD)
def test_generated_config_passes_check_and_every_mode_passes_nft_check(example: str) -> None:
    evaluated = evaluate(example)
    documents = _documents(example)
    with HelperSystem(config_files(evaluated), _users(documents)) as system:
        checked = system.run("$HELPER check")
        assert checked.returncode == 0, checked.stderr
        # the module's tor ports are below 1024: check has no port advice for them
        assert "a port below 1024 cannot be taken" not in checked.stderr, checked.stderr
        modes = checked.stdout.split("modes: ", 1)[1].strip().split(", ")
        assert modes[:3] == ["off", "tor", "lockdown"]
        for mode in modes:
            result = system.run(
                f"$HELPER render {mode} > /mnt/ruleset.nft && nft -c -f /mnt/ruleset.nft"
            )
            assert result.returncode == 0, f"{mode}: {result.stderr}"
        # and really applied, one after the other, in the test's namespace
        applied = system.run(
            "mkdir -p /mnt/state && for mode in " + " ".join(modes) + "; do "
            "$HELPER --state-dir /mnt/state apply $mode || exit 1; "
            'nft list table inet onionpanel | grep -q "mode=$mode" || exit 2; done'
        )
        assert applied.returncode == 0, applied.stdout + applied.stderr


def test_profiles_in_directory_land_in_profiles_d() -> None:
    files = config_files(evaluate("isolated-apps"))
    assert sorted(files) == ["config.toml", "profiles.d/chat.toml", "profiles.d/mail.toml"]
    assert "profile" not in tomllib.loads(files["config.toml"])


def _listeners(settings: dict[str, Any], option: str) -> list[str]:
    entries = settings.get(option) or []
    return [f"{e.get('addr') or '127.0.0.1'}:{e['port']}" for e in entries if "port" in e]


@pytest.mark.parametrize("example", GOOD)
def test_tor_settings_declare_every_port_the_helper_expects(example: str) -> None:
    tor = evaluate(example)["tor"]
    assert tor["enable"]
    assert tor["client"]["enable"]
    settings = tor["settings"]
    config = _parsed(example)
    listeners = {
        "trans": _listeners(settings, "TransPort"),
        "dns": _listeners(settings, "DNSPort"),
        "socks": _listeners(settings, "SOCKSPort"),
    }
    assert check_listeners(config, listeners) == []
    assert settings["VirtualAddrNetworkIPv4"] == config.tor.virtual_addr_v4
    assert settings["AutomapHostsOnResolve"] is True
    for profile in config.profiles:
        for option, port in (("TransPort", profile.trans_port), ("SOCKSPort", profile.socks_port)):
            if port:
                entry = next(e for e in settings[option] if e["port"] == port)
                assert entry["addr"] == "127.0.0.1"
                assert entry.get("SessionGroup") == profile.session_group
    control = config.tor.control
    declared = [
        f"unix:{e['unix']}" if e.get("unix") else f"{e['addr']}:{e['port']}"
        for e in settings["ControlPort"]
    ]
    assert declared == [control]
    if control.startswith("unix:"):
        assert settings["ControlPort"][0]["GroupWritable"] is True
    else:
        assert settings["CookieAuthentication"] is True
        assert settings["CookieAuthFile"].startswith("/run/tor/")
        assert settings["CookieAuthFileGroupReadable"] is True


def test_router_listeners_and_firewall_openings_are_the_routed_interfaces_only() -> None:
    evaluated = evaluate("vm-router")
    settings = evaluated["tor"]["settings"]
    assert "192.168.50.1:914" in _listeners(settings, "TransPort")
    assert "[fd50::1]:914" in _listeners(settings, "TransPort")
    assert {"192.168.50.1:915", "[fd50::1]:915"} <= set(_listeners(settings, "DNSPort"))
    every = _listeners(settings, "TransPort") + _listeners(settings, "DNSPort")
    assert not any(a.startswith(("0.0.0.0:", "[::]:")) for a in every)
    # nixos-fw's input chain lets the guests reach tor's ports (and DHCP), on their
    # interfaces only; docker0 ("block") gets nothing; the default interface nothing at all
    openings = {"allowedTCPPorts": [914], "allowedUDPPorts": [915, 67, 547]}
    assert evaluated["firewallInterfaces"] == {"br-vms": openings, "vnet*": openings}
    # no sysctl: the stand-ins declare no boot.kernel.sysctl, so setting one fails the evaluation
    assert evaluate("client-only")["firewallInterfaces"] == {}


def test_helper_units_dbus_polkit_and_nftables_are_wired() -> None:
    evaluated = evaluate("client-only")
    package = "onionpanel-0.1.0"
    assert evaluated["systemd"]["packages"] == [package]
    assert evaluated["dbusPackages"] == [package]
    assert package in evaluated["systemPackages"]
    assert evaluated["polkit"] is True
    assert evaluated["nftables"] == {"enable": True, "flushRuleset": False}
    services = evaluated["systemd"]["services"]
    assert services["onionpanel-firewall"]["wantedBy"] == ["sysinit.target"]
    assert services["onionpanel-helper"]["wantedBy"] == ["multi-user.target"]
    assert services["onionpanel-helper"]["restartTriggers"] == ["onionpanel-config.toml"]
    for unit in ("onionpanel-firewall", "onionpanel-helper"):
        assert services[unit]["path"] == ["nftables-1.1.1"]


def test_clearnet_proxy_gets_its_daemon_and_user() -> None:
    evaluated = evaluate("bank-proxy")
    unit = evaluated["systemd"]["services"]["onionpanel-proxy-bank"]
    config = evaluated["etc"]["onionpanel/proxy-bank.conf"]["text"]
    assert unit["serviceConfig"]["User"] == "onionpanel-bank"
    assert unit["serviceConfig"]["ExecStart"].endswith(
        "/bin/tinyproxy -d -c /etc/onionpanel/proxy-bank.conf"
    )
    assert re.search(r"^Listen 127\.0\.0\.1$", config, re.M)
    assert re.search(r"^Port 3128$", config, re.M)
    user = evaluated["users"]["onionpanel-bank"]
    assert user["isSystemUser"] is True
    assert user["group"] == "onionpanel-bank"
    assert "onionpanel-bank" in evaluated["groups"]
    assert evaluated["users"]["alice"]["extraGroups"] == ["tor"]
    # no proxy daemon without a clearnet-proxy profile
    assert not any(
        name.startswith("onionpanel-proxy")
        for name in evaluate("isolated-apps")["systemd"]["services"]
    )


def _readme_nixos_block() -> str:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## NixOS\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```nix\n(.*?)```", section, re.S)
    assert blocks, "README's NixOS section has no ```nix block"
    return str(blocks[0])


def test_readme_nixos_excerpt_is_a_tested_example() -> None:
    assert README_EXAMPLE in GOOD
    assert _readme_nixos_block() == (EXAMPLES / f"{README_EXAMPLE}.nix").read_text()


def test_nixlib_is_the_documented_one() -> None:
    assert NIXLIB is not None
    assert (NIXLIB / "lib" / "modules.nix").is_file()


def test_package_installs_the_system_files_through_install_system(tmp_path: Path) -> None:
    # package.nix evaluated with stand-ins for the nixpkgs arguments it takes: what it hands to
    # buildPythonApplication is checked against pyproject.toml and the install script.
    expression = tmp_path / "package-args.nix"
    expression.write_text(
        f"""
        let
          lib = import <nixlib/lib>;
          stub = name: {{ inherit name; outPath = "/nix/store/x-${{name}}"; }};
          python3Packages = {{
            buildPythonApplication = args: args;
            setuptools = stub "setuptools";
            pyside6 = stub "pyside6"; stem = stub "stem"; qasync = stub "qasync";
            geoip2 = stub "geoip2"; jeepney = stub "jeepney";
          }};
          qt6 = {{ wrapQtAppsHook = stub "wrap"; qtbase = stub "qtbase";
                   qtwayland = stub "qtwayland"; qtsvg = stub "qtsvg"; }};
          args = import {ROOT}/packaging/nixos/package.nix {{
            inherit lib python3Packages qt6;
            nftables = stub "nftables"; bash = stub "bash";
          }};
        in {{
          inherit (args) pname version postInstall pythonRemoveDeps;
          dependencies = map (d: d.name) args.dependencies;
        }}
        """
    )
    result = nix_instantiate(
        "--eval", "--strict", "--readonly-mode", "--json", "-I", f"nixlib={NIXLIB}", str(expression)
    )
    assert result.returncode == 0, result.stderr
    package = json.loads(result.stdout)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert package["version"] == project["version"]
    wanted = {re.split(r"[<>=!]", d)[0].strip().lower() for d in project["dependencies"]}
    wanted = (wanted - set(package["pythonRemoveDeps"][0].lower().split())) | {"pyside6"}
    assert set(package["dependencies"]) == wanted
    assert "packaging/install-system install" in package["postInstall"]
    assert '--bindir "$out/bin"' in package["postInstall"]


def test_flake_exposes_the_package_and_the_module_using_it() -> None:
    result = nix_instantiate(
        *("--eval", "--strict", "--readonly-mode", "--json", "-I", f"nixlib={NIXLIB}"),
        *("--arg", "root", str(ROOT), str(ROOT / "tests/nixos/flake-eval.nix")),
    )
    assert result.returncode == 0, result.stderr
    flake = json.loads(result.stdout)
    assert flake["inputs"] == ["nixpkgs"]
    package_nix = str(ROOT / "packaging/nixos/package.nix")
    assert flake["packages"] == {"x86_64-linux": package_nix, "aarch64-linux": package_nix}
    # the module's package is the flake's own build for the host, not the checkout default
    assert flake["modulePackage"].endswith("-onionpanel-x86_64-linux")
    assert flake["failed"] == []
