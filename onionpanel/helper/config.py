"""The system's routing config: what may exist. Read-only; the helper never writes it.

/etc/onionpanel/config.toml plus /etc/onionpanel/profiles.d/*.toml (each holds ``[[profile]]``
tables). Every problem is reported at once, each naming the file, the key, what is wrong and what
to do, because a typo must never silently weaken the policy.

  load_config(path, profiles_dir=None, user_id=..., trust=True) -> Config
                    trust: refuse files anyone but root could change (config_trust.py)
  parse_config(documents, user_id=...) -> Config      documents: [(file name, parsed TOML)]
  check_mode(config, name) -> str                      the name, or ConfigError if undeclared
  check_listeners(config, listeners) -> list[Problem]  against tor's GETINFO net/listeners/*
  and, from config_types: Config, TorPorts, Policy, Exempt, Profile, Problem, ConfigError,
  ModeError, Router, DEFAULT_CONFIG, system_user_id

The pieces: config_types (the frozen types), config_values (typed reading), config_sections
(one section each), config_router ([[router]] entries), config_checks (across sections),
config_trust (who could change the files).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from onionpanel.helper.config_checks import (
    check_modes,
    check_ports,
    check_ranges,
    check_session_groups,
)
from onionpanel.helper.config_router import check_routers, router_sections
from onionpanel.helper.config_sections import (
    exempt_section,
    policy_section,
    profile_section,
    tor_section,
)
from onionpanel.helper.config_trust import directory_problems, trust_problems
from onionpanel.helper.config_types import (
    DEFAULT_CONFIG,
    NAME_PATTERN,
    SCHEMA,
    Config,
    ConfigError,
    Exempt,
    ModeError,
    Policy,
    Problem,
    Profile,
    Router,
    TorPorts,
    UserId,
    system_user_id,
)
from onionpanel.helper.config_values import Reader

__all__ = [
    "DEFAULT_CONFIG",
    "Config",
    "ConfigError",
    "Exempt",
    "ModeError",
    "Policy",
    "Problem",
    "Profile",
    "Router",
    "TorPorts",
    "check_listeners",
    "check_mode",
    "load_config",
    "parse_config",
    "system_user_id",
]


def parse_config(
    documents: Sequence[tuple[str, Mapping[str, Any]]], user_id: UserId = system_user_id
) -> Config:
    """Validate parsed TOML documents: the main config first, then profile files."""
    problems: list[Problem] = []
    main_file, main = documents[0]
    top = Reader(problems, main_file, "", main)
    schema = top.integer("schema", 0)
    if schema != SCHEMA:
        top.problem("schema", f"is {schema!r}; this OnionPanel understands schema = {SCHEMA}")
    tor = (
        tor_section(problems, main_file, top.table_at("tor"), user_id)
        if top.require("tor")
        else None
    )
    policy = policy_section(problems, main_file, top.table_at("policy"))
    exempt = exempt_section(problems, main_file, top.table_at("exempt"), user_id)
    routers = router_sections(problems, main_file, main.get("router", []))
    top.known.update(("profile", "router"))
    top.finish()
    profiles: list[Profile] = []
    seen: dict[str, str] = {}
    for file, document in documents:
        if file != main_file:
            extra = set(document) - {"profile"}
            problems.extend(
                Problem(file, key, "unknown key; a profile file holds only [[profile]] tables")
                for key in sorted(extra)
            )
        tables = document.get("profile", [])
        if not isinstance(tables, list):
            problems.append(Problem(file, "profile", "write profiles as [[profile]] tables"))
            continue
        for index, table in enumerate(tables):
            profile = profile_section(problems, file, index, table, user_id)
            if profile is None:
                continue
            if profile.name in seen:
                problems.append(
                    Problem(
                        file,
                        f"profile {profile.name!r}.name",
                        f"profile {profile.name!r} is already declared in {seen[profile.name]}",
                    )
                )
                continue
            seen[profile.name] = file
            profiles.append(profile)
    if tor is None:
        raise ConfigError(problems)
    check_ports(problems, main_file, tor, profiles)
    check_session_groups(problems, profiles)
    files = tuple(file for file, _ in documents)
    config = Config(tor, policy, exempt, tuple(profiles), routers, files)
    check_modes(problems, main_file, config)
    check_ranges(problems, main_file, policy)
    check_routers(problems, main_file, config)
    if problems:
        raise ConfigError(problems)
    return config


def _read_toml(path: Path) -> tuple[str, Mapping[str, Any]]:
    try:
        with path.open("rb") as stream:
            return str(path), tomllib.load(stream)
    except OSError as error:
        raise ConfigError(
            [Problem(str(path), "-", f"cannot read ({error.strerror}); check the path")]
        ) from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError([Problem(str(path), "-", f"is not valid TOML: {error}")]) from error


def load_config(
    path: Path = DEFAULT_CONFIG,
    profiles_dir: Path | None = None,
    user_id: UserId = system_user_id,
    trust: bool = True,
) -> Config:
    """Read config.toml and every profiles.d/*.toml next to it (sorted by name).

    ``trust``: first refuse files that anyone but root wrote or could change (config_trust);
    only a helper that runs unprivileged in namespaces of its own (``serve --sandbox``) and
    tests of the parser skip that.
    """
    directory = path.parent / "profiles.d" if profiles_dir is None else profiles_dir
    files = sorted(directory.glob("*.toml")) if directory.is_dir() else []
    if trust:
        problems = trust_problems(path)
        if directory.is_dir():
            problems += directory_problems(directory)
        for file in files:
            problems += trust_problems(file)
        if problems:
            raise ConfigError(list(dict.fromkeys(problems)))
    documents = [_read_toml(path), *(_read_toml(file) for file in files)]
    return parse_config(documents, user_id)


def check_mode(config: Config, name: str) -> str:
    """The mode's name if the config declares it; otherwise ConfigError (names only, no text)."""
    if name in config.modes:
        return name
    shown = name if NAME_PATTERN.match(name.replace("+", "-")) else "(not a mode name)"
    raise ModeError(
        [
            Problem(
                config.files[0] if config.files else "config",
                "mode",
                f"{shown!r} is not a declared mode; declared: {', '.join(config.modes)}",
            )
        ]
    )


def check_listeners(config: Config, listeners: Mapping[str, Sequence[str]]) -> list[Problem]:
    """Compare declared ports with what tor listens on.

    ``listeners`` maps "trans", "dns" and "socks" to the addresses tor reports for
    ``GETINFO net/listeners/<kind>`` (quoted or not, e.g. '"127.0.0.1:9040"'). The panel side,
    which may talk to tor, fetches them; this function stays pure so the helper can use it.
    """
    bound = {
        kind: {address.strip('"') for address in addresses} for kind, addresses in listeners.items()
    }
    file = config.files[0] if config.files else "config"
    wanted = [
        ("trans", "127.0.0.1", config.tor.trans_port, "tor.trans_port"),
        ("dns", "127.0.0.1", config.tor.dns_port, "tor.dns_port"),
    ]
    if config.policy.ipv6 == "tor":
        wanted += [
            ("trans", "[::1]", config.tor.trans_port, "tor.trans_port"),
            ("dns", "[::1]", config.tor.dns_port, "tor.dns_port"),
        ]
    for router in config.routers:
        if router.forwarded == "tor":
            wanted += [
                ("trans", router.address, router.trans_port, f"{router.name}.trans_port"),
                ("dns", router.address, router.dns_port, f"{router.name}.dns_port"),
            ]
            if router.ipv6 == "tor":
                v6 = f"[{router.address_v6}]"
                wanted += [
                    ("trans", v6, router.trans_port, f"{router.name}.trans_port"),
                    ("dns", v6, router.dns_port, f"{router.name}.dns_port"),
                ]
    for p in config.profiles:
        wanted += [
            ("trans", "127.0.0.1", p.trans_port, f"profile {p.name!r}.trans_port"),
            ("socks", "127.0.0.1", p.socks_port, f"profile {p.name!r}.socks_port"),
        ]
    names = {"trans": "TransPort", "dns": "DNSPort", "socks": "SocksPort"}
    problems = []
    for kind, host, port, key in wanted:
        if port and f"{host}:{port}" not in bound.get(kind, set()):
            problems.append(
                Problem(
                    file,
                    key,
                    f"tor does not listen on {host}:{port} as {names[kind]} "
                    f"(it reports {sorted(bound.get(kind, set())) or 'none'}); add "
                    f'"{names[kind]} {host}:{port}" to tor\'s configuration',
                )
            )
    return problems
