"""Tor's own GeoIP files (/usr/share/tor/geoip, geoip6), read where tor reads them.

  TorGeoipFile(path)            one file: "low,high,CC" (IPv4 as integers) or "low,high,CC"
                                (IPv6 as text), sorted, ~385k / ~277k lines
  |- index_steps() -> Iterator[None]   builds the sparse index, yielding every few hundred
                                entries (the caller sleeps in between); idempotent
  |- country(ip) -> str         upper-case ISO code, "" when the file does not place it
  |- release()                 drop the touched pages from RSS (after a batch of lookups)
  TorGeoip(v4, v6)              both files; country(ip) picks by address family;
                                index_steps(v6=...) indexes IPv6 only when asked to
  await find_tor_geoip(get_info, probes=PROBES) -> TorGeoip | None
                                the files tor uses (GETINFO config-text, else config/defaults)
                                if they are readable here AND answer like tor for every probe
                                address; None otherwise (tor elsewhere, another file version)

Nothing is parsed up front: the file is mapped, a sparse index keeps one key every 2 KiB
(~4.6k entries for IPv4), and a lookup bisects the index, then the lines inside one 2 KiB block
by byte offset (~6 µs). Building the index takes ~10 ms for IPv4 and ~18 ms for IPv6, in
slices; before it exists a lookup bisects the whole file (~25 µs). RSS grows only by the pages
a lookup touches (the map is read-only and file-backed), and release() gives those back.
"""

from __future__ import annotations

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
        self._first = self._first_line()
        comma = self._data.find(b",", self._first)
        self._key = _key_v6 if b":" in self._data[self._first : comma] else _key_v4

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

    def country(self, ip: str) -> str:
        """Without the index (not built yet), a bisection over the whole file: ~4x slower,
        fine for a few addresses (the probes, a relay or two by IPv6)."""
        try:
            value = self._value(ip)
        except (ValueError, OSError):
            return ""
        if self._indexed:
            block = bisect.bisect_right(self._keys, value) - 1
            if block < 0:
                return ""
            low, high = self._offsets[block], self._offsets[block + 1]
        else:
            low, high = self._first, self._size
            comma = self._data.find(b",", low)
            if comma < 0 or self._key(self._data[low:comma]) > value:
                return ""
        return self._answer(self._line_at_or_below(value, low, high), value)

    def _value(self, ip: str) -> int:
        if self._key is _key_v4:
            return int.from_bytes(socket.inet_aton(ip)) if ip.count(".") == 3 else -1
        return int.from_bytes(socket.inet_pton(socket.AF_INET6, ip))

    def _line_at_or_below(self, value: int, low: int, high: int) -> int:
        """Start of the last line in [low, high) whose first key is <= value (low's is)."""
        data, key = self._data, self._key
        find, rfind = data.find, data.rfind
        while True:
            middle = (low + high) // 2
            start = rfind(b"\n", low, middle) + 1
            if start <= low:
                start = find(b"\n", middle, high) + 1
                if start <= 0 or start >= high:
                    return low
            try:
                line_key = key(data[start : find(b",", start)])
            except (ValueError, OSError):
                found = self._valid_line(start, high)
                if found is None:
                    high = start  # only damaged lines up to high: they answer nothing
                    continue
                start, line_key = found
            if line_key <= value:
                low = start
            else:
                high = start

    def _valid_line(self, start: int, high: int) -> tuple[int, int] | None:
        """The first line from ``start`` (before ``high``) that parses, and its key."""
        data = self._data
        while start < high:
            comma = data.find(b",", start)
            end = data.find(b"\n", start)
            end = self._size if end < 0 else end
            if 0 <= comma < end:
                try:
                    return start, self._key(data[start:comma])
                except (ValueError, OSError):
                    pass
            start = end + 1
        return None

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

    def release(self) -> None:
        """Give back the pages lookups touched: file-backed, they count in RSS until then
        (the whole IPv4 file after indexing: +9.5 MB) and are read again from the page
        cache when needed."""
        with contextlib.suppress(OSError, ValueError, AttributeError):
            self._data.madvise(mmap.MADV_DONTNEED)

    def close(self) -> None:
        with contextlib.suppress(BufferError):
            self._data.close()


class TorGeoip:
    def __init__(self, v4: TorGeoipFile | None, v6: TorGeoipFile | None) -> None:
        self.v4, self.v6 = v4, v6

    def index_steps(self, *, v6: bool = True) -> Iterator[None]:
        for table in (self.v4, self.v6) if v6 else (self.v4,):
            if table is not None:
                yield from table.index_steps()

    def country(self, ip: str) -> str:
        table = self.v6 if ":" in ip else self.v4
        return table.country(ip) if table is not None else ""

    def release(self) -> None:
        for table in (self.v4, self.v6):
            if table is not None:
                table.release()


async def _configured_paths(get_info: Callable[[str], Awaitable[str]]) -> dict[str, str]:
    paths: dict[str, str] = {}
    for key in ("config/defaults", "config-text"):  # explicit settings win over defaults
        with contextlib.suppress(Exception):  # whatever the tor layer raises
            text = await get_info(key)
            paths.update((match[1], match[2]) for match in _OPTION.finditer(text))
    return paths


def _open(path: str | None) -> TorGeoipFile | None:
    if not path or not Path(path).is_file():  # not a FIFO or device: open() could block
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
    geoip.release()
    return geoip
