"""Memory the panel's process need not hold (issue 18), applied at the top of its entry point.

  keep_sources_out_of_linecache() -> bool   right after PySide6 is imported: PySide6's import
                            hook asks for the whole source of every module imported after it,
                            and linecache kept every line for good (about 9 MB of the heap)
  small_default_executor() -> ThreadPoolExecutor   for loop.set_default_executor(): qasync's
                            default starts ten threads at the first run_in_executor()
  return_freed_heap()       glibc's malloc_trim(0): hands freed heap pages back to the system
                            once the start-up work is done

Each lever was measured with bench/startup.py and bench/rss_floor.py; the figures are in
the commits that brought them.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor
    from types import ModuleType

EXECUTOR_THREADS = 4  # blocking reads run here (tor's config, log tail, keyring); made on demand


def keep_sources_out_of_linecache() -> bool:
    """PySide6 marks each module imported after it as using PySide6 or not, by searching its
    source for "PySide6" through inspect.getsource(), and so linecache. The same answer is
    read here from the file, and nothing is kept. False if this PySide6 has no such hook."""
    import PySide6  # noqa: F401  (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    return True


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source file mentions PySide6; False without a source file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def small_default_executor() -> ThreadPoolExecutor:
    from concurrent.futures import ThreadPoolExecutor

    return ThreadPoolExecutor(max_workers=EXECUTOR_THREADS, thread_name_prefix="onionpanel-io")


def return_freed_heap() -> None:
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return
    trim(0)
