"""Where the profiles' programs run: the cgroup v2 paths of their systemd user slices.

  CGROUP_ROOT                       /sys/fs/cgroup (must be the cgroup v2 hierarchy)
  profile_cgroups(config, root) -> {profile name: [path relative to root, ...]}

``onionpanel run PROFILE -- COMMAND`` starts COMMAND in the user slice onionpanel-PROFILE.slice,
which lives at user.slice/user-UID.slice/user@UID.service/onionpanel.slice/onionpanel-PROFILE.slice
(level 5, the level the ruleset matches). The helper looks the paths up itself; callers never
hand it paths. A slice that does not exist yet simply has no entry: its programs then go
through the default TransPort (fail safe: tor, never clearnet).
"""

from __future__ import annotations

from pathlib import Path

from onionpanel.helper.config import Config
from onionpanel.helper.ruleset import CGROUP_LEVEL, CGROUP_PATH

CGROUP_ROOT = Path("/sys/fs/cgroup")
USER_SLICES = "user.slice/user-*.slice/user@*.service/onionpanel.slice"


def profile_cgroups(config: Config, root: Path = CGROUP_ROOT) -> dict[str, list[str]]:
    if not (root / "cgroup.controllers").is_file():  # not a cgroup v2 hierarchy
        return {}
    found: dict[str, list[str]] = {}
    for profile in config.profiles:
        if not (profile.trans_port or profile.is_clearnet):
            continue
        paths = sorted(
            path.relative_to(root).as_posix()
            for path in root.glob(f"{USER_SLICES}/{profile.slice}")
            if path.is_dir()
        )
        valid = [p for p in paths if CGROUP_PATH.match(p) and p.count("/") + 1 == CGROUP_LEVEL]
        if valid:
            found[profile.name] = valid
    return found
