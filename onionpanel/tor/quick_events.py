"""The events tor sends most often, read without stem when they are plainly formed.

  QUICK_TYPES                          STREAM, STREAM_BW, CIRC_BW
  quick_event(line, arrived_at) -> QuickEvent | None   the event's one line (no "650 ");
                                       None: anything unusual, stem parses it (and says what
                                       is wrong with it)
  QuickEvent                           the attributes onionpanel.tor.translate reads from
                                       stem's event of that type, with the same values

A request through tor brings about seven of these; stem's parser (regular expressions from
the end of the line, enum checks, timestamps) costs several times what splitting on spaces
does. Only lines without quotes, with exactly the words tor's spec gives, valid ids, ports
and numbers take this path, so stem's verdict on a malformed one is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

QUICK_TYPES = frozenset({"STREAM", "STREAM_BW", "CIRC_BW"})


@dataclass
class QuickEvent:
    type: str
    id: str
    arrived_at: float
    keyword_args: dict[str, str] = field(default_factory=dict)
    status: str | None = None
    circ_id: str | None = None
    target: str | None = None
    purpose: str | None = None
    reason: str | None = None
    remote_reason: str | None = None
    read: int = 0
    written: int = 0


def _valid_id(text: str) -> bool:
    return 0 < len(text) <= 16 and text.isalnum() and text.isascii()


def _valid_address(text: str | None) -> bool:
    """``address:port`` with a port stem accepts (0-65535)."""
    if text is None:
        return True
    _address, colon, port = text.rpartition(":")
    return bool(colon) and port.isdigit() and port.isascii() and int(port) <= 65535


def _split(line: str) -> tuple[list[str], dict[str, str]] | None:
    """Positional words, then KEY=VALUE words; None if the line is not that plain."""
    if '"' in line or "  " in line or line != line.strip():
        return None
    words = line.split(" ")
    positional: list[str] = []
    keywords: dict[str, str] = {}
    for word in words:
        key, equals, value = word.partition("=")
        if equals:
            if not key or key in keywords:
                return None
            keywords[key] = value
        elif keywords:  # a positional word after a keyword: stem reads these differently
            return None
        else:
            positional.append(word)
    return positional, keywords


def quick_event(line: str, arrived_at: float) -> QuickEvent | None:
    parts = _split(line)
    if parts is None:
        return None
    positional, keywords = parts
    kind = positional[0] if positional else ""
    if kind == "STREAM" and len(positional) == 5:
        return _stream(positional, keywords, arrived_at)
    if kind == "STREAM_BW" and len(positional) in (4, 5):
        return _stream_bw(positional, keywords, arrived_at)
    if kind == "CIRC_BW" and len(positional) == 1:
        return _circ_bw(keywords, arrived_at)
    return None


def _stream(positional: list[str], keywords: dict[str, str], at: float) -> QuickEvent | None:
    _, stream_id, status, circ_id, target = positional
    if not (_valid_id(stream_id) and _valid_address(target)):
        return None
    if not _valid_address(keywords.get("SOURCE_ADDR")):
        return None
    if circ_id != "0" and not _valid_id(circ_id):
        return None
    return QuickEvent(
        type="STREAM",
        id=stream_id,
        arrived_at=at,
        keyword_args=keywords,
        status=status,
        circ_id=None if circ_id == "0" else circ_id,
        target=target,
        purpose=keywords.get("PURPOSE"),
        reason=keywords.get("REASON"),
        remote_reason=keywords.get("REMOTE_REASON"),
    )


def _stream_bw(positional: list[str], keywords: dict[str, str], at: float) -> QuickEvent | None:
    stream_id, written, read = positional[1:4]
    if not (_valid_id(stream_id) and _digits(written) and _digits(read)):
        return None
    if len(positional) == 5 and not _timestamp(positional[4]):
        return None
    return QuickEvent("STREAM_BW", stream_id, at, keywords, read=int(read), written=int(written))


def _circ_bw(keywords: dict[str, str], at: float) -> QuickEvent | None:
    circuit_id, read, written = (keywords.get(k, "") for k in ("ID", "READ", "WRITTEN"))
    if not (_valid_id(circuit_id) and _digits(read) and _digits(written)):
        return None
    for key in ("DELIVERED_READ", "DELIVERED_WRITTEN", "OVERHEAD_READ", "OVERHEAD_WRITTEN"):
        if key in keywords and not _digits(keywords[key]):
            return None
    if "TIME" in keywords and not _timestamp(keywords["TIME"]):
        return None
    return QuickEvent("CIRC_BW", circuit_id, at, keywords, read=int(read), written=int(written))


def _digits(text: str) -> bool:
    return text.isdigit() and text.isascii()


def _timestamp(text: str) -> bool:
    """tor's ISOTime2Frac, as stem accepts it: ``2026-12-02T10:41:43.036839``."""
    date, t, clock = text.partition("T")
    return (
        bool(t)
        and len(date) == 10
        and date[4] == date[7] == "-"
        and (date[:4] + date[5:7] + date[8:]).isdigit()
        and len(clock) in (8, 15)
        and clock[2] == clock[5] == ":"
        and (clock[:2] + clock[3:5] + clock[6:8]).isdigit()
        and (len(clock) == 8 or (clock[8] == "." and clock[9:].isdigit()))
    )
