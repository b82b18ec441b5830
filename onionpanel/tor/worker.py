"""The one thread that runs blocking stem calls, in submission order.

Unlike a ThreadPoolExecutor its thread is a daemon, and it can be abandoned: a call stuck in
the kernel (a connect() to a host that never answers) then neither holds up later calls,
which get a fresh thread, nor the interpreter's exit.

  StemWorker(name)
  |- submit(function, *args) -> concurrent.futures.Future   runs after every earlier job
  |- abandon()                 later jobs go to a new thread; queued ones are cancelled
  |- stop()                    the thread ends after the jobs queued so far
"""

from __future__ import annotations

import queue
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

_Job = tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]


def _serve(jobs: queue.SimpleQueue[_Job | None]) -> None:
    while (job := jobs.get()) is not None:
        future, function, args = job
        if not future.set_running_or_notify_cancel():
            continue
        try:
            result = function(*args)
        except BaseException as error:  # handed to the caller, who decides
            future.set_exception(error)
        else:
            future.set_result(result)
        del job, future


class StemWorker:
    def __init__(self, name: str = "onionpanel-tor") -> None:
        self._name = name
        self._jobs: queue.SimpleQueue[_Job | None] | None = None

    def submit(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        if self._jobs is None:
            self._jobs = queue.SimpleQueue()
            threading.Thread(
                target=_serve, args=(self._jobs,), name=self._name, daemon=True
            ).start()
            # a worker nobody stops (its connection was dropped unclosed) still ends its thread
            weakref.finalize(self, self._jobs.put, None)
        future: Future[Any] = Future()
        self._jobs.put((future, function, args))
        return future

    def abandon(self) -> None:
        jobs, self._jobs = self._jobs, None
        if jobs is None:
            return
        while True:
            try:
                job = jobs.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                job[0].cancel()
        jobs.put(None)

    def stop(self) -> None:
        jobs, self._jobs = self._jobs, None
        if jobs is not None:
            jobs.put(None)
