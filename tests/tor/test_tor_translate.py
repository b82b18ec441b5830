"""Raw STATUS_CLIENT / STATUS_GENERAL lines, parsed by stem as tor sends them, into the
bootstrap and notices the status page shows (stem's own fixture style)."""

from __future__ import annotations

import pytest

from onionpanel.core.status import Bootstrap, ConnectionPhase, NoticeKind
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.translate import bootstrap_from_phase, parse_event, status_update

BOOTSTRAP_50 = (
    "650 STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=50 TAG=loading_descriptors "
    'SUMMARY="Loading relay descriptors"'
)
BOOTSTRAP_REFUSED = (
    '650 STATUS_CLIENT WARN BOOTSTRAP PROGRESS=10 TAG=conn_done SUMMARY="Connected to a relay" '
    'WARNING="Connection refused" REASON=CONNECTREFUSED COUNT=3 RECOMMENDATION=warn '
    'HOSTID="4A1FE4E5C5C8F0EBA3E1B1A1D5E5F5A5B5C5D5E5" HOSTADDR="127.0.0.1:5000"'
)
BOOTSTRAP_DONE = '650 STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY="Done"'
CLOCK_SKEW = '650 STATUS_GENERAL WARN CLOCK_SKEW SKEW=-7200 SOURCE="OR:198.51.100.7:9001"'
DANGEROUS_PORT = "650 STATUS_CLIENT WARN DANGEROUS_PORT PORT=23 RESULT=REJECT"
DNS_HIJACKED = "650 STATUS_GENERAL ERR DNS_HIJACKED"
OUT_OF_DATE = (
    "650 STATUS_GENERAL WARN DANGEROUS_VERSION CURRENT=0.4.5.1 REASON=OBSOLETE "
    'RECOMMENDED="0.4.8.12,0.4.9.11"'
)
CIRCUIT_ESTABLISHED = "650 STATUS_CLIENT NOTICE CIRCUIT_ESTABLISHED"
ENOUGH_DIR_INFO = "650 STATUS_CLIENT NOTICE ENOUGH_DIR_INFO"


def test_routine_bootstrap_progress_is_a_bootstrap_not_a_notice() -> None:
    update = status_update(parse_event(BOOTSTRAP_50))
    assert update is not None
    assert update.bootstrap == Bootstrap(50, "loading_descriptors", "Loading relay descriptors")
    assert update.notice is None


def test_bootstrap_problem_keeps_tors_reason() -> None:
    update = status_update(parse_event(BOOTSTRAP_REFUSED))
    assert update is not None
    assert update.notice is not None
    assert update.bootstrap is not None
    assert update.bootstrap.warning == "Connection refused"
    assert update.bootstrap.reason == "CONNECTREFUSED"
    assert update.notice.kind is NoticeKind.BOOTSTRAP_PROBLEM
    assert update.notice.severity == "WARN"
    assert update.notice.arguments["HOSTADDR"] == "127.0.0.1:5000"


@pytest.mark.parametrize(
    ("line", "kind", "severity", "argument"),
    [
        (CLOCK_SKEW, NoticeKind.CLOCK_SKEW, "WARN", ("SKEW", "-7200")),
        (DANGEROUS_PORT, NoticeKind.DANGEROUS_PORT, "WARN", ("PORT", "23")),
        (DNS_HIJACKED, NoticeKind.DNS_HIJACKED, "ERR", None),
        (OUT_OF_DATE, NoticeKind.TOR_OUT_OF_DATE, "WARN", ("CURRENT", "0.4.5.1")),
        (CIRCUIT_ESTABLISHED, NoticeKind.CIRCUIT_ESTABLISHED, "NOTICE", None),
    ],
)
def test_status_events_become_notices(
    line: str, kind: NoticeKind, severity: str, argument: tuple[str, str] | None
) -> None:
    update = status_update(parse_event(line))
    assert update is not None
    assert update.notice is not None
    assert update.bootstrap is None
    assert (update.notice.kind, update.notice.severity) == (kind, severity)
    if argument:
        assert update.notice.arguments[argument[0]] == argument[1]


def test_events_nobody_needs_to_hear_about_are_dropped() -> None:
    assert status_update(parse_event(ENOUGH_DIR_INFO)) is None
    assert status_update(parse_event("650 SIGNAL NEWNYM")) is None


def test_bootstrap_phase_reply() -> None:
    reply = 'NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY="Done"'
    assert bootstrap_from_phase(reply) == Bootstrap(100, "done", "Done")
    assert bootstrap_from_phase("") == Bootstrap()


def test_a_problem_shows_until_tor_gets_past_it() -> None:
    notices = []
    connection = TorConnection("127.0.0.1:1", defaults=(), on_notice=notices.append)

    def feed(*lines: str) -> None:
        updates = [status_update(parse_event(line)) for line in lines]
        connection._on_status_updates([u for u in updates if u is not None])

    feed(BOOTSTRAP_50, BOOTSTRAP_REFUSED)
    assert connection.status.problem is not None
    assert connection.status.problem.kind is NoticeKind.BOOTSTRAP_PROBLEM
    assert connection.status.bootstrap.progress == 10
    feed(CLOCK_SKEW)
    assert connection.status.problem.kind is NoticeKind.CLOCK_SKEW
    feed(BOOTSTRAP_DONE, CIRCUIT_ESTABLISHED)
    assert connection.status.problem.kind is NoticeKind.CLOCK_SKEW  # still skewed
    assert connection.status.bootstrap.done
    assert [n.kind for n in notices] == [
        NoticeKind.BOOTSTRAP_PROBLEM,
        NoticeKind.CLOCK_SKEW,
        NoticeKind.CIRCUIT_ESTABLISHED,
    ]
    assert connection.status.phase is ConnectionPhase.DISCONNECTED


def test_bootstrap_done_clears_a_bootstrap_problem() -> None:
    connection = TorConnection("127.0.0.1:1", defaults=())
    updates = [status_update(parse_event(line)) for line in (BOOTSTRAP_REFUSED, BOOTSTRAP_DONE)]
    connection._on_status_updates([u for u in updates if u is not None])
    assert connection.status.problem is None
