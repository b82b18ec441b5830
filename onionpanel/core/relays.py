"""Relays as the consensus lists them, in compact records, parsed by hand and in slices.

  Flag                      a relay's consensus flags as one int bit set (IntFlag)
  Relay                     one router status entry (+ descriptor details when tor has them)
  |- role                   "exit", "guard" or "other", the colour on the map
  |- flag_names             the flags as a tuple of names
  |- with_details(details)  a copy with descriptor details attached
  RelayDetails              what a server descriptor adds: family, exit policy, uptime, platform
  RelayChange               which fingerprints a consensus or NS event added, changed, removed
  NsParser(text, keep_digests=True)   resumable parser of a ``GETINFO ns/all`` reply
  |- next_slice(budget_s)   -> list[Relay], parsing for at most about budget_s seconds
  |- done / progress
  |- errors                 entries refused (impossible ports or bandwidth, lines cut short,
  |                         relays listed twice), as text
  |- finish()               adds "tor listed no relays" when there were none
  |- digests                r-line descriptor digest -> fingerprint (matches md/all)
  parse_ns(text)            -> list[Relay], all at once
  (descriptors -> RelayDetails: onionpanel.core.relay_details; a set of relays updated by a
  consensus or an NS event: onionpanel.core.relay_set)
  fingerprint_from_base64(identity) -> 40 upper-case hex digits
  block_starts(text, keyword) -> offsets of the lines that start with ``keyword``

stem's descriptor classes are about nine times slower than this for a whole consensus and keep
roughly 50 MiB for 8,000 relays; these records keep a few MB (see bench/relay_load.py).
"""

from __future__ import annotations

import binascii
import calendar
import enum
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

NO_PUBLISHED_DAY = "2038-01-01"


class Flag(enum.IntFlag):
    """Consensus flags; unknown flags from newer tors are ignored."""

    AUTHORITY = enum.auto()
    BAD_EXIT = enum.auto()
    EXIT = enum.auto()
    FAST = enum.auto()
    GUARD = enum.auto()
    HSDIR = enum.auto()
    MIDDLE_ONLY = enum.auto()
    NO_ED_CONSENSUS = enum.auto()
    RUNNING = enum.auto()
    STABLE = enum.auto()
    STALE_DESC = enum.auto()
    SYBIL = enum.auto()
    V2DIR = enum.auto()
    VALID = enum.auto()


FLAG_BY_NAME: dict[str, int] = {
    "Authority": Flag.AUTHORITY,
    "BadExit": Flag.BAD_EXIT,
    "Exit": Flag.EXIT,
    "Fast": Flag.FAST,
    "Guard": Flag.GUARD,
    "HSDir": Flag.HSDIR,
    "MiddleOnly": Flag.MIDDLE_ONLY,
    "NoEdConsensus": Flag.NO_ED_CONSENSUS,
    "Running": Flag.RUNNING,
    "Stable": Flag.STABLE,
    "StaleDesc": Flag.STALE_DESC,
    "Sybil": Flag.SYBIL,
    "V2Dir": Flag.V2DIR,
    "Valid": Flag.VALID,
}
# plain ints: IntFlag arithmetic is several times slower in the parse loop
FLAG_BY_NAME = {name: int(bit) for name, bit in FLAG_BY_NAME.items()}
NAME_BY_FLAG: dict[int, str] = {bit: name for name, bit in FLAG_BY_NAME.items()}
_EXIT, _BAD_EXIT, _GUARD = int(Flag.EXIT), int(Flag.BAD_EXIT), int(Flag.GUARD)


@dataclass(frozen=True, slots=True)
class RelayDetails:
    """What a relay's server descriptor says beyond the consensus."""

    family: tuple[str, ...] = ()
    exit_policy: tuple[str, ...] = ()
    uptime_s: int | None = None
    platform: str = ""
    contact: str = ""


