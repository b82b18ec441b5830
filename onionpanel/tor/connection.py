"""A live, authenticated, self-healing connection to tor's control port, for asyncio.

No Qt here: it runs on qasync's loop in the panel and on a plain asyncio loop in the CLI.
Every blocking stem call runs on ONE worker thread, in submission order; events come back
only through onionpanel.tor.bridge. Every call has a deadline (``deadline``, 10 s): a tor that
stops answering, breaks the protocol or whose event thread dies is dropped and, unless
close() was called, reconnected; the status says why. close() never waits for tor.

  TorConnection(control=None, *, on_status, on_notice, password_provider, defaults, sandbox,
                deadline=10.0)
  |- status -> TorStatus                  the latest status (also sent to on_status on change)
  |- last_error -> TorError | None        why the last attempt failed, for the ui to phrase
  |- await connect(*, retry=False)        discovery + auth; raises TorError (retry: wait for a tor)
  |- await close()                        disconnect; no reconnect; connect() may be called again
  |- add_event_handler(types, handler, translate=None) -> remove()   handler(batch) on the loop
  |- await get_info(key) -> str
  |- await signal_newnym() -> float       0.0, or the seconds tor delays it (rate limit)
  |- await close_circuit(id), await close_stream(id)
  |- await circuit_count() -> int         circuits in state BUILT
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import math
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

import stem
import stem.control

from onionpanel.core.status import (
    AuthMethod,
    ConnectionPhase,
    ControlEndpoint,
    Notice,
    NoticeKind,
    TorStatus,
)
from onionpanel.core.text import plausible_seconds, printable
from onionpanel.tor.auth import PasswordProvider, authenticate, read_protocolinfo
from onionpanel.tor.discovery import DEFAULT_ENDPOINTS, candidate_endpoints, find_endpoint
from onionpanel.tor.errors import (
    AuthenticationFailed,
    CommandFailed,
    ConnectionLost,
    CookieUnreadable,
    NotConnected,
    NoUsableAuthMethod,
    PasswordRejected,
    PasswordRequired,
    ProtocolBroken,
    TorError,
    TorStoppedAnswering,
)
from onionpanel.tor.events import EventHandler, EventRouter, Translate
from onionpanel.tor.guarded import DEFAULT_DEADLINE, GuardedController
from onionpanel.tor.translate import (
    STATUS_EVENTS,
    StatusUpdate,
    bootstrap_from_phase,
    status_update,
)
from onionpanel.tor.worker import StemWorker

log = logging.getLogger(__name__)
R = TypeVar("R")

FIRST_BACKOFF = 0.05
MAX_BACKOFF = 1.0  # tor back on its port -> connected again within about this much
NEWNYM_ANSWER_TIMEOUT = 2.0
NEWNYM_NOTICE_GRACE = 0.15  # after tor's SIGNAL event, how long a rate-limit notice may lag
_GIVE_UP = (PasswordRejected, PasswordRequired, CookieUnreadable, NoUsableAuthMethod)
_RATE_LIMITED = re.compile(r"Rate limiting NEWNYM request: delaying by (\S+) second")
WATCH_EVERY = 0.25  # how often the watchdog looks at stem's threads (finding: within 1 s)
MAX_BACKLOG = 50_000  # events stem read but could not hand on yet (about 50 s at 1,000/s)
CLOSE_WAIT = 1.0  # close() waits this long at most for stem to let go of the socket
_EXTRA = 2.0  # the loop's own deadline, past the controller's: for calls outside msg()


def _stem_call(function: Callable[..., R], *args: Any) -> R:
    """Runs on the worker thread; stem's exceptions leave it as TorErrors."""
    try:
        return function(*args)
    except TorError:
        raise
    except stem.SocketError as error:
        raise ConnectionLost(str(error)) from error
    except stem.ControllerError as error:
        name = getattr(function, "__name__", "command")
        raise CommandFailed(name, str(error) or type(error).__name__) from error


