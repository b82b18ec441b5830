"""Tor-layer errors as sentences for a person. The tor layer raises typed errors carrying
facts (path, group, attempts...); the words, and their translations, live here.

  error_text(error) -> str      what went wrong and what to do, in the user's language
  is_no_tor(error) -> bool      nothing answers: offer to start a tor of the user's own
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _is(error: BaseException, name: str) -> bool:
    # By class name, so this module needs no import of the tor layer (and stem) at startup.
    return any(cls.__name__ == name for cls in type(error).__mro__)


def is_no_tor(error: BaseException) -> bool:
    return _is(error, "NoControlPort") or isinstance(
        error, ConnectionRefusedError | FileNotFoundError
    )


def _cookie_unreadable(error: BaseException) -> str:
    path = getattr(error, "path", "")
    group = getattr(error, "group", "")
    user = getattr(error, "user", "") or "$USER"
    detail = getattr(error, "detail", "")
    first = translate(
        "Errors", "OnionPanel cannot read Tor's authentication cookie {path} ({detail})."
    ).format(path=path, detail=detail)
    access = getattr(error, "access", None)
    if not group and access is not None:
        return first + "\n\n" + _owner_only(access)
    if not group:
        return (
            first
            + "\n\n"
            + translate(
                "Errors",
                "Ask the owner of that Tor to make its cookie readable by a group you are in, "
                "then log out and back in.",
                "cookie: Tor's authentication cookie file",
            )
        )
    return (
        first
        + "\n\n"
        + translate(
            "Errors",
            "The file belongs to the group “{group}”. Join that group: "
            "sudo usermod -aG {group} {user}, then log out and back in. "
            'On NixOS, add users.users.{user}.extraGroups = [ "{group}" ]; '
            "to your configuration and run nixos-rebuild switch.",
        ).format(group=group, user=user)
    )


def _owner_only(access: Any) -> str:
    facts = {"owner": access.owner, "group": access.group, "mode": f"{access.mode:04o}"}
    if access.is_directory:
        return translate(
            "Errors",
            "The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} "
            "may open it; joining a group would not help. Have Tor make its cookie readable by "
            "its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian's tor does for the "
            "group debian-tor), or use Tor's control socket with ControlSocketsGroupWritable 1 "
            "(on NixOS: services.tor.controlSocket.enable = true;).",
            "{path}: the folder that holds Tor's cookie file; {owner}, {group}: a user and a "
            "group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS "
            "option names as they are.",
        ).format(path=access.path, **facts)
    return translate(
        "Errors",
        "The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open "
        "it; joining a group would not help. Have Tor make its cookie readable by its group "
        "(CookieAuthFileGroupReadable 1 in its torrc, as Debian's tor does for the group "
        "debian-tor), or use Tor's control socket with ControlSocketsGroupWritable 1 "
        "(on NixOS: services.tor.controlSocket.enable = true;).",
        "{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep "
        "the torrc and NixOS option names as they are.",
    ).format(**facts)


def _no_control_port(error: BaseException) -> str:
    attempts = getattr(error, "attempts", ())
    tried = "\n".join(
        translate("Errors", "• {endpoint}: {reason}").format(
            endpoint=attempt.endpoint, reason=attempt.reason
        )
        for attempt in attempts
    )
    return translate("Errors", "No Tor control port answers. Tried:\n{tried}").format(
        tried=tried or translate("Errors", "(nothing)")
    )


def error_text(error: BaseException) -> str:
    endpoint = str(getattr(error, "endpoint", ""))
    if _is(error, "CookieUnreadable"):
        return _cookie_unreadable(error)
    if _is(error, "PasswordRejected"):
        return translate("Errors", "The Tor at {endpoint} rejected the password.").format(
            endpoint=endpoint
        )
    if _is(error, "PasswordRequired"):
        return translate(
            "Errors", "The Tor at {endpoint} needs a control password, and none was given."
        ).format(endpoint=endpoint)
    if _is(error, "NoUsableAuthMethod"):
        return translate(
            "Errors",
            "The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).",
        ).format(endpoint=endpoint, offered=", ".join(getattr(error, "offered", ())))
    if _is(error, "NoControlPort"):
        return _no_control_port(error)
    if _is(error, "NotTor"):
        return translate(
            "Errors",
            "{endpoint} does not speak Tor's control protocol ({detail}).",
            "{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it "
            "answered instead, untranslated",
        ).format(endpoint=endpoint, detail=getattr(error, "detail", ""))
    if _is(error, "TorStartError"):
        return translate("Errors", "Tor did not start: {detail}").format(detail=error)
    if _is(error, "SandboxError"):
        return translate("Errors", "The sandbox network did not start: {detail}").format(
            detail=error
        )
    return str(error) or type(error).__name__
