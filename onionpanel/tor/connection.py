"""A live, authenticated, self-healing connection to tor's control port, for asyncio.

(Over 400 lines on purpose: one state machine, connect / reconnect / watch / close, whose
steps share its fields; the blocking halves already live in calls, discovery and auth.)

No Qt here: it runs on qasync's loop in the panel and on a plain asyncio loop in the CLI.
Every blocking stem call runs on ONE worker thread, in submission order; events come back
only through onionpanel.tor.bridge. Every call has a deadline (``deadline``, 10 s): a tor that
stops answering, breaks the protocol or whose event handling fails is dropped and, unless
close() was called, reconnected; the status says why. close() never waits for tor.

  TorConnection(control=None, *, on_status, on_notice, password_provider, defaults, sandbox,
                deadline=10.0, early=None, waker=None)   early: a tor.handshake.EarlyAttach
                whose authenticated socket the first attempt adopts (the regular path when it
                declined, or is not ready within EARLY_WAIT); waker: how stem's thread wakes
                the loop (onionpanel.tor.bridge.Waker; the panel passes a Qt one)
  |- status -> TorStatus                  the latest status (also sent to on_status on change)
  |- skipped_events -> dict[str, int]     malformed events skipped on this connection, by type
  |- last_error -> TorError | None        why the last attempt failed, for the ui to phrase
  |- await connect(*, retry=False)        discovery + auth; raises TorError (retry: wait for a tor)
  |- await close()                        disconnect; no reconnect; connect() may be called again
  |- add_event_handler(types, handler, translate=None) -> remove()   handler(batch) on the loop
  |- await get_info(key) -> str
  |- await get_info_many(keys) -> InfoAnswers   .values, .refused: many keys per command
  |- await get_conf(key) -> list[str]     GETCONF, read-only (the panel never changes tor's config)
  |- await signal_newnym() -> float       0.0, or the seconds tor delays it (rate limit)
  |- await close_circuit(id), await close_stream(id)
  |- await circuit_count() -> int         circuits in state BUILT
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from typing import Any, TypeVar

from onionpanel.core.status import (
    AuthMethod,
    ConnectionPhase,
    ControlEndpoint,
    Notice,
    TorStatus,
)
from onionpanel.tor.auth import PasswordProvider, mark_authenticated, negotiate
from onionpanel.tor.bridge import Waker
from onionpanel.tor.calls import (
    discard,
    log_failure,
    read_basics,
    stem_call,
    wait_all,
)
from onionpanel.tor.discovery import (
    DEFAULT_ENDPOINTS,
    Found,
    candidate_endpoints,
    find_endpoint,
    take_early,
)
from onionpanel.tor.errors import (
    AuthenticationFailed,
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
from onionpanel.tor.events import DEFAULT_BACKLOG, EventHandler, EventRouter, Translate
from onionpanel.tor.guarded import DEFAULT_DEADLINE, GuardedController
from onionpanel.tor.handshake import EarlyAttach
from onionpanel.tor.info_many import InfoAnswers, get_info_many
from onionpanel.tor.newnym import signal_newnym
from onionpanel.tor.status_fold import fold_status_updates
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
_GIVE_UP = (PasswordRejected, PasswordRequired, CookieUnreadable, NoUsableAuthMethod)
MAX_BACKLOG = DEFAULT_BACKLOG  # events read that the loop has not taken yet
CLOSE_WAIT = 1.0  # close() waits this long at most for stem to let go of the socket
_EXTRA = 2.0  # the loop's own deadline, past the controller's: for calls outside msg()
# The early handshake started with the process; by the time the loop runs it is normally
# done. Past this, it is left (its socket closed when it ends) and the regular path runs.
EARLY_WAIT = 1.0


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
        early: EarlyAttach | None = None,
        waker: Waker | None = None,
    ) -> None:
        """``control`` is the user's --control value; a bad one raises EndpointSyntaxError now."""
        self._candidates = candidate_endpoints(control, defaults)
        self._early = early
        self._waker = waker
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
        self._events = EventRouter(self._on_connection_lost, MAX_BACKLOG)
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
        self._events.bridge_for(asyncio.get_running_loop(), self._waker)
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
        if self._early is not None:
            self._early.abandon()
            self._early = None
        if self._retry_task is not None:
            self._retry_task.cancel()
        self._retry_task = None
        controller, self._controller = self._controller, None
        opening, self._opening = self._opening, None
        self._events.generation += 1
        closing = [discard(c) for c in (controller, opening) if c is not None]
        self._worker.abandon()
        if closing:
            await asyncio.to_thread(wait_all, closing, CLOSE_WAIT)
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
        """A with-block on the loop during which stem's reader thread waits (see
        bridge.HOLD_LIMIT): for work that updates many widgets at once."""
        return self._events.holding()

    async def get_info(self, key: str) -> str:
        controller = self._require()
        reply: str = await self._run(controller.get_info_text, key)
        return reply

    async def get_info_many(self, keys: Iterable[str]) -> InfoAnswers:
        """GETINFO for many keys, a few commands in all (tor.info_many): answers, and the
        keys tor refused with its reason. Raises what get_info raises for anything else."""
        return await get_info_many(
            lambda part: self._run(self._require().get_info_keys, part), keys
        )

    async def get_conf(self, key: str) -> list[str]:
        """GETCONF (read-only): every value tor uses for the option, defaults included."""
        values: list[str] = await self._run(self._require().get_conf, key, [], True)
        return [str(value) for value in values]

    async def signal_newnym(self) -> float:
        """Ask tor for new circuits. Returns 0.0 if tor did it now, else the seconds it waits
        (math.inf if tor named a delay that makes no sense)."""
        return await signal_newnym(self._run, self.add_event_handler, self._require())

    async def close_circuit(self, circuit_id: str) -> None:
        await self._run(self._require().close_circuit, str(circuit_id))

    async def close_stream(self, stream_id: str) -> None:
        await self._run(self._require().close_stream, str(stream_id))

    async def circuit_count(self) -> int:
        circuits = await self._run(self._require().get_circuits)
        return sum(1 for circuit in circuits if str(circuit.status) == "BUILT")

    # --- connecting --------------------------------------------------------------------------

    async def _adopt_early(self) -> tuple[Found, AuthMethod] | None:
        early, self._early = self._early, None
        if early is None:
            return None
        return await self._run(take_early, early, self._candidates, EARLY_WAIT)

    async def _establish(self, phase: ConnectionPhase) -> None:
        method: AuthMethod | None = None
        adopted = await self._adopt_early()
        if adopted is not None:
            found, method = adopted
        else:
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
            if method is None:
                method = await negotiate(
                    self._run, controller, found.endpoint, self._password_provider
                )
            else:
                await self._run(mark_authenticated, controller)
            self._events.generation += 1
            generation = self._events.generation
            await self._run(self._events.attach, controller, generation)
            basics = await self._run(read_basics, controller)
        except BaseException:
            discard(controller)
            raise
        finally:
            self._opening = None
        if self._closing:  # close() was called while we were connecting
            discard(controller)
            self._worker.stop()
            return
        self._controller = controller
        self.last_error = None
        if not controller.is_alive():  # it closed before it was ours: nobody heard of that
            self._on_connection_lost()
            return
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
                if self._closing:  # close() came while this attempt failed: its word stands
                    break
                self.last_error = error
                self._set(phase=phase, error=str(error))
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._max_backoff)
        self._worker.stop()  # close() came meanwhile: the attempts' thread may end

    def _failed(self, error: TorError) -> None:
        self.last_error = error
        self._set(phase=ConnectionPhase.DISCONNECTED, error=str(error))
        if self._controller is None:
            self._worker.stop()  # nothing left to run: let the thread end

    def _on_connection_lost(self, reason: str = "") -> None:
        """The socket closed (tor went, or GuardedController ended the connection because
        handing on events failed or fell behind): reconnect, saying why."""
        controller, self._controller = self._controller, None
        if controller is None or self._closing:
            return
        reason = reason or controller.failure
        discard(controller, reason)
        self._events.generation += 1
        self._worker.abandon()  # a job stuck on the dead socket must not hold up the next
        # the reason is a sentence of its own ("tor stopped answering: ..."), or none at all
        error: TorError = ProtocolBroken(reason) if reason else ConnectionLost()
        self.last_error = error
        self._set(phase=ConnectionPhase.RECONNECTING, error=str(error))
        self._retry_task = asyncio.get_running_loop().create_task(
            self._keep_trying(ConnectionPhase.RECONNECTING)
        )

    # --- events ------------------------------------------------------------------------------

    def _on_status_updates(self, updates: list[StatusUpdate]) -> None:
        status = self._status
        bootstrap, problem = fold_status_updates(
            status.bootstrap, status.problem, updates, self._on_notice
        )
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
        job = asyncio.wrap_future(self._worker.submit(stem_call, function, *args))
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
        job = self._worker.submit(stem_call, function, *args)
        job.add_done_callback(log_failure)
        return job


__all__ = [
    "AuthenticationFailed",
    "EventHandler",
    "PasswordProvider",
    "TorConnection",
    "Translate",
]
