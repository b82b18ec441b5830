"""GETINFO for thousands of keys in a few commands, losing none to a key tor refuses.

For a tor whose GeoIP files cannot be read here (another machine or container), the relay
map asks ``ip-to-country/<address>`` for every relay: one command per key costs a round
trip each (8,000 keys: ~0.6 s through stem), one command with many keys ~56 ms.

  InfoAnswers                   values {key: answer}; refused {key: tor's reason}
  await get_info_many(ask, keys, max_keys=MAX_KEYS, max_bytes=MAX_BYTES) -> InfoAnswers
                                ask(chunk) -> {key: value} is one GETINFO on the connection
                                (GuardedController.get_info_keys, with its deadline and
                                the strict reader's size limits); raises KeysRefused
  check_key(key)                ValueError unless the key is one word of printable ASCII
  chunks(keys, max_keys, max_bytes) -> iterator of [key]   keys split into commands
  refused_key(reason, keys) -> str | None        the key tor's refusal names, if it names one

How tor answers a GETINFO with one bad key among good ones (tor 0.4.9, checked in
tests/tor/test_info_many.py): it answers none of them, only the error. An unknown key gets
``552 Unrecognized key "bogus/key"``, naming it; a malformed address in ip-to-country gets
``551 Invalid address family``, naming nothing. So a named key is set aside and the rest
asked again; otherwise the chunk is halved until the refused keys stand alone. Any other
failure (tor gone, a stall, garbage) is raised: a partial answer is never passed off as whole.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from onionpanel.tor.errors import KeysRefused

MAX_KEYS = 1000  # ip-to-country: ~30 KB per command, ~40 KB per answer
MAX_BYTES = 32 << 10  # one command line; tor reads far longer ones, but keep each small
_KEY = re.compile(r"[!-~]+")  # printable ASCII without spaces: no second command inside
_KEYS = re.compile(r"[!-~]+(?: [!-~]+)*")
_NAMED = re.compile(r'"([^"]+)"')

Ask = Callable[[Sequence[str]], Awaitable[Mapping[str, str]]]


@dataclass(frozen=True)
class InfoAnswers:
    values: dict[str, str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)  # key -> what tor said


def check_key(key: str) -> None:
    if not _KEY.fullmatch(key):
        raise ValueError(f"not a GETINFO key: {key!r}")


def chunks(keys: Iterable[str], max_keys: int, max_bytes: int) -> Iterator[list[str]]:
    """One command's keys at a time (made as they are sent: 8k keys at once would hold the
    loop for several ms)."""
    part: list[str] = []
    size = 0
    for key in keys:
        if part and (len(part) >= max_keys or size + len(key) + 1 > max_bytes):
            yield part
            part, size = [], 0
        part.append(key)
        size += len(key) + 1
    if part:
        yield part


def refused_key(reason: str, keys: Sequence[str]) -> str | None:
    for quoted in _NAMED.findall(reason):
        if quoted in keys:
            return str(quoted)
    return None


async def get_info_many(
    ask: Ask, keys: Iterable[str], max_keys: int = MAX_KEYS, max_bytes: int = MAX_BYTES
) -> InfoAnswers:
    """Every key is checked before anything is sent (ValueError)."""
    wanted = list(dict.fromkeys(keys))
    joined = " ".join(wanted)  # one pass over them all (~0.3 ms for 8k keys)
    if joined.count(" ") != len(wanted) - 1 or not _KEYS.fullmatch(joined):
        for key in wanted:
            check_key(key)
    answers = InfoAnswers()
    for part in chunks(wanted, max_keys, max_bytes):
        await _ask_all(ask, part, answers)
    return answers


async def _ask_all(ask: Ask, keys: list[str], answers: InfoAnswers) -> None:
    pending = [keys]
    while pending:
        part = pending.pop()
        try:
            answers.values.update(await ask(part))
            continue
        except KeysRefused as error:
            reason = error.reason
        named = refused_key(reason, part)
        if named is not None:
            answers.refused[named] = reason
            rest = [key for key in part if key != named]
            if rest:
                pending.append(rest)
        elif len(part) == 1:
            answers.refused[part[0]] = reason
        else:  # tor did not say which: halve it until the refused keys stand alone
            half = len(part) // 2
            pending += [part[half:], part[:half]]
