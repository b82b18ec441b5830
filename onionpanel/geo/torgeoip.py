"""Tor's own GeoIP files (/usr/share/tor/geoip, geoip6), read where tor reads them.

  TorGeoipFile(path)            one file: "low,high,CC" (IPv4 as integers) or "low,high,CC"
                                (IPv6 as text), sorted, ~385k / ~277k lines
  |- index_steps() -> Iterator[None]   builds the sparse index, yielding every few hundred
                                entries (the caller sleeps in between); idempotent
  |- country(ip) -> str         upper-case ISO code, "" when the file does not place it
  TorGeoip(v4, v6)              both files; country(ip) picks by address family
  await find_tor_geoip(get_info, probes=PROBES) -> TorGeoip | None
                                the files tor uses (GETINFO config-text, else config/defaults)
                                if they are readable here AND answer like tor for every probe
                                address; None otherwise (tor elsewhere, another file version)

Nothing is parsed up front: the file is mapped, a sparse index keeps one key every 2 KiB
(~4.6k entries for IPv4), and a lookup bisects the index, then the lines inside one 2 KiB block
by byte offset (~6 µs). Building the index takes ~7 ms for IPv4 in slices; RSS grows only by
the pages a lookup touches (the map is read-only and file-backed).
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import mmap
import re
import socket
from collections.abc import Awaitable, Callable, Iterator, Sequence
from pathlib import Path

STEP_BYTES = 2048
_INDEX_CHUNK = 256  # index entries between yields
# addresses in different registries' space, to check that the file answers like tor
PROBES = ("8.8.8.8", "81.169.145.1", "133.242.0.1", "200.160.2.3", "41.203.64.1",
          "2001:4860:4860::8888", "2a01:4f8::1")  # fmt: skip
_OPTION = re.compile(r'^(GeoIPFile|GeoIPv6File)\s+"?([^"\n]+)"?\s*$', re.MULTILINE)


def _key_v4(text: bytes) -> int:
    return int(text)


def _key_v6(text: bytes) -> int:
    return int.from_bytes(socket.inet_pton(socket.AF_INET6, text.decode()))


class TorGeoipFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        with path.open("rb") as handle:
            self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        self._size = len(self._data)
        self._keys: list[int] = []
        self._offsets: list[int] = []
        self._indexed = False
        first = self._first_line()
        comma = self._data.find(b",", first)
        self._key = _key_v6 if b":" in self._data[first:comma] else _key_v4

    def _first_line(self) -> int:
        position = 0
        while position < self._size and self._data[position : position + 1] in (b"#", b"\n"):
            end = self._data.find(b"\n", position)
            position = self._size if end < 0 else end + 1
        return position

    def index_steps(self) -> Iterator[None]:
        if self._indexed:
            return
        data, key, size = self._data, self._key, self._size
        keys: list[int] = []
        offsets: list[int] = []
        position = self._first_line()
        while position < size:
            comma = data.find(b",", position)
            if comma < 0:
                break
            with contextlib.suppress(ValueError, OSError):
                keys.append(key(data[position:comma]))
                offsets.append(position)
            following = data.find(b"\n", position + STEP_BYTES)
            if following < 0:
                break
            position = following + 1
            if len(keys) % _INDEX_CHUNK == 0:
                yield
        offsets.append(size)
        self._keys, self._offsets, self._indexed = keys, offsets, True

    def _ensure_index(self) -> None:
        for _ in self.index_steps():
            pass

    def country(self, ip: str) -> str:
        self._ensure_index()
        try:
            value = self._value(ip)
        except (ValueError, OSError):
            return ""
        block = bisect.bisect_right(self._keys, value) - 1
        if block < 0:
            return ""
        start = self._line_at_or_below(value, self._offsets[block], self._offsets[block + 1])
        return self._answer(start, value)

    def _value(self, ip: str) -> int:
        if self._key is _key_v4:
            return int.from_bytes(socket.inet_aton(ip)) if ip.count(".") == 3 else -1
        return int.from_bytes(socket.inet_pton(socket.AF_INET6, ip))

    def _line_at_or_below(self, value: int, low: int, high: int) -> int:
        """Start of the last line in [low, high) whose first key is <= value (low's is)."""
        data, key = self._data, self._key
        while True:
            middle = (low + high) // 2
            start = data.rfind(b"\n", low, middle) + 1
            if start <= low:
                start = data.find(b"\n", middle, high) + 1
                if start <= 0 or start >= high:
                    return low
            if key(data[start : data.find(b",", start)]) <= value:
                low = start
            else:
                high = start

    def _answer(self, start: int, value: int) -> str:
        data = self._data
        first = data.find(b",", start)
        second = data.find(b",", first + 1)
        end = data.find(b"\n", second)
        if first < 0 or second < 0:
            return ""
        end = self._size if end < 0 else end
        try:
            if value > self._key(data[first + 1 : second]):
                return ""
        except (ValueError, OSError):
            return ""
        code = data[second + 1 : end].strip().decode("ascii", "replace").upper()
        return "" if code in ("??", "") else code

    def close(self) -> None:
        with contextlib.suppress(BufferError):
            self._data.close()


class TorGeoip:
    def __init__(self, v4: TorGeoipFile | None, v6: TorGeoipFile | None) -> None:
        self.v4, self.v6 = v4, v6

    def index_steps(self) -> Iterator[None]:
        for table in (self.v4, self.v6):
            if table is not None:
                yield from table.index_steps()

    def country(self, ip: str) -> str:
        table = self.v6 if ":" in ip else self.v4
        return table.country(ip) if table is not None else ""


async def _configured_paths(get_info: Callable[[str], Awaitable[str]]) -> dict[str, str]:
    paths: dict[str, str] = {}
    for key in ("config/defaults", "config-text"):  # explicit settings win over defaults
        with contextlib.suppress(Exception):  # whatever the tor layer raises
            text = await get_info(key)
            paths.update((match[1], match[2]) for match in _OPTION.finditer(text))
    return paths


def _open(path: str | None) -> TorGeoipFile | None:
    if not path:
        return None
    try:
        return TorGeoipFile(Path(path))
    except (OSError, ValueError):
        return None


async def find_tor_geoip(
    get_info: Callable[[str], Awaitable[str]], probes: Sequence[str] = PROBES
) -> TorGeoip | None:
    paths = await _configured_paths(get_info)
    geoip = TorGeoip(_open(paths.get("GeoIPFile")), _open(paths.get("GeoIPv6File")))
    if geoip.v4 is None and geoip.v6 is None:
        return None
    for _ in geoip.index_steps():
        await asyncio.sleep(0)  # ~30 ms of indexing in all, a slice at a time
    for ip in probes:
        if (geoip.v6 if ":" in ip else geoip.v4) is None:
            continue
        try:
            theirs = (await get_info(f"ip-to-country/{ip}")).strip().upper()
        except Exception:  # no GeoIP loaded in tor, or tor went away: don't guess
            return None
        ours = geoip.country(ip)
        if (theirs if theirs != "??" else "") != ours:
            return None  # a different file than tor's (tor runs elsewhere): ask tor instead
    return geoip
