"""Authenticating to a control port the way its PROTOCOLINFO says.

Preference: NULL (tor asks nothing), SAFECOOKIE, COOKIE, HASHEDPASSWORD. A password comes
from a provider the ui gives (a dialog, the keyring) and is used once: never stored here.

  PasswordProvider = (endpoint) -> str | None | Awaitable[str | None]   None: the user declined
  auth_plan(offered) -> list[AuthMethod]            methods to try, best first
  offered_methods(protocolinfo) -> list[str]        tor's names, for messages
  authenticate(controller, endpoint, method, cookie_path, password) -> None   blocking
  cookie_unreadable(endpoint, path, detail) -> CookieUnreadable   who owns the cookie
  await negotiate(run, controller, endpoint, password_provider) -> AuthMethod   the whole
      exchange; ``run`` runs each blocking step on the connection's worker
  mark_authenticated(controller)   a controller on a socket tor.handshake authenticated
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import stem
import stem.connection
import stem.control
import stem.response

from onionpanel.core.status import AuthMethod, ControlEndpoint
from onionpanel.core.text import printable
from onionpanel.tor.errors import (
    AuthenticationFailed,
    CookieUnreadable,
    NotTor,
    NoUsableAuthMethod,
    PasswordRejected,
    PasswordRequired,
    ProtocolBroken,
)
from onionpanel.tor.permissions import blocking_access, user_name

PasswordProvider = Callable[[ControlEndpoint], "str | Awaitable[str | None] | None"]

_STEM_METHODS: dict[Any, AuthMethod] = {
    stem.connection.AuthMethod.NONE: AuthMethod.NONE,
    stem.connection.AuthMethod.SAFECOOKIE: AuthMethod.SAFECOOKIE,
    stem.connection.AuthMethod.COOKIE: AuthMethod.COOKIE,
    stem.connection.AuthMethod.PASSWORD: AuthMethod.PASSWORD,
}
_PREFERENCE = (AuthMethod.NONE, AuthMethod.SAFECOOKIE, AuthMethod.COOKIE, AuthMethod.PASSWORD)


def auth_plan(protocolinfo: Any) -> list[AuthMethod]:
    """The methods PROTOCOLINFO offers that we support, best first."""
    offered = {_STEM_METHODS[m] for m in protocolinfo.auth_methods if m in _STEM_METHODS}
    return [method for method in _PREFERENCE if method in offered]


def offered_methods(protocolinfo: Any) -> list[str]:
    names = [str(method) for method in protocolinfo.auth_methods]
    return names + [str(name) for name in getattr(protocolinfo, "unknown_auth_methods", ())]


def read_protocolinfo(controller: Any, endpoint: ControlEndpoint) -> tuple[Any, list[AuthMethod]]:
    """PROTOCOLINFO and the plan drawn from it (blocking). Anything but a PROTOCOLINFO reply
    means the endpoint is not tor: NotTor. (stem's get_protocolinfo would reconnect and ask
    again, doubling the wait on a port that never answers.)"""
    try:
        protocolinfo = controller.msg("PROTOCOLINFO 1")
        stem.response.convert("PROTOCOLINFO", protocolinfo)
    except ProtocolBroken as error:
        raise NotTor(
            endpoint, error.detail.removeprefix("tor broke the control protocol ")
        ) from error
    except stem.ProtocolError as error:
        raise NotTor(endpoint, printable(str(error), 120)) from error
    plan = auth_plan(protocolinfo)
    if not plan:
        raise NoUsableAuthMethod(endpoint, offered_methods(protocolinfo))
    return protocolinfo, plan


def authenticate(
    controller: Any,
    endpoint: ControlEndpoint,
    method: AuthMethod,
    cookie_path: str | None,
    password: str | None = None,
) -> None:
    """One authentication attempt with ``method`` (blocking). Raises AuthenticationFailed."""
    try:
        if method is AuthMethod.NONE:
            stem.connection.authenticate_none(controller, suppress_ctl_errors=False)
        elif method is AuthMethod.PASSWORD:
            if password is None:
                raise PasswordRequired(endpoint)
            stem.connection.authenticate_password(controller, password, suppress_ctl_errors=False)
        else:
            _authenticate_cookie(controller, endpoint, method, cookie_path)
        mark_authenticated(controller)
    except (stem.connection.PasswordAuthRejected, stem.connection.IncorrectPassword) as error:
        raise PasswordRejected(endpoint) from error
    except stem.connection.AuthenticationFailure as error:
        raise AuthenticationFailed(endpoint, str(error) or type(error).__name__) from error
    except stem.ControllerError as error:
        raise AuthenticationFailed(endpoint, str(error) or type(error).__name__) from error


def mark_authenticated(controller: Any) -> None:
    """stem.connection.authenticate() marks the controller authenticated; its per-method
    functions (and tor.handshake) leave that to us. Controller's own hook is skipped on
    purpose: for a tor we launched it would also rewrite that tor's owner option, and the
    panel changes no tor option, ever."""
    stem.control.BaseController._post_authentication(controller)


def _authenticate_cookie(
    controller: Any, endpoint: ControlEndpoint, method: AuthMethod, cookie_path: str | None
) -> None:
    if not cookie_path:
        raise AuthenticationFailed(endpoint, "tor did not say where its cookie file is")
    try:
        with open(cookie_path, "rb"):
            pass
    except OSError as error:
        raise cookie_unreadable(endpoint, cookie_path, error.strerror or str(error)) from error
    if method is AuthMethod.SAFECOOKIE:
        stem.connection.authenticate_safecookie(controller, cookie_path, suppress_ctl_errors=False)
    else:
        stem.connection.authenticate_cookie(controller, cookie_path, suppress_ctl_errors=False)


def cookie_unreadable(endpoint: ControlEndpoint, path: str, detail: str) -> CookieUnreadable:
    access = blocking_access(Path(path))
    group = access.group if access is not None and access.group_helps else ""
    return CookieUnreadable(endpoint, path, group, user_name(), detail, access)


async def negotiate(
    run: Callable[..., Awaitable[Any]],
    controller: Any,
    endpoint: ControlEndpoint,
    password_provider: PasswordProvider | None,
) -> AuthMethod:
    """PROTOCOLINFO, then each method of the plan until one works."""
    protocolinfo, plan = await run(read_protocolinfo, controller, endpoint)
    methods: list[AuthMethod] = plan
    cookie_error: CookieUnreadable | None = None
    for method in methods:
        password = None
        if method is AuthMethod.PASSWORD:
            password = await _ask_password(password_provider, endpoint)
            if password is None:
                raise cookie_error or PasswordRequired(endpoint)
        try:
            await run(
                authenticate, controller, endpoint, method, protocolinfo.cookie_path, password
            )
            return method
        except CookieUnreadable as error:
            cookie_error = error  # maybe tor also takes a password: try that next
    assert cookie_error is not None
    raise cookie_error


async def _ask_password(provider: PasswordProvider | None, endpoint: ControlEndpoint) -> str | None:
    if provider is None:
        return None
    answer = provider(endpoint)
    if inspect.isawaitable(answer):
        answer = await answer
    return answer
