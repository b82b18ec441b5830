"""tor.quick_events: the frequent events read without stem give exactly what stem's do, and
anything unusual is left to stem."""

from __future__ import annotations

import pytest
from stem.response import ControlMessage

from bench.tor_lines import peers_request, synthetic_lines
from onionpanel.tor.guarded import _parsed
from onionpanel.tor.quick_events import QUICK_TYPES, quick_event
from onionpanel.tor.translate import translate

AT = 1_795_300_000.0


def stem_event(line: str) -> object:
    message = ControlMessage.from_str(f"650 {line}\r\n", arrived_at=AT)
    return _parsed(message, line.split(" ", 1)[0])


def lines() -> list[str]:
    recorded = [raw[4:] for n in range(10) for raw in peers_request(n).decode().splitlines()]
    made = [line[4:] for line, _ in synthetic_lines(3000, seed=5)]
    return [line for line in recorded + made if line.split(" ", 1)[0] in QUICK_TYPES]


def test_every_frequent_event_reads_as_stem_reads_it() -> None:
    quick = 0
    for line in lines():
        event = quick_event(line, AT)
        if event is None:
            assert '"' in line, line  # only quoted values are left to stem here
            continue
        quick += 1
        assert translate(event) == translate(stem_event(line)), line
    assert quick > 1000


@pytest.mark.parametrize(
    "line",
    [
        "STREAM 1 NEW",  # no target
        "STREAM 1 NEW 0 example.com",  # no port
        "STREAM 1 NEW 0 example.com:99999",
        "STREAM 1 NEW 0 example.com:443 SOURCE_ADDR=127.0.0.1",
        "STREAM 1 NEW 0 example.com:443 extra",
        "STREAM 1 NEW 0 example.com:443 PURPOSE=USER stray",
        "STREAM  1 NEW 0 example.com:443",
        'STREAM 1 NEW 0 example.com:443 SOCKS_USERNAME="a b"',
        "STREAM_BW 7 x 5",
        "STREAM_BW 7 5",
        "STREAM_BW 7 5 6 yesterday",
        "STREAM_BW 7 5 6 2026-12-02T10:41:43.0368",
        "CIRC_BW ID=3 READ=1",
        "CIRC_BW ID=3 READ=1 WRITTEN=w",
        "CIRC_BW ID=3 READ=1 WRITTEN=2 OVERHEAD_READ=-4",
        "CIRC_BW ID=toolongtobeacircuitid READ=1 WRITTEN=2",
        "CIRC_BW 3 READ=1 WRITTEN=2",
    ],
)
def test_anything_unusual_is_left_to_stem(line: str) -> None:
    assert quick_event(line, AT) is None
