"""TorConnection.get_info_many: thousands of GETINFO keys in a few commands (issue 18), as
strict as every other command (issue 11): a deadline, the wire reader's limits, and a clear
error for an answer that is not one. Real tor for what tor does; the fake port of
tests/fakeport.py only for what a real tor cannot be made to do (stall, garbage)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Mapping, Sequence

import pytest

from onionpanel.core.status import ConnectionPhase
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.errors import KeysRefused, ProtocolBroken, TorStoppedAnswering
from onionpanel.tor.info_many import chunks, get_info_many
from onionpanel.ui.relays.connect import tor_country_lookup
from tests.fakeport import STALL, FakeControlPort, Script, reply_lines
from tests.tor.conftest import StartTor
from tests.tor.test_misbehaving_port_connection import Statuses, connection_to

ADDRESSES = [f"{a}.{b}.{c}.1" for a in (5, 31, 62, 81, 133, 200) for b in range(20) for c in (1, 9)]
UNKNOWN = "bogus/key"  # tor: 552 Unrecognized key "bogus/key"
MALFORMED = "ip-to-country/not-an-address"  # tor: 551 Invalid address family (names no key)


@contextlib.asynccontextmanager
async def connected_to(start_tor: StartTor) -> AsyncIterator[TorConnection]:
    _tor, endpoint = start_tor()
    connection = TorConnection(endpoint, defaults=())
    await connection.connect()
    try:
        yield connection
    finally:
        await connection.close()


async def test_real_tor_answers_a_multi_key_getinfo_with_one_bad_key_by_refusing_all(
    start_tor: StartTor,
) -> None:
    async with connected_to(start_tor) as connection:
        controller = connection._require()  # what one chunk sends, to see tor's own answer
        good = ["ip-to-country/8.8.8.8", "version"]
        answers = await asyncio.to_thread(controller.get_info_keys, good)
        assert answers["ip-to-country/8.8.8.8"] == "us"
        with pytest.raises(KeysRefused) as unknown:
            await asyncio.to_thread(controller.get_info_keys, [*good, UNKNOWN])
        assert (unknown.value.code, unknown.value.reason) == (
            "552",
            f'Unrecognized key "{UNKNOWN}"',
        )
        with pytest.raises(KeysRefused) as malformed:
            await asyncio.to_thread(controller.get_info_keys, [*good, MALFORMED])
        assert malformed.value.code == "551"
        assert "ip-to-country" not in malformed.value.reason  # tor does not say which key
        assert connection.connected  # a refusal is an answer: the connection stays


async def test_get_info_many_against_real_tor_loses_no_key_to_bad_ones(
    start_tor: StartTor,
) -> None:
    async with connected_to(start_tor) as connection:
        keys = [f"ip-to-country/{ip}" for ip in ADDRESSES] * 2  # duplicates asked once
        keys[100:100] = [UNKNOWN, MALFORMED, "ip-to-country/[2001:db8::"]
        answers = await connection.get_info_many(keys)
        assert set(answers.refused) == {UNKNOWN, MALFORMED, "ip-to-country/[2001:db8::"}
        assert answers.refused[UNKNOWN] == f'Unrecognized key "{UNKNOWN}"'
        assert len(answers.values) == len(ADDRESSES)
        for ip in ADDRESSES[::37]:  # the same as asking one by one
            key = f"ip-to-country/{ip}"
            assert answers.values[key] == await connection.get_info(key)

        lookup = tor_country_lookup(connection.get_info, connection.get_info_many)
        countries = await lookup(["8.8.8.8", "81.169.145.1", "not-an-address", "10.0.0.1"])  # type: ignore[misc]
        assert countries == {
            "8.8.8.8": "us",
            "81.169.145.1": "de",
            "not-an-address": "??",
            "10.0.0.1": "??",
        }


def test_keys_go_in_chunks_by_count_and_by_bytes() -> None:
    keys = [f"ip-to-country/10.0.{n // 256}.{n % 256}" for n in range(2500)]
    assert [len(part) for part in chunks(keys, 1000, 1 << 20)] == [1000, 1000, 500]
    by_bytes = list(chunks(keys, 1000, 4096))
    assert all(sum(len(key) + 1 for key in part) <= 4096 for part in by_bytes)
    assert [key for part in by_bytes for key in part] == keys


def test_refusals_that_name_no_key_are_found_by_halving() -> None:
    """tor's 551 names no key: halves are asked until each refused key stands alone."""
    bad = {"k/17", "k/18", "k/400"}
    asked: list[int] = []

    async def ask(part: Sequence[str]) -> Mapping[str, str]:
        asked.append(len(part))
        if bad & set(part):
            raise KeysRefused("GETINFO", "551", "Invalid address family")
        return {key: key.upper() for key in part}

    keys = [f"k/{n}" for n in range(1000)]
    answers = asyncio.run(get_info_many(ask, keys))
    assert set(answers.refused) == bad
    assert answers.values == {key: key.upper() for key in keys if key not in bad}
    assert len(asked) < 70  # not one command per key


