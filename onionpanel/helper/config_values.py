"""Reading typed values out of one TOML table, recording problems instead of raising.

Reader(problems, file, prefix, table)   string/boolean/integer/choice/strings/port/table_at,
                                        require(name), problem(name, text), finish()
uid_for(reader, key, user, user_id, role) -> uid or -1 (root, login users refused)
networks(reader, key, version, catch_all_check) -> normalized CIDRs
host_port(reader, key) -> (loopback host, port)
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from typing import Any

from onionpanel.helper.config_types import (
    LOCAL_V6,
    LOGIN_UID_MIN,
    NOBODY_UID,
    WIDEST_V4_PREFIX,
    WIDEST_V6_PREFIX,
    Problem,
    UserId,
)


class Reader:
    """Typed access to one TOML table that records problems instead of raising."""

    def __init__(
        self, problems: list[Problem], file: str, prefix: str, table: Mapping[str, Any]
    ) -> None:
        self.problems, self.file, self.prefix, self.table = problems, file, prefix, table
        self.known: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def problem(self, name: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.key(name), message))

    def _get(self, name: str, kind: type | tuple[type, ...], kind_text: str, default: Any) -> Any:
        self.known.add(name)
        if name not in self.table:
            return default
        value = self.table[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem(name, f"must be {kind_text}, not {value!r}")
            return default
        return value

    def require(self, name: str) -> bool:
        if name not in self.table:
            self.known.add(name)
            self.problem(name, "is missing; add it (see packaging/config/config.example.toml)")
            return False
        return True

    def string(self, name: str, default: str = "") -> str:
        value: str = self._get(name, str, "a string", default)
        return value

    def boolean(self, name: str, default: bool = False) -> bool:
        value: bool = self._get(name, bool, "true or false", default)
        return value

    def integer(self, name: str, default: int = 0) -> int:
        value: int = self._get(name, int, "an integer", default)
        return value

    def choice(self, name: str, choices: Sequence[str], default: str) -> str:
        value = self.string(name, default)
        if value not in choices:
            self.problem(name, f"is {value!r}; use one of {', '.join(map(repr, choices))}")
            return default
        return value

    def strings(self, name: str) -> tuple[str, ...]:
        value = self._get(name, list, "a list of strings", [])
        if not all(isinstance(item, str) for item in value):
            self.problem(name, f"must be a list of strings, not {value!r}")
            return ()
        return tuple(value)

    def port(self, name: str, required: bool = False) -> int:
        if required and not self.require(name):
            return 0
        value = self.integer(name, 0)
        typed = isinstance(self.table.get(name), int)
        if name in self.table and typed and not 1 <= value <= 65535:
            self.problem(name, f"port {value} is out of range; use a port from 1 to 65535")
            return 0
        return value

    def table_at(self, name: str) -> Mapping[str, Any]:
        value = self._get(name, dict, "a table", {})
        table: Mapping[str, Any] = value
        return table

    def finish(self) -> None:
        for name in sorted(set(self.table) - self.known):
            self.problem(
                name, "unknown key; remove it or fix its spelling (unknown keys are never ignored)"
            )


def uid_for(reader: Reader, name: str, user: str, user_id: UserId, role: str) -> int:
    uid = user_id(user)
    if uid is None:
        reader.problem(name, f"user {user!r} does not exist; create it or name an existing user")
        return -1
    if uid == 0 or uid >= LOGIN_UID_MIN:
        who = "root" if uid == 0 else "a login (desktop) user" if uid != NOBODY_UID else "nobody"
        reader.problem(
            name,
            f"user {user!r} (uid {uid}) is {who}; as {role} it would let ordinary programs bypass "
            f"Tor. Use a dedicated system user (uid 1-{LOGIN_UID_MIN - 1}) for it",
        )
        return -1
    return uid


def networks(reader: Reader, name: str, version: int, catch_all_check: bool) -> tuple[str, ...]:
    result = []
    widest = WIDEST_V4_PREFIX if version == 4 else WIDEST_V6_PREFIX
    for text in reader.strings(name):
        try:
            network = ipaddress.ip_network(text, strict=True)
        except ValueError as error:
            reader.problem(name, f"{text!r} is not an IPv{version} network ({error})")
            continue
        if network.version != version:
            reader.problem(name, f"{text!r} is not IPv{version}; put it in the other list")
            continue
        local = isinstance(network, ipaddress.IPv6Network) and any(
            network.subnet_of(block) for block in LOCAL_V6
        )
        if catch_all_check and network.prefixlen < widest and not local:
            reader.problem(
                name,
                f"{text!r} is a catch-all range (wider than /{widest}); it would let most "
                "traffic bypass Tor. List the specific networks instead",
            )
            continue
        result.append(str(network))
    return tuple(result)


def host_port(reader: Reader, name: str) -> tuple[str, int]:
    text = reader.string(name)
    host, _, port_text = text.rpartition(":")
    host = host.strip("[]")
    try:
        port = int(port_text)
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        reader.problem(name, f'{text!r} is not HOST:PORT; write e.g. "127.0.0.1:3128"')
        return "", 0
    if not loopback:
        reader.problem(name, f"{text!r} is not on loopback; the proxy must listen on 127.0.0.1")
    if not 1 <= port <= 65535:
        reader.problem(name, f"port {port} is out of range; use a port from 1 to 65535")
    return host, port
