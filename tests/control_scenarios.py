"""The misbehaving control ports of issue 11, as a table of named cases for tests/fakeport.py.

Each Scenario says which finding of the issue it covers, what the port does, and what the
command line must do about it: its exit code and a phrase of its one line. The panel runs
the same table (tests/ui/test_misbehaving_tor.py).

  SCENARIOS: tuple[Scenario, ...]     at least one per finding
  by_name(name) -> Scenario
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from tests.fakeport import HANG_UP, PROTOCOLINFO, STALL, Script, reply_lines

A, B = "A" * 40, "B" * 40
GOOD_CIRC = f"650 CIRC 7 BUILT ${A}~alpha,${B}~beta PURPOSE=GENERAL"
TEN_MB = 10 * 1024 * 1024
REAL_LINES = (
    "\na [2001:db8::1]:9001\nv Tor 0.4.9.11\n"
    "pr Conflux=1 Cons=1-2 Desc=1-2 DirCache=2 FlowCtrl=1-2 HSDir=2 HSIntro=4-5 HSRend=1-2 "
    "Link=1-5 LinkAuth=1,3 Microdesc=1-2 Padding=2 Relay=1-4\n"
    "p accept 20-23,43,53,79-81,88,110,143,194,220,389,443,464,531,543-544,554,563,636,706,749"
)


@dataclass(frozen=True)
class Scenario:
    name: str
    finding: int  # the numbered finding of issue 11
    about: str
    script: Script = field(default_factory=Script)
    command: str = "status"  # what the command-line run does: status or newnym
    exit: int = 0
    says: str = ""  # part of the one line it prints (stderr on failure, stdout otherwise)
    events_survive: bool = False  # a good CIRC event after the bad ones must still arrive
    panel_says: str = ""  # the panel's wording, where it differs from the command line's
    panel_notice: str = ""  # part of a notice the panel's status page must show

    @property
    def panel_connects(self) -> bool:
        """The panel sends no NEWNYM of its own: the newnym cases connect like a good tor."""
        return self.exit == 0 or self.command == "newnym"


def _events(*lines: str | bytes) -> Script:
    return Script(after_setevents=reply_lines(*lines, GOOD_CIRC))


def _answer(command: str, *parts: bytes | str) -> Script:
    return Script(replies={command: parts if len(parts) > 1 else parts[0]})


def _ns(text: str) -> Script:
    return Script(info={"ns/all": text})


def _relay(
    name: str, digit: str, port: str = "9001", w: str = "w Bandwidth=49000", n: int = 0
) -> str:
    identity = "A" * 26 + digit if not n else base64.b64encode(n.to_bytes(20, "big")).decode()[:27]
    return (
        f"r {name} {identity} {'B' * 27} 2026-12-01 00:00:00 10.{n >> 16 & 255}.{n >> 8 & 255}"
        f".{n & 255} {port} 0\n"
        f"s Fast Running Stable Valid\n{w}"
    )


STOPPED = "tor stopped answering"
BROKE = "tor broke the control protocol"
NOT_TOR = "does not speak Tor's control protocol"

SCENARIOS: tuple[Scenario, ...] = (
    # 1. malformed events: skipped, delivery goes on
    Scenario(
        "circ-empty-hop",
        1,
        "a CIRC path with an empty hop (IndexError in stem)",
        _events(f"650 CIRC 5 BUILT ${A}~n,,${B}~m"),
        events_survive=True,
    ),
    Scenario(
        "hs-desc-short",
        1,
        "HS_DESC with one word (TypeError in stem)",
        _events("650 HS_DESC x"),
        events_survive=True,
    ),
    Scenario(
        "orconn-bare", 1, "ORCONN with nothing after it", _events("650 ORCONN"), events_survive=True
    ),
    Scenario(
        "guard-bare", 1, "GUARD with nothing after it", _events("650 GUARD"), events_survive=True
    ),
    Scenario(
        "stream-no-target",
        1,
        "STREAM without a target",
        _events("650 STREAM 1 NEW"),
        events_survive=True,
    ),
    Scenario(
        "bw-words", 1, "BW with words for numbers", _events("650 BW x y"), events_survive=True
    ),
    Scenario(
        "malformed-flood",
        1,
        "2,000 malformed events, logged once",
        _events(*[f"650 CIRC {n} BUILT ${A}~n,,${B}~m" for n in range(2000)]),
        events_survive=True,
    ),
    # 3. a port that stops answering: every command has a deadline
    Scenario(
        "silent-from-the-start",
        3,
        "accepts, then never answers PROTOCOLINFO",
        _answer("PROTOCOLINFO", STALL),
        exit=1,
        says=STOPPED,
    ),
    Scenario(
        "silent-at-authenticate",
        3,
        "answers PROTOCOLINFO, not AUTHENTICATE",
        _answer("AUTHENTICATE", STALL),
        exit=1,
        says=STOPPED,
    ),
    Scenario(
        "silent-after-auth",
        3,
        "authenticates, then silence",
        _answer("SETEVENTS", STALL),
        exit=1,
        says=STOPPED,
    ),
    Scenario(
        "silent-on-version",
        3,
        "never answers GETINFO version",
        _answer("GETINFO version", STALL),
        exit=1,
        says=STOPPED,
    ),
    Scenario(
        "truncated-multiline",
        3,
        "circuit-status cut off before its end",
        _answer("GETINFO circuit-status", b"250+circuit-status=\r\n1 BUILT", STALL),
        exit=1,
        says=STOPPED,
    ),
    Scenario(
        "unterminated-data-event",
        3,
        "a 650+ event whose data never ends",
        Script(after_setevents=b"650+NS\r\nr relay x y\r\n"),
        exit=1,
        says=STOPPED,
    ),
    Scenario(
        "missing-crlf",
        3,
        "the last line of a reply has no CRLF",
        _answer("GETINFO version", b"250-version=0.4.9.11\r\n250 OK", STALL),
        exit=1,
        says=STOPPED,
    ),
    Scenario(
        "silent-on-newnym",
        3,
        "never answers SIGNAL NEWNYM",
        _answer("SIGNAL NEWNYM", STALL),
        command="newnym",
        exit=1,
        says=STOPPED,
    ),
    # 5. protocol violations end the connection, with the reason
    Scenario(
        "code-letters",
        5,
        "a reply code of letters",
        _answer("GETINFO version", b"abc OK\r\n"),
        exit=1,
        says=BROKE,
    ),
    Scenario(
        "code-999",
        5,
        "reply code 999",
        _answer("GETINFO version", b"999 OK\r\n"),
        exit=1,
        says=BROKE,
    ),
    Scenario(
        "code-nul",
        5,
        "NUL bytes in the reply code",
        _answer("GETINFO version", b"2\x0050 OK\r\n"),
        exit=1,
        says=BROKE,
    ),
    Scenario(
        "stray-reply",
        5,
        "two replies to AUTHENTICATE: every later reply out of step",
        _answer("AUTHENTICATE", b"250 OK\r\n250 OK\r\n"),
        exit=1,
        says="nobody asked for",
    ),
    Scenario(
        "version-empty",
        5,
        "an empty version",
        _answer("GETINFO version", b"250-version=\r\n250 OK\r\n"),
        exit=1,
        says="GETINFO version",
    ),
    Scenario(
        "version-escape-codes",
        7,
        "terminal escape codes in the version",
        _answer("GETINFO version", b"250-version=\x1b[2J\x1b[31mred\r\n250 OK\r\n"),
        exit=1,
        says="\\x1b[2J",
    ),
    Scenario(
        "hang-up-mid-reply",
        5,
        "closes the connection in the middle of a reply",
        _answer("GETINFO version", b"250-version=0.4.9.11\r\n", HANG_UP),
        exit=1,
        says="connection",
    ),
    Scenario(
        "hang-up-after-auth",
        5,
        "closes the connection right after authenticating",
        _answer("SETEVENTS", HANG_UP),
        exit=1,
        says="connection",
    ),
    # 4. oversized replies
    Scenario(
        "huge-single-line",
        4,
        "a 10 MB one-line answer to GETINFO version",
        _answer("GETINFO version", b"250-version=" + b"9" * TEN_MB + b"\r\n250 OK\r\n"),
        exit=1,
        says="larger than",
    ),
    Scenario(
        "huge-event",
        4,
        "a 10 MB STATUS_CLIENT event",
        Script(after_setevents=b"650 STATUS_CLIENT NOTICE " + b"X" * TEN_MB + b"\r\n"),
        exit=1,
        says="larger than",
    ),
    Scenario(
        "large-ns-all",
        4,
        "a legitimate 5 MB ns/all: 10,000 relays with every line tor sends (the panel loads it)",
        _ns("\n".join(_relay(f"r{n}", "", n=n) + REAL_LINES for n in range(1, 10_001))),
    ),
    # 7. messages that are true
    Scenario(
        "web-server",
        7,
        "an HTTP server: answers PROTOCOLINFO with HTTP",
        _answer("PROTOCOLINFO", b"HTTP/1.1 400 Bad Request\r\n\r\n", HANG_UP),
        exit=1,
        says=NOT_TOR,
    ),
    Scenario(
        "ssh-banner",
        7,
        "an SSH server greets first",
        Script(greeting=b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"),
        exit=1,
        says=NOT_TOR,
    ),
    Scenario(
        "protocolinfo-binary",
        7,
        "PROTOCOLINFO full of NUL, 0xFF and escape codes",
        _answer("PROTOCOLINFO", b"250-\x00\xff\x1b[2J garbage\r\n250 OK\r\n"),
        exit=1,
        says=NOT_TOR,
    ),
    Scenario(
        "newnym-absurd-delay",
        7,
        "a NEWNYM rate limit of 10^26 s",
        _answer(
            "SIGNAL NEWNYM",
            reply_lines(
                "250 OK",
                "650 SIGNAL NEWNYM",
                "650 NOTICE Rate limiting NEWNYM request: delaying by "
                "100000000000000000000000000 second(s)",
            ),
        ),
        command="newnym",
        says="nonsense",
    ),
    Scenario(
        "auth-unknown-method",
        7,
        "offers only an auth method nobody knows",
        _answer(
            "PROTOCOLINFO",
            reply_lines(
                "250-PROTOCOLINFO 1", "250-AUTH METHODS=FOO", '250-VERSION Tor="0.4.9.11"', "250 OK"
            ),
        ),
        exit=1,
        says="offers only",
        panel_says="offers no way to log in",
    ),
    Scenario(
        "cookie-missing",
        7,
        "a cookie file that does not exist",
        _answer(
            "PROTOCOLINFO",
            reply_lines(
                "250-PROTOCOLINFO 1",
                '250-AUTH METHODS=COOKIE,SAFECOOKIE COOKIEFILE="/nonexistent/op11/cookie"',
                '250-VERSION Tor="0.4.9.11"',
                "250 OK",
            ),
        ),
        exit=1,
        says="/nonexistent/op11/cookie",
    ),
    # 8. relay lists the parser must not take at face value (the panel shows them)
    Scenario("ns-all-empty", 8, "an empty ns/all", _ns(""), panel_notice="tor listed no relays"),
    Scenario(
        "ns-all-cut-w-line",
        8,
        "a relay whose w line is cut",
        _ns(_relay("cut", "A", w="w Bandwid")),
        panel_notice="w line without a bandwidth",
    ),
    Scenario(
        "ns-all-bad-port",
        8,
        "a relay on port 99999",
        _ns(_relay("wide", "A", port="99999")),
        panel_notice="port 99999 is not between 1 and 65535",
    ),
    Scenario(
        "ns-all-duplicates",
        8,
        "the same relay twice",
        _ns(_relay("twin", "A") + "\n" + _relay("twin", "A")),
        panel_notice="listed twice",
    ),
    # 6. a task started from a slot fails: the status page says so
    Scenario(
        "ns-all-refused",
        6,
        "tor refuses GETINFO ns/all",
        _answer("GETINFO ns/all", b'552 Unrecognized key "ns/all"\r\n'),
        panel_notice="Could not load the relay list",
    ),
    Scenario(
        "plain-tor",
        0,
        "a well-behaved port, for comparison",
        Script(after_setevents=reply_lines(GOOD_CIRC)),
        events_survive=True,
    ),
)


def by_name(name: str) -> Scenario:
    return next(s for s in SCENARIOS if s.name == name)


assert len({s.name for s in SCENARIOS}) == len(SCENARIOS)
assert PROTOCOLINFO  # the default every scenario starts from