class TorConnection:
    def __init__(
        self,
        control: ControlEndpoint | str | None = None,
        *,
        on_status: Callable[[TorStatus], None] | None = None,
        on_notice: Callable[[Notice], None] | None = None,
        password_provider: PasswordProvider | None = None,
        defaults: Sequence[ControlEndpoint] = DEFAULT_ENDPOINTS,
        sandbox: bool = False,
        max_backoff: float = MAX_BACKOFF,
        deadline: float = DEFAULT_DEADLINE,
    ) -> None:
        """``control`` is the user's --control value; a bad one raises EndpointSyntaxError now."""
        self._candidates = candidate_endpoints(control, defaults)
        self._on_status = on_status
        self._on_notice = on_notice
        self._password_provider = password_provider
        self._max_backoff = max_backoff
        self._sandbox = sandbox
        self._deadline = deadline
        self._status = TorStatus(sandbox=sandbox)
        self._worker = StemWorker()
        self._controller: Any = None  # GuardedController; its calls run on the worker thread
        self._opening: Any = None  # the controller being authenticated, until it is ours
        self._events = EventRouter(self._on_connection_lost)
        self._retry_task: asyncio.Task[None] | None = None
        self._watchdog: asyncio.Task[None] | None = None
        self._closing = False
        self._connecting: asyncio.Lock | None = None
        self.last_error: TorError | None = None
        self.add_event_handler(STATUS_EVENTS, self._on_status_updates, status_update)

    # --- public API ------------------------------------------------------------------------

    @property
    def status(self) -> TorStatus:
        return self._status

    @property
    def connected(self) -> bool:
        return self._controller is not None

    @property
    def skipped_events(self) -> dict[str, int]:
        """Malformed events skipped on this connection, per type."""
        return dict(getattr(self._controller, "skipped", {}))

    async def connect(self, *, retry: bool = False) -> TorStatus:
        """Find tor, authenticate, subscribe. With ``retry``, wait (with backoff) for a tor
        to appear instead of raising NoControlPort; authentication errors always raise.
        Concurrent calls share one attempt."""
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        async with self._connecting:
            return await self._connect(retry)

    async def _connect(self, retry: bool) -> TorStatus:
        self._closing = False
        self._events.bridge_for(asyncio.get_running_loop())
        if self._retry_task is not None and not self._retry_task.done():
            await asyncio.shield(self._retry_task)  # already reconnecting: join that attempt
        if self._controller is not None:
            return self._status
        self._set(phase=ConnectionPhase.CONNECTING, error="")
        if retry:
            await self._keep_trying(ConnectionPhase.CONNECTING)
            if self._controller is None and self.last_error is not None:
                raise self.last_error
            return self._status
        try:
            await self._establish(ConnectionPhase.CONNECTING)
        except TorError as error:
            self._failed(error)
            raise
        return self._status

    async def close(self) -> None:
        """Disconnect. Never waits for tor: at most CLOSE_WAIT for stem's threads."""
        self._closing = True
        for task in (self._retry_task, self._watchdog):
            if task is not None:
                task.cancel()
        self._retry_task = self._watchdog = None
        controller, self._controller = self._controller, None
        opening, self._opening = self._opening, None
        self._events.generation += 1
        closing = [_discard(c) for c in (controller, opening) if c is not None]
        self._worker.abandon()
        if closing:
            await asyncio.to_thread(_wait_all, closing, CLOSE_WAIT)
        self._set(phase=ConnectionPhase.DISCONNECTED, error="")

    def add_event_handler(
        self,
        event_types: Iterable[str],
        handler: EventHandler,
        translate: Translate | None = None,
    ) -> Callable[[], None]:
        """Call ``handler(batch)`` on the loop with tor's events of these types (CIRC, STREAM,
        BW, ...), coalesced per frame. ``translate`` (pure, cheap) runs on stem's thread and
        turns each stem event into what the handler gets; returning None drops the event.
        Survives reconnects. Returns a function that removes the handler."""
        key = self._events.add(event_types, handler, translate)
        if self._controller is not None:
            self._submit(self._events.subscribe, self._controller, self._events.generation, key)

        def remove() -> None:
            if self._events.remove(key) and self._controller is not None:
                self._submit(self._events.unsubscribe, self._controller, key)

        return remove

    def holding_events(self) -> contextlib.AbstractContextManager[None]:
        """A with-block on the loop during which stem's event thread waits (see
        bridge.HOLD_LIMIT): for work that updates many widgets at once."""
        return self._events.holding()

    async def get_info(self, key: str) -> str:
        controller = self._require()
        reply: str = await self._run(controller.get_info_text, key)
        return reply

    async def signal_newnym(self) -> float:
        """Ask tor for new circuits. Returns 0.0 if tor did it now, else the seconds it waits
        (math.inf if tor named a delay that makes no sense)."""
        controller = self._require()
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[float] = loop.create_future()

        def settle(wait: float) -> None:
            if not answer.done():
                answer.set_result(wait)

        def on_answer(batch: list[float]) -> None:
            # tor announces every SIGNAL it takes (-1 here) and, when it rate-limits
            # NEWNYM, logs the delay right after; both leave tor in one write.
            delays = [wait for wait in batch if wait >= 0]
            if delays:
                settle(delays[0])
            else:
                loop.call_later(NEWNYM_NOTICE_GRACE, settle, 0.0)

        estimate = await self._run(controller.get_newnym_wait)
        remove = self.add_event_handler({"SIGNAL", "NOTICE"}, on_answer, _newnym_outcome)
        try:
            await self._run(controller.signal, stem.Signal.NEWNYM)
            try:
                return await asyncio.wait_for(answer, NEWNYM_ANSWER_TIMEOUT)
            except TimeoutError:
                return float(estimate)
        finally:
            remove()

    async def close_circuit(self, circuit_id: str) -> None:
        await self._run(self._require().close_circuit, str(circuit_id))

    async def close_stream(self, stream_id: str) -> None:
        await self._run(self._require().close_stream, str(stream_id))

    async def circuit_count(self) -> int:
        circuits = await self._run(self._require().get_circuits)
        return sum(1 for circuit in circuits if str(circuit.status) == "BUILT")

    # --- connecting --------------------------------------------------------------------------

    async def _establish(self, phase: ConnectionPhase) -> None:
        found = await self._run(find_endpoint, self._ordered_candidates())
        try:
            controller = await self._run(GuardedController, found.control_socket, self._deadline)
        except BaseException:
            found.control_socket.abort("not used")
            raise
        self._opening = controller
        reconnecting = phase is ConnectionPhase.RECONNECTING
        self._set(
            phase=phase if reconnecting else ConnectionPhase.AUTHENTICATING,
            endpoint=found.endpoint,
        )
        try:
            method = await self._authenticate(controller, found.endpoint)
            self._events.generation += 1
            generation = self._events.generation
            await self._run(self._events.attach, controller, generation)
            basics = await self._run(_read_basics, controller)
        except BaseException:
            _discard(controller)
            raise
        finally:
            self._opening = None
        if self._closing:  # close() was called while we were connecting
            _discard(controller)
            return
        self._controller = controller
        self.last_error = None
        self._watchdog = asyncio.get_running_loop().create_task(self._watch(controller))
        self._set(
            phase=ConnectionPhase.CONNECTED,
            auth_method=method,
            version=basics.version,
            version_status=basics.version_status,
            bootstrap=bootstrap_from_phase(basics.bootstrap_phase),
            sandbox=self._sandbox or basics.testing_network,
            error="",
        )

    def _ordered_candidates(self) -> list[ControlEndpoint]:
        """After a drop, try the endpoint that worked first."""
        last = self._status.endpoint
        if last is None or last not in self._candidates:
            return self._candidates
        return [last, *(c for c in self._candidates if c != last)]

    async def _authenticate(self, controller: Any, endpoint: ControlEndpoint) -> AuthMethod:
        protocolinfo, plan = await self._run(read_protocolinfo, controller, endpoint)
        cookie_error: CookieUnreadable | None = None
        for method in plan:
            password = None
            if method is AuthMethod.PASSWORD:
                password = await self._ask_password(endpoint)
                if password is None:
                    raise cookie_error or PasswordRequired(endpoint)
            try:
                await self._run(
                    authenticate, controller, endpoint, method, protocolinfo.cookie_path, password
                )
                return method
            except CookieUnreadable as error:
                cookie_error = error  # maybe tor also takes a password: try that next
        assert cookie_error is not None
        raise cookie_error

    async def _ask_password(self, endpoint: ControlEndpoint) -> str | None:
        if self._password_provider is None:
            return None
        answer = self._password_provider(endpoint)
        if inspect.isawaitable(answer):
            answer = await answer
        return answer

    async def _keep_trying(self, phase: ConnectionPhase) -> None:
        delay = FIRST_BACKOFF
        while not self._closing:
            try:
                await self._establish(phase)
                return
            except _GIVE_UP as error:
                self._failed(error)
                return
            except TorError as error:
                self.last_error = error
                self._set(phase=phase, error=str(error))
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._max_backoff)

    def _failed(self, error: TorError) -> None:
        self.last_error = error
        self._set(phase=ConnectionPhase.DISCONNECTED, error=str(error))
        if self._controller is None:
            self._worker.stop()  # nothing left to run: let the thread end

    def _on_connection_lost(self, reason: str = "") -> None:
        """The socket closed, or the watchdog gave up on it: reconnect, saying why."""
        controller, self._controller = self._controller, None
        if controller is None or self._closing:
            return
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        reason = reason or controller.failure
        _discard(controller, reason)
        self._events.generation += 1
        self._worker.abandon()  # a job stuck on the dead socket must not hold up the next
        error = ConnectionLost(reason) if not reason.startswith("tor") else ProtocolBroken(reason)
        self.last_error = error
        self._set(phase=ConnectionPhase.RECONNECTING, error=str(error))
        self._retry_task = asyncio.get_running_loop().create_task(
            self._keep_trying(ConnectionPhase.RECONNECTING)
        )

    async def _watch(self, controller: Any) -> None:
        """stem's event thread must stay alive and keep up; the socket must stay open."""
        while controller is self._controller:
            await asyncio.sleep(WATCH_EVERY)
            if controller is not self._controller:
                return
            if not controller.event_thread_alive():
                self._on_connection_lost("stem's event thread stopped; events would be lost")
            elif controller.backlog() > MAX_BACKLOG:
                self._on_connection_lost(
                    f"tor sent events faster than the panel can take them "
                    f"({controller.backlog()} waiting)"
                )
            elif not controller.is_alive():
                self._on_connection_lost()

    # --- events ------------------------------------------------------------------------------

    def _on_status_updates(self, updates: list[StatusUpdate]) -> None:
        bootstrap, problem = self._status.bootstrap, self._status.problem
        for update in updates:
            if update.bootstrap is not None:
                bootstrap = update.bootstrap
                if bootstrap.done and problem and problem.kind is NoticeKind.BOOTSTRAP_PROBLEM:
                    problem = None
            notice = update.notice
            if notice is None:
                continue
            if notice.is_problem:
                problem = notice
            elif notice.kind is NoticeKind.CIRCUIT_ESTABLISHED and problem is not None:
                problem = None if problem.kind in _SOLVED_BY_CIRCUITS else problem
            if self._on_notice is not None:
                self._on_notice(notice)
        self._set(bootstrap=bootstrap, problem=problem)

    # --- plumbing ----------------------------------------------------------------------------

    def _set(self, **changes: Any) -> None:
        new = self._status.with_(**changes)
        if new == self._status:
            return
        self._status = new
        if self._on_status is not None:
            try:
                self._on_status(new)
            except Exception:
                log.exception("on_status failed")

    def _require(self) -> Any:
        if self._controller is None:
            raise NotConnected()
        return self._controller

    async def _run(self, function: Callable[..., R], *args: Any) -> R:
        """Run on the worker thread, within the deadline. The controller's own deadline
        covers commands; this one covers the rest (a connect() that hangs)."""
        job = asyncio.wrap_future(self._worker.submit(_stem_call, function, *args))
        try:
            return await asyncio.wait_for(job, self._deadline + _EXTRA)
        except TimeoutError:
            name = getattr(function, "__name__", "a command")
            reason = f"tor stopped answering: {name} did not finish within {self._deadline:g} s"
            for controller in (self._controller, self._opening):
                if controller is not None:
                    controller.abort(reason)
            self._worker.abandon()
            raise TorStoppedAnswering(reason) from None

    def _submit(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        """Queue a worker-thread job without waiting; it runs before any later job."""
        job = self._worker.submit(_stem_call, function, *args)
        job.add_done_callback(_log_failure)
        return job


def _wait_all(events: list[threading.Event], seconds: float) -> None:
    give_up = time.monotonic() + seconds
    for event in events:
        event.wait(max(0.0, give_up - time.monotonic()))


def _discard(controller: Any, reason: str = "closed by the panel") -> threading.Event:
    """End a controller without waiting: its socket now, stem's close on a daemon thread.
    The returned event is set once stem has let go."""
    controller.abort(reason)
    done = threading.Event()

    def close() -> None:
        try:
            controller.close()
        except Exception:
            log.debug("closing the control connection", exc_info=True)
        finally:
            done.set()

    threading.Thread(target=close, name="onionpanel-tor-close", daemon=True).start()
    return done


_SOLVED_BY_CIRCUITS = (NoticeKind.BOOTSTRAP_PROBLEM, NoticeKind.CIRCUIT_NOT_ESTABLISHED)


def _log_failure(job: Future[Any]) -> None:
    if not job.cancelled() and job.exception() is not None:
        log.warning("tor command failed: %s", job.exception())


@dataclass(frozen=True)
class _Basics:
    version: str
    version_status: str  # recommended, obsolete, ... (tor's status/version/current)
    bootstrap_phase: str
    testing_network: bool  # a private test network (our sandbox): never anonymous


def _read_basics(controller: Any) -> _Basics:
    """Worker thread: what the status page shows right after connecting. No defaults: an
    answer that is missing or makes no sense ends the connection rather than show blanks."""
    version = str(controller.get_info("version"))
    if not _VERSION.match(version):
        raise ProtocolBroken(f"tor answered GETINFO version with {printable(version, 60)!r}")
    phase = str(controller.get_info("status/bootstrap-phase"))
    if "BOOTSTRAP" not in phase:
        raise ProtocolBroken(f"tor answered its bootstrap phase with {printable(phase, 60)!r}")
    return _Basics(
        version=version,
        version_status=printable(str(controller.get_info("status/version/current", "")), 40),
        bootstrap_phase=phase,
        testing_network=str(controller.get_conf("TestingTorNetwork", "0")) == "1",
    )


_VERSION = re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+[0-9A-Za-z.\- ()]*$")


def _newnym_outcome(event: Any) -> float | None:
    """stem thread: ``650 SIGNAL NEWNYM`` -> -1.0 (tor took it); the rate-limit notice -> delay."""
    if str(getattr(event, "type", "")) == "SIGNAL":
        return -1.0 if str(event.signal) == "NEWNYM" else None
    match = _RATE_LIMITED.search(str(getattr(event, "message", "")))
    if match is None:
        return None
    wait = plausible_seconds(match.group(1), most=3600)
    if wait is None:
        log.warning("tor named a nonsense NEWNYM delay: %s", printable(match.group(1), 40))
        return math.inf
    return wait


__all__ = [
    "AuthenticationFailed",
    "EventHandler",
    "PasswordProvider",
    "TorConnection",
    "Translate",
]
