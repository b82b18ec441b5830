"""Every command line of ``onionpanel``, built from the standard library alone.

  panel_parser() -> ArgumentParser         onionpanel [panel options] | onionpanel COMMAND ...
  command_parser(name) -> ArgumentParser   the parser ``onionpanel NAME`` runs with
  COMMANDS                                 name -> Command(summary, "module:function")
  DEFAULT_ROUTING_CONFIG                   /etc/onionpanel/config.toml (onionpanel run --config)

``--help``, the man page onionpanel(1) and the bash/zsh/fish completions come from these
parsers: the build (setup.py) imports this module without the project's dependencies installed,
so it imports nothing but argparse. The commands themselves live in the packages that own them
and are imported only when they run.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from onionpanel import __version__

DEFAULT_ROUTING_CONFIG = Path("/etc/onionpanel/config.toml")
CONTROL_METAVAR = "HOST:PORT|unix:PATH"
DEFAULT_CONTROL = "/run/tor/control, 127.0.0.1:9051, 127.0.0.1:9151"
DEFAULT_TIMEOUT = 10.0  # seconds tor may take per command (onionpanel.tor.guarded's deadline)


@dataclass(frozen=True)
class Command:
    summary: str
    target: str  # "module:function"; the function takes the remaining argv, returns an exit code
    add_arguments: Callable[[argparse.ArgumentParser], None]


def _control(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--control",
        metavar=CONTROL_METAVAR,
        help=f"tor's control port; tried before {DEFAULT_CONTROL}",
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value <= 3600:  # also refuses nan; inf is above 3600
        raise argparse.ArgumentTypeError("give a number of seconds between 0 and 3600")
    return value


def _timeout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        help=f"how long tor may take to answer each command (default {DEFAULT_TIMEOUT:g})",
    )


def _status(parser: argparse.ArgumentParser) -> None:
    _control(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    _timeout(parser)


def _newnym(parser: argparse.ArgumentParser) -> None:
    _control(parser)
    _timeout(parser)


def _config(parser: argparse.ArgumentParser) -> None:
    _control(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    _timeout(parser)


def _sandbox(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", required=True, metavar="start|stop")
    starting = commands.add_parser("start", help="start a sandbox in DIR and return when ready")
    starting.add_argument("dir", type=Path, metavar="DIR")
    starting.add_argument("--exits", type=int, default=2, help="exit relays (default 2)")
    starting.add_argument("--middles", type=int, default=1, help="middle relays (default 1)")
    stopping = commands.add_parser("stop", help="stop every tor of the sandbox in DIR")
    stopping.add_argument("dir", type=Path, metavar="DIR")


def _run(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config", type=Path, default=DEFAULT_ROUTING_CONFIG, help="config.toml to read"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would run, and run nothing"
    )
    parser.add_argument("profile", help="a profile name from the system config")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND [ARGS…]")


COMMANDS: dict[str, Command] = {
    "status": Command(
        "Show how the tor on this machine is doing: endpoint, login, version, bootstrap.",
        "onionpanel.tor.cli:status_main",
        _status,
    ),
    "newnym": Command(
        "Ask tor to use new circuits for new connections.",
        "onionpanel.tor.cli:newnym_main",
        _newnym,
    ),
    "config": Command(
        "Show what tor is configured to do and where each setting comes from.",
        "onionpanel.tor.config_cli:config_main",
        _config,
    ),
    "sandbox": Command(
        "A private practice Tor network on this machine. Sandbox — not anonymous: "
        "it gives no anonymity.",
        "onionpanel.sandbox.cli:main",
        _sandbox,
    ),
    "run": Command(
        "Start a program in a routing profile that the system declares.",
        "onionpanel.routing.cli:run_main",
        _run,
    ),
}


def command_parser(name: str) -> argparse.ArgumentParser:
    command = COMMANDS[name]
    parser = argparse.ArgumentParser(prog=f"onionpanel {name}", description=command.summary)
    command.add_arguments(parser)
    return parser


def add_panel_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--control",
        metavar=CONTROL_METAVAR,
        help=f"tor's control port (default: {DEFAULT_CONTROL})",
    )
    where.add_argument(
        "--sandbox",
        action="store_true",
        help="start a private practice Tor network in a temporary directory (not anonymous)",
    )
    where.add_argument(
        "--launch-tor", action="store_true", help="start a Tor of your own and attach to it"
    )
    parser.add_argument(
        "--open-window",
        action="store_true",
        help="open the panel window (in the panel that already runs, if there is one)",
    )
    parser.add_argument(
        "--new-identity",
        action="store_true",
        help="ask for a new identity (in the panel that already runs, if there is one)",
    )


def panel_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onionpanel",
        description="A control panel for the Tor on this computer. Without a COMMAND it opens "
        "the panel (a tray icon); a second launch raises the panel that already runs.",
        epilog="Run 'onionpanel COMMAND --help' for the options of a command.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"onionpanel {__version__}")
    add_panel_options(parser)
    commands = parser.add_subparsers(
        dest="subcommand", metavar="COMMAND", title="commands", required=False
    )
    for name, command in COMMANDS.items():
        command.add_arguments(
            commands.add_parser(name, help=command.summary, description=command.summary)
        )
    return parser
