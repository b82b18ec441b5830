"""Installs as users do: build the sdist and, from it, the wheel; install the wheel into a fresh
venv; run ``onionpanel --sandbox`` from there, with the checkout out of reach, until it is
connected, and open every page. The helper runs from a second venv that holds only the
helper's own dependency (jeepney): no Qt, no stem.

Run as root, the installed programs run in a mount namespace where a tmpfs hides the checkout;
otherwise ``python -I`` from a temporary folder keeps it off sys.path. Figures (build, venv,
install, sandbox connected) are printed for the report; nothing is timed against a limit.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from onionpanel import __version__
from onionpanel.commandline import COMMANDS
from tests.conftest import ARTIFACTS

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
APP_ID = "org.onionpanel.OnionPanel"

pytestmark = [pytest.mark.slow, pytest.mark.tor]


@dataclass
class Dist:
    sdist: Path
    wheel: Path


def _timed(label: str, command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, check=False, **options)  # type: ignore[call-overload]
    print(f"install test: {label} took {time.monotonic() - started:.1f} s")
    assert result.returncode == 0, f"{label}:\n{result.stdout}\n{result.stderr}"
    return result  # type: ignore[no-any-return]


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = ":".join(p for p in env.get("PATH", "").split(":") if str(ROOT) not in p)
    return {**env, **extra}


def _out_of_the_checkout(command: list[str]) -> list[str]:
    if os.geteuid() == 0 and shutil.which("unshare"):
        hide = f'mount -t tmpfs tmpfs "{ROOT}" && exec "$@"'
        return ["unshare", "--mount", "sh", "-c", hide, "sh", *command]
    return command


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    out = tmp_path_factory.mktemp("dist")
    # With build isolation, as pip and packagers build: only pyproject's build requirements
    # (from pip's cache after the first run), so a build step that leans on the dev venv fails
    # here. `build` makes the wheel from the sdist, so the sdist must be complete.
    _timed("sdist + wheel", [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
           cwd=out, env=_clean_env())  # fmt: skip
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return Dist(sdist, wheel)


def _venv(path: Path, *requirements: str, no_deps: bool = False) -> Path:
    _timed(f"venv {path.name}", [sys.executable, "-m", "venv", str(path)], env=_clean_env())
    python = path / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if no_deps:
        pip.append("--no-deps")
    _timed(f"pip install into {path.name}", [*pip, *requirements], env=_clean_env(), cwd=path)
    return python


@pytest.fixture(scope="module")
def panel_venv(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("installed")
    _venv(folder / "venv", str(dist.wheel))
    return folder / "venv"


def test_sdist_carries_what_a_packager_needs(dist: Dist) -> None:
    import tarfile

    with tarfile.open(dist.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in (
        "LICENSE", "SECURITY.md", "CHANGELOG.md", "setup.py", "MANIFEST.in",
        "packaging/systemd/onionpanel-helper.service",
        f"packaging/desktop/{APP_ID}.desktop", f"packaging/desktop/{APP_ID}.metainfo.xml",
        "packaging/tools/cli_docs.py", "packaging/config/config.example.toml",
        "tests/conftest.py", "tests/data/tor-notice.log", "translations/onionpanel.ts",
        "onionpanel/resources/world/world-110m.json.gz",
    ):  # fmt: skip
        assert needed in names, needed
    assert not [name for name in names if name.startswith(("build/", "artifacts/", ".venv/"))]


def test_wheel_carries_data_and_desktop_files(dist: Dist) -> None:
    with zipfile.ZipFile(dist.wheel) as wheel:
        names = set(wheel.namelist())
    data = f"onionpanel-{__version__}.data/data/share"
    for needed in (
        "onionpanel/resources/world/world-110m.json.gz",
        f"onionpanel/resources/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"{data}/applications/{APP_ID}.desktop",
        f"{data}/metainfo/{APP_ID}.metainfo.xml",
        f"{data}/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"{data}/man/man1/onionpanel.1",
        f"{data}/man/man8/onionpanel-helper.8",
        f"{data}/bash-completion/completions/onionpanel",
        f"{data}/zsh/site-functions/_onionpanel-helper",
        f"{data}/fish/vendor_completions.d/onionpanel.fish",
        f"onionpanel-{__version__}.dist-info/licenses/LICENSE",
    ):
        assert needed in names, needed


def test_installed_panel_runs_the_sandbox_and_opens_every_page(
    panel_venv: Path, tmp_path: Path
) -> None:
    driver = tmp_path / "installed_panel.py"
    shutil.copy(HERE / "installed_panel.py", driver)
    out = tmp_path / "out"
    out.mkdir()
    command = [str(panel_venv / "bin" / "python"), "-I", str(driver), str(out)]
    env = _clean_env(QT_QPA_PLATFORM="offscreen")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    _timed("installed panel: sandbox until connected, every page",
           _out_of_the_checkout(command), env=env, cwd=tmp_path, timeout=400)  # fmt: skip
    result = json.loads((out / "result.json").read_text())
    print(
        f"install test: sandbox connected and pages seen after {result.get('connected_after_s')} s"
    )
    assert "error" not in result, result
    assert result["exit_code"] == 0
    assert result["package"].startswith(str(panel_venv)), "imported from the checkout"
    titles = [page["title"] for page in result["pages"]]
    assert titles[:5] == ["Status", "Circuits", "Relays", "Log", "Bandwidth"], titles
    assert all(page["visible"] for page in result["pages"])
    assert "Sandbox — not anonymous" in result["tooltip"]
    assert result["desktop_file_name"] == APP_ID  # matches the installed .desktop file
    assert result["window_icon_sizes"], "the packaged icon loaded"
    for index in range(len(titles)):
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copy(out / f"page-{index}.png", ARTIFACTS / f"installed-page-{index}.png")


def test_installed_commands_and_shared_files(panel_venv: Path, tmp_path: Path) -> None:
    env = _clean_env()
    usage = _timed("onionpanel --help", [str(panel_venv / "bin" / "onionpanel"), "--help"],
                   env=env, cwd=tmp_path)  # fmt: skip
    assert all(name in usage.stdout for name in COMMANDS)
    share = panel_venv / "share"
    for path in (
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        "man/man1/onionpanel.1",
        "bash-completion/completions/onionpanel-helper",
    ):
        assert (share / path).is_file(), path


def test_helper_runs_with_only_its_own_dependencies(
    dist: Dist, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("helper-only")
    jeepney = next(
        line.strip().strip('",')
        for line in (ROOT / "pyproject.toml").read_text().splitlines()
        if line.strip().startswith('"jeepney')
    )
    python = _venv(folder / "venv", str(dist.wheel), no_deps=True)
    _timed("pip install jeepney", [str(python), "-m", "pip", "install", "--quiet", jeepney],
           env=_clean_env(), cwd=folder)  # fmt: skip
    config = folder / "config.toml"
    shutil.copy(ROOT / "packaging" / "config" / "config.example.toml", config)
    helper = str(folder / "venv" / "bin" / "onionpanel-helper")
    env = _clean_env()
    missing = _timed(
        "no Qt, no stem",
        [str(python), "-I", "-c",
         "import importlib.util as u; print([m for m in ('PySide6', 'stem', 'qasync', 'geoip2')"
         " if u.find_spec(m)])"],
        env=env, cwd=folder,
    )  # fmt: skip
    assert missing.stdout.strip() == "[]"
    version = _timed("helper --version", _out_of_the_checkout([helper, "--version"]), env=env)
    assert version.stdout.strip() == f"onionpanel-helper {__version__}"
    check = _timed("helper check", _out_of_the_checkout([helper, "--config", str(config),
                                                         "check"]), env=env)  # fmt: skip
    assert "ok" in check.stdout
    render = _timed("helper render", _out_of_the_checkout([helper, "--config", str(config),
                                                           "render", "tor"]), env=env)  # fmt: skip
    assert "table inet onionpanel" in render.stdout
