"""``onionpanel-helper check --against-tor``: the config against tor's real listeners.

  Wanted                          one listener the config needs: torrc keyword, address, flags, key
  TorState                        what tor reports: listeners per kind, listener config lines,
                                  VirtualAddrNetworkIPv4, AutomapHostsOnResolve
  ControlError                    tor unreachable, refused us, or answered nonsense
  wanted_listeners(config) -> list[Wanted]
  query_tor(control, timeout=5.0) -> TorState     read-only GETINFO/GETCONF over the control port
  compare(config, state) -> Report                what is missing, as exact torrc lines
  check_against_tor(config, config_path, out) -> exit code (0 ok, 1 missing, 4 tor unreachable)

Why the control port and not /proc/net or the torrc: /proc/net/tcp tells that tor's uid listens on
a port, not whether it is a TransPort, a SocksPort or a DNSPort, and a SocksPort where the helper
redirects transparent connections breaks every one of them. The torrc on disk may not be what
tor runs (NixOS keeps it in the store; includes, defaults files, a pending reload). GETINFO
net/listeners/* names the kind and the address tor actually bound, and GETCONF shows the flags
(SessionGroup=) of each listener line. Only read-only commands are sent (PROTOCOLINFO,
AUTHCHALLENGE, AUTHENTICATE, GETINFO, GETCONF); plain sockets, no stem.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
import os
import re
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from onionpanel.helper.config import Config

EXIT_OK, EXIT_MISSING, EXIT_TOR = 0, 1, 4
MAX_REPLY = 256 * 1024
SERVER_KEY = b"Tor safe cookie authentication server-to-controller hash"
CLIENT_KEY = b"Tor safe cookie authentication controller-to-server hash"
KINDS = {"TransPort": "trans", "DNSPort": "dns", "SocksPort": "socks"}


class ControlError(Exception):
    """tor could not be asked; the message says why and what to do."""


@dataclass(frozen=True)
class Wanted:
    keyword: str  # TransPort | DNSPort | SocksPort
    address: str  # 127.0.0.1:9040 or [::1]:9040
    key: str  # the config key that asks for it
    session_group: int | None = None

    @property
    def torrc_line(self) -> str:
        group = "" if self.session_group is None else f" SessionGroup={self.session_group}"
        return f"{self.keyword} {self.address}{group}"


@dataclass(frozen=True)
class TorState:
    listeners: Mapping[str, Sequence[str]]  # "trans" | "dns" | "socks" -> addresses
    lines: Mapping[str, Sequence[str]] = field(default_factory=dict)  # keyword -> GETCONF values
    virtual_addr_v4: str = ""
    automap: bool = False


@dataclass
class Report:
    ok: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    torrc: list[str] = field(default_factory=list)


def wanted_listeners(config: Config) -> list[Wanted]:
    tor = config.tor
    hosts = ["127.0.0.1"] + (["[::1]"] if config.policy.ipv6 == "tor" else [])
    wanted = [Wanted("TransPort", f"{h}:{tor.trans_port}", "tor.trans_port") for h in hosts]
    wanted += [Wanted("DNSPort", f"{h}:{tor.dns_port}", "tor.dns_port") for h in hosts]
    for p in config.profiles:
        for keyword, port in (("TransPort", p.trans_port), ("SocksPort", p.socks_port)):
            if port:
                key = f"profile {p.name!r}.{'trans' if keyword == 'TransPort' else 'socks'}_port"
                wanted.append(Wanted(keyword, f"127.0.0.1:{port}", key, p.session_group))
    for router in config.routers:  # tor listens for the guests on the interface's address
        if router.forwarded != "tor":
            continue
        hosts = [router.address] + ([f"[{router.address_v6}]"] if router.ipv6 == "tor" else [])
        for keyword, port, name in (
            ("TransPort", router.trans_port, "trans_port"),
            ("DNSPort", router.dns_port, "dns_port"),
        ):
            wanted += [Wanted(keyword, f"{h}:{port}", f"{router.name}.{name}") for h in hosts]
    return wanted


# ---------------------------------------------------------------- talking to tor


def _control_line(control: str) -> str:
    if control.startswith("unix:"):
        return f"ControlPort {control} GroupWritable RelaxDirModeCheck"
    return f"ControlPort {control} + CookieAuthentication 1"


class _Control:
    def __init__(self, control: str, timeout: float) -> None:
        try:
            if control.startswith("unix:"):
                self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.sock.settimeout(timeout)
                self.sock.connect(control.removeprefix("unix:"))
            else:
                host, _, port = control.rpartition(":")
                self.sock = socket.create_connection((host.strip("[]"), int(port)), timeout)
        except (OSError, ValueError) as error:
            raise ControlError(
                f"cannot reach tor's control port {control} ({error}); is tor running, and "
                f"does its torrc say {_control_line(control)}?"
            ) from error
        self.buffer = b""

    def close(self) -> None:
        self.sock.close()

    def _line(self) -> str:
        while b"\r\n" not in self.buffer:
            try:
                chunk = self.sock.recv(4096)
            except OSError as error:
                raise ControlError(f"tor's control port stopped answering ({error})") from error
            if not chunk:
                raise ControlError("tor closed the control connection")
            self.buffer += chunk
            if len(self.buffer) > MAX_REPLY:
                raise ControlError("tor's control port sent an oversized reply")
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line.decode("utf-8", "replace")

    def ask(self, command: str) -> list[str]:
        """Send one command; the reply's lines without their status prefix. Non-250 raises."""
        self.sock.sendall(command.encode() + b"\r\n")
        lines: list[str] = []
        while True:
            line = self._line()
            if not re.match(r"^\d{3}[ +-]", line):
                raise ControlError(f"this is not tor's control protocol: {line[:60]!r}")
            status, separator, text = line[:3], line[3], line[4:]
            if separator == "+":  # data reply: lines up to a lone "."
                while (data := self._line()) != ".":
                    text += "\n" + data
            lines.append(text)
            if separator == " ":
                if status != "250":
                    raise ControlError(f"tor refused {command.split()[0]}: {status} {text}")
                return lines


