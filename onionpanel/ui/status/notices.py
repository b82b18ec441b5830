"""Sentences a person can read, made from the tor layer's typed values.

notice_text(notice) -> str            one Notice as a translated sentence
notice_is_warning(notice) -> bool     whether to show it with a warning icon
phase_text(status) -> str             "Connected", "Bootstrapping 45 %: Loading ..."
auth_text(method) -> str              "Cookie file", "Password", ...
version_text(status) -> str           "0.4.9.11 (recommended)"
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject

from onionpanel.core.status import AuthMethod, ConnectionPhase, Notice, NoticeKind, TorStatus
from onionpanel.core.text import printable
from onionpanel.ui.common.reasons import circuit_reason, connection_reason
from onionpanel.ui.common.words import plural

translate = QCoreApplication.translate


class Notices(QObject):
    """The "Notices" context for sentences with a count: lupdate marks a plural only in tr()."""


def _clock_skew(args: Mapping[str, str]) -> str:
    try:
        skew = int(args.get("SKEW", "0"))
    except ValueError:
        skew = 0
    source = _source_text(args.get("SOURCE", ""))
    # control-spec: "if we're an hour in the past, the value is -3600"
    # Notices.tr: lupdate marks a plural only in a tr() call; PySide's stubs type tr for
    # instances, hence the ignores.
    if skew < 0:
        text = Notices.tr(
            "Your clock is %n second(s) behind {source}. Tor needs a correct clock.",  # type: ignore[arg-type]
            "",
            abs(skew),  # type: ignore[arg-type]
        )
    else:
        text = Notices.tr(
            "Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.",  # type: ignore[arg-type]
            "",
            abs(skew),  # type: ignore[arg-type]
        )
    return text.format(source=source)


def _source_text(source: str) -> str:
    # tor says e.g. "OR:198.51.100.7:9001", "DIRSERV:1.2.3.4:80" or "CONSENSUS".
    kind, _, where = source.partition(":")
    if kind == "CONSENSUS":
        return translate("Notices", "the network consensus")
    if kind == "OR" and where:
        return translate("Notices", "the relay at {address}").format(address=where)
    if kind == "DIRSERV" and where:
        return translate("Notices", "the directory server at {address}").format(address=where)
    return translate("Notices", "the Tor network")


def _bootstrap_problem(args: Mapping[str, str]) -> str:
    """tor's WARNING is often its REASON again ("DONE", "DONE"): the reason in words, and the
    warning only when it adds words of its own."""
    reason = args.get("REASON", "")
    warning = args.get("WARNING", "").strip()
    words = connection_reason(reason)
    if warning and warning.upper() != reason.upper() and not warning.isupper():
        text = translate("Notices", "Tor has trouble connecting: {reason} ({warning}).")
        return text.format(reason=words, warning=warning)
    return translate("Notices", "Tor has trouble connecting: {reason}.").format(reason=words)


def _dangerous_port(args: Mapping[str, str]) -> str:
    if args.get("RESULT") == "REJECT":
        text = translate(
            "Notices",
            "An application connected to port {port}, which usually carries unencrypted "
            "passwords. Tor refused the connection.",
        )
    else:
        text = translate(
            "Notices",
            "An application connected to port {port}, which usually carries unencrypted "
            "passwords. Tor allowed the connection.",
        )
    return text.format(port=args.get("PORT", "?"))


def _dangerous_socks(args: Mapping[str, str]) -> str:
    text = translate(
        "Notices",
        "An application gave Tor only an IP address ({address}) over {protocol}, so it "
        "probably looked up the name outside Tor (a DNS leak).",
    )
    return text.format(address=args.get("ADDRESS", "?"), protocol=args.get("PROTOCOL", "SOCKS"))


def _not_established_reason(reason: str) -> str:
    # control-spec: EXTERNAL_ADDRESS, DIR_ALL_UNREACHABLE, CLOCK_JUMPED
    words = {
        "EXTERNAL_ADDRESS": translate("Notices", "this computer's address changed"),
        "DIR_ALL_UNREACHABLE": translate("Notices", "no directory server can be reached"),
        "CLOCK_JUMPED": translate("Notices", "the clock jumped"),
    }
    return (
        words.get(reason.upper())
        or circuit_reason(reason)
        or translate("Notices", "no reason given")
    )


def _task_failure_sentences() -> dict[str, str]:
    """One whole sentence per task of the live pages (LivePages.task_failed's key)."""
    # lupdate reads only literals: the translator comment is repeated in each call.
    return {
        "circuits": translate(
            "Notices",
            "Could not load the circuit list: {problem} The panel tries again when it reconnects.",
            "{problem}: Tor's or the connection's error message, a sentence in English",
        ),
        "log": translate(
            "Notices",
            "Could not load Tor's log: {problem} The panel tries again when it reconnects.",
            "{problem}: Tor's or the connection's error message, a sentence in English",
        ),
        "config": translate(
            "Notices",
            "Could not read Tor's configuration: {problem} "
            "The panel tries again when it reconnects.",
            "{problem}: Tor's or the connection's error message, a sentence in English",
        ),
        "relays": translate(
            "Notices",
            "Could not load the relay list: {problem} The panel tries again when it reconnects.",
            "{problem}: Tor's or the connection's error message, a sentence in English",
        ),
        "action": translate(
            "Notices",
            "A background task of the panel failed: {problem} "
            "The panel tries again when it reconnects.",
            "{problem}: Tor's or the connection's error message, a sentence in English",
        ),
    }


def _task_failed(args: Mapping[str, str]) -> str:
    problem = _sentence(args.get("problem", "?"))
    if args.get("task") == "relay_problems":
        try:
            count = int(args.get("count", "0"))
        except ValueError:
            count = 0
        text = Notices.tr(
            "Could not use all of Tor's relay list, %n problem(s): {problems} "  # type: ignore[arg-type]
            "The panel tries again when it reconnects.",
            "{problems}: up to three of Tor's error messages in English, separated by semicolons",  # type: ignore[arg-type]
            count,  # type: ignore[arg-type]
        )
        return plural(text, count).format(problems=problem)
    sentences = _task_failure_sentences()
    return sentences.get(args.get("task", ""), sentences["action"]).format(problem=problem)


_SENTENCES: Mapping[NoticeKind, Callable[[Mapping[str, str]], str]] = {
    NoticeKind.CLOCK_SKEW: _clock_skew,
    NoticeKind.BOOTSTRAP_PROBLEM: _bootstrap_problem,
    NoticeKind.DANGEROUS_PORT: _dangerous_port,
    NoticeKind.DANGEROUS_SOCKS: _dangerous_socks,
    NoticeKind.SOCKS_UNKNOWN_PROTOCOL: lambda a: translate(
        "Notices", "An application spoke an unknown protocol to Tor's SOCKS port."
    ),
    NoticeKind.SOCKS_BAD_HOSTNAME: lambda a: translate(
        "Notices", "An application asked Tor for an invalid host name: {hostname}."
    ).format(hostname=a.get("HOSTNAME", "?")),
    NoticeKind.DNS_HIJACKED: lambda a: translate(
        "Notices",
        "Your DNS provider answers with fake addresses (DNS hijacking). "
        "This relay should not be an exit.",
    ),
    NoticeKind.DNS_USELESS: lambda a: translate(
        "Notices", "Your DNS provider fails every lookup, so exit traffic cannot be resolved."
    ),
    NoticeKind.TOR_OUT_OF_DATE: lambda a: translate(
        "Notices", "This Tor ({current}) is out of date; the network recommends: {recommended}."
    ).format(current=a.get("CURRENT", "?"), recommended=a.get("RECOMMENDED", "?")),
    NoticeKind.DANGEROUS_VERSION: lambda a: translate(
        "Notices", "The Tor network calls this Tor version ({current}) dangerous."
    ).format(current=a.get("CURRENT", "?")),
    NoticeKind.TOO_MANY_CONNECTIONS: lambda a: translate(
        "Notices", "Tor has too many open connections ({count})."
    ).format(count=a.get("CURRENT", "?")),
    NoticeKind.ROUTING_PORT_MISSING: lambda a: translate(
        "Notices",
        "The routing config declares a port Tor does not listen on, so that mode or profile "
        "cannot work until Tor's configuration or the routing config is fixed: {problem}",
    ).format(problem=a.get("problem", "")),
    NoticeKind.CONNECTION_DROPPED: lambda a: translate(
        "Notices",
        "Reconnecting to Tor: {reason}",
        "{reason}: why the connection to Tor's control port was lost, a sentence in English",
    ).format(reason=_sentence(a.get("reason", "?"))),
    NoticeKind.PANEL_TASK_FAILED: _task_failed,
    NoticeKind.BUG: lambda a: translate("Notices", "Tor hit an internal bug: {reason}").format(
        reason=a.get("REASON", "?")
    ),
    NoticeKind.CIRCUIT_ESTABLISHED: lambda a: translate("Notices", "Tor can build circuits again."),
    NoticeKind.CIRCUIT_NOT_ESTABLISHED: lambda a: translate(
        "Notices", "Tor cannot build circuits right now ({reason})."
    ).format(reason=_not_established_reason(a.get("REASON", ""))),
}


def _sentence(text: str) -> str:
    text = printable(text.strip(), 300)
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def notice_text(notice: Notice) -> str:
    sentence = _SENTENCES.get(notice.kind)
    if sentence is None:
        return translate("Notices", "Tor reported {kind}.").format(kind=notice.kind.value)
    return sentence(notice.arguments)


def notice_is_warning(notice: Notice) -> bool:
    return notice.is_problem or notice.kind in (
        NoticeKind.ROUTING_PORT_MISSING,
        NoticeKind.PANEL_TASK_FAILED,
        NoticeKind.CONNECTION_DROPPED,
        NoticeKind.DNS_HIJACKED,
        NoticeKind.DANGEROUS_SOCKS,
        NoticeKind.TOR_OUT_OF_DATE,
    )


def phase_text(status: TorStatus) -> str:
    phase = status.phase
    if phase is ConnectionPhase.DISCONNECTED:
        return translate("Notices", "Not connected")
    if phase is ConnectionPhase.CONNECTING:
        return translate("Notices", "Connecting to Tor…")
    if phase is ConnectionPhase.AUTHENTICATING:
        return translate("Notices", "Authenticating…")
    if phase is ConnectionPhase.RECONNECTING:
        return translate("Notices", "Reconnecting…")
    boot = status.bootstrap
    if boot.done:
        return translate("Notices", "Connected")
    summary = boot.summary or translate("Notices", "starting")
    return translate("Notices", "Bootstrapping {percent} %: {summary}").format(
        percent=boot.progress, summary=summary
    )


def auth_text(method: AuthMethod | None) -> str:
    names = {
        AuthMethod.NONE: translate("Notices", "None (open control port)"),
        AuthMethod.COOKIE: translate("Notices", "Cookie file"),
        AuthMethod.SAFECOOKIE: translate("Notices", "Safe cookie"),
        AuthMethod.PASSWORD: translate("Notices", "Password"),
    }
    return (
        names.get(method, translate("Notices", "—"))
        if method is not None
        else translate("Notices", "—")
    )


def version_text(status: TorStatus) -> str:
    if not status.version:
        return translate("Notices", "—")
    verdicts = {
        "recommended": translate("Notices", "recommended"),
        "obsolete": translate("Notices", "obsolete, please update"),
        "unrecommended": translate("Notices", "not recommended, please update"),
        "old": translate("Notices", "old"),
        "new": translate("Notices", "newer than recommended"),
        "new in series": translate("Notices", "newer than recommended"),
        # tor's "unknown": no consensus it has lists recommended versions yet
        "unknown": translate(
            "Notices", "not rated yet: tor has no consensus listing recommended versions"
        ),
        "": translate("Notices", "not rated yet: tor has not said whether it is recommended"),
    }
    verdict = verdicts.get(status.version_status, status.version_status)
    return translate("Notices", "{version} ({verdict})").format(
        version=status.version, verdict=verdict
    )
