"""Rendered rulesets: golden files for every mode of the example, each accepted by the real nft.

Regenerate the golden files after an intended change with
    ONIONPANEL_UPDATE_GOLDEN=1 python -m pytest tests/helper/test_helper_ruleset.py
and read the diff before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from routing_netns import EXAMPLE, NetNs, load_example, needs_root

from onionpanel.helper.config import Config
from onionpanel.helper.ruleset import render

GOLDEN = Path(__file__).resolve().parent / "golden"
MODES = load_example().modes


def golden_path(mode: str) -> Path:
    return GOLDEN / f"{mode.replace('+', '_')}.nft"


@pytest.mark.parametrize("mode", MODES)
def test_render_matches_golden(example_config: Config, mode: str) -> None:
    text = render(example_config, mode)
    path = golden_path(mode)
    if os.environ.get("ONIONPANEL_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text)
    assert text == path.read_text()


@pytest.mark.parametrize("mode", MODES)
def test_render_touches_only_its_own_table(example_config: Config, mode: str) -> None:
    text = render(example_config, mode)
    top_level = [line for line in text.splitlines() if line and not line[0].isspace()]
    assert top_level[1:] == [
        "table inet onionpanel",
        "delete table inet onionpanel",
        "table inet onionpanel {",
        "}",
    ]
    assert top_level[0].startswith("#")
    assert "flush" not in text
    assert f'comment "onionpanel mode={mode}"' in text


def test_no_blanket_accept_of_established_flows(example_config: Config) -> None:
    for mode in MODES:
        for line in render(example_config, mode).splitlines():
            if "ct state" in line and "established" in line:
                assert "ct direction reply" in line, line


def test_off_only_tracks_flows(example_config: Config) -> None:
    """Mode off keeps conntrack running (so no flow is met mid-stream at a switch) and nothing
    else: its two chains accept every packet and only set the "seen" ct mark bit."""
    body = render(example_config, "off").split("table inet onionpanel {")[1]
    chains = re.findall(r"chain (\w+) \{([^}]*)\}", body)
    assert [name for name, _ in chains] == ["track_in", "track_out"]
    for _, rules in chains:
        lines = [line.strip() for line in rules.strip().splitlines()]
        assert lines[0].endswith("policy accept;")
        assert all(line.endswith("ct mark set ct mark | 0x00400000") for line in lines[1:])
    assert "set " not in body.replace("ct mark set", "")


def test_cgroup_paths_become_set_elements_and_hostile_ones_are_refused(
    example_config: Config,
) -> None:
    path = "user.slice/user-1000.slice/user@1000.service/onionpanel.slice/onionpanel-mail.slice"
    text = render(example_config, "tor", {"mail": [path]})
    assert f'set cg_mail {{ type cgroupsv2; elements = {{ "{path}" }} }}' in text
    for hostile in ['a" } flush', "../../etc", "x;y"]:
        with pytest.raises(ValueError, match="not a cgroup path"):
            render(example_config, "tor", {"mail": [hostile]})


@needs_root
def test_every_golden_file_passes_nft_check(netns: NetNs) -> None:
    for mode in MODES:
        netns.nft("-c", "-f", "/dev/stdin", stdin=golden_path(mode).read_text())


@needs_root
def test_cli_check_and_render_for_every_declared_mode(netns: NetNs) -> None:
    checked = netns.helper("--config", str(EXAMPLE), "check")
    assert checked.returncode == 0, checked.stderr
    assert re.match(r".*: ok; modes: off, tor, lockdown, tor\+bank", checked.stdout)
    for mode in MODES:
        rendered = netns.helper("--config", str(EXAMPLE), "render", mode)
        assert rendered.returncode == 0, rendered.stderr
        netns.nft("-c", "-f", "/dev/stdin", stdin=rendered.stdout)
