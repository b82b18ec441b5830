"""The blocking side of TorConnection: what runs on its worker thread or on stem's threads.

stem_call(function, *args)        run a stem call; stem's exceptions leave as TorErrors
log_failure(job)                  done-callback for jobs nobody awaits
discard(controller, reason) -> threading.Event   end a controller without waiting
wait_all(events, seconds)         wait for all of them, ``seconds`` in total at most
Basics, read_basics(controller)   what the status page shows right after connecting
newnym_outcome(event) -> float | None   SIGNAL NEWNYM / the rate-limit notice, as a delay
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

import stem

from onionpanel.core.text import printable
from onionpanel.tor.errors import CommandFailed, ConnectionLost, ProtocolBroken, TorError

log = logging.getLogger(__name__)
R = TypeVar("R")


def stem_call(function: Callable[..., R], *args: Any) -> R:
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


def wait_all(events: list[threading.Event], seconds: float) -> None:
    give_up = time.monotonic() + seconds
    for event in events:
        event.wait(max(0.0, give_up - time.monotonic()))


def discard(controller: Any, reason: str = "closed by the panel") -> threading.Event:
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

    threading.Thread(target=close, name="stem-close", daemon=True).start()
    return done


def log_failure(job: Future[Any]) -> None:
    if not job.cancelled() and job.exception() is not None:
        log.warning("tor command failed: %s", job.exception())


@dataclass(frozen=True)
class Basics:
    version: str
    version_status: str  # recommended, obsolete, ... (tor's status/version/current)
    bootstrap_phase: str
    testing_network: bool  # a private test network (our sandbox): never anonymous


def read_basics(controller: Any) -> Basics:
    """Worker thread: what the status page shows right after connecting. No defaults: an
    answer that is missing or makes no sense ends the connection rather than show blanks."""
    version = str(controller.get_info("version"))
    if not _VERSION.match(version):
        raise ProtocolBroken(f"tor answered GETINFO version with {printable(version, 60)!r}")
    phase = str(controller.get_info("status/bootstrap-phase"))
    if "BOOTSTRAP" not in phase:
        raise ProtocolBroken(f"tor answered its bootstrap phase with {printable(phase, 60)!r}")
    return Basics(
        version=version,
        version_status=printable(str(controller.get_info("status/version/current", "")), 40),
        bootstrap_phase=phase,
        testing_network=str(controller.get_conf("TestingTorNetwork", "0")) == "1",
    )


_VERSION = re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+[0-9A-Za-z.\- ()]*$")
