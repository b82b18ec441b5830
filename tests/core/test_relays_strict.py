"""Issue 11, finding 8: the ns/all parser rejects what cannot be true, says where a line was
cut (where it can tell), reports duplicates and an empty reply, and takes bytes or text."""

from __future__ import annotations

from onionpanel.core.relays import NsParser, parse_ns

IDENTITY = "AAAAAAAAAAAAAAAAAAAAAAAAAAA"


def entry(
    port: str = "9001",
    s: str = "s Fast Running Stable Valid",
    w: str = "w Bandwidth=49000",
    identity: str = IDENTITY,
    nickname: str = "relay",
) -> str:
    return f"r {nickname} {identity} {'B' * 27} 2026-12-01 00:00:00 10.0.0.1 {port} 0\n{s}\n{w}\n"


def parsed(text: str | bytes) -> tuple[list[object], list[str]]:
    parser = NsParser(text)
    relays: list[object] = []
    while not parser.done:
        relays.extend(parser.next_slice(budget_s=60))
    getattr(parser, "finish", lambda: None)()  # (absent before issue 11)
    return relays, parser.errors


def test_a_good_entry_parses() -> None:
    relays, errors = parsed(entry())
    assert len(relays) == 1
    assert errors == []


def test_ports_outside_1_to_65535_are_refused() -> None:
    for port in ("99999", "0", "-1"):
        relays, errors = parsed(entry(port=port))
        assert relays == []
        assert "port" in errors[0]


def test_negative_or_garbled_bandwidth_is_refused() -> None:
    for w in ("w Bandwidth=-5", "w Bandwidth=lots", "w Bandwid", "w Bandwidth="):
        relays, errors = parsed(entry(w=w))
        assert relays == [], w
        assert "bandwidth" in errors[0].lower() or "w line" in errors[0], (w, errors)


def test_an_s_line_cut_inside_a_flag_name_is_refused() -> None:
    relays, errors = parsed(entry(s="s Fast Running Sta"))
    assert relays == []
    assert "cut" in errors[0]


def test_duplicates_are_reported_and_one_kept() -> None:
    relays, errors = parsed(entry(nickname="first") + entry(nickname="second"))
    assert len(relays) == 1
    assert any("twice" in error for error in errors)


def test_an_empty_reply_is_reported() -> None:
    for text in ("", "\n", b""):
        _, errors = parsed(text)
        assert errors == ["tor listed no relays"]


def test_bytes_are_read_as_text() -> None:
    relays, errors = parsed(entry().encode())
    assert len(relays) == 1
    assert errors == []
    assert len(parse_ns(entry().encode())) == 1
