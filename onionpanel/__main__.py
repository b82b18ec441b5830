"""Command line entry point: ``onionpanel [GUI options]`` or ``onionpanel COMMAND ...``.

Each command lives in the package that owns it and is imported only when it runs, so that
``onionpanel`` (the GUI) starts without paying for stem, and ``onionpanel status`` without Qt.

  main(argv) - dispatches to a subcommand, or opens the panel
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence

# command -> "module:function"; the function takes the remaining argv and returns an exit code.
COMMANDS: dict[str, str] = {
    "status": "onionpanel.tor.cli:status_main",
    "newnym": "onionpanel.tor.cli:newnym_main",
    "config": "onionpanel.tor.config_cli:config_main",
    "sandbox": "onionpanel.sandbox.cli:main",
    "run": "onionpanel.routing.cli:run_main",
}
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
        return _load(COMMANDS[args[0]])(args[1:])
    if args and args[0] in ("-V", "--version"):
        from onionpanel import __version__

        print(f"onionpanel {__version__}")
        return 0
    return _load(GUI)(args)


if __name__ == "__main__":
    sys.exit(main())
