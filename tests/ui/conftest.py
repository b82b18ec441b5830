"""Shared values for ui tests: TorStatus values are plain data, so most tests need no tor."""

from __future__ import annotations

from pathlib import Path

import pytest

from onionpanel.core.status import (
    AuthMethod,
    Bootstrap,
    ConnectionPhase,
    ControlEndpoint,
    Notice,
    NoticeKind,
    TorStatus,
    notice_from_event,
)
from tests.conftest import ARTIFACTS

CONNECTED = TorStatus(
    phase=ConnectionPhase.CONNECTED,
    endpoint=ControlEndpoint.tcp("127.0.0.1", 9051),
    auth_method=AuthMethod.SAFECOOKIE,
    version="0.4.9.11",
    version_status="recommended",
    bootstrap=Bootstrap(100, "done", "Done"),
)

BOOTSTRAPPING = CONNECTED.with_(
    bootstrap=Bootstrap(45, "loading_descriptors", "Loading relay descriptors")
)

CLOCK_SKEW = notice_from_event(
    "STATUS_GENERAL", "CLOCK_SKEW", "WARN", {"SKEW": "-3600", "SOURCE": "CONSENSUS"}
)
BOOTSTRAP_PROBLEM = notice_from_event(
    "STATUS_CLIENT",
    "BOOTSTRAP",
    "WARN",
    {
        "PROGRESS": "10",
        "TAG": "conn_done",
        "SUMMARY": "Connected to a relay",
        "WARNING": "Connection refused",
        "REASON": "CONNECTREFUSED",
        "COUNT": "3",
        "RECOMMENDATION": "warn",
    },
)
DANGEROUS_PORT = notice_from_event(
    "STATUS_CLIENT", "DANGEROUS_PORT", "WARN", {"PORT": "23", "RESULT": "REJECT"}
)
DANGEROUS_SOCKS = notice_from_event(
    "STATUS_CLIENT", "DANGEROUS_SOCKS", "WARN", {"PROTOCOL": "SOCKS5", "ADDRESS": "198.51.100.7:80"}
)
DNS_HIJACKED = notice_from_event("STATUS_SERVER", "DNS_HIJACKED", "WARN", {})
OUT_OF_DATE = notice_from_event(
    "STATUS_GENERAL",
    "DANGEROUS_VERSION",
    "WARN",
    {"CURRENT": "0.4.7.1", "REASON": "OBSOLETE", "RECOMMENDED": "0.4.8.16, 0.4.9.11"},
)

NOTICES: list[Notice] = [
    n
    for n in (
        CLOCK_SKEW,
        BOOTSTRAP_PROBLEM,
        DANGEROUS_PORT,
        DANGEROUS_SOCKS,
        DNS_HIJACKED,
        OUT_OF_DATE,
    )
    if n is not None
]
assert len(NOTICES) == 6
assert {n.kind for n in NOTICES} >= {NoticeKind.CLOCK_SKEW, NoticeKind.TOR_OUT_OF_DATE}


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: object) -> None:
    """As the panel runs: English's plural forms installed ("1 circuit", "2 circuits")."""
    from PySide6.QtCore import QCoreApplication

    from onionpanel.ui.shell.language import install_english_plurals

    app = QCoreApplication.instance()
    assert app is not None
    install_english_plurals(app)