@dataclass(frozen=True, slots=True)
class Relay:
    """One router status entry. ``published`` is a POSIX timestamp (UTC), 0 when unknown."""

    fingerprint: str
    nickname: str
    ip: str
    or_port: int
    dir_port: int = 0
    flags: int = 0
    bandwidth: int = 0  # kB/s, the consensus weight from the w line
    version: str = ""
    published: int = 0
    ipv6: str = ""
    policy_summary: str = ""  # the p line, e.g. "accept 80,443"
    details: RelayDetails | None = None

    @property
    def role(self) -> str:
        flags = self.flags  # int arithmetic: IntFlag operators cost ~1 µs each
        if flags & _EXIT and not flags & _BAD_EXIT:
            return "exit"
        if flags & _GUARD:
            return "guard"
        return "other"

    @property
    def flag_names(self) -> tuple[str, ...]:
        return tuple(name for bit, name in NAME_BY_FLAG.items() if self.flags & bit)

    def has(self, flag: Flag) -> bool:
        return bool(self.flags & flag)

    def with_details(self, details: RelayDetails | None) -> Relay:
        # positional: dataclasses.replace is several times slower, and this runs 8k times
        return Relay(
            self.fingerprint,
            self.nickname,
            self.ip,
            self.or_port,
            self.dir_port,
            self.flags,
            self.bandwidth,
            self.version,
            self.published,
            self.ipv6,
            self.policy_summary,
            details,
        )


@dataclass(frozen=True)
class RelayChange:
    added: frozenset[str] = field(default_factory=frozenset)
    changed: frozenset[str] = field(default_factory=frozenset)
    removed: frozenset[str] = field(default_factory=frozenset)

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


class RelayParseError(ValueError):
    """A line that should be a router status entry is not one."""


def fingerprint_from_base64(identity: str) -> str:
    """The relay identity as tor's r line encodes it (unpadded base64) -> 40 hex digits."""
    try:
        raw = binascii.a2b_base64(identity + "=" * (-len(identity) % 4))
    except binascii.Error as error:
        raise RelayParseError(f"identity is not base64: {identity!r}") from error
    if len(raw) != 20:
        raise RelayParseError(f"identity is {len(raw)} bytes, not 20: {identity!r}")
    return raw.hex().upper()


_intern = sys.intern


_midnights: dict[str, int] = {}


def _timestamp(day: str, clock: str) -> int:
    # time.strptime costs more than the rest of an entry's parse; a consensus has few days
    try:
        midnight = _midnights.get(day)
        if midnight is None:
            year, month, mday = (int(part) for part in day.split("-"))
            midnight = calendar.timegm((year, month, mday, 0, 0, 0, 0, 0, 0))
            if len(_midnights) < 1000:
                _midnights[day] = midnight
        hour, minute, second = clock.split(":")
        return midnight + int(hour) * 3600 + int(minute) * 60 + int(second)
    except ValueError as error:
        raise RelayParseError(f"bad published time: {day} {clock}") from error


_flag_sets: dict[str, int] = {}  # s line -> bits: a consensus has a few dozen distinct lines


def _flags(rest: str, line: str) -> int:
    bits = _flag_sets.get(rest)
    if bits is not None:
        return bits
    words = rest.split()
    bits = 0
    for word in words:
        bits |= FLAG_BY_NAME.get(word, 0)
    # tor adds flags over time, so an unknown name is fine, but the start of a known one at
    # the end of the line is the line cut short (the relay would silently lose the flag)
    if words and words[-1] not in FLAG_BY_NAME and _starts_a_flag(words[-1]):
        raise RelayParseError(f"s line cut short: {line!r}")
    if len(_flag_sets) < 1000:
        _flag_sets[rest] = bits
    return bits


def _starts_a_flag(word: str) -> bool:
    return any(name.startswith(word) for name in FLAG_BY_NAME)


def _bandwidth(words: list[str], line: str) -> int:
    for word in words:
        if word.startswith("Bandwidth="):
            value = word[10:]
            if not value.isdigit():  # no sign, no letters, not empty
                raise RelayParseError(f"bandwidth is not a number of KB/s: {line!r}")
            return int(value)
    raise RelayParseError(f"w line without a bandwidth (cut short?): {line!r}")


_ports: dict[str, int] = {}  # one int object per port number in use (9001, 443 ...)


def _port(text: str, line: str, *, zero_ok: bool) -> int:
    port = _ports.get(text)
    if port is None:
        port = int(text) if text.isdigit() else -1
        if 0 <= port <= 65535 and len(_ports) < 4096:
            port = _ports.setdefault(text, port)
    if not (0 if zero_ok else 1) <= port <= 65535:
        raise RelayParseError(f"port {text} is not between 1 and 65535: {line!r}")
    return port


def _parse_entry(lines: list[str]) -> Relay:
    return _parse_entry_words(lines, lines[0].split())