def _authenticate(control: _Control) -> None:
    info = " ".join(control.ask("PROTOCOLINFO 1"))
    methods_match = re.search(r"METHODS=(\S+)", info)
    methods = set(methods_match.group(1).split(",")) if methods_match else set()
    cookie_match = re.search(r'COOKIEFILE="((?:[^"\\]|\\.)*)"', info)
    if "NULL" in methods:
        control.ask("AUTHENTICATE")
        return
    if not cookie_match or not methods & {"SAFECOOKIE", "COOKIE"}:
        raise ControlError(
            f"tor asks for {', '.join(sorted(methods)) or 'an unknown method'}; the helper logs in "
            "only without authentication or with tor's cookie (CookieAuthentication 1)"
        )
    path = Path(cookie_match.group(1).encode().decode("unicode_escape"))
    try:
        cookie = path.read_bytes()
    except OSError as error:
        raise ControlError(f"cannot read tor's cookie {path} ({error.strerror})") from error
    if "SAFECOOKIE" in methods:
        _safecookie(control, cookie)
    else:
        control.ask(f"AUTHENTICATE {cookie.hex()}")


def _safecookie(control: _Control, cookie: bytes) -> None:
    client_nonce = os.urandom(32)
    reply = " ".join(control.ask(f"AUTHCHALLENGE SAFECOOKIE {client_nonce.hex()}"))
    found = dict(re.findall(r"(SERVERHASH|SERVERNONCE)=([0-9A-Fa-f]+)", reply))
    try:
        server_hash = binascii.unhexlify(found["SERVERHASH"])
        server_nonce = binascii.unhexlify(found["SERVERNONCE"])
    except (KeyError, binascii.Error) as error:
        raise ControlError(f"tor's AUTHCHALLENGE reply makes no sense: {reply[:80]!r}") from error
    message = cookie + client_nonce + server_nonce
    expected = hmac.new(SERVER_KEY, message, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, server_hash):
        raise ControlError("the process on tor's control port does not know tor's cookie")
    control.ask(f"AUTHENTICATE {hmac.new(CLIENT_KEY, message, hashlib.sha256).hexdigest()}")


def _values(lines: Sequence[str], key: str) -> list[str]:
    """Values of ``key=...`` among reply lines (GETCONF repeats the key once per value)."""
    prefix = f"{key}="
    return [line[len(prefix) :] for line in lines if line.startswith(prefix)]


