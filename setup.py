"""What the build adds to setuptools' defaults (the metadata is in pyproject.toml).

The wheel carries, as data files under share/: the man pages and the bash, zsh and fish
completions, generated from the argparse parsers while the wheel is built
(packaging/tools/cli_docs.py, with argparse-manpage and shtab); the desktop entry, the
AppStream metainfo and the hicolor icons (packaging/desktop/, onionpanel/resources/icons/).
pip puts them below the environment's prefix: ~/.local/share with --user, /usr/share for a
distribution package built from the wheel.
"""

from __future__ import annotations

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
GENERATED = Path("build") / "generated"
DESKTOP = Path("packaging") / "desktop"
ICONS = Path("onionpanel") / "resources" / "icons"
APP_ID = "org.onionpanel.OnionPanel"


class BuildWithCliDocs(build_py):
    """build_py, then the man pages and completions into build/generated/ for install_data."""

    def run(self) -> None:
        super().run()
        tools = runpy.run_path(str(ROOT / "packaging" / "tools" / "cli_docs.py"))
        tools["generate"](ROOT / GENERATED)


def _generated_files() -> list[tuple[str, list[str]]]:
    """The generated tree, named before it exists: install_data runs after build_py."""
    pages = {"share/man/man1": ["onionpanel.1"], "share/man/man8": ["onionpanel-helper.8"]}
    shells = {
        "share/bash-completion/completions": ["onionpanel", "onionpanel-helper"],
        "share/zsh/site-functions": ["_onionpanel", "_onionpanel-helper"],
        "share/fish/vendor_completions.d": ["onionpanel.fish", "onionpanel-helper.fish"],
    }
    return [
        (folder, [str(GENERATED / folder / name) for name in names])
        for folder, names in {**pages, **shells}.items()
    ]


def _desktop_files() -> list[tuple[str, list[str]]]:
    files = [
        ("share/applications", [str(DESKTOP / f"{APP_ID}.desktop")]),
        ("share/metainfo", [str(DESKTOP / f"{APP_ID}.metainfo.xml")]),
    ]
    for icon in sorted((ROOT / ICONS).glob("hicolor/*/apps/*")):
        relative = icon.relative_to(ROOT)
        folder = Path("share/icons") / icon.relative_to(ROOT / ICONS).parent
        files.append((str(folder), [str(relative)]))
    return files


setup(
    cmdclass={"build_py": BuildWithCliDocs},
    data_files=_generated_files() + _desktop_files(),
)
