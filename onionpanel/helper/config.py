"""The system's routing config: what may exist. Read-only; the helper never writes it.

/etc/onionpanel/config.toml plus /etc/onionpanel/profiles.d/*.toml (each holds ``[[profile]]``
tables). Every problem is reported at once, each naming the file, the key, what is wrong and what
to do, because a typo must never silently weaken the policy.

  Config            the whole validated config (frozen)
  |- modes          every mode name a caller may ask for: off, tor, lockdown, tor+<clearnet profile>
  |- profile(name)  -> Profile
  TorPorts          tor's control endpoint, user (uid) and the ports it declares
  Policy            boot mode, user-switchable modes, ipv6, udp, lan, exempt ct mark bit
  Exempt            always-exempt identities: uids and fwmarks
  Profile           tor-isolated | clearnet-proxy | clearnet-direct
  Problem           one thing wrong: file, key, message
  ConfigError       raised with every Problem found
  ModeError         (a ConfigError) a mode name the config does not declare
  load_config(path, profiles_dir=None, user_id=...) -> Config
  parse_config(documents, user_id=...) -> Config      documents: [(file name, parsed TOML)]
  check_mode(config, name) -> str                      the name, or ConfigError if undeclared
  check_listeners(config, listeners) -> list[Problem]  against tor's GETINFO net/listeners/*
"""

from __future__ import annotations

import dataclasses
import ipaddress
import pwd
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CONFIG = Path("/etc/onionpanel/config.toml")
SCHEMA = 1
BASE_MODES = ("off", "tor", "lockdown")
KINDS = ("tor-isolated", "clearnet-proxy", "clearnet-direct")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9-]{0,30}$")
MAX_SESSION_GROUP = 2**31 - 1
# Login users start here (Debian's and Fedora's UID_MIN). Exempting one of them, or root, would
# let the desktop session itself bypass tor.
LOGIN_UID_MIN = 1000
NOBODY_UID = 65534
# Ranges wider than this are "everything", not an exception (IPv6: outside ULA and link-local).
WIDEST_V4_PREFIX = 8
WIDEST_V6_PREFIX = 32
LOCAL_V6 = (ipaddress.IPv6Network("fc00::/7"), ipaddress.IPv6Network("fe80::/10"))

UserId = Callable[[str], "int | None"]


def system_user_id(name: str) -> int | None:
    try:
        return pwd.getpwnam(name).pw_uid
    except KeyError:
        return None


@dataclass(frozen=True)
class Problem:
    file: str
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.message}"


class ConfigError(Exception):
    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class ModeError(ConfigError):
    """A caller asked for a mode the config does not declare."""


@dataclass(frozen=True)
class TorPorts:
    control: str
    user: str
    uid: int
    trans_port: int
    dns_port: int
    virtual_addr_v4: str = ""


@dataclass(frozen=True)
class Policy:
    boot_mode: str = "tor"
    user_may_switch: tuple[str, ...] = ("tor", "lockdown")
    allow_boot_off: bool = False
    ipv6: str = "block"  # "block" | "tor"
    udp: str = "reject"  # non-DNS UDP: "reject" | "drop"
    lan_allow: bool = False
    lan_v4: tuple[str, ...] = ()
    lan_v6: tuple[str, ...] = ()
    exempt_ct_mark: int = 0x00200000


@dataclass(frozen=True)
class Exempt:
    users: tuple[str, ...] = ()
    uids: tuple[int, ...] = ()
    fwmarks: tuple[int, ...] = ()


@dataclass(frozen=True)
class Profile:
    name: str
    kind: str
    file: str
    description: str = ""
    apps: tuple[str, ...] = ()
    trans_port: int = 0  # tor-isolated
    socks_port: int = 0  # tor-isolated
    # tor-isolated: the SessionGroup= flag on its ports in torrc, so the circuits view can
    # tell its streams apart (tor reports a stream's group, never its listener port)
    session_group: int | None = None
    proxy_host: str = ""  # clearnet-proxy
    proxy_port: int = 0
    proxy_user: str = ""
    proxy_uid: int = -1

    @property
    def slice(self) -> str:
        return f"onionpanel-{self.name}.slice"

    @property
    def is_clearnet(self) -> bool:
        return self.kind != "tor-isolated"