def query_tor(control: str, timeout: float = 5.0) -> TorState:
    connection = _Control(control, timeout)
    try:
        _authenticate(connection)
        kinds = ("trans", "dns", "socks")
        info = connection.ask("GETINFO " + " ".join(f"net/listeners/{k}" for k in kinds))
        listeners = {
            k: re.findall(r'"([^"]*)"', "".join(_values(info, f"net/listeners/{k}"))) for k in kinds
        }
        conf = connection.ask(
            "GETCONF TransPort DNSPort SocksPort VirtualAddrNetworkIPv4 AutomapHostsOnResolve"
        )
    finally:
        connection.close()
    lines = {keyword: _values(conf, keyword) for keyword in KINDS}
    virtual = (_values(conf, "VirtualAddrNetworkIPv4") or [""])[0]
    automap = (_values(conf, "AutomapHostsOnResolve") or ["0"])[0] == "1"
    return TorState(listeners, lines, virtual, automap)


# ---------------------------------------------------------------- comparing


def _session_group(lines: Sequence[str], address: str) -> int | None:
    """The SessionGroup= of the configured listener line for address, if any line names it."""
    port = address.rpartition(":")[2]
    exact = [line.split() for line in lines if line.split()[:1] == [address]]
    # a bare port, or a hostname tor resolved to this address
    loose = [w for line in lines if (w := line.split()) and w[0].rpartition(":")[2] == port]
    for words in exact or loose[:1]:
        groups = [w.split("=", 1)[1] for w in words[1:] if w.startswith("SessionGroup=")]
        return int(groups[0]) if groups and groups[0].isdigit() else None
    return None


def compare(config: Config, state: TorState) -> Report:
    report = Report()
    for wanted in wanted_listeners(config):
        bound = state.listeners.get(KINDS[wanted.keyword], ())
        if wanted.address not in bound:
            others = ", ".join(bound) or "none"
            report.problems.append(
                f"{wanted.key}: tor has no {wanted.keyword} on {wanted.address} "
                f"(its {wanted.keyword}s: {others})"
            )
            report.torrc.append(wanted.torrc_line)
            continue
        group = _session_group(state.lines.get(wanted.keyword, ()), wanted.address)
        if wanted.session_group is not None and group != wanted.session_group:
            report.problems.append(
                f"{wanted.key}: tor's {wanted.keyword} {wanted.address} has "
                f"{'no SessionGroup' if group is None else f'SessionGroup={group}'}, the config "
                f"says session_group = {wanted.session_group}; the line below replaces it"
            )
            report.torrc.append(wanted.torrc_line)
            continue
        report.ok.append(f"{wanted.torrc_line} ({wanted.key})")
    virtual = config.tor.virtual_addr_v4
    if virtual and state.virtual_addr_v4 != virtual:
        report.problems.append(
            f"tor.virtual_addr_v4: tor's VirtualAddrNetworkIPv4 is "
            f"{state.virtual_addr_v4 or 'unset'}, the config says {virtual}"
        )
        report.torrc.append(f"VirtualAddrNetworkIPv4 {virtual}")
    if virtual and not state.automap:
        report.problems.append("tor does not map .onion names to addresses for the DNSPort")
        report.torrc.append("AutomapHostsOnResolve 1")
    return report


def check_against_tor(config: Config, config_path: Path, out: TextIO) -> int:
    control = config.tor.control
    try:
        state = query_tor(control)
    except ControlError as error:
        print(f"onionpanel-helper: cannot compare with tor: {error}", file=out)
        return EXIT_TOR
    report = compare(config, state)
    print(f"{config_path} against tor at {control}:", file=out)
    for line in report.ok:
        print(f"  ok       {line}", file=out)
    for problem in report.problems:
        print(f"  MISSING  {problem}", file=out)
    if not report.torrc:
        print("tor listens everywhere the config needs it.", file=out)
        return EXIT_OK
    print(
        "Add these lines to tor's configuration (e.g. /etc/tor/torrc; on NixOS use "
        "services.onionpanel), replacing a line for the same address, then reload tor:",
        file=out,
    )
    for line in report.torrc:
        print(line, file=out)
    return EXIT_MISSING
