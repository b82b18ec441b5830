"""A live, authenticated, self-healing connection to tor's control port, for asyncio.

No Qt here: it runs on qasync's loop in the panel and on a plain asyncio loop in the CLI.
Every blocking stem call runs on ONE worker thread, in submission order; events come back
only through onionpanel.tor.bridge.

  TorConnection(control=None, *, on_status, on_notice, password_provider, defaults, sandbox)
  |- status -> TorStatus                  the latest status (also sent to on_status on change)
  |- last_error -> TorError | None        why the last attempt failed, for the ui to phrase
  |- await connect(*, retry=False)        discovery + auth; raises TorError (retry: wait for a tor)
  |- await close()                        disconnect; no reconnect; connect() may be called again
  |- add_event_handler(types, handler, translate=None) -> remove()   handler(batch) on the loop
  |- await get_info(key) -> str
  |- await get_conf(key) -> list[str]     GETCONF, read-only (the panel never changes tor's config)
  |- await signal_newnym() -> float       0.0, or the seconds tor delays it (rate limit)
  |- await close_circuit(id), await close_stream(id)
  |- await circuit_count() -> int         circuits in state BUILT
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
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
from onionpanel.tor.auth import PasswordProvider, authenticate, read_protocolinfo
from onionpanel.tor.bridge import EventBridge
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
    TorError,
)
from onionpanel.tor.translate import (
    STATUS_EVENTS,
    StatusUpdate,
    bootstrap_from_phase,
    status_update,
)

log = logging.getLogger(__name__)
R = TypeVar("R")

EventHandler = Callable[[list[Any]], None]
Translate = Callable[[Any], Any]  # stem event -> value, or None to drop it; runs on stem's thread

FIRST_BACKOFF = 0.05
MAX_BACKOFF = 1.0  # tor back on its port -> connected again within about this much
NEWNYM_ANSWER_TIMEOUT = 2.0
NEWNYM_NOTICE_GRACE = 0.15  # after tor's SIGNAL event, how long a rate-limit notice may lag
_CLOSED = -1  # bridge key: the control socket closed
_GIVE_UP = (PasswordRejected, PasswordRequired, CookieUnreadable, NoUsableAuthMethod)
_RATE_LIMITED = re.compile(r"Rate limiting NEWNYM request: delaying by (\d+) second")


@dataclass(frozen=True)
class _Subscription:
    event_types: frozenset[str]
    handler: EventHandler
    translate: Translate


def _identity(event: Any) -> Any:
    return event


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
    ) -> None:
        """``control`` is the user's --control value; a bad one raises EndpointSyntaxError now."""
        self._candidates = candidate_endpoints(control, defaults)
        self._on_status = on_status
        self._on_notice = on_notice
        self._password_provider = password_provider
        self._max_backoff = max_backoff
        self._sandbox = sandbox
        self._status = TorStatus(sandbox=sandbox)
        self._executor: ThreadPoolExecutor | None = None  # the one stem worker, made on demand
        self._controller: Any = None  # stem Controller; touched only on the worker thread
        self._generation = 0
        self._keys = itertools.count(1)
        self._subscriptions: dict[int, _Subscription] = {}
        self._stem_listeners: dict[int, Callable[[Any], None]] = {}
        self._bridge: EventBridge[tuple[int, int, Any]] | None = None
        self._retry_task: asyncio.Task[None] | None = None
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
        self._bridge_for(asyncio.get_running_loop())
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
        self._closing = True
        if self._retry_task is not None:
            self._retry_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._retry_task
            self._retry_task = None
        controller, self._controller = self._controller, None
        self._generation += 1
        if controller is not None:
            await self._run(controller.close)
        self._release_worker()
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
        key = next(self._keys)
        types = frozenset(t.upper() for t in event_types)
        self._subscriptions[key] = _Subscription(types, handler, translate or _identity)
        if self._controller is not None:
            self._submit(self._subscribe, self._controller, self._generation, key)

        def remove() -> None:
            if self._subscriptions.pop(key, None) is not None and self._controller is not None:
                self._submit(self._unsubscribe, self._controller, key)

        return remove

    def holding_events(self) -> contextlib.AbstractContextManager[None]:
        """A with-block on the loop during which stem's event thread waits (see
        bridge.HOLD_LIMIT): for work that updates many widgets at once."""
        if self._bridge is None:
            return contextlib.nullcontext()
        return self._bridge.holding()

    async def get_info(self, key: str) -> str:
        controller = self._require()
        reply: str = await self._run(controller.get_info, key)
        return reply

    async def get_conf(self, key: str) -> list[str]:
        """GETCONF (read-only): every value tor uses for the option, defaults included."""
        values: list[str] = await self._run(self._require().get_conf, key, [], True)
        return [str(value) for value in values]

    async def signal_newnym(self) -> float:
        """Ask tor for new circuits. Returns 0.0 if tor did it now, else the seconds it waits."""
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
        controller = await self._run(stem.control.Controller, found.control_socket)
        reconnecting = phase is ConnectionPhase.RECONNECTING
        self._set(
            phase=phase if reconnecting else ConnectionPhase.AUTHENTICATING,
            endpoint=found.endpoint,
        )
        try:
            method = await self._authenticate(controller, found.endpoint)
            self._generation += 1
            generation = self._generation
            await self._run(self._attach, controller, generation)
            basics = await self._run(_read_basics, controller)
        except BaseException:
            await self._run(controller.close)
            raise
        if self._closing:  # close() was called while we were connecting
            await self._run(controller.close)
            return
        self._controller = controller
        self.last_error = None
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
            self._release_worker()

    def _on_connection_lost(self) -> None:
        controller, self._controller = self._controller, None
        if controller is None or self._closing:
            return
        self._submit(controller.close)
        self._set(phase=ConnectionPhase.RECONNECTING, error=str(ConnectionLost()))
        self._retry_task = asyncio.get_running_loop().create_task(
            self._keep_trying(ConnectionPhase.RECONNECTING)
        )

    # --- events ------------------------------------------------------------------------------

    def _bridge_for(self, loop: asyncio.AbstractEventLoop) -> EventBridge[tuple[int, int, Any]]:
        if self._bridge is None or self._bridge.loop is not loop:
            if self._bridge is not None:
                self._bridge.close()
            self._bridge = EventBridge(loop, self._deliver)
        return self._bridge

    def _attach(self, controller: Any, generation: int) -> None:
        """Worker thread: listen for the socket closing, subscribe every handler."""
        bridge = self._bridge
        assert bridge is not None

        def on_state(_controller: Any, state: Any, _timestamp: float) -> None:
            if state == stem.control.State.CLOSED:
                bridge.put((generation, _CLOSED, None))

        controller.add_status_listener(on_state, spawn=False)
        self._stem_listeners.clear()
        for key in list(self._subscriptions):
            self._subscribe(controller, generation, key)

    def _subscribe(self, controller: Any, generation: int, key: int) -> None:
        subscription = self._subscriptions.get(key)
        bridge = self._bridge
        if subscription is None or bridge is None:
            return
        translate = subscription.translate

        def on_stem_thread(event: Any) -> None:
            try:
                value = translate(event)
            except Exception:
                log.exception("cannot translate %s event", getattr(event, "type", "?"))
                return
            if value is not None:
                bridge.put((generation, key, value))

        try:
            controller.add_event_listener(on_stem_thread, *sorted(subscription.event_types))
        except (stem.ControllerError, ValueError) as error:
            log.error("cannot subscribe to %s: %s", sorted(subscription.event_types), error)
            return
        self._stem_listeners[key] = on_stem_thread

    def _unsubscribe(self, controller: Any, key: int) -> None:
        listener = self._stem_listeners.pop(key, None)
        if listener is not None:
            with contextlib.suppress(stem.ControllerError):
                controller.remove_event_listener(listener)

    def _deliver(self, batch: list[tuple[int, int, Any]]) -> None:
        """On the loop: hand each handler its share of the batch, in order."""
        lost = False
        grouped: dict[int, list[Any]] = {}
        for generation, key, value in batch:
            if generation != self._generation:
                continue  # from a connection that is already gone
            if key == _CLOSED:
                lost = True
            else:
                grouped.setdefault(key, []).append(value)
        for key, values in grouped.items():
            subscription = self._subscriptions.get(key)
            if subscription is None:
                continue
            try:
                subscription.handler(values)
            except Exception:
                log.exception("event handler %r failed", subscription.handler)
        if lost:
            self._on_connection_lost()

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

    def _worker(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="onionpanel-tor")
        return self._executor

    def _release_worker(self) -> None:
        """No connection left: let the worker thread end (queued jobs still run first)."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    def _require(self) -> Any:
        if self._controller is None:
            raise NotConnected()
        return self._controller

    async def _run(self, function: Callable[..., R], *args: Any) -> R:
        loop = asyncio.get_running_loop()
        call = functools.partial(_stem_call, function, *args)
        return await loop.run_in_executor(self._worker(), call)

    def _submit(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        """Queue a worker-thread job without waiting; it runs before any later job."""
        job = self._worker().submit(_stem_call, function, *args)
        job.add_done_callback(_log_failure)
        return job


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
    """Worker thread: what the status page shows right after connecting."""
    return _Basics(
        version=str(controller.get_info("version", "")),
        version_status=str(controller.get_info("status/version/current", "")),
        bootstrap_phase=str(controller.get_info("status/bootstrap-phase", "")),
        testing_network=str(controller.get_conf("TestingTorNetwork", "0")) == "1",
    )


def _newnym_outcome(event: Any) -> float | None:
    """stem thread: ``650 SIGNAL NEWNYM`` -> -1.0 (tor took it); the rate-limit notice -> delay."""
    if str(getattr(event, "type", "")) == "SIGNAL":
        return -1.0 if str(event.signal) == "NEWNYM" else None
    match = _RATE_LIMITED.search(str(getattr(event, "message", "")))
    return float(match.group(1)) if match else None


__all__ = [
    "AuthenticationFailed",
    "EventHandler",
    "PasswordProvider",
    "TorConnection",
    "Translate",
]
