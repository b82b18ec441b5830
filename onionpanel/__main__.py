"""Command line entry point: ``onionpanel [panel options]`` or ``onionpanel COMMAND ...``.

Each command lives in the package that owns it and is imported only when it runs, so that
``onionpanel`` (the GUI) starts without paying for stem, and ``onionpanel status`` without Qt.
The parsers themselves are in onionpanel.commandline.

  main(argv) - dispatches to a subcommand, or opens the panel
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence

from onionpanel.commandline import COMMANDS, panel_parser

GUI = "onionpanel.ui.shell.app:main"


def _load(target: str) -> Callable[[list[str]], int]:
    module_name, function_name = target.split(":")
    function: Callable[[list[str]], int] = getattr(
        importlib.import_module(module_name), function_name
    )
    return function


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return _load(COMMANDS[args[0]].target)(args[1:])
    # --help, --version and usage errors end here, before Qt is imported.
    panel_parser().parse_args(args)
    return _load(GUI)(args)


if __name__ == "__main__":
    sys.exit(main())
