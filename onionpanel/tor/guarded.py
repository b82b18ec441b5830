"""stem's Controller, made to survive what a broken or hostile control port sends.

The one place that contains stem's own failures (see issue 11):
- a malformed event is skipped and logged, at most once per event type every LOG_EVERY
  seconds; stem's parsers raise IndexError or TypeError on some, which would end stem's
  event thread and with it every later event;
- every command has a deadline: when tor does not answer in time the socket is shut, which
  wakes every thread waiting on it, and the command raises TorStoppedAnswering;
- a reply that nobody asked for means replies are out of step: the connection ends;
- what the socket's reader (onionpanel.tor.wire) refuses ends the connection too;
- the event thread sleeps until an event comes (stem's own wakes every 50 ms to look), and
  ends the connection, with the reason, when it dies or falls more than ``max_backlog``
  events behind: the connection layer hears of both the way it hears of a closed socket,
  so nothing has to poll for them.

  GuardedController(control_socket, deadline=DEFAULT_DEADLINE, max_backlog=DEFAULT_BACKLOG)
                                     a stem.control.Controller
  |- deadline                        seconds a command may take
  |- skipped -> dict[str, int]       malformed events per type, so far
  |- failure -> str                  why the connection ended ("" if it did not, or closed)
  |- event_thread_alive() -> bool    stem's event thread still runs (or the socket is closed)
  |- backlog() -> int                events stem read that no listener has seen yet
  |- abort(reason)                   end the connection now, from any thread
  |- get_info_text(key) -> str       GETINFO for one key, holding the answer about twice
                                     at most (stem's get_info holds it 3-4 times)
  |- get_info_keys(keys) -> {key: value}   one GETINFO for several keys; KeysRefused if tor
                                     refuses it (see tor.info_many for chunks and bad keys)
  reply_limit_for(command) -> int    bytes a reply to this command may have
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Sequence
from typing import Any, NoReturn

import stem
import stem.control
import stem.response

from onionpanel.core.text import printable
from onionpanel.tor.errors import (
    CommandFailed,
    KeysRefused,
    ProtocolBroken,
    TorStoppedAnswering,
)
from onionpanel.tor.wire import LARGE_REPLY, SMALL_REPLY

log = logging.getLogger(__name__)

DEFAULT_DEADLINE = 10.0
DEFAULT_BACKLOG = 50_000  # events read but not handled yet (about 50 s at 1,000/s)
EVENT_THREAD_DIED = "stem's event thread stopped; events would be lost"
_WAKE = object()  # put on the event queue when the socket closes: the event thread ends
LOG_EVERY = 60.0  # seconds between two log lines about malformed events of one type
# GETINFO keys whose answer grows with the size of the Tor network
_LARGE_KEYS = ("ns/all", "md/all", "desc/all-recent", "dir/status-vote/", "ns/purpose/")


def _shown(command: str) -> str:
    """The command as a message may name it: never AUTHENTICATE's secret."""
    words = command.split()[:2]
    if len(words) > 1 and words[0].upper() not in ("GETINFO", "GETCONF", "SIGNAL", "SETEVENTS"):
        words = words[:1]
    return printable(" ".join(words), 60)


def reply_limit_for(command: str) -> int:
    words = command.split()
    getinfo = len(words) > 1 and words[0].upper() == "GETINFO"
    if getinfo and any(key.startswith(_LARGE_KEYS) for key in words[1:]):
        return LARGE_REPLY
    return SMALL_REPLY


class _EventQueue(queue.Queue[Any]):
    """stem's event queue, with a limit: past it, ``overflow(size)`` (once)."""

    def __init__(self, limit: int, overflow: Any) -> None:
        super().__init__()
        self._limit = limit
        self._overflow = overflow
        self._overflowed = False

    def put(self, item: Any, block: bool = True, timeout: float | None = None) -> None:
        super().put(item, block, timeout)
        if not self._overflowed and self.qsize() > self._limit:
            self._overflowed = True
            self._overflow(self.qsize())


