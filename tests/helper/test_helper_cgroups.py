"""Finding the profiles' slices. This machine mounts cgroup v2 only beside v1 controllers
(hybrid), so a directory tree laid out like /sys/fs/cgroup stands in for the real one."""

from __future__ import annotations

from pathlib import Path

from onionpanel.helper.cgroups import profile_cgroups
from onionpanel.helper.config import Config
from onionpanel.helper.ruleset import render

SLICES = "user.slice/user-{uid}.slice/user@{uid}.service/onionpanel.slice/onionpanel-{name}.slice"


def make_tree(root: Path, *slices: tuple[int, str]) -> None:
    (root / "cgroup.controllers").parent.mkdir(parents=True, exist_ok=True)
    (root / "cgroup.controllers").write_text("cpu io memory pids\n")
    for uid, name in slices:
        (root / SLICES.format(uid=uid, name=name)).mkdir(parents=True)


def test_slices_of_every_user_are_found_for_profiles_that_need_them(
    tmp_path: Path, example_config: Config
) -> None:
    make_tree(tmp_path, (1000, "mail"), (1001, "mail"), (1000, "bank"), (1000, "unknown"))
    found = profile_cgroups(example_config, tmp_path)
    assert found == {
        "mail": [SLICES.format(uid=1000, name="mail"), SLICES.format(uid=1001, name="mail")],
        "bank": [SLICES.format(uid=1000, name="bank")],
    }
    text = render(example_config, "tor", found)
    assert f'"{SLICES.format(uid=1001, name="mail")}"' in text


def test_no_cgroup_v2_hierarchy_means_no_paths(tmp_path: Path, example_config: Config) -> None:
    (tmp_path / SLICES.format(uid=1000, name="mail")).mkdir(parents=True)
    assert profile_cgroups(example_config, tmp_path) == {}


def test_odd_directory_names_are_skipped(tmp_path: Path, example_config: Config) -> None:
    make_tree(tmp_path)
    (tmp_path / SLICES.format(uid='1000 "x"', name="mail")).mkdir(parents=True)
    assert profile_cgroups(example_config, tmp_path) == {}
