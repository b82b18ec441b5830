"""The validated config's types; config.py builds them, everything else reads them.

Config            the whole validated config (frozen)
|- modes          every mode name a caller may ask for: off, tor, lockdown, tor+<clearnet profile>
|- profile(name)  -> Profile
TorPorts          tor's control endpoint, user (uid) and the ports it declares
Policy            boot mode, user-switchable modes, ipv6, udp, lan, forwarded, ct mark bits
Exempt            always-exempt identities: uids and fwmarks
Profile           tor-isolated | clearnet-proxy | clearnet-direct
Router            one [[router]] entry: interfaces whose forwarded traffic goes to tor (or not)
Problem           one thing wrong: file, key, message
ConfigError       raised with every Problem found
ModeError         (a ConfigError) a mode name the config does not declare
system_user_id(name) -> uid | None
"""

from __future__ import annotations

import ipaddress
import pwd
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

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
# Where a LAN may be: private, link-local, CGNAT (IPv4); ULA, link-local (IPv6).
LAN_SPACE_V4 = tuple(
    ipaddress.IPv4Network(text)
    for text in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10")
)
LAN_SPACE_V6 = (ipaddress.IPv6Network("fc00::/7"), ipaddress.IPv6Network("fe80::/10"))
INTERFACE_PATTERN = re.compile(r"^[A-Za-z0-9_.:@+-]{1,15}$")
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
        if not self.key:
            return f"{self.file}: {self.message}"
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
    allow_public_ranges: bool = False
    forwarded: str = "block"  # what containers and VMs send, in tor and lockdown: "block" | "allow"
    forward_interfaces: tuple[str, ...] = ()  # with "block": bridges whose traffic may pass
    exempt_ct_mark: int = 0x00200000
    # set on every flow the table saw begin; only such flows may send replies
    seen_ct_mark: int = 0x00400000


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
    proxy_udp_ports: tuple[int, ...] = ()  # besides DNS; the proxy sends TCP and DNS only
    proxy_ipv6: bool = False

    @property
    def slice(self) -> str:
        return f"onionpanel-{self.name}.slice"

    @property
    def is_clearnet(self) -> bool:
        return self.kind != "tor-isolated"


@dataclass(frozen=True)
class Router:
    """Router mode for the interfaces of one ``[[router]]`` entry (VM bridges, a LAN port).

    ``forwarded``: "tor" (TCP to the TransPort, DNS to the DNSPort, nothing else leaves),
    "block" (nothing forwarded) or "allow" (forwarded as is, without tor). The TransPort and
    DNSPort are tor's listeners on the interface's own address (never 0.0.0.0).
    """

    index: int
    interfaces: tuple[str, ...]
    forwarded: str = "tor"
    address: str = ""  # tor's listeners' IPv4 address on the interface
    trans_port: int = 0
    dns_port: int = 0
    address_v6: str = ""  # with ipv6 = "tor"
    ipv6: str = "block"  # "block" | "tor"
    allowed_destinations_v4: tuple[str, ...] = ()
    allowed_destinations_v6: tuple[str, ...] = ()
    allowed_sources_v4: tuple[str, ...] = ()
    allowed_sources_v6: tuple[str, ...] = ()
    dhcp: bool = False  # guests may reach the host's DHCP server (udp 67, dhcpv6 547)

    @property
    def name(self) -> str:
        return f"router[{self.index}]"


@dataclass(frozen=True)
class Config:
    tor: TorPorts
    policy: Policy
    exempt: Exempt
    profiles: tuple[Profile, ...] = ()
    routers: tuple[Router, ...] = ()
    files: tuple[str, ...] = field(default=(), compare=False)

    @property
    def modes(self) -> tuple[str, ...]:
        clearnet = tuple(f"tor+{p.name}" for p in self.profiles if p.is_clearnet)
        return BASE_MODES + clearnet

    def profile(self, name: str) -> Profile:
        return next(p for p in self.profiles if p.name == name)
