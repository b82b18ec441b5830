"""Each way tor lets a controller in, against real tors: SAFECOOKIE, COOKIE, a hashed
password (right, wrong, declined), no authentication, and a cookie we may not read."""

from __future__ import annotations

import asyncio
import grp
import json
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import stem.control
import stem.response.authchallenge
import stem.response.events
import stem.response.getinfo
import stem.response.protocolinfo

from onionpanel.core.status import AuthMethod, ConnectionPhase, ControlEndpoint
from onionpanel.launcher.process import TorProcess, find_tor_binary
from onionpanel.tor.auth import authenticate, read_protocolinfo
from onionpanel.tor.connection import TorConnection
from onionpanel.tor.discovery import open_endpoint
from onionpanel.tor.errors import (
    PasswordRejected,
    PasswordRequired,
    TorError,
)

StartTor = Callable[..., tuple[TorProcess, ControlEndpoint]]  # the start_tor fixture
NOBODY = 65534


def hashed(password: str) -> str:
    output = subprocess.run(
        [find_tor_binary(), "--quiet", "--hash-password", password],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return output.strip().splitlines()[-1]


async def test_cookie_tor_is_entered_with_safecookie(start_tor: StartTor) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    connection = TorConnection(endpoint, defaults=())
    try:
        status = await connection.connect()
        assert status.phase is ConnectionPhase.CONNECTED
        assert status.auth_method is AuthMethod.SAFECOOKIE
        assert status.endpoint == endpoint
        assert status.version.startswith("0.")
        assert await connection.get_info("version") == status.version
    finally:
        await connection.close()
    assert connection.status.phase is ConnectionPhase.DISCONNECTED


def test_plain_cookie_method_works_too(start_tor: StartTor) -> None:
    _, endpoint = start_tor("CookieAuthentication 1")
    controller = stem.control.Controller(open_endpoint(endpoint))
    try:
        protocolinfo, plan = read_protocolinfo(controller, endpoint)
        assert plan == [AuthMethod.SAFECOOKIE, AuthMethod.COOKIE]
        authenticate(controller, endpoint, AuthMethod.COOKIE, protocolinfo.cookie_path)
        assert controller.get_info("version")
    finally:
        controller.close()


async def test_no_authentication_tor(start_tor: StartTor) -> None:
    _, endpoint = start_tor()  # ControlPort without any authentication option
    connection = TorConnection(endpoint, defaults=())
    try:
        assert (await connection.connect()).auth_method is AuthMethod.NONE
    finally:
        await connection.close()


async def test_right_password_from_a_sync_and_an_async_provider(start_tor: StartTor) -> None:
    _, endpoint = start_tor(f"HashedControlPassword {hashed('right horse')}")
    asked: list[ControlEndpoint] = []

    def from_keyring(where: ControlEndpoint) -> str:
        asked.append(where)
        return "right horse"

    async def from_dialog(where: ControlEndpoint) -> str:
        await asyncio.sleep(0)
        return "right horse"

    for provider in (from_keyring, from_dialog):
        connection = TorConnection(endpoint, defaults=(), password_provider=provider)
        try:
            assert (await connection.connect()).auth_method is AuthMethod.PASSWORD
        finally:
            await connection.close()
    assert asked == [endpoint]


async def test_wrong_password_is_rejected_and_reported(start_tor: StartTor) -> None:
    _, endpoint = start_tor(f"HashedControlPassword {hashed('right horse')}")
    connection = TorConnection(endpoint, defaults=(), password_provider=lambda _: "wrong")
    with pytest.raises(PasswordRejected) as caught:
        await connection.connect()
    assert caught.value.endpoint == endpoint
    assert connection.last_error is caught.value
    assert connection.status.phase is ConnectionPhase.DISCONNECTED
    assert (
        connection.status.error
        == f"tor at {endpoint} refused authentication: wrong control password"
    )


async def test_declined_password_prompt(start_tor: StartTor) -> None:
    _, endpoint = start_tor(f"HashedControlPassword {hashed('right horse')}")
    connection = TorConnection(endpoint, defaults=(), password_provider=lambda _: None)
    with pytest.raises(PasswordRequired):
        await connection.connect()
    with pytest.raises(PasswordRequired):
        await TorConnection(endpoint, defaults=()).connect()  # no provider at all


# --- a cookie we may not read ----------------------------------------------------------------
# As root every file is readable, so the check runs in a forked child that has become the
# unprivileged user "nobody" (uid 65534, no groups); everything it needs is imported already.


def connect_as_nobody(endpoint: ControlEndpoint) -> dict[str, str]:
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(reader)
        try:
            os.setgroups([])
            os.setresgid(NOBODY, NOBODY, NOBODY)
            os.setresuid(NOBODY, NOBODY, NOBODY)
            try:
                asyncio.run(TorConnection(endpoint, defaults=()).connect())
                result = {"type": "connected"}
            except TorError as error:
                result = {"type": type(error).__name__, "message": str(error)}
                result.update({k: str(v) for k, v in vars(error).items() if k != "endpoint"})
            os.write(writer, json.dumps(result).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        text = pipe.read()
    os.waitpid(child, 0)
    return dict(json.loads(text))


def wait_for_file(path: Path, within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} did not appear"
        time.sleep(0.02)


def a_group() -> grp.struct_group:
    for name in ("debian-tor", "tor", "adm", "nogroup"):
        try:
            return grp.getgrnam(name)
        except KeyError:
            continue
    pytest.skip("no suitable group on this system")


def advice(path: Path, group: str) -> str:
    return (
        f"cannot read tor's authentication cookie {path} (Permission denied); it belongs to the "
        f"group '{group}'. Join that group: sudo usermod -aG {group} nobody "
        "then log out and in again. On NixOS add "
        f'users.users.nobody.extraGroups = [ "{group}" ]; to your configuration '
        "(services.tor.controlSocket.enable = true; gives /run/tor/control) "
        "and run nixos-rebuild switch."
    )


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to switch to another user")
def test_unreadable_cookie_names_file_group_and_remedy(
    start_tor: StartTor, short_dir: Path
) -> None:
    group = a_group()
    cookie_dir = short_dir / "cookie"
    cookie_dir.mkdir(mode=0o755)
    cookie = cookie_dir / "control.authcookie"
    _, endpoint = start_tor("CookieAuthentication 1", f"CookieAuthFile {cookie}")
    wait_for_file(cookie)  # tor may open its port a moment before it writes the cookie
    os.chown(cookie, 0, group.gr_gid)  # as a system tor leaves it: owner tor, group readable
    cookie.chmod(0o640)
    short_dir.chmod(0o755)

    result = connect_as_nobody(endpoint)

    assert result["type"] == "CookieUnreadable"
    assert (result["path"], result["group"], result["user"]) == (
        str(cookie),
        group.gr_name,
        "nobody",
    )
    assert result["message"] == advice(cookie, group.gr_name)
    assert "chmod" not in result["message"]


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to switch to another user")
def test_cookie_in_a_closed_directory_names_the_directorys_group(
    start_tor: StartTor, short_dir: Path
) -> None:
    group = a_group()
    run_tor = short_dir / "run-tor"  # like /run/tor: drwxr-s--- debian-tor debian-tor
    run_tor.mkdir(mode=0o700)
    cookie = run_tor / "control.authcookie"
    _, endpoint = start_tor("CookieAuthentication 1", f"CookieAuthFile {cookie}")
    wait_for_file(cookie)  # tor may open its port a moment before it writes the cookie
    os.chown(run_tor, 0, group.gr_gid)
    run_tor.chmod(0o750)
    short_dir.chmod(0o755)

    result = connect_as_nobody(endpoint)

    assert result["type"] == "CookieUnreadable"
    assert (result["path"], result["group"]) == (str(cookie), group.gr_name)
    assert result["message"] == advice(cookie, group.gr_name)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to switch to another user")
def test_control_socket_we_may_not_open_names_its_group(
    start_tor: StartTor, short_dir: Path
) -> None:
    group = a_group()
    socket_dir = short_dir / "run"  # like Debian's /run/tor/control: srw-rw---- debian-tor
    socket_dir.mkdir(mode=0o700)
    path = socket_dir / "control"
    start_tor(f"ControlSocket {path}", "ControlSocketsGroupWritable 1", "CookieAuthentication 1")
    os.chown(path, 0, group.gr_gid)
    path.chmod(0o660)
    socket_dir.chmod(0o755)
    short_dir.chmod(0o755)

    result = connect_as_nobody(ControlEndpoint.unix(str(path)))

    assert result["type"] == "NoControlPort"
    join = advice(path, group.gr_name).split(". ", 1)[1]  # "Join that group: ..."
    assert result["message"] == (
        f"no tor control port answered; tried unix:{path} (permission denied). "
        f"unix:{path} belongs to the group '{group.gr_name}'. {join}"
    )


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to switch to another user")
def test_a_cookie_only_its_owner_may_read_never_gets_join_root_advice(
    start_tor: StartTor, short_dir: Path
) -> None:
    # issue 11, finding 7: root:root 0600 is not group-readable; joining root is no remedy
    cookie_dir = short_dir / "cookie"
    cookie_dir.mkdir(mode=0o755)
    cookie = cookie_dir / "control.authcookie"
    _, endpoint = start_tor("CookieAuthentication 1", f"CookieAuthFile {cookie}")
    wait_for_file(cookie)  # tor may open its port a moment before it writes the cookie
    os.chown(cookie, 0, 0)
    cookie.chmod(0o600)
    short_dir.chmod(0o755)

    result = connect_as_nobody(endpoint)

    assert result["type"] == "CookieUnreadable"
    message = result["message"]
    assert "usermod" not in message
    assert "'root'" not in message
    assert f"{cookie} is owned by root:root with mode 0600, so only root may read it" in message
    assert "CookieAuthFileGroupReadable 1" in message
    assert "ControlSocketsGroupWritable 1" in message