class GuardedController(stem.control.Controller):  # type: ignore[misc]
    def __init__(
        self,
        control_socket: Any,
        deadline: float = DEFAULT_DEADLINE,
        max_backlog: int = DEFAULT_BACKLOG,
    ) -> None:
        self.deadline = deadline
        self.skipped: dict[str, int] = {}
        self._logged_at: dict[str, float] = {}
        self._threads_allowed = False  # stem's __init__ would start them on its own queue
        super().__init__(control_socket)
        self._event_queue = _EventQueue(max_backlog, self._fell_behind)
        self._threads_allowed = True
        if self.is_alive():
            self._launch_threads()

    # --- what the connection layer asks ------------------------------------------------

    @property
    def failure(self) -> str:
        return str(getattr(self.get_socket(), "failure", ""))

    def abort(self, reason: str) -> None:
        socket = self.get_socket()
        if hasattr(socket, "abort"):
            socket.abort(reason)
        else:  # a plain stem socket (tests): closing may wait for a lock
            threading.Thread(target=socket.close, daemon=True).start()

    def event_thread_alive(self) -> bool:
        thread = self._event_thread
        return not self.is_alive() or (thread is not None and thread.is_alive())

    def backlog(self) -> int:
        return int(self._event_queue.qsize())

    # --- commands ----------------------------------------------------------------------

    def get_info_text(self, key: str) -> str:
        try:
            return self._get_info_text(key)
        except stem.ControllerError as error:
            if isinstance(error, stem.SocketError):
                raise
            raise CommandFailed(f"GETINFO {printable(key, 60)}", printable(str(error))) from error

    def _get_info_text(self, key: str) -> str:
        reply = self.msg(f"GETINFO {key}")
        prefix = key.encode() + b"="
        if reply.is_ok():
            for _code, _divider, content in reply.content(get_bytes=True):
                if content.startswith(prefix):
                    start = len(prefix) + (content[len(prefix) : len(prefix) + 1] == b"\n")
                    return str(memoryview(content)[start:], "utf-8", "replace")
        stem.response.convert("GETINFO", reply)  # raises what stem would for this reply
        raise stem.ProtocolError(f"tor's answer did not mention {printable(key, 40)}")

    def get_info_keys(self, keys: Sequence[str]) -> dict[str, str]:
        """One GETINFO for all ``keys`` (checked by the caller: tor.info_many.check_key).
        Raises KeysRefused when tor refuses it: then tor answered none of them. An answer
        that is not exactly these keys ends the connection (replies out of step)."""
        command = "GETINFO " + " ".join(keys)
        reply = self.msg(command)
        if not reply.is_ok():
            code, _divider, content = reply.content()[0]
            raise KeysRefused(f"GETINFO of {len(keys)} keys", code, printable(content, 200))
        wanted, answers = set(keys), {}
        for _code, divider, content in reply.content(get_bytes=True):
            key, equals, value = content.partition(b"=")
            name = key.decode("utf-8", "replace")
            if not equals and divider == " " and content == b"OK":
                continue
            if not equals or name not in wanted or name in answers:
                self._out_of_step(f"names {printable(name, 40)!r}, which was not asked for")
            if divider == "+" and value.startswith(b"\n"):
                value = value[1:]
            answers[name] = value.decode("utf-8", "replace")
        if len(answers) != len(wanted):
            missing = sorted(wanted - answers.keys())[0]
            self._out_of_step(f"lacks {printable(missing, 40)!r}")
        return answers

    def _out_of_step(self, what: str) -> NoReturn:
        self.abort(f"tor broke the control protocol (its answer to GETINFO {what})")
        raise ProtocolBroken(self.failure)

    def msg(self, message: str) -> Any:
        with self._msg_lock:
            stray = self._stray_reply()
            if stray is not None:
                self.abort(f"tor sent a reply nobody asked for ({printable(stray, 80)})")
                raise ProtocolBroken(self.failure)
            socket = self.get_socket()
            socket.reply_limit = reply_limit_for(message)
            command = _shown(message)
            timer = threading.Timer(self.deadline, self._no_answer, (command,))
            timer.daemon = True
            timer.start()
            try:
                return super().msg(message)
            except stem.ControllerError as error:
                self._raise_failure(error)
                raise
            finally:
                timer.cancel()
                socket.reply_limit = SMALL_REPLY

    def _no_answer(self, command: str) -> None:
        self.abort(f"tor stopped answering: no reply to {command} within {self.deadline:g} s")

    def _stray_reply(self) -> str | None:
        with self._reply_queue.mutex:
            for item in self._reply_queue.queue:
                if isinstance(item, stem.response.ControlMessage):
                    return str(item)
        return None

    def _raise_failure(self, error: Exception) -> None:
        failure = self.failure
        if not failure:
            return
        if failure.startswith("tor stopped answering"):
            raise TorStoppedAnswering(failure) from error
        raise ProtocolBroken(failure) from error

    # --- events ------------------------------------------------------------------------

    def _launch_threads(self) -> None:
        if self._threads_allowed:
            super()._launch_threads()

    def _close(self) -> None:
        self._event_queue.put(_WAKE)  # before stem joins the event thread
        super()._close()

    def _event_loop(self) -> None:
        """stem's loop, asleep until an event or the close comes. After the close it hands
        on what was queued before, for at most stem's EVENTS_LISTENING_TIMEOUT."""
        events = self._event_queue
        closed_at = 0.0
        try:
            while True:
                message = events.get()
                if message is not _WAKE:
                    self._handle_event(message)
                events.task_done()
                if self.is_alive():
                    continue
                if message is _WAKE or events.empty():
                    return
                closed_at = closed_at or time.monotonic()
                if time.monotonic() - closed_at > stem.control.EVENTS_LISTENING_TIMEOUT:
                    return
        finally:
            if self.is_alive():  # an exception nobody caught ends the thread
                self.abort(EVENT_THREAD_DIED)

    def _fell_behind(self, backlog: int) -> None:
        """Reader thread: listeners cannot keep up with tor; end rather than grow."""
        self.abort(f"tor sent events faster than the panel can take them ({backlog} waiting)")

    def _handle_event(self, event_message: Any) -> None:
        try:
            stem.response.convert("EVENT", event_message)
            event_type = event_message.type
        except Exception as error:  # stem's parsers raise IndexError, TypeError, ValueError
            self._skip(event_message, error)
            return
        # Without stem's lock: add_event_listener holds it while it waits for tor's answer,
        # and a close from the reader thread waits for this thread, so taking it could
        # deadlock. Copying a list is atomic under the GIL.
        listeners = list(self._event_listeners.get(event_type, ()))
        for listener in listeners:
            try:
                listener(event_message)
            except Exception:
                log.exception("a %s event listener failed", event_type)

    def _skip(self, event_message: Any, error: Exception) -> None:
        words = str(event_message).split(" ", 1)
        kind = printable(words[0], 32) if words and words[0] else "?"
        self.skipped[kind] = self.skipped.get(kind, 0) + 1
        now = time.monotonic()
        if now - self._logged_at.get(kind, -LOG_EVERY) < LOG_EVERY:
            return
        self._logged_at[kind] = now
        log.warning(
            "skipped a malformed %s event from tor (%s: %s): %s; %d so far",
            kind,
            type(error).__name__,
            printable(str(error), 120),
            printable(str(event_message), 160),
            self.skipped[kind],
        )