@dataclass(frozen=True)
class Config:
    tor: TorPorts
    policy: Policy
    exempt: Exempt
    profiles: tuple[Profile, ...] = ()
    files: tuple[str, ...] = field(default=(), compare=False)

    @property
    def modes(self) -> tuple[str, ...]:
        clearnet = tuple(f"tor+{p.name}" for p in self.profiles if p.is_clearnet)
        return BASE_MODES + clearnet

    def profile(self, name: str) -> Profile:
        return next(p for p in self.profiles if p.name == name)


# ---------------------------------------------------------------- reading values


class _Reader:
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


def _uid_for(reader: _Reader, name: str, user: str, user_id: UserId, role: str) -> int:
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


def _networks(reader: _Reader, name: str, version: int, catch_all_check: bool) -> tuple[str, ...]:
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


def _host_port(reader: _Reader, name: str) -> tuple[str, int]:
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


# ---------------------------------------------------------------- sections


def _tor(problems: list[Problem], file: str, table: Mapping[str, Any], user_id: UserId) -> TorPorts:
    r = _Reader(problems, file, "tor.", table)
    user = r.string("user") if r.require("user") else ""
    uid = _uid_for(r, "user", user, user_id, "tor's user") if user else -1
    control = r.string("control", "unix:/run/tor/control")
    trans_port = r.port("trans_port", required=True)
    dns_port = r.port("dns_port", required=True)
    virtual = r.string("virtual_addr_v4")
    if virtual:
        try:
            virtual = str(ipaddress.IPv4Network(virtual))
        except ValueError as error:
            r.problem("virtual_addr_v4", f"{virtual!r} is not an IPv4 network ({error})")
            virtual = ""
    r.finish()
    return TorPorts(control, user, uid, trans_port, dns_port, virtual)


def _policy(problems: list[Problem], file: str, table: Mapping[str, Any]) -> Policy:
    r = _Reader(problems, file, "policy.", table)
    lan = _Reader(problems, file, "policy.lan.", r.table_at("lan"))
    policy = Policy(
        boot_mode=r.string("boot_mode", "tor"),
        user_may_switch=r.strings("user_may_switch") or Policy.user_may_switch,
        allow_boot_off=r.boolean("allow_boot_off"),
        ipv6=r.choice("ipv6", ("block", "tor"), "block"),
        udp=r.choice("udp", ("reject", "drop"), "reject"),
        lan_allow=lan.boolean("allow"),
        lan_v4=_networks(lan, "ranges_v4", 4, True),
        lan_v6=_networks(lan, "ranges_v6", 6, True),
        exempt_ct_mark=r.integer("exempt_ct_mark", Policy.exempt_ct_mark),
    )
    mark = policy.exempt_ct_mark
    if mark <= 0 or mark >= 2**32 or mark & (mark - 1):
        r.problem("exempt_ct_mark", f"{mark:#x} must be a single bit, e.g. 0x00200000")
    lan.finish()
    r.finish()
    return policy


def _exempt(
    problems: list[Problem], file: str, table: Mapping[str, Any], user_id: UserId
) -> Exempt:
    r = _Reader(problems, file, "exempt.", table)
    users = r.strings("users")
    uids = tuple(_uid_for(r, "users", user, user_id, "an exemption") for user in users)
    marks = []
    for mark in r._get("fwmarks", list, "a list of integers such as 0xca6c", []):
        if isinstance(mark, bool) or not isinstance(mark, int) or not 0 < mark < 2**32:
            r.problem("fwmarks", f"{mark!r} is not a fwmark; write a number from 1 to 0xffffffff")
        else:
            marks.append(mark)
    r.finish()
    return Exempt(users, tuple(uid for uid in uids if uid >= 0), tuple(marks))


