"""The desktop entry, the AppStream metainfo and the icons pass the distributions' own
validators (desktop-file-validate, appstreamcli) and agree with the code."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from onionpanel import __version__
from onionpanel.resources import resource_path
from onionpanel.ui.shell.instance import ACTIONS, APP_ID

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "desktop" / f"{APP_ID}.metainfo.xml"
ICONS = resource_path("icons", "hicolor")


def needs(tool: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"needs {tool}")


def _entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(DESKTOP)
    return parser


@needs("desktop-file-validate")
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


def test_desktop_entry_offers_new_identity_and_open_panel() -> None:
    entry = _entry()
    main = entry["Desktop Entry"]
    assert main["Icon"] == APP_ID
    assert main["Exec"] == "onionpanel"
    assert set(main["Actions"].rstrip(";").split(";")) == set(ACTIONS)
    assert entry["Desktop Action new-identity"]["Name"] == "New Identity"
    assert entry["Desktop Action new-identity"]["Exec"] == "onionpanel --new-identity"
    assert entry["Desktop Action open-panel"]["Name"] == "Open panel"
    assert entry["Desktop Action open-panel"]["Exec"] == "onionpanel --open-window"


def test_the_app_names_this_desktop_entry() -> None:
    source = (ROOT / "onionpanel" / "ui" / "shell" / "app.py").read_text()
    assert "app.setDesktopFileName(APP_ID)" in source
    assert DESKTOP.name == f"{APP_ID}.desktop"


@needs("appstreamcli")
def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if re.match(r"^[EW]: ", line)]
    assert problems == [], result.stdout


def test_metainfo_has_what_software_centres_show() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("description/p") is not None
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert root.findtext("launchable") == DESKTOP.name
    screenshots = root.findall("screenshots/screenshot/image")
    assert len(screenshots) >= 3
    for image in screenshots:  # the URLs point at files this repository has
        relative = (image.text or "").split("/main/", 1)[1]
        assert (ROOT / relative).is_file(), relative
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert f"## [{__version__}] - {newest.get('date')}" in changelog


def test_icons_cover_the_hicolor_sizes_and_a_scalable_one() -> None:
    svg = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_text().lstrip().startswith("<?xml")
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_icons_are_what_the_tray_code_draws(tmp_path: Path) -> None:
    """make_icons.py redraws them with the tray's paint_app_icon; the committed files match."""
    sys.path.insert(0, str(ROOT / "packaging" / "tools"))
    try:
        from make_icons import make_icons
    finally:
        sys.path.remove(str(ROOT / "packaging" / "tools"))
    for drawn in make_icons(tmp_path):
        committed = ICONS / drawn.relative_to(tmp_path / "hicolor")
        if drawn.suffix == ".svg":
            assert drawn.read_text() == committed.read_text(), committed
            continue
        expected = QImage(str(committed)).convertToFormat(QImage.Format.Format_ARGB32)
        actual = QImage(str(drawn)).convertToFormat(QImage.Format.Format_ARGB32)
        difference = max(
            abs(a - b) for a, b in zip(expected.constBits(), actual.constBits(), strict=True)
        )
        assert difference <= 8, f"{committed}: run packaging/tools/make_icons.py"