def test_a_key_that_could_smuggle_a_command_is_refused_before_anything_is_sent() -> None:
    async def ask(part: Sequence[str]) -> Mapping[str, str]:
        raise AssertionError("nothing may be sent")

    for key in ("version\r\nSIGNAL NEWNYM", "a b", "", "ip-to-country/\x00"):
        with pytest.raises(ValueError, match="not a GETINFO key"):
            asyncio.run(get_info_many(ask, ["version", key]))


async def test_get_info_many_sends_few_commands() -> None:
    with FakeControlPort() as port:  # answers ip-to-country with ?? (fake: counts commands)
        connection = connection_to(port, Statuses())
        await connection.connect()
        try:
            before = len(port.commands)
            keys = [f"ip-to-country/10.{n // 256}.{n % 256}.1" for n in range(2500)]
            answers = await connection.get_info_many(keys)
            assert answers.values == dict.fromkeys(keys, "??")
            assert len(port.commands) - before == 3
        finally:
            await connection.close()


FIRST = "GETINFO ip-to-country/10.0.0.1"
GARBAGE = [
    ("a key that was not asked", reply_lines("250-version=0.4.9.11", "250 OK"), "not asked"),
    ("a key missing", reply_lines("250-ip-to-country/10.0.0.1=de", "250 OK"), "lacks"),
    ("not the control protocol", b"HTTP/1.1 400 Bad Request\r\n\r\n", "not a reply line"),
]


@pytest.mark.parametrize("answer", [g[1] for g in GARBAGE], ids=[g[0] for g in GARBAGE])
async def test_garbage_instead_of_an_answer_ends_the_connection_with_a_reason(
    answer: bytes,
) -> None:
    expected = {g[1]: g[2] for g in GARBAGE}[answer]
    with FakeControlPort(Script(replies={FIRST: answer})) as port:
        statuses = Statuses()
        connection = connection_to(port, statuses)
        await connection.connect()
        try:
            asked = time.monotonic()
            with pytest.raises(ProtocolBroken, match=expected):
                await asyncio.wait_for(
                    connection.get_info_many(["ip-to-country/10.0.0.1", "ip-to-country/10.0.0.2"]),
                    5,
                )
            dropped = await statuses.wait_for(ConnectionPhase.RECONNECTING, asked)
            assert "tor broke the control protocol" in dropped.error
            await statuses.wait_for(ConnectionPhase.CONNECTED, asked)
        finally:
            await connection.close()


async def test_a_stalled_chunk_hits_the_deadline_and_reconnects() -> None:
    stalls = {FIRST: (b"250-ip-to-country/10.0.0.1=de\r\n", STALL)}  # cut mid-reply
    with FakeControlPort(Script(replies=stalls)) as port:
        statuses = Statuses()
        connection = connection_to(port, statuses, deadline=1)
        await connection.connect()
        try:
            asked = time.monotonic()
            with pytest.raises(TorStoppedAnswering, match="within 1 s"):
                await asyncio.wait_for(
                    connection.get_info_many(["ip-to-country/10.0.0.1", "ip-to-country/10.0.0.2"]),
                    5,
                )
            assert time.monotonic() - asked < 4
            await statuses.wait_for(ConnectionPhase.CONNECTED, asked)
        finally:
            await connection.close()
