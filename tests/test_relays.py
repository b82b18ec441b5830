"""The hand-rolled consensus parser: real-shaped entries, slices, events, bad input."""

from __future__ import annotations

from pathlib import Path

from bench.synthetic_consensus import (
    synthetic_descriptors,
    synthetic_fingerprint,
    synthetic_ns_all,
)
from onionpanel.core.relay_details import (
    iter_microdescriptor_details,
    microdescriptor_digests,
    parse_server_descriptors,
)
from onionpanel.core.relay_set import apply_ns_entries, apply_ns_event, with_details
from onionpanel.core.relays import (
    Flag,
    NsParser,
    RelayDetails,
    fingerprint_from_base64,
    parse_ns,
)

# Shaped exactly like tor's GETINFO ns/all reply (moria1's entry, 2018), with CRLF and the
# terminating "." that a raw control reply carries.
MORIA1 = (
    "r moria1 lpXfw1/+uGEym58asExGOXAgzjE IpcU7dolas8+Q+oAzwgvZIWx7PA 2018-05-23 02:41:25 "
    "128.31.0.34 9101 9131\r\n"
    "a [2001:db8::34]:9101\r\n"
    "s Authority Fast Running Stable V2Dir Valid\r\n"
    "v Tor 0.3.4.1-alpha-dev\r\n"
    "pr Cons=1-2 Desc=1-2 DirCache=1-2 HSDir=1-2 HSIntro=3-4 HSRend=1-2 Link=1-5 LinkAuth=1,3 "
    "Microdesc=1-2 Relay=1-2\r\n"
    "w Bandwidth=20 Unmeasured=1\r\n"
    "p reject 1-65535\r\n"
)
EXIT_MD = (
    "r exit1 AAOAAgAAAAAAAAAAAAAAAAAAAAA 2026-11-22 03:04:05 127.0.0.3 5003 0\n"
    "s Exit Fast Guard Running Valid SomeFutureFlag\n"
    "w Bandwidth=1500\n"
)


def test_real_shaped_entry() -> None:
    (relay,) = parse_ns(MORIA1 + ".\r\n")
    assert relay.fingerprint == "9695DFC35FFEB861329B9F1AB04C46397020CE31"
    assert (relay.nickname, relay.ip, relay.or_port, relay.dir_port) == (
        "moria1",
        "128.31.0.34",
        9101,
        9131,
    )
    assert relay.flag_names == ("Authority", "Fast", "Running", "Stable", "V2Dir", "Valid")
    assert relay.has(Flag.AUTHORITY)
    assert not relay.has(Flag.GUARD)
    assert relay.bandwidth == 20
    assert relay.version == "Tor 0.3.4.1-alpha-dev"
    assert relay.ipv6 == "[2001:db8::34]:9101"
    assert relay.policy_summary == "reject 1-65535"
    assert relay.published == 1527043285  # 2018-05-23 02:41:25 UTC
    assert relay.role == "other"


def test_microdesc_flavour_r_line_and_unknown_flags() -> None:
    (relay,) = parse_ns(EXIT_MD)
    assert relay.fingerprint == fingerprint_from_base64("AAOAAgAAAAAAAAAAAAAAAAAAAAA")
    assert relay.role == "exit"
    assert relay.bandwidth == 1500


def test_bad_entries_are_skipped_and_reported() -> None:
    parser = NsParser(
        "r broken only three\ns Fast\n" + MORIA1 + "r x !!!! 2026-01-01 00:00:00 1.2.3.4 1 0\n"
    )
    relays = parser.next_slice(budget_s=10)
    assert [r.nickname for r in relays] == ["moria1"]
    assert len(parser.errors) == 2
    assert parser.done


def test_slices_add_up_to_the_whole() -> None:
    text = synthetic_ns_all(2000)
    parser = NsParser(text)
    sliced = []
    slices = 0
    while not parser.done:
        sliced.extend(parser.next_slice(budget_s=0.0, check_every=100))
        slices += 1
    assert slices == 20
    assert sliced == parse_ns(text)
    assert sliced[7].fingerprint == synthetic_fingerprint(7)


def test_ns_event_updates_only_its_entries() -> None:
    relays = {r.fingerprint: r for r in parse_ns(synthetic_ns_all(50))}
    moved = synthetic_ns_all(50).split("\nr ")[3]  # the fourth entry, unchanged text
    event = "r " + moved.replace(" 9001 0", " 443 0")
    updated, change = apply_ns_event(relays, event, "NS")
    fp = synthetic_fingerprint(3)
    assert change.changed == {fp}
    assert not change.added
    assert not change.removed
    assert updated[fp].or_port == 443
    assert len(updated) == 50


def test_new_consensus_replaces_and_keeps_details() -> None:
    relays = {r.fingerprint: r for r in parse_ns(synthetic_ns_all(10))}
    relays = with_details(relays, parse_server_descriptors(synthetic_descriptors(10)))
    updated, change = apply_ns_entries(relays, parse_ns(synthetic_ns_all(5)), replace_all=True)
    assert len(updated) == 5
    assert change.removed == {synthetic_fingerprint(i) for i in range(5, 10)}
    assert change.empty is False
    assert updated[synthetic_fingerprint(0)].details is not None


def test_server_descriptor_details() -> None:
    details = parse_server_descriptors(synthetic_descriptors(4))
    first = details[synthetic_fingerprint(0)]
    assert first.family == ("$" + synthetic_fingerprint(1),)
    assert first.exit_policy[-1] == "reject *:*"
    assert first.uptime_s is not None
    assert first.platform.startswith("Tor 0.4.8")
    assert details[synthetic_fingerprint(1)].family == ()


DATA = Path(__file__).parent / "data"


def test_microdescriptor_client_reply_from_real_tor() -> None:
    """ns/all and md/all as tor 0.4.9 with UseMicrodescriptors 1 answered them in a sandbox:
    the r line's digest field is the microdescriptor's SHA-256 cut to 20 bytes."""
    parser = NsParser((DATA / "md_client_ns_all.txt").read_text())
    relays = parser.next_slice(budget_s=10)
    assert len(relays) == 6
    assert all(relay.published == 0 for relay in relays)  # "2038-01-01": not known
    details = dict(
        iter_microdescriptor_details((DATA / "md_client_md_all.txt").read_text(), parser.digests)
    )
    assert set(details) == {relay.fingerprint for relay in relays}


def test_microdescriptor_family_and_policy() -> None:
    block = "onion-key\nntor-onion-key abc\np accept 80,443\nfamily $AA $BB\nid ed25519 x\n"
    full, short = microdescriptor_digests(block)
    (item,) = iter_microdescriptor_details(block, {short: "F" * 40})
    assert item == ("F" * 40, RelayDetails(family=("$AA", "$BB"), exit_policy=("accept 80,443",)))
    (item,) = iter_microdescriptor_details(block.rstrip("\n"), {full: "E" * 40})
    assert item[0] == "E" * 40
