"""Checks across sections: distinct ports and session groups, declared modes.

check_ports(problems, main_file, tor, profiles)
check_session_groups(problems, profiles)
check_modes(problems, file, config)
"""

from __future__ import annotations

from collections.abc import Sequence

from onionpanel.helper.config_types import Config, Problem, Profile, TorPorts


def check_ports(
    problems: list[Problem], main_file: str, tor: TorPorts, profiles: Sequence[Profile]
) -> None:
    owners: dict[int, str] = {}

    def claim(port: int, file: str, key: str) -> None:
        if not port:
            return
        if port in owners:
            problems.append(
                Problem(
                    file,
                    key,
                    f"port {port} is already used by {owners[port]}; "
                    "every declared port must be distinct",
                )
            )
        else:
            owners[port] = f"{file}: {key}"

    claim(tor.trans_port, main_file, "tor.trans_port")
    claim(tor.dns_port, main_file, "tor.dns_port")
    for p in profiles:
        claim(p.trans_port, p.file, f"profile {p.name!r}.trans_port")
        claim(p.socks_port, p.file, f"profile {p.name!r}.socks_port")
        claim(p.proxy_port, p.file, f"profile {p.name!r}.proxy")


def check_session_groups(problems: list[Problem], profiles: Sequence[Profile]) -> None:
    owners: dict[int, str] = {}
    for p in profiles:
        if p.session_group is None:
            continue
        if p.session_group in owners:
            problems.append(
                Problem(
                    p.file,
                    f"profile {p.name!r}.session_group",
                    f"session group {p.session_group} already belongs to profile "
                    f"{owners[p.session_group]!r}; profiles sharing a group share circuits",
                )
            )
        else:
            owners[p.session_group] = p.name


def check_modes(problems: list[Problem], file: str, config: Config) -> None:
    declared = config.modes
    hint = f"declared modes: {', '.join(declared)}"
    for mode in config.policy.user_may_switch:
        if mode not in declared:
            problems.append(
                Problem(file, "policy.user_may_switch", f"mode {mode!r} is not declared; {hint}")
            )
    boot = config.policy.boot_mode
    if boot not in declared:
        problems.append(Problem(file, "policy.boot_mode", f"mode {boot!r} is not declared; {hint}"))
    elif boot == "off" and not config.policy.allow_boot_off:
        problems.append(
            Problem(
                file,
                "policy.boot_mode",
                '"off" at boot leaves the machine unprotected '
                "until someone switches; set allow_boot_off = true if that is intended",
            )
        )
    if config.policy.lan_allow and not (config.policy.lan_v4 or config.policy.lan_v6):
        problems.append(
            Problem(file, "policy.lan.allow", "LAN is allowed but no ranges_v4/ranges_v6 given")
        )
    marks = (config.policy.exempt_ct_mark, config.policy.seen_ct_mark)
    for key, mark in zip(("policy.exempt_ct_mark", "policy.seen_ct_mark"), marks, strict=True):
        if mark in config.exempt.fwmarks:
            problems.append(Problem(file, key, "collides with exempt.fwmarks; pick another bit"))
    if marks[0] == marks[1]:
        problems.append(
            Problem(file, "policy.seen_ct_mark", "equals exempt_ct_mark; pick another bit")
        )
