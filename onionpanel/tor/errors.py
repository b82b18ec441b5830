# ruff: noqa: N818  (the names say what happened; "Error" is in the base, TorError)
"""Everything that can go wrong between the panel and tor, as data.

Each error carries the facts (paths, groups, endpoints) as attributes so the ui can phrase
it in the user's language; ``str()`` gives an English sentence for the command line.

  TorError                    base of every error raised by onionpanel.tor
  |- EndpointSyntaxError      a --control value we cannot parse
  |- NoControlPort            no candidate endpoint answered; .attempts: [Attempt(endpoint,
  |                           reason, group, user)], group set when a socket's group bars us
  |- NotConnected             a command was sent while there is no connection
  |  +- ConnectionLost         the control connection closed under us; .detail
  |     |- TorStoppedAnswering  a command got no reply within its deadline
  |     +- ProtocolBroken       what came back is not tor's control protocol (the
  |                             connection was ended on purpose); .detail says what
  |- NotTor                   the endpoint answers, but not in tor's control protocol
  |- CommandFailed            tor refused or failed a command
  |  +- KeysRefused            tor refused a GETINFO of several keys (and answered none);
  |                           .code ("552"), .reason (tor's words)
  +- AuthenticationFailed     tor refused us
     |- CookieUnreadable      the cookie file exists but we may not read it; .path, .group
     |- PasswordRequired      tor wants a password and none was given
     |- PasswordRejected      tor wants a password and this one is wrong
     +- NoUsableAuthMethod    tor offers no method we support
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from onionpanel.core.status import ControlEndpoint
from onionpanel.tor.permissions import Access, join_group_advice, owner_only_advice


class TorError(Exception):
    """Base of every error raised by onionpanel.tor."""


class EndpointSyntaxError(TorError):
    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(
            f"cannot use {text!r} as a control endpoint: {reason} "
            "(expected HOST:PORT, for example 127.0.0.1:9051, or unix:/run/tor/control)"
        )


@dataclass(frozen=True)
class Attempt:
    """One endpoint that discovery tried, and why it did not work. ``group``: for a socket
    we may not open, the group that may (empty otherwise); ``user``: who we are."""

    endpoint: ControlEndpoint
    reason: str
    group: str = ""
    user: str = ""


class NoControlPort(TorError):
    def __init__(self, attempts: Sequence[Attempt]) -> None:
        self.attempts = tuple(attempts)
        tried = "; ".join(f"{a.endpoint} ({a.reason})" for a in self.attempts)
        advice = next(
            (
                f" {a.endpoint} belongs to the group '{a.group}'. "
                + join_group_advice(a.group, a.user)
                for a in self.attempts
                if a.group
            ),
            "",
        )
        super().__init__(f"no tor control port answered; tried {tried}.{advice}")


class NotConnected(TorError):
    def __init__(self) -> None:
        super().__init__("not connected to tor")


class ConnectionLost(NotConnected):
    def __init__(self, detail: str = "") -> None:
        TorError.__init__(
            self, "the connection to tor was lost" + (f": {detail}" if detail else "")
        )
        self.detail = detail


class TorStoppedAnswering(ConnectionLost):
    def __init__(self, detail: str) -> None:
        TorError.__init__(self, detail)
        self.detail = detail


class ProtocolBroken(ConnectionLost):
    def __init__(self, detail: str) -> None:
        TorError.__init__(self, detail)
        self.detail = detail


class NotTor(TorError):
    def __init__(self, endpoint: ControlEndpoint, detail: str) -> None:
        self.endpoint = endpoint
        self.detail = detail
        super().__init__(f"{endpoint} does not speak Tor's control protocol ({detail})")


class CommandFailed(TorError):
    def __init__(self, command: str, reason: str) -> None:
        self.command = command
        self.reason = reason
        super().__init__(f"tor refused {command}: {reason}")


class KeysRefused(CommandFailed):
    def __init__(self, command: str, code: str, reason: str) -> None:
        self.code = code
        super().__init__(command, reason)


class AuthenticationFailed(TorError):
    def __init__(self, endpoint: ControlEndpoint, reason: str, message: str = "") -> None:
        self.endpoint = endpoint
        self.reason = reason
        super().__init__(message or f"tor at {endpoint} refused authentication: {reason}")


class CookieUnreadable(AuthenticationFailed):
    """We may not read tor's authentication cookie.

    ``group`` is the group whose members may read it (owning the file, or the directory
    that hides it), empty when joining a group would not help (the file is not group
    readable, or its group is root's). ``access`` says what stops us: owner, group and mode
    of the file or directory (None if nothing does: the file is missing). ``user``: who we
    run as.
    """

    def __init__(
        self,
        endpoint: ControlEndpoint,
        path: str,
        group: str,
        user: str,
        detail: str,
        access: Access | None = None,
    ) -> None:
        self.path = path
        self.group = group
        self.user = user
        self.detail = detail
        self.access = access
        super().__init__(endpoint, detail, _cookie_advice(path, group, user, detail, access))


def _cookie_advice(path: str, group: str, user: str, detail: str, access: Access | None) -> str:
    first = f"cannot read tor's authentication cookie {path} ({detail})"
    if not group and access is not None:
        return f"{first}: {owner_only_advice(access)}"
    if not group and not Path(path).exists() and access is None:
        return f"{first}: tor names a cookie file that does not exist; is that tor still running?"
    if not group:
        return (
            f"{first}. Ask the owner of that tor to make its cookie readable by a group "
            "you are in, then log out and in again."
        )
    return (
        f"cannot read tor's authentication cookie {path} ({detail}); it belongs to the "
        f"group '{group}'. {join_group_advice(group, user)}"
    )


class PasswordRequired(AuthenticationFailed):
    def __init__(self, endpoint: ControlEndpoint) -> None:
        super().__init__(endpoint, "tor wants a control password and none was given")


class PasswordRejected(AuthenticationFailed):
    def __init__(self, endpoint: ControlEndpoint) -> None:
        super().__init__(endpoint, "wrong control password")


class NoUsableAuthMethod(AuthenticationFailed):
    def __init__(self, endpoint: ControlEndpoint, offered: Sequence[str]) -> None:
        self.offered = tuple(offered)
        super().__init__(
            endpoint, f"tor offers only {', '.join(offered) or 'nothing'}, which we cannot use"
        )
