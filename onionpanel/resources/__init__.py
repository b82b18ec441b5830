"""Data files shipped inside the package: the world map, compiled translations, icons.

  resource_path(*parts) -> Path   a file or folder below onionpanel/resources/
  resources_root() -> Path        that folder, or the override below
  RESOURCES_ENV                   "ONIONPANEL_RESOURCES": a folder to use instead (development)

Files load through importlib.resources, so they are found wherever the package is installed
(a wheel in site-packages, an editable checkout, a distribution's /usr/lib/python3/...).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
from importlib import resources
from pathlib import Path

RESOURCES_ENV = "ONIONPANEL_RESOURCES"


@functools.cache
def _package_folder() -> Path:
    root = resources.files(__name__)
    if isinstance(root, Path):
        return root
    # A zipped install: unpack once for the whole process (Qt's loaders want real paths).
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return Path(stack.enter_context(resources.as_file(root)))


def resources_root() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    return Path(override) if override else _package_folder()


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