def _parse_entry_words(lines: list[str], r: list[str]) -> Relay:
    # ns flavour: r nick identity digest day time ip orport dirport (9 words);
    # microdesc flavour drops the digest (8 words).
    if len(r) == 9:
        _, nickname, identity, _digest, day, clock, ip, or_port, dir_port = r
    elif len(r) == 8:
        _, nickname, identity, day, clock, ip, or_port, dir_port = r
    else:
        raise RelayParseError(f"r line has {len(r)} fields: {lines[0]!r}")
    flags = bandwidth = 0
    version = ipv6 = policy = ""
    for line in lines[1:]:
        keyword, _, rest = line.partition(" ")
        if keyword == "s":
            flags = _flags(rest, line)
        elif keyword == "w":
            bandwidth = _bandwidth(rest.split(), line)
        elif keyword == "v":
            version = _intern(rest.strip())
        elif keyword == "a" and not ipv6:
            ipv6 = rest.strip()
        elif keyword == "p":
            policy = _intern(rest.strip())
    ports = _port(or_port, lines[0], zero_ok=False), _port(dir_port, lines[0], zero_ok=True)
    return Relay(
        fingerprint=fingerprint_from_base64(identity),
        nickname=nickname,
        ip=ip,
        or_port=ports[0],
        dir_port=ports[1],
        flags=flags,
        bandwidth=bandwidth,
        version=version,
        # a microdescriptor consensus has no publication times; tor shows 2038-01-01
        published=0 if day == NO_PUBLISHED_DAY else _timestamp(day, clock),
        ipv6=ipv6,
        policy_summary=policy,
    )


class NsParser:
    """Parses a ``GETINFO ns/all`` reply (or an NS/NEWCONSENSUS event body) a slice at a time.

    Entries that do not parse are skipped and counted in ``errors``; one bad relay never costs
    the others. A relay listed twice is kept once and reported; finish() reports an empty
    list. ``text`` may be bytes (UTF-8).
    """

    def __init__(self, text: str | bytes, *, keep_digests: bool = True) -> None:
        if isinstance(text, bytes | bytearray | memoryview):
            text = bytes(text).decode("utf-8", "replace")
        self._text = text.replace("\r\n", "\n")
        self._seen: set[str] = set()
        self._starts = block_starts(self._text, "r ")
        self._next: int | None = next(self._starts, None)
        self.errors: list[str] = []
        self.parsed = 0
        # r-line digest -> fingerprint. A microdescriptor client's ns/all puts its
        # microdescriptor's SHA-256 there, cut to 20 bytes: that is how md/all is matched.
        # keep_digests=False (the panel, which asks md/id per relay): 8k short-lived strings
        # allocated among the long-lived records stay behind as holes in the heap
        self.digests: dict[str, str] = {}
        self._keep_digests = keep_digests

    @property
    def done(self) -> bool:
        return self._next is None

    @property
    def progress(self) -> float:
        if self._next is None:
            return 1.0
        return self._next / max(1, len(self._text))

    def _take_one(self) -> Relay | None:
        assert self._next is not None
        start = self._next
        self._next = next(self._starts, None)
        end = len(self._text) if self._next is None else self._next
        lines = [line for line in self._text[start:end].split("\n") if line and line != "."]
        words = lines[0].split()
        try:
            relay = _parse_entry_words(lines, words)
        except RelayParseError as error:
            self.errors.append(str(error))
            return None
        if relay.fingerprint in self._seen:
            self.errors.append(f"relay {relay.fingerprint} ({relay.nickname}) listed twice")
            return None
        self._seen.add(relay.fingerprint)
        if len(words) == 9 and self._keep_digests:  # the r line's descriptor digest
            self.digests[words[3]] = relay.fingerprint
        return relay

    def next_slice(self, budget_s: float = 0.006, check_every: int = 64) -> list[Relay]:
        """Parse until about ``budget_s`` seconds have passed or the text is used up."""
        deadline = time.perf_counter() + budget_s
        relays: list[Relay] = []
        while self._next is not None:
            for _ in range(check_every):
                if self._next is None:
                    break
                relay = self._take_one()
                if relay is not None:
                    relays.append(relay)
            if time.perf_counter() >= deadline:
                break
        self.parsed += len(relays)
        return relays

    def finish(self) -> None:
        """Once done: say so if the text listed no relay at all."""
        if not self._seen and not self.errors:
            self.errors.append("tor listed no relays")


def parse_ns(text: str | bytes) -> list[Relay]:
    parser = NsParser(text)
    relays: list[Relay] = []
    while not parser.done:
        relays.extend(parser.next_slice(budget_s=3600.0))
    return relays


def block_starts(text: str, keyword: str) -> Iterator[int]:
    if text.startswith(keyword):
        yield 0
    marker = "\n" + keyword
    position = text.find(marker)
    while position != -1:
        yield position + 1
        position = text.find(marker, position + 1)
