"""onionpanel.xdg follows the XDG Base Directory specification for every folder it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from onionpanel import xdg

HOME = {"HOME": "/home/ada"}


@pytest.mark.parametrize(
    ("function", "variable", "default"),
    [
        (xdg.config_home, "XDG_CONFIG_HOME", "/home/ada/.config"),
        (xdg.state_home, "XDG_STATE_HOME", "/home/ada/.local/state"),
        (xdg.cache_home, "XDG_CACHE_HOME", "/home/ada/.cache"),
        (xdg.data_home, "XDG_DATA_HOME", "/home/ada/.local/share"),
    ],
)
def test_single_folders(function, variable: str, default: str) -> None:  # type: ignore[no-untyped-def]
    assert function(HOME) == Path(default)
    assert function({**HOME, variable: "/srv/x"}) == Path("/srv/x")
    assert function({**HOME, variable: ""}) == Path(default)
    assert function({**HOME, variable: "relative/ignored"}) == Path(default)  # the spec says so


def test_lists_of_folders() -> None:
    assert xdg.data_dirs({}) == [Path("/usr/local/share"), Path("/usr/share")]
    assert xdg.data_dirs({"XDG_DATA_DIRS": "/a:relative:/b:"}) == [Path("/a"), Path("/b")]
    assert xdg.config_dirs({}) == [Path("/etc/xdg")]
    assert xdg.autostart_dir(HOME) == Path("/home/ada/.config/autostart")


def test_the_three_former_copies_use_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from onionpanel.launcher.embedded import default_data_dir
    from onionpanel.routing.launch import find_desktop_app
    from onionpanel.sandbox.network import default_key_cache

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert default_data_dir() == tmp_path / "state" / "onionpanel" / "tor"
    assert default_key_cache() == tmp_path / "cache" / "onionpanel" / "sandbox-keys"
    applications = tmp_path / "data" / "applications"
    applications.mkdir(parents=True)
    (applications / "mail.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Mail\nExec=true\n"
    )
    environ = {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_DATA_DIRS": str(tmp_path / "none")}
    assert find_desktop_app("mail.desktop", environ) is not None
