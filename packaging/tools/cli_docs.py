#!/usr/bin/env python3
"""Man pages and shell completions, generated from the argparse parsers at build time.

  python3 packaging/tools/cli_docs.py OUT_DIR     writes the tree below (setup.py calls generate())

  OUT_DIR/share/man/man1/onionpanel.1
  OUT_DIR/share/man/man8/onionpanel-helper.8
  OUT_DIR/share/bash-completion/completions/{onionpanel,onionpanel-helper}
  OUT_DIR/share/zsh/site-functions/{_onionpanel,_onionpanel-helper}
  OUT_DIR/share/fish/vendor_completions.d/{onionpanel,onionpanel-helper}.fish

argparse-manpage writes the pages and shtab the completions; neither is needed at run time.
The parsers import nothing but the standard library (onionpanel.commandline,
onionpanel.helper.__main__), so the build needs none of the project's dependencies.
SOURCE_DATE_EPOCH, when set, dates the pages (reproducible builds).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHELL_TARGETS = {
    "bash": "share/bash-completion/completions/{prog}",
    "zsh": "share/zsh/site-functions/_{prog}",
    "fish": "share/fish/vendor_completions.d/{prog}.fish",
}
URL = "https://github.com/onionpanel/onionpanel"
NAME_LINE = {
    "onionpanel": "a control panel for the Tor on this computer",
    "onionpanel-helper": "switch OnionPanel's nftables routing modes (root)",
}
SEE_ALSO = {
    "onionpanel": "onionpanel-helper(8), tor(1)",
    "onionpanel-helper": "onionpanel(1), nft(8), tor(1)",
}
FILES = {
    "onionpanel": (
        "~/.config/OnionPanel/  settings; ~/.config/autostart/org.onionpanel.OnionPanel.desktop "
        "when 'Start with my session' is ticked; ~/.local/state/onionpanel/tor  the data of a "
        "tor started by the panel; /etc/onionpanel/config.toml  routing modes and profiles "
        "(read only)."
    ),
    "onionpanel-helper": (
        "/etc/onionpanel/config.toml and /etc/onionpanel/profiles.d/*.toml  the modes and "
        "profiles the system declares (never written); /var/lib/onionpanel/  the remembered "
        "mode. It only ever touches the nftables table inet onionpanel."
    ),
}


@dataclass(frozen=True)
class Program:
    prog: str
    section: int
    parser: argparse.ArgumentParser


def _import_from_this_tree() -> None:
    """The parsers of the tree being built (an unpacked sdist), not of an installed copy."""
    if sys.path[:1] != [str(ROOT)]:
        sys.path.insert(0, str(ROOT))


def programs() -> list[Program]:
    _import_from_this_tree()
    from onionpanel.commandline import panel_parser
    from onionpanel.helper.__main__ import build_parser

    return [
        Program("onionpanel", 1, panel_parser()),
        Program("onionpanel-helper", 8, build_parser()),
    ]


def man_page(program: Program, version: str) -> str:
    from argparse_manpage.manpage import Manpage

    page = Manpage(
        program.parser,
        _data={
            "project_name": "onionpanel",
            "version": version,
            "manual_title": "OnionPanel manual",
            "manual_section": program.section,
            "url": URL,
            "description": NAME_LINE[program.prog],
        },
    )
    page.add_section("FILES", "=", FILES[program.prog])
    page.add_section("SEE ALSO", "=", SEE_ALSO[program.prog])
    return str(page)


def completion(program: Program, shell: str) -> str:
    import shtab

    script: str = shtab.complete(program.parser, shell=shell)
    return script


def generate(out_dir: Path) -> list[Path]:
    _import_from_this_tree()
    from onionpanel import __version__

    written: list[Path] = []

    def write(relative: str, text: str) -> None:
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        written.append(target)

    for program in programs():
        section = program.section
        write(f"share/man/man{section}/{program.prog}.{section}", man_page(program, __version__))
        for shell, pattern in SHELL_TARGETS.items():
            write(pattern.format(prog=program.prog), completion(program, shell))
    return written


if __name__ == "__main__":
    for path in generate(Path(sys.argv[1])):
        print(path)
