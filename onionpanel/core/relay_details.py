"""What descriptors add to a relay: family, exit policy, uptime, platform.

parse_server_descriptors(text) -> dict[fingerprint, RelayDetails]  (``desc/all-recent``)
iter_server_descriptor_details(text) -> (fingerprint, RelayDetails) one by one
iter_microdescriptor_details(md_all, md_digests) -> (fingerprint, RelayDetails) (``md/all``)
microdescriptor_details(block) -> RelayDetails   one microdescriptor (``md/id/<fingerprint>``)
microdescriptor_digests(block) -> (m-line digest, 20-byte digest as ns/all shows it)
"""

from __future__ import annotations

import binascii
import hashlib
import sys
from collections.abc import Iterator, Mapping
from typing import TypeVar

from onionpanel.core.relays import RelayDetails, block_starts

_intern = sys.intern
_T = TypeVar("_T")


def iter_server_descriptor_details(text: str) -> Iterator[tuple[str, RelayDetails]]:
    """(fingerprint, details) per server descriptor, one at a time, so a caller can slice."""
    text = text.replace("\r\n", "\n")
    starts = block_starts(text, "router ")
    start = next(starts, None)
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    while start is not None:
        following = next(starts, None)
        found = _details_from_block(text[start:following].split("\n"), shared)
        if found is not None:
            yield found
        start = following


def _details_from_block(
    block: list[str], shared: dict[tuple[str, ...], tuple[str, ...]]
) -> tuple[str, RelayDetails] | None:
    fingerprint = ""
    family: tuple[str, ...] = ()
    policy: list[str] = []
    uptime: int | None = None
    platform = contact = ""
    for line in block:
        keyword, _, rest = line.partition(" ")
        if keyword == "fingerprint":
            fingerprint = rest.replace(" ", "").upper()
        elif keyword == "family":
            family = tuple(rest.split())
        elif keyword in ("accept", "reject"):
            policy.append(line.strip())
        elif keyword == "uptime" and rest.strip().isdigit():
            uptime = int(rest)
        elif keyword == "platform":
            platform = _intern(rest.strip())
        elif keyword == "contact":
            contact = rest.strip()
    if len(fingerprint) != 40:
        return None
    # most relays share one of a few policies: keep one copy of each
    exit_policy = tuple(policy)
    exit_policy = shared.setdefault(exit_policy, exit_policy)
    return fingerprint, RelayDetails(family, exit_policy, uptime, platform, contact)


def microdescriptor_digests(block: str) -> tuple[str, str]:
    """A microdescriptor's base64 SHA-256 as an m line has it, and cut to the 20 bytes that
    a microdescriptor client's ns/all shows in the r line's digest field."""
    digest = hashlib.sha256(block.encode()).digest()
    full = binascii.b2a_base64(digest, newline=False).decode().rstrip("=")
    short = binascii.b2a_base64(digest[:20], newline=False).decode().rstrip("=")
    return full, short


def iter_microdescriptor_details(
    text: str, digests: Mapping[str, str]
) -> Iterator[tuple[str, RelayDetails]]:
    """``GETINFO md/all`` -> (fingerprint, family + exit policy summary) for each
    microdescriptor whose digest ``digests`` (NsParser.digests, or m lines) maps to a relay."""
    text = text.replace("\r\n", "\n")
    starts = block_starts(text, "onion-key")
    start = next(starts, None)
    # most relays share their policy summary, many their family and so the whole record:
    # one object for each (8k relays: ~1.3 -> ~0.4 MB)
    shared: dict[object, object] = {}
    while start is not None:
        following = next(starts, None)
        block = text[start:following]
        if block.endswith("\n.\n"):  # the control reply's terminator after the last one
            block = block[:-2]
        elif not block.endswith("\n"):  # stem strips the reply's final newline
            block += "\n"
        full, short = microdescriptor_digests(block)
        fingerprint = digests.get(short) or digests.get(full)
        if fingerprint:
            yield fingerprint, microdescriptor_details(block, shared)
        start = following


def microdescriptor_details(block: str, shared: dict[object, object] | None = None) -> RelayDetails:
    """One microdescriptor (``GETINFO md/id/<fingerprint>``, or a block of md/all) -> its
    family and exit policy summary. ``shared``: equal values become one object."""
    shared = {} if shared is None else shared
    family: tuple[str, ...] = ()
    policy: tuple[str, ...] = ()
    for line in block.replace("\r\n", "\n").split("\n"):
        if line.startswith("family "):
            family = _shared(shared, tuple(_intern(m) for m in line.split()[1:]))
        elif line.startswith("p "):
            policy = _shared(shared, (_intern(line[2:].strip()),))
    return _shared(shared, RelayDetails(family=family, exit_policy=policy))


def _shared(shared: dict[object, object], value: _T) -> _T:
    return shared.setdefault(value, value)  # type: ignore[return-value]


def parse_server_descriptors(text: str) -> dict[str, RelayDetails]:
    """``GETINFO desc/all-recent`` (clients with UseMicrodescriptors 0 or FetchUselessDescriptors)
    -> details by fingerprint. Signatures and keys are skipped, not checked: tor already did."""
    return dict(iter_server_descriptor_details(text))
