"""--help, --version, the man pages and the shell completions, all from the argparse parsers
(packaging/tools/cli_docs.py, which setup.py runs while the wheel is built)."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from onionpanel import __version__
from onionpanel.commandline import COMMANDS, DEFAULT_ROUTING_CONFIG, panel_parser
from onionpanel.helper.__main__ import build_parser
from onionpanel.helper.config import DEFAULT_CONFIG

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "tools"))
from cli_docs import generate  # noqa: E402

sys.path.remove(str(ROOT / "packaging" / "tools"))


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *arguments], capture_output=True, text=True, timeout=60, check=False,
        env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT,
    )  # fmt: skip


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli-docs")
    generate(out)
    return out / "share"


def _options(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every long option of a parser and of its subcommands (but --help), and every subcommand."""
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        yield from (option for option in action.option_strings if option.startswith("--"))
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield name
                yield from _options(sub)


def test_help_lists_every_command() -> None:
    result = _run("-m", "onionpanel", "--help")
    assert result.returncode == 0, result.stderr
    for name in COMMANDS:
        assert f"    {name} " in result.stdout, name
    assert "--new-identity" in result.stdout


@pytest.mark.parametrize(
    ("module", "name"), [("onionpanel", "onionpanel"), ("onionpanel.helper", "onionpanel-helper")]
)
def test_version(module: str, name: str) -> None:
    result = _run("-m", module, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{name} {__version__}"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_runs_with_its_documented_parser(name: str) -> None:
    result = _run("-m", "onionpanel", name, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: onionpanel {name} ")


def test_run_defaults_to_the_helpers_config() -> None:
    assert DEFAULT_ROUTING_CONFIG == DEFAULT_CONFIG


@pytest.mark.skipif(shutil.which("man") is None, reason="needs man (man-db)")
@pytest.mark.parametrize(
    ("page", "parser"),
    [("man1/onionpanel.1", panel_parser()), ("man8/onionpanel-helper.8", build_parser())],
)
def test_man_pages_render_cleanly_and_name_every_option(
    generated: Path, page: str, parser: argparse.ArgumentParser
) -> None:
    result = subprocess.run(
        ["man", "--warnings", "-l", str(generated / "man" / page)],
        capture_output=True, text=True, timeout=60, check=False,
        env=dict(os.environ, MANWIDTH="100"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr
    text = re.sub(".\x08", "", result.stdout).replace("\u2010", "-")  # no overstrike
    assert f"{__version__}" in text
    for option in _options(parser):
        assert option in text, f"{page} does not mention {option}"


@pytest.mark.parametrize("program", ["onionpanel", "onionpanel-helper"])
def test_completions_parse_and_offer_every_command(generated: Path, program: str) -> None:
    scripts = {
        "bash": generated / "bash-completion" / "completions" / program,
        "zsh": generated / "zsh" / "site-functions" / f"_{program}",
        "fish": generated / "fish" / "vendor_completions.d" / f"{program}.fish",
    }
    syntax_checks = {"bash": ["bash", "-n"], "zsh": ["zsh", "-n"], "fish": ["fish", "-n"]}
    parser = panel_parser() if program == "onionpanel" else build_parser()
    for shell, script in scripts.items():
        text = script.read_text()
        for option in _options(parser):
            spelled = f"-l {option[2:]}" if shell == "fish" and option[:2] == "--" else option
            assert spelled in text, f"{shell}: {option}"
        if shutil.which(shell):
            subprocess.run([*syntax_checks[shell], str(script)], check=True, timeout=30)
