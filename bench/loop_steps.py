"""Which step held the loop: the longest run of every asyncio step and Qt paint, by name.

  StepTimer()                 create it before the MapCanvas (PySide looks a Python override
                              of paintEvent up once per class); as a context manager it times
                              - every asyncio callback (a task's step is named by the
                                function it stopped in: "_attach_details", "_place_all", ...)
                              - every MapCanvas.paintEvent ("map paint"), and inside it every
                                unit of the cached layer's work, named by the generator it
                                ran ("layer: dot_work", "layer: outline_work", ...)
                              - RelayListView.set_relays ("relay list fill") and each
                                chunk of rows after it ("relay list: chunk")
  |- maxima, cpu_maxima -> {name: ms}   the longest single run of each: wall clock, and the
                              loop thread's CPU time in it (what other processes on a shared
                              machine do not inflate)
  |- totals -> {name: ms}     the sum of every run of each (where the load's time goes)
  |- inside(start, end) -> str   the steps run within a stretch of time (the longest block)
  |- report(limit_ms) -> str  one line per step, longest first, marked when its CPU time is
                              over the limit

For benchmarks only: it wraps private methods (asyncio's Handle._run, the layer's work).
"""

from __future__ import annotations

import asyncio
import gc
import time
import types
from collections.abc import Callable, Iterator
from typing import Any

from onionpanel.ui.relays import map_canvas, map_paint, map_picture
from onionpanel.ui.relays.table import RelayListView, RelayTableModel


def _innermost(coroutine: Any) -> str:
    """The function a suspended coroutine (or generator) chain stopped in."""
    name = getattr(getattr(coroutine, "cr_code", None) or coroutine.gi_code, "co_name", "?")
    while True:
        inner = getattr(coroutine, "cr_await", None) or getattr(coroutine, "gi_yieldfrom", None)
        if not isinstance(inner, types.CoroutineType | types.GeneratorType):
            return str(name)
        coroutine = inner
        code = getattr(coroutine, "cr_code", None) or getattr(coroutine, "gi_code", None)
        if code is not None and code.co_name not in (
            "sleep",
            "__sleep0",
            "pause",
            "tick",
            "__aexit__",
            "__aenter__",
        ):
            name = code.co_name


def _generator_name(work: Iterator[None]) -> str:
    generator: Any = work
    name = "?"
    while isinstance(generator, types.GeneratorType):
        name = generator.gi_code.co_name
        generator = generator.gi_yieldfrom
    return name


class StepTimer:
    def __init__(self) -> None:
        self.maxima: dict[str, float] = {}
        self.cpu_maxima: dict[str, float] = {}  # the same, in this thread's CPU time
        self.totals: dict[str, float] = {}
        self.runs: list[tuple[float, float, str, float]] = []  # start, end, name, CPU ms
        self.active = False
        self._since = 0.0
        self._undo: list[Callable[[], None]] = []
        self._wrap_handles()
        self._wrap_paint()
        self._wrap_layer()
        self._wrap(RelayListView, "set_relays", "relay list fill")
        self._wrap(RelayTableModel, "_fill_more", "relay list: chunk")
        self._wrap(map_picture, "new_layer", "map: new layer")
        self._wrap(map_canvas.MapCanvas, "set_relays", "map set_relays")
        self._wrap(gc, "collect", "gc.collect")
        self._wrap(map_paint.Layer, "paint_pending", "map: layer slice")

    def note(self, name: str, seconds: float, started: float, cpu_s: float) -> None:
        """Only steps that began and ended while active count."""
        if not self.active or started < self._since:
            return
        ms = seconds * 1000
        self.runs.append((started, started + seconds, name, cpu_s * 1000))
        self.maxima[name] = max(ms, self.maxima.get(name, 0.0))
        self.cpu_maxima[name] = max(cpu_s * 1000, self.cpu_maxima.get(name, 0.0))
        self.totals[name] = self.totals.get(name, 0.0) + ms

    def __enter__(self) -> StepTimer:
        self.active, self._since = True, time.perf_counter()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.active = False

    def close(self) -> None:
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()

    def _wrap(self, owner: Any, attribute: str, name: str) -> None:
        original = getattr(owner, attribute)
        timer = self

        def timed(*args: Any, **kwargs: Any) -> Any:
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                timer.note(name, time.perf_counter() - started, started, time.thread_time() - cpu)

        setattr(owner, attribute, timed)
        self._undo.append(lambda: setattr(owner, attribute, original))

    def _wrap_paint(self) -> None:
        self._wrap(map_canvas.MapCanvas, "paintEvent", "map paint")

    def _wrap_handles(self) -> None:
        original = asyncio.events.Handle._run
        timer = self

        def run(handle: asyncio.events.Handle) -> None:
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                original(handle)
            finally:
                timer.note(
                    _handle_name(handle),
                    time.perf_counter() - started,
                    started,
                    time.thread_time() - cpu,
                )

        asyncio.events.Handle._run = run  # type: ignore[method-assign]
        self._undo.append(lambda: setattr(asyncio.events.Handle, "_run", original))

    def _wrap_layer(self) -> None:
        original = map_paint.Layer.paint_pending
        timer = self

        def paint_pending(layer: map_paint.Layer, budget_s: float) -> None:
            work = layer.work
            if work is None:
                return
            steps = _TimedSteps(work, timer)
            layer.work = steps
            try:
                original(layer, budget_s)
            finally:
                if layer.work is steps:
                    layer.work = work

        map_paint.Layer.paint_pending = paint_pending  # type: ignore[method-assign]
        self._undo.append(lambda: setattr(map_paint.Layer, "paint_pending", original))

    def inside(self, start: float, end: float) -> str:
        """The steps that ran between two perf_counter() times (e.g. the longest block)."""
        parts = [
            f"{name} {(stop - begin) * 1000:.1f}/{cpu:.1f}"
            for begin, stop, name, cpu in self.runs
            if begin >= start and stop <= end
        ]
        return ", ".join(parts) or "nothing timed (another thread held the GIL?)"

    def report(self, limit_ms: float) -> str:
        lines = ["    longest (wall / thread CPU)   all runs' total   step"]
        for name, ms in sorted(self.maxima.items(), key=lambda item: -item[1])[:16]:
            cpu = self.cpu_maxima[name]
            mark = "  <-- over" if cpu > limit_ms else ""
            total = self.totals[name]
            lines.append(f"    {ms:6.1f} / {cpu:5.1f} ms   {total:8.1f} ms   {name}{mark}")
        return "\n".join(lines)


class _TimedSteps:
    def __init__(self, work: Iterator[None], timer: StepTimer) -> None:
        self.work, self.timer = work, timer

    def __iter__(self) -> _TimedSteps:
        return self

    def __next__(self) -> None:
        name = "layer: " + _generator_name(self.work)
        started, cpu = time.perf_counter(), time.thread_time()
        try:
            return next(self.work)
        finally:
            self.timer.note(name, time.perf_counter() - started, started, time.thread_time() - cpu)


def _handle_name(handle: asyncio.events.Handle) -> str:
    callback = handle._callback  # type: ignore[attr-defined]
    task = getattr(callback, "__self__", None)
    if isinstance(task, asyncio.Task):
        if task.done():
            return f"task end: {task.get_coro().__qualname__}"  # type: ignore[union-attr]
        return f"task: {_innermost(task.get_coro())}"
    return getattr(callback, "__qualname__", repr(callback))[:60]