def _profile(
    problems: list[Problem], file: str, index: int, table: Mapping[str, Any], user_id: UserId
) -> Profile | None:
    r = _Reader(problems, file, f"profile[{index}].", table)
    if not r.require("name") or not r.require("kind"):
        r.finish()
        return None
    name = r.string("name")
    r.prefix = f"profile {name!r}."
    if not NAME_PATTERN.match(name):
        r.problem("name", f'{name!r} must match {NAME_PATTERN.pattern} (e.g. "mail")')
    kind = r.choice("kind", KINDS, "")
    base = Profile(name, kind, file, r.string("description"), r.strings("apps"))
    profile: Profile | None = None
    if kind == "tor-isolated":
        trans, socks = r.port("trans_port"), r.port("socks_port")
        if not trans and not socks:
            r.problem("trans_port", "a tor-isolated profile needs trans_port or socks_port")
        profile = dataclasses.replace(
            base, trans_port=trans, socks_port=socks, session_group=_session_group(r)
        )
    elif kind == "clearnet-proxy":
        host, port = _host_port(r, "proxy") if r.require("proxy") else ("", 0)
        user = r.string("proxy_user") if r.require("proxy_user") else ""
        uid = _uid_for(r, "proxy_user", user, user_id, "the proxy's user") if user else -1
        profile = dataclasses.replace(
            base, proxy_host=host, proxy_port=port, proxy_user=user, proxy_uid=uid
        )
    elif kind == "clearnet-direct":
        if not r.boolean("allow_direct"):
            r.problem(
                "allow_direct",
                "a clearnet-direct profile lets its programs bypass Tor and is NOT a security "
                "boundary against your own processes; set allow_direct = true to accept that, "
                'or use kind = "clearnet-proxy"',
            )
        profile = base
    r.finish()
    return profile


def _session_group(r: _Reader) -> int | None:
    if "session_group" not in r.table:
        r.known.add("session_group")
        return None
    group = r.integer("session_group", -1)
    if group < 0 or group > MAX_SESSION_GROUP:
        if isinstance(r.table["session_group"], int):
            r.problem(
                "session_group",
                f"{group} is out of range; tor's SessionGroup= takes 0 to {MAX_SESSION_GROUP}",
            )
        return None
    return group


# ---------------------------------------------------------------- cross-checks


def _check_ports(
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


def _check_session_groups(problems: list[Problem], profiles: Sequence[Profile]) -> None:
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


def _check_modes(problems: list[Problem], file: str, config: Config) -> None:
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
    if config.policy.exempt_ct_mark in config.exempt.fwmarks:
        problems.append(
            Problem(file, "policy.exempt_ct_mark", "collides with exempt.fwmarks; pick another bit")
        )


def parse_config(
    documents: Sequence[tuple[str, Mapping[str, Any]]], user_id: UserId = system_user_id
) -> Config:
    """Validate parsed TOML documents: the main config first, then profile files."""
    problems: list[Problem] = []
    main_file, main = documents[0]
    top = _Reader(problems, main_file, "", main)
    schema = top.integer("schema", 0)
    if schema != SCHEMA:
        top.problem("schema", f"is {schema!r}; this OnionPanel understands schema = {SCHEMA}")
    tor = _tor(problems, main_file, top.table_at("tor"), user_id) if top.require("tor") else None
    policy = _policy(problems, main_file, top.table_at("policy"))
    exempt = _exempt(problems, main_file, top.table_at("exempt"), user_id)
    top.known.add("profile")
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
            profile = _profile(problems, file, index, table, user_id)
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
    _check_ports(problems, main_file, tor, profiles)
    _check_session_groups(problems, profiles)
    files = tuple(file for file, _ in documents)
    config = Config(tor, policy, exempt, tuple(profiles), files)
    _check_modes(problems, main_file, config)
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
) -> Config:
    """Read config.toml and every profiles.d/*.toml next to it (sorted by name)."""
    directory = path.parent / "profiles.d" if profiles_dir is None else profiles_dir
    documents = [_read_toml(path)]
    if directory.is_dir():
        documents += [_read_toml(file) for file in sorted(directory.glob("*.toml"))]
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
