"""Root CLI of the routing helper, for admins, boot units and tests.

onionpanel-helper [--config PATH] [--state-dir PATH] COMMAND
  status        declared modes, the applied one, the one remembered for boot
  check [--against-tor]
                validate the config (and nothing else); exit 0 when it is good. --against-tor:
                also compare it with the listeners tor really has and print the torrc lines to
                add (exit 1 when some are missing, 4 when tor cannot be asked)
  render MODE   print the nft file for MODE (applies nothing)
  apply MODE    nft -c, one nft transaction, verify, remember MODE for boot
  boot          apply the remembered mode (or policy.boot_mode); lockdown if that fails
  watch         re-apply the remembered mode whenever the table disappears
  serve [--bus ADDRESS] [--sandbox]
                watch, and answer org.onionpanel.Helper1 on the system bus; --sandbox: first
                move into a new, empty network namespace, then answer every caller without
                polkit (onionpanel --sandbox runs it so, on a bus of its own)

build_parser() -> ArgumentParser   (also what the man page onionpanel-helper(8) is made from)
main(argv) -> exit code: 0 ok, 1 config invalid or mode undeclared (or, with --against-tor,
  listeners missing), 2 usage, 3 nft failed, 4 tor cannot be asked
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from onionpanel import __version__
from onionpanel.helper import nft
from onionpanel.helper.against_tor import check_against_tor
from onionpanel.helper.cgroups import profile_cgroups
from onionpanel.helper.config import (
    DEFAULT_CONFIG,
    Config,
    ConfigError,
    ModeError,
    check_mode,
    load_config,
)
from onionpanel.helper.config_checks import advice
from onionpanel.helper.config_router import (
    address_problems,
    default_route_interfaces,
    forwarding_problems,
    host_addresses,
    wan_problems,
)
from onionpanel.helper.ruleset import render
from onionpanel.helper.watch import Watcher

EXIT_OK, EXIT_CONFIG, EXIT_USAGE, EXIT_NFT = 0, 1, 2, 3
MAX_MINUTES = 24 * 60


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onionpanel-helper",
        description="Switch OnionPanel's nftables table between the modes the system declares.",
    )
    parser.add_argument(
        "-V", "--version", action="version", version=f"onionpanel-helper {__version__}"
    )
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="config.toml to read")
    parser.add_argument(
        "--state-dir", type=Path, default=nft.DEFAULT_STATE_DIR, help="where the mode is kept"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="show declared, applied and remembered modes")
    check = commands.add_parser("check", help="validate the config")
    check.add_argument(
        "--against-tor", action="store_true", help="also compare with tor's real listeners"
    )
    commands.add_parser("render", help="print the ruleset of a mode").add_argument("mode")
    apply = commands.add_parser("apply", help="apply a mode atomically")
    apply.add_argument("mode")
    apply.add_argument(
        "--minutes", type=int, help="go back to tor after this long (enforced by `watch`)"
    )
    commands.add_parser("boot", help="apply the remembered or boot mode; lockdown on failure")
    commands.add_parser("watch", help="re-apply the remembered mode whenever the table disappears")
    serve = commands.add_parser("serve", help="watch, and answer D-Bus calls (polkit-checked)")
    serve.add_argument("--bus", default="SYSTEM", help="bus address (default: the system bus)")
    serve.add_argument(
        "--sandbox",
        action="store_true",
        help="move into a new network namespace first, then answer without polkit",
    )
    return parser


def _status(config: Config, state_dir: Path) -> int:
    applied = nft.applied_mode()
    print(f"declared modes:  {', '.join(config.modes)}")
    print(f"user may switch: {', '.join(config.policy.user_may_switch)}")
    print(f"applied:         {applied if applied is not None else '(no onionpanel table)'}")
    print(f"remembered:      {nft.persisted_mode(state_dir) or '(none)'}")
    revert = nft.pending_revert(state_dir)
    if revert is not None:
        left = max(0, round((revert[0] - time.time()) / 60))
        print(f"time limit:      back to {revert[1]!r} in {left} min")
    print(f"at boot:         {nft.boot_mode(config, state_dir)}")
    return EXIT_OK


def _apply(config: Config, mode: str, state_dir: Path, minutes: int | None = None) -> int:
    if minutes is not None and not 1 <= minutes <= MAX_MINUTES:
        print(f"onionpanel-helper: --minutes must be 1 to {MAX_MINUTES}", file=sys.stderr)
        return EXIT_USAGE
    until = None if minutes is None else time.time() + minutes * 60
    cgroups = profile_cgroups(config)
    applied = nft.apply(config, mode, state_dir, cgroups=cgroups, until=until)
    limit = f"; back to tor in {minutes} min" if minutes else ""
    if applied.reason:
        print(f"mode {mode!r} not applied: {applied.reason}; lockdown applied meanwhile")
        return EXIT_NFT
    print(f"mode {mode!r} applied in {applied.seconds * 1000:.0f} ms{limit}")
    return EXIT_OK


def _boot(config: Config, state_dir: Path) -> int:
    mode = nft.boot_mode(config, state_dir)
    try:
        return _apply(config, mode, state_dir)
    except nft.ApplyError as error:
        print(f"onionpanel-helper: {error}; falling back to lockdown", file=sys.stderr)
        nft.apply(config, "lockdown", state_dir, persist=False)
        print(f"lockdown applied; {mode!r} stays the mode remembered for boot")
        return EXIT_NFT


def _watch(config: Config, state_dir: Path) -> int:
    stop = threading.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stop.set())
    Watcher(config, state_dir, notify=lambda text: print(text, flush=True)).run(stop)
    return EXIT_OK


def _say_serving() -> None:
    print("serving", flush=True)


def _serve(config: Config, state_dir: Path, bus: str, sandbox: bool) -> int:
    from onionpanel.helper.service import serve  # jeepney only where D-Bus is used

    stop = threading.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stop.set())
    try:
        serve(config, state_dir, bus, stop=stop, ready=_say_serving, sandbox=sandbox)
    except OSError as error:
        print(f"onionpanel-helper: {error}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _read_text(path: str) -> str:
    return Path(path).read_text()


def _run(args: argparse.Namespace) -> int:
    # serve --sandbox runs unprivileged in namespaces of its own, on the user's own config
    config = load_config(args.config, trust=not getattr(args, "sandbox", False))
    if args.command == "check":
        print(f"{args.config}: ok; modes: {', '.join(config.modes)}")
        for tip in advice(config):  # on stderr: stdout stays one line scripts can read
            print(f"note: {tip}", file=sys.stderr)
        for note in forwarding_problems(config, _read_text):
            print(f"note: {note}", file=sys.stderr)
        wrong = []
        if config.routers:
            wrong = address_problems(config, host_addresses())
            wrong += wan_problems(config, default_route_interfaces())
        for problem in wrong:
            print(problem, file=sys.stderr)
        if wrong:
            return EXIT_CONFIG
        if args.against_tor:
            return check_against_tor(config, args.config, sys.stdout)
        return EXIT_OK
    if args.command == "status":
        return _status(config, args.state_dir)
    if args.command == "render":
        sys.stdout.write(render(config, check_mode(config, args.mode)))
        return EXIT_OK
    if args.command == "apply":
        return _apply(config, check_mode(config, args.mode), args.state_dir, args.minutes)
    if args.command == "watch":
        return _watch(config, args.state_dir)
    if args.command == "serve":
        return _serve(config, args.state_dir, args.bus, args.sandbox)
    return _boot(config, args.state_dir)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except ModeError as error:
        print(f"onionpanel-helper: refused, nothing changed: {error}", file=sys.stderr)
        return EXIT_CONFIG
    except ConfigError as error:
        print(
            f"onionpanel-helper: nothing changed; the config is not usable:\n{error}",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    except nft.ApplyError as error:
        print(f"onionpanel-helper: nothing changed: {error}", file=sys.stderr)
        return EXIT_NFT


if __name__ == "__main__":
    sys.exit(main())
