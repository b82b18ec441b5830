"""stem's Controller, made to survive what a broken or hostile control port sends.

The one place that contains stem's own failures (see issue 11):
- a malformed event is skipped and logged, at most once per event type every LOG_EVERY
  seconds; stem's parsers raise IndexError or TypeError on some, which would end the thread
  that reads tor's lines, and with it every later event and reply;
- every command has a deadline: when tor does not answer in time the socket is shut, which
  wakes every thread waiting on it, and the command raises TorStoppedAnswering;
- a reply that nobody asked for means replies are out of step: the connection ends;
- what the socket's reader (onionpanel.tor.wire) refuses ends the connection too;
- events are handled on stem's reader thread, as they are read: stem's separate event thread
  (and its queue, and its wake-ups every 50 ms) does not run. A thread hop per event cost a
  queue, a wake-up and a GIL hand-over between two threads that both want it for every
  event; listeners only translate and hand on (onionpanel.tor.events), never wait for tor.
  A listener that raises past every ``except Exception`` ends the connection, with the
  reason, instead of the reader: the connection layer hears of it as of a closed socket;
- what that costs per event is kept small: the frequent STREAM, STREAM_BW and CIRC_BW are
  read without stem when plainly formed (onionpanel.tor.quick_events), NS and NEWCONSENSUS
  go on as text (RAW_EVENTS: stem would parse every router entry), and stem's parse skips
  convert()'s imports.

  GuardedController(control_socket, deadline=DEFAULT_DEADLINE)   a stem.control.Controller
  |- deadline                        seconds a command may take
  |- skipped -> dict[str, int]       malformed events per type, so far
  |- failure -> str                  why the connection ended ("" if it did not, or closed)
  |- abort(reason)                   end the connection now, from any thread
  |- get_info_text(key) -> str       GETINFO for one key, holding the answer about twice
                                     at most (stem's get_info holds it 3-4 times)
  |- get_info_keys(keys) -> {key: value}   one GETINFO for several keys; KeysRefused if tor
                                     refuses it (see tor.info_many for chunks and bad keys)
  reply_limit_for(command) -> int    bytes a reply to this command may have
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import stem
import stem.control
import stem.response
import stem.response.events

from onionpanel.core.text import printable
from onionpanel.tor.errors import (
    CommandFailed,
    KeysRefused,
    ProtocolBroken,
    TorStoppedAnswering,
)
from onionpanel.tor.quick_events import QUICK_TYPES, QuickEvent, quick_event
from onionpanel.tor.wire import LARGE_REPLY, SMALL_REPLY

log = logging.getLogger(__name__)

DEFAULT_DEADLINE = 10.0
EVENT_HANDLING_FAILED = "handing on tor's events failed; events would be lost"
# Events whose listeners take their raw text (onionpanel.tor.relay_events): stem would parse
# every router status entry in them (a whole consensus, hourly, thousands of entries) on the
# thread that also reads the replies to our commands.
RAW_EVENTS = frozenset({"NS", "NEWCONSENSUS"})
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


class _HandleAtOnce:
    """Stands in for stem's event queue: what stem's reader puts is handled right there."""

    def __init__(self, handle: Callable[[Any], None], failed: Callable[[BaseException], None]):
        self._handle = handle
        self._failed = failed

    def put(self, message: Any) -> None:
        try:
            self._handle(message)
        except BaseException as error:  # the reader must go on, to see the close
            self._failed(error)

    def empty(self) -> bool:
        return True

    def qsize(self) -> int:
        return 0


def _parsed(message: Any, event_type: str) -> Any:
    """stem's event. What stem.response.convert("EVENT", ...) does, without its seven import
    statements per call (each goes through PySide's import hook: a third of the parse)."""
    message.__class__ = stem.response.events.Event
    if event_type in RAW_EVENTS:
        message.type = event_type
        message.positional_args, message.keyword_args = [], {}
    else:
        message._parse_message()
    return message


def _quick(message: Any) -> QuickEvent | None:
    content = message.content()
    if len(content) != 1 or content[0][1] != " ":
        return None
    return quick_event(content[0][2], message.arrived_at)


def _first_word(message: Any) -> str:
    """The event's type, without making a string of what follows (a whole consensus)."""
    content = message.content()
    words = content[0][2][:64].split(None, 1) if content else []
    return str(words[0]) if words else ""


class _NoNotice:
    """Stands in for the Event that woke stem's event thread: there is none to wake."""

    def set(self) -> None:
        pass

    def clear(self) -> None:
        pass

    def is_set(self) -> bool:
        return False

    def wait(self, timeout: float | None = None) -> bool:
        return False


class GuardedController(stem.control.Controller):  # type: ignore[misc]
    def __init__(self, control_socket: Any, deadline: float = DEFAULT_DEADLINE) -> None:
        self.deadline = deadline
        self.skipped: dict[str, int] = {}
        self._logged_at: dict[str, float] = {}
        self._threads_allowed = False  # stem's __init__ would start them on its own queue
        super().__init__(control_socket)
        self._event_queue = _HandleAtOnce(self._handle_event, self._handling_failed)
        self._event_notice = _NoNotice()
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
        """stem's reader thread only: it handles the events it reads (_HandleAtOnce)."""
        if not self._threads_allowed:
            return
        with self._socket._get_send_lock():
            reader: Any = getattr(self, "_reader_thread", None)
            if reader is None or not reader.is_alive():
                reader = threading.Thread(target=self._reader_loop, name="Tor listener")
                reader.daemon = True
                self._reader_thread = reader
                reader.start()

    def _handling_failed(self, error: BaseException) -> None:
        """Reader thread: an exception got past every listener's own ``except``. End the
        connection (its reader then sees the close and ends too) rather than the reader."""
        log.error("handing on an event failed: %s", printable(repr(error), 160))
        self.abort(EVENT_HANDLING_FAILED)

    def _handle_event(self, event_message: Any) -> None:
        try:
            event_type, event = _first_word(event_message), None
            if event_type in QUICK_TYPES:
                event = _quick(event_message)  # None: stem parses it
            if event is None:
                event = _parsed(event_message, event_type)
                event_type = event.type
        except Exception as error:  # stem's parsers raise IndexError, TypeError, ValueError
            self._skip(event_message, error)
            return
        # Without stem's lock: add_event_listener holds it while it waits for tor's answer,
        # which this very thread reads, so taking it would deadlock. Copying a list is
        # atomic under the GIL.
        listeners = list(self._event_listeners.get(event_type, ()))
        for listener in listeners:
            try:
                listener(event)
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
