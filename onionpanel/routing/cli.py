"""``onionpanel run [--config PATH] [--dry-run] PROFILE -- COMMAND [ARGS…]``

Runs COMMAND in a profile the system config declares (see routing.launch). Unprivileged: it
only reads the config. Exit codes: the command's own (it replaces this process), 1 when the
profile cannot be used here, 2 for a usage error or an undeclared profile.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence

from onionpanel.commandline import command_parser
from onionpanel.helper.config import ConfigError, load_config
from onionpanel.routing.launch import LaunchError, launch_plan


def run_main(argv: Sequence[str]) -> int:
    parser = command_parser("run")
    options = parser.parse_args(list(argv))
    command = list(options.command)
    if command[:1] == ["--"]:
        command = command[1:]
    if not command:
        parser.error("no command: onionpanel run PROFILE -- COMMAND [ARGS…]")
    try:
        config = load_config(options.config)
    except (ConfigError, OSError) as error:
        print(f"onionpanel run: cannot use {options.config}: {error}", file=sys.stderr)
        return 1
    declared = [profile.name for profile in config.profiles]
    if options.profile not in declared:
        names = ", ".join(declared) or "none"
        print(
            f"onionpanel run: no profile named {options.profile!r} in {options.config} "
            f"(declared: {names})",
            file=sys.stderr,
        )
        return 2
    try:
        launch = launch_plan(
            config.profile(options.profile), command, systemd_run=shutil.which("systemd-run")
        )
    except LaunchError as error:
        print(f"onionpanel run: {error}", file=sys.stderr)
        return 1
    if options.dry_run:
        for key, value in sorted(launch.environment.items()):
            print(f"{key}={value}")
        print(" ".join(launch.argv))
        return 0
    try:
        os.execvpe(launch.argv[0], list(launch.argv), {**os.environ, **launch.environment})
    except OSError as error:
        print(f"onionpanel run: cannot start {launch.argv[0]}: {error}", file=sys.stderr)
        return 1
