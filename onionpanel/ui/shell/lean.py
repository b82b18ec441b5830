"""Memory the panel's process need not hold (issue 18), applied by its entry point
(ui.shell.app.main) at the moments each one names.

  defer_unused_modules(names=UNUSED_BY_THE_PANEL) -> list[str]   before stem is imported:
                            modules stem imports but uses only in functions the panel never
                            calls become stand-ins that import the real module on first use
  keep_sources_out_of_linecache() -> bool   right after PySide6 is imported: PySide6's import
                            hook asks for the whole source of every module imported after it,
                            and linecache kept every line for good (about 9 MB of the heap)
  small_default_executor() -> ThreadPoolExecutor   for loop.set_default_executor(): qasync's
                            default starts ten threads at the first run_in_executor()
  return_freed_heap()       glibc's malloc_trim(0): hands freed heap pages back to the system
                            once the start-up work is done
  fixed_mmap_threshold() -> bool   at start: blocks of MMAP_THRESHOLD bytes and more are
                            mapped on their own and unmapped when freed, for the whole run

Each lever was measured with bench/startup.py and bench/rss_floor.py; the figures are in
the commits that brought them.
"""

from __future__ import annotations

import importlib
import sys
import threading
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

# stem.util.connection imports urllib.request (and with it http.client and email) for its
# download(); stem.util.system and stem.descriptor import multiprocessing, tarfile and
# mimetypes for DaemonTask and descriptor archives: nothing the panel calls (1.8 MB of RSS).
UNUSED_BY_THE_PANEL = ("urllib.request", "multiprocessing", "tarfile", "mimetypes")
# glibc raises its mmap threshold to the size of each mapped block freed (up to 32 MB), so after
# the first multi-megabyte GETINFO reply is freed, the next ones land on the heap and their
# pages stay with the process (bench/startup.py --tor fake8k: 2.7 MB of RSS with the 8k map
# shown, 1.2 MB without). Fixing it at glibc's own default keeps big replies mapped, and
# returned when freed.
MMAP_THRESHOLD = 128 * 1024
_M_MMAP_THRESHOLD = -3  # malloc.h
EXECUTOR_THREADS = 4  # blocking reads run here (tor's config, log tail, keyring); made on demand


class DeferredModule(ModuleType):
    """Stands in sys.modules for a module until one of its names is used, then imports the real
    one and becomes it. importlib.util.LazyLoader cannot do this on Python 3.11: the next
    ``import`` of the name reads ``__spec__`` and so loads it; here ``__spec__``, ``__name__``
    and ``__file__`` are answered without loading."""

    def __init__(self, name: str, spec: Any) -> None:
        super().__init__(name)
        self.__spec__ = spec
        self.__file__ = spec.origin
        self.__dict__["_deferred_lock"] = threading.Lock()

    def __getattr__(self, attribute: str) -> Any:  # only names the module does not have yet
        with self.__dict__["_deferred_lock"]:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
                real = importlib.import_module(self.__name__)
                self.__dict__.update(real.__dict__)
        if attribute not in self.__dict__:
            raise AttributeError(f"module {self.__name__!r} has no attribute {attribute!r}")
        return self.__dict__[attribute]


def defer_unused_modules(names: tuple[str, ...] = UNUSED_BY_THE_PANEL) -> list[str]:
    """Returns the names deferred (those not imported yet)."""
    import importlib.util
    import logging

    # Each log record would ask multiprocessing for the process's name (stem makes a record
    # for every message it logs): the panel never shows it, and it would load multiprocessing.
    logging.logMultiprocessing = False
    deferred = []
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None:
            continue
        module = sys.modules[name] = DeferredModule(name, spec)
        parent, _, child = name.rpartition(".")
        if parent:  # find_spec imported the package; ``import a.b as c`` reads a.b from it
            setattr(sys.modules[parent], child, module)
        deferred.append(name)
    return deferred


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


def fixed_mmap_threshold(size: int = MMAP_THRESHOLD) -> bool:
    """False where the C library is not glibc or refuses it."""
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, size))
