"""The panel's one link to tor: a QObject service that owns the async I/O (qasync style).

The only ui module that imports the tor layer, the sandbox or the launcher, each lazily,
so the tray is up before stem is imported.

  PasswordPrompt = (endpoint: str, rejected: bool) -> Awaitable[(password, remember) | None]
  TorSession(password_prompt=None, *, sandbox=False, early=None)   a QObject; early: the
                                  tor.handshake.EarlyAttach the first attach() adopts
  |- status_changed(TorStatus), notice(Notice), progress(str), no_tor_found(str)  signals
  |- attached(connection), detached()   signals: a TorConnection the pages may feed from
  |- sandbox_routing(bus, config), sandbox_routing_failed(why)   signals, before attached:
                                  the sandbox's own routing helper (sandbox.routing) is up
  |- status -> TorStatus          the latest value
  |- connection                   the attached TorConnection, or None
  |- apply_status(status)         take a new status from the tor layer (also used by tests)
  |- await attach(endpoint)       connect, authenticate, keep reconnecting; errors become status;
                                  a named endpoint is the only one ever tried; discovery of
                                  tor's usual places only for None
  |- await start_sandbox()        a private network in a temp dir and its own routing helper,
                                  then connect to its client
  |- await start_own_tor()        the user's own tor (launcher.embedded), then connect
  |- await close()                disconnect and stop every tor this session started
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import os
import shutil
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from onionpanel.core.status import ConnectionPhase, ControlEndpoint, Notice, TorStatus
from onionpanel.ui.common.waker import qt_waker
from onionpanel.ui.shell.errors import error_text, is_no_tor
from onionpanel.ui.shell.keyring_store import forget_password, load_password, store_password

PasswordPrompt = Callable[[str, bool], Awaitable[tuple[str, bool] | None]]


class TorSession(QObject):
    status_changed = Signal(object)  # TorStatus
    notice = Signal(object)  # Notice
    progress = Signal(str)  # sandbox / own tor start-up, in tor's or the launcher's words
    no_tor_found = Signal(str)  # why; the app may offer to start a tor of the user's own
    attached = Signal(object)  # TorConnection: it keeps reconnecting until detached
    detached = Signal()
    sandbox_routing = Signal(str, str)  # D-Bus address of the sandbox's helper, its config
    sandbox_routing_failed = Signal(str)  # why the sandbox has no routing helper

    def __init__(
        self,
        password_prompt: PasswordPrompt | None = None,
        *,
        sandbox: bool = False,
        early: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._early = early  # onionpanel.tor.handshake.EarlyAttach, used by the first attach
        self._status = TorStatus()
        self._password_prompt = password_prompt
        self._connection: Any = None
        self._sandbox: Any = None
        self._sandbox_routing: Any = None
        self._sandbox_dir: Path | None = None
        self._own_tor: Any = None
        self._sandbox_mode = sandbox  # every status says "Sandbox — not anonymous"
        self._password_rejected = False
        # EmbeddedTor keyword arguments (data_dir, extra_torrc_lines...); tests keep it offline.
        self.own_tor_options: dict[str, Any] = {}
        self.own_socks_port: int | None = None  # the SocksPort of the tor we started
        self._loop: asyncio.AbstractEventLoop | None = None
        self.deadline = 10.0  # seconds tor may take to answer a command (tests shorten it)

    @property
    def status(self) -> TorStatus:
        return self._status

    @property
    def connection(self) -> Any:
        """The attached onionpanel.tor.connection.TorConnection, or None."""
        return self._connection

    def apply_status(self, status: TorStatus) -> None:
        if self._sandbox_mode and not status.sandbox:
            status = status.with_(sandbox=True)
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)

    def _emit_notice(self, notice: Notice) -> None:
        self.notice.emit(notice)

    def _fail(self, error: BaseException, endpoint: ControlEndpoint | None) -> None:
        self.apply_status(
            self._status.with_(
                phase=ConnectionPhase.DISCONNECTED, endpoint=endpoint, error=error_text(error)
            )
        )

    # -- connecting ------------------------------------------------------------------

    async def attach(self, endpoint: ControlEndpoint | None = None) -> bool:
        """Connect (discovering the endpoint when None) and stay connected. False, with the
        reason in the status, when it failed; ``no_tor_found`` is emitted when nothing
        answered. A rejected password asks again until the person cancels."""
        self.apply_status(
            self._status.with_(phase=ConnectionPhase.CONNECTING, endpoint=endpoint, error="")
        )
        connection_module = importlib.import_module("onionpanel.tor.connection")
        errors = importlib.import_module("onionpanel.tor.errors")
        self._password_rejected = False
        # A named endpoint (the person's, the sandbox's, our own tor's) is the only one ever
        # tried, reconnects too: a window labelled Sandbox never ends up on the machine's tor.
        # Discovery (tor's usual places) only when nothing was named.
        where: dict[str, Any] = {} if endpoint is None else {"defaults": ()}
        while True:
            early, self._early = self._early, None
            connection = connection_module.TorConnection(
                endpoint,
                on_status=self.apply_status,
                on_notice=self._emit_notice,
                password_provider=self._provide_password,
                sandbox=self._sandbox_mode,
                deadline=self.deadline,
                early=early,
                waker=qt_waker,
                **where,
            )
            self._connection = connection
            try:
                await connection.connect()
                self.attached.emit(connection)
                return True
            except errors.PasswordRejected as error:
                await self._forget_password(str(error.endpoint))
                self._password_rejected = True
            except errors.TorError as error:
                self._connection = None
                self._fail(error, endpoint)
                if is_no_tor(error):
                    self.no_tor_found.emit(error_text(error))
                return False

    async def _provide_password(self, endpoint: ControlEndpoint) -> str | None:
        key = str(endpoint)
        loop = asyncio.get_running_loop()
        if not self._password_rejected:
            stored = await loop.run_in_executor(None, load_password, key)
            if stored:
                return stored
        if self._password_prompt is None:
            return None
        answer = await self._password_prompt(key, self._password_rejected)
        if answer is None:
            return None
        password, remember = answer
        if remember:
            await loop.run_in_executor(None, store_password, key, password)
        return password

    async def _forget_password(self, key: str) -> None:
        await asyncio.get_running_loop().run_in_executor(None, forget_password, key)

    # -- tors we start ourselves -----------------------------------------------------

    def _report_progress(self, *parts: object) -> None:
        """Called from the executor thread by the sandbox / launcher."""
        text = " ".join(str(part) for part in parts)
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self.progress.emit, text)

    async def start_sandbox(self) -> bool:
        self._sandbox_mode = True
        self.apply_status(TorStatus(phase=ConnectionPhase.CONNECTING, sandbox=True))
        self._loop = asyncio.get_running_loop()
        sandbox_module = importlib.import_module("onionpanel.sandbox.network")
        self._sandbox_dir = Path(tempfile.mkdtemp(prefix="onionpanel-sandbox-"))
        sandbox = sandbox_module.SandboxNetwork(self._sandbox_dir, owner_pid=os.getpid())
        self._sandbox = sandbox
        try:
            await self._loop.run_in_executor(None, sandbox.start, self._report_progress)
        except Exception as error:  # shown in the window; the sandbox cleans up after itself
            self._fail(error, None)
            return False
        await self._start_sandbox_routing(sandbox, self._sandbox_dir / "routing")
        return await self.attach(sandbox.control_endpoint)

    async def _start_sandbox_routing(self, sandbox: Any, root: Path) -> None:
        routing_module = importlib.import_module("onionpanel.sandbox.routing")
        routing = routing_module.SandboxRouting(
            root,
            trans_port=sandbox.trans_port,
            dns_port=sandbox.dns_port,
            app_socks_port=sandbox.app_socks_port,
        )
        self._sandbox_routing = routing
        try:
            address = await asyncio.get_running_loop().run_in_executor(None, routing.start)
        except Exception as error:  # the sandbox works without it; the Routing menu says why
            self.sandbox_routing_failed.emit(str(error))
            return
        self.sandbox_routing.emit(address, str(routing.config_path))

    async def start_own_tor(self) -> bool:
        self._loop = asyncio.get_running_loop()
        self.apply_status(TorStatus(phase=ConnectionPhase.CONNECTING))
        self.progress.emit(self.tr("Starting a Tor of your own…"))
        embedded = importlib.import_module("onionpanel.launcher.embedded")
        own_tor = embedded.EmbeddedTor(**self.own_tor_options)
        self._own_tor = own_tor
        try:
            info = await self._loop.run_in_executor(None, own_tor.start)
        except Exception as error:  # TorStartError and OSError: shown in the window
            self._fail(error, None)
            return False
        self.own_socks_port = info.socks_port
        return await self.attach(info.endpoint)

    async def close(self) -> None:
        if self._early is not None:  # never attached: its socket must not linger
            self._early.abandon()
            self._early = None
        connection, self._connection = self._connection, None
        if connection is not None:
            self.detached.emit()
            # tor may already be gone; we are quitting anyway
            with contextlib.suppress(Exception):
                await connection.close()
        loop = asyncio.get_running_loop()
        for started in (self._sandbox_routing, self._own_tor, self._sandbox):
            if started is not None:
                await loop.run_in_executor(None, started.stop)
        self._sandbox_routing = self._own_tor = self._sandbox = None
        if self._sandbox_dir is not None:
            shutil.rmtree(self._sandbox_dir, ignore_errors=True)
            self._sandbox_dir = None
